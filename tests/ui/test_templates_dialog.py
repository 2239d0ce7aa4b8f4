"""The administrator's template dialog: export to Excel, import a new version, retire."""

from pathlib import Path

from openpyxl import load_workbook

from desktop.services import templates
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow


def test_export_edit_import_and_retire(qtbot, window: MainWindow, ui_ctx, tmp_path: Path) -> None:
    set_quiet(True)
    window.show_page(MainWindow.AUDITS)
    dialog = window.audits.request_templates()
    before = dialog.model.rowCount()
    assert before >= 2
    row = next(r for r in dialog.model.rows() if r["code"] == "WCO-SAFE-T1-MSME")
    out = tmp_path / "t1.xlsx"
    assert dialog.export_to(row["id"], out)
    wb = load_workbook(out)
    sheet = wb["Template"]
    version_row = next(r for r in sheet.iter_rows() if r[0].value == "Version")
    version_row[1].value = "2026.2"
    wb.save(out)
    new_id = dialog.import_file(out)
    assert new_id is not None
    assert dialog.model.rowCount() == before + 1
    assert templates.template(ui_ctx.db, new_id).version == "2026.2"
    # A broken file is refused and changes nothing.
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert dialog.import_file(bad) is None
    assert dialog.model.rowCount() == before + 1
    # Retire the new version: no longer offered for new audits.
    dialog.view.selectRow(dialog.model.row_of(new_id))
    dialog._on_retire_clicked()
    retired = {r["id"]: r["is_retired"] for r in templates.list_templates(ui_ctx.db)}
    assert retired[new_id] == 1
    assert new_id not in {
        t["id"] for t in templates.list_templates(ui_ctx.db, include_retired=False)
    }
