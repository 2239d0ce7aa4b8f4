"""The manager's answers to a training follow-up: plan a date, or dismiss it with a reason.
("Mark as done…" records a completion with TrainingRecordDialog.)"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any

import sqlite_utils
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QPlainTextEdit, QWidget

from desktop.services import clock, training_service
from desktop.services.actor import Actor
from desktop.ui import theme
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate


def _summary(parent: QWidget, follow_up: dict[str, Any], kind_label: str) -> QLabel:
    name = html.escape(follow_up["staff_name"])
    course = html.escape(f"{follow_up['course_code']} {follow_up['course_name']}")
    text = f"<b>{name}</b> – {course}<br>{html.escape(kind_label)}"
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class TrainingPlanDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        actor: Actor,
        follow_up: dict[str, Any],
        kind_label: str,
    ) -> None:
        super().__init__(parent, self.tr("Plan a date"))
        self.setObjectName("trainingPlanDialog")
        self._db, self._actor, self._f = db, actor, follow_up
        form = QFormLayout()
        self.body.addLayout(form)
        form.addRow(_summary(self, follow_up, kind_label))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("plannedDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(to_qdate(clock.today()))
        start = follow_up["planned_on"] or (clock.today() + timedelta(days=14)).isoformat()
        self.date_edit.setDate(to_qdate(max(clock.today(), date.fromisoformat(start))))
        form.addRow(self.tr("&Planned date:"), self.date_edit)
        self.bind_field("Planned date", self.date_edit)
        self.resize(440, self.sizeHint().height())

    def submit(self) -> int:
        f = self._f
        return training_service.plan_follow_up(
            self._db,
            f["staff_id"],
            f["course_id"],
            f["kind"],
            to_date(self.date_edit.date()),
            self._actor,
            due_on=f["due_on"],
        )


class TrainingDismissDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        actor: Actor,
        follow_up: dict[str, Any],
        kind_label: str,
    ) -> None:
        super().__init__(parent, self.tr("Dismiss a follow-up"))
        self.setObjectName("trainingDismissDialog")
        self._db, self._actor, self._f = db, actor, follow_up
        form = QFormLayout()
        self.body.addLayout(form)
        form.addRow(_summary(self, follow_up, kind_label))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("dismissReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.reason_edit.setPlaceholderText(
            self.tr("Why no training is needed, e.g. exempt, leaving the unit, long leave")
        )
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.bind_field("Reason", self.reason_edit)
        note = QLabel(self.tr("The dismissal and its reason are kept on record."), self)
        theme.mute(note)
        form.addRow(note)
        self.resize(460, self.sizeHint().height())

    def submit(self) -> int:
        f = self._f
        return training_service.dismiss_follow_up(
            self._db,
            f["staff_id"],
            f["course_id"],
            f["kind"],
            self.reason_edit.toPlainText(),
            self._actor,
            due_on=f["due_on"],
        )
