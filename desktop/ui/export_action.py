"""Export a list from the GUI: ask where to save it, then write it on the worker with a
progress dialog (``desktop.services.list_exports`` does the work, Qt-free)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from db.errors import SQL_ERRORS
from desktop.services import list_exports
from desktop.services.database import classify_storage_error, connect_worker
from desktop.ui.context import AppContext
from desktop.ui.workers import WorkerSignals, run_in_background

logger = logging.getLogger(__name__)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ExportAction", text, None, n)


@contextmanager
def _storage_errors(db_path: Path) -> Iterator[None]:
    """SQLite failures the user can act on (locked, unreadable...) as known errors."""
    try:
        yield
    except SQL_ERRORS as exc:
        known = classify_storage_error(exc, str(db_path))
        if known is None:
            raise
        raise known from exc


def _suggested(default_name: str) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    name = default_name if default_name.lower().endswith(".xlsx") else f"{default_name}.xlsx"
    return folder / name


def ask_path(parent: QWidget, default_name: str) -> Path | None:
    """Ask where to save an .xlsx file; ``None`` when the user cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Export to Excel"),
        str(_suggested(default_name)),
        _tr("Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def export_list(
    parent: QWidget,
    ctx: AppContext,
    kind: str,
    default_name: str,
    *,
    query: Any = None,
    columns: Sequence[str] | None = None,
    on_done: Callable[[Path, int], None] | None = None,
) -> WorkerSignals | None:
    """Ask for a file, then export list ``kind`` (a key of ``list_exports.KINDS``) there on
    the worker, with a progress dialog. ``query`` and ``columns`` say what the list shows.
    Returns the job's signals (``finished`` carries the number of rows), or ``None`` when the
    user cancelled. Failures (disk full, no permission...) are shown with ``show_error``."""
    export = list_exports.KINDS[kind]
    path = ask_path(parent, default_name)
    if path is None:
        return None
    db_path = ctx.path
    wanted = list(columns) if columns is not None else None

    def op(report: Callable[[int, int, str], None]) -> int:
        def progress(done: int, total: int) -> None:
            label = _tr("%1 of %2 rows").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            report(done, total, label)

        # The job opens its own connection: run_in_background hands the progress callback
        # only to jobs that do not ask it for one.
        with _storage_errors(db_path):
            db = connect_worker(db_path)
            try:
                return export(db, path, query=query, columns=wanted, progress=progress)
            finally:
                db.close()

    def done(rows: int) -> None:
        logger.info("exported %s: %d rows", kind, rows)
        window = parent.window()
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(
                _tr("%n row(s) exported to %1", rows).replace("%1", str(path)), 8000
            )
        if on_done is not None:
            on_done(path, rows)

    return run_in_background(
        parent,
        op=op,
        on_success=done,
        progress_label=_tr("Exporting to %1…").replace("%1", path.name),
        reader=True,  # a long read: the reader thread, beside any writer (WAL)
    )
