"""Extend a case's decision period, with the reason the rules require."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from desktop.services import case_service
from desktop.services.actor import Actor
from desktop.ui.dialogs.form_dialog import FormDialog


class ExtensionDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        case_id: int,
        reference: str,
        days_left: int,
        actor: Actor,
    ) -> None:
        super().__init__(parent, self.tr("Extend decision period – %1").replace("%1", reference))
        self._db, self._case_id, self._actor = db, case_id, actor
        form = QFormLayout()
        self.body.addLayout(form)
        form.addRow(
            QLabel(self.tr("The programme allows %n more day(s) of extension.", "", days_left))
        )
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("extensionDays")
        self.days_spin.setRange(1, max(1, days_left))
        self.days_spin.setValue(max(1, days_left))
        self.days_spin.setSuffix(self.tr(" days"))
        form.addRow(self.tr("&Extend by:"), self.days_spin)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("extensionReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(90)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.bind_field("Extension (days)", self.days_spin)
        self.bind_field("Reason", self.reason_edit)
        self.reason_edit.setFocus()

    def submit(self) -> None:
        case_service.extend_decision_period(
            self._db,
            self._case_id,
            self.days_spin.value(),
            self.reason_edit.toPlainText(),
            self._actor,
        )
