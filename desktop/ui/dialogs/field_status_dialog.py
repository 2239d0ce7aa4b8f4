"""Where are my cases: at the office, what is out on which laptop; on a laptop, the field
copies held here and whether their changes went back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import field_locks
from desktop.ui.dialogs.field_common import short_time
from desktop.ui.dialogs.field_return_wizard import status_text


class FieldStatusDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, checkouts: list[dict[str, Any]], copies: list[dict[str, Any]]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fieldStatusDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Where are my cases"))
        layout = QVBoxLayout(self)
        self.out_tree: QTreeWidget | None = None
        self.copy_tree: QTreeWidget | None = None
        if checkouts:
            layout.addWidget(QLabel(self.tr("Out on field laptops (read-only here):"), self))
            self.out_tree = _tree(
                self,
                "fieldCheckouts",
                self.tr("Cases out on field laptops"),
                [
                    self.tr("Validator"),
                    self.tr("Laptop"),
                    self.tr("Cases"),
                    self.tr("Since"),
                    self.tr("Checked out by"),
                ],
            )
            for k in checkouts:
                self.out_tree.addTopLevelItem(
                    QTreeWidgetItem(
                        [
                            k["validator"],
                            field_locks.laptop_label(k["laptop"]),
                            str(k["cases"]),
                            short_time(k["created_at"]),
                            k["created_by"],
                        ]
                    )
                )
            layout.addWidget(self.out_tree)
        if copies:
            layout.addWidget(QLabel(self.tr("Field copies on this laptop:"), self))
            self.copy_tree = _tree(
                self,
                "fieldCopies",
                self.tr("Field copies on this laptop"),
                [self.tr("Case"), self.tr("Operator"), self.tr("State"), self.tr("Opened")],
            )
            for c in copies:
                self.copy_tree.addTopLevelItem(
                    QTreeWidgetItem(
                        [
                            c["reference"],
                            c["operator_name"],
                            status_text(c),
                            str(c.get("opened_at") or "")[:10],
                        ]
                    )
                )
            layout.addWidget(self.copy_tree)
        if not checkouts and not copies:
            empty = QLabel(
                self.tr(
                    "No case is out on a field laptop, and this database holds no field copies."
                ),
                self,
            )
            empty.setObjectName("fieldStatusEmpty")
            empty.setWordWrap(True)
            layout.addWidget(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360 if checkouts or copies else 0)


def _tree(parent: QWidget, name: str, accessible: str, labels: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setAccessibleName(accessible)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(labels)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree
