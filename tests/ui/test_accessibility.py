"""Accessible names and tab order: every control a person can reach in the dialogs and the
caseload and audits screens says what it is (an accessible name, a label pointing at it, or
a button's text), and Tab goes through a dialog top to bottom, then to its buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.domain.cases import CaseState
from desktop.services import training_service, workload_service
from desktop.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date edits
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
)
#: Parents whose children are parts of one control (a spin box's text field, a combo box's
#: line edit, a line edit's clear button, a scroll area's headers and corner button, a tab
#: bar's scroll arrows), named by that control.
COMPOSITES = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractScrollArea, QTabBar)


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def unnamed(root: QWidget) -> list[str]:
    """The visible controls in ``root`` that say nothing about themselves."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    problems = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QHeaderView) or not w.isVisible():
            continue
        parent = w.parentWidget()
        if isinstance(parent, COMPOSITES) or w.objectName().startswith("qt_"):
            continue
        if w.accessibleName().strip() or id(w) in buddies:
            continue
        if isinstance(w, QAbstractButton) and _plain(w.text()):
            continue
        problems.append(f"{type(w).__name__} {w.objectName() or '(no name)'} in {root}")
    return problems


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a label or button text ("&Save" -> "S"; "&&" is a plain "&")."""
    i = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[i + 1].upper() if 0 <= i < len(plain) - 1 else None


def mnemonic_clashes(root: QWidget, also: dict[str, str] | None = None) -> list[str]:
    """Alt+letters used twice among the visible labels, buttons and group boxes of ``root``
    (and ``also``: letter -> what, e.g. the menu bar's): Qt then only cycles between them."""
    used: dict[str, list[str]] = {k: [v] for k, v in (also or {}).items()}
    for w in root.findChildren(QWidget):
        if not w.isVisible() or isinstance(w.parentWidget(), COMPOSITES):
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            used.setdefault(letter, []).append(_plain(text))
    return [f"Alt+{k}: {', '.join(v)}" for k, v in sorted(used.items()) if len(v) > 1]


def icon_only_buttons_without_tooltip(root: QWidget) -> list[str]:
    return [
        f"{b.objectName() or b}"
        for b in root.findChildren(QAbstractButton)
        if b.isVisible()
        and not isinstance(b.parentWidget(), COMPOSITES)
        and not b.objectName().startswith("qt_")
        and not _plain(b.text())
        and not (b.toolTip() and b.accessibleName())
    ]


@pytest.fixture
def data(ui_ctx) -> dict[str, Any]:
    db = ui_ctx.db
    case_id, reference, operator_id, operator = db.conn.execute(
        "SELECT c.id, c.reference, o.id, o.name FROM cases c "
        "JOIN operators o ON o.id = c.operator_id "
        "WHERE c.state = 'under_examination' AND c.validator_id IS NOT NULL LIMIT 1"
    ).fetchone()
    return {
        "case_id": case_id,
        "reference": reference,
        "operator_id": operator_id,
        "operator": operator,
        "course": training_service.courses(db)[0],
    }


def _dialogs(ctx, data: dict[str, Any]) -> Iterator[tuple[str, Callable[[QWidget], QDialog]]]:
    """Each dialog of desktop/ui/dialogs (but the field laptop, sign-in, password, users
    and encryption ones), made as the app makes it."""
    from desktop.ui.dialogs.action_dialog import ActionDialog
    from desktop.ui.dialogs.assign_dialog import AssignDialog
    from desktop.ui.dialogs.audit_plan_dialog import AuditPlanDialog
    from desktop.ui.dialogs.case_dialog import CaseDialog
    from desktop.ui.dialogs.contact_assign_dialog import ContactAssignDialog
    from desktop.ui.dialogs.contact_end_dialog import ContactEndDialog
    from desktop.ui.dialogs.contact_history_dialog import ContactHistoryDialog
    from desktop.ui.dialogs.contact_log_dialog import ContactLogDialog
    from desktop.ui.dialogs.extension_dialog import ExtensionDialog
    from desktop.ui.dialogs.first_run_dialog import FirstRunDialog
    from desktop.ui.dialogs.import_dialog import ImportDialog
    from desktop.ui.dialogs.ministry_dialog import MinistryDialog
    from desktop.ui.dialogs.operator_dialog import OperatorDialog
    from desktop.ui.dialogs.preferences_dialog import PreferencesDialog
    from desktop.ui.dialogs.restore_dialog import RestoreDialog
    from desktop.ui.dialogs.templates_dialog import TemplatesDialog
    from desktop.ui.dialogs.training_course_dialog import TrainingCourseDialog
    from desktop.ui.dialogs.training_follow_up_dialogs import (
        TrainingDismissDialog,
        TrainingPlanDialog,
    )
    from desktop.ui.dialogs.training_record_dialog import TrainingRecordDialog
    from desktop.ui.dialogs.training_session_dialog import TrainingSessionDialog
    from desktop.ui.dialogs.transition_dialog import TransitionDialog

    db, actor = ctx.db, ctx.actor
    case_id, ref, op_id, op = (data[k] for k in ("case_id", "reference", "operator_id", "operator"))
    finding = {
        "item_id": 1,
        "item_code": "A.1",
        "item_text": "No serious infringements.",
        "description": "",
        "severity": "major",
    }
    assignment = {
        "id": 1,
        "role": "primary",
        "officer_name": "An Officer",
        "operator_name": op,
        "start_on": "2026-01-05",
    }
    follow_up = {
        "staff_name": "A Validator",
        "course_code": "VAL",
        "course_name": "Validation",
        "planned_on": None,
    }
    yield "action", lambda p: ActionDialog(p, db, 1, finding)
    yield "assign", lambda p: AssignDialog(p, workload_service.assignment_view(db, [case_id]))
    yield "audit plan", lambda p: AuditPlanDialog(p, db, case_id, actor)
    yield "new case", lambda p: CaseDialog(p, db, actor)
    yield "edit case", lambda p: CaseDialog(p, db, actor, case_id=case_id)
    yield "contact assign", lambda p: ContactAssignDialog(p, db, [(op_id, op)], actor)
    yield "contact end", lambda p: ContactEndDialog(p, db, assignment, actor)
    yield "contact history", lambda p: ContactHistoryDialog(p, db, op_id, actor)
    yield "contact log", lambda p: ContactLogDialog(p, db, actor)
    yield "contact log (operator)", lambda p: ContactLogDialog(p, db, actor, (op_id, op))
    yield "extension", lambda p: ExtensionDialog(p, db, case_id, ref, 60, actor)
    yield "first run", lambda p: FirstRunDialog(p, "/tmp/aeo.sqlite")
    yield "import", lambda p: ImportDialog(p, ctx, "operators")
    yield "ministry", lambda p: MinistryDialog(p, ctx)
    yield "new operator", lambda p: OperatorDialog(p, db)
    yield "edit operator", lambda p: OperatorDialog(p, db, op_id)
    yield "preferences", lambda p: PreferencesDialog(p, ctx)
    yield "restore", lambda p: RestoreDialog(p, ctx)
    yield "templates", lambda p: TemplatesDialog(p, ctx)
    yield "course", lambda p: TrainingCourseDialog(p, db, data["course"])
    yield "training plan", lambda p: TrainingPlanDialog(p, db, actor, follow_up, "Refresher")
    yield "training dismiss", lambda p: TrainingDismissDialog(p, db, actor, follow_up, "Due")
    yield "training record", lambda p: TrainingRecordDialog(p, db, actor)
    yield "training session", lambda p: TrainingSessionDialog(p, db, actor)
    yield (
        "transition",
        lambda p: TransitionDialog(
            p, db, case_id, ref, CaseState.UNDER_EXAMINATION, CaseState.WITHDRAWN, actor
        ),
    )


def test_every_control_of_every_dialog_says_what_it_is(
    qtbot, window: MainWindow, ui_ctx, data
) -> None:
    problems: list[str] = []
    seen = 0
    for name, make in _dialogs(ui_ctx, data):
        dialog = make(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{name}: {p}" for p in unnamed(dialog)]
        problems += [f"{name}: icon-only {p}" for p in icon_only_buttons_without_tooltip(dialog)]
        problems += [f"{name}: {p}" for p in mnemonic_clashes(dialog)]
        seen += 1
        dialog.hide()
    assert seen == 25
    assert problems == []


def test_caseload_and_audits_controls_say_what_they_are(
    qtbot, window: MainWindow, ui_ctx, data
) -> None:
    window.caseload.select_case(data["case_id"])
    problems = unnamed(window.caseload.filter_bar) + unnamed(window.caseload.detail)
    problems += icon_only_buttons_without_tooltip(window.caseload.detail)
    menus = {
        mnemonic(a.text()): f"menu {_plain(a.text())}"
        for a in window.menuBar().actions()
        if mnemonic(a.text())
    }
    problems += mnemonic_clashes(window.caseload, menus)
    window.show_page(MainWindow.AUDITS)
    audits = window.audits
    problems += unnamed(audits)
    audits.tabs.setCurrentIndex(1)
    problems += unnamed(audits)
    audits.tabs.setCurrentIndex(0)
    audits.audit_view.selectRow(0)
    audits.audit_view.setFocus()
    qtbot.keyClick(audits.audit_view, Qt.Key.Key_Return)  # the checklist of the first audit
    qtbot.waitUntil(lambda: audits.stack.currentWidget() is audits.checklist)
    problems += unnamed(audits.checklist) + mnemonic_clashes(audits, menus)
    audits.checklist.tabs.setCurrentIndex(1)
    problems += unnamed(audits.checklist) + mnemonic_clashes(audits, menus)
    assert problems == []


def _tab_walk(qtbot, dialog: QDialog, presses: int) -> list[str]:
    """The object names Tab reaches from where the dialog opens (a date's day, month and year
    are one stop here: Tab moves between them first, as Qt does)."""
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    names = [QApplication.focusWidget().objectName()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = QApplication.focusWidget().objectName()
        if name != names[-1]:
            names.append(name)
    return names


@pytest.mark.parametrize(
    ("which", "expected"),
    [
        (
            "audit plan",
            [
                "auditStart",
                "auditEnd",
                "auditSites",
                "auditLead",
                "auditTeam",
                "auditTemplate",
                "okButton",
                "cancelButton",
            ],
        ),
        (
            "new case",
            [
                "caseOperator",
                "newOperatorButton",
                "caseKind",
                "caseProgramme",
                "caseReceived",
                "casePriority",
                "caseValidator",
                "caseSummary",
                "okButton",
                "cancelButton",
            ],
        ),
        (
            "assign",
            ["validatorTable", "assignReason", "okButton", "cancelButton"],
        ),
        (  # without users: the idle minutes are off, and Tab passes them by
            "preferences",
            ["preferencesLanguage", "preferencesAppearance", "okButton", "cancelButton"],
        ),
        (
            "new operator",
            [
                "operatorName",
                "headcount",
                "turnover",
                "balanceSheet",
                "sector",
                "region",
                "address",
            ],
        ),
    ],
)
def test_tab_goes_top_to_bottom_then_to_the_buttons(
    qtbot, window: MainWindow, ui_ctx, data, which: str, expected: list[str]
) -> None:
    make = dict(_dialogs(ui_ctx, data))[which]
    dialog = make(window)
    qtbot.addWidget(dialog)
    window.activateWindow()
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    got = _tab_walk(qtbot, dialog, 3 * len(expected))
    assert got[: len(expected)] == expected
    dialog.reject()


def test_the_check_finds_a_control_that_says_nothing(qtbot) -> None:
    from PySide6.QtWidgets import QFormLayout, QPushButton, QToolButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    named = QLineEdit(dialog)
    form.addRow("&Name:", named)  # a label pointing at it
    bare = QLineEdit(dialog)
    bare.setObjectName("bare")
    form.addRow(bare)
    form.addRow(QPushButton("&OK", dialog))
    form.addRow(QPushButton("Add &note", dialog))  # Alt+N, as "&Name:"
    icon = QToolButton(dialog)
    icon.setObjectName("iconOnly")
    form.addRow(icon)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = unnamed(dialog)
    assert [p.split()[:2] for p in found] == [["QLineEdit", "bare"], ["QToolButton", "iconOnly"]]
    assert icon_only_buttons_without_tooltip(dialog) == ["iconOnly"]
    assert mnemonic_clashes(dialog) == ["Alt+N: Name:, Add note"]
    assert mnemonic("Save && &close") == "C"
