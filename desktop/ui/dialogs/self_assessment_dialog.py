"""The operator's self-assessment from the case detail pane: export the workbook for the
operator to fill in, import it when it comes back. ``desktop.services.self_assessment`` does
the work, Qt-free; these functions ask for the file and say what happened."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services import self_assessment
from desktop.services.self_assessment import AlreadyImportedError
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.workers import WorkerSignals, run_in_background

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelfAssessment", text)


def _folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A non-blocking message (it closes itself); returned so tests can read it."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setObjectName("selfAssessmentMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if parent is None:  # nothing else keeps a parentless box alive until it is closed
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


_open_boxes: set[QMessageBox] = set()


def export_self_assessment(
    parent: QWidget | None,
    ctx: AppContext,
    case_id: int,
    *,
    on_done: Callable[[Path, int], None] | None = None,
) -> WorkerSignals | None:
    """Ask where to save the case's self-assessment workbook and write it (on the writer
    thread: the workbook is recorded with the case). ``None`` when the user cancels."""
    reference = self_assessment.case_reference(ctx.db, case_id)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", reference).strip("-") or f"case-{case_id}"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Export the self-assessment workbook"),
        str(_folder() / f"self-assessment-{safe}.xlsx"),
        _tr("Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    actor = ctx.actor

    def done(questions: int) -> None:
        _inform(
            parent,
            _tr("Self-assessment"),
            _tr(
                "The workbook for case %1 is saved (%2 questions):\n%3\n\nSend it to the "
                "operator. When it comes back filled in, import it from the case."
            )
            .replace("%1", reference)
            .replace("%2", str(questions))
            .replace("%3", str(path)),
        )
        if on_done is not None:
            on_done(path, questions)

    return run_in_background(
        parent,
        op=lambda db: self_assessment.export_workbook(db, case_id, path, actor),
        on_success=done,
        db_path=ctx.path,
        progress_label=_tr("Writing %1…").replace("%1", path.name),
    )


def import_self_assessment(
    parent: QWidget | None,
    ctx: AppContext,
    case_id: int,
    *,
    on_done: Callable[[int], None] | None = None,
) -> WorkerSignals | None:
    """Ask for the filled-in workbook of case ``case_id`` and import its answers. A refusal
    (another case's file, a changed structure, an invalid answer) is shown with its reason.
    ``None`` when the user cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import the operator's self-assessment"),
        str(_folder()),
        _tr("Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    actor = ctx.actor

    def op(db: sqlite_utils.Database) -> tuple[int, int]:
        sa_id = self_assessment.import_workbook(db, path, actor, case_id=case_id)
        return sa_id, len(self_assessment.answers_for_case(db, case_id))

    def done(result: tuple[int, int]) -> None:
        sa_id, answered = result
        _inform(
            parent,
            _tr("Self-assessment"),
            _tr(
                "The operator's self-assessment is imported (%1 answers). It is shown beside "
                "the validator's answers in the audit checklist."
            ).replace("%1", str(answered)),
        )
        if on_done is not None:
            on_done(sa_id)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, AlreadyImportedError):
            _inform(parent, _tr("Self-assessment"), str(exc))
            return
        show_error(parent, exc)

    return run_in_background(
        parent,
        op=op,
        on_success=done,
        on_failure=failed,
        db_path=ctx.path,
        progress_label=_tr("Importing %1…").replace("%1", path.name),
    )
