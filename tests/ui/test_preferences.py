"""Tools → Preferences… (Ctrl+,): the language, the look and the idle lock, applied on OK and
kept in the real settings file; View → Language and View → Appearance stay in step with it;
Cancel changes nothing."""

from __future__ import annotations

import configparser
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop.services import users
from desktop.services.database import open_database
from desktop.ui import i18n, theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop.ui.errors import set_quiet
from desktop.ui.keys import plain
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests.ui.test_accessibility import mnemonic_clashes, unnamed

CTRL = Qt.KeyboardModifier.ControlModifier
ADMIN_PW = "Bastille-1789-juillet"


def _on_disk(tmp_path: Path) -> configparser.ConfigParser:
    """The settings as written in the INI file (not as cached by QSettings)."""
    ini = configparser.ConfigParser()
    ini.read(tmp_path / "ui.ini", encoding="utf-8")
    return ini


def _open(qtbot, window: MainWindow) -> PreferencesDialog:
    dialog = window.open_preferences()
    qtbot.waitExposed(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # read after closing
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PreferencesDialog)
    return dialog


def _choose(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


@pytest.fixture
def light() -> Iterator[None]:
    theme.apply(theme.LIGHT)
    yield
    theme.apply(theme.LIGHT)


@pytest.fixture
def admin_window(
    qtbot, demo_db_path: Path, tmp_path: Path, frozen_clock: datetime
) -> Iterator[MainWindow]:
    """The small demo with an administrator, signed in: a window that locks when idle."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, path)
    db = open_database(path)
    users.create_first_admin(path, db, "helene", ADMIN_PW)
    db.close()
    session = users.sign_in(path, "helene", ADMIN_PW)
    users.activate(session)
    ctx = AppContext.signed_in(session, Settings(tmp_path / "ui.ini"))
    set_quiet(True)
    window = MainWindow(ctx)  # the idle time from the settings: 10 minutes by default
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        yield window
    finally:
        window.close()
        ctx.db.close()


def test_ctrl_comma_and_tools_preferences_open_it_on_the_language(qtbot, window) -> None:
    tools = next(
        a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Tools" and a.menu()
    )
    assert isinstance(tools, QMenu)
    action = window.preferences_action
    assert action in tools.actions()
    assert plain(action.text()) == "Preferences…"
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert ("Ctrl+,", "Tools → Preferences…") in window.menu_shortcuts()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language_combo)
    combo = dialog.language_combo
    system = i18n.LANGUAGES[i18n.resolve("system")]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        f"System ({system})",
        "English",
        "Français",
        "Español",
    ]
    assert combo.currentData() == "system"
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == "Applies the next time AEO Desk starts."
    assert dialog.appearance_combo.currentData() == theme.SYSTEM
    dialog.reject()

    action.trigger()  # the menu entry opens it too
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    QApplication.activeModalWidget().reject()


def test_french_applies_at_the_next_start_and_view_language_follows(
    qtbot, window, ui_ctx, tmp_path
) -> None:
    dialog = _open(qtbot, window)
    _choose(dialog.language_combo, "fr")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert ui_ctx.settings.language() == "fr"
    assert _on_disk(tmp_path)["view"]["language"] == "fr"
    assert window.language_actions["fr"].isChecked()
    assert window.statusBar().currentMessage() == (
        "The language changes the next time AEO Desk starts."
    )
    # The interface itself changes at the next start, not now.
    assert plain(window.menuBar().actions()[0].text()) == "File"

    # And the other way: View → Language → Español is what Preferences shows next.
    window.language_actions["es"].trigger()
    dialog = _open(qtbot, window)
    assert dialog.language_combo.currentData() == "es"
    dialog.reject()


def test_dark_applies_at_once_and_view_appearance_follows(
    qtbot, window, ui_ctx, tmp_path, light
) -> None:
    assert not theme.is_dark()
    dialog = _open(qtbot, window)
    _choose(dialog.appearance_combo, theme.DARK)
    assert not theme.is_dark()  # nothing before OK
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert theme.is_dark()
    assert window.appearance_actions[theme.DARK].isChecked()
    assert ui_ctx.settings.appearance() == theme.DARK
    assert _on_disk(tmp_path)["view"]["appearance"] == theme.DARK

    window.appearance_actions[theme.LIGHT].trigger()  # View → Appearance → Light
    assert not theme.is_dark()
    dialog = _open(qtbot, window)
    assert dialog.appearance_combo.currentData() == theme.LIGHT
    dialog.reject()


def test_cancel_changes_nothing(qtbot, admin_window, tmp_path, light) -> None:
    window = admin_window
    settings = window._ctx.settings
    settings.sync()
    before = (tmp_path / "ui.ini").read_bytes() if (tmp_path / "ui.ini").exists() else b""
    dialog = _open(qtbot, window)
    _choose(dialog.language_combo, "es")
    _choose(dialog.appearance_combo, theme.DARK)
    dialog.idle_spin.setValue(3)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert (settings.language(), settings.appearance(), settings.idle_lock_minutes()) == (
        "system",
        "system",
        10,
    )
    settings.sync()
    after = (tmp_path / "ui.ini").read_bytes() if (tmp_path / "ui.ini").exists() else b""
    assert after == before
    assert not theme.is_dark()
    assert window.language_actions["system"].isChecked()
    assert window.appearance_actions[theme.SYSTEM].isChecked()
    assert window.idle.timeout_ms == 10 * 60_000


def test_idle_minutes_change_the_lock_at_once_with_users(qtbot, admin_window, tmp_path) -> None:
    window = admin_window
    assert window.idle.timeout_ms == 10 * 60_000 and window.idle.is_running()
    dialog = _open(qtbot, window)
    spin = dialog.idle_spin
    assert spin.isEnabled() and spin.value() == 10
    assert (spin.minimum(), spin.suffix()) == (0, " min")
    # It opens on the language; Tab goes to the look, the minutes, then the buttons.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language_combo)
    order = [dialog.language_combo]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert [w.objectName() for w in order] == [
        "preferencesLanguage",
        "preferencesAppearance",
        "preferencesIdleLock",
        "okButton",
        "cancelButton",
    ]
    spin.setValue(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.idle.timeout_ms == 3 * 60_000
    assert window.idle.is_running()
    assert window._ctx.settings.idle_lock_minutes() == 3
    assert _on_disk(tmp_path)["security"]["idle_lock_minutes"] == "3"

    dialog = _open(qtbot, window)
    assert dialog.idle_spin.value() == 3
    dialog.idle_spin.setValue(0)
    assert dialog.idle_spin.text() == "never"
    dialog.accept()
    assert window.idle.timeout_ms == 0 and not window.idle.is_running()
    assert _on_disk(tmp_path)["security"]["idle_lock_minutes"] == "0"


def test_idle_minutes_are_off_without_users(qtbot, window, ui_ctx, tmp_path) -> None:
    assert ui_ctx.session is None
    dialog = _open(qtbot, window)
    assert not dialog.idle_spin.isEnabled()
    assert dialog.idle_hint.isVisible()
    assert "database with users" in dialog.idle_hint.text()
    _choose(dialog.language_combo, "en")
    dialog.accept()
    assert ui_ctx.settings.idle_lock_minutes() == 10
    assert not _on_disk(tmp_path).has_option("security", "idle_lock_minutes")
    assert window.idle.timeout_ms == 0


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_field_is_named_and_no_alt_letter_clashes(qtbot, admin_window, language: str) -> None:
    assert i18n.install(language) == language
    try:
        dialog = PreferencesDialog(admin_window, admin_window._ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == []
        assert mnemonic_clashes(dialog) == []
        if language != "en":
            assert dialog.windowTitle() != "Preferences"
            assert dialog.language_note.text() != "Applies the next time AEO Desk starts."
        dialog.reject()
    finally:
        i18n.install("en")
