"""Save an audit report from the GUI: the data and the .xlsx on the worker, the PDF (Qt
painting) on the UI thread once the data is in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.services import audit_report
from desktop.ui.context import AppContext
from desktop.ui.workers import run_in_background


def export_audit_report(parent: QWidget, ctx: AppContext, audit_id: int, path: Path) -> Any:
    def op(db: Any) -> Any:
        data = audit_report.report_data(db, audit_id)
        if path.suffix.lower() == ".xlsx":
            audit_report.write_xlsx(data, path)
        return data

    def done(data: Any) -> None:
        if path.suffix.lower() == ".pdf":
            from desktop.ui.reports.audit_pdf import write_pdf

            write_pdf(data, path)
        parent.window().statusBar().showMessage(  # type: ignore[attr-defined]
            parent.tr("Report saved to %1").replace("%1", str(path)), 8000
        )

    return run_in_background(
        parent,
        op=op,
        on_success=done,
        progress_label=parent.tr("Writing the audit report…"),
        db_path=ctx.path,
    )
