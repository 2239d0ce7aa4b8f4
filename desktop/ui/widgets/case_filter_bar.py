"""Filters and quick search over the caseload; emits a new CaseQuery on every change.

Keyboard: Ctrl+F (the window's Find) comes to the search box; Enter searches now and goes to
the results with the first case selected, Down goes to the results, Esc clears the search.
Tab goes through the search, Clear filters, then the filters left to right.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases import CaseKind, CaseState
from desktop.services import clock
from desktop.services.caseload_service import CaseQuery

ANY = None
OPEN = "__open__"
ME = "__me__"
UNASSIGNED = "__unassigned__"
OVERDUE = "__overdue__"
DUE_WITHIN = "__due_within__"


class CaseFilterBar(QWidget):
    query_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._acting_staff_id: int | None = None
        self._sort = ("received_on", True)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("caseSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Quick search: case reference, operator name or identifier (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Quick search"))

        self.state_combo = self._combo("stateFilter", self.tr("State"))
        self.state_combo.addItem(self.tr("All states"), ANY)
        self.state_combo.addItem(self.tr("Open cases"), OPEN)
        for state in CaseState:
            self.state_combo.addItem(state.label, state.value)

        self.validator_combo = self._combo("validatorFilter", self.tr("Validator"))
        self.programme_combo = self._combo("programmeFilter", self.tr("Programme"))
        self.kind_combo = self._combo("kindFilter", self.tr("Kind"))
        self.kind_combo.addItem(self.tr("All kinds"), ANY)
        for kind in CaseKind:
            self.kind_combo.addItem(kind.label, kind.value)

        self.msme_check = QCheckBox(self.tr("MSMEs only"), self)
        self.msme_check.setObjectName("msmeFilter")

        self.deadline_combo = self._combo("deadlineFilter", self.tr("Deadline"))
        self.deadline_combo.addItem(self.tr("Any deadline"), ANY)
        self.deadline_combo.addItem(self.tr("Overdue"), OVERDUE)
        self.deadline_combo.addItem(self.tr("Due within…"), DUE_WITHIN)
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("dueWithinDays")
        self.days_spin.setRange(1, 365)
        self.days_spin.setValue(14)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setAccessibleName(self.tr("Due within days"))
        self.days_spin.setEnabled(False)

        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(self.tr("Show every case again: no search, no filter"))
        self.msme_check.setToolTip(self.tr("Only micro, small and medium-sized operators"))

        # Tab: the search, Clear filters beside it, then the filters left to right (the
        # construction order puts Clear last and the MSME box before the deadline).
        order = (
            self.search_edit,
            self.clear_button,
            self.state_combo,
            self.validator_combo,
            self.programme_combo,
            self.kind_combo,
            self.deadline_combo,
            self.days_spin,
            self.msme_check,
        )
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._last_in_tab_order: QWidget = order[-1]

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.clear_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        # The combos' first entries ("All states", "Anyone"...) say what each one filters;
        # tooltips and accessible names carry the label.
        for widget in (
            self.state_combo,
            self.validator_combo,
            self.programme_combo,
            self.kind_combo,
            self.deadline_combo,
        ):
            widget.setToolTip(widget.accessibleName())
            row.addWidget(widget)
            if widget is self.deadline_combo:
                row.addWidget(self.days_spin)
        row.addWidget(self.msme_check)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(row)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._emit)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        for combo in (
            self.state_combo,
            self.validator_combo,
            self.programme_combo,
            self.kind_combo,
            self.deadline_combo,
        ):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.msme_check.toggled.connect(self._on_filter_changed)
        self.days_spin.valueChanged.connect(self._on_filter_changed)
        self.clear_button.clicked.connect(self.clear)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        return combo

    def set_reference_data(
        self, validators: list[dict[str, Any]], programmes: list[dict[str, Any]]
    ) -> None:
        for combo in (self.validator_combo, self.programme_combo):
            combo.blockSignals(True)
        current_v = self.validator_combo.currentData()
        current_p = self.programme_combo.currentData()
        self.validator_combo.clear()
        self.validator_combo.addItem(self.tr("Anyone"), ANY)
        self.validator_combo.addItem(self.tr("My caseload"), ME)
        self.validator_combo.addItem(self.tr("Unassigned"), UNASSIGNED)
        for v in validators:
            self.validator_combo.addItem(v["name"], v["id"])
        self.programme_combo.clear()
        self.programme_combo.addItem(self.tr("All programmes"), ANY)
        for p in programmes:
            self.programme_combo.addItem(p["code"], p["id"])
            self.programme_combo.setItemData(
                self.programme_combo.count() - 1, p["name"], Qt.ItemDataRole.ToolTipRole
            )
        for combo, value in ((self.validator_combo, current_v), (self.programme_combo, current_p)):
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

    def set_acting_staff(self, staff_id: int | None) -> None:
        self._acting_staff_id = staff_id
        if self.validator_combo.currentData() == ME:
            self._emit()

    def set_sort(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)

    def show_my_caseload(self) -> None:
        self.validator_combo.setCurrentIndex(max(self.validator_combo.findData(ME), 0))

    @Slot()
    def clear(self) -> None:
        widgets = (
            self.state_combo,
            self.validator_combo,
            self.programme_combo,
            self.kind_combo,
            self.deadline_combo,
            self.msme_check,
            self.search_edit,
        )
        for w in widgets:
            w.blockSignals(True)
        for combo in widgets[:5]:
            combo.setCurrentIndex(0)  # type: ignore[attr-defined]
        self.msme_check.setChecked(False)
        self.search_edit.clear()
        self.days_spin.setEnabled(False)
        for w in widgets:
            w.blockSignals(False)
        self._emit()

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def _on_search_edit_return_pressed(self) -> None:
        self._emit()
        self.focus_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers()
        ):
            if self._debounce.isActive():
                self._emit()  # what was typed counts before going down to the results
            return self.focus_results()
        return super().eventFilter(watched, event)

    def results_view(self) -> QAbstractItemView | None:
        """The list these filters apply to: the first list after the bar in the tab order
        (the case table on the caseload page), found from the bar's last control."""
        w: QWidget | None = self._last_in_tab_order
        for _ in range(20):  # a step or two; the bound guards the ring
            w = w.nextInFocusChain() if w is not None else None
            if w is None or w is self._last_in_tab_order:
                return None
            if isinstance(w, QAbstractItemView) and not self.isAncestorOf(w):
                return w if w.isVisible() and w.isEnabled() else None
        return None

    def focus_results(self) -> bool:
        """Go to the results (Enter or Down in the search box), with a case selected: the
        one already selected, else the first. Returns whether there was a list to go to."""
        view = self.results_view()
        if view is None or view.model() is None:
            return False
        view.setFocus(Qt.FocusReason.TabFocusReason)
        model, selection = view.model(), view.selectionModel()
        if model.rowCount() and selection is not None and not selection.hasSelection():
            first = model.index(0, 0)
            selection.setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(first)
        return True

    @Slot()
    def _on_filter_changed(self) -> None:
        self.days_spin.setEnabled(self.deadline_combo.currentData() == DUE_WITHIN)
        self._emit()

    def query(self) -> CaseQuery:
        q = CaseQuery(sort_key=self._sort[0], descending=self._sort[1])
        state = self.state_combo.currentData()
        if state == OPEN:
            q = replace(q, open_only=True)
        elif state:
            q = replace(q, states=(state,))
        who = self.validator_combo.currentData()
        if who == ME:
            q = replace(q, validator_id=self._acting_staff_id or -1)
        elif who == UNASSIGNED:
            q = replace(q, unassigned=True)
        elif who is not None:
            q = replace(q, validator_id=int(who))
        prog = self.programme_combo.currentData()
        if prog is not None:
            q = replace(q, programme_id=int(prog))
        kind = self.kind_combo.currentData()
        if kind:
            q = replace(q, kind=kind)
        if self.msme_check.isChecked():
            q = replace(q, msme_only=True)
        today = clock.today()
        deadline = self.deadline_combo.currentData()
        if deadline == OVERDUE:
            q = replace(q, overdue_on=today.isoformat())
        elif deadline == DUE_WITHIN:
            end = today + timedelta(days=self.days_spin.value())
            q = replace(q, due_between=(today.isoformat(), end.isoformat()))
        return replace(q, search=self.search_edit.text())

    @Slot()
    def _emit(self) -> None:
        self._debounce.stop()
        self.query_changed.emit(self.query())

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search_edit.hasFocus():
            self.search_edit.clear()
            return
        super().keyPressEvent(event)
