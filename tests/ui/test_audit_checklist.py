"""The checklist screen by keyboard: answer, severity, note, evidence, finalise, locked."""

import hashlib
import struct
import zlib
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.domain.checklists import Result
from desktop.services import audit_service, clock
from desktop.services.audit_service import AuditPlan
from desktop.ui.main_window import MainWindow


def _png(path: Path) -> Path:
    raw = b"".join(b"\x00" + bytes([200, 30, 30]) * 8 for _ in range(8))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def audit_window(qtbot, window: MainWindow, ui_ctx):
    """A planned audit on the small Tier 1 / MSME checklist, open on the checklist screen."""
    db = ui_ctx.db
    case_id, lead = db.conn.execute(
        "SELECT c.id, c.validator_id FROM cases c JOIN programmes p ON p.id = c.programme_id "
        "WHERE c.state = 'under_examination' AND p.code = 'MSME' AND c.validator_id IS NOT NULL "
        "LIMIT 1"
    ).fetchone()
    today = clock.today()
    audit_id = audit_service.plan_audit(
        db, AuditPlan(case_id, today, today + timedelta(days=1), lead, ("Site 1",)), ui_ctx.actor
    )
    window.show_page(MainWindow.AUDITS)
    window.audits.open_audit(audit_id)
    page = window.audits.checklist
    page.tree.setFocus()
    qtbot.waitUntil(lambda: page.tree.hasFocus())
    return window, page, audit_id, case_id


def _stored(db, audit_id):
    return {
        item_id: (result, severity, note)
        for item_id, result, severity, note in db.conn.execute(
            "SELECT item_id, result, severity, note FROM audit_answers WHERE audit_id = ?",
            [audit_id],
        )
    }


def test_keyboard_only_answers_are_committed_as_given(qtbot, audit_window, ui_ctx) -> None:
    _window, page, audit_id, _case = audit_window
    first = page.current_item_id()
    assert first is not None
    qtbot.keyClick(page.tree, Qt.Key.Key_1)  # met -> saved, and on to the next item
    assert _stored(ui_ctx.db, audit_id)[first][0] == "met"
    second = page.current_item_id()
    assert second != first
    qtbot.keyClick(page.tree, Qt.Key.Key_3)  # not met: stays for severity and note
    assert page.current_item_id() == second
    assert _stored(ui_ctx.db, audit_id)[second][:2] == ("not_met", "major")
    qtbot.keyClick(page.tree, Qt.Key.Key_9)  # critical
    assert _stored(ui_ctx.db, audit_id)[second][1] == "critical"
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # write a note
    assert page.note_edit.hasFocus()
    qtbot.keyClicks(page.note_edit, "No seal log 2")  # a "2" in a note is text, not an answer
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Escape)  # saves, back to the list
    assert page.tree.hasFocus()
    assert _stored(ui_ctx.db, audit_id)[second] == ("not_met", "critical", "No seal log 2")
    status = ui_ctx.db.conn.execute("SELECT status FROM audits WHERE id = ?", [audit_id]).fetchone()
    assert status[0] == "in_progress"
    # A finding follows the shortfall, with its severity.
    finding = ui_ctx.db.conn.execute(
        "SELECT severity FROM findings WHERE audit_id = ? AND item_id = ?", [audit_id, second]
    ).fetchone()
    assert finding == ("critical",)
    qtbot.keyClick(page.tree, Qt.Key.Key_N)  # next unanswered
    assert page.current_item_id() not in (first, second)
    assert "2 of" in page.progress.text()


def test_filter_and_position_survive_a_reopen(qtbot, audit_window, ui_ctx) -> None:
    window, page, audit_id, _case = audit_window
    qtbot.keyClick(page.tree, Qt.Key.Key_2)  # partially met, stays
    shortfall = page.current_item_id()
    page.filter_combo.setCurrentIndex(2)  # shortfalls only
    visible = [i for i, leaf in page._tree_items.items() if not leaf.isHidden()]
    assert visible == [shortfall]
    page._save_position()
    again = type(page)(window.audits.checklist._ctx)
    qtbot.addWidget(again)
    again.open_audit(audit_id)
    assert again.current_item_id() == shortfall  # reopens where the validator was


def test_attach_finalise_then_editing_is_refused(
    qtbot, audit_window, ui_ctx, tmp_path, monkeypatch
) -> None:
    _window, page, audit_id, case_id = audit_window
    photo = _png(tmp_path / "seal.png")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], ""))
    )
    qtbot.keyClick(page.tree, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert page.evidence_list.count() == 1
    assert not page.evidence_list.item(0).icon().isNull()
    sha = ui_ctx.db.conn.execute("SELECT sha256 FROM audit_evidence WHERE audit_id = ?", [audit_id])
    assert sha.fetchone()[0] == hashlib.sha256(photo.read_bytes()).hexdigest()
    # Answer everything met by keyboard: "1" moves on by itself.
    total = len(page.data.items)
    for _ in range(total):
        qtbot.keyClick(page.tree, Qt.Key.Key_1)
    assert all(r[0] == "met" for r in _stored(ui_ctx.db, audit_id).values())
    assert len(_stored(ui_ctx.db, audit_id)) == total
    assert page.finalise()
    row = ui_ctx.db.conn.execute(
        "SELECT status, outcome, score FROM audits WHERE id = ?", [audit_id]
    ).fetchone()
    assert row == ("finalised", "met", 100.0)
    state = ui_ctx.db.conn.execute("SELECT state FROM cases WHERE id = ?", [case_id]).fetchone()
    assert state == ("audit_done",)
    assert page.lock_banner.isVisible()
    assert not page.result_buttons[Result.NOT_MET].isEnabled()
    before = _stored(ui_ctx.db, audit_id)
    assert not page.answer(Result.NOT_MET)  # refused: locked
    assert _stored(ui_ctx.db, audit_id) == before
    assert page.reopen("Operator produced a new seal register")
    assert not page.lock_banner.isVisible()
    assert page.result_buttons[Result.NOT_MET].isEnabled()


def test_plan_audit_from_the_caseload(qtbot, window: MainWindow, ui_ctx) -> None:
    page = window.caseload
    bar = page.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("under_examination"))
    page.table.selectRow(0)
    case_id = page.current_case_id()
    assert "planAudit" in page.detail.action_buttons()
    dialog = page.request_plan_audit(case_id)
    dialog.sites_edit.setPlainText("")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Sites" in dialog.error_label.text()
    dialog.sites_edit.setPlainText("Warehouse, 3 rue du Port\nOffice, 1 place de la Gare")
    with qtbot.waitSignal(page.audit_planned, timeout=3000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    audit = ui_ctx.db.conn.execute(
        "SELECT status, sites FROM audits WHERE case_id = ?", [case_id]
    ).fetchone()
    assert audit[0] == "planned" and "Office, 1 place de la Gare" in audit[1]
    state = ui_ctx.db.conn.execute("SELECT state FROM cases WHERE id = ?", [case_id]).fetchone()
    assert state == ("audit_scheduled",)
    window.show_page(MainWindow.AUDITS)
    refs = [r["case_id"] for r in window.audits.audit_model.rows()]
    assert case_id in refs


def test_audit_list_model_passes_qtmodeltester(qtmodeltester, audit_window) -> None:
    window, page, _audit_id, _ = audit_window
    page.back_requested.emit()
    model = window.audits.audit_model
    assert model.rowCount() >= 1
    qtmodeltester.check(model, force_py=True)


def test_the_operators_self_assessment_shows_beside_each_item(
    qtbot, audit_window, ui_ctx, tmp_path
) -> None:
    from openpyxl import load_workbook

    from desktop.services import self_assessment

    _window, page, _audit_id, case_id = audit_window
    path = tmp_path / "self-assessment.xlsx"
    self_assessment.export_workbook(ui_ctx.db, case_id, path, ui_ctx.actor)
    wb = load_workbook(path)
    ws = wb["Self-assessment"]
    header = [c.value for c in ws[1]]
    answer_col = header.index("Answer") + 1
    comment_col = header.index("Comment") + 1
    ws.cell(row=2, column=answer_col, value="Partly")
    ws.cell(row=2, column=comment_col, value="We keep a paper seal log")
    wb.save(path)
    self_assessment.import_workbook(ui_ctx.db, path, ui_ctx.actor, case_id=case_id)
    page.reload()
    first = page.data.ordered_ids()[0]
    page.select_item(first)
    assert page.operator_answer.isVisibleTo(page)
    assert "Partly" in page.operator_answer.text()
    assert "paper seal log" in page.operator_answer.text()
    page.select_item(page.data.ordered_ids()[1])
    assert not page.operator_answer.isVisibleTo(page)
