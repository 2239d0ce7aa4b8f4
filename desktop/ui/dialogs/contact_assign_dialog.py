"""Assign a contact officer (primary or backup) to one operator or several at once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlite_utils
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.services import clock, contact_service
from desktop.services.actor import Actor
from desktop.ui import theme
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate

#: How many operator names the dialog lists before "and N more".
SHOWN_NAMES = 6


class ContactAssignDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        operators: Sequence[tuple[int, str]],
        actor: Actor,
        role: str = "primary",
        loads: Sequence[dict[str, Any]] | None = None,
    ) -> None:
        """``operators``: (id, name) of the operators to assign the same officer to;
        ``loads``: ``contact_service.officer_loads`` when the caller has them already."""
        super().__init__(parent, self.tr("Assign a contact officer"))
        self.setObjectName("contactAssignDialog")
        self._db, self._actor = db, actor
        self._operator_ids = [op_id for op_id, _ in operators]
        names = [name for _, name in operators]

        form = QFormLayout()
        self.body.addLayout(form)
        shown = ", ".join(names[:SHOWN_NAMES])
        if len(names) > SHOWN_NAMES:
            shown += self.tr(" and %1 more").replace("%1", str(len(names) - SHOWN_NAMES))
        self.operators_label = QLabel(f"<b>{shown}</b>", self)
        self.operators_label.setObjectName("contactAssignOperators")
        self.operators_label.setWordWrap(True)
        form.addRow(self.tr("Operators:"), self.operators_label)
        self.bind_field("Operators", self.operators_label)
        self.bind_field("Operator", self.operators_label)

        if loads is None:
            loads = contact_service.officer_loads(db)
        self._loads = {r["officer_id"]: r for r in loads if not r["needs_handover"]}
        self.officer_combo = QComboBox(self)
        self.officer_combo.setObjectName("contactOfficer")
        self.officer_combo.addItem(self.tr("– choose an officer –"), None)
        for r in self._loads.values():
            self.officer_combo.addItem(
                self.tr("%1 – carries %2 of %3")
                .replace("%1", r["name"])
                .replace("%2", str(r["operators"]))
                .replace("%3", str(r["max_operators"])),
                r["officer_id"],
            )
        form.addRow(self.tr("&Officer:"), self.officer_combo)
        self.bind_field("Officer", self.officer_combo)

        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("contactRole")
        self.role_combo.addItem(self.tr("Primary contact"), "primary")
        self.role_combo.addItem(self.tr("Backup"), "backup")
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role)))
        form.addRow(self.tr("&Role:"), self.role_combo)
        self.bind_field("Role", self.role_combo)

        self.start_edit = QDateEdit(self)
        self.start_edit.setObjectName("contactStart")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.setDate(to_qdate(clock.today()))
        form.addRow(self.tr("&Start date:"), self.start_edit)
        self.bind_field("Start date", self.start_edit)

        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("contactNote")
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. why this officer"))
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.bind_field("Note", self.note_edit)

        self.load_label = QLabel(self)
        self.load_label.setObjectName("contactLoadWarning")
        self.load_label.setWordWrap(True)
        theme.style(self.load_label, lambda: f"color: {theme.colour('red')};")
        form.addRow("", self.load_label)
        self.officer_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.role_combo.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()
        self.resize(520, self.sizeHint().height())

    @Slot()
    def _on_choice_changed(self) -> None:
        load = self._loads.get(self.officer_combo.currentData())
        text = ""
        if load is not None and self.role_combo.currentData() == "primary":
            after = load["operators"] + len(self._operator_ids)
            if after > load["max_operators"]:
                text = (
                    self.tr("%1 would carry %2 operators, more than the maximum of %3.")
                    .replace("%1", load["name"])
                    .replace("%2", str(after))
                    .replace("%3", str(load["max_operators"]))
                )
        self.load_label.setText(text)
        self.load_label.setVisible(bool(text))

    def start_date(self) -> date:
        return to_date(self.start_edit.date())

    def submit(self) -> list[int]:
        return contact_service.assign_many(
            self._db,
            self._operator_ids,
            self.officer_combo.currentData(),
            self.role_combo.currentData(),
            self.start_date(),
            self._actor,
            self.note_edit.text(),
        )
