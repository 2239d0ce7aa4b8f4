"""Register a new case, or edit one (priority, programme, summary, date of receipt)."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlite_utils
from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.cases import CaseKind, Priority
from desktop.services import case_service, clock, operator_service, reference_data
from desktop.services.actor import Actor
from desktop.services.case_service import CaseInput
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate


class CaseDialog(FormDialog):
    new_operator_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        actor: Actor,
        case_id: int | None = None,
        operator_id: int | None = None,
    ) -> None:
        super().__init__(parent, self.tr("New case") if case_id is None else self.tr("Edit case"))
        self.setObjectName("caseDialog")
        self._db, self._actor, self._case_id = db, actor, case_id
        self._operator_id: int | None = None
        self._matches: dict[str, dict[str, Any]] = {}

        form = QFormLayout()
        self.body.addLayout(form)
        op_row = QHBoxLayout()
        self.operator_edit = QLineEdit(self)
        self.operator_edit.setObjectName("caseOperator")
        self.operator_edit.setPlaceholderText(self.tr("Type a name or an EORI…"))
        self._completion = QStringListModel(self)
        completer = QCompleter(self._completion, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_completer_activated)
        self.operator_edit.setCompleter(completer)
        self.operator_edit.textEdited.connect(self._on_operator_edit_text_edited)
        op_row.addWidget(self.operator_edit, 1)
        self.new_operator_button = QPushButton(self.tr("&New operator…"), self)
        self.new_operator_button.setObjectName("newOperatorButton")
        self.new_operator_button.clicked.connect(self.new_operator_requested)
        op_row.addWidget(self.new_operator_button)
        operator_label = QLabel(self.tr("&Operator:"), self)
        operator_label.setBuddy(self.operator_edit)
        form.addRow(operator_label, op_row)
        self.bind_field("Operator", self.operator_edit)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("caseKind")
        for kind in CaseKind:
            self.kind_combo.addItem(kind.label, kind.value)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.bind_field("Kind", self.kind_combo)

        self.programme_combo = QComboBox(self)
        self.programme_combo.setObjectName("caseProgramme")
        for p in reference_data.programmes(db, active_only=True):
            self.programme_combo.addItem(f"{p['code']} – {p['name']}", p["id"])
        form.addRow(self.tr("&Programme:"), self.programme_combo)
        self.bind_field("Programme", self.programme_combo)

        self.received_edit = QDateEdit(self)
        self.received_edit.setObjectName("caseReceived")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd")
        self.received_edit.setDate(to_qdate(clock.today()))
        form.addRow(self.tr("&Received on:"), self.received_edit)
        self.bind_field("Received on", self.received_edit)

        self.priority_combo = QComboBox(self)
        self.priority_combo.setObjectName("casePriority")
        for pr in Priority:
            self.priority_combo.addItem(pr.label, pr.value)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(Priority.NORMAL.value))
        form.addRow(self.tr("Pr&iority:"), self.priority_combo)
        self.bind_field("Priority", self.priority_combo)

        self.validator_combo = QComboBox(self)
        self.validator_combo.setObjectName("caseValidator")
        self.validator_combo.addItem(self.tr("Assign later"), None)
        for v in reference_data.validators(db):
            self.validator_combo.addItem(v["name"], v["id"])
        form.addRow(self.tr("&Validator:"), self.validator_combo)
        self.bind_field("Validator", self.validator_combo)

        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("caseSummary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(70)
        form.addRow(self.tr("&Summary:"), self.summary_edit)
        self.bind_field("Summary", self.summary_edit)

        if case_id is not None:
            self._load(case_id)
        elif operator_id is not None:
            self.set_operator(operator_id)
        self.resize(560, self.sizeHint().height())

    def _load(self, case_id: int) -> None:
        c = case_service.case_detail(self._db, case_id).case
        self.set_operator(c["operator_id"])
        self.operator_edit.setEnabled(False)
        self.new_operator_button.setEnabled(False)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(c["kind"]))
        self.kind_combo.setEnabled(False)
        self.programme_combo.setCurrentIndex(self.programme_combo.findData(c["programme_id"]))
        self.received_edit.setDate(to_qdate(date.fromisoformat(c["received_on"])))
        self.received_edit.setEnabled(not c["accepted_on"])
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(c["priority"]))
        self.validator_combo.setCurrentIndex(
            max(0, self.validator_combo.findData(c["validator_id"]))
        )
        self.validator_combo.setEnabled(False)
        self.validator_combo.setToolTip(self.tr("Use Assign… to change the validator."))
        self.summary_edit.setPlainText(c["summary"])

    def set_operator(self, operator_id: int) -> None:
        op = operator_service.get_operator(self._db, operator_id)
        self._operator_id = operator_id
        self.operator_edit.setText(op["name"])
        if self._case_id is None:
            # MSMEs default to the simplified track where the unit runs one.
            default = reference_data.default_programme_id(self._db, op["size_class"])
            i = -1 if default is None else self.programme_combo.findData(default)
            if i >= 0:
                self.programme_combo.setCurrentIndex(i)

    @Slot(str)
    def _on_operator_edit_text_edited(self, text: str) -> None:
        self._operator_id = None
        if len(text.strip()) < 2:
            return
        found = operator_service.find_operators(self._db, text, limit=30)
        self._matches = {f"{r['name']}  ·  {r['identifiers'] or ''}".strip(" ·"): r for r in found}
        self._completion.setStringList(list(self._matches))

    @Slot(str)
    def _on_completer_activated(self, text: str) -> None:
        row = self._matches.get(text)
        if row is not None:
            self.set_operator(row["id"])

    def submit(self) -> int:
        if self._operator_id is None:
            exact = [r for r in self._matches.values() if r["name"] == self.operator_edit.text()]
            if len(exact) == 1:
                self._operator_id = exact[0]["id"]
        data = CaseInput(
            operator_id=self._operator_id,
            programme_id=self.programme_combo.currentData(),
            kind=self.kind_combo.currentData(),
            received_on=to_date(self.received_edit.date()),
            priority=self.priority_combo.currentData(),
            validator_id=self.validator_combo.currentData(),
            summary=self.summary_edit.toPlainText(),
        )
        if self._case_id is None:
            return case_service.create_case(self._db, data, self._actor)
        case_service.update_case(self._db, self._case_id, data, self._actor)
        return self._case_id
