"""Assign or reassign one case or many: each validator's weighted load against capacity, and a
suggestion that says why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.workload import Suggestion, ValidatorLoad
from desktop.services.workload_service import AssignmentView
from desktop.ui import theme
from desktop.ui.widgets.utilisation_bar import utilisation_bar

NAME, OFFICE, OPEN, LOAD, UTIL = range(5)


class AssignDialog(QDialog):
    def __init__(self, parent: QWidget | None, view: AssignmentView) -> None:
        """``view`` is computed off the UI thread (workload_service.assignment_view)."""
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Assign %n case(s)", "", len(view.case_ids)))
        self.case_ids = list(view.case_ids)
        self.loads: list[ValidatorLoad] = list(view.loads)
        self.suggestion: Suggestion = view.suggestion
        self.checks = dict(view.checks)

        layout = QVBoxLayout(self)
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setObjectName("suggestion")
        self.suggestion_label.setWordWrap(True)
        theme.style(
            self.suggestion_label,
            lambda: theme.surface_css("info") + " border-radius: 4px; padding: 8px;",
        )
        self.suggestion_label.setText(self.tr("Suggested: ") + self.suggestion.text)
        layout.addWidget(self.suggestion_label)

        validators_label = QLabel(self.tr("&Validators (arrows to choose, Enter to assign):"), self)
        layout.addWidget(validators_label)
        self.table = QTableWidget(len(self.loads), 5, self)
        self.table.setObjectName("validatorTable")
        self.table.setAccessibleName(self.tr("Validators"))
        validators_label.setBuddy(self.table)
        # Arrows move between validators; Tab goes on to the reason and the buttons.
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Validator"),
                self.tr("Office"),
                self.tr("Open cases"),
                self.tr("Load / capacity"),
                self.tr("Utilisation"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (OFFICE, OPEN, LOAD):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UTIL, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(UTIL, 150)
        suggested_row = 0
        ordered = sorted(self.loads, key=lambda v: (v.utilisation, v.name))
        self.loads = ordered
        for row, v in enumerate(ordered):
            name = QTableWidgetItem(v.name)
            name.setData(Qt.ItemDataRole.UserRole, v.staff_id)
            if v.staff_id == self.suggestion.staff_id:
                suggested_row = row
                name.setText(v.name + "  ★")
                name.setToolTip(self.tr("Suggested"))
            check = self.checks.get(v.staff_id)
            if check is not None and (check.warnings or check.refusals):
                name.setText(name.text() + "  ⚠")
                name.setToolTip("\n".join([*check.refusals, *check.warnings]))
                if check.refusals:
                    name.setForeground(QBrush(QColor(theme.colour("red"))))
            self.table.setItem(row, NAME, name)
            self.table.setItem(row, OFFICE, QTableWidgetItem(v.office))
            open_item = QTableWidgetItem(str(v.open_cases))
            open_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, OPEN, open_item)
            load = QTableWidgetItem(f"{v.load:.1f} / {v.capacity:.0f}")
            load.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if v.load > v.capacity:
                load.setForeground(QBrush(QColor(theme.colour("red"))))
            self.table.setItem(row, LOAD, load)
            self.table.setCellWidget(row, UTIL, utilisation_bar(v, self.table))
        layout.addWidget(self.table, 1)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("assignWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        layout.addWidget(self.warning_label)

        reason_label = QLabel(self.tr("&Reason or note:"), self)
        layout.addWidget(reason_label)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("assignReason")
        self.reason_edit.setPlaceholderText(self.tr("Optional, kept in the timeline"))
        reason_label.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Assign"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("okButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        if self.loads:
            self.table.selectRow(suggested_row)
            self.table.setCurrentCell(suggested_row, NAME)
        self._on_table_item_selection_changed()
        self.table.setFocus()  # the dialog opens on the suggested validator
        self.table.doubleClicked.connect(self.accept)
        self.resize(680, 480)

    def chosen_staff_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), NAME)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def reason(self) -> str:
        return self.reason_edit.text()

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        staff_id = self.chosen_staff_id()
        check = self.checks.get(staff_id) if staff_id is not None else None
        refused = bool(check and check.refusals)
        self._ok.setEnabled(staff_id is not None and not refused)
        if check is None or not (check.warnings or check.refusals):
            self.warning_label.hide()
            return
        if refused:
            text = self.tr("Not allowed: ") + " ".join(check.refusals)
            kind = "error"
        else:
            text = self.tr("Warning (kept with the assignment): ") + " ".join(check.warnings)
            kind = "warn"
        self.warning_label.setText(text)
        theme.style(
            self.warning_label,
            lambda: theme.note_css(kind),
        )
        self.warning_label.show()
