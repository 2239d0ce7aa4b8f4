"""Plan a site audit for a case: dates, sites, lead validator and team, checklist template."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services import audit_service, case_service, clock, reference_data, templates
from desktop.services.actor import Actor
from desktop.services.audit_service import AuditPlan
from desktop.ui import theme
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate


class AuditPlanDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, db: sqlite_utils.Database, case_id: int, actor: Actor
    ) -> None:
        detail = case_service.case_detail(db, case_id)
        super().__init__(
            parent, self.tr("Plan a site audit – %1").replace("%1", detail.case["reference"])
        )
        self.setObjectName("auditPlanDialog")
        self._db, self._case_id, self._actor = db, case_id, actor
        form = QFormLayout()
        self.body.addLayout(form)
        form.addRow(QLabel(f"<b>{detail.operator['name']}</b> · {detail.case['programme_code']}"))

        dates = QHBoxLayout()
        start = clock.today() + timedelta(days=7)
        self.start_edit = self._date("auditStart", start)
        self.start_edit.setAccessibleName(self.tr("First day of the audit"))
        self.end_edit = self._date("auditEnd", start)
        self.end_edit.setAccessibleName(self.tr("Last day of the audit"))
        dates.addWidget(self.start_edit)
        to_label = QLabel(self.tr("to"), self)
        to_label.setBuddy(self.end_edit)
        dates.addWidget(to_label)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        dates_label = QLabel(self.tr("&Dates:"), self)
        dates_label.setBuddy(self.start_edit)
        form.addRow(dates_label, dates)
        self.bind_field("End date", self.end_edit)
        self.start_edit.dateChanged.connect(self._on_start_changed)

        self.sites_edit = QPlainTextEdit(self)
        self.sites_edit.setObjectName("auditSites")
        self.sites_edit.setTabChangesFocus(True)
        self.sites_edit.setFixedHeight(64)
        self.sites_edit.setPlaceholderText(self.tr("One site per line"))
        self.sites_edit.setPlainText(detail.operator["address"])
        form.addRow(self.tr("&Sites:"), self.sites_edit)
        self.bind_field("Sites", self.sites_edit)

        validators = reference_data.validators(db)
        self.lead_combo = QComboBox(self)
        self.lead_combo.setObjectName("auditLead")
        for v in validators:
            self.lead_combo.addItem(v["name"], v["id"])
        i = self.lead_combo.findData(detail.case["validator_id"])
        self.lead_combo.setCurrentIndex(max(i, 0))
        form.addRow(self.tr("&Lead validator:"), self.lead_combo)
        self.bind_field("Lead validator", self.lead_combo)

        self.team_list = QListWidget(self)
        self.team_list.setObjectName("auditTeam")
        self.team_list.setFixedHeight(110)
        self.team_list.setToolTip(self.tr("Space ticks or unticks the highlighted person"))
        for v in validators:
            item = QListWidgetItem(v["name"], self.team_list)
            item.setData(Qt.ItemDataRole.UserRole, v["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        form.addRow(self.tr("&Team:"), self.team_list)
        self.bind_field("Team", self.team_list)

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("auditTemplate")
        for t in templates.list_templates(db, include_retired=False):
            self.template_combo.addItem(f"{t['name']} ({t['code']} {t['version']})", t["id"])
        self.template_note = QLabel(self)
        self.template_note.setWordWrap(True)
        theme.mute(self.template_note)
        try:
            choice = templates.default_for(db, detail.case["programme_code"])
            self.template_combo.setCurrentIndex(
                max(0, self.template_combo.findData(choice.template_id))
            )
            self.template_note.setText(self.tr("Suggested: %1.").replace("%1", choice.reason))
        except DomainError as exc:  # no template loaded: the save explains it too
            self.template_note.setText(str(exc))
        form.addRow(self.tr("&Checklist:"), self.template_combo)
        form.addRow("", self.template_note)
        self.bind_field("Template", self.template_combo)
        self.resize(560, self.sizeHint().height())

    def _date(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(to_qdate(value))
        return edit

    def _on_start_changed(self) -> None:
        if self.end_edit.date() < self.start_edit.date():
            self.end_edit.setDate(self.start_edit.date())

    def team_ids(self) -> tuple[int, ...]:
        ids = []
        for n in range(self.team_list.count()):
            item = self.team_list.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def submit(self) -> int:
        plan = AuditPlan(
            case_id=self._case_id,
            planned_start=to_date(self.start_edit.date()),
            planned_end=to_date(self.end_edit.date()),
            lead_validator_id=self.lead_combo.currentData(),
            sites=tuple(self.sites_edit.toPlainText().splitlines()),
            team=self.team_ids(),
            template_id=self.template_combo.currentData(),
        )
        return audit_service.plan_audit(self._db, plan, self._actor)
