"""The staff training page: bulk session entry through the dialog, the matrix colours read from
the model's roles, the queue's actions and filters, the catalogue, and empty states."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.clock import FROZEN_TODAY
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialogButtonBox

from db.repositories.common import rows, scalar
from desktop.services import training_service as ts
from desktop.services.actor import Actor
from desktop.services.demo_training import build_demo_training
from desktop.services.training_service import CellStatus
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog, to_qdate
from desktop.ui.dialogs.training_session_dialog import NAME, RESULT, AttendeesModel
from desktop.ui.errors import set_quiet
from desktop.ui.models.training_matrix_model import (
    STATUS_BACKGROUNDS,
    STATUS_ROLE,
    TrainingMatrixModel,
)
from desktop.ui.settings import Settings
from desktop.ui.widgets.training_page import TrainingPage


def _with_training(db: sqlite_utils.Database) -> None:
    """The demo's training data (unless the demo already carries it)."""
    if not scalar(db, "SELECT count(*) FROM training_records"):
        with db.atomic():
            build_demo_training(db, random.Random(7), FROZEN_TODAY)


def _show(qtbot: Any, ctx: AppContext) -> TrainingPage:
    set_quiet(True)
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: Any, ui_ctx: AppContext) -> Iterator[TrainingPage]:
    _with_training(ui_ctx.db)
    p = _show(qtbot, ui_ctx)
    yield p
    p.close()


def _ok(qtbot: Any, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _course_id(db: sqlite_utils.Database, code: str) -> int:
    return int(scalar(db, "SELECT id FROM courses WHERE code = ?", [code]))


def _tick(qtbot: Any, dialog: Any, row: int) -> None:
    """Tick a row the way a keyboard user does: go to its name, press Space."""
    view = dialog.view
    view.setCurrentIndex(dialog.model.index(row, NAME))
    qtbot.keyClick(view, Qt.Key.Key_Space)


# --- bulk entry -----------------------------------------------------------------------------


def test_a_session_is_entered_in_one_go(qtbot: Any, page: TrainingPage, ui_ctx: AppContext) -> None:
    db = ui_ctx.db
    page.tabs.setCurrentIndex(page.RECORDS)
    before = scalar(db, "SELECT count(*) FROM training_records")
    dialog = page.request_session(_course_id(db, "RSK"))
    assert dialog.course_combo.currentText().startswith("RSK")
    day = FROZEN_TODAY - timedelta(days=1)
    dialog.date_edit.setDate(to_qdate(day))
    qtbot.keyClicks(dialog.session_edit, "RSK Rennes, June")
    model = dialog.model
    needing = [r for r in range(model.rowCount()) if model.needs(r)]
    assert len(needing) >= 3
    for row in needing[:3]:
        _tick(qtbot, dialog, row)
    assert dialog.count_label.text() == "3 attendee(s)"
    # Everyone passed but the second, who failed; the first has a certificate.
    model.setData(model.index(needing[1], RESULT), "failed")
    model.setData(model.index(needing[0], RESULT + 1), "RSK-2026-77")
    assert model.index(needing[1], RESULT).data() == "Failed"
    with qtbot.waitSignal(page.changed, timeout=3000):
        _ok(qtbot, dialog)
    assert scalar(db, "SELECT count(*) FROM training_records") == before + 3
    saved = rows(
        db,
        "SELECT staff_id, result, certificate_ref, session_ref, completed_on, created_by "
        "FROM training_records ORDER BY id DESC LIMIT 3",
    )[::-1]
    ids = [model._staff[r]["id"] for r in needing[:3]]
    assert [s["staff_id"] for s in saved] == ids
    assert [s["result"] for s in saved] == ["passed", "failed", "passed"]
    assert saved[0]["certificate_ref"] == "RSK-2026-77"
    assert {s["session_ref"] for s in saved} == {"RSK Rennes, June"}
    assert {s["completed_on"] for s in saved} == {day.isoformat()}
    assert {s["created_by"] for s in saved} == {"Test Manager"}
    shown = page.records_model.rows()
    assert {r["session_ref"] for r in shown[:3]} == {"RSK Rennes, June"}


def test_tick_everyone_who_needs_it_and_set_everyones_result(
    qtbot: Any, page: TrainingPage, ui_ctx: AppContext
) -> None:
    dialog = page.request_session(_course_id(ui_ctx.db, "MSME"))
    qtbot.mouseClick(dialog.tick_needed_button, Qt.MouseButton.LeftButton)
    attendees = dialog.model.attendees()
    contact_officers = [s for s in ts.active_staff(ui_ctx.db) if "contact officer" in s["roles"]]
    assert [a[0] for a in attendees] == [s["id"] for s in contact_officers]
    dialog.all_result_combo.setCurrentIndex(dialog.all_result_combo.findData("attended"))
    dialog.all_result_combo.activated.emit(dialog.all_result_combo.currentIndex())
    assert {a[1] for a in dialog.model.attendees()} == {"attended"}
    qtbot.mouseClick(dialog.untick_button, Qt.MouseButton.LeftButton)
    assert dialog.model.attendees() == []
    dialog.reject()


def test_a_refused_session_saves_nothing_and_points_at_the_row(
    qtbot: Any, page: TrainingPage, ui_ctx: AppContext
) -> None:
    db = ui_ctx.db
    sec = _course_id(db, "SEC")
    dialog = page.request_session(sec)
    model = dialog.model
    needing = [r for r in range(model.rowCount()) if model.needs(r)]
    # The second attendee already has a SEC record on that day.
    day = FROZEN_TODAY - timedelta(days=2)
    ts.record(db, model._staff[needing[1]]["id"], sec, day, "passed", Actor("x"))
    before = scalar(db, "SELECT count(*) FROM training_records")
    dialog.date_edit.setDate(to_qdate(day))
    for row in needing[:3]:
        _tick(qtbot, dialog, row)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Attendee 2: ")
    assert "already has a record of SEC" in dialog.error_label.text()
    assert dialog.view.selectionModel().selectedRows()[0].row() == needing[1]
    assert scalar(db, "SELECT count(*) FROM training_records") == before
    # A date in the future is refused too, naming the field.
    dialog.date_edit.setDate(QDate.currentDate().addYears(2))
    _ok(qtbot, dialog)
    assert "Completed on" in dialog.error_label.text()
    assert scalar(db, "SELECT count(*) FROM training_records") == before
    dialog.reject()


def test_nobody_ticked_is_refused(qtbot: Any, page: TrainingPage) -> None:
    dialog = page.request_session()
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "Attendees" in dialog.error_label.text()
    dialog.reject()


def test_attendees_model_passes_qtmodeltester(qtmodeltester: Any, ui_ctx: AppContext) -> None:
    model = AttendeesModel(ts.active_staff(ui_ctx.db))
    model.set_required_for(["validator"])
    model.tick_where(lambda row: row % 2 == 0)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    index = model.index(0, NAME)
    assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.setData(model.index(0, RESULT), "excellent")


# --- matrix ---------------------------------------------------------------------------------


def test_matrix_colours_are_read_from_the_models_roles(
    page: TrainingPage, ui_ctx: AppContext
) -> None:
    page.tabs.setCurrentIndex(page.MATRIX)
    model = page.matrix_model
    expected = ts.matrix(ui_ctx.db)
    assert model.rowCount() == len(expected.staff) > 0
    assert model.columnCount() == len(expected.courses) == 8
    seen = set()
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            cell = expected.cell(expected.staff[row]["id"], expected.courses[col]["id"])
            status = index.data(STATUS_ROLE)
            assert status == cell.status.value
            brush = index.data(Qt.ItemDataRole.BackgroundRole)
            assert isinstance(brush, QBrush)
            light_tint = theme.BACKGROUNDS[STATUS_BACKGROUNDS[CellStatus(status)]][0]
            assert brush.color().name() == light_tint
            assert index.data(Qt.ItemDataRole.DisplayRole)  # colour is never the only cue
            seen.add(status)
    assert seen == {s.value for s in CellStatus}
    # The validator whose validation training expired shows red in the VAL column.
    val = [c["code"] for c in expected.courses].index("VAL")
    expired = [
        r for r in range(model.rowCount()) if model.index(r, val).data(STATUS_ROLE) == "expired"
    ]
    assert expired
    index = model.index(expired[0], val)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f4b9b2"
    assert index.data().startswith("exp. ")
    assert "Valid until" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_matrix_headers_count_each_column_and_the_legend_totals(
    page: TrainingPage, ui_ctx: AppContext
) -> None:
    model = page.matrix_model
    m = ts.matrix(ui_ctx.db)
    for col, course in enumerate(m.courses):
        header = model.headerData(col, Qt.Orientation.Horizontal)
        assert header.startswith(course["code"] + "\n")
        valid = m.counts[course["id"]][CellStatus.VALID]
        assert f"{valid} ok" in header
        tooltip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert course["name"] in tooltip
    assert model.headerData(0, Qt.Orientation.Vertical) == m.staff[0]["name"]
    total_expired = sum(c[CellStatus.EXPIRED] for c in m.counts.values())
    assert page.legend[CellStatus.EXPIRED].text() == f"Expired: {total_expired}"


def test_matrix_filters_by_office_and_role(page: TrainingPage, ui_ctx: AppContext) -> None:
    everyone = page.matrix_model.rowCount()
    office = page.matrix_office.itemData(1)
    page.matrix_office.setCurrentIndex(1)
    offices = {s["office"] for s in page.matrix_model.matrix.staff}
    assert offices == {office} and page.matrix_model.rowCount() < everyone
    page.matrix_office.setCurrentIndex(0)
    page.matrix_role.setCurrentIndex(page.matrix_role.findData("manager"))
    assert page.matrix_model.rowCount() == len(
        [s for s in ts.active_staff(ui_ctx.db) if "manager" in s["roles"]]
    )


def test_matrix_model_passes_qtmodeltester(qtmodeltester: Any, ui_ctx: AppContext) -> None:
    _with_training(ui_ctx.db)
    model = TrainingMatrixModel()
    model.set_matrix(ts.matrix(ui_ctx.db))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_double_clicking_a_cell_records_for_that_person_and_course(
    page: TrainingPage, ui_ctx: AppContext
) -> None:
    index = page.matrix_model.index(0, 1)
    page._on_matrix_double_clicked(index)
    dialogs = [d for d in page.findChildren(FormDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.person_combo.currentData() == page.matrix_model.staff_id(0)
    assert dialog.course_combo.currentData() == page.matrix_model.course_id(1)
    dialog.reject()


# --- the queue ------------------------------------------------------------------------------


def _find(page: TrainingPage, kind: str) -> int:
    for n, r in enumerate(page.queue_model.rows()):
        if r["kind"] == kind and r["status"] in ("open", "overdue"):
            return n
    raise AssertionError(f"no open {kind} follow-up")


def test_the_queue_shows_every_kind(qtmodeltester: Any, page: TrainingPage) -> None:
    qtmodeltester.check(page.queue_model, force_py=True)
    kinds = {r["kind"] for r in page.queue_model.rows()}
    assert kinds == {"missing", "due_soon", "expired", "failed", "onboarding"}
    labels = {page.queue_model.index(n, 0).data() for n in range(page.queue_model.rowCount())}
    assert labels == set(page.kind_labels.values())
    assert page.tabs.tabText(page.QUEUE).startswith("Follow-up queue (")
    assert page.queue_empty.isHidden()


def test_plan_a_date_from_the_queue(qtbot: Any, page: TrainingPage) -> None:
    n = _find(page, "expired")
    key = page.queue_model.row(n)["key"]
    page.queue_view.selectRow(n)
    assert page.plan_button.isEnabled()
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(FormDialog, "trainingPlanDialog")
    planned = FROZEN_TODAY + timedelta(days=20)
    dialog.date_edit.setDate(to_qdate(planned))
    with qtbot.waitSignal(page.changed, timeout=3000):
        _ok(qtbot, dialog)
    [row] = [r for r in page.queue_model.rows() if r["key"] == key]
    assert row["status"] == "planned" and row["planned_on"] == planned.isoformat()
    index = page.queue_model.index(page.queue_model.rows().index(row), 5)
    assert index.data() == f"Planned for {planned.isoformat()}"


def test_dismiss_needs_a_reason_and_hides_the_follow_up(qtbot: Any, page: TrainingPage) -> None:
    n = _find(page, "failed")
    key = page.queue_model.row(n)["key"]
    dialog = page.request_dismiss(page.queue_model.row(n))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.text().startswith("Reason")
    qtbot.keyClicks(dialog.reason_edit, "Leaves the unit next month")
    with qtbot.waitSignal(page.changed, timeout=3000):
        _ok(qtbot, dialog)
    assert key not in {r["key"] for r in page.queue_model.rows()}
    page.show_dismissed.setChecked(True)
    [row] = [r for r in page.queue_model.rows() if r["key"] == key]
    assert row["status"] == "dismissed" and row["reason"] == "Leaves the unit next month"
    n = page.queue_model.rows().index(row)
    page.queue_view.selectRow(n)
    assert not page.dismiss_button.isEnabled()


def test_mark_as_done_records_a_pass(qtbot: Any, page: TrainingPage, ui_ctx: AppContext) -> None:
    n = _find(page, "missing")
    follow_up = page.queue_model.row(n)
    dialog = page.request_mark_done(follow_up)
    assert dialog.person_combo.currentData() == follow_up["staff_id"]
    assert dialog.course_combo.currentData() == follow_up["course_id"]
    assert dialog.result_combo.currentData() == "passed"
    with qtbot.waitSignal(page.changed, timeout=3000):
        _ok(qtbot, dialog)
    assert follow_up["key"] not in {r["key"] for r in page.queue_model.rows()}
    [saved] = ts.records(
        ui_ctx.db, staff_id=follow_up["staff_id"], course_id=follow_up["course_id"]
    )
    assert (saved["result"], saved["completed_on"]) == ("passed", FROZEN_TODAY.isoformat())


def test_queue_filters_and_window(page: TrainingPage) -> None:
    everyone = page.queue_model.rowCount()
    soon = sum(1 for r in page.queue_model.rows() if r["kind"] == "due_soon")
    page.window_spin.setValue(120)
    assert sum(1 for r in page.queue_model.rows() if r["kind"] == "due_soon") > soon
    page.window_spin.setValue(30)
    page.queue_role.setCurrentIndex(page.queue_role.findData("contact officer"))
    assert page.queue_model.rowCount() < everyone
    page.queue_role.setCurrentIndex(0)
    office = page.queue_model.row(0)["office"]
    page.queue_office.setCurrentIndex(page.queue_office.findData(office))
    assert {r["office"] for r in page.queue_model.rows()} == {office}


# --- catalogue and empty states -------------------------------------------------------------


@pytest.fixture
def empty_ctx(db: sqlite_utils.Database, db_path: Path, tmp_path: Path) -> AppContext:
    with db.atomic():  # opening a database seeds the default catalogue: start with none
        db.execute("DELETE FROM courses")
    return AppContext(db=db, path=db_path, settings=Settings(tmp_path / "ui.ini"), actor=Actor("M"))


def test_an_empty_catalogue_says_what_to_do(
    qtbot: Any, empty_ctx: AppContext, frozen_clock: Any
) -> None:
    page = _show(qtbot, empty_ctx)
    assert "Catalogue tab" in page.queue_empty.text() and page.queue_empty.isVisible()
    page.tabs.setCurrentIndex(page.CATALOGUE)
    assert page.seed_button.isVisible()
    assert "default catalogue" in page.catalogue_empty.text()
    assert not page.session_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=3000):
        qtbot.mouseClick(page.seed_button, Qt.MouseButton.LeftButton)
    assert page.catalogue_model.rowCount() == 8
    assert not page.seed_button.isVisible()
    assert page.session_button.isEnabled()
    page.tabs.setCurrentIndex(page.RECORDS)
    assert "Record a session" in page.records_empty.text() and page.records_empty.isVisible()


def test_add_edit_and_retire_a_course(qtbot: Any, page: TrainingPage, ui_ctx: AppContext) -> None:
    page.tabs.setCurrentIndex(page.CATALOGUE)
    dialog = page.request_course()
    qtbot.keyClicks(dialog.code_edit, "val")
    qtbot.keyClicks(dialog.name_edit, "Container inspection")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.text().startswith("Code: VAL is already used")
    dialog.code_edit.setText("CTR")
    dialog.role_checks["validator"].setChecked(True)
    dialog.refresh_spin.setValue(0)  # never
    with qtbot.waitSignal(page.changed, timeout=3000):
        _ok(qtbot, dialog)
    course = next(c for c in page.catalogue_model.rows() if c["code"] == "CTR")
    assert course["refresh_months"] is None and course["required_for"] == ["validator"]
    assert "CTR" in [c["code"] for c in page.matrix_model.matrix.courses]
    n = page.catalogue_model.rows().index(course)
    page.catalogue_view.selectRow(n)
    with qtbot.waitSignal(page.changed, timeout=3000):
        qtbot.mouseClick(page.retire_course_button, Qt.MouseButton.LeftButton)
    assert not ts.get_course(ui_ctx.db, course["id"])["is_active"]
    assert page.catalogue_model.index(n, 7).data() == "Retired"
    assert "CTR" not in [c["code"] for c in page.matrix_model.matrix.courses]
