"""Add a corrective action (an improvement-plan item) to a finding."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import sqlite_utils
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.services import audit_service, clock
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate


class ActionDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        audit_id: int,
        finding: dict[str, Any],
    ) -> None:
        super().__init__(
            parent, self.tr("Corrective action for %1").replace("%1", finding["item_code"])
        )
        self.setObjectName("actionDialog")
        self._db, self._audit_id, self._item_id = db, audit_id, finding["item_id"]
        form = QFormLayout()
        self.body.addLayout(form)
        finding_text = QLabel(finding["description"] or finding["item_text"], self)
        finding_text.setWordWrap(True)
        form.addRow(self.tr("Finding:"), finding_text)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("actionDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        form.addRow(self.tr("&Action:"), self.description_edit)
        self.bind_field("Action", self.description_edit)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setObjectName("actionOwner")
        self.owner_edit.setPlaceholderText(self.tr("Name and role at the operator"))
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        self.bind_field("Owner", self.owner_edit)
        self.due_edit = QDateEdit(self)
        self.due_edit.setObjectName("actionDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        days = {"critical": 14, "major": 30}.get(finding["severity"], 60)
        self.due_edit.setDate(to_qdate(clock.today() + timedelta(days=days)))
        form.addRow(self.tr("&Due:"), self.due_edit)
        self.bind_field("Due date", self.due_edit)
        self.resize(480, self.sizeHint().height())

    def submit(self) -> int:
        return audit_service.add_action(
            self._db,
            self._audit_id,
            self._item_id,
            self.description_edit.toPlainText(),
            self.owner_edit.text(),
            to_date(self.due_edit.date()),
        )
