"""Caseload: filters and quick search, the case table, and the detail pane."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases import CaseState, needs_reason
from desktop.domain.errors import DomainError
from desktop.services import (
    case_service,
    caseload_service,
    clock,
    reference_data,
    workload_service,
)
from desktop.services.workload_service import AssignmentView
from desktop.ui import icons
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.models.case_table_model import (
    CASE_ID_ROLE,
    SORT_KEY,
    CaseColumn,
    CaseTableModel,
)
from desktop.ui.secure_clipboard import copy_sensitive
from desktop.ui.widgets.case_detail_widget import CaseDetailWidget, FieldState
from desktop.ui.widgets.case_filter_bar import CaseFilterBar
from desktop.ui.widgets.tables import ReadableItemDelegate, empty_label
from desktop.ui.workers import run_in_background

if TYPE_CHECKING:
    from desktop.ui.dialogs.audit_plan_dialog import AuditPlanDialog
    from desktop.ui.dialogs.case_dialog import CaseDialog
    from desktop.ui.dialogs.extension_dialog import ExtensionDialog
    from desktop.ui.dialogs.field_release_dialog import ForceReleaseDialog
    from desktop.ui.dialogs.operator_dialog import OperatorDialog
    from desktop.ui.dialogs.transition_dialog import TransitionDialog
    from desktop.ui.site_mode import SiteOperator

# Dialogs are imported when first opened, not at start-up: start-up time is a product figure
# (docs/benchmarks.md) and the dialogs are not needed to show the caseload.

#: Above this many cases, searches run on the reader thread (see CaseloadPage._set_query).
ASYNC_ABOVE = 20_000

_DEFAULT_WIDTHS = {
    CaseColumn.REFERENCE: 118,
    CaseColumn.OPERATOR: 230,
    CaseColumn.SIZE: 62,
    CaseColumn.KIND: 120,
    CaseColumn.PROGRAMME: 70,
    CaseColumn.STATE: 165,
    CaseColumn.VALIDATOR: 130,
    CaseColumn.PRIORITY: 64,
    CaseColumn.RECEIVED: 88,
    CaseColumn.DEADLINE: 96,
    CaseColumn.DAYS_LEFT: 70,
    CaseColumn.REGION: 150,
    CaseColumn.WHERE: 250,
}


class _ElideMiddleDelegate(ReadableItemDelegate):
    """ "On Ana Silva's laptop … since 2026-06-15": who and since both stay readable."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class CaseloadPage(QWidget):
    counts_changed = Signal()
    data_changed = Signal()
    audit_planned = Signal(int)
    query_applied = Signal()
    assign_dialog_opened = Signal(object)
    #: The empty caseload's "import the operators" link: Reports, Import, Operators.
    import_operators_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadPage")
        self._ctx = ctx
        self.filter_bar = CaseFilterBar(self)
        self.model = CaseTableModel(ctx.db, self)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        # Red and amber stay readable in the dark look (the model's colours are for white).
        self.table.setItemDelegate(ReadableItemDelegate(self.table))
        # Sorting runs in SQL through the page (so the selection survives it), not through
        # QTableView's own sort, which would call the model directly.
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move within it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicator(CaseColumn.RECEIVED, Qt.SortOrder.DescendingOrder)
        for col, width in _DEFAULT_WIDTHS.items():
            self.table.setColumnWidth(col, width)
        # Where (field laptops) is shown only when something is out or held here
        # (set_field_active), beside the reference.
        self.table.setColumnHidden(CaseColumn.WHERE, True)
        self.table.setItemDelegateForColumn(CaseColumn.WHERE, _ElideMiddleDelegate(self.table))
        self._field_active = False
        self._sort_indicator = (int(CaseColumn.RECEIVED), Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(self.tr("Cases"))
        # What to do next when the list is empty: over the rows, under the header.
        self.empty_label = empty_label(self.table.viewport(), "caseloadEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(self._on_empty_label_link_activated)
        self.table.viewport().installEventFilter(self)
        self.detail = CaseDetailWidget(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("caseloadSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 460])
        # Export exactly what the table shows: filters, sort order, visible columns in order.
        self.export_action = QAction(icons.icon("export"), self.tr("Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.addAction(self.export_action)
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export…"), self)
        self.export_button.setObjectName("exportCases")
        self.export_button.setToolTip(
            self.tr("Save the cases as shown to an Excel workbook (Ctrl+Shift+E)")
        )
        self.export_button.clicked.connect(self.export_action.trigger)
        # Ctrl+C in the table: the selected cases' references and operators, cleared from the
        # clipboard again after a while (secure_clipboard).
        self.copy_action = QAction(self.tr("&Copy reference and operator"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self._on_copy_triggered)
        self.table.addAction(self.copy_action)
        # Esc while no case matches the filters: clear them (the empty list says so). The
        # quick search keeps its own Esc while it holds text (it clears the search first).
        self.clear_filters_action = QAction(self.tr("Clear filters"), self)
        self.clear_filters_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_filters_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_filters_action.setEnabled(False)
        self.clear_filters_action.triggered.connect(self.filter_bar.clear)
        self.addAction(self.clear_filters_action)
        self.filter_bar.search_edit.installEventFilter(self)
        self._site: SiteOperator | None = None
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.filter_bar.query_changed.connect(self._on_filter_bar_query_changed)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        header.sectionClicked.connect(self._on_header_section_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.detail.transition_requested.connect(self.request_transition)
        self.detail.extend_requested.connect(self.request_extension)
        self.detail.assign_requested.connect(lambda cid: self.request_assign([cid]))
        self.detail.edit_case_requested.connect(self.request_edit_case)
        self.detail.edit_operator_requested.connect(self.request_edit_operator)
        self.detail.plan_audit_requested.connect(self.request_plan_audit)
        self.detail.self_assessment_export_requested.connect(self.request_self_assessment_export)
        self.detail.self_assessment_import_requested.connect(self.request_self_assessment_import)
        self.detail.force_release_requested.connect(self.request_force_release)
        self.detail.copied.connect(self._on_detail_copied)
        self._generation = 0
        self._total_cases = caseload_service.counts(ctx.db)["total"]
        self.last_query_job: Any = None
        self.last_export_job: Any = None
        self.reload_reference_data()

    # --- state ------------------------------------------------------------------------------

    def restore_state(self) -> None:
        s = self._ctx.settings
        header_state = s.state("caseTableHeader")
        if not header_state.isEmpty():
            self.table.horizontalHeader().restoreState(header_state)
        splitter_state = s.state("caseloadSplitter")
        if not splitter_state.isEmpty():
            self.splitter.restoreState(splitter_state)
        header = self.table.horizontalHeader()
        key = SORT_KEY.get(CaseColumn(header.sortIndicatorSection()))
        if key is None:  # not a sortable column: back to the default order
            header.setSortIndicator(CaseColumn.RECEIVED, Qt.SortOrder.DescendingOrder)
            key = SORT_KEY[CaseColumn.RECEIVED]
        self._sort_indicator = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.filter_bar.set_sort(key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        self.table.setColumnHidden(CaseColumn.WHERE, not self._field_active)

    def save_state(self) -> None:
        self._ctx.settings.set_state("caseTableHeader", self.table.horizontalHeader().saveState())
        self._ctx.settings.set_state("caseloadSplitter", self.splitter.saveState())

    def reload_reference_data(self) -> None:
        self.filter_bar.set_reference_data(
            reference_data.validators(self._ctx.db, active_only=False),
            reference_data.programmes(self._ctx.db),
        )

    def apply_filters(self) -> None:
        self._set_query(self.filter_bar.query())

    @property
    def site(self) -> SiteOperator | None:
        return self._site

    def set_site(self, site: SiteOperator | None) -> None:
        """Site mode: only ``site``'s cases, the filters and the export off (None: back)."""
        self._site = site
        self.filter_bar.setEnabled(site is None)
        self.export_action.setEnabled(site is None)
        self.export_button.setEnabled(site is None)
        self.apply_filters()

    @property
    def field_active(self) -> bool:
        return self._field_active

    def set_field_active(self, active: bool) -> None:
        """Something is out on a laptop (office) or held here (laptop): show where cases are,
        in the Where column and the detail pane."""
        changed = active != self._field_active
        self._field_active = active
        if active and not changed:
            self.model.invalidate()  # the counts of changes not returned move with each edit
        self.model.set_field_info(active)
        header = self.table.horizontalHeader()
        if active and header.visualIndex(CaseColumn.WHERE) == header.count() - 1:
            # Still where a new column lands (last): put it where it is read, beside the
            # reference. A place the person chose is kept (the header state remembers it).
            header.moveSection(header.count() - 1, 1)
        if active:  # room for the lock beside the reference
            needed = self.table.fontMetrics().horizontalAdvance("AEO-0000-00000") + 44
            if self.table.columnWidth(CaseColumn.REFERENCE) < needed:
                self.table.setColumnWidth(CaseColumn.REFERENCE, needed)
        self.table.setColumnHidden(CaseColumn.WHERE, not active)
        if changed:
            self._show_case(self.current_case_id())

    def shown_count(self) -> int:
        return self.model.rowCount()

    def selected_case_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.case_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def current_case_id(self) -> int | None:
        return self.detail.case_id()

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _set_query(self, query: Any, *, after_change: int | None = None) -> None:
        """Show the cases matching ``query``, keeping the selected case selected.

        On a small database the search runs here; above ASYNC_ABOVE cases it runs on the
        reader thread (a broad filter or sort can take 100-250 ms there) and only the newest
        request is shown. ``after_change``: the case just edited, shown even when it no
        longer matches the filters (so the user sees the result of the change).
        """
        keep = after_change or self.current_case_id()
        self._generation += 1
        generation = self._generation
        if self._site is not None:
            # One operator's cases, found through its identifier: a few, at any size.
            site = self._site
            self._apply(site.narrow(query), site.case_ids(self._ctx.db, query), keep, after_change)
            return
        if self._total_cases < ASYNC_ABOVE:
            self._apply(query, caseload_service.search_ids(self._ctx.db, query), keep, after_change)
            return

        def done(ids: list[int]) -> None:
            if generation == self._generation:  # a newer request supersedes this one
                self._apply(query, ids, keep, after_change)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.table.viewport().unsetCursor()
            show_error(self, exc)

        self.table.viewport().setCursor(Qt.CursorShape.BusyCursor)
        self.last_query_job = run_in_background(
            self,
            op=lambda db: caseload_service.search_ids(db, query),
            on_success=done,
            on_failure=failed,
            db_path=self._ctx.path,
            reader=True,
        )

    def _apply(
        self, query: Any, ids: list[int], keep: int | None, after_change: int | None
    ) -> None:
        self.table.viewport().unsetCursor()
        self.model.set_ids(query, ids)
        self._show_empty_state(bool(ids))
        if keep is not None and self.select_case(keep):
            pass
        elif after_change is not None:
            self._show_case(after_change)
        else:
            self.detail.show_detail(None)
        self.counts_changed.emit()
        self.query_applied.emit()

    def _show_empty_state(self, rows: bool) -> None:
        """Say what to do next when the list is empty: create the first case, or clear the
        filters that match nothing (Esc)."""
        no_match = False
        if rows:
            text = ""
        elif self._site is not None:
            text = self.tr("%1 has no cases here.").replace("%1", self._site.name)
        elif not self._total_cases:
            text = self.tr(
                "No cases yet: <a href='new-case'>create one</a> (Ctrl+N), or import the "
                "operators first (<a href='import-operators'>Reports → Import</a>)."
            )
        else:
            no_match = True
            text = self.tr(
                "No case matches these filters. <a href='clear-filters'>Clear the filters</a> "
                "(Esc) to see all %1 cases."
            ).replace("%1", f"{self._total_cases:,}")
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.table.viewport().rect())
        self.empty_label.setVisible(not rows)
        self.clear_filters_action.setEnabled(no_match)

    @Slot(str)
    def _on_empty_label_link_activated(self, link: str) -> None:
        if link == "new-case":
            self.request_new_case()
        elif link == "import-operators":
            self.import_operators_requested.emit()
        elif link == "clear-filters":
            self.filter_bar.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.table.viewport().rect())
        elif (
            watched is self.filter_bar.search_edit
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.filter_bar.search_edit.text()
        ):
            event.accept()  # the search box's Esc (clear the search) comes first
            return True
        return super().eventFilter(watched, event)

    def refresh_after_change(self, case_id: int | None = None) -> None:
        """Re-run the query (the change may move rows in or out of it)."""
        self._total_cases = caseload_service.counts(self._ctx.db)["total"]
        self._set_query(self.model.query, after_change=case_id or self.current_case_id())
        self.data_changed.emit()

    def _show_case(self, case_id: int | None) -> None:
        if case_id is None:
            self.detail.show_detail(None)
            return
        try:
            detail = case_service.case_detail(self._ctx.db, case_id)
            self.detail.show_detail(detail, self._field_state(case_id))
        except DomainError as exc:
            self.detail.show_detail(None)
            show_error(self, exc)

    def _field_state(self, case_id: int) -> FieldState | None:
        """Where the case is, whether it is read-only here, and whether a release can be
        forced from here (the office that checked it out)."""
        if not self._field_active:
            return None
        from desktop.services import field_service

        where = field_service.where_is(self._ctx.db, [case_id]).get(case_id)
        if where is None:
            return None
        try:
            field_service.require_editable(self._ctx.db, case_id)
        except field_service.CaseCheckedOutError as exc:
            locked: str | None = str(exc)
        else:
            locked = None
        # Only the office keeps check-outs; a laptop's returned copy cannot be released there.
        office = locked is not None and bool(field_service.checkouts(self._ctx.db))
        copy = None if locked else self.model.field_copy(case_id)
        if copy is not None and copy["changes"]:
            where += ". " + self.tr("%n change(s) not returned yet", "", int(copy["changes"]))
        return FieldState(where=where, locked=locked, can_release=office)

    # --- slots ------------------------------------------------------------------------------

    @Slot(object)
    def _on_filter_bar_query_changed(self, query: Any) -> None:
        self._set_query(query)

    @Slot(int, Qt.SortOrder)
    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if CaseColumn(column) not in SORT_KEY:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_indicator)
            header.blockSignals(False)
            return
        self._sort_indicator = (column, order)
        self.filter_bar.set_sort(
            SORT_KEY[CaseColumn(column)], order == Qt.SortOrder.DescendingOrder
        )

    @Slot(int)
    def _on_header_section_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        if CaseColumn(column) not in SORT_KEY:
            return  # not sortable (the indicator went back already)
        # The header has already moved its indicator (ascending first, then toggling):
        # follow it and re-run the query.
        self.filter_bar.set_sort(
            SORT_KEY[CaseColumn(column)],
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        self.apply_filters()

    @Slot()
    def _on_table_current_row_changed(self, current: Any, _previous: Any) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        self._show_case(case_id)

    @Slot()
    def _on_export_triggered(self) -> None:
        self.request_export()

    @Slot()
    def _on_copy_triggered(self) -> None:
        self.copy_selection()

    @Slot(str)
    def _on_detail_copied(self, what: str) -> None:
        self._say_copied(what)

    def copy_selection(self) -> str:
        """Copy the selected cases' references and operator names (one case a line, tab
        between); the clipboard is cleared again after a while. Returns what was copied."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        lines = []
        for r in rows:
            reference = self.model.index(r, CaseColumn.REFERENCE).data()
            operator = self.model.index(r, CaseColumn.OPERATOR).data()
            if reference:
                lines.append(f"{reference}\t{operator or ''}")
        if not lines:
            return ""
        text = "\n".join(lines)
        copy_sensitive(text)
        self._say_copied(self.tr("%n case(s)", "", len(lines)))
        return text

    def _say_copied(self, what: str) -> None:
        from desktop.ui.secure_clipboard import secure_clipboard

        seconds = max(1, secure_clipboard().clear_after_ms // 1000)
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(
                self.tr("Copied %1; the clipboard is cleared in %2 seconds.")
                .replace("%1", what)
                .replace("%2", str(seconds)),
                6000,
            )

    # --- actions ----------------------------------------------------------------------------

    def export_columns(self) -> list[str]:
        """The export's column keys: the table's visible columns in their on-screen order
        (Where is a state of this database, not of the case: it is not exported)."""
        header = self.table.horizontalHeader()
        logical = (header.logicalIndex(visual) for visual in range(header.count()))
        return [
            CaseColumn(i).name.lower()
            for i in logical
            if not header.isSectionHidden(i) and i != CaseColumn.WHERE
        ]

    def request_export(self) -> Any:
        """Save the cases as shown (the applied query and the visible columns) to .xlsx."""
        from desktop.ui.export_action import export_list

        self.last_export_job = export_list(
            self,
            self._ctx,
            "cases",
            f"cases-{clock.today().isoformat()}",
            query=self.model.query,
            columns=self.export_columns(),
        )
        return self.last_export_job

    def request_transition(self, case_id: int, target: CaseState) -> TransitionDialog | None:
        from desktop.ui.dialogs.transition_dialog import TransitionDialog

        detail = case_service.case_detail(self._ctx.db, case_id)
        dialog = TransitionDialog(
            self,
            self._ctx.db,
            case_id,
            detail.case["reference"],
            CaseState(detail.case["state"]),
            target,
            self._ctx.actor,
        )
        dialog.accepted.connect(lambda: self.refresh_after_change(case_id))
        dialog.open()
        if not needs_reason(target):
            dialog.buttons.setFocus()
        return dialog

    def request_extension(self, case_id: int) -> ExtensionDialog:
        from desktop.ui.dialogs.extension_dialog import ExtensionDialog

        detail = case_service.case_detail(self._ctx.db, case_id)
        dialog = ExtensionDialog(
            self,
            self._ctx.db,
            case_id,
            detail.case["reference"],
            detail.extension_left,
            self._ctx.actor,
        )
        dialog.accepted.connect(lambda: self.refresh_after_change(case_id))
        dialog.open()
        return dialog

    def request_assign(self, case_ids: list[int] | None = None) -> Any:
        """Work out everyone's load on the worker (it reads every open case), then open the
        dialog; ``assign_dialog_opened`` says when it is up."""
        ids = case_ids or self.selected_case_ids()
        if not ids:
            show_error(self, DomainError(self.tr("Select one or more cases to assign.")))
            return None

        def show(view: AssignmentView) -> None:
            from desktop.ui.dialogs.assign_dialog import AssignDialog

            dialog = AssignDialog(self, view)

            def accepted() -> None:
                staff_id = dialog.chosen_staff_id()
                if staff_id is not None:
                    self.assign(ids, staff_id, dialog.reason())

            dialog.accepted.connect(accepted)
            dialog.open()
            self.assign_dialog_opened.emit(dialog)

        return run_in_background(
            self,
            op=lambda db: workload_service.assignment_view(db, ids),
            on_success=show,
            progress_label=self.tr("Weighing everyone's caseload…"),
            db_path=self._ctx.path,
        )

    def assign(self, case_ids: list[int], staff_id: int, reason: str = "") -> None:
        """Bulk assignment runs on the worker: one transaction, all cases or none."""
        actor = self._ctx.actor
        keep = self.current_case_id()

        def op(db: Any) -> int:
            return case_service.assign(db, case_ids, staff_id, actor, reason=reason)

        def done(changed: int) -> None:
            self.refresh_after_change(keep)
            self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("%n case(s) assigned.", "", changed), 5000
            )

        self.last_job = run_in_background(
            self,
            op=op,
            on_success=done,
            progress_label=self.tr("Assigning cases…"),
            db_path=self._ctx.path,
        )

    def request_self_assessment_export(self, case_id: int) -> Any:
        from desktop.ui.dialogs.self_assessment_dialog import export_self_assessment

        return export_self_assessment(self, self._ctx, case_id)

    def request_self_assessment_import(self, case_id: int) -> Any:
        from desktop.ui.dialogs.self_assessment_dialog import import_self_assessment

        return import_self_assessment(
            self, self._ctx, case_id, on_done=lambda *_: self.refresh_after_change(case_id)
        )

    def request_force_release(self, case_id: int) -> ForceReleaseDialog:
        from desktop.services import field_service
        from desktop.ui.dialogs.field_release_dialog import ForceReleaseDialog

        detail = case_service.case_detail(self._ctx.db, case_id)
        where = field_service.where_is(self._ctx.db, [case_id]).get(case_id, "")
        dialog = ForceReleaseDialog(self, self._ctx, case_id, detail.case["reference"], where)

        def released() -> None:
            self.refresh_after_change(case_id)
            self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("%1 released: it can be changed here again.").replace(
                    "%1", detail.case["reference"]
                ),
                6000,
            )

        dialog.accepted.connect(released)
        dialog.open()
        return dialog

    def request_plan_audit(self, case_id: int) -> AuditPlanDialog:
        from desktop.ui.dialogs.audit_plan_dialog import AuditPlanDialog

        dialog = AuditPlanDialog(self, self._ctx.db, case_id, self._ctx.actor)

        def planned() -> None:
            self.refresh_after_change(case_id)
            self.audit_planned.emit(dialog.result_value)

        dialog.accepted.connect(planned)
        dialog.open()
        return dialog

    def request_edit_case(self, case_id: int | None = None) -> CaseDialog | None:
        case_id = case_id or self.current_case_id()
        if case_id is None:
            return None
        from desktop.ui.dialogs.case_dialog import CaseDialog

        dialog = CaseDialog(self, self._ctx.db, self._ctx.actor, case_id=case_id)
        dialog.accepted.connect(lambda: self.refresh_after_change(case_id))
        dialog.open()
        return dialog

    def request_new_case(self, operator_id: int | None = None) -> CaseDialog:
        from desktop.ui.dialogs.case_dialog import CaseDialog

        dialog = CaseDialog(self, self._ctx.db, self._ctx.actor, operator_id=operator_id)

        def new_operator() -> None:
            op_dialog = self.request_edit_operator(None)
            op_dialog.accepted.connect(lambda: dialog.set_operator(op_dialog.result_value))

        dialog.new_operator_requested.connect(new_operator)
        dialog.accepted.connect(lambda: self.refresh_after_change(dialog.result_value))
        dialog.open()
        return dialog

    def request_edit_operator(self, operator_id: int | None) -> OperatorDialog:
        from desktop.ui.dialogs.operator_dialog import OperatorDialog

        regions = reference_data.regions(self._ctx.db)
        dialog = OperatorDialog(self, self._ctx.db, operator_id, regions=regions)
        if operator_id is not None:
            dialog.accepted.connect(lambda: self.refresh_after_change(None))
        else:
            dialog.accepted.connect(
                lambda: (
                    self.window()
                    .statusBar()
                    .showMessage(  # type: ignore[attr-defined]
                        self.tr("Operator saved."), 5000
                    )
                )
            )
        dialog.open()
        return dialog
