"""Audits: the list of upcoming audits (the unit's, or mine), the checklist screen, and the
follow-up list of corrective actions due and overdue across the unit.

Keyboard: the page opens on the list of audits; typing a reference finds it, Enter opens its
checklist (Alt+Left comes back to the same audit). Ctrl+Shift+E exports the list shown, as on
the caseload. Buttons have Alt+letters; Ctrl+Tab / Ctrl+Shift+Tab switch the two lists.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checklists import ActionStatus, Outcome, Severity
from desktop.domain.errors import DomainError
from desktop.services import audit_service, clock
from desktop.services.audit_service import STATUS_LABELS
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.models.row_table_model import ROW_ID_ROLE, Column, RowTableModel
from desktop.ui.widgets.audit_checklist_widget import AuditChecklistWidget, overdue_colour
from desktop.ui.widgets.tables import list_view

if TYPE_CHECKING:
    from desktop.ui.site_mode import SiteOperator

UPCOMING_UNIT, UPCOMING_MINE, ALL = range(3)

#: What each list exports: the columns it shows, with dates and scores as their own columns.
AUDIT_EXPORT_COLUMNS = (
    "reference", "planned_start", "planned_end", "status", "operator", "case", "programme",
    "lead", "template", "outcome", "score",
)  # fmt: skip
FOLLOW_UP_EXPORT_COLUMNS = (
    "due_on", "status", "operator", "audit", "item", "severity", "action", "owner", "lead",
)  # fmt: skip


class AuditsPage(QWidget):
    case_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditsPage")
        self._ctx = ctx
        self._site: SiteOperator | None = None
        self._site_references: set[str] = set()
        self.last_export_job: Any = None
        self.stack = QStackedWidget(self)
        self.checklist = AuditChecklistWidget(ctx, self)
        self.checklist.back_requested.connect(self.show_list)
        self.checklist.changed.connect(self._on_checklist_changed)

        # --- audits list ------------------------------------------------------------------
        list_page = QWidget(self)
        self.scope_combo = QComboBox(list_page)
        self.scope_combo.setObjectName("auditScope")
        self.scope_combo.setAccessibleName(self.tr("Show audits"))
        self.scope_combo.addItems(
            [
                self.tr("Upcoming and in progress – unit"),
                self.tr("Upcoming and in progress – mine"),
                self.tr("All audits"),
            ]
        )
        self.scope_combo.setToolTip(self.tr("Which audits the list shows"))
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.open_button = QPushButton(self.tr("&Open checklist"), list_page)
        self.open_button.setObjectName("openAudit")
        self.open_button.setToolTip(self.tr("Open the selected audit's checklist (Enter)"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.cancel_button = QPushButton(self.tr("C&ancel audit"), list_page)
        self.cancel_button.setObjectName("cancelAudit")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.templates_button = QPushButton(self.tr("Checklist te&mplates…"), list_page)
        self.templates_button.setObjectName("templatesButton")
        self.templates_button.clicked.connect(self.request_templates)
        self.case_button = QPushButton(self.tr("&Show case"), list_page)
        self.case_button.setObjectName("showCase")
        self.case_button.clicked.connect(self._on_case_clicked)
        self.export_button = QPushButton(self.tr("&Export…"), list_page)
        self.export_button.setObjectName("exportAudits")
        self.export_button.setToolTip(
            self.tr("Save the audits as shown to an Excel workbook (Ctrl+Shift+E)")
        )
        self.export_button.clicked.connect(self._on_export_clicked)
        hint = QLabel(self.tr("Plan an audit from a case (Caseload → Plan audit…)."), list_page)
        hint.setWordWrap(True)  # on two lines rather than widen the window (French, Spanish)
        theme.mute(hint)
        top = QHBoxLayout()
        top.addWidget(self.scope_combo)
        top.addWidget(hint)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.templates_button)
        top.addWidget(self.case_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.open_button)
        self.audit_model = RowTableModel(
            [
                Column(self.tr("Reference"), lambda r: r["reference"]),
                Column(self.tr("Dates"), lambda r: _dates(r)),
                Column(
                    self.tr("Status"),
                    lambda r: STATUS_LABELS.get(r["status"], r["status"]),
                    lambda r: theme.colour_or_none(
                        "blue" if r["status"] == "in_progress" else None
                    ),
                ),
                Column(self.tr("Operator"), lambda r: r["operator_name"]),
                Column(self.tr("Case"), lambda r: r["case_reference"]),
                Column(self.tr("Programme"), lambda r: r["programme_code"]),
                Column(self.tr("Lead"), lambda r: r["lead_name"]),
                Column(
                    self.tr("Checklist"), lambda r: f"{r['template_code']} {r['template_version']}"
                ),
                Column(self.tr("Outcome"), lambda r: _outcome(r)),
            ],
            self,
        )
        self.audit_view = list_view(list_page, self.audit_model, "auditTable")
        self.audit_view.setAccessibleName(self.tr("Audits"))
        self.audit_view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        for col, width in enumerate((118, 170, 96, 230, 118, 80, 140, 150)):
            self.audit_view.setColumnWidth(col, width)
        self.audit_view.doubleClicked.connect(self._on_open_clicked)
        self.audit_view.activated.connect(self._on_open_clicked)
        self.empty_label = QLabel(list_page)
        self.empty_label.setObjectName("auditsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.mute(self.empty_label)  # no style sheet: the hint colour follows the look
        self.empty_label.setMargin(24)
        ll = QVBoxLayout(list_page)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(self.audit_view, 1)
        ll.addWidget(self.empty_label)

        # --- follow-up list -----------------------------------------------------------------
        follow_page = QWidget(self)
        self.window_spin = QSpinBox(follow_page)
        self.window_spin.setObjectName("followUpDays")
        self.window_spin.setRange(0, 365)
        self.window_spin.setValue(30)
        self.window_spin.setPrefix(self.tr("due within "))
        self.window_spin.setSuffix(self.tr(" days, and every overdue action"))
        self.window_spin.setAccessibleName(self.tr("Corrective actions due within (days)"))
        self.window_spin.valueChanged.connect(self.refresh_follow_up)
        self.follow_mine = QComboBox(follow_page)
        self.follow_mine.setObjectName("followUpScope")
        self.follow_mine.setAccessibleName(self.tr("Whose corrective actions"))
        self.follow_mine.addItems([self.tr("Whole unit"), self.tr("My audits")])
        self.follow_mine.currentIndexChanged.connect(self.refresh_follow_up)
        self.follow_export_button = QPushButton(self.tr("&Export…"), follow_page)
        self.follow_export_button.setObjectName("exportFollowUp")
        self.follow_export_button.setToolTip(
            self.tr("Save the corrective actions as shown to an Excel workbook (Ctrl+Shift+E)")
        )
        self.follow_export_button.clicked.connect(self._on_follow_export_clicked)
        ft = QHBoxLayout()
        ft.addWidget(self.follow_mine)
        ft.addWidget(self.window_spin)
        ft.addStretch(1)
        ft.addWidget(self.follow_export_button)
        self.follow_model = RowTableModel(
            [
                Column(self.tr("Due"), lambda r: r["due_on"], overdue_colour),
                Column(
                    self.tr("Status"),
                    lambda r: ActionStatus(r["follow_up_status"]).label,
                    overdue_colour,
                ),
                Column(self.tr("Operator"), lambda r: r["operator_name"]),
                Column(self.tr("Audit"), lambda r: r["audit_reference"]),
                Column(
                    self.tr("Item"),
                    lambda r: f"{r['item_code']} ({Severity(r['severity']).label})",
                ),
                Column(self.tr("Action"), lambda r: r["description"]),
                Column(self.tr("Owner"), lambda r: r["owner"]),
                Column(self.tr("Validator"), lambda r: r["lead_name"]),
            ],
            self,
        )
        self.follow_view = list_view(follow_page, self.follow_model, "followUpTable")
        self.follow_view.setAccessibleName(self.tr("Corrective actions due and overdue"))
        self.follow_view.setTabKeyNavigation(False)
        for col, width in enumerate((88, 76, 200, 110, 110, 300, 150)):
            self.follow_view.setColumnWidth(col, width)
        # Enter and double-click (a double-click activates the row too).
        self.follow_view.activated.connect(self._on_follow_up_double_clicked)
        fl = QVBoxLayout(follow_page)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addLayout(ft)
        fl.addWidget(self.follow_view, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("auditTabs")
        self.tabs.addTab(list_page, self.tr("Audits"))
        self.tabs.addTab(follow_page, self.tr("Follow-up of corrective actions"))
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.checklist)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)

        # Tab order as seen: the tabs, then each list's row of controls left to right, then
        # the list.
        chain = (
            self.tabs.tabBar(),
            self.scope_combo,
            self.export_button,
            self.templates_button,
            self.case_button,
            self.cancel_button,
            self.open_button,
            self.audit_view,
            self.follow_mine,
            self.window_spin,
            self.follow_export_button,
            self.follow_view,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Ctrl+Shift+E exports the list shown, as on the caseload (only while a list has the
        # focus: the checklist has its own reports).
        self.export_action = QAction(self.tr("Export the list…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.tabs.addAction(self.export_action)
        self._last_opened: int | None = None

    # --- data -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the page is shown with the keyboard on the page left (Ctrl+3 from
        the case list), Qt gives the focus to the page's first control, the tabs: it goes to
        the list of audits instead, where the work starts. Later visits find the focus where
        it was; focus outside the pages (the navigation list) is left where it is."""
        super().showEvent(event)
        if self.focusWidget() is None:
            QTimer.singleShot(0, self._on_first_focus)

    @Slot()
    def _on_first_focus(self) -> None:
        focus = QApplication.focusWidget()
        if self.isVisible() and focus is not None and self.isAncestorOf(focus):
            if self.stack.currentWidget() is self.checklist:
                self.checklist.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.current_list().setFocus(Qt.FocusReason.OtherFocusReason)

    def current_list(self) -> QWidget:
        return self.follow_view if self.tabs.currentIndex() == 1 else self.audit_view

    @Slot()
    def _on_export_action_triggered(self) -> None:
        if not self.showing_list() or self._site is not None:
            return
        if self.tabs.currentIndex() == 1:
            self.request_export_follow_up()
        else:
            self.request_export_audits()

    def set_site(self, site: SiteOperator | None) -> None:
        """Site mode: only ``site``'s audits and corrective actions, no export (None: back)."""
        self._site = site
        for button in (self.export_button, self.follow_export_button):
            button.setEnabled(site is None)
        self.export_action.setEnabled(site is None)
        if site is not None and self.stack.currentWidget() is self.checklist:
            self.show_list()  # the checklist open may be another operator's
        else:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        scope = self.scope_combo.currentIndex()
        staff_id = self._ctx.actor.staff_id if scope == UPCOMING_MINE else None
        if scope == UPCOMING_MINE and staff_id is None:
            rows: list[dict[str, Any]] = []
            self.empty_label.setText(
                self.tr("Choose who you are in “Acting as” (toolbar) to see your audits.")
            )
        else:
            rows = audit_service.upcoming(
                self._ctx.db, staff_id=staff_id, include_done=scope == ALL
            )
            self.empty_label.setText(
                self.tr("No audits here yet. Plan one from a case: Caseload → Plan audit…")
            )
        if self._site is not None:
            rows = self._site.keep_audits(rows)
            self._site_references = self._site.case_references(self._ctx.db)
        self.audit_model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.refresh_follow_up()

    @Slot()
    def refresh_follow_up(self) -> None:
        mine = self.follow_mine.currentIndex() == 1
        rows = audit_service.follow_up(
            self._ctx.db,
            within_days=self.window_spin.value(),
            staff_id=self._ctx.actor.staff_id if mine else None,
        )
        if self._site is not None:
            rows = self._site.keep_actions(rows, self._site_references)
        self.follow_model.set_rows(rows)
        overdue = sum(1 for r in rows if r["follow_up_status"] == "overdue")
        self.tabs.setTabText(
            1,
            self.tr("Follow-up of corrective actions (%1 due, %2 overdue)")
            .replace("%1", str(len(rows) - overdue))
            .replace("%2", str(overdue)),
        )

    def show_list(self) -> None:
        """Back from the checklist: the list, on the audit that was open (when it is still
        listed), with the focus in it."""
        self.stack.setCurrentWidget(self.tabs)
        self.refresh()
        if self._last_opened is not None and self.tabs.currentIndex() == 0:
            self.select_audit(self._last_opened)
        self.current_list().setFocus(Qt.FocusReason.OtherFocusReason)

    def showing_list(self) -> bool:
        """The lists are shown (not an audit's checklist)."""
        return self.stack.currentWidget() is self.tabs

    def show_audit(self, audit_id: int) -> None:
        """The list of audits with ``audit_id`` selected (and the keyboard on it): back from
        the checklist if it is open; the unit's upcoming audits if "mine" leaves it out."""
        if not self.showing_list():
            self.show_list()
        self.tabs.setCurrentIndex(0)
        self.refresh()
        if self.audit_model.row_of(audit_id) is None:  # "mine" and someone else leads it
            self.scope_combo.setCurrentIndex(UPCOMING_UNIT)  # (refreshes)
        self.select_audit(audit_id)
        self.audit_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_audit(self, audit_id: int) -> None:
        """Show the audit's checklist, the focus on its item list (at the item where the
        validator left off, or the first unanswered one)."""
        try:
            self.checklist.open_audit(audit_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._last_opened = audit_id
        self.stack.setCurrentWidget(self.checklist)
        self.checklist.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected_audit(self, *, or_current: bool = False) -> dict[str, Any] | None:
        """The selected audit; with ``or_current``, the one under the keyboard cursor when
        none is selected (to open it; cancelling wants a selection)."""
        rows = self.audit_view.selectionModel().selectedRows()
        if rows:
            return self.audit_model.row(rows[0].row())
        current = self.audit_view.currentIndex()
        if or_current and current.isValid():
            return self.audit_model.row(current.row())
        return None

    @Slot()
    def _on_open_clicked(self, *args: Any) -> None:
        # Enter (activated) and double-click name the row; the button uses the selection.
        index = next((a for a in args if isinstance(a, QModelIndex) and a.isValid()), None)
        if index is not None:
            row = self.audit_model.row(index.row())
        else:
            row = self._selected_audit(or_current=True)
        if row is not None:
            self.open_audit(row["id"])

    @Slot()
    def _on_cancel_clicked(self) -> None:
        row = self._selected_audit()
        if row is None:
            return
        try:
            audit_service.cancel(self._ctx.db, row["id"])
        except DomainError as exc:
            show_error(self, exc)
            return
        self.refresh()

    @Slot()
    def _on_case_clicked(self) -> None:
        row = self._selected_audit()
        if row is not None:
            self.case_requested.emit(row["case_id"])

    @Slot()
    def _on_follow_up_double_clicked(self, index: Any) -> None:
        row = self.follow_model.row(index.row())
        if row is not None:
            self.open_audit(row["audit_id"])
            self.checklist.tabs.setCurrentIndex(1)

    @Slot()
    def _on_checklist_changed(self) -> None:
        pass  # the list refreshes when the user goes back to it

    @Slot()
    def _on_export_clicked(self) -> None:
        self.request_export_audits()

    @Slot()
    def _on_follow_export_clicked(self) -> None:
        self.request_export_follow_up()

    def request_export_audits(self) -> Any:
        """Save the audit list as shown (its scope, its columns) to .xlsx."""
        from desktop.services.list_exports import AuditListQuery
        from desktop.ui.export_action import export_list

        scope = self.scope_combo.currentIndex()
        staff_id = self._ctx.actor.staff_id if scope == UPCOMING_MINE else None
        if scope == UPCOMING_MINE and staff_id is None:
            show_error(
                self,
                DomainError(self.tr("Choose who you are in “Acting as” (toolbar) first.")),
            )
            return None
        self.last_export_job = export_list(
            self,
            self._ctx,
            "audits",
            f"audits-{clock.today().isoformat()}",
            query=AuditListQuery(staff_id=staff_id, include_done=scope == ALL),
            columns=AUDIT_EXPORT_COLUMNS,
        )
        return self.last_export_job

    def request_export_follow_up(self) -> Any:
        """Save the follow-up list as shown (its window, unit or mine) to .xlsx."""
        from desktop.services.list_exports import ActionListQuery
        from desktop.ui.export_action import export_list

        mine = self.follow_mine.currentIndex() == 1
        query = ActionListQuery(
            within_days=self.window_spin.value(),
            staff_id=self._ctx.actor.staff_id if mine else None,
        )
        self.last_export_job = export_list(
            self,
            self._ctx,
            "actions",
            f"corrective-actions-{clock.today().isoformat()}",
            query=query,
            columns=FOLLOW_UP_EXPORT_COLUMNS,
        )
        return self.last_export_job

    def request_templates(self) -> Any:
        from desktop.ui.dialogs.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self, self._ctx)
        dialog.open()
        return dialog

    def select_audit(self, audit_id: int) -> None:
        row = self.audit_model.row_of(audit_id)
        if row is not None:
            self.audit_view.selectRow(row)
            self.audit_view.scrollTo(self.audit_model.index(row, 0))

    def audit_id_at(self, row: int) -> int | None:
        return self.audit_model.index(row, 0).data(ROW_ID_ROLE)


def _dates(r: dict[str, Any]) -> str:
    start, end = r["planned_start"], r["planned_end"]
    text = start if start == end else f"{start} – {end[5:]}"
    if r["status"] == "planned" and start < clock.today().isoformat():
        text += " ⚠"
    return text


def _outcome(r: dict[str, Any]) -> str:
    if r["status"] != "finalised" or not r["outcome"]:
        return ""
    score = f" · {r['score']:.0f}%" if r["score"] is not None else ""
    return Outcome(r["outcome"]).label + score
