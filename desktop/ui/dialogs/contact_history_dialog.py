"""One operator's contact points: the current primary and backup, every assignment (ended
ones included), and the contacts logged; with the actions that change them."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.contacts import Channel
from desktop.domain.errors import DomainError
from desktop.domain.operators import SizeClass
from desktop.services import contact_service, operator_service
from desktop.services.actor import Actor
from desktop.ui import theme
from desktop.ui.errors import show_error
from desktop.ui.models.row_table_model import Column, RowTableModel

#: Each assignment status's colour, by meaning (theme.colour: read as the rows are drawn).
STATUS_COLOURS = {"active": "green", "ended": "muted", "planned": "blue"}


class ContactHistoryDialog(QDialog):
    #: Something was written (an assignment made or ended, a contact logged).
    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        operator_id: int,
        actor: Actor,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("contactHistoryDialog")
        self._db, self._actor, self._operator_id = db, actor, operator_id
        self._operator = operator_service.get_operator(db, operator_id)
        self.setWindowTitle(self.tr("Contact history – %1").replace("%1", self._operator["name"]))

        self.header = QLabel(self)
        self.header.setObjectName("contactHistoryHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)

        status = {
            "active": self.tr("Active"),
            "ended": self.tr("Ended"),
            "planned": self.tr("Planned"),
        }
        self.history_model = RowTableModel(
            [
                Column(
                    self.tr("Role"),
                    lambda r: self.tr("Primary") if r["role"] == "primary" else self.tr("Backup"),
                ),
                Column(self.tr("Officer"), lambda r: r["officer_name"]),
                Column(self.tr("From"), lambda r: r["start_on"]),
                Column(self.tr("To"), lambda r: r["end_on"] or ""),
                Column(
                    self.tr("Status"),
                    lambda r: status.get(r["status"], r["status"]),
                    lambda r: theme.colour_or_none(STATUS_COLOURS.get(r["status"])),
                ),
                Column(self.tr("How"), self._how),
            ],
            self,
        )
        self.history_view = _table(self, self.history_model, "contactHistoryTable")
        self.history_view.setAccessibleName(self.tr("Assignments"))
        for col, width in enumerate((70, 170, 92, 92, 70)):
            self.history_view.setColumnWidth(col, width)
        self.history_view.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.log_model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r["contact_on"]),
                Column(self.tr("Channel"), lambda r: Channel(r["channel"]).label),
                Column(self.tr("Officer"), lambda r: r["officer_name"]),
                Column(self.tr("Topic"), lambda r: r["topic"]),
                Column(
                    self.tr("Follow-up"),
                    follow_up_text,
                    lambda r: theme.colour_or_none(
                        "red" if r["follow_up_status"] == "overdue" else None
                    ),
                ),
            ],
            self,
        )
        self.log_view = _table(self, self.log_model, "contactHistoryLog")
        self.log_view.setAccessibleName(self.tr("Contacts logged"))
        for col, width in enumerate((92, 80, 150, 300)):
            self.log_view.setColumnWidth(col, width)

        self.history_empty = self._empty(
            "contactHistoryEmpty",
            self.tr("No contact officer yet. Use “Assign contact…” to give this operator one."),
        )
        self.log_empty = self._empty(
            "contactHistoryLogEmpty",
            self.tr("No contacts logged with this operator yet. Use “Log a contact…”."),
        )
        self.assign_button = QPushButton(self.tr("&Assign contact…"), self)
        self.assign_button.setObjectName("historyAssign")
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.end_button = QPushButton(self.tr("&End assignment…"), self)
        self.end_button.setObjectName("historyEnd")
        self.end_button.clicked.connect(self._on_end_clicked)
        self.log_button = QPushButton(self.tr("&Log a contact…"), self)
        self.log_button.setObjectName("historyLog")
        self.log_button.clicked.connect(self._on_log_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.assign_button)
        actions.addWidget(self.end_button)
        actions.addStretch(1)
        actions.addWidget(self.log_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        # Top to bottom: the actions above the lists, then the lists, then Close.
        QWidget.setTabOrder(self.log_button, self.history_view)
        QWidget.setTabOrder(self.history_view, self.log_view)
        QWidget.setTabOrder(self.log_view, buttons.button(QDialogButtonBox.StandardButton.Close))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("<b>Assignments</b>"), self))
        layout.addWidget(self.history_view, 3)
        layout.addWidget(self.history_empty)
        layout.addWidget(QLabel(self.tr("<b>Contacts logged</b>"), self))
        layout.addWidget(self.log_view, 3)
        layout.addWidget(self.log_empty)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self._current: dict[str, Any] = {}
        self.refresh()
        # The header's "none" is red in its text: written again after a change of look.
        theme.follow(self.header, self._show_header)

    def _empty(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.mute(label)  # no style sheet: the hint colour follows the look
        label.setMargin(12)
        label.hide()
        return label

    def _how(self, r: dict[str, Any]) -> str:
        if r["handover_id"] is not None:
            text = self.tr("Handover from %1").replace("%1", r["handover_from_name"] or "?")
            return f"{text} – {r['note']}" if r["note"] else text
        return r["note"]

    def refresh(self) -> None:
        self._current = contact_service.current_contacts(self._db, self._operator_id)
        self._show_header()
        history = contact_service.history(self._db, self._operator_id)
        log = contact_service.contact_log(self._db, self._operator_id, 200)
        self.history_model.set_rows(history)
        self.log_model.set_rows(log)
        for view, empty, rows in (
            (self.history_view, self.history_empty, history),
            (self.log_view, self.log_empty, log),
        ):
            view.setVisible(bool(rows))
            empty.setVisible(not rows)
        self._on_selection_changed()

    def _show_header(self) -> None:
        op = self._operator
        primary = self._current.get("primary")
        backup = self._current.get("backup")
        no_one = self.tr("none")
        red_no_one = f"<span style='color:{theme.colour('red')}'>{no_one}</span>"
        self.header.setText(
            f"<b>{op['name']}</b> · {SizeClass(op['size_class']).label} · {op['region']} · "
            f"{op['sector']}<br>"
            + self.tr("Primary contact: %1 · Backup: %2")
            .replace("%1", f"<b>{primary['officer_name']}</b>" if primary else red_no_one)
            .replace("%2", backup["officer_name"] if backup else no_one)
        )

    def selected_assignment(self) -> dict[str, Any] | None:
        rows = self.history_view.selectionModel().selectedRows()
        return self.history_model.row(rows[0].row()) if rows else None

    @Slot()
    def _on_selection_changed(self, *_: Any) -> None:
        row = self.selected_assignment()
        self.end_button.setEnabled(row is not None and row["end_on"] is None)

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    @Slot()
    def _on_assign_clicked(self) -> Any:
        from desktop.ui.dialogs.contact_assign_dialog import ContactAssignDialog

        current = contact_service.current_contacts(self._db, self._operator_id)
        role = "backup" if current["primary"] is not None else "primary"
        dialog = ContactAssignDialog(
            self, self._db, [(self._operator_id, self._operator["name"])], self._actor, role
        )
        dialog.accepted.connect(self._after_change)
        dialog.open()
        return dialog

    @Slot()
    def _on_end_clicked(self) -> Any:
        from desktop.ui.dialogs.contact_end_dialog import ContactEndDialog

        row = self.selected_assignment()
        if row is None:
            return None
        try:
            dialog = ContactEndDialog(self, self._db, row, self._actor)
        except DomainError as exc:
            show_error(self, exc)
            return None
        dialog.accepted.connect(self._after_change)
        dialog.open()
        return dialog

    @Slot()
    def _on_log_clicked(self) -> Any:
        from desktop.ui.dialogs.contact_log_dialog import ContactLogDialog

        dialog = ContactLogDialog(
            self, self._db, self._actor, (self._operator_id, self._operator["name"])
        )
        dialog.accepted.connect(self._after_change)
        dialog.open()
        return dialog


def follow_up_text(r: dict[str, Any]) -> str:
    """A log entry's follow-up in a cell: its date, when it was done, or that it is late."""
    if not r["follow_up_on"]:
        return ""
    if r["follow_up_done_on"]:
        done = QCoreApplication.translate("contacts", "done %1").replace(
            "%1", r["follow_up_done_on"]
        )
        return f"{r['follow_up_on']} ✓ {done}"
    if r["follow_up_status"] == "overdue":
        overdue = QCoreApplication.translate("contacts", "overdue")
        return f"{r['follow_up_on']} ({overdue})"
    return str(r["follow_up_on"])


def _table(parent: QWidget, model: RowTableModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view
