"""End a contact assignment on a date (its last day); the assignment stays in the history."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QWidget

from desktop.services import clock, contact_service
from desktop.services.actor import Actor
from desktop.ui import theme
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate


class ContactEndDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        assignment: dict[str, Any],
        actor: Actor,
    ) -> None:
        super().__init__(parent, self.tr("End a contact assignment"))
        self.setObjectName("contactEndDialog")
        self._db, self._actor, self._id = db, actor, assignment["id"]
        form = QFormLayout()
        self.body.addLayout(form)
        role = self.tr("primary") if assignment["role"] == "primary" else self.tr("backup")
        summary = QLabel(
            self.tr("<b>%1</b> as %2 contact of <b>%3</b>, since %4.")
            .replace("%1", assignment["officer_name"])
            .replace("%2", role)
            .replace("%3", assignment["operator_name"])
            .replace("%4", assignment["start_on"]),
            self,
        )
        summary.setWordWrap(True)
        form.addRow(summary)
        self.end_edit = QDateEdit(self)
        self.end_edit.setObjectName("contactEnd")
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("yyyy-MM-dd")
        self.end_edit.setDate(to_qdate(clock.today()))
        form.addRow(self.tr("&Last day:"), self.end_edit)
        self.bind_field("End date", self.end_edit)
        hint = QLabel(
            self.tr("The assignment stays in the operator's history. To move all of an "
                    "officer's operators at once, use a handover."),
            self,
        )  # fmt: skip
        hint.setWordWrap(True)
        theme.mute(hint)
        form.addRow(hint)
        self.resize(460, self.sizeHint().height())

    def submit(self) -> None:
        contact_service.end_assignment(
            self._db, self._id, to_date(self.end_edit.date()), self._actor
        )
