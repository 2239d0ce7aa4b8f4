"""Log one contact with an operator: date, officer, channel, topic, advice, follow-up."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.contacts import Channel
from desktop.domain.errors import ValidationError
from desktop.services import clock, contact_service, operator_service, reference_data
from desktop.services.actor import Actor
from desktop.ui import theme
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate


class ContactLogDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        actor: Actor,
        operator: tuple[int, str] | None = None,
    ) -> None:
        """``operator``: (id, name) when the contact is about a known operator; otherwise
        the dialog lets the user search for one."""
        super().__init__(parent, self.tr("Log a contact"))
        self.setObjectName("contactLogDialog")
        self._db, self._actor = db, actor
        form = QFormLayout()
        self.body.addLayout(form)

        self.operator_combo = QComboBox(self)
        self.operator_combo.setObjectName("logOperator")
        self.search_edit: QLineEdit | None = None
        if operator is not None:
            self.operator_combo.addItem(operator[1], operator[0])
            self.operator_combo.setEnabled(False)
            form.addRow(self.tr("O&perator:"), self.operator_combo)
        else:
            self.search_edit = QLineEdit(self)
            self.search_edit.setObjectName("logOperatorSearch")
            self.search_edit.setPlaceholderText(self.tr("Type a name or an EORI…"))
            self.search_edit.setAccessibleName(self.tr("Find the operator"))
            self.operator_combo.setAccessibleName(self.tr("Operator"))
            self.search_edit.textChanged.connect(self._on_search_changed)
            row = QHBoxLayout()
            row.addWidget(self.search_edit, 1)
            row.addWidget(self.operator_combo, 2)
            operator_label = QLabel(self.tr("O&perator:"), self)
            operator_label.setBuddy(self.search_edit)
            form.addRow(operator_label, row)
            self._on_search_changed("")
        self.bind_field("Operator", self.operator_combo)

        self.officer_combo = QComboBox(self)
        self.officer_combo.setObjectName("logOfficer")
        for person in reference_data.active_staff(db):
            self.officer_combo.addItem(person["name"], person["id"])
        form.addRow(self.tr("O&fficer:"), self.officer_combo)
        self.bind_field("Officer", self.officer_combo)

        self.date_edit = self._date("logDate", clock.today())
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.bind_field("Contact date", self.date_edit)

        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("logChannel")
        labels = {
            Channel.VISIT: self.tr("Visit"),
            Channel.PHONE: self.tr("Phone"),
            Channel.EMAIL: self.tr("E-mail"),
            Channel.SEMINAR: self.tr("Seminar"),
            Channel.OUTREACH: self.tr("Outreach event"),
        }
        for channel in Channel:
            self.channel_combo.addItem(labels[channel], channel.value)
        form.addRow(self.tr("&Channel:"), self.channel_combo)
        self.bind_field("Channel", self.channel_combo)

        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("logTopic")
        self.topic_edit.setPlaceholderText(self.tr("What it was about"))
        form.addRow(self.tr("&Topic:"), self.topic_edit)
        self.bind_field("Topic", self.topic_edit)

        self.advice_edit = QPlainTextEdit(self)
        self.advice_edit.setObjectName("logAdvice")
        self.advice_edit.setTabChangesFocus(True)
        self.advice_edit.setFixedHeight(72)
        self.advice_edit.setPlaceholderText(self.tr("Advice given, questions answered (optional)"))
        form.addRow(self.tr("&Advice:"), self.advice_edit)
        self.bind_field("Advice", self.advice_edit)

        self.follow_check = QCheckBox(self.tr("Fo&llow up on"), self)
        self.follow_check.setObjectName("logFollowUp")
        self.follow_edit = self._date("logFollowUpDate", clock.today() + timedelta(days=14))
        self.follow_edit.setAccessibleName(self.tr("Follow-up date"))
        self.follow_edit.setEnabled(False)
        self.follow_check.toggled.connect(self.follow_edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.follow_check)
        row.addWidget(self.follow_edit)
        row.addStretch(1)
        form.addRow(self.tr("Follow-up:"), row)
        self.bind_field("Follow-up date", self.follow_edit)
        note = QLabel(self.tr("A follow-up appears in the list of follow-ups due."), self)
        theme.mute(note)
        form.addRow("", note)

        if operator is not None:
            self._preselect_officer(operator[0])
        elif actor.staff_id is not None:
            self.officer_combo.setCurrentIndex(max(0, self.officer_combo.findData(actor.staff_id)))
        self.resize(560, self.sizeHint().height())

    def _date(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(to_qdate(value))
        return edit

    def _preselect_officer(self, operator_id: int) -> None:
        """The operator's primary contact is the likely officer; else who is acting."""
        primary = contact_service.current_contacts(self._db, operator_id)["primary"]
        wanted = primary["officer_id"] if primary else self._actor.staff_id
        i = self.officer_combo.findData(wanted) if wanted is not None else -1
        if i >= 0:
            self.officer_combo.setCurrentIndex(i)

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self.operator_combo.clear()
        for r in operator_service.find_operators(self._db, text, limit=50):
            self.operator_combo.addItem(r["name"], r["id"])

    def submit(self) -> int:
        operator_id = self.operator_combo.currentData()
        if operator_id is None:
            raise ValidationError(self.tr("choose an operator."), "Operator")
        return contact_service.log_contact(
            self._db,
            operator_id,
            self.officer_combo.currentData(),
            to_date(self.date_edit.date()),
            self.channel_combo.currentData(),
            self.topic_edit.text(),
            self._actor,
            advice=self.advice_edit.toPlainText(),
            follow_up_on=to_date(self.follow_edit.date())
            if self.follow_check.isChecked()
            else None,
        )
