"""The manager's dashboard: open cases per validator by state, load against capacity,
overdue cases and the deadlines of the next 14 days."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases import CaseState
from desktop.services import clock, dashboard_service
from desktop.services.dashboard_service import Dashboard
from desktop.ui import icons, theme
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.widgets.tables import ReadableItemDelegate, empty_label
from desktop.ui.widgets.utilisation_bar import utilisation_bar
from desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

STATE_COLOURS = {
    CaseState.RECEIVED: "#8ab4f8",
    CaseState.INFO_REQUESTED: "#fdd663",
    CaseState.ACCEPTED: "#81c995",
    CaseState.UNDER_EXAMINATION: "#1a73e8",
    CaseState.AUDIT_SCHEDULED: "#a142f4",
    CaseState.AUDIT_DONE: "#c58af9",
    CaseState.IMPROVEMENT_PLAN: "#f29900",
    CaseState.DECISION_PENDING: "#188038",
    CaseState.UNDER_REASSESSMENT: "#12b5cb",
    CaseState.SUSPENDED: "#d93025",
}

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(22)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.horizontalHeader().setHighlightSections(False)
    t.setItemDelegate(ReadableItemDelegate(t))
    return t


class DashboardPage(QWidget):
    case_requested = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._ctx = ctx
        self._data: Dashboard | None = None
        self.last_job: Any = None
        # Each refresh() (and each "these figures are out of date": data = None) starts a new
        # generation; a build reports back only if no newer generation began meanwhile.
        self._generation = 0
        self._building = False
        self._rebuild = False  # refresh() was asked for while a build was running

        head = QHBoxLayout()
        title = QLabel(self.tr("Manager's dashboard"), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        title.setFont(f)
        self.as_of = QLabel(self)
        self.refresh_button = QPushButton(icons.icon("refresh"), self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.as_of)
        head.addStretch(1)
        head.addWidget(self.refresh_button)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self._small_font = small
        self.chart.legend().setFont(small)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setObjectName("workloadChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(340)
        self.chart_empty = empty_label(self, "chartEmpty")
        chart_box = self._box(
            self.tr("Open cases per validator, by state"), self.chart_view, self.chart_empty
        )

        self.load_table = _table(
            self,
            "loadTable",
            [
                self.tr("Validator"),
                self.tr("Open"),
                self.tr("Load / capacity"),
                self.tr("Utilisation"),
            ],
        )
        lh = self.load_table.horizontalHeader()
        lh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.load_table.setColumnWidth(3, 120)
        self.load_empty = empty_label(self, "loadEmpty")
        load_box = self._box(
            self.tr("Load against capacity (weighted)"), self.load_table, self.load_empty
        )

        case_headers = [
            self.tr("Due"),
            self.tr("Reference"),
            self.tr("Operator"),
            self.tr("State"),
            self.tr("Validator"),
        ]
        self.overdue_table = _table(self, "overdueTable", case_headers)
        self.upcoming_table = _table(self, "upcomingTable", case_headers)
        for t in (self.overdue_table, self.upcoming_table):
            h = t.horizontalHeader()
            for col in (0, 1):
                h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            t.setColumnWidth(3, 105)
            t.setColumnWidth(4, 105)
            t.doubleClicked.connect(self._on_case_table_double_clicked)
        self.overdue_empty = empty_label(self, "overdueEmpty")
        self.upcoming_empty = empty_label(self, "upcomingEmpty")
        self.overdue_box = self._box(
            self.tr("Overdue cases"), self.overdue_table, self.overdue_empty
        )
        self.upcoming_box = self._box(
            self.tr("Deadlines in the next 14 days"), self.upcoming_table, self.upcoming_empty
        )

        grid = QGridLayout()
        grid.addWidget(chart_box, 0, 0)
        grid.addWidget(load_box, 0, 1)
        grid.addWidget(self.overdue_box, 1, 0)
        grid.addWidget(self.upcoming_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(head)
        layout.addLayout(grid, 1)

    def _box(self, title: str, widget: QWidget, empty: QLabel) -> QGroupBox:
        """A titled box with ``widget``, and ``empty`` that stands in for it when empty."""
        box = QGroupBox(title, self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(widget)
        lay.addWidget(empty, 1)
        return box

    @staticmethod
    def _show_empty(widget: QWidget, empty: QLabel, text: str | None) -> None:
        """``text`` in place of ``widget`` (None: the widget)."""
        empty.setText(text or "")
        empty.setVisible(text is not None)
        widget.setVisible(text is None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            # Light and dark look: the chart and the red figures follow the palette.
            self._fill_chart(self._data)
            self._fill_loads(self._data)
            today = clock.today()
            self._fill_cases(self.overdue_table, self._data.overdue, today)
            self._fill_cases(self.upcoming_table, self._data.upcoming, today)

    @property
    def data(self) -> Dashboard | None:
        """The figures shown, or None when there are none yet or they are out of date."""
        return self._data

    @data.setter
    def data(self, value: Dashboard | None) -> None:
        if value is None:
            # Out of date: whatever a running build returns is older than the change.
            self._generation += 1
        self._data = value

    @Slot()
    def refresh(self) -> None:
        """Rebuild the figures off the UI thread. While a build runs, further calls are
        folded into one more build once it ends (its result would be out of date)."""
        self._generation += 1
        if self._building:
            self._rebuild = True
            return
        self._start_build()

    def _start_build(self) -> None:
        generation = self._generation
        self._building = True
        self._rebuild = False
        self.refresh_button.setEnabled(False)
        self.last_job = run_in_background(
            self,
            op=dashboard_service.build,
            on_success=lambda data: self._on_build_finished(generation, data),
            on_failure=self._on_build_failed,
            db_path=self._ctx.path,
        )

    def _on_build_finished(self, generation: int, data: Dashboard) -> None:
        self._building = False
        if self._rebuild:
            self._start_build()
            return
        self.show_data(data, generation=generation)

    def _on_build_failed(self, exc: BaseException) -> None:
        self._building = False
        if self._rebuild:
            logger.warning("dashboard build failed; building again: %r", exc)
            self._start_build()
            return
        self.refresh_button.setEnabled(True)
        show_error(self, exc)

    def show_data(self, data: Dashboard, *, generation: int | None = None) -> None:
        """Show ``data``; the result of a build of an older ``generation`` is dropped."""
        if not self._building:
            self.refresh_button.setEnabled(True)
        if generation is not None and generation != self._generation:
            logger.debug("dropping dashboard figures of generation %d", generation)
            return
        self._data = data
        self.as_of.setText(self.tr("as of %1").replace("%1", clock.today().isoformat()))
        self._fill_chart(data)
        self._fill_loads(data)
        today = clock.today()
        self._fill_cases(self.overdue_table, data.overdue, today)
        self._fill_cases(self.upcoming_table, data.upcoming, today)
        self.overdue_box.setTitle(self._overdue_title(len(data.overdue), data.overdue_total))
        self.upcoming_box.setTitle(
            self._upcoming_title(data.horizon_days, len(data.upcoming), data.upcoming_total)
        )
        self._show_empty_states(data)
        self.loaded.emit()

    def _show_empty_states(self, data: Dashboard) -> None:
        """Empty parts say why, and what to do next."""
        self._show_empty(
            self.chart_view,
            self.chart_empty,
            None
            if data.open_by_validator
            else self.tr(
                "No open cases. The chart fills as cases come in: create one on the Caseload "
                "page (Ctrl+N) or import operators (Reports → Import)."
            ),
        )
        self._show_empty(
            self.load_table,
            self.load_empty,
            None
            if data.loads
            else self.tr(
                "No validators in post. Import the unit's staff (Reports → Import → Staff) "
                "with the validator role and a capacity."
            ),
        )
        self._show_empty(
            self.overdue_table,
            self.overdue_empty,
            None if data.overdue else self.tr("Nothing is overdue."),
        )
        self._show_empty(
            self.upcoming_table,
            self.upcoming_empty,
            None
            if data.upcoming
            else self.tr("No deadline in the next %1 days.").replace("%1", str(data.horizon_days)),
        )

    def _overdue_title(self, shown: int, total: int) -> str:
        if shown < total:
            return (
                self.tr("Overdue cases (first %1 of %2)")
                .replace("%1", f"{shown:,}")
                .replace("%2", f"{total:,}")
            )
        return self.tr("Overdue cases (%1)").replace("%1", f"{total:,}")

    def _upcoming_title(self, days: int, shown: int, total: int) -> str:
        if shown < total:
            return (
                self.tr("Deadlines in the next %1 days (first %2 of %3)")
                .replace("%1", str(days))
                .replace("%2", f"{shown:,}")
                .replace("%3", f"{total:,}")
            )
        return (
            self.tr("Deadlines in the next %1 days (%2)")
            .replace("%1", str(days))
            .replace("%2", f"{total:,}")
        )

    def _fill_chart(self, data: Dashboard) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        names = sorted(data.open_by_validator, key=lambda n: (n.startswith("("), n))
        names.reverse()  # horizontal bars draw bottom-up: keep A at the top
        series = QHorizontalStackedBarSeries()
        for state in data.states:
            bar = QBarSet(state.label)
            bar.append([float(data.open_by_validator[n].get(state, 0)) for n in names])
            colour = STATE_COLOURS.get(state)
            if colour:
                bar.setColor(QColor(colour))
                bar.setBorderColor(QColor(colour))
            series.append(bar)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        grid = pal.color(QPalette.ColorRole.Mid)
        self.chart.setBackgroundBrush(pal.base())
        self.chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        self.chart_view.setBackgroundBrush(pal.base())
        self.chart.legend().setLabelColor(text)
        y = QBarCategoryAxis()
        y.append(names)
        y.setLabelsFont(self._small_font)
        y.setLabelsColor(text)
        y.setLinePenColor(grid)
        y.setGridLineColor(grid)
        y.setTruncateLabels(False)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        x = QValueAxis()
        most = max((sum(v.values()) for v in data.open_by_validator.values()), default=1)
        x.setRange(0, max(1, most))
        x.setLabelFormat("%d")
        x.applyNiceNumbers()
        x.setLabelsFont(self._small_font)
        x.setLabelsColor(text)
        x.setLinePenColor(grid)
        x.setGridLineColor(grid)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)

    def _fill_loads(self, data: Dashboard) -> None:
        loads = sorted(data.loads, key=lambda v: -v.utilisation)
        t = self.load_table
        t.setRowCount(len(loads))
        for row, v in enumerate(loads):
            t.setItem(row, 0, QTableWidgetItem(v.name))
            n = QTableWidgetItem(str(v.open_cases))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(row, 1, n)
            load = QTableWidgetItem(f"{v.load:.1f} / {v.capacity:.0f}")
            load.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if v.load > v.capacity:
                load.setForeground(QBrush(QColor(theme.colour("red"))))
            t.setItem(row, 2, load)
            t.setCellWidget(row, 3, utilisation_bar(v, t))

    def _fill_cases(self, table: QTableWidget, rows: list[dict[str, Any]], today: date) -> None:
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            days = (date.fromisoformat(r["next_deadline"]) - today).days
            due = QTableWidgetItem(r["next_deadline"])
            if days < 0:
                due.setToolTip(self.tr("Overdue by %n day(s)", "", -days))
                due.setForeground(QBrush(QColor(theme.colour("red"))))
            else:
                due.setToolTip(self.tr("%n day(s) left", "", days))
            items = [
                due,
                QTableWidgetItem(r["reference"]),
                QTableWidgetItem(r["operator_name"]),
                QTableWidgetItem(CaseState(r["state"]).label),
                QTableWidgetItem(r["validator_name"] or "—"),
            ]
            for col, item in enumerate(items):
                item.setData(CASE_ID_ROLE, r["id"])
                table.setItem(i, col, item)

    @Slot()
    def _on_case_table_double_clicked(self, index: Any) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_requested.emit(int(case_id))
