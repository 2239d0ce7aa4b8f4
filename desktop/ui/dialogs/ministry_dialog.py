"""The ministry workbook dialog: pick a period and a file (and whether staff are named by
code), watch the progress bar.

The figures and the file are made on a worker (``run_in_background`` in its ``op(report)``
form, which gives a progress callback); the worker opens its own connection to the database
file with :func:`desktop.services.database.connect_worker`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import SQL_ERRORS
from desktop.domain.errors import DomainError
from desktop.services import clock, ministry_report
from desktop.services.database import classify_storage_error, connect_worker
from desktop.services.ministry_report import last_month, last_quarter, this_year
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.workers import WorkerSignals, run_in_background


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class MinistryDialog(QDialog):
    """Make the ministry workbook for a period. ``written`` carries the file once it is
    complete."""

    written = Signal(Path)

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setObjectName("ministryDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Ministry workbook"))
        self._ctx = ctx
        self._running = False
        self._auto_name = True  # the file name follows the period until the user picks one
        self.last_job: WorkerSignals | None = None
        self.last_counts: dict[str, int] | None = None
        today = clock.today()

        intro = QLabel(
            self.tr(
                "The unit's figures for a period, in the fixed layout the ministry receives: "
                "operators, applications, processing times, audits, corrective actions, "
                "contact coverage and staff training. Flows count what happened in the "
                "period; states are taken at its last day."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("ministryFrom")
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("ministryTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(_qdate(today))
            edit.dateChanged.connect(self._on_period_changed)

        quick = QHBoxLayout()
        self.quick_buttons: dict[str, QPushButton] = {}
        presets: tuple[tuple[str, str, Callable[[date], tuple[date, date]]], ...] = (
            ("last_month", self.tr("Last &month"), last_month),
            ("last_quarter", self.tr("Last &quarter"), last_quarter),
            ("this_year", self.tr("This &year"), this_year),
        )
        for key, label, fn in presets:
            button = QPushButton(label, self)
            button.setObjectName(f"ministry_{key}")
            button.clicked.connect(lambda _=False, fn=fn: self.set_period(*fn(clock.today())))
            quick.addWidget(button)
            self.quick_buttons[key] = button
        quick.addStretch(1)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("ministryPath")
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.setObjectName("ministryBrowse")
        self.browse_button.setToolTip(self.tr("Choose where to save the workbook"))
        self.browse_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.staff_codes_check = QCheckBox(self.tr("Replace staff names with codes"), self)
        self.staff_codes_check.setObjectName("ministryStaffCodes")
        self.staff_codes_check.setToolTip(
            self.tr(
                "Name each staff member by a code (ST-…) instead of their name. A person keeps "
                "the same code in every workbook of this unit."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        form.addRow("", quick)
        path_label = QLabel(self.tr("&Save as:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        form.addRow("", self.staff_codes_check)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("ministryProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("ministryStatus")
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create &workbook"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("ministryCreate")
        self.create_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.buttons.accepted.connect(self.request_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self.set_period(*last_month(today))

    # --- period and file ---------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return _date(self.from_edit.date()), _date(self.to_edit.date())

    def set_period(self, period_from: date, period_to: date) -> None:
        self.from_edit.setDate(_qdate(period_from))
        self.to_edit.setDate(_qdate(period_to))

    def _default_folder(self) -> Path:
        current = self.path_edit.text().strip()
        if current:
            return Path(current).parent
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def default_path(self) -> Path:
        return self._default_folder() / ministry_report.default_file_name(*self.period())

    @Slot()
    def _on_period_changed(self) -> None:
        if self._auto_name and self.path_edit.text().strip():
            self.path_edit.setText(str(self.default_path()))

    @Slot(str)
    def _on_path_edited(self, _text: str) -> None:
        self._auto_name = False

    @Slot()
    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the ministry workbook"),
            str(self.default_path()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix.lower() != ".xlsx":
            chosen = chosen.with_name(chosen.name + ".xlsx")
        self.path_edit.setText(str(chosen))
        self._auto_name = chosen.name == ministry_report.default_file_name(*self.period())
        return chosen

    # --- running -----------------------------------------------------------------------------

    @Slot()
    def request_export(self) -> WorkerSignals | None:
        """Check the period, ask for a file if none is set, then start the worker."""
        if self._running:
            return None
        period_from, period_to = self.period()
        try:
            ministry_report.check_period(period_from, period_to)
        except DomainError as exc:
            show_error(self, exc)
            return None
        text = self.path_edit.text().strip()
        path = Path(text) if text else self.choose_file()
        if path is None:
            return None
        return self.start(path)

    def start(self, path: Path) -> WorkerSignals:
        period_from, period_to = self.period()
        db_path = self._ctx.path
        made_by = self._ctx.actor.name
        staff_codes = self.staff_codes_check.isChecked()

        def op(report: Callable[[int, int, str], None]) -> dict[str, int]:
            # Its own connection (connect() already turns storage failures into DbError).
            db = connect_worker(db_path)
            try:
                return ministry_report.export(
                    db,
                    path,
                    period_from,
                    period_to,
                    made_by=made_by,
                    progress=report,
                    staff_codes=staff_codes,
                )
            except SQL_ERRORS as exc:  # locked, corrupt...: a message, not a crash
                known = classify_storage_error(exc, str(db_path))
                if known is None:
                    raise
                raise known from exc
            finally:
                db.close()

        self._set_running(True)
        self.progress.setRange(0, 0)  # busy until the first report
        self.status_label.setText(self.tr("Counting…"))
        self.last_counts = None
        job = run_in_background(
            self,
            op=op,
            on_success=lambda counts: self._on_done(path, counts),
            on_failure=self._on_failed,
            reader=True,
        )
        job.progress.connect(self._on_progress)
        self.last_job = job
        return job

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        if not self._running:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.status_label.setText(label)

    def _on_done(self, path: Path, counts: Any) -> None:
        self._set_running(False)
        self.last_counts = dict(counts)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        rows = sum(self.last_counts.values())
        self.status_label.setText(
            self.tr("Written to %1 (%2 rows on %3 sheets).")
            .replace("%1", str(path))
            .replace("%2", f"{rows:,}")
            .replace("%3", str(len(self.last_counts)))
        )
        self.written.emit(path)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("The workbook was not written."))
        show_error(self, exc)

    def _set_running(self, running: bool) -> None:
        self._running = running
        for w in (
            self.from_edit,
            self.to_edit,
            self.path_edit,
            self.browse_button,
            self.staff_codes_check,
            self.create_button,
            self.close_button,
            *self.quick_buttons.values(),
        ):
            w.setEnabled(not running)

    @property
    def running(self) -> bool:
        return self._running

    # The worker calls back into this dialog: it stays open until the job has finished.
    def reject(self) -> None:
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)
