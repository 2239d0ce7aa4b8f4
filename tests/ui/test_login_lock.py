"""Signing in, the first administrator, locking the window, the clipboard, users and roles:
on real database files, with the real key file beside them."""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers.cli import run_cli
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from desktop.services import clock, keyring, users
from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.login_dialog import FirstAdminDialog, LoginDialog
from desktop.ui.dialogs.password_dialog import ChangePasswordDialog
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow
from desktop.ui.secure_clipboard import secure_clipboard
from desktop.ui.settings import Settings

ADMIN_PW = "Bastille-1789-juillet"
WRONG = "not-the-password-1"


@pytest.fixture
def admin_path(db_path: Path, db, frozen_clock) -> Path:
    """An empty database whose administrator is "helene" (closed again: the dialogs open it)."""
    session = users.create_first_admin(db_path, db, "helene", ADMIN_PW)
    assert session.db is db
    return db_path


def _signed_in_ctx(path: Path, tmp_path: Path, username: str, password: str) -> AppContext:
    session = users.sign_in(path, username, password)
    users.activate(session)
    return AppContext.signed_in(session, Settings(tmp_path / "ui.ini"))


@pytest.fixture
def demo_admin(demo_db_path: Path, tmp_path: Path, frozen_clock: datetime) -> Iterator[AppContext]:
    """The small demo with an administrator (also a manager), signed in."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, path)
    db = open_database(path)
    users.create_first_admin(path, db, "helene", ADMIN_PW)
    db.close()
    ctx = _signed_in_ctx(path, tmp_path, "helene", ADMIN_PW)
    try:
        yield ctx
    finally:
        ctx.db.close()


def _window(qtbot, ctx: AppContext, idle_lock_ms: int = 0) -> MainWindow:
    set_quiet(True)
    w = MainWindow(ctx, idle_lock_ms=idle_lock_ms)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _visible_texts() -> list[str]:
    """Every text a person could read in the application's visible widgets."""
    texts = []
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractItemView):
            texts.append(f"<a visible list: {w.objectName()}>")
        elif isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(w.text())
        if w.isWindow():
            texts.append(w.windowTitle())
    return texts


# --- signing in -----------------------------------------------------------------------------


def test_sign_in_says_a_wrong_password_plainly_then_signs_in(qtbot, admin_path) -> None:
    dialog = LoginDialog(None, admin_path, hint="Demo database: sign in as helene")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hint_label.isVisible() and "sign in as helene" in dialog.hint_label.text()
    assert dialog.user_edit.accessibleName() == "User name"
    assert not dialog.sign_in("helene", WRONG)
    assert dialog.message.isVisible()
    assert dialog.message.text() == "The user name or the password is wrong."
    assert dialog.password_edit.text() == ""  # typed again, not kept
    assert dialog.sign_in_button.isEnabled()
    assert dialog.sign_in("Helene", ADMIN_PW)  # names are not case-sensitive
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.session.user.username == "helene" and not dialog.session.must_change
    assert dialog.temporary_password is None
    dialog.session.db.close()


def test_the_demos_hint_is_stored_in_english_and_shown_in_french(qtbot, admin_path) -> None:
    from desktop.domain import i18n, timeline

    stored = timeline.USERS_HINT.render(users="admin, manager", last="validator", password="pw")
    i18n.set_language("fr")
    try:
        dialog = LoginDialog(None, admin_path, hint=stored)
    finally:
        i18n.set_language("en")
    qtbot.addWidget(dialog)
    assert dialog.hint_label.text() == (
        "Base de démonstration : connectez-vous en tant que admin, manager ou validator, "
        "mot de passe pw"
    )


def test_after_wrong_passwords_sign_in_waits_and_counts_down(qtbot, admin_path) -> None:
    for n in range(3):  # two are free; the third brings a one-second wait
        with pytest.raises(keyring.WrongPasswordError):
            users.sign_in(admin_path, "helene", f"wrong guess {n}")
    dialog = LoginDialog(None, admin_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sign_in("helene", ADMIN_PW)  # refused without trying, even the right one
    assert not dialog.sign_in_button.isEnabled()
    assert "Too many wrong passwords" in dialog.message.text()
    assert re.search(r"try again in \d second", dialog.message.text())
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=3000)
    assert dialog.message.text() == "You can try again now."


def test_ten_wrong_passwords_lock_the_user_out(qtbot, admin_path, frozen_clock) -> None:
    at = frozen_clock
    for n in range(10):  # far enough apart that every one is tried
        at = frozen_clock + timedelta(seconds=61 * n)
        clock.set_clock(lambda at=at: at)
        with pytest.raises(keyring.WrongPasswordError):
            users.sign_in(admin_path, "helene", f"wrong guess {n}")
    clock.set_clock(lambda: at + timedelta(seconds=61))
    dialog = LoginDialog(None, admin_path, username="helene")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sign_in("helene", ADMIN_PW)
    text = dialog.message.text()
    assert "helene is locked until" in text and "An administrator can reset" in text
    assert "You can try again in 14:" in text
    assert not dialog.sign_in_button.isEnabled()


def test_a_temporary_password_must_be_changed_first(qtbot, admin_path, db) -> None:
    admin = users.sign_in(admin_path, "helene", ADMIN_PW)
    _user, temporary = users.create_user(admin, "ana", ["validator"])
    admin.db.close()
    login = LoginDialog(None, admin_path)
    qtbot.addWidget(login)
    assert login.sign_in("ana", temporary)
    session = login.session
    assert session.must_change and login.temporary_password == temporary

    dialog = ChangePasswordDialog(None, session, forced=True, current=temporary)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.old_edit.isVisible()  # the temporary password was just typed
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Quit AEO Desk"  # no way round it but to quit
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.new_edit, "Porto-2026-caravela")
    qtbot.keyClicks(dialog.repeat_edit, "Porto-2026-caravelo")
    assert "✗ both entries are the same" in dialog.rules.accessibleName()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "differ" in dialog.error_label.text()
    dialog.repeat_edit.setText("Porto-2026-caravela")
    assert "✗" not in dialog.rules.accessibleName()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not dialog.result_value.must_change
    session.db.close()
    again = users.sign_in(admin_path, "ana", "Porto-2026-caravela")
    assert not again.must_change
    again.db.close()


def test_first_run_creates_the_administrator(qtbot, db_path, db, frozen_clock) -> None:
    assert not users.users_set_up(db_path)
    dialog = FirstAdminDialog(None, db_path, db)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.user_edit, "Helene")
    qtbot.keyClicks(dialog.password_edit, "helene-2026-x")
    qtbot.keyClicks(dialog.repeat_edit, "helene-2026-x")
    assert "✗ does not contain the user name" in dialog.rules.accessibleName()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "user name" in dialog.error_label.text()
    assert not users.users_set_up(db_path)
    dialog.password_edit.setText(ADMIN_PW)
    dialog.repeat_edit.setText(ADMIN_PW)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    session = dialog.result_value
    assert session.user.username == "Helene" and "admin" in session.user.roles
    assert users.users_set_up(db_path)
    users.sign_in(db_path, "helene", ADMIN_PW).db.close()


def test_smoke_run_signs_in_from_the_environment(admin_path, tmp_path) -> None:
    missing = run_cli(["--db", str(admin_path), "--smoke"], tmp_path)
    assert missing.returncode == 1
    lines = missing.stderr.strip().splitlines()
    assert len(lines) == 1 and "AEO_DESK_USER" in lines[0]
    env = {"AEO_DESK_USER": "helene", "AEO_DESK_PASSPHRASE": ADMIN_PW}
    ok = run_cli(["--db", str(admin_path), "--smoke"], tmp_path, env=env)
    assert ok.returncode == 0, ok.stderr
    assert "Traceback" not in ok.stderr


# --- the signed-in window: locking ------------------------------------------------------------


def test_the_lock_hides_every_case_until_the_password(qtbot, demo_admin) -> None:
    window = _window(qtbot, demo_admin)
    assert window.signed_in_button.accessibleName() == (
        "Signed in as helene (Manager, Administrator)"
    )
    page = window.caseload
    page.table.selectRow(0)
    reference = page.detail.title.text()
    assert reference.startswith("AEO-")
    editing = page.request_edit_case()  # a dialog open over the window (window-modal)
    qtbot.addWidget(editing)
    assert editing.isVisible()
    assert reference in " ".join(_visible_texts())

    # The dialog is window-modal, so the window's Ctrl+L waits behind it: the idle timer locks.
    window.lock()
    assert window.is_locked
    shown = _visible_texts()
    assert not any("AEO-" in t for t in shown), shown
    assert not any(t.startswith("<a visible list") for t in shown)
    assert "Locked — helene" in shown
    assert not editing.isVisible() and not window.menuBar().isVisible()
    assert not window.new_case_action.isEnabled()
    # A message that opens meanwhile (a job finished) waits behind the lock too.
    late = QMessageBox(QMessageBox.Icon.Information, "Exported", reference, parent=window)
    late.open()
    qtbot.waitUntil(lambda: not late.isVisible())

    window.lock_screen.password_edit.setText(WRONG)
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.is_locked
    assert window.lock_screen.message.text() == "The user name or the password is wrong."
    qtbot.keyClicks(window.lock_screen.password_edit, ADMIN_PW)
    qtbot.keyClick(window.lock_screen.password_edit, Qt.Key.Key_Return)
    assert not window.is_locked
    assert editing.isVisible()  # back as it was, unsaved input and all
    assert late.isVisible()
    late.close()
    assert window.new_case_action.isEnabled() and window.menuBar().isVisible()
    editing.reject()


def test_the_shortcut_locks(qtbot, demo_admin) -> None:
    window = _window(qtbot, demo_admin)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert window.lock_screen.password_edit.hasFocus()


def test_idle_window_locks_itself(qtbot, demo_admin) -> None:
    window = _window(qtbot, demo_admin, idle_lock_ms=200)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert not window.idle.is_running()  # no timer while locked
    assert window.unlock(ADMIN_PW)
    assert window.idle.is_running()


def test_copies_are_cleared_from_the_clipboard(qtbot, demo_admin, monkeypatch) -> None:
    monkeypatch.setattr(secure_clipboard(), "clear_after_ms", 150)
    clipboard = QGuiApplication.clipboard()
    window = _window(qtbot, demo_admin)
    page = window.caseload
    page.table.selectRow(0)
    scheme, value = page.detail.identifiers()[0]
    assert scheme == "EORI"
    qtbot.mouseClick(page.detail.copy_identifiers_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == value
    assert "Copied EORI" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    reference = page.model.index(0, 0).data()
    operator = page.detail.subtitle.text().split(" · ")[0]
    assert clipboard.text() == f"{reference}\t{operator}"
    clipboard.setText("something the person copied")  # theirs now: left alone
    qtbot.wait(300)
    assert clipboard.text() == "something the person copied"


# --- users and roles ------------------------------------------------------------------------


def test_admin_adds_a_user_whose_temporary_password_signs_in(qtbot, demo_admin) -> None:
    window = _window(qtbot, demo_admin)
    assert window.users_action.isEnabled() and window.security_action.isEnabled()
    dialog = window.open_users_dialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    add = dialog.request_add()
    qtbot.keyClicks(add.name_edit, "ana")
    add.staff_combo.setCurrentIndex(1)
    ok = add.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no role yet
    assert add.isVisible() and "role" in add.error_label.text()
    add.role_checks["validator"].setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    shown = dialog.last_password_dialog
    assert shown is not None and shown.isVisible()
    temporary = shown.password()
    assert len(temporary) == 12 and shown.password_edit.isReadOnly()
    assert dialog.model.rowCount() == 2 and dialog.selected_user().username == "ana"
    session = users.sign_in(demo_admin.path, "ana", temporary)
    assert session.must_change and session.user.roles == ("validator",)
    session.db.close()
    shown.reject()


def test_a_validator_cannot_manage_users_and_is_refused_a_managers_work(
    qtbot, demo_admin, tmp_path, caplog
) -> None:
    staff_id, case_id = demo_admin.db.conn.execute(
        "SELECT validator_id, id FROM cases WHERE validator_id IS NOT NULL AND is_open = 1 LIMIT 1"
    ).fetchone()
    _user, temporary = users.create_user(
        demo_admin.session, "ana", ["validator"], staff_id=staff_id
    )
    ctx = _signed_in_ctx(demo_admin.path, tmp_path, "ana", temporary)
    try:
        window = _window(qtbot, ctx)
        assert "(Validator)" in window.signed_in_button.text()
        assert not window.users_action.isEnabled()
        assert not window.security_action.isEnabled()
        assert not window.assign_action.isEnabled()
        assert window.open_users_dialog() is None
        with caplog.at_level(logging.INFO, logger="desktop.ui.errors"):
            window.caseload.assign([case_id], staff_id)  # what the Assign dialog would do
            qtbot.waitUntil(lambda: "PermissionDeniedError" in caplog.text, timeout=5000)
        assert "Only a manager can assign work" in caplog.text
        window.close()
    finally:
        ctx.db.close()


def test_admin_encrypts_the_file_and_a_window_opens_on_it(qtbot, demo_admin, monkeypatch) -> None:
    window = _window(qtbot, demo_admin)
    dialog = window.open_security_dialog()
    assert "is not encrypted" in dialog.state_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.reopen_requested, timeout=20_000) as reopened:
        qtbot.mouseClick(dialog.convert_button, Qt.MouseButton.LeftButton)
    ctx, message = reopened.args
    try:
        assert ctx.session.encrypted and ctx.db is not demo_admin.db
        assert "now encrypted" in message
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(demo_admin.path).execute("SELECT count(*) FROM cases").fetchone()
        assert ctx.db.execute("SELECT count(*) FROM cases").fetchone()[0] > 0
        window.close()  # the old window: its connection is closed already
        again = _window(qtbot, ctx)
        assert again.caseload.shown_count() > 0
        again.close()
    finally:
        ctx.db.close()
