"""Record one training session with many attendees: the course, the date, a session reference,
and a checkable list of staff with a result and a certificate for each attendee.

All of it is saved in one go, or nothing is: the service names the row of each problem
("Attendee 3"), and the dialog selects that row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.domain.errors import DomainError, ValidationError
from desktop.services import clock, training_service
from desktop.services.actor import Actor
from desktop.ui import theme
from desktop.ui.dialogs.form_dialog import FormDialog, to_date, to_qdate
from desktop.ui.dialogs.training_record_dialog import result_labels

Index = QModelIndex | QPersistentModelIndex
NAME, OFFICE, ROLES, NEEDS, RESULT, CERTIFICATE = range(6)
_ATTENDEE = re.compile(r"^Attendee (\d+)$")


class AttendeesModel(QAbstractTableModel):
    """Active staff, each with a tick, a result and a certificate reference."""

    def __init__(self, staff: list[dict[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._staff = list(staff)
        self._ticked: set[int] = set()
        self._results = {s["id"]: "passed" for s in self._staff}
        self._certificates = {s["id"]: "" for s in self._staff}
        self._required_for: set[str] = set()
        self._labels = result_labels()
        self._headers = [
            self.tr("Attendee"),
            self.tr("Office"),
            self.tr("Roles"),
            self.tr("Needs it"),
            self.tr("Result"),
            self.tr("Certificate"),
        ]

    # --- state ------------------------------------------------------------------------------

    def set_required_for(self, roles: list[str]) -> None:
        self._required_for = set(roles)
        if self._staff:
            self.dataChanged.emit(self.index(0, NEEDS), self.index(len(self._staff) - 1, NEEDS))

    def needs(self, row: int) -> bool:
        return bool(self._required_for & set(self._staff[row]["roles"]))

    def tick_where(self, predicate: Callable[[int], bool]) -> None:
        self._ticked = {s["id"] for n, s in enumerate(self._staff) if predicate(n)}
        if self._staff:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._staff) - 1, 0))

    def set_ticked_results(self, result: str) -> None:
        for sid in self._ticked:
            self._results[sid] = result
        if self._staff:
            last = len(self._staff) - 1
            self.dataChanged.emit(self.index(0, RESULT), self.index(last, RESULT))

    def row_of(self, staff_id: int) -> int | None:
        for n, s in enumerate(self._staff):
            if s["id"] == staff_id:
                return n
        return None

    def attendees(self) -> list[tuple[int, str, str]]:
        """(staff id, result, certificate) for each ticked person, in list order."""
        return [
            (s["id"], self._results[s["id"]], self._certificates[s["id"]])
            for s in self._staff
            if s["id"] in self._ticked
        ]

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._staff)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (RESULT, CERTIFICATE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._staff):
            return None
        person = self._staff[index.row()]
        sid, col = person["id"], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == NAME:
            ticked = sid in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return person["name"]
            if col == OFFICE:
                return person["office"]
            if col == ROLES:
                return ", ".join(person["roles"])
            if col == NEEDS:
                return self.tr("yes") if self.needs(index.row()) else ""
            if col == RESULT:
                return self._labels.get(self._results[sid], self._results[sid])
            if col == CERTIFICATE:
                return self._certificates[sid]
        if role == Qt.ItemDataRole.EditRole:
            if col == RESULT:
                return self._results[sid]
            if col == CERTIFICATE:
                return self._certificates[sid]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._staff):
            return False
        sid, col = self._staff[index.row()]["id"], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == NAME:
            state = Qt.CheckState(value) if isinstance(value, int) else value
            if state == Qt.CheckState.Checked:
                self._ticked.add(sid)
            else:
                self._ticked.discard(sid)
            self.dataChanged.emit(index, index, [role])
            return True
        if role == Qt.ItemDataRole.EditRole and col == RESULT and value in self._labels:
            self._results[sid] = str(value)
            self.dataChanged.emit(index, index)
            return True
        if role == Qt.ItemDataRole.EditRole and col == CERTIFICATE:
            self._certificates[sid] = str(value or "").strip()
            self.dataChanged.emit(index, index)
            return True
        return False


class ResultDelegate(QStyledItemDelegate):
    """A combo box to choose passed, failed or attended."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in result_labels().items():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TrainingSessionDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        actor: Actor,
        course_id: int | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Record a training session"))
        self.setObjectName("trainingSessionDialog")
        self._db, self._actor = db, actor
        self._courses = training_service.courses(db, include_retired=False)
        form = QFormLayout()
        self.body.addLayout(form)
        self.course_combo = QComboBox(self)
        self.course_combo.setObjectName("sessionCourse")
        for c in self._courses:
            self.course_combo.addItem(f"{c['code']} – {c['name']}", c["id"])
        form.addRow(self.tr("&Course:"), self.course_combo)
        self.bind_field("Course", self.course_combo)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("sessionDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(to_qdate(clock.today()))
        form.addRow(self.tr("Completed &on:"), self.date_edit)
        self.bind_field("Completed on", self.date_edit)
        self.session_edit = QLineEdit(self)
        self.session_edit.setObjectName("sessionRef")
        self.session_edit.setPlaceholderText(self.tr("e.g. VAL Rennes, June – optional"))
        form.addRow(self.tr("&Session:"), self.session_edit)
        self.bind_field("Session", self.session_edit)

        self.model = AttendeesModel(training_service.active_staff(db), self)
        self.view = QTableView(self)
        self.view.setObjectName("sessionAttendees")
        self.view.setAccessibleName(self.tr("Attendees"))
        # Arrows move between cells, Space ticks a person, F2 or typing edits a result or a
        # certificate; Tab leaves the list.
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(RESULT, ResultDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((NAME, 190), (OFFICE, 182), (ROLES, 168), (NEEDS, 70), (RESULT, 150)):
            self.view.setColumnWidth(col, width)
        self.bind_field("Attendees", self.view)
        self.bind_field("Attendee", self.view)

        tools = QHBoxLayout()
        self.tick_needed_button = QPushButton(self.tr("Tick everyone who &needs it"), self)
        self.tick_needed_button.setObjectName("tickNeeded")
        self.tick_needed_button.clicked.connect(self._on_tick_needed_clicked)
        self.untick_button = QPushButton(self.tr("&Untick all"), self)
        self.untick_button.setObjectName("untickAll")
        self.untick_button.clicked.connect(self._on_untick_clicked)
        self.all_result_combo = QComboBox(self)
        self.all_result_combo.setObjectName("sessionAllResult")
        self.all_result_combo.setAccessibleName(self.tr("Set the result of everyone ticked"))
        self.all_result_combo.addItem(self.tr("Set the result of everyone ticked…"), None)
        for value, label in result_labels().items():
            self.all_result_combo.addItem(label, value)
        self.all_result_combo.activated.connect(self._on_all_result_activated)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("sessionCount")
        tools.addWidget(self.tick_needed_button)
        tools.addWidget(self.untick_button)
        tools.addWidget(self.all_result_combo)
        tools.addStretch(1)
        tools.addWidget(self.count_label)
        self.body.addLayout(tools)
        hint = QLabel(
            self.tr(
                "&Tick the people who took part (Space). Double-click a result or a "
                "certificate, or press F2, to change it."
            ),
            self,
        )
        hint.setBuddy(self.view)
        theme.mute(hint)
        self.body.addWidget(hint)
        self.body.addWidget(self.view, 1)
        # Top to bottom: the tools row sits above the list.
        QWidget.setTabOrder(self.session_edit, self.tick_needed_button)
        QWidget.setTabOrder(self.tick_needed_button, self.untick_button)
        QWidget.setTabOrder(self.untick_button, self.all_result_combo)
        QWidget.setTabOrder(self.all_result_combo, self.view)

        self.course_combo.currentIndexChanged.connect(self._on_course_changed)
        self.model.dataChanged.connect(self._update_count)
        if course_id is not None:
            self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(course_id)))
        self._on_course_changed()
        self.resize(900, 620)

    @Slot()
    def _on_course_changed(self, *_: Any) -> None:
        cid = self.course_combo.currentData()
        course = next((c for c in self._courses if c["id"] == cid), None)
        self.model.set_required_for(course["required_for"] if course else [])
        self._update_count()

    @Slot()
    def _on_tick_needed_clicked(self) -> None:
        self.model.tick_where(self.model.needs)

    @Slot()
    def _on_untick_clicked(self) -> None:
        self.model.tick_where(lambda _row: False)

    @Slot(int)
    def _on_all_result_activated(self, index: int) -> None:
        value = self.all_result_combo.itemData(index)
        if value:
            self.model.set_ticked_results(value)
        self.all_result_combo.setCurrentIndex(0)

    @Slot()
    def _update_count(self, *_: Any) -> None:
        n = len(self.model.attendees())
        self.count_label.setText(self.tr("%n attendee(s)", "", n))

    def show_problems(self, exc: DomainError) -> None:
        super().show_problems(exc)
        if not isinstance(exc, ValidationError):
            return
        attendees = self.model.attendees()
        for name in exc.fields:
            m = _ATTENDEE.match(name)
            if m and 0 < int(m.group(1)) <= len(attendees):
                row = self.model.row_of(attendees[int(m.group(1)) - 1][0])
                if row is not None:
                    self.view.selectRow(row)
                    self.view.scrollTo(self.model.index(row, NAME))
                break

    def submit(self) -> int:
        return training_service.record_session(
            self._db,
            self.course_combo.currentData(),
            to_date(self.date_edit.date()),
            self.model.attendees(),
            self._actor,
            self.session_edit.text(),
        )
