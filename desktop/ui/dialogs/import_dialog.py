"""Bulk import of operators, staff or training records: choose a file, see the dry run (what
would be added, updated, left unchanged, and every problem with its row and column), then
import everything at once. ``desktop.services.imports`` does the work, Qt-free."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services import imports
from desktop.services.imports import ImportPlan, ImportRefusedError, ImportResult
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.models.row_table_model import Column, RowTableModel
from desktop.ui.workers import WorkerSignals, run_in_background

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _titles() -> dict[str, str]:
    return {
        "operators": _tr("Import operators"),
        "staff": _tr("Import staff"),
        "training": _tr("Import training records"),
    }


def _documents() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class ImportDialog(QDialog):
    """``imported`` carries the :class:`ImportResult` once an import has been written."""

    imported = Signal(object)
    planned = Signal(object)

    def __init__(self, parent: QWidget | None, ctx: AppContext, kind: str) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ctx = ctx
        self._kind = kind
        self._layout = imports.layout(kind)
        self._path: Path | None = None
        self._plan: ImportPlan | None = None
        self._busy = False
        self.setWindowTitle(_titles().get(kind, _tr("Import")))

        intro = QLabel(
            f"{self._layout.description} {self._layout.matched_by} "
            + self.tr(
                "Nothing is imported until the file has no problem left; then every row is "
                "imported at once, and importing the same file again changes nothing."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("Choose &file…"), self)
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.template_button = QPushButton(self.tr("&Download template…"), self)
        self.template_button.setObjectName("templateButton")
        self.template_button.clicked.connect(self._on_template_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)

        self.summary_label = QLabel(self.tr("No file chosen yet."), self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.error_model = RowTableModel(
            [
                Column(self.tr("Row"), lambda r: str(r["row"]) if r["row"] else "", None, True),
                Column(self.tr("Column"), lambda r: r["column"]),
                Column(self.tr("Problem"), lambda r: r["message"]),
            ],
            self,
        )
        self.row_model = RowTableModel(
            [
                Column(self.tr("Row"), lambda r: str(r["row"]), None, True),
                Column(self.tr("Action"), lambda r: r["action"]),
                Column(self.tr("Matched by"), lambda r: r["key"]),
                Column(self.tr("Name"), lambda r: r["label"]),
                Column(self.tr("Changes"), lambda r: r["changes"]),
            ],
            self,
        )
        self.error_view = self._table(self.error_model, "importErrors", 2)
        self.error_view.setAccessibleName(self.tr("Problems found in the file"))
        self.row_view = self._table(self.row_model, "importRows", 4)
        self.row_view.setAccessibleName(self.tr("Rows of the file"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.error_view, self.tr("Problems"))
        self.tabs.addTab(self.row_view, self.tr("Rows"))

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        # The dialog opens on "Choose file…" (the file box is read-only); Enter chooses.
        self.choose_button.setDefault(True)
        self.choose_button.setFocus()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 520)

    def _table(self, model: RowTableModel, name: str, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        view.verticalHeader().setVisible(False)
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    # --- state ------------------------------------------------------------------------------

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self._update_import_button()

    def _update_import_button(self) -> None:
        plan = self._plan
        can = not self._busy and plan is not None and plan.ok and (plan.to_add + plan.to_update) > 0
        self.import_button.setEnabled(bool(can))
        # Enter imports once the file can be imported; until then it chooses a file.
        (self.import_button if can else self.choose_button).setDefault(True)

    # --- dry run ----------------------------------------------------------------------------

    def set_file(self, path: Path) -> WorkerSignals:
        """Plan the import of ``path`` (the dry run) off the UI thread."""
        self._path = Path(path)
        self._plan = None
        self.file_edit.setText(str(self._path))
        self.summary_label.setText(self.tr("Checking the file…"))
        self.error_model.set_rows([])
        self.row_model.set_rows([])
        self._set_busy(True)
        kind, chosen = self._kind, self._path
        return run_in_background(
            self,
            op=lambda db: imports.plan_import(db, kind, chosen),
            on_success=self._on_planned,
            on_failure=self._on_failed,
            db_path=self._ctx.path,
            reader=True,
        )

    def _on_planned(self, plan: ImportPlan) -> None:
        if self._path is None or plan.file_name != self._path.name:
            return  # an older dry run (another file was chosen since)
        self._show_plan(plan)
        self._set_busy(False)
        self.planned.emit(plan)

    def _show_plan(self, plan: ImportPlan) -> None:
        self._plan = plan
        lines = [
            self.tr("%1 to add, %2 to update, %3 unchanged.")
            .replace("%1", f"{plan.to_add:,}")
            .replace("%2", f"{plan.to_update:,}")
            .replace("%3", f"{plan.to_skip:,}")
        ]
        if plan.error_count:
            lines.append(
                self.tr("%1 problem(s): correct the file and choose it again. Nothing is imported "
                        "while a problem is left.").replace("%1", f"{plan.error_count:,}")
            )  # fmt: skip
        elif plan.to_add + plan.to_update == 0:
            lines.append(self.tr("Nothing to change: the database already holds this file."))
        else:
            lines.append(self.tr("No problems: the file can be imported."))
        lines += [self.tr("Note: %1").replace("%1", w) for w in plan.warnings]
        self.summary_label.setText("\n".join(lines))
        errors = [{"row": e.row, "column": e.column, "message": e.message} for e in plan.errors]
        if plan.more_errors:
            errors.append({"row": 0, "column": "", "message": f"… and {plan.more_errors:,} more."})
        self.error_model.set_rows(errors)
        self.row_model.set_rows(
            [
                {
                    "row": r.row,
                    "action": r.action.label,
                    "key": r.key,
                    "label": r.label,
                    "changes": ", ".join(r.changes),
                }
                for r in plan.rows
            ]
        )
        self.tabs.setTabText(0, self.tr("Problems (%1)").replace("%1", f"{plan.error_count:,}"))
        self.tabs.setTabText(1, self.tr("Rows (%1)").replace("%1", f"{len(plan.rows):,}"))
        self.tabs.setCurrentIndex(0 if plan.error_count else 1)
        self._update_import_button()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ImportRefusedError):
            self._show_plan(exc.plan)  # the file changed since the dry run
        else:
            self.summary_label.setText(self.tr("The file could not be checked."))
        show_error(self, exc)

    # --- import -----------------------------------------------------------------------------

    def start_import(self) -> WorkerSignals | None:
        """Import the checked file, all or nothing, on the writer thread."""
        plan, path = self._plan, self._path
        if plan is None or path is None or not plan.ok or self._busy:
            return None
        self._set_busy(True)
        kind, actor = self._kind, self._ctx.actor
        self.summary_label.setText(self.tr("Importing…"))
        return run_in_background(
            self,
            op=lambda db: imports.run_import(db, kind, path, actor),
            on_success=self._on_imported,
            on_failure=self._on_failed,
            db_path=self._ctx.path,
            progress_label=self.tr("Importing %1…").replace("%1", path.name),
        )

    def _on_imported(self, result: ImportResult) -> None:
        logger.info("import done: %s", result.summary())
        self._plan = None
        self._set_busy(False)
        self.summary_label.setText(
            self.tr("Imported: %1 added, %2 updated, %3 unchanged.")
            .replace("%1", f"{result.added:,}")
            .replace("%2", f"{result.updated:,}")
            .replace("%3", f"{result.skipped:,}")
        )
        self.imported.emit(result)

    # --- slots ------------------------------------------------------------------------------

    @Slot()
    def _on_choose_clicked(self) -> None:
        start = str(self._path.parent if self._path else _documents())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            start,
            self.tr("Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if chosen:
            self.set_file(Path(chosen))

    @Slot()
    def _on_template_clicked(self) -> None:
        suggested = _documents() / imports.template_file_name(self._kind)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the import template"), str(suggested), "Excel (*.xlsx)"
        )
        if chosen:
            self.save_template(Path(chosen))

    def save_template(self, path: Path) -> bool:
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            imports.template_workbook(self._kind, path)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.summary_label.setText(self.tr("Template saved to %1.").replace("%1", str(path)))
        return True

    @Slot()
    def _on_import_clicked(self) -> None:
        self.start_import()
