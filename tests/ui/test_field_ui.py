"""Field laptops through the GUI: the four wizards between two real database files (the demo
as the office, a fresh file as the validator's laptop), the case list and the detail pane of a
checked-out case, the forced release, the close reminder and the lock message."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from db import migrations
from desktop.services import case_service, field_service
from desktop.services.actor import Actor
from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.errors import message_box, set_quiet
from desktop.ui.main_window import MainWindow
from desktop.ui.models.case_table_model import CaseColumn
from desktop.ui.settings import Settings

PASS = "correct horse battery staple"
JOB_TIMEOUT = 20_000


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Path]:
    """What the (mocked) file dialogs answer: ``files["save"]`` and ``files["open"]``."""
    chosen = {"save": tmp_path / "none", "open": tmp_path / "none"}

    def save(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(chosen["save"]), ""

    def open_(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(chosen["open"]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_))
    return chosen


@pytest.fixture
def laptop(qtbot: Any, tmp_path: Path, frozen_clock: Any) -> Iterator[MainWindow]:
    """A validator's laptop: a fresh database file of its own, in its own main window."""
    set_quiet(True)
    path = tmp_path / "laptop.sqlite"
    db = open_database(path)
    ctx = AppContext(
        db=db, path=path, settings=Settings(tmp_path / "laptop.ini"), actor=Actor("Claire")
    )
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    try:
        yield w
    finally:
        w.close()
        db.close()


def ctx_of(window: MainWindow) -> AppContext:
    return window._ctx


def small_caseload(db: sqlite_utils.Database) -> tuple[int, str]:
    """A validator in post with a few open cases (a short package)."""
    staff_id, name = db.conn.execute(
        "SELECT s.id, s.name FROM staff s JOIN cases c ON c.validator_id = s.id "
        "WHERE c.is_open = 1 AND (s.active_to IS NULL OR s.active_to = '') "
        "GROUP BY s.id HAVING count(*) >= 2 ORDER BY count(*), s.id LIMIT 1"
    ).fetchone()
    return int(staff_id), str(name)


def press_next(qtbot: Any, wizard: QWizard) -> None:
    """Click what the wizard offers to go on (Next, or the page's commit button)."""
    for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
        button = wizard.button(which)
        if button.isVisible():
            assert button.isEnabled(), f"{button.text()} is disabled on {wizard.currentId()}"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError("no Next or commit button")


def wait_page(qtbot: Any, wizard: QWizard, page_id: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page_id, timeout=JOB_TIMEOUT)


def check_out_by_wizard(
    qtbot: Any, window: MainWindow, files: dict[str, Path], staff_id: int, out: Path
) -> Any:
    from desktop.ui.dialogs.field_checkout_wizard import CheckoutWizard

    window.checkout_action.trigger()
    wizard = window.field_wizard
    assert isinstance(wizard, CheckoutWizard)
    qtbot.waitExposed(wizard)
    cases = wizard.cases
    cases.validator_combo.setCurrentIndex(cases.validator_combo.findData(staff_id))
    assert cases.caseload_radio.isChecked()
    name = cases.validator_name()
    assert cases.laptop_edit.text() == f"{name}'s laptop"
    assert cases.case_ids() == field_service.cases_of_validator(ctx_of(window).db, staff_id)
    press_next(qtbot, wizard)
    write = wizard.write
    assert wizard.currentPage() is write
    # The passphrase rules are said inline, and the commit button waits for them.
    qtbot.keyClicks(write.passphrase.first, "short")
    assert "At least 10 characters" in write.passphrase.hint.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    write.passphrase.first.clear()
    qtbot.keyClicks(write.passphrase.first, PASS)
    qtbot.keyClicks(write.passphrase.second, PASS + "x")
    assert write.passphrase.hint.text() == "The two entries differ."
    write.passphrase.second.setText(PASS)
    files["save"] = out.with_suffix("")  # the suffix is added
    qtbot.mouseClick(write.file_row.button, Qt.MouseButton.LeftButton)
    assert write.file_row.path() == out
    # By keyboard: Enter in the passphrase field presses the commit button ("Check out").
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Check out"
    write.passphrase.second.setFocus()
    qtbot.keyClick(write.passphrase.second, Qt.Key.Key_Return)
    wait_page(qtbot, wizard, wizard.RESULT)
    return wizard


def open_by_wizard(qtbot: Any, laptop: MainWindow, files: dict[str, Path], pkg: Path) -> Any:
    from desktop.ui.dialogs.field_open_wizard import OpenPackageWizard

    laptop.open_package_action.trigger()
    wizard = laptop.field_wizard
    assert isinstance(wizard, OpenPackageWizard)
    files["open"] = pkg
    qtbot.mouseClick(wizard.package.file_row.button, Qt.MouseButton.LeftButton)
    return wizard


def edit_summary(db: sqlite_utils.Database, case_id: int, text: str, who: str) -> None:
    c = case_service.case_detail(db, case_id).case
    data = case_service.CaseInput(
        operator_id=c["operator_id"],
        programme_id=c["programme_id"],
        kind=c["kind"],
        priority=c["priority"],
        validator_id=c["validator_id"],
        summary=text,
    )
    case_service.update_case(db, case_id, replace(data), Actor(who))


def case_id_of(db: sqlite_utils.Database, reference: str) -> int:
    return int(
        db.conn.execute("SELECT id FROM cases WHERE reference = ?", [reference]).fetchone()[0]
    )


# --- office: check out ------------------------------------------------------------------------


def test_check_out_marks_the_cases_and_says_where(
    qtbot: Any, qtmodeltester: Any, window: MainWindow, files: dict[str, Path], tmp_path: Path
) -> None:
    db = ctx_of(window).db
    staff_id, name = small_caseload(db)
    ids = field_service.cases_of_validator(db, staff_id)
    out = tmp_path / "out.aeopkg"
    wizard = check_out_by_wizard(qtbot, window, files, staff_id, out)

    assert out.is_file() and out.stat().st_size > 0
    text = wizard.result_page.summary.text()
    assert f"checked out to {name} ({name}'s laptop)" in text
    assert str(out) in text and "Size:" in text
    assert wizard.result_page.case_list.count() == len(ids)
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    # The case list: a Where column beside the reference, a lock and a tooltip.
    page = window.caseload
    window.open_case(ids[0])
    header = page.table.horizontalHeader()
    assert not header.isSectionHidden(CaseColumn.WHERE)
    assert header.visualIndex(CaseColumn.WHERE) == 1
    row = page.model.row_of(ids[0])
    assert row is not None
    where = page.model.index(row, CaseColumn.WHERE).data()
    assert where == f"On {name}'s laptop since 2026-06-15"
    reference = page.model.index(row, CaseColumn.REFERENCE)
    assert reference.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Read-only here" in reference.data(Qt.ItemDataRole.ToolTipRole)
    assert "where" not in page.export_columns()
    qtmodeltester.check(page.model, force_py=True)  # with the Where lookup on
    assert window.status_field.text().startswith(f"{len(ids)} case(s) out on field laptops")

    # The detail pane says where it is, and its editing buttons are off.
    detail = page.detail
    assert detail.field_banner.isVisible()
    assert f"checked out to {name}'s laptop" in detail.field_label.text()
    buttons = detail.action_buttons()
    assert not buttons["editCase"].isEnabled()
    assert not buttons["assign"].isEnabled()
    assert detail.release_button.isVisible()

    # Sorting by Where is not possible: the order stays as it was.
    before = page.model.query.sort_key
    header.sectionClicked.emit(CaseColumn.WHERE)
    header.setSortIndicator(CaseColumn.WHERE, Qt.SortOrder.AscendingOrder)
    assert page.model.query.sort_key == before
    assert header.sortIndicatorSection() != CaseColumn.WHERE


# --- the whole trip, with a conflict --------------------------------------------------------


def test_round_trip_with_a_forced_release_and_a_conflict(
    qtbot: Any, window: MainWindow, laptop: MainWindow, files: dict[str, Path], tmp_path: Path
) -> None:
    office_db, laptop_db = ctx_of(window).db, ctx_of(laptop).db
    staff_id, _name = small_caseload(office_db)
    ids = field_service.cases_of_validator(office_db, staff_id)
    pkg = tmp_path / "out.aeopkg"
    check_out_by_wizard(qtbot, window, files, staff_id, pkg).close()

    # The laptop: the header shows before the passphrase; a wrong one changes nothing.
    wizard = open_by_wizard(qtbot, laptop, files, pkg)
    shown = [label.text() for label in wizard.package.header_labels]
    assert ctx_of(window).actor.name in shown  # made by whom
    assert any(f"{len(ids)} case(s)" in t for t in shown)
    press_next(qtbot, wizard)
    page = wizard.open_page
    qtbot.keyClicks(page.passphrase.first, "not the passphrase")
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: "passphrase" in page.progress.status.text(), timeout=JOB_TIMEOUT)
    assert wizard.currentId() == wizard.OPEN
    assert laptop_db.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    page.passphrase.first.setText(PASS)
    press_next(qtbot, wizard)
    wait_page(qtbot, wizard, wizard.RESULT)
    assert wizard.result_page.case_list.count() == len(ids)
    wizard.close()
    assert laptop.caseload.shown_count() == len(ids)
    assert laptop.caseload.field_active

    # Work on the laptop; meanwhile the office forces a release and changes the same case.
    first_ref = office_db.conn.execute("SELECT reference FROM cases WHERE id = ?", [ids[0]])
    reference = first_ref.fetchone()[0]
    on_laptop = case_id_of(laptop_db, reference)
    edit_summary(laptop_db, on_laptop, "Seen on site: seals logged.", "Claire")
    laptop.update_field_state()
    assert "1 with changes not returned" in laptop.status_field.text()
    laptop.open_case(on_laptop)
    assert "2 change(s) not returned yet" in laptop.caseload.detail.field_label.text()
    assert laptop.caseload.detail.action_buttons()["editCase"].isEnabled()  # a copy to work on
    model = laptop.caseload.model
    laptop.caseload.refresh_after_change()
    row = model.row_of(on_laptop)
    # Two rows changed: the case and the event that records the edit.
    assert model.index(row, CaseColumn.WHERE).data() == "2 change(s) not returned"

    window.open_case(ids[0])
    dialog = window.caseload.request_force_release(ids[0])
    assert not dialog.release_button.isEnabled()  # a reason is required
    assert "conflicts" in dialog.findChild(type(dialog.status), "forceReleaseExplain").text()
    qtbot.keyClicks(dialog.reason_edit, "Operator called: urgent answer")
    assert dialog.release_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=JOB_TIMEOUT):
        qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    field_service.require_editable(office_db, ids[0])  # editable at the office again
    edit_summary(office_db, ids[0], "Office: documents received.", "Test Manager")

    # The laptop returns everything.
    from desktop.ui.dialogs.field_return_wizard import ReturnWizard

    laptop.return_action.trigger()
    ret_wizard = laptop.field_wizard
    assert isinstance(ret_wizard, ReturnWizard)
    assert len(ret_wizard.copies_page.chosen()) == len(ids)  # all ticked
    press_next(qtbot, ret_wizard)
    write = ret_wizard.write
    write.passphrase.first.setText(PASS)
    write.passphrase.second.setText(PASS)
    ret = tmp_path / "return.aeopkg"
    files["save"] = ret
    qtbot.mouseClick(write.file_row.button, Qt.MouseButton.LeftButton)
    press_next(qtbot, ret_wizard)
    wait_page(qtbot, ret_wizard, ret_wizard.RESULT)
    assert ret.is_file()
    assert "Return package #1" in ret_wizard.result_page.summary.text()
    ret_wizard.close()

    # The office checks it in: the conflicts are shown side by side and decided.
    from desktop.ui.dialogs.field_checkin_wizard import CheckinWizard

    window.checkin_action.trigger()
    ci = window.field_wizard
    assert isinstance(ci, CheckinWizard)
    files["open"] = ret
    qtbot.mouseClick(ci.package.file_row.button, Qt.MouseButton.LeftButton)
    assert any("Return package" in label.text() for label in ci.package.header_labels)
    press_next(qtbot, ci)
    ci.preview.passphrase.first.setText(PASS)
    press_next(qtbot, ci)
    wait_page(qtbot, ci, ci.CONFLICTS)
    conflicts = ci.conflicts
    plan = conflicts.plan
    assert plan is not None
    assert [c.reference for c in plan.case_conflicts] == [reference]
    assert "released the case by force" in plan.case_conflicts[0].reason
    case_rows = [r for r in plan.row_conflicts if r.table == "cases"]
    assert len(case_rows) == 1
    assert not ci.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing decided yet

    conflicts.case_tree.setCurrentItem(conflicts.case_tree.topLevelItem(0))
    assert conflicts.merge_radio.isEnabled()
    qtbot.mouseClick(conflicts.merge_radio, Qt.MouseButton.LeftButton)
    for i in range(conflicts.row_tree.topLevelItemCount()):
        item = conflicts.row_tree.topLevelItem(i)
        conflicts.row_tree.setCurrentItem(item)
        if item.data(0, Qt.ItemDataRole.UserRole) == case_rows[0].key:
            break
    # Office | Laptop, field by field; the summary differs and is highlighted.
    table = conflicts.field_table
    fields = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    summary_row = fields["Summary"]
    assert table.item(summary_row, 1).text() == "Office: documents received."
    assert table.item(summary_row, 2).text() == "Seen on site: seals logged."
    assert table.item(summary_row, 1).font().bold()
    assert "Summary" in conflicts.row_title.text()
    qtbot.mouseClick(conflicts.laptop_radio, Qt.MouseButton.LeftButton)
    assert conflicts.decisions[case_rows[0].key] == "laptop"
    conflicts.decide_all("office")  # the other rows (if any) keep the office's version
    conflicts.decide(case_rows[0].key, "laptop")
    assert conflicts.isComplete()
    press_next(qtbot, ci)
    assert ci.currentId() == ci.APPLY
    assert "1 merged" in ci.apply.summary.text()
    press_next(qtbot, ci)
    wait_page(qtbot, ci, ci.SUMMARY)
    assert "conflict(s) decided" in ci.summary.summary.text()
    ci.close()

    summary = case_service.case_detail(office_db, ids[0]).case["summary"]
    assert summary == "Seen on site: seals logged."
    for case_id in ids:
        field_service.require_editable(office_db, case_id)  # all back, all editable
    assert not field_service.checkouts(office_db)


def test_a_wrong_passphrase_at_check_in_changes_nothing(
    qtbot: Any, window: MainWindow, laptop: MainWindow, files: dict[str, Path], tmp_path: Path
) -> None:
    office_db, laptop_db = ctx_of(window).db, ctx_of(laptop).db
    staff_id, _name = small_caseload(office_db)
    ids = field_service.cases_of_validator(office_db, staff_id)
    pkg, ret = tmp_path / "out.aeopkg", tmp_path / "ret.aeopkg"
    field_service.check_out(
        office_db, ids, validator_id=staff_id, laptop="LAP-1", out_path=pkg, passphrase=PASS,
        actor=Actor("Test Manager"),
    )  # fmt: skip
    field_service.open_package(laptop_db, pkg, PASS, Actor("Claire"))
    field_service.return_cases(laptop_db, ret, PASS, Actor("Claire"))

    window.checkin_action.trigger()
    ci = window.field_wizard
    files["open"] = pkg  # a check-out package is refused here, before any passphrase
    qtbot.mouseClick(ci.package.file_row.button, Qt.MouseButton.LeftButton)
    assert "check-out package" in ci.package.note.text()
    assert not ci.button(QWizard.WizardButton.NextButton).isEnabled()
    files["open"] = ret
    qtbot.mouseClick(ci.package.file_row.button, Qt.MouseButton.LeftButton)
    press_next(qtbot, ci)
    ci.preview.passphrase.first.setText("wrong wrong wrong")
    press_next(qtbot, ci)
    qtbot.waitUntil(lambda: "passphrase" in ci.preview.progress.status.text(), timeout=JOB_TIMEOUT)
    assert ci.currentId() == ci.PREVIEW
    assert len(field_service.checkouts(office_db)) == 1  # still out
    ci.preview.passphrase.first.setText(PASS)
    press_next(qtbot, ci)
    wait_page(qtbot, ci, ci.APPLY)  # no conflicts: straight to the check-in
    press_next(qtbot, ci)
    wait_page(qtbot, ci, ci.SUMMARY)
    assert not field_service.checkouts(office_db)
    ci.close()


# --- the laptop: the close reminder -----------------------------------------------------------


def test_closing_the_laptop_with_unreturned_changes_asks_first(
    qtbot: Any,
    window: MainWindow,
    laptop: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office_db, laptop_db = ctx_of(window).db, ctx_of(laptop).db
    staff_id, _name = small_caseload(office_db)
    ids = field_service.cases_of_validator(office_db, staff_id)
    pkg = tmp_path / "out.aeopkg"
    field_service.check_out(
        office_db, ids, validator_id=staff_id, laptop="LAP-1", out_path=pkg, passphrase=PASS,
        actor=Actor("Test Manager"),
    )  # fmt: skip
    opened = field_service.open_package(laptop_db, pkg, PASS, Actor("Claire"))
    edit_summary(laptop_db, case_id_of(laptop_db, opened.references[0]), "Changed", "Claire")
    laptop.update_field_state()  # as the Open package wizard does
    assert laptop.status_field.text().startswith(f"{len(ids)} field copies, 1 with changes")

    asked: list[str] = []
    answer = {"name": "cancelClose"}

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.objectName() == answer["name"])
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    set_quiet(False)
    try:
        assert not laptop.close()  # Cancel: the window stays
        assert asked == ["1 case(s) have changes not yet returned to the office."]
        assert laptop.isVisible()
        answer["name"] = "returnCases"
        assert not laptop.close()  # Return cases…: the wizard opens instead
        wizard = laptop.field_wizard
        assert wizard.objectName() == "returnWizard" and wizard.isVisible()
        wizard.close()
        answer["name"] = "closeAnyway"
        assert laptop.close()
    finally:
        set_quiet(True)
    assert len(asked) == 3


def test_the_lock_triggers_message_is_plain(qtbot: Any) -> None:
    exc = sqlite3.IntegrityError(migrations.FIELD_LOCK_MESSAGE)
    box = message_box(None, exc)
    qtbot.addWidget(box)
    assert box.windowTitle() == "Not possible"
    assert "out on a field laptop" in box.text()
    assert box.detailedText() == ""


def test_the_wizards_name_every_input(qtbot: Any, window: MainWindow) -> None:
    """Screen readers and keyboard users: every input has an accessible name, and the
    File menu holds the field-laptop entries with their shortcuts."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QProgressBar,
    )

    from desktop.ui.dialogs.field_checkin_wizard import CheckinWizard
    from desktop.ui.dialogs.field_checkout_wizard import CheckoutWizard
    from desktop.ui.dialogs.field_open_wizard import OpenPackageWizard
    from desktop.ui.dialogs.field_release_dialog import ForceReleaseDialog
    from desktop.ui.dialogs.field_return_wizard import ReturnWizard

    ctx = ctx_of(window)
    dialogs = [
        CheckoutWizard(None, ctx),
        OpenPackageWizard(None, ctx),
        ReturnWizard(None, ctx, copies=[]),
        CheckinWizard(None, ctx),
        ForceReleaseDialog(None, ctx, 1, "AEO-1", ""),
    ]
    kinds = (QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QProgressBar)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        for kind in kinds:
            for w in dialog.findChildren(kind):
                if isinstance(w, QHeaderView) or isinstance(w.parent().parent(), QComboBox):
                    continue  # a view's header, a combo's own popup list
                assert w.accessibleName(), f"{type(dialog).__name__}: {w.objectName()}"
    shortcuts = {a.text(): a.shortcut().toString() for a in window.field_menu.actions() if a.text()}
    assert shortcuts["Check &out cases…"] == "Ctrl+Shift+O"
    assert shortcuts["Check &in package…"] == "Ctrl+Shift+I"
    assert shortcuts["O&pen package…"] == "Ctrl+Shift+P"
    assert shortcuts["&Return cases…"] == "Ctrl+Shift+R"


def test_the_default_laptop_name_is_shown_translated_and_stored_in_english(
    qtbot: Any, window: MainWindow
) -> None:
    """A French officer sees "Le portable de …"; what is stored is the one English form, so an
    English reader later sees "… 's laptop", not "… 's laptop (Portable de …)"."""
    from desktop.domain import i18n
    from desktop.services import field_locks
    from desktop.ui.dialogs.field_checkout_wizard import CheckoutWizard

    staff_id, name = small_caseload(ctx_of(window).db)
    i18n.set_language("fr")
    try:
        window.checkout_action.trigger()
        wizard = window.field_wizard
        assert isinstance(wizard, CheckoutWizard)
        cases = wizard.cases
        cases.validator_combo.setCurrentIndex(cases.validator_combo.findData(staff_id))
        shown = cases.laptop_edit.text()
        assert shown == f"Le portable de {name}"
        assert cases.laptop() == f"{name}'s laptop"
        cases.laptop_edit.setText("LAP-0427")  # a name someone typed is kept as typed
        assert cases.laptop() == "LAP-0427"
        assert field_locks.laptop_name(name, f"{name}'s laptop") == f"le portable de {name}"
        wizard.reject()
    finally:
        i18n.set_language("en")
    assert field_locks.laptop_name(name, f"{name}'s laptop") == f"{name}'s laptop"
