"""Add or change a course of the training catalogue."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.services import training_service
from desktop.services.training_service import ROLES, CourseInput
from desktop.ui.dialogs.form_dialog import FormDialog


class TrainingCourseDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        course: dict[str, Any] | None = None,
    ) -> None:
        title = self.tr("Edit course") if course else self.tr("Add a course")
        super().__init__(parent, title)
        self.setObjectName("trainingCourseDialog")
        self._db = db
        self._course_id = course["id"] if course else None
        form = QFormLayout()
        self.body.addLayout(form)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("courseCode")
        self.code_edit.setMaxLength(12)
        self.code_edit.setPlaceholderText(self.tr("e.g. VAL"))
        form.addRow(self.tr("&Code:"), self.code_edit)
        self.bind_field("Code", self.code_edit)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("courseName")
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.bind_field("Name", self.name_edit)
        self.provider_edit = QLineEdit(self)
        self.provider_edit.setPlaceholderText(self.tr("Who gives it, e.g. Customs training centre"))
        form.addRow(self.tr("&Provider:"), self.provider_edit)
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setObjectName("courseHours")
        self.hours_spin.setRange(0, 1000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setSuffix(self.tr(" h"))
        form.addRow(self.tr("&Hours:"), self.hours_spin)
        self.bind_field("Hours", self.hours_spin)
        roles_box = QWidget(self)
        roles_layout = QHBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[str, QCheckBox] = {}
        for role in ROLES:
            check = QCheckBox(role, roles_box)
            check.setObjectName(f"requiredFor_{role.replace(' ', '_')}")
            roles_layout.addWidget(check)
            self.role_checks[role] = check
        roles_layout.addStretch(1)
        form.addRow(self.tr("Required for:"), roles_box)
        self.bind_field("Required for", roles_box)
        self.refresh_spin = QSpinBox(self)
        self.refresh_spin.setObjectName("courseRefresh")
        self.refresh_spin.setRange(0, 240)
        self.refresh_spin.setSpecialValueText(self.tr("never (no refresher)"))
        self.refresh_spin.setSuffix(self.tr(" months"))
        self.refresh_spin.setValue(24)
        form.addRow(self.tr("&Refresh every:"), self.refresh_spin)
        self.bind_field("Refresh (months)", self.refresh_spin)
        self.onboarding_check = QCheckBox(
            self.tr("Onboar&ding course (new staff and role changes take it first)"), self
        )
        form.addRow("", self.onboarding_check)
        self.active_check = QCheckBox(
            self.tr("&Active (retired courses take no new records)"), self
        )
        self.active_check.setChecked(True)
        form.addRow("", self.active_check)
        if course is not None:
            self.code_edit.setText(course["code"])
            self.name_edit.setText(course["name"])
            self.provider_edit.setText(course["provider"])
            self.hours_spin.setValue(float(course["hours"]))
            for role, check in self.role_checks.items():
                check.setChecked(role in course["required_for"])
            self.refresh_spin.setValue(course["refresh_months"] or 0)
            self.onboarding_check.setChecked(bool(course["is_onboarding"]))
            self.active_check.setChecked(bool(course["is_active"]))
        else:
            self.active_check.hide()
        self.resize(560, self.sizeHint().height())

    def submit(self) -> int:
        return training_service.save_course(
            self._db,
            CourseInput(
                code=self.code_edit.text(),
                name=self.name_edit.text(),
                provider=self.provider_edit.text(),
                hours=self.hours_spin.value(),
                required_for=tuple(r for r, c in self.role_checks.items() if c.isChecked()),
                refresh_months=self.refresh_spin.value() or None,
                is_onboarding=self.onboarding_check.isChecked(),
                is_active=self.active_check.isChecked(),
                id=self._course_id,
            ),
        )
