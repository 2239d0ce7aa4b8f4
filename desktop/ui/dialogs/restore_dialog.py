"""Restore a backup: the list with date, size and counts, then one step that sets the current
file aside first. AEO Desk closes afterwards, to start again on the restored file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services import backup
from desktop.ui import theme
from desktop.ui.backup_keeper import backup_folder
from desktop.ui.context import AppContext
from desktop.ui.errors import is_known, show_error
from desktop.ui.models.row_table_model import Column, RowTableModel
from desktop.ui.widgets.tables import empty_label, list_view


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Restore a backup"))
        self._ctx = ctx
        self.folder = backup_folder(ctx)
        self.model = RowTableModel(
            [
                Column(self.tr("Made"), lambda r: r["made"]),
                Column(self.tr("Kind"), lambda r: r["kind"]),
                Column(
                    self.tr("Size"), lambda r: f"{r['size'] / 1048576:.1f} MB", align_right=True
                ),
                Column(self.tr("Operators"), lambda r: str(r["operators"] or 0), align_right=True),
                Column(self.tr("Cases"), lambda r: str(r["cases"] or 0), align_right=True),
                Column(self.tr("Audits"), lambda r: str(r["audits"] or 0), align_right=True),
                Column(
                    self.tr("Check"),
                    lambda r: self.tr("ok") if r["ok"] else (r["problem"] or self.tr("damaged")),
                    lambda r: None if r["ok"] else theme.colour("red"),
                ),
            ],
            self,
        )
        self.view = list_view(self, self.model, "backupTable")
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty = empty_label(self, "backupsEmpty")
        self.empty.setText(self.tr("No backups yet in %1.").replace("%1", str(self.folder)))
        where = QLabel(self.tr("Backups in %1").replace("%1", str(self.folder)), self)
        where.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Restoring puts the chosen backup in place of the current file, which is kept "
                "beside it (named …before-restore…). AEO Desk then closes; start it again."
            ),
            self,
        )
        note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self._on_restore_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(note)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        rows = [
            {
                "id": n,
                "path": i.path,
                "made": i.made_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                "kind": i.kind,
                "size": i.size,
                "operators": i.operators,
                "cases": i.cases,
                "audits": i.audits,
                "ok": i.ok,
                "problem": i.problem,
            }
            for n, i in enumerate(backup.list_backups(self.folder))
        ]
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))
        if rows and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)  # the newest: arrows choose another, Tab goes to Restore

    def restore(self, row: dict[str, Any]) -> bool:
        """Close the app's connection, restore, and quit so that the app starts afresh."""
        window = self.parent()
        keeper = getattr(window, "backups", None)
        if keeper is not None:
            keeper.enabled = False
            keeper.timer.stop()
        self._ctx.db.close()
        try:
            aside = backup.restore(self._ctx.path, row["path"])
        except (DomainError, OSError) as exc:
            # The current file was left as it was: open it again and carry on.
            from desktop.services.database import open_database

            self._ctx.db = open_database(self._ctx.path)
            if keeper is not None:
                keeper.enabled = True
            show_error(self, exc if is_known(exc) else DomainError(str(exc)))
            return False
        text = self.tr("The backup is restored. AEO Desk will now close; start it again.")
        if aside is not None:
            text += "\n" + self.tr("The previous file was kept as %1.").replace("%1", str(aside))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Restored"), text, parent=self)
        box.finished.connect(lambda _r: QApplication.quit())
        box.open()
        return True

    @Slot()
    def _on_restore_clicked(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row(rows[0].row()) if rows else None
        if row is None:
            return
        if not row["ok"]:
            show_error(
                self, DomainError(self.tr("This backup failed its check; it cannot be restored."))
            )
            return
        self.restore(row)
