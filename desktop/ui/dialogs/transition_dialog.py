"""Confirm a move of a case to another state: the date it happened and, where the rules
want one, the reason."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QPlainTextEdit, QWidget

from desktop.domain.cases import CaseState, needs_reason
from desktop.services import case_service, clock
from desktop.services.actor import Actor
from desktop.ui.dialogs.form_dialog import FormDialog, to_date


class TransitionDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        case_id: int,
        reference: str,
        current: CaseState,
        target: CaseState,
        actor: Actor,
    ) -> None:
        super().__init__(parent, self.tr("Move %1").replace("%1", reference))
        self._db = db
        self._case_id = case_id
        self._target = target
        self._actor = actor
        form = QFormLayout()
        self.body.addLayout(form)
        info = QLabel(
            self.tr("From “%1” to “%2”.").replace("%1", current.label).replace("%2", target.label),
            self,
        )
        form.addRow(info)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("transitionDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        today = clock.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("transitionReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("Required: it is kept in the case's timeline.")
            if needs_reason(target)
            else self.tr("Optional note for the timeline.")
        )
        self.reason_edit.setFixedHeight(90)
        label = self.tr("&Reason:") if needs_reason(target) else self.tr("&Note:")
        form.addRow(label, self.reason_edit)
        self.bind_field("Reason", self.reason_edit)
        self.bind_field("Date", self.date_edit)
        if needs_reason(target):
            self.reason_edit.setFocus()
        self.resize(440, self.sizeHint().height())

    def submit(self) -> None:
        case_service.transition(
            self._db,
            self._case_id,
            self._target,
            self._actor,
            reason=self.reason_edit.toPlainText(),
            on=to_date(self.date_edit.date()),
        )
