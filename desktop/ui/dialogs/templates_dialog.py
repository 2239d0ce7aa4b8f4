"""Checklist templates for the administrator: what is loaded, import (.json or .xlsx),
export to Excel, retire and reinstate. A retired template is not offered for new audits;
audits that use it keep it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services import template_xlsx, templates
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.models.row_table_model import Column, RowTableModel


class TemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Checklist templates"))
        self._ctx = ctx
        self.model = RowTableModel(
            [
                Column(self.tr("Code"), lambda r: r["code"]),
                Column(self.tr("Version"), lambda r: r["version"]),
                Column(self.tr("Name"), lambda r: r["name"]),
                Column(self.tr("Programmes"), lambda r: ", ".join(r["programmes"])),
                Column(self.tr("Items"), lambda r: str(r["items"]), align_right=True),
                Column(self.tr("Audits"), lambda r: str(r["audits"]), align_right=True),
                Column(
                    self.tr("State"),
                    lambda r: self.tr("Retired") if r["is_retired"] else self.tr("In use"),
                    lambda r: theme.colour("muted" if r["is_retired"] else "green"),
                ),
                Column(self.tr("Loaded from"), lambda r: r["source"]),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("templatesTable")
        self.view.setAccessibleName(self.tr("Checklist templates"))
        self.view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr(
                "A loaded version never changes: audits keep the version they started with. "
                "To change a template, export it, edit it in Excel, give it a new version and "
                "import it."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setObjectName("importTemplate")
        self.import_button.clicked.connect(self.request_import)
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self)
        self.export_button.setObjectName("exportTemplate")
        self.export_button.clicked.connect(self.request_export)
        self.retire_button = QPushButton(self.tr("&Retire / reinstate"), self)
        self.retire_button.setObjectName("retireTemplate")
        self.retire_button.clicked.connect(self._on_retire_clicked)
        for b in (self.import_button, self.export_button, self.retire_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(920, 380)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(templates.list_templates(self._ctx.db))

    def _selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def import_file(self, path: Path) -> int | None:
        try:
            if path.suffix.lower() == ".xlsx":
                template_id = template_xlsx.import_template(self._ctx.db, path)
            else:
                template_id = templates.import_file(self._ctx.db, path)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        return template_id

    @Slot()
    def request_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a checklist template"),
            str(Path.home()),
            self.tr("Checklist templates (*.xlsx *.json)"),
        )
        if path:
            self.import_file(Path(path))

    def export_to(self, template_id: int, path: Path) -> bool:
        try:
            template_xlsx.export_template(self._ctx.db, template_id, path)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    @Slot()
    def request_export(self) -> None:
        row = self._selected()
        if row is None:
            return
        suggested = Path.home() / f"{row['code']}-{row['version']}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the template"), str(suggested), "Excel (*.xlsx)"
        )
        if path:
            self.export_to(row["id"], Path(path))

    @Slot()
    def _on_retire_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        try:
            templates.set_retired(self._ctx.db, row["id"], not row["is_retired"])
        except DomainError as exc:
            show_error(self, exc)
            return
        self.refresh()
