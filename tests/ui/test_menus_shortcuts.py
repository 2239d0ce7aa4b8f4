"""The menus carry the window's work and its keys (issue 9): Cases → Plan audit… plans an
audit for the case shown and selects it; File → Export list… (Ctrl+Shift+E) writes the case
list; every key of the window is in a menu's shortcut column or, for keys that work on one
screen only, in Help → Keyboard shortcuts; no menu gives one Alt+letter twice, in any
language; and the Spanish case pane fits a 1280-px window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QMenu,
)

from desktop.ui import i18n
from desktop.ui.dialogs.audit_plan_dialog import AuditPlanDialog
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PORTABLE = QKeySequence.SequenceFormat.PortableText


def menu_entries(window: MainWindow) -> Iterator[tuple[QMenu, QAction]]:
    """Every (menu, entry) of the menu bar, submenus included."""

    def walk(menu: QMenu) -> Iterator[tuple[QMenu, QAction]]:
        for action in menu.actions():
            if action.isSeparator():
                continue
            yield menu, action
            if action.menu() is not None:
                yield from walk(action.menu())

    for top in window.menuBar().actions():
        yield from walk(top.menu())


def keys_of(shortcuts: list[QKeySequence]) -> set[str]:
    return {k.toString(PORTABLE) for k in shortcuts if not k.isEmpty()}


def mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].upper() if 0 <= i < len(plain) - 1 else None


def _one(db, sql: str, *params: Any) -> Any:
    row = db.conn.execute(sql, params).fetchone()
    return row[0] if row else None


def test_cases_menu_plans_an_audit_for_the_case_shown_and_selects_it(
    qtbot, window: MainWindow, ui_ctx
) -> None:
    db = ui_ctx.db
    action = window.plan_audit_action
    cases_menu = next(m for m, a in menu_entries(window) if a is action)
    assert cases_menu.title() == "&Cases" and action.text() == "&Plan audit…"

    # No case shown, or a closed one: nothing to plan.
    window.caseload.detail.show_detail(None)
    assert not action.isEnabled()
    closed = _one(db, "SELECT id FROM cases WHERE state IN ('rejected', 'withdrawn') LIMIT 1")
    assert window.caseload.select_case(closed)
    assert not action.isEnabled()

    case_id = _one(
        db,
        "SELECT id FROM cases WHERE state = 'under_examination' AND validator_id IS NOT NULL "
        "AND id NOT IN (SELECT case_id FROM audits) LIMIT 1",
    )
    assert window.caseload.select_case(case_id)
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AuditPlanDialog))
    dialog = QApplication.activeModalWidget()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _one(db, "SELECT count(*) FROM audits WHERE case_id = ?", case_id))
    audit_id = _one(db, "SELECT id FROM audits WHERE case_id = ?", case_id)

    # The new audit is selected in the list of audits, the keyboard on it (Enter opens it).
    qtbot.waitUntil(lambda: window.pages.currentIndex() == MainWindow.AUDITS)
    audits = window.audits
    assert audits.stack.currentWidget() is audits.tabs
    assert audits._selected_audit()["id"] == audit_id
    assert audits.audit_view.hasFocus() or QApplication.focusWidget() is audits.audit_view


def test_ctrl_shift_e_and_file_export_list_write_the_case_list(
    qtbot, window: MainWindow, ui_ctx, save_as: list[Path]
) -> None:
    action = window.export_list_action
    file_menu = next(m for m, a in menu_entries(window) if a is action)
    assert file_menu.title() == "&File"
    assert action.shortcut().toString(PORTABLE) == "Ctrl+Shift+E"  # its shortcut column

    reference = _one(ui_ctx.db, "SELECT reference FROM cases ORDER BY id LIMIT 1")
    page = window.caseload
    page.filter_bar.search_edit.setText(reference)
    qtbot.keyClick(page.filter_bar.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.shown_count() == 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL | SHIFT)
    assert len(save_as) == 1
    qtbot.waitUntil(lambda: save_as[0].exists(), timeout=20_000)
    wb = load_workbook(save_as[0], read_only=True)
    try:
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()
    assert len(rows) == 2 and reference in rows[1]  # the header and the one case shown

    # From the menu on another page: the case list comes up and is exported.
    window.show_page(MainWindow.DASHBOARD)
    action.trigger()
    assert window.pages.currentIndex() == MainWindow.CASELOAD
    assert len(save_as) == 2
    qtbot.waitUntil(lambda: save_as[1].exists(), timeout=20_000)


def test_every_key_is_in_a_menu_or_in_the_shortcuts_page(qtbot, window: MainWindow) -> None:
    for n in range(window.pages.count()):
        window.page(n)  # every page built: their actions, buttons and keys exist
    entries = [a for _m, a in menu_entries(window)]
    in_menus = keys_of([k for a in entries for k in a.shortcuts()])
    dialog = window.open_shortcuts()
    qtbot.waitExposed(dialog)
    listed = set(dialog.keys)
    assert dialog.tree.topLevelItemCount() >= 5
    assert {"1", "2", "3", "4", "0", "7", "8", "9", "N", "P"} <= listed  # the checklist's
    assert {"F1", "Ctrl+L", "Ctrl+Shift+S", "Ctrl+Shift+O", "Ctrl+Shift+E"} <= in_menus

    missing = []
    for action in window.findChildren(QAction):
        keys = keys_of(action.shortcuts())
        if not keys or action in entries:
            continue
        if action.parent() is window:  # the window's own: in a menu, not only listed
            missing.append(f"window action {action.text()} {keys}")
        missing += [f"action {action.text()} {k}" for k in keys - in_menus - listed]
    for shortcut in window.findChildren(QShortcut):
        missing += [f"shortcut {k}" for k in keys_of([shortcut.key()]) - in_menus - listed]
    for button in window.findChildren(QAbstractButton):
        key = button.shortcut()
        if key.isEmpty() or key == QKeySequence.mnemonic(button.text()):
            continue  # a button's own Alt+letter
        missing += [f"button {button.objectName()} {k}" for k in keys_of([key]) - listed]
    assert missing == []
    dialog.close()


@pytest.fixture(params=["en", "fr", "es"])
def language(request) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


def test_no_menu_gives_an_alt_letter_twice(qtbot, ui_ctx, language: str) -> None:
    set_quiet(True)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    menus: dict[str, list[str]] = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for menu, action in menu_entries(window):
        menus.setdefault(menu.title(), []).append(action.text())
    clashes = []
    for title, texts in menus.items():
        letters = [m for m in map(mnemonic, texts) if m]
        clashes += [f"{title}: Alt+{k}" for k in sorted(set(letters)) if letters.count(k) > 1]
    assert clashes == []
    window.close()


@pytest.fixture
def spanish() -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


def test_the_spanish_case_pane_fits_a_1280_px_window(qtbot, ui_ctx, spanish) -> None:
    """The pane is never wider than the place it gets: every state's steps (the widest
    buttons) and the operator's long labels fit, with no horizontal scroll bar."""
    set_quiet(True)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    detail = window.caseload.detail
    states = ui_ctx.db.conn.execute(
        "SELECT min(id) FROM cases GROUP BY state ORDER BY state"
    ).fetchall()
    assert len(states) >= 8
    for (case_id,) in states:
        assert window.caseload.select_case(case_id)
        QApplication.processEvents()
        width = detail.widget().minimumSizeHint().width()
        assert width <= detail.viewport().width(), (case_id, width, detail.viewport().width())
        assert not detail.horizontalScrollBar().isVisible()
    assert detail.viewport().width() < 460  # the width a 1280-px window gives the pane
    window.close()
