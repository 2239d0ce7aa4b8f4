"""The main flow by keyboard alone: find a case, assign it, plan its audit, run the checklist,
finalise it and export the list.

Every step is a key press sent to the widget that has the focus (``QApplication.focusWidget()``),
as a person's keyboard would; the test only reads the screen and the database to know what to
press next and to check the result. The one thing replaced is the save dialog (a person's
choice of file).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers.audits import MINI_AEOF, case_in, install_mini
from helpers.builders import make_validator
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop.ui.dialogs.assign_dialog import AssignDialog
from desktop.ui.dialogs.audit_plan_dialog import AuditPlanDialog
from desktop.ui.dialogs.transition_dialog import TransitionDialog
from desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "the keyboard focus went nowhere"
    return w


class Keyboard:
    """Key presses on whatever has the focus, and waits for what they start."""

    def __init__(self, qtbot: Any) -> None:
        self._qtbot = qtbot

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        self._qtbot.keyClick(focused(), key, modifiers)

    def type(self, text: str) -> None:
        self._qtbot.keyClicks(focused(), text)

    def wait(self, condition: Callable[[], Any], timeout: int = 5000) -> None:
        self._qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    def dialog(self, kind: type[QWidget]) -> Any:
        """Wait for a dialog of ``kind`` to open and take the keyboard."""
        self.wait(lambda: isinstance(QApplication.activeModalWidget(), kind))
        found = QApplication.activeModalWidget()
        self.wait(lambda: found.isActiveWindow() and found.isAncestorOf(focused()))
        return found

    def back_to(self, window: QWidget) -> None:
        """A dialog has closed: the desktop's window manager makes the main window active
        again (and Qt gives the focus back to where it was). The offscreen platform of the
        tests has no window manager, so the test does that part, and only that."""
        self.wait(lambda: QApplication.activeModalWidget() is None)
        if not window.isActiveWindow():
            window.activateWindow()
        self.wait(window.isActiveWindow)


@pytest.fixture
def setup(ui_ctx) -> dict[str, Any]:
    """One case "under examination" with a validator, and the mini checklist loaded (made
    before the window opens, so that the window shows them)."""
    db = ui_ctx.db
    install_mini(db)
    first = make_validator(db, name="Aline Keyboard")
    case_id = case_in(db, programme="AEOF", validator_id=first)
    reference = db.conn.execute("SELECT reference FROM cases WHERE id = ?", [case_id]).fetchone()
    return {"case_id": case_id, "reference": reference[0], "validator": first}


def _one(db, sql: str, *params: Any) -> Any:
    row = db.conn.execute(sql, params).fetchone()
    return row[0] if row else None


def test_short_audit_from_the_case_list_by_keyboard_alone(
    qtbot, setup, window: MainWindow, ui_ctx, save_as
) -> None:
    db = ui_ctx.db
    case_id, reference = setup["case_id"], setup["reference"]
    keys = Keyboard(qtbot)
    keys.back_to(window)  # the window has the keyboard, as when the app has started

    # 1. Find the case: Ctrl+F, its reference, Enter (the results, first case selected).
    keys.press(Qt.Key.Key_F, CTRL)
    assert focused() is window.caseload.filter_bar.search_edit
    keys.type(reference)
    keys.press(Qt.Key.Key_Return)
    assert focused() is window.caseload.table
    assert window.caseload.selected_case_ids() == [case_id]
    assert window.caseload.detail.case_id() == case_id

    # 2. Assign it: Ctrl+Shift+A (Cases → Assign selected…), Down to another validator who may
    #    take it, Enter.
    keys.press(Qt.Key.Key_A, CTRL | SHIFT)
    dialog = keys.dialog(AssignDialog)
    assert focused() is dialog.table
    chosen = dialog.chosen_staff_id()
    for _ in range(len(dialog.loads)):
        keys.press(Qt.Key.Key_Down)
        chosen = dialog.chosen_staff_id()
        if chosen != setup["validator"] and dialog.findChild(QPushButton, "okButton").isEnabled():
            break
    assert chosen is not None and chosen != setup["validator"]
    keys.press(Qt.Key.Key_Return)
    keys.wait(lambda: _one(db, "SELECT validator_id FROM cases WHERE id = ?", case_id) == chosen)
    keys.back_to(window)
    # The case is shown again once the assignment is written (the worker's result).
    keys.wait(lambda: "assigned" in window.statusBar().currentMessage())
    assert focused() is window.caseload.table

    # 3. Plan its audit: Alt+A (the detail pane's "Plan audit…"), Alt+C to the checklist,
    #    "Mini" chooses the mini checklist, Enter.
    assert window.caseload.detail.action_buttons()["planAudit"].text() == "Plan &audit…"
    keys.press(Qt.Key.Key_A, ALT)
    plan = keys.dialog(AuditPlanDialog)
    assert focused() is plan.start_edit  # the dialog opens on its first field
    assert plan.lead_combo.currentData() == chosen  # the case's validator leads
    keys.press(Qt.Key.Key_C, ALT)
    assert focused() is plan.template_combo
    keys.type("Mini")
    assert "TEST-MINI" in plan.template_combo.currentText()
    keys.press(Qt.Key.Key_Return)
    keys.wait(lambda: _one(db, "SELECT count(*) FROM audits WHERE case_id = ?", case_id) == 1)
    audit_id, audit_ref = db.conn.execute(
        "SELECT id, reference FROM audits WHERE case_id = ?", [case_id]
    ).fetchone()
    keys.back_to(window)

    # 4. Open it: Ctrl+3 (View → Audits) lands on the list of audits; typing the reference
    #    finds it, Enter opens its checklist on the first unanswered item.
    keys.press(Qt.Key.Key_3, CTRL)
    audits = window.audits
    keys.wait(lambda: focused() is audits.audit_view)
    keys.type(audit_ref)
    assert audits._selected_audit()["id"] == audit_id
    keys.press(Qt.Key.Key_Return)
    checklist = audits.checklist
    assert audits.stack.currentWidget() is checklist
    assert focused() is checklist.tree
    items = checklist.data.items
    assert sorted(it.code for it in items.values()) == sorted(MINI_AEOF)
    assert checklist.current_item_id() == checklist.data.ordered_ids()[0]  # none answered yet

    # 5. Answer every item with the number keys (1 met, 4 not applicable): each answer is
    #    saved and moves on to the next item.
    answers = {"A.1": "1", "A.2": "1", "G.1.1": "4", "G.1.2": "1", "G.2": "1", "G.3": "1"}
    seen = []
    for _ in answers:
        code = items[checklist.current_item_id()].code
        seen.append(code)
        keys.press(getattr(Qt.Key, f"Key_{answers[code]}"))
    assert sorted(seen) == sorted(answers)  # each item once, by moving on alone
    stored = dict(
        db.conn.execute(
            "SELECT i.code, a.result FROM audit_answers a JOIN checklist_items i "
            "ON i.id = a.item_id WHERE a.audit_id = ?",
            [audit_id],
        ).fetchall()
    )
    assert stored == {c: {"1": "met", "4": "not_applicable"}[k] for c, k in answers.items()}

    # 6. Finalise: Ctrl+Shift+F asks, Enter confirms.
    keys.press(Qt.Key.Key_F, CTRL | SHIFT)
    keys.dialog(QMessageBox)
    keys.press(Qt.Key.Key_Return)
    keys.wait(lambda: _one(db, "SELECT status FROM audits WHERE id = ?", audit_id) == "finalised")
    keys.back_to(window)
    assert _one(db, "SELECT state FROM cases WHERE id = ?", case_id) == "audit_done"

    # 7. Back and export: Alt+Left to the audits, Ctrl+1 to the caseload (still showing the
    #    case), Ctrl+Shift+E exports the list as shown.
    keys.press(Qt.Key.Key_Left, ALT)
    keys.wait(lambda: audits.stack.currentWidget() is audits.tabs)  # a button: a short click
    assert focused() is audits.audit_view
    keys.press(Qt.Key.Key_1, CTRL)
    assert window.caseload.isAncestorOf(focused())
    keys.press(Qt.Key.Key_E, CTRL | SHIFT)
    assert len(save_as) == 1
    keys.wait(lambda: save_as[0].exists(), timeout=20_000)
    wb = load_workbook(save_as[0], read_only=True)
    try:
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()
    assert len(rows) == 2  # the header and the one case found
    assert reference in rows[1]


def _names_on_tab(keys: Keyboard, presses: int, back: bool = False) -> list[str]:
    """Press Tab (or Shift+Tab) ``presses`` times; the object name of each widget reached."""
    names = []
    for _ in range(presses):
        keys.press(Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab, SHIFT if back else NONE)
        names.append(focused().objectName())
    return names


def test_caseload_and_audits_keys(qtbot, setup, window: MainWindow, ui_ctx, save_as) -> None:
    """The filters in the order they are seen, Down to the results, Alt+N to the next steps
    (the focus stays on them after a step), and the audits list's own keys."""
    db = ui_ctx.db
    keys = Keyboard(qtbot)
    keys.back_to(window)
    keys.press(Qt.Key.Key_F, CTRL)
    assert _names_on_tab(keys, 8) == [
        "clearFilters",
        "stateFilter",
        "validatorFilter",
        "programmeFilter",
        "kindFilter",
        "deadlineFilter",  # then "Due within" days, skipped while it is off
        "msmeFilter",
        "caseTable",
    ]
    keys.press(Qt.Key.Key_F, CTRL)
    keys.type("no such case")
    keys.press(Qt.Key.Key_Escape)  # clears the search
    assert window.caseload.filter_bar.search_edit.text() == ""
    keys.type(setup["reference"])
    keys.press(Qt.Key.Key_Down)  # to the results, the case selected
    assert focused() is window.caseload.table
    assert window.caseload.selected_case_ids() == [setup["case_id"]]

    detail = window.caseload.detail
    keys.press(Qt.Key.Key_N, ALT)  # "&Next steps": the first step
    buttons = list(detail.action_buttons().values())
    assert focused() is buttons[0]
    assert _names_on_tab(keys, 2) == [b.objectName() for b in buttons[1:3]]
    assert _names_on_tab(keys, 2, back=True) == [b.objectName() for b in buttons[1::-1]]
    assert focused().objectName() == "move_audit_scheduled"
    keys.press(Qt.Key.Key_Space)  # Space presses the button that has the focus
    keys.dialog(TransitionDialog)  # the move's dialog: date and note, OK at hand
    keys.press(Qt.Key.Key_Return)
    keys.back_to(window)
    state = "SELECT state FROM cases WHERE id = ?"
    keys.wait(lambda: _one(db, state, setup["case_id"]) == "audit_scheduled")
    # The steps are made again for the new state; the keyboard stays among them.
    keys.wait(lambda: detail.isAncestorOf(focused()))
    assert focused() in detail.action_buttons().values()

    # The audits: the list has the keyboard; Shift+Tab goes back through its controls right
    # to left; Ctrl+Shift+E exports it.
    keys.press(Qt.Key.Key_3, CTRL)
    audits = window.audits
    keys.wait(lambda: focused() is audits.audit_view)
    assert _names_on_tab(keys, 6, back=True) == [
        "openAudit",
        "cancelAudit",
        "showCase",
        "templatesButton",
        "exportAudits",
        "auditScope",
    ]
    keys.press(Qt.Key.Key_E, CTRL | SHIFT)  # from anywhere on the list's tab
    assert len(save_as) == 1
    keys.wait(lambda: save_as[0].exists(), timeout=20_000)
