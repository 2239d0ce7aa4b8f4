"""Record that one person took one course (also "Mark as done…" from the follow-up queue)."""

from __future__ import annotations

from datetime import date

import sqlite_utils
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services import clock, training_service
from desktop.services.actor import Actor
from desktop.services.training_service import TrainingResult
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate


def result_labels() -> dict[str, str]:
    """Result values and their labels, translated."""
    return {
        TrainingResult.PASSED.value: QCoreApplication.translate("training", "Passed"),
        TrainingResult.FAILED.value: QCoreApplication.translate("training", "Failed"),
        TrainingResult.ATTENDED.value: QCoreApplication.translate("training", "Attended (no exam)"),
    }


class TrainingRecordDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        actor: Actor,
        *,
        staff_id: int | None = None,
        course_id: int | None = None,
        result: str = "passed",
        completed_on: date | None = None,
        title: str | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent, title or self.tr("Record a training"))
        self.setObjectName("trainingRecordDialog")
        self._db, self._actor = db, actor
        form = QFormLayout()
        self.body.addLayout(form)
        if note:
            label = QLabel(note, self)
            label.setWordWrap(True)
            form.addRow(label)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("recordPerson")
        for s in training_service.active_staff(db):
            self.person_combo.addItem(f"{s['name']} ({s['office']})", s["id"])
        form.addRow(self.tr("&Person:"), self.person_combo)
        self.bind_field("Person", self.person_combo)
        self.course_combo = QComboBox(self)
        self.course_combo.setObjectName("recordCourse")
        for c in training_service.courses(db, include_retired=False):
            self.course_combo.addItem(f"{c['code']} – {c['name']}", c["id"])
        form.addRow(self.tr("&Course:"), self.course_combo)
        self.bind_field("Course", self.course_combo)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("recordDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(to_qdate(completed_on or clock.today()))
        form.addRow(self.tr("Completed &on:"), self.date_edit)
        self.bind_field("Completed on", self.date_edit)
        self.result_combo = QComboBox(self)
        self.result_combo.setObjectName("recordResult")
        for value, label in result_labels().items():
            self.result_combo.addItem(label, value)
        self.result_combo.setCurrentIndex(max(0, self.result_combo.findData(result)))
        form.addRow(self.tr("&Result:"), self.result_combo)
        self.bind_field("Result", self.result_combo)
        self.certificate_edit = QLineEdit(self)
        self.certificate_edit.setObjectName("recordCertificate")
        self.certificate_edit.setPlaceholderText(self.tr("Certificate number, if any"))
        form.addRow(self.tr("C&ertificate:"), self.certificate_edit)
        self.bind_field("Certificate", self.certificate_edit)
        if staff_id is not None:
            self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(staff_id)))
        if course_id is not None:
            self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(course_id)))
        self.resize(480, self.sizeHint().height())

    def submit(self) -> int:
        return training_service.record(
            self._db,
            self.person_combo.currentData(),
            self.course_combo.currentData(),
            to_date(self.date_edit.date()),
            self.result_combo.currentData(),
            self._actor,
            self.certificate_edit.text(),
        )
