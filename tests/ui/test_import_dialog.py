"""The import dialog (dry run, problems by row and column, import all at once, template
download) and the self-assessment export/import functions of the case detail pane."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db.repositories.common import scalar
from desktop.services import self_assessment
from desktop.services.imports import ImportResult
from desktop.ui.context import AppContext
from desktop.ui.dialogs import self_assessment_dialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.errors import set_quiet

HEADER = ["Name", "EORI", "Headcount", "Turnover (EUR)", "Roles"]


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    return path


def cell(model: Any, row: int, column: int) -> str:
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


@pytest.fixture
def dialog(qtbot: Any, ui_ctx: AppContext) -> ImportDialog:
    set_quiet(True)
    d = ImportDialog(None, ui_ctx, "operators")
    qtbot.addWidget(d)
    d.show()
    return d


def _close_messages() -> list[str]:
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.objectName() == "selfAssessmentMessage":
            texts.append(w.text())
            w.close()
    return texts


def test_dry_run_shows_problems_then_imports_everything_at_once(
    qtbot: Any, dialog: ImportDialog, ui_ctx: AppContext, tmp_path: Path
) -> None:
    before = scalar(ui_ctx.db, "SELECT count(*) FROM operators")
    assert not dialog.import_button.isEnabled()
    bad = write_csv(
        tmp_path / "bad.csv",
        [
            ["Atelier Nord", "FR90000000001", 8, "1.2M", "importer"],
            ["Broken", "FR9", "many", "", ""],
        ],
    )
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.set_file(bad)
    assert not dialog.import_button.isEnabled()
    assert dialog.error_model.rowCount() == 1
    assert [cell(dialog.error_model, 0, c) for c in range(3)] == [
        "3",
        "Headcount",
        "'many' is not a whole number.",
    ]
    assert "1 to add, 0 to update, 0 unchanged." in dialog.summary_label.text()
    assert dialog.tabs.currentIndex() == 0
    good = write_csv(
        tmp_path / "good.csv",
        [["Atelier Nord", "FR90000000001", 8, "1.2M", "importer"], ["Fixed", "FR9", "12", "", ""]],
    )
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.set_file(good)
    assert dialog.error_model.rowCount() == 0
    assert dialog.row_model.rowCount() == 2
    assert cell(dialog.row_model, 0, 1) == "Add"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result: ImportResult = blocker.args[0]
    assert (result.added, result.updated, result.skipped) == (2, 0, 0)
    assert "Imported: 2 added" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert scalar(ui_ctx.db, "SELECT count(*) FROM operators") == before + 2
    # The same file again: nothing to change, so nothing to import.
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.set_file(good)
    assert "Nothing to change" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_choose_file_and_download_template(
    qtbot: Any, dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "template"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "template.xlsx"
    assert load_workbook(saved).sheetnames == ["Operators", "Example", "Read me"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    with qtbot.waitSignal(dialog.planned, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(saved)
    assert [str(e) for e in blocker.args[0].errors] == [
        "File: template.xlsx has a header row but no rows to import."
    ]
    assert not dialog.import_button.isEnabled()


def test_self_assessment_export_and_import_from_the_case(
    qtbot: Any, ui_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_quiet(True)
    case_id, other_case = (
        r[0] for r in ui_ctx.db.conn.execute("SELECT id FROM cases ORDER BY id LIMIT 2")
    )
    path = tmp_path / "sa"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    exported: list[tuple[Path, int]] = []
    signals = self_assessment_dialog.export_self_assessment(
        None, ui_ctx, case_id, on_done=lambda p, n: exported.append((p, n))
    )
    assert signals is not None
    qtbot.waitUntil(lambda: bool(exported), timeout=10_000)
    written, questions = exported[0]
    assert written == tmp_path / "sa.xlsx" and questions > 0
    assert any("Send it to the operator" in t for t in _close_messages())

    wb = load_workbook(written)
    ws = wb[self_assessment.SHEET_ANSWERS]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, self_assessment.ANSWER_COLUMN).value = "Yes"
    wb.save(written)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    # Imported from another case's pane: refused with the reason, nothing stored.
    failures: list[BaseException] = []
    monkeypatch.setattr(
        self_assessment_dialog, "show_error", lambda _parent, exc: failures.append(exc)
    )
    assert self_assessment_dialog.import_self_assessment(None, ui_ctx, other_case) is not None
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert "not of case" in str(failures[0])
    assert self_assessment.answers_for_case(ui_ctx.db, other_case) == {}
    # From its own case: imported; the second time, a polite note.
    imported: list[int] = []
    self_assessment_dialog.import_self_assessment(None, ui_ctx, case_id, on_done=imported.append)
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)
    assert len(self_assessment.answers_for_case(ui_ctx.db, case_id)) == questions
    assert any("is imported" in t for t in _close_messages())
    signals = self_assessment_dialog.import_self_assessment(None, ui_ctx, case_id)
    assert signals is not None
    qtbot.waitUntil(lambda: any("already imported" in t for t in _close_messages()), timeout=10_000)
    # Cancelling the file dialog does nothing.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert self_assessment_dialog.import_self_assessment(None, ui_ctx, case_id) is None
