"""The contact-points page on the small demo: a handover of 50 operators (preview, then
confirm on the worker), coverage filters, the assign dialog's refusals, the officers' loads
highlighted against the maximum, the contact log and its follow-ups, the rules, and every
model through qtmodeltester. "Today" is 2026-06-15.

The tests make their own officers and operators, so they hold whether or not the demo
already has contact points."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from helpers.builders import make_operator, make_validator
from helpers.clock import FROZEN_TODAY
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import isValid

from desktop.services import contact_service as cs
from desktop.services.actor import Actor
from desktop.ui.context import AppContext
from desktop.ui.errors import set_quiet
from desktop.ui.models.coverage_model import (
    HIGHLIGHT_ROLE,
    NEEDS_HANDOVER,
    OVER_MAX,
    OfficerLoadModel,
)
from desktop.ui.models.row_table_model import Column
from desktop.ui.widgets.contacts_page import ContactsPage

ME = Actor("Test Manager")
T = FROZEN_TODAY


@pytest.fixture
def page(qtbot, ui_ctx: AppContext) -> Iterator[ContactsPage]:
    set_quiet(True)
    w = ContactsPage(ui_ctx)
    qtbot.addWidget(w)
    w.resize(1100, 760)
    w.show()
    qtbot.waitExposed(w)
    yield w
    qtbot.waitUntil(lambda: w.jobs_in_flight == 0, timeout=10000)
    w.close()


def _refresh(qtbot, page: ContactsPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()


def _choose(qtbot, page: ContactsPage, combo: Any, value: Any) -> None:
    """Pick a filter value and wait for the list (it loads on the worker)."""
    with qtbot.waitSignal(page.loaded, timeout=10000):
        combo.setCurrentIndex(combo.findData(value))


def _officer(ctx: AppContext, name: str, **overrides: Any) -> int:
    return make_validator(ctx.db, name=name, roles=["contact officer"], **overrides)


@pytest.fixture
def fifty(ui_ctx: AppContext) -> dict[str, Any]:
    """An officer who carries 50 new operators (MSMEs and large), and two successors."""
    db = ui_ctx.db
    outgoing = _officer(ui_ctx, "Olivier Outgoing")
    first = _officer(ui_ctx, "Sarah Successor")
    second = _officer(ui_ctx, "Simon Successor")
    sizes = [
        {"headcount": 4, "turnover_eur": 800_000.0, "balance_sheet_eur": 500_000.0},
        {"headcount": 20, "turnover_eur": 4e6, "balance_sheet_eur": 3e6},
        {"headcount": 900, "turnover_eur": 300e6, "balance_sheet_eur": 200e6},
    ]
    ops = [
        make_operator(db, name=f"Handover Test {n:02d} SAS", region="Corse", **sizes[n % 3])
        for n in range(50)
    ]
    for op in ops:
        cs.assign(db, op, outgoing, "primary", date(2025, 1, 1), ME)
    return {"outgoing": outgoing, "successors": [first, second], "operators": ops}


def _closed(dialog: Any) -> bool:
    """Accepted: hidden, and soon deleted (WA_DeleteOnClose)."""
    return not isValid(dialog) or not dialog.isVisible()


def _ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


# --- handover ---------------------------------------------------------------------------------


def test_handover_of_fifty_operators_with_preview_then_confirm(
    qtbot, page: ContactsPage, ui_ctx: AppContext, fifty: dict[str, Any]
) -> None:
    db = ui_ctx.db
    _refresh(qtbot, page)
    page.start_handover(fifty["outgoing"])
    assert page.tabs.currentIndex() == page.HANDOVER
    assert page.operator_list.count() == 50
    assert page.operator_count.text() == "50 of 50 checked"
    page.set_successors(fifty["successors"])
    page.effective_edit.setDate(QDate(2026, 7, 1))
    page.note_edit.setText("Rotation to the Lyon office")
    assert not page.confirm_button.isEnabled()  # nothing previewed yet

    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.preview_model.rowCount() == 50
    spread = Counter(r["to_officer_name"] for r in page.preview_model.rows())
    assert spread == {"Sarah Successor": 25, "Simon Successor": 25}
    # MSMEs first in the list, as they move first.
    sizes = [r["size_class"] for r in page.preview_model.rows()]
    assert sizes == sorted(sizes, key=["micro", "small", "medium", "large"].index)
    assert "Assignments to move: 50" in page.preview_summary.text()
    assert page.confirm_button.isEnabled()
    assert cs.open_assignments(db, fifty["outgoing"]) != []  # a preview writes nothing

    with qtbot.waitSignal(page.handover_done, timeout=10000) as done:
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    handover_id = done.args[0]
    moved = db.conn.execute(
        "SELECT officer_id, count(*) FROM contact_assignments WHERE handover_id = ? "
        "AND start_on = '2026-07-01' AND end_on IS NULL GROUP BY officer_id",
        [handover_id],
    ).fetchall()
    assert dict(moved) == {fifty["successors"][0]: 25, fifty["successors"][1]: 25}
    ended = db.conn.execute(
        "SELECT count(*) FROM contact_assignments WHERE officer_id = ? AND end_on = '2026-06-30'",
        [fifty["outgoing"]],
    ).fetchone()[0]
    assert ended == 50
    row = db.conn.execute(
        "SELECT from_officer_id, effective_on, note, moved, created_by FROM contact_handovers "
        "WHERE id = ?",
        [handover_id],
    ).fetchone()
    assert row == (
        fifty["outgoing"],
        "2026-07-01",
        "Rotation to the Lyon office",
        50,
        "Test Manager",
    )
    # The page shows the summary and the new history row, and is ready for the next one.
    assert page.handover_message.isVisible()
    assert "Handover recorded." in page.handover_message.text()
    assert "Sarah Successor (25), Simon Successor (25)" in page.handover_message.text()
    assert page.handover_model.row(0)["id"] == handover_id
    assert not page.confirm_button.isEnabled() and page.preview_button.isEnabled()


def test_changing_the_input_after_a_preview_asks_for_a_new_one(
    qtbot, page: ContactsPage, fifty: dict[str, Any]
) -> None:
    _refresh(qtbot, page)
    page.start_handover(fifty["outgoing"])
    page.set_successors(fifty["successors"][:1])
    page.preview_handover()
    assert page.confirm_button.isEnabled()
    page.operator_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not page.confirm_button.isEnabled()
    assert page.preview_model.rowCount() == 0
    assert page.operator_count.text() == "49 of 50 checked"
    moves = page.preview_handover()
    assert len(moves) == 49 and page._previewed.operator_ids is not None  # a selection


def test_a_handover_refused_by_the_service_moves_nothing_and_says_why(
    qtbot, page: ContactsPage, ui_ctx: AppContext, fifty: dict[str, Any]
) -> None:
    db = ui_ctx.db
    _refresh(qtbot, page)
    page.start_handover(fifty["outgoing"])
    page.set_successors(fifty["successors"])
    page.effective_edit.setDate(QDate(2025, 1, 1))  # the day the assignments started
    assert page.preview_handover() == []
    assert "Effective date:" in page.handover_message.text()
    assert not page.confirm_button.isEnabled()

    # Refused on the worker: a successor left between the preview and the confirmation.
    page.effective_edit.setDate(QDate(2026, 7, 1))
    assert len(page.preview_handover()) == 50
    with db.atomic():
        db.conn.execute(
            "UPDATE staff SET active_to = '2026-06-20' WHERE id = ?", [fifty["successors"][1]]
        )
    page.confirm_handover()
    qtbot.waitUntil(lambda: "Successor:" in page.handover_message.text(), timeout=10000)
    assert "Simon Successor is not in post on 2026-07-01" in page.handover_message.text()
    assert len(cs.open_assignments(db, fifty["outgoing"])) == 50
    assert cs.handovers(db) == [h for h in cs.handovers(db) if h["moved"] != 50]


# --- coverage and assignment ------------------------------------------------------------------


def test_coverage_filters_by_region_sector_and_size(
    qtbot, page: ContactsPage, ui_ctx: AppContext
) -> None:
    db = ui_ctx.db
    make_operator(db, name="Ajaccio Micro SARL", region="Corse", sector="Wine and spirits",
                  headcount=3, turnover_eur=500_000.0, balance_sheet_eur=300_000.0)  # fmt: skip
    make_operator(db, name="Bastia Large SA", region="Corse", sector="Port services",
                  headcount=800, turnover_eur=200e6, balance_sheet_eur=100e6)  # fmt: skip
    _refresh(qtbot, page)
    everyone = cs.coverage(db)
    assert page.coverage_model.rowCount() == len(everyone)
    assert [r["id"] for r in page.coverage_model.rows()] == [r["id"] for r in everyone]

    _choose(qtbot, page, page.region_combo, "Corse")
    assert [r["name"] for r in page.coverage_model.rows()] == [
        "Ajaccio Micro SARL",
        "Bastia Large SA",
    ]  # the MSME first
    assert "These filters show 2 (1 MSMEs)" in page.coverage_summary.text()
    _choose(qtbot, page, page.size_combo, "large")
    assert [r["name"] for r in page.coverage_model.rows()] == ["Bastia Large SA"]
    _choose(qtbot, page, page.size_combo, None)
    _choose(qtbot, page, page.sector_combo, "Wine and spirits")
    assert [r["name"] for r in page.coverage_model.rows()] == ["Ajaccio Micro SARL"]

    _choose(qtbot, page, page.region_combo, None)
    expected = cs.coverage(db, sector="Wine and spirits")
    assert [r["id"] for r in page.coverage_model.rows()] == [r["id"] for r in expected]
    _choose(qtbot, page, page.size_combo, "large")
    for r in page.coverage_model.rows():
        assert r["sector"] == "Wine and spirits" and r["size_class"] == "large"

    # Quick changes: the list shows the last choice, whatever order the loads end in.
    page.region_combo.setCurrentIndex(page.region_combo.findData("Corse"))
    page.size_combo.setCurrentIndex(page.size_combo.findData("micro"))
    page.sector_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.jobs_in_flight == 0, timeout=10000)
    assert [r["name"] for r in page.coverage_model.rows()] == ["Ajaccio Micro SARL"]

    # Cover the last one in Corse: the filtered list is empty and says so.
    _choose(qtbot, page, page.size_combo, None)
    assert page.region_combo.currentData() == "Corse" and page.sector_combo.currentData() is None
    officer = _officer(ui_ctx, "Corinne Contact")
    for r in page.coverage_model.rows():
        cs.assign(db, r["id"], officer, "primary", T, ME)
    _refresh(qtbot, page)
    assert page.region_combo.currentData() == "Corse"  # filters survive a refresh
    assert page.coverage_model.rowCount() == 0
    assert page.coverage_empty.isVisible()
    assert "matching these filters" in page.coverage_empty.text()


def test_assign_contact_dialog_refuses_naming_the_field_then_assigns(
    qtbot, page: ContactsPage, ui_ctx: AppContext
) -> None:
    db = ui_ctx.db
    ops = [make_operator(db, name=f"Corse Opérateur {n} SARL", region="Corse") for n in range(3)]
    officer = _officer(ui_ctx, "Corinne Contact")
    _refresh(qtbot, page)
    _choose(qtbot, page, page.region_combo, "Corse")
    assert page.coverage_model.rowCount() == 3
    assert not page.assign_button.isEnabled()
    page.coverage_view.selectAll()
    assert page.assign_button.text() == "Assign contact… (3 selected)"

    dialog = page.request_assign()
    assert dialog.isVisible()
    assert "Corse Opérateur 0 SARL" in dialog.operators_label.text()
    _ok(dialog)  # no officer chosen
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Officer: choose an officer."
    assert "border" in dialog.officer_combo.styleSheet()

    dialog.officer_combo.setCurrentIndex(dialog.officer_combo.findData(officer))
    assert dialog.officer_combo.currentText() == "Corinne Contact – carries 0 of 40"
    dialog.start_edit.setDate(QDate(2027, 6, 16))  # a year and a day ahead
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Start date:")
    assert "border" in dialog.start_edit.styleSheet()
    assert "border" not in dialog.officer_combo.styleSheet()
    assert cs.current_contacts(db, ops[0], on=date(2027, 6, 16))["primary"] is None

    dialog.start_edit.setDate(QDate(2026, 6, 1))
    dialog.note_edit.setText("Regional pilot")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _ok(dialog)
    assert _closed(dialog)
    for op in ops:
        current = cs.current_contacts(db, op)["primary"]
        assert current["officer_id"] == officer and current["note"] == "Regional pilot"
    assert page.coverage_model.rowCount() == 0  # the page refreshed


def test_assign_dialog_refuses_a_second_primary(qtbot, page: ContactsPage, ui_ctx) -> None:
    db = ui_ctx.db
    op = make_operator(db, name="Corse Double SARL", region="Corse")
    first = _officer(ui_ctx, "Corinne Contact")
    second = _officer(ui_ctx, "Cédric Contact")
    _refresh(qtbot, page)
    _choose(qtbot, page, page.region_combo, "Corse")
    page.coverage_view.selectRow(0)
    dialog = page.request_assign()
    cs.assign(db, op, first, "primary", date(2026, 6, 1), ME)  # someone else was quicker
    dialog.officer_combo.setCurrentIndex(dialog.officer_combo.findData(second))
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Role: Corse Double SARL already has Corinne Contact as primary since 2026-06-01; "
        "end that first or use a handover."
    )
    assert "border" in dialog.role_combo.styleSheet()


# --- officers ---------------------------------------------------------------------------------


def test_officers_over_the_maximum_are_highlighted(
    qtbot, page: ContactsPage, ui_ctx: AppContext, fifty: dict[str, Any]
) -> None:
    _refresh(qtbot, page)
    page.tabs.setCurrentIndex(page.OFFICERS)
    model = page.officer_model
    n = model.row_of(fifty["outgoing"])
    assert n is not None
    row = model.row(n)
    assert row["operators"] == 50 and row["over_max"]
    assert model.index(n, 0).data(HIGHLIGHT_ROLE) == OVER_MAX
    assert model.index(n, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fce8e6"
    assert model.index(n, 2).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert model.index(n, 5).data() == "50 / 40"
    assert model.index(n, 6).data() == "Over the maximum by 10"
    calm = model.row_of(fifty["successors"][0])
    assert model.index(calm, 0).data(HIGHLIGHT_ROLE) is None
    assert model.index(calm, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Over the maximum:" in page.officers_summary.text()
    assert page.tabs.tabText(page.OFFICERS).startswith("Officers ⚠")

    # Raising the maximum under Rules takes the highlight away.
    page.tabs.setCurrentIndex(page.RULES)
    page.max_operators_spin.setValue(60)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.save_rules()
    assert cs.rules(ui_ctx.db).max_operators == 60
    n = page.officer_model.row_of(fifty["outgoing"])
    assert page.officer_model.index(n, 0).data(HIGHLIGHT_ROLE) is None


def test_rules_refusal_names_the_field(qtbot, page: ContactsPage, ui_ctx: AppContext) -> None:
    _refresh(qtbot, page)
    page.max_operators_spin.setValue(0)
    page.max_years_spin.setValue(3)
    page.save_rules()
    assert page.rules_message.text().startswith("Maximum operators: must be between 1 and 1000")
    assert "border" in page.max_operators_spin.styleSheet()
    assert cs.rules(ui_ctx.db).max_years == 5  # nothing saved
    page.max_operators_spin.setValue(30)
    page.conflict_combo.setCurrentIndex(page.conflict_combo.findData("refuse"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.save_rules()
    assert cs.rules(ui_ctx.db) == cs.ContactRules(30, 3, "refuse")
    assert page.max_operators_spin.styleSheet() == ""


def test_double_click_on_an_officer_opens_their_handover(
    qtbot, page: ContactsPage, fifty: dict[str, Any]
) -> None:
    _refresh(qtbot, page)
    page.tabs.setCurrentIndex(page.OFFICERS)
    n = page.officer_model.row_of(fifty["outgoing"])
    page._on_officer_double_clicked(page.officer_model.index(n, 0))
    assert page.tabs.currentIndex() == page.HANDOVER
    assert page.from_combo.currentData() == fifty["outgoing"]
    assert page.operator_list.count() == 50


# --- history, log and follow-ups --------------------------------------------------------------


def test_operator_history_dialog_ends_an_assignment(
    qtbot, page: ContactsPage, ui_ctx: AppContext
) -> None:
    db = ui_ctx.db
    op = make_operator(db, name="Corse Histoire SARL", region="Corse")
    officer = _officer(ui_ctx, "Corinne Contact")
    cs.assign(db, op, officer, "primary", date(2026, 3, 1), ME)
    _refresh(qtbot, page)
    dialog = page.open_history(op)
    assert dialog.windowTitle() == "Contact history – Corse Histoire SARL"
    assert "Corinne Contact" in dialog.header.text()
    assert dialog.history_model.rowCount() == 1
    assert dialog.log_empty.isVisible()
    assert not dialog.end_button.isEnabled()
    dialog.history_view.selectRow(0)
    assert dialog.end_button.isEnabled()
    end = dialog._on_end_clicked()
    end.end_edit.setDate(QDate(2026, 2, 28))
    _ok(end)
    assert end.error_label.text().startswith("End date: cannot be before the start date")
    end.end_edit.setDate(QDate(2026, 6, 14))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _ok(end)
    assert _closed(end)
    assert dialog.history_model.row(0)["status"] == "ended"
    assert dialog.history_model.row(0)["end_on"] == "2026-06-14"
    # The page refreshed: the operator is uncovered again.
    assert op in [r["id"] for r in page.coverage_model.rows()]


def test_log_a_contact_then_mark_its_follow_up_done(
    qtbot, page: ContactsPage, ui_ctx: AppContext
) -> None:
    db = ui_ctx.db
    op = make_operator(db, name="Corse Journal SARL", region="Corse")
    officer = _officer(ui_ctx, "Corinne Contact")
    _refresh(qtbot, page)
    page.tabs.setCurrentIndex(page.LOG)
    before = page.log_model.rowCount()
    dialog = page.request_log_contact()
    dialog.search_edit.setText("Corse Journal")
    assert dialog.operator_combo.currentData() == op
    dialog.officer_combo.setCurrentIndex(dialog.officer_combo.findData(officer))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("outreach"))
    _ok(dialog)  # no topic
    assert dialog.error_label.text() == "Topic: is required: say what the contact was about."
    dialog.topic_edit.setText("Chamber of commerce outreach day")
    dialog.follow_check.setChecked(True)
    dialog.follow_edit.setDate(QDate(2026, 6, 10))  # before the contact
    dialog.date_edit.setDate(QDate(2026, 6, 12))
    _ok(dialog)
    assert dialog.error_label.text().startswith("Follow-up date: cannot be before the contact")
    dialog.follow_edit.setDate(QDate(2026, 6, 14))  # already overdue
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _ok(dialog)
    assert _closed(dialog)
    assert page.log_model.rowCount() == min(before + 1, 500)
    [entry] = cs.contact_log(db, operator_id=op)
    assert (entry["channel"], entry["follow_up_on"]) == ("outreach", "2026-06-14")

    n = page.follow_model.row_of(entry["id"])
    assert n is not None
    assert page.follow_model.index(n, 1).data() == "Overdue"
    page.follow_view.selectRow(n)
    assert page.done_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.mark_follow_up_done()
    assert page.follow_model.row_of(entry["id"]) is None
    assert cs.contact_log(db, operator_id=op)[0]["follow_up_done_on"] == "2026-06-15"


# --- models -----------------------------------------------------------------------------------


def test_officer_load_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = OfficerLoadModel(
        [
            Column("Officer", lambda r: r["name"]),
            Column("Operators", lambda r: str(r["operators"]), align_right=True),
        ]
    )
    rows = [
        {"id": 1, "name": "Anne", "operators": 41, "over_max": True, "needs_handover": False},
        {"id": 2, "name": "Bruno", "operators": 3, "over_max": False, "needs_handover": True},
        {"id": 3, "name": "Chloé", "operators": 9, "over_max": False, "needs_handover": False},
    ]
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    assert [model.index(n, 0).data(HIGHLIGHT_ROLE) for n in range(3)] == [
        OVER_MAX,
        NEEDS_HANDOVER,
        None,
    ]
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fef7e0"
    assert model.index(5, 0).data(HIGHLIGHT_ROLE) is None  # out of range
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_every_model_of_the_page_passes_qtmodeltester(
    qtmodeltester, qtbot, page: ContactsPage, fifty: dict[str, Any]
) -> None:
    _refresh(qtbot, page)
    page.start_handover(fifty["outgoing"])
    page.set_successors(fifty["successors"])
    page.preview_handover()
    models = [
        page.coverage_model,
        page.officer_model,
        page.tenure_model,
        page.preview_model,
        page.handover_model,
        page.log_model,
        page.follow_model,
    ]
    assert page.officer_model.rowCount() > 0 and page.preview_model.rowCount() == 50
    for model in models:
        qtmodeltester.check(model, force_py=True)
