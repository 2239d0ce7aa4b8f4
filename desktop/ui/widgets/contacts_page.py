"""Contact points: coverage (operators without a primary contact, MSMEs first), officers'
loads against the maximum, handovers on rotation, the contact log with its follow-ups, and
the unit's rules. Double-clicking an operator anywhere opens its contact history."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain import contacts as dc
from desktop.domain.errors import DomainError, ValidationError
from desktop.services import clock, contact_service, operator_service
from desktop.services.contact_service import Move
from desktop.ui import icons, theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.contact_history_dialog import follow_up_text
from desktop.ui.dialogs.form_dialog import to_date, to_qdate
from desktop.ui.errors import show_error
from desktop.ui.models.coverage_model import OfficerLoadModel
from desktop.ui.models.row_table_model import Column, RowTableModel
from desktop.ui.widgets.tables import empty_label, list_view
from desktop.ui.workers import WorkerSignals, run_in_background

#: The coverage list shows at most this many operators (the count says how many in all).
COVERAGE_LIMIT = 2000
SIZE_LABELS = {"micro": "Micro", "small": "Small", "medium": "Medium", "large": "Large"}


def _fit_height(view: QTableView, rows: int, most: int) -> None:
    """As tall as ``rows`` rows and the header, up to ``most`` rows (then it scrolls): no
    empty band inside a short list; the page's spare room goes below it."""

    def height(n: int) -> int:
        return (
            view.horizontalHeader().sizeHint().height()
            + view.verticalHeader().defaultSectionSize() * max(n, 1)
            + 2 * view.frameWidth()
            + 2
        )

    view.setFixedHeight(height(min(rows, most)))


def _size(r: dict[str, Any]) -> str:
    label = SIZE_LABELS.get(r["size_class"])
    return QCoreApplication.translate("ContactsPage", label) if label else str(r["size_class"])


def _size_colour(r: dict[str, Any]) -> str | None:
    return theme.colour("blue") if r["size_class"] in dc.MSME else None


def _red() -> str:
    """Overdue, over the maximum (in the current look: theme.colour)."""
    return theme.colour("red")


def _amber() -> str:
    """Needs a handover, long tenure."""
    return theme.colour("amber")


def _message_style(error: bool) -> str:
    """A note after saving or handing over: red for a refusal, green when done."""
    return theme.note_css("error" if error else "done")


@dataclass(frozen=True)
class _HandoverRequest:
    from_officer_id: int
    from_name: str
    successors: tuple[int, ...]
    effective_on: date
    note: str
    operator_ids: tuple[int, ...] | None


@dataclass(frozen=True)
class CoverageQuery:
    region: str | None = None
    sector: str | None = None
    size_class: str | None = None


@dataclass(frozen=True)
class Snapshot:
    """What the page shows, read in one go on the worker. Only the coverage part (and the
    totals) is filled when ``everything`` was False."""

    query: CoverageQuery
    coverage: list[dict[str, Any]]
    totals: dict[str, int]
    filters: dict[str, list[str]] | None = None
    loads: list[dict[str, Any]] | None = None
    rules: dc.ContactRules | None = None
    tenure: list[dict[str, Any]] | None = None
    outgoing: list[dict[str, Any]] | None = None
    handovers: list[dict[str, Any]] | None = None
    log: list[dict[str, Any]] | None = None
    follow_ups: list[dict[str, Any]] | None = None
    #: False only when the unit has no operator at all (the empty coverage says so).
    has_operators: bool = True


def load_snapshot(
    db: sqlite_utils.Database, query: CoverageQuery, within_days: int, *, everything: bool
) -> Snapshot:
    """Runs on a worker thread with its own connection: services only, no widgets."""
    coverage = contact_service.coverage(
        db,
        region=query.region,
        sector=query.sector,
        size_class=query.size_class,
        limit=COVERAGE_LIMIT + 1,
    )
    totals = contact_service.coverage_summary(db)
    # Nothing uncovered and no filter: is there any operator at all? (one row, rarely asked)
    has_operators = bool(coverage) or bool(operator_service.find_operators(db, "", limit=1))
    if not everything:
        return Snapshot(query, coverage, totals, has_operators=has_operators)
    return Snapshot(
        query,
        coverage,
        totals,
        has_operators=has_operators,
        filters=contact_service.coverage_filters(db),
        loads=contact_service.officer_loads(db),
        rules=contact_service.rules(db),
        tenure=contact_service.long_tenure(db),
        outgoing=contact_service.outgoing_officers(db),
        handovers=contact_service.handovers(db),
        log=contact_service.contact_log(db),
        follow_ups=contact_service.follow_ups_due(db, within_days),
    )


class ContactsPage(QWidget):
    case_requested = Signal(int)  # for the main window's wiring; not used yet
    #: A handover went through (its id), after the page has refreshed.
    handover_done = Signal(int)
    #: Something was written (assignments, log, rules): other pages may want to refresh.
    data_changed = Signal()
    #: The page shows fresh data (after :meth:`refresh` or a filter change).
    loaded = Signal()

    COVERAGE, OFFICERS, HANDOVER, LOG, RULES = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPage")
        self._ctx = ctx
        self._generation = 0
        self._jobs = 0
        self._coverage_generation = 0
        self._loads: list[dict[str, Any]] = []
        self._pending_handover: tuple[int, str] | None = None
        self.last_load_job: WorkerSignals | None = None
        self._preview: list[Move] = []
        self._previewed: _HandoverRequest | None = None
        self._outgoing_names: dict[int, str] = {}
        self._successor_loads: dict[int, dict[str, Any]] = {}
        self.last_dialog: QWidget | None = None
        self.last_handover_job: WorkerSignals | None = None
        # What the coloured parts show, to draw them again in a new look (changeEvent).
        self._handover_error: bool | None = None
        self._rules_error: bool | None = None
        self._officer_snapshot: Snapshot | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("contactTabs")
        self.tabs.addTab(self._build_coverage(), self.tr("Coverage"))
        self.tabs.addTab(self._build_officers(), self.tr("Officers"))
        self.tabs.addTab(self._build_handover(), self.tr("Handover"))
        self.tabs.addTab(self._build_log(), self.tr("Contact log"))
        self.tabs.addTab(self._build_rules(), self.tr("Rules"))
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export…"), self.tabs)
        self.export_button.setObjectName("exportContacts")
        self.export_button.setToolTip(
            self.tr("Export the coverage list or the contact log as shown")
        )
        self.export_button.clicked.connect(self.request_export)
        self.tabs.setCornerWidget(self.export_button)
        self.tabs.currentChanged.connect(lambda i: self.export_button.setEnabled(i in (0, 3)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    # --- building ---------------------------------------------------------------------------

    def _build_coverage(self) -> QWidget:
        page = QWidget(self)
        self.region_combo = QComboBox(page)
        self.region_combo.setObjectName("coverageRegion")
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.sector_combo = QComboBox(page)
        self.sector_combo.setObjectName("coverageSector")
        self.sector_combo.setAccessibleName(self.tr("Sector"))
        self.size_combo = QComboBox(page)
        self.size_combo.setObjectName("coverageSize")
        self.size_combo.setAccessibleName(self.tr("Size class"))
        self.size_combo.addItem(self.tr("All sizes"), None)
        for value, label in (
            ("micro", self.tr("Micro")),
            ("small", self.tr("Small")),
            ("medium", self.tr("Medium")),
            ("large", self.tr("Large")),
        ):
            self.size_combo.addItem(label, value)
        for combo in (self.region_combo, self.sector_combo, self.size_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.refresh_coverage)
        self.history_button = QPushButton(self.tr("Contact history…"), page)
        self.history_button.setObjectName("coverageHistory")
        self.history_button.clicked.connect(self._on_coverage_history_clicked)
        self.assign_button = QPushButton(self.tr("Assign contact…"), page)
        self.assign_button.setObjectName("assignContact")
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self.request_assign)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), page))
        top.addWidget(self.region_combo)
        top.addWidget(self.sector_combo)
        top.addWidget(self.size_combo)
        top.addStretch(1)
        top.addWidget(self.history_button)
        top.addWidget(self.assign_button)

        self.coverage_summary = QLabel(page)
        self.coverage_summary.setObjectName("coverageSummary")
        self.coverage_summary.setWordWrap(True)
        self.coverage_model = RowTableModel(
            [
                Column(self.tr("Size"), _size, _size_colour),
                Column(self.tr("Operator"), lambda r: r["name"]),
                Column(self.tr("Sector"), lambda r: r["sector"]),
                Column(self.tr("Region"), lambda r: r["region"]),
                Column(self.tr("Backup"), lambda r: r["backup_name"] or ""),
                Column(self.tr("Previous primary"), lambda r: r["previous_primary"] or ""),
                Column(self.tr("Last contact"), lambda r: r["last_contact_on"] or ""),
            ],
            self,
        )
        self.coverage_view = list_view(page, self.coverage_model, "coverageTable", multi=True)
        for col, width in enumerate((62, 240, 150, 170, 110, 190)):
            self.coverage_view.setColumnWidth(col, width)
        self.coverage_view.doubleClicked.connect(self._on_coverage_double_clicked)
        self.coverage_view.selectionModel().selectionChanged.connect(self._on_coverage_selection)
        self.coverage_empty = empty_label(page, "coverageEmpty")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.coverage_summary)
        layout.addWidget(self.coverage_view, 1)
        layout.addWidget(self.coverage_empty)
        return page

    def _build_officers(self) -> QWidget:
        page = QWidget(self)
        self.officers_summary = QLabel(page)
        self.officers_summary.setObjectName("officersSummary")
        self.officers_summary.setWordWrap(True)
        self.officer_model = OfficerLoadModel(
            [
                Column(self.tr("Officer"), lambda r: r["name"]),
                Column(self.tr("Office"), lambda r: r["office"]),
                Column(
                    self.tr("Operators"),
                    lambda r: str(r["operators"]),
                    self._load_colour,
                    align_right=True,
                ),
                Column(self.tr("MSMEs"), lambda r: str(r["msmes"]), align_right=True),
                Column(self.tr("Backups"), lambda r: str(r["backups"]), align_right=True),
                Column(
                    self.tr("Load / max"),
                    lambda r: f"{r['operators']} / {r['max_operators']}",
                    self._load_colour,
                    align_right=True,
                ),
                Column(self.tr("Status"), self._officer_status, self._load_colour),
            ],
            self,
        )
        self.officer_view = list_view(page, self.officer_model, "officerTable")
        for col, width in enumerate((200, 190, 84, 70, 70, 96)):
            self.officer_view.setColumnWidth(col, width)
        self.officer_view.doubleClicked.connect(self._on_officer_double_clicked)
        self.officer_empty = empty_label(page, "officersEmpty")
        self.officer_handover_button = QPushButton(self.tr("Hand over…"), page)
        self.officer_handover_button.setObjectName("officerHandover")
        self.officer_handover_button.clicked.connect(self._on_officer_handover_clicked)
        top = QHBoxLayout()
        top.addWidget(self.officers_summary, 1)
        top.addWidget(self.officer_handover_button)

        self.tenure_box = QGroupBox(page)
        self.tenure_box.setObjectName("tenureBox")
        self.tenure_model = RowTableModel(
            [
                Column(self.tr("Operator"), lambda r: r["operator_name"]),
                Column(self.tr("Size"), _size, _size_colour),
                Column(self.tr("Since"), lambda r: r["start_on"]),
                Column(
                    self.tr("Years"),
                    lambda r: f"{r['years']:.1f}",
                    lambda r: _amber(),
                    align_right=True,
                ),
                Column(self.tr("Officer"), lambda r: r["officer_name"]),
            ],
            self,
        )
        self.tenure_view = list_view(self.tenure_box, self.tenure_model, "tenureTable")
        for col, width in enumerate((270, 62, 100, 60)):
            self.tenure_view.setColumnWidth(col, width)
        self.tenure_view.doubleClicked.connect(self._on_tenure_double_clicked)
        self.tenure_empty = empty_label(self.tenure_box, "tenureEmpty")
        tenure_hint = self._hint(
            self.tr(
                "Double-click an operator for its contact history. To rotate, end the "
                "assignment there and assign another officer, or hand over under Handover."
            )
        )
        tl = QVBoxLayout(self.tenure_box)
        tl.addWidget(self.tenure_view, 1)
        tl.addWidget(self.tenure_empty)
        tl.addWidget(tenure_hint)

        # Both tables are as tall as their rows (see _fit_height); the page's spare room
        # goes below them, and a long list scrolls inside its table.
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.officer_view)
        layout.addWidget(self.officer_empty)
        layout.addSpacing(6)
        layout.addWidget(self.tenure_box)
        layout.addStretch(1)
        return page

    def _build_handover(self) -> QWidget:
        page = QWidget(self)
        form_box = QWidget(page)
        form_box.setMinimumWidth(340)
        form_box.setMaximumWidth(440)
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 8, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.from_combo = QComboBox(form_box)
        self.from_combo.setObjectName("handoverFrom")
        self.from_combo.currentIndexChanged.connect(self._on_from_changed)
        form.addRow(self.tr("&Outgoing officer:"), self.from_combo)
        self.successor_list = QListWidget(form_box)
        self.successor_list.setObjectName("handoverSuccessors")
        self.successor_list.itemChanged.connect(self._invalidate_preview)
        form.addRow(self.tr("&Successors:"), self.successor_list)
        self.effective_edit = QDateEdit(form_box)
        self.effective_edit.setObjectName("handoverEffective")
        self.effective_edit.setCalendarPopup(True)
        self.effective_edit.setDisplayFormat("yyyy-MM-dd")
        self.effective_edit.setDate(to_qdate(clock.today()))
        self.effective_edit.dateChanged.connect(self._invalidate_preview)
        form.addRow(self.tr("&Effective date:"), self.effective_edit)
        self.note_edit = QLineEdit(form_box)
        self.note_edit.setObjectName("handoverNote")
        self.note_edit.setPlaceholderText(self.tr("e.g. rotation to the Lyon office"))
        self.note_edit.textChanged.connect(self._invalidate_preview)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.operator_list = QListWidget(form_box)
        self.operator_list.setObjectName("handoverOperators")
        self.operator_list.itemChanged.connect(self._on_operator_checked)
        self.operator_list.itemDoubleClicked.connect(
            lambda item: self.open_history(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.all_button = QPushButton(self.tr("All"), form_box)
        self.all_button.clicked.connect(lambda: self._check_all_operators(True))
        self.none_button = QPushButton(self.tr("None"), form_box)
        self.none_button.clicked.connect(lambda: self._check_all_operators(False))
        self.operator_count = QLabel(form_box)
        self.operator_count.setObjectName("handoverOperatorCount")
        picks = QHBoxLayout()
        picks.addWidget(self.operator_count, 1)
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        ops_box = QVBoxLayout()
        ops_box.addWidget(self.operator_list, 1)
        ops_box.addLayout(picks)
        ops_label = QLabel(self.tr("O&perators:"), form_box)
        ops_label.setBuddy(self.operator_list)
        form.addRow(ops_label, ops_box)
        self.preview_button = QPushButton(self.tr("&Preview"), form_box)
        self.preview_button.setObjectName("handoverPreview")
        self.preview_button.clicked.connect(self.preview_handover)
        self.confirm_button = QPushButton(self.tr("&Confirm handover"), form_box)
        self.confirm_button.setObjectName("handoverConfirm")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm_handover)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.confirm_button)
        form.addRow(buttons)

        right = QWidget(page)
        self.handover_message = QLabel(right)
        self.handover_message.setObjectName("handoverMessage")
        self.handover_message.setWordWrap(True)
        self.handover_message.hide()
        self.preview_summary = QLabel(right)
        self.preview_summary.setObjectName("handoverPreviewSummary")
        self.preview_summary.setWordWrap(True)
        self.preview_model = RowTableModel(
            [
                Column(self.tr("Operator"), lambda r: r["operator_name"]),
                Column(self.tr("Size"), _size, _size_colour),
                Column(
                    self.tr("Role"),
                    lambda r: self.tr("Primary") if r["role"] == "primary" else self.tr("Backup"),
                ),
                Column(self.tr("New officer"), lambda r: r["to_officer_name"]),
            ],
            self,
        )
        self.preview_view = list_view(right, self.preview_model, "handoverPreviewTable")
        for col, width in enumerate((280, 70, 80)):
            self.preview_view.setColumnWidth(col, width)
        self.preview_view.doubleClicked.connect(self._on_preview_double_clicked)
        self.preview_empty = empty_label(right, "handoverPreviewEmpty")
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.handover_message)
        rl.addWidget(self.preview_summary)
        rl.addWidget(self.preview_view, 1)
        rl.addWidget(self.preview_empty)

        upper = QWidget(page)
        ul = QHBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(form_box)
        ul.addWidget(right, 1)

        self.handover_box = QGroupBox(self.tr("Handovers"), page)
        self.handover_box.setObjectName("handoverHistoryBox")
        self.handover_model = RowTableModel(
            [
                Column(self.tr("Effective"), lambda r: r["effective_on"]),
                Column(self.tr("From"), lambda r: r["from_officer_name"]),
                Column(self.tr("To"), self._successors_text),
                Column(self.tr("Moved"), lambda r: str(r["moved"]), align_right=True),
                Column(self.tr("Note"), lambda r: r["note"]),
                Column(self.tr("Recorded by"), lambda r: r["created_by"]),
            ],
            self,
        )
        self.handover_view = list_view(self.handover_box, self.handover_model, "handoverHistory")
        for col, width in enumerate((92, 160, 300, 64, 300)):
            self.handover_view.setColumnWidth(col, width)
        self.handover_empty = empty_label(self.handover_box, "handoverHistoryEmpty")
        hl = QVBoxLayout(self.handover_box)
        hl.addWidget(self.handover_view, 1)
        hl.addWidget(self.handover_empty)

        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(upper)
        split.addWidget(self.handover_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(split)
        return page

    def _build_log(self) -> QWidget:
        page = QWidget(self)
        self.log_button = QPushButton(self.tr("Log a contact…"), page)
        self.log_button.setObjectName("logContact")
        self.log_button.clicked.connect(self.request_log_contact)
        self.log_summary = QLabel(page)
        self.log_summary.setObjectName("logSummary")
        top = QHBoxLayout()
        top.addWidget(self.log_summary, 1)
        top.addWidget(self.log_button)
        self.log_model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r["contact_on"]),
                Column(self.tr("Operator"), lambda r: r["operator_name"]),
                Column(self.tr("Officer"), lambda r: r["officer_name"]),
                Column(self.tr("Channel"), self._channel_text),
                Column(self.tr("Topic"), lambda r: r["topic"]),
                Column(
                    self.tr("Follow-up"),
                    follow_up_text,
                    lambda r: _red() if r["follow_up_status"] == "overdue" else None,
                ),
                Column(self.tr("Advice"), lambda r: r["advice"]),
            ],
            self,
        )
        self.log_view = list_view(page, self.log_model, "contactLogTable")
        for col, width in enumerate((86, 220, 130, 104, 250, 150)):
            self.log_view.setColumnWidth(col, width)
        self.log_view.doubleClicked.connect(self._on_log_double_clicked)
        self.log_empty = empty_label(page, "contactLogEmpty")
        upper = QWidget(page)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        ul.addWidget(self.log_view, 1)
        ul.addWidget(self.log_empty)

        self.follow_box = QGroupBox(page)
        self.follow_box.setObjectName("followUpBox")
        self.follow_days = QSpinBox(self.follow_box)
        self.follow_days.setObjectName("followUpWithin")
        self.follow_days.setRange(0, 365)
        self.follow_days.setValue(14)
        self.follow_days.setPrefix(self.tr("due within "))
        self.follow_days.setSuffix(self.tr(" days, and every overdue one"))
        self.follow_days.valueChanged.connect(self.refresh_follow_ups)
        self.done_button = QPushButton(self.tr("Mark done"), self.follow_box)
        self.done_button.setObjectName("followUpDone")
        self.done_button.clicked.connect(self.mark_follow_up_done)
        ft = QHBoxLayout()
        ft.addWidget(self.follow_days)
        ft.addStretch(1)
        ft.addWidget(self.done_button)
        self.follow_model = RowTableModel(
            [
                Column(
                    self.tr("Due"),
                    lambda r: r["follow_up_on"],
                    lambda r: _red() if r["overdue"] else None,
                ),
                Column(
                    self.tr("Status"),
                    lambda r: self.tr("Overdue") if r["overdue"] else self.tr("Due"),
                    lambda r: _red() if r["overdue"] else None,
                ),
                Column(self.tr("Operator"), lambda r: r["operator_name"]),
                Column(self.tr("Officer"), lambda r: r["officer_name"]),
                Column(
                    self.tr("Contact"), lambda r: f"{r['contact_on']} · {self._channel_text(r)}"
                ),
                Column(self.tr("Topic"), lambda r: r["topic"]),
            ],
            self,
        )
        self.follow_view = list_view(self.follow_box, self.follow_model, "followUpTable")
        for col, width in enumerate((86, 70, 220, 150, 210)):
            self.follow_view.setColumnWidth(col, width)
        self.follow_view.doubleClicked.connect(self._on_follow_double_clicked)
        self.follow_view.selectionModel().selectionChanged.connect(self._on_follow_selection)
        self.follow_empty = empty_label(self.follow_box, "followUpEmpty")
        fl = QVBoxLayout(self.follow_box)
        fl.addLayout(ft)
        fl.addWidget(self.follow_view, 1)
        fl.addWidget(self.follow_empty)

        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(upper)
        split.addWidget(self.follow_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(split)
        return page

    def _build_rules(self) -> QWidget:
        page = QWidget(self)
        box = QGroupBox(self.tr("Integrity rules"), page)
        box.setMaximumWidth(720)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.max_operators_spin = QSpinBox(box)
        self.max_operators_spin.setObjectName("ruleMaxOperators")
        self.max_operators_spin.setRange(0, 5000)  # the service refuses what is impossible
        self.max_operators_spin.setSuffix(self.tr(" operators"))
        form.addRow(self.tr("&Maximum per officer:"), self.max_operators_spin)
        form.addRow("", self._hint(self.tr("Officers above it are highlighted under Officers.")))
        self.max_years_spin = QSpinBox(box)
        self.max_years_spin.setObjectName("ruleMaxYears")
        self.max_years_spin.setRange(0, 100)
        self.max_years_spin.setSuffix(self.tr(" years"))
        form.addRow(self.tr("&Warn after:"), self.max_years_spin)
        form.addRow(
            "",
            self._hint(
                self.tr("…with the same officer as an operator's primary contact (rotation).")
            ),
        )
        self.conflict_combo = QComboBox(box)
        self.conflict_combo.setObjectName("ruleConflict")
        self.conflict_combo.addItem(self.tr("Warn"), dc.ConflictMode.WARN.value)
        self.conflict_combo.addItem(self.tr("Refuse the assignment"), dc.ConflictMode.REFUSE.value)
        self.conflict_combo.addItem(self.tr("Do not check"), dc.ConflictMode.OFF.value)
        form.addRow(self.tr("&Validator is the contact:"), self.conflict_combo)
        form.addRow(
            "",
            self._hint(
                self.tr(
                    "When a case is assigned to a validator who is also the operator's "
                    "contact officer (primary or backup)."
                )
            ),
        )
        self.rules_message = QLabel(box)
        self.rules_message.setObjectName("rulesMessage")
        self.rules_message.setWordWrap(True)
        self.rules_message.hide()
        self.save_rules_button = QPushButton(self.tr("&Save rules"), box)
        self.save_rules_button.setObjectName("saveRules")
        self.save_rules_button.clicked.connect(self.save_rules)
        self.save_rules_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.rules_message, 1)
        row.addStretch(0)
        row.addWidget(self.save_rules_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(row)
        self._rule_fields = {
            "Maximum operators": self.max_operators_spin,
            "Maximum years": self.max_years_spin,
            "Validator conflict": self.conflict_combo,
        }
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() != QEvent.Type.PaletteChange:
            return
        # A new look: the coloured notes and the summary's red and amber follow it (the
        # tables' colours are read as they are drawn).
        if self._handover_error is not None:
            self.handover_message.setStyleSheet(_message_style(self._handover_error))
        if self._rules_error is not None:
            self.rules_message.setStyleSheet(_message_style(self._rules_error))
        if self._officer_snapshot is not None:
            self.officers_summary.setText(self._officers_summary(self._officer_snapshot))

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        theme.mute(label)
        return label

    # --- text helpers -----------------------------------------------------------------------

    def _load_colour(self, r: dict[str, Any]) -> str | None:
        if r["needs_handover"]:
            return _amber()
        return _red() if r["over_max"] else None

    def _officer_status(self, r: dict[str, Any]) -> str:
        if r["needs_handover"]:
            if r["active_to"] and r["active_to"] < clock.today().isoformat():
                return self.tr("Left on %1 – hand over").replace("%1", r["active_to"])
            return self.tr("Not a contact officer in post – hand over")
        if r["over_max"]:
            return self.tr("Over the maximum by %1").replace(
                "%1", str(r["operators"] - r["max_operators"])
            )
        return ""

    def _channel_text(self, r: dict[str, Any]) -> str:
        labels = {
            "visit": self.tr("Visit"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "seminar": self.tr("Seminar"),
            "outreach": self.tr("Outreach event"),
        }
        return labels.get(r["channel"], r["channel"])

    def _successors_text(self, r: dict[str, Any]) -> str:
        return ", ".join(f"{name} ({n})" for name, n in r["successors"])

    # --- refreshing -------------------------------------------------------------------------

    def _coverage_query(self) -> CoverageQuery:
        return CoverageQuery(
            region=self.region_combo.currentData(),
            sector=self.sector_combo.currentData(),
            size_class=self.size_combo.currentData(),
        )

    @Slot()
    def refresh(self) -> WorkerSignals:
        """Reload every tab, reading on the worker (a large unit has tens of thousands of
        operators); ``loaded`` says when the page shows the new data."""
        self._generation += 1
        self._coverage_generation += 1
        gen, cgen = self._generation, self._coverage_generation
        query, within = self._coverage_query(), self.follow_days.value()
        return self._start_load(
            lambda db: load_snapshot(db, query, within, everything=True), gen, cgen
        )

    @Slot()
    def refresh_coverage(self) -> WorkerSignals:
        """Reload the coverage list only (a filter changed); the newest request wins."""
        self._coverage_generation += 1
        cgen = self._coverage_generation
        query = self._coverage_query()
        return self._start_load(
            lambda db: load_snapshot(db, query, 0, everything=False), None, cgen
        )

    @property
    def jobs_in_flight(self) -> int:
        """Loads started and not yet back (tests wait for none before closing the page)."""
        return self._jobs

    def _start_load(self, op: Any, gen: int | None, cgen: int) -> WorkerSignals:
        self._jobs += 1

        def succeeded(snap: Snapshot) -> None:
            self._jobs -= 1
            if isValid(self):  # the page may have been closed meanwhile
                self._apply(snap, gen, cgen)

        def failed(exc: BaseException) -> None:
            self._jobs -= 1
            show_error(self if isValid(self) else None, exc)

        self.last_load_job = run_in_background(
            self,
            op=op,
            on_success=succeeded,
            on_failure=failed,
            db_path=self._ctx.path,
            reader=True,
        )
        return self.last_load_job

    def _apply(self, snap: Snapshot, gen: int | None, cgen: int) -> None:
        applied = False
        if gen is not None and gen == self._generation:
            assert snap.filters is not None
            self._fill_filters(snap.filters)
            self._show_officers(snap)
            self._show_handover_choices(snap)
            self._show_handovers(snap)
            self._show_log(snap)
            self._show_rules(snap)
            applied = True
        if cgen == self._coverage_generation:
            self._show_coverage(snap)
            applied = True
        if not applied:
            return  # a newer request is on its way
        self.loaded.emit()
        if gen is not None and self._pending_handover is not None:
            handover_id, summary = self._pending_handover
            self._pending_handover = None
            self.tabs.setCurrentIndex(self.HANDOVER)
            self.show_handover_message(summary, error=False)
            self.handover_done.emit(handover_id)

    def _fill_filters(self, filters: dict[str, list[str]]) -> None:
        for combo, everything, values in (
            (self.region_combo, self.tr("All regions"), filters["regions"]),
            (self.sector_combo, self.tr("All sectors"), filters["sectors"]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _show_coverage(self, snap: Snapshot) -> None:
        rows, totals, query = snap.coverage, snap.totals, snap.query
        shown = rows[:COVERAGE_LIMIT]
        self.coverage_model.set_rows(shown)
        filtered = bool(query.region or query.sector or query.size_class)
        msmes = sum(1 for r in shown if r["size_class"] in dc.MSME)
        text = self.tr(
            "<b>%1</b> operators have no primary contact officer, <b>%2</b> of them MSMEs."
        )
        text = text.replace("%1", f"{totals['operators']:,}").replace("%2", f"{totals['msmes']:,}")
        if filtered:
            text += " " + self.tr("These filters show %1 (%2 MSMEs).").replace(
                "%1", f"{len(shown):,}"
            ).replace("%2", f"{msmes:,}")
        if len(rows) > COVERAGE_LIMIT:
            text += " " + self.tr("The first %1 are listed; narrow the filters.").replace(
                "%1", f"{COVERAGE_LIMIT:,}"
            )
        self.coverage_summary.setText(text)
        if not shown:
            if not snap.has_operators:
                text = self.tr(
                    "No operators yet. Import the operator register (Reports → Import → "
                    "Operators) or add operators (Ctrl+Shift+N); those without a contact "
                    "officer are listed here, MSMEs first."
                )
            elif filtered:
                text = self.tr(
                    "Every operator matching these filters has a primary contact officer."
                )
            else:
                text = self.tr("Every operator has a primary contact officer.")
            self.coverage_empty.setText(text)
        self.coverage_empty.setVisible(not shown)
        self.tabs.setTabText(
            self.COVERAGE,
            self.tr("Coverage (%1 without a contact)").replace("%1", f"{totals['operators']:,}"),
        )
        self._on_coverage_selection()

    def _show_officers(self, snap: Snapshot) -> None:
        assert snap.loads is not None and snap.rules is not None and snap.tenure is not None
        loads, rules, tenure = snap.loads, snap.rules, snap.tenure
        self._officer_snapshot = snap
        self._loads = loads
        self.officer_model.set_rows(loads)
        over = sum(1 for r in loads if r["over_max"])
        gone = sum(1 for r in loads if r["needs_handover"])
        self.officers_summary.setText(self._officers_summary(snap))
        self.officer_empty.setText(
            self.tr(
                "No contact officers in post. Give staff the role “contact officer” to make "
                "them operators' contact points."
            )
        )
        self.officer_empty.setVisible(not loads)
        self.tenure_model.set_rows(tenure)
        self.tenure_box.setTitle(
            self.tr("Long tenure: the same primary contact beyond the %1-year limit (%2)")
            .replace("%1", str(rules.max_years))
            .replace("%2", str(len(tenure)))
        )
        self.tenure_empty.setText(
            self.tr(
                "No operator has had the same primary contact beyond the %1-year limit."
            ).replace("%1", str(rules.max_years))
        )
        self.tenure_empty.setVisible(not tenure)
        self.tenure_view.setVisible(bool(tenure))
        warn = f" ⚠ {over + gone}" if over + gone else ""
        self.tabs.setTabText(self.OFFICERS, self.tr("Officers") + warn)
        _fit_height(self.officer_view, len(loads), 16)
        _fit_height(self.tenure_view, len(tenure), 8)

    def _officers_summary(self, snap: Snapshot) -> str:
        """The maximum, and who is over it or gone (red and amber of the current look)."""
        assert snap.loads is not None and snap.rules is not None
        over = sum(1 for r in snap.loads if r["over_max"])
        gone = sum(1 for r in snap.loads if r["needs_handover"])
        text = self.tr("Maximum per officer: <b>%1</b> operators as primary contact.").replace(
            "%1", str(snap.rules.max_operators)
        )
        if over:
            text += " " + self.tr(
                "<span style='color:%2'><b>Over the maximum: %1.</b></span>"
            ).replace("%1", str(over)).replace("%2", _red())
        if gone:
            text += " " + self.tr(
                "<span style='color:%2'><b>No longer contact officers in post but still "
                "carrying operators: %1 (hand them over).</b></span>"
            ).replace("%1", str(gone)).replace("%2", _amber())
        return text

    def _show_handover_choices(self, snap: Snapshot) -> None:
        assert snap.outgoing is not None
        chosen = self.from_combo.currentData()
        self.from_combo.blockSignals(True)
        self.from_combo.clear()
        self.from_combo.addItem(self.tr("– choose –"), None)
        self._outgoing_names = {r["id"]: r["name"] for r in snap.outgoing}
        for r in snap.outgoing:
            label = self.tr("%1 – carries %2").replace("%1", r["name"]).replace("%2", str(r["n"]))
            if not r["in_post"]:
                label += " – " + self.tr("not in post")
            self.from_combo.addItem(label, r["id"])
        self.from_combo.setCurrentIndex(max(0, self.from_combo.findData(chosen)))
        self.from_combo.blockSignals(False)
        self._fill_successors()
        self._fill_operators()
        self._invalidate_preview()

    def _fill_successors(self) -> None:
        outgoing = self.from_combo.currentData()
        checked = set(self.successor_ids())
        self.successor_list.blockSignals(True)
        self.successor_list.clear()
        self._successor_loads = {r["officer_id"]: r for r in self._loads}
        for r in self._loads:
            if r["needs_handover"] or r["officer_id"] == outgoing:
                continue
            text = (
                self.tr("%1 – %2 of %3")
                .replace("%1", r["name"])
                .replace("%2", str(r["operators"]))
                .replace("%3", str(r["max_operators"]))
            )
            item = QListWidgetItem(text, self.successor_list)
            item.setData(Qt.ItemDataRole.UserRole, r["officer_id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if r["officer_id"] in checked else Qt.CheckState.Unchecked
            )
        self.successor_list.blockSignals(False)
        # As tall as its rows (up to ten), so that the operators below get the room.
        rows = max(3, min(10, self.successor_list.count()))
        row_height = self.successor_list.sizeHintForRow(0) if self.successor_list.count() else 18
        frame = 2 * self.successor_list.frameWidth() + 4
        self.successor_list.setFixedHeight(rows * max(row_height, 16) + frame)

    def _fill_operators(self) -> None:
        """The outgoing officer's operators (one indexed query: fast on the UI thread)."""
        outgoing = self.from_combo.currentData()
        self.operator_list.blockSignals(True)
        self.operator_list.clear()
        if outgoing is not None:
            for r in contact_service.open_assignments(self._ctx.db, outgoing):
                text = r["operator_name"]
                if r["role"] == "backup":
                    text += " " + self.tr("(backup)")
                item = QListWidgetItem(text, self.operator_list)
                item.setData(Qt.ItemDataRole.UserRole, r["operator_id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
        self.operator_list.blockSignals(False)
        self._update_operator_count()

    def _show_handovers(self, snap: Snapshot) -> None:
        rows = snap.handovers or []
        self.handover_model.set_rows(rows)
        self.handover_box.setTitle(self.tr("Handovers (%1)").replace("%1", str(len(rows))))
        self.handover_empty.setText(
            self.tr(
                "No handovers yet. When an officer rotates out, hand their operators over here."
            )
        )
        self.handover_empty.setVisible(not rows)
        self.handover_view.setVisible(bool(rows))

    def _show_log(self, snap: Snapshot) -> None:
        rows = snap.log or []
        self.log_model.set_rows(rows)
        self.log_summary.setText(
            self.tr("Most recent contacts with operators, newest first: %1.").replace(
                "%1", str(len(rows))
            )
            if rows
            else ""
        )
        self.log_empty.setText(
            self.tr(
                "No contacts logged yet. Use “Log a contact…” after each visit, call, e-mail, "
                "seminar or outreach event."
            )
        )
        self.log_empty.setVisible(not rows)
        self._show_follow_ups(snap.follow_ups or [])

    @Slot()
    def refresh_follow_ups(self) -> None:
        """The follow-ups due (one indexed query: fast on the UI thread)."""
        self._show_follow_ups(
            contact_service.follow_ups_due(self._ctx.db, self.follow_days.value())
        )

    def _show_follow_ups(self, rows: list[dict[str, Any]]) -> None:
        self.follow_model.set_rows(rows)
        overdue = sum(1 for r in rows if r["overdue"])
        self.follow_box.setTitle(
            self.tr("Follow-ups due (%1 due, %2 overdue)")
            .replace("%1", str(len(rows) - overdue))
            .replace("%2", str(overdue))
        )
        self.follow_empty.setText(self.tr("No follow-ups due in this window, and none overdue."))
        self.follow_empty.setVisible(not rows)
        self.follow_view.setVisible(bool(rows))
        warn = f" ⚠ {overdue}" if overdue else ""
        self.tabs.setTabText(self.LOG, self.tr("Contact log") + warn)
        self._on_follow_selection()

    def _show_rules(self, snap: Snapshot) -> None:
        rules = snap.rules
        assert rules is not None
        self.max_operators_spin.setValue(rules.max_operators)
        self.max_years_spin.setValue(rules.max_years)
        self.conflict_combo.setCurrentIndex(
            max(0, self.conflict_combo.findData(rules.validator_conflict))
        )

    # --- coverage actions -------------------------------------------------------------------

    def selected_coverage(self) -> list[dict[str, Any]]:
        rows = self.coverage_view.selectionModel().selectedRows()
        found = [self.coverage_model.row(i.row()) for i in sorted(rows, key=lambda i: i.row())]
        return [r for r in found if r is not None]

    @Slot()
    def _on_coverage_selection(self, *_: Any) -> None:
        n = len(self.selected_coverage())
        self.assign_button.setEnabled(n > 0)
        self.history_button.setEnabled(n == 1)
        self.assign_button.setText(
            self.tr("Assign contact… (%1 selected)").replace("%1", str(n))
            if n > 1
            else self.tr("Assign contact…")
        )

    @Slot()
    def request_assign(self) -> Any:
        rows = self.selected_coverage()
        if not rows:
            show_error(self, DomainError(self.tr("Select one or more operators in the list.")))
            return None
        from desktop.ui.dialogs.contact_assign_dialog import ContactAssignDialog

        dialog = ContactAssignDialog(
            self,
            self._ctx.db,
            [(r["id"], r["name"]) for r in rows],
            self._ctx.actor,
            loads=self._loads or None,
        )
        dialog.accepted.connect(self._after_write)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    @Slot()
    def _on_coverage_history_clicked(self) -> None:
        rows = self.selected_coverage()
        if rows:
            self.open_history(rows[0]["id"])

    @Slot(QModelIndex)
    def _on_coverage_double_clicked(self, index: QModelIndex) -> None:
        row = self.coverage_model.row(index.row())
        if row is not None:
            self.open_history(row["id"])

    def open_history(self, operator_id: int) -> Any:
        """The operator's contact history in a small dialog (from anywhere on the page)."""
        from desktop.ui.dialogs.contact_history_dialog import ContactHistoryDialog

        try:
            dialog = ContactHistoryDialog(self, self._ctx.db, operator_id, self._ctx.actor)
        except DomainError as exc:
            show_error(self, exc)
            return None
        dialog.changed.connect(self._after_write)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    @Slot()
    def _after_write(self) -> None:
        self.refresh()
        self.data_changed.emit()

    # --- officers actions -------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_officer_double_clicked(self, index: QModelIndex) -> None:
        row = self.officer_model.row(index.row())
        if row is not None:
            self.start_handover(row["officer_id"])

    @Slot()
    def _on_officer_handover_clicked(self) -> None:
        rows = self.officer_view.selectionModel().selectedRows()
        row = self.officer_model.row(rows[0].row()) if rows else None
        self.start_handover(row["officer_id"] if row else None)

    def start_handover(self, officer_id: int | None) -> None:
        """Open the Handover tab with ``officer_id`` as the outgoing officer."""
        self.tabs.setCurrentIndex(self.HANDOVER)
        if officer_id is not None:
            i = self.from_combo.findData(officer_id)
            if i < 0:
                self.show_handover_message(
                    self.tr("This officer carries no operators to hand over."), error=True
                )
                return
            self.from_combo.setCurrentIndex(i)

    @Slot(QModelIndex)
    def _on_tenure_double_clicked(self, index: QModelIndex) -> None:
        row = self.tenure_model.row(index.row())
        if row is not None:
            self.open_history(row["operator_id"])

    # --- handover ---------------------------------------------------------------------------

    def successor_ids(self) -> list[int]:
        ids = []
        for n in range(self.successor_list.count()):
            item = self.successor_list.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_successors(self, officer_ids: list[int]) -> None:
        for n in range(self.successor_list.count()):
            item = self.successor_list.item(n)
            wanted = item.data(Qt.ItemDataRole.UserRole) in officer_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def checked_operator_ids(self) -> list[int]:
        ids = []
        for n in range(self.operator_list.count()):
            item = self.operator_list.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return list(dict.fromkeys(ids))

    def _all_operators_checked(self) -> bool:
        return all(
            self.operator_list.item(n).checkState() == Qt.CheckState.Checked
            for n in range(self.operator_list.count())
        )

    def _check_all_operators(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.operator_list.blockSignals(True)
        for n in range(self.operator_list.count()):
            self.operator_list.item(n).setCheckState(state)
        self.operator_list.blockSignals(False)
        self._on_operator_checked()

    @Slot()
    def _on_operator_checked(self, *_: Any) -> None:
        self._update_operator_count()
        self._invalidate_preview()

    def _update_operator_count(self) -> None:
        total = self.operator_list.count()
        checked = sum(
            1
            for n in range(total)
            if self.operator_list.item(n).checkState() == Qt.CheckState.Checked
        )
        if self.from_combo.currentData() is None:
            text = self.tr("Choose the outgoing officer.")
        elif total == 0:
            text = self.tr("Nothing to hand over.")
        else:
            text = self.tr("%1 of %2 checked").replace("%1", str(checked)).replace("%2", str(total))
        self.operator_count.setText(text)

    @Slot()
    def _on_from_changed(self) -> None:
        self.handover_message.hide()
        self._fill_successors()
        self._fill_operators()
        self._invalidate_preview()

    @Slot()
    def _invalidate_preview(self, *_: Any) -> None:
        self._preview = []
        self._previewed = None
        self.preview_model.set_rows([])
        self.confirm_button.setEnabled(False)
        self.preview_view.hide()
        if self.from_combo.currentData() is None:
            text = self.tr(
                "Choose the outgoing officer and one or more successors, then press Preview "
                "to see what moves."
            )
        else:
            text = self.tr("Press Preview to see which operators move to whom.")
        self.preview_summary.setText("")
        self.preview_empty.setText(text)
        self.preview_empty.show()

    def _request(self) -> _HandoverRequest | None:
        officer = self.from_combo.currentData()
        if officer is None:
            self.show_handover_message(
                self.tr("Outgoing officer: choose who hands over."), error=True
            )
            return None
        ids = self.checked_operator_ids()
        return _HandoverRequest(
            from_officer_id=officer,
            from_name=self._outgoing_names.get(officer, ""),
            successors=tuple(self.successor_ids()),
            effective_on=to_date(self.effective_edit.date()),
            note=self.note_edit.text(),
            operator_ids=None if self._all_operators_checked() else tuple(ids),
        )

    @Slot()
    def preview_handover(self) -> list[Move]:
        """Show what the handover would move (a read; nothing is written)."""
        self._invalidate_preview()
        self.handover_message.hide()
        request = self._request()
        if request is None:
            return []
        if request.operator_ids == ():
            self.show_handover_message(
                self.tr("Operators: check at least one operator to hand over."), error=True
            )
            return []
        try:
            moves = contact_service.handover_preview(
                self._ctx.db,
                request.from_officer_id,
                list(request.successors),
                request.effective_on,
                None if request.operator_ids is None else list(request.operator_ids),
            )
        except DomainError as exc:
            self.show_handover_message(str(exc), error=True)
            return []
        self._preview = moves
        self.preview_model.set_rows([{**asdict(m), "id": m.operator_id} for m in moves])
        if not moves:
            self.preview_empty.setText(self.tr("This officer carries no operators to hand over."))
            return []
        self._previewed = request
        self.preview_view.show()
        self.preview_empty.hide()
        self.preview_summary.setText(
            self._summary(request, moves, done=False) + self._over_max_warning(moves)
        )
        self.confirm_button.setEnabled(True)
        return moves

    def _summary(self, request: _HandoverRequest, moves: list[Move], done: bool) -> str:
        by = Counter(m.to_officer_name for m in moves)
        spread = ", ".join(f"{name} ({n})" for name, n in sorted(by.items()))
        msmes = sum(1 for m in moves if m.size_class in dc.MSME)
        template = (
            self.tr(
                "<b>Handover recorded.</b> Assignments moved: %6 (%4 MSMEs), from %1 to %2, "
                "effective %3."
            )
            if done
            else self.tr(
                "<b>Assignments to move: %6</b> (%4 MSMEs), from %1 to %2 on %3. "
                "%1's last day as their contact: %5."
            )
        )
        return (
            template.replace("%1", request.from_name)
            .replace("%2", spread)
            .replace("%3", request.effective_on.isoformat())
            .replace("%4", str(msmes))
            .replace("%5", (request.effective_on - timedelta(days=1)).isoformat())
            .replace("%6", str(len(moves)))
        )

    def _over_max_warning(self, moves: list[Move]) -> str:
        """Successors whom the handover would take over the maximum (primaries count)."""
        gained = Counter(m.to_officer_id for m in moves if m.role == "primary")
        over = []
        for officer_id, n in sorted(gained.items()):
            load = self._successor_loads.get(officer_id)
            if load is not None and load["operators"] + n > load["max_operators"]:
                over.append(f"{load['name']} ({load['operators'] + n})")
        if not over:
            return ""
        limit = next(iter(self._successor_loads.values()))["max_operators"]
        text = self.tr("Over the maximum of %1 after the handover: %2.")
        return (
            f"<br><span style='color:{_red()}'>"
            + text.replace("%1", str(limit)).replace("%2", ", ".join(over))
            + "</span>"
        )

    @Slot()
    def confirm_handover(self) -> WorkerSignals | None:
        """Run the previewed handover on the worker (it may move hundreds of rows)."""
        request, moves = self._previewed, list(self._preview)
        if request is None or not moves:
            return None
        actor = self._ctx.actor
        self.confirm_button.setEnabled(False)
        self.preview_button.setEnabled(False)

        def op(db: Any) -> int:
            return contact_service.handover(
                db,
                request.from_officer_id,
                list(request.successors),
                request.effective_on,
                request.note,
                actor,
                # Exactly what the preview showed; anything that changed since is refused.
                sorted({m.operator_id for m in moves}),
            )

        def succeeded(handover_id: int) -> None:
            self.preview_button.setEnabled(True)
            self.note_edit.blockSignals(True)
            self.note_edit.clear()
            self.note_edit.blockSignals(False)
            # The summary shows, and handover_done goes out, once the page has reloaded.
            self._pending_handover = (handover_id, self._summary(request, moves, done=True))
            self.refresh()
            self.data_changed.emit()

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            if isinstance(exc, DomainError):
                self.show_handover_message(str(exc), error=True)
                self._invalidate_preview()
            else:
                show_error(self, exc)

        self.last_handover_job = run_in_background(
            self,
            op=op,
            on_success=succeeded,
            on_failure=failed,
            progress_label=self.tr("Handing over…"),
            db_path=self._ctx.path,
        )
        return self.last_handover_job

    def show_handover_message(self, text: str, *, error: bool) -> None:
        self._handover_error = error
        self.handover_message.setStyleSheet(_message_style(error))
        self.handover_message.setText(text)
        self.handover_message.show()

    @Slot(QModelIndex)
    def _on_preview_double_clicked(self, index: QModelIndex) -> None:
        row = self.preview_model.row(index.row())
        if row is not None:
            self.open_history(row["operator_id"])

    # --- contact log ------------------------------------------------------------------------

    @Slot()
    def request_log_contact(self) -> Any:
        from desktop.ui.dialogs.contact_log_dialog import ContactLogDialog

        operator = None
        if self.tabs.currentIndex() == self.LOG:
            rows = self.log_view.selectionModel().selectedRows()
            row = self.log_model.row(rows[0].row()) if rows else None
            if row is not None:
                operator = (row["operator_id"], row["operator_name"])
        dialog = ContactLogDialog(self, self._ctx.db, self._ctx.actor, operator)
        dialog.accepted.connect(self._after_write)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    @Slot(QModelIndex)
    def _on_log_double_clicked(self, index: QModelIndex) -> None:
        row = self.log_model.row(index.row())
        if row is not None:
            self.open_history(row["operator_id"])

    @Slot(QModelIndex)
    def _on_follow_double_clicked(self, index: QModelIndex) -> None:
        row = self.follow_model.row(index.row())
        if row is not None:
            self.open_history(row["operator_id"])

    def selected_follow_up(self) -> dict[str, Any] | None:
        rows = self.follow_view.selectionModel().selectedRows()
        return self.follow_model.row(rows[0].row()) if rows else None

    @Slot()
    def _on_follow_selection(self, *_: Any) -> None:
        self.done_button.setEnabled(self.selected_follow_up() is not None)

    @Slot()
    def mark_follow_up_done(self) -> None:
        row = self.selected_follow_up()
        if row is None:
            return
        try:
            contact_service.complete_follow_up(self._ctx.db, row["id"])
        except DomainError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.data_changed.emit()

    # --- rules ------------------------------------------------------------------------------

    @Slot()
    def save_rules(self) -> None:
        for widget in self._rule_fields.values():
            widget.setStyleSheet("")
        try:
            contact_service.set_rules(
                self._ctx.db,
                max_operators=self.max_operators_spin.value(),
                max_years=self.max_years_spin.value(),
                validator_conflict=self.conflict_combo.currentData(),
            )
        except ValidationError as exc:
            for field in exc.problems:
                widget = self._rule_fields.get(field)
                if widget is not None:
                    widget.setStyleSheet(f"border: 1px solid {_red()};")
            self._rules_error = True
            self.rules_message.setStyleSheet(_message_style(True))
            self.rules_message.setText(str(exc))
            self.rules_message.show()
            return
        self._rules_error = False
        self.rules_message.setStyleSheet(_message_style(False))
        self.rules_message.setText(self.tr("Saved. Loads and tenure warnings use the new rules."))
        self.rules_message.show()
        self.refresh()
        self.data_changed.emit()

    def request_export(self) -> Any:
        """Export the list on the current tab, with its filters (coverage or contact log)."""
        from desktop.ui.export_action import export_list

        if self.tabs.currentIndex() == 0:
            query = {
                "region": self.region_combo.currentData(),
                "sector": self.sector_combo.currentData(),
                "size_class": self.size_combo.currentData(),
            }
            return export_list(
                self, self._ctx, "contacts", "AEO-without-contact-point.xlsx", query=query
            )
        if self.tabs.currentIndex() == 3:
            return export_list(self, self._ctx, "contact-log", "AEO-contact-log.xlsx")
        return None
