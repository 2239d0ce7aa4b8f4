"""Staff training: the follow-up queue the manager works through, the matrix of staff against
courses, the training records (one at a time or a whole session) and the course catalogue.

Everything here reads in a few milliseconds (a unit has tens of staff and a handful of
courses: about 10 ms for 150 staff on the reference machine), so it runs on the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.training import role_label
from desktop.services import clock, training_service
from desktop.services.training_service import ROLES, CellStatus, FollowUpKind
from desktop.ui import icons, theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import show_error
from desktop.ui.models.row_table_model import Column, RowTableModel
from desktop.ui.models.training_matrix_model import (
    COURSE_ID_ROLE,
    STAFF_ID_ROLE,
    TrainingMatrixModel,
    status_colour,
    text_colour,
)
from desktop.ui.widgets.tables import empty_label, list_view

#: The follow-up kinds' colours, by meaning (theme.colour gives them for the current look).
_KIND_COLOURS = {
    "expired": "red",
    "failed": "red",
    "due_soon": "amber",
    "missing": "purple",
    "onboarding": "purple",
}


def _kind_colour(r: dict[str, Any]) -> str | None:
    return theme.colour_or_none(_KIND_COLOURS.get(r["kind"]))


def _red_if(condition: bool) -> str | None:
    return theme.colour_or_none("red" if condition else None)


class TrainingPage(QWidget):
    #: Something was recorded, planned, dismissed or changed in the catalogue.
    changed = Signal()

    QUEUE, MATRIX, RECORDS, CATALOGUE = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPage")
        self._ctx = ctx
        self._loaded = False
        self.kind_labels = {
            FollowUpKind.MISSING.value: self.tr("Missing"),
            FollowUpKind.DUE_SOON.value: self.tr("Refresher due"),
            FollowUpKind.EXPIRED.value: self.tr("Expired"),
            FollowUpKind.FAILED.value: self.tr("Retake (failed)"),
            FollowUpKind.ONBOARDING.value: self.tr("Onboarding"),
        }
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("trainingTabs")
        self.tabs.addTab(self._build_queue(), self.tr("Follow-up queue"))
        self.tabs.addTab(self._build_matrix(), self.tr("Matrix"))
        self.tabs.addTab(self._build_records(), self.tr("Records"))
        self.tabs.addTab(self._build_catalogue(), self.tr("Catalogue"))
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export…"), self.tabs)
        self.export_button.setObjectName("exportTraining")
        self.export_button.setToolTip(self.tr("Export the follow-up queue or the matrix as shown"))
        self.export_button.clicked.connect(self.request_export)
        self.tabs.setCornerWidget(self.export_button)
        self.tabs.currentChanged.connect(lambda i: self.export_button.setEnabled(i in (0, 1)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    # --- building ---------------------------------------------------------------------------

    def _style_matrix(self) -> None:
        """The matrix's cells are tints with the look's text on them (pale under dark text in
        the light look, deep under light text in the dark one); the lines between them are the
        rows' background. A selected cell keeps its tint and gets a blue frame. The legend's
        chips take the same tints and text."""
        grid = self.palette().color(QPalette.ColorRole.Base).name()
        self.matrix_view.setStyleSheet(
            f"QTableView#trainingMatrix {{ gridline-color: {grid}; }}"
            "QTableView#trainingMatrix::item:selected {"
            f" border: 2px solid {theme.colour('blue')}; color: {theme.colour('text')}; }}"
        )
        for status, chip in self.legend.items():
            chip.setStyleSheet(
                f"background: {status_colour(status)}; color: {text_colour(status)};"
                " border-radius: 3px; padding: 2px 8px;"
            )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "matrix_view"):
            self._style_matrix()

    def _filters(self, parent: QWidget, prefix: str) -> tuple[QComboBox, QComboBox]:
        office = QComboBox(parent)
        office.setObjectName(f"{prefix}Office")
        office.setAccessibleName(self.tr("Office"))
        office.setMinimumContentsLength(14)
        office.addItem(self.tr("All offices"), None)
        role = QComboBox(parent)
        role.setObjectName(f"{prefix}Role")
        role.setAccessibleName(self.tr("Role"))
        role.addItem(self.tr("All roles"), None)
        for r in ROLES:
            role.addItem(role_label(r).capitalize(), r)
        return office, role

    def _build_queue(self) -> QWidget:
        page = QWidget(self)
        self.queue_office, self.queue_role = self._filters(page, "queue")
        self.window_spin = QSpinBox(page)
        self.window_spin.setObjectName("trainingWindow")
        self.window_spin.setRange(0, 365)
        self.window_spin.setValue(30)
        self.window_spin.setPrefix(self.tr("refreshers due within "))
        self.window_spin.setSuffix(self.tr(" days"))
        self.show_dismissed = QCheckBox(self.tr("Show dismissed"), page)
        self.show_dismissed.setObjectName("showDismissed")
        self.plan_button = QPushButton(self.tr("Plan a date…"), page)
        self.plan_button.setObjectName("planFollowUp")
        self.done_button = QPushButton(self.tr("Mark as done…"), page)
        self.done_button.setObjectName("markDone")
        self.dismiss_button = QPushButton(self.tr("Dismiss…"), page)
        self.dismiss_button.setObjectName("dismissFollowUp")
        top = QHBoxLayout()
        top.addWidget(self.queue_office)
        top.addWidget(self.queue_role)
        top.addWidget(self.window_spin)
        top.addWidget(self.show_dismissed)
        top.addStretch(1)
        top.addWidget(self.plan_button)
        top.addWidget(self.done_button)
        top.addWidget(self.dismiss_button)
        self.queue_model = RowTableModel(
            [
                Column(
                    self.tr("Follow-up"),
                    lambda r: self.kind_labels.get(r["kind"], r["kind"]),
                    _kind_colour,
                ),
                Column(self.tr("Person"), lambda r: r["staff_name"]),
                Column(self.tr("Office"), lambda r: r["office"]),
                Column(self.tr("Course"), lambda r: f"{r['course_code']} – {r['course_name']}"),
                Column(
                    self.tr("Due"),
                    self._due_text,
                    lambda r: _red_if(r["status"] == "overdue"),
                ),
                Column(self.tr("Status"), self._status_text, self._status_colour),
                Column(self.tr("Details"), self._details_text),
            ],
            self,
        )
        self.queue_view = list_view(page, self.queue_model, "trainingQueue")
        for col, width in enumerate((104, 140, 182, 252, 112, 160)):
            self.queue_view.setColumnWidth(col, width)
        self.queue_empty = empty_label(page, "trainingQueueEmpty")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.queue_view, 1)
        layout.addWidget(self.queue_empty)
        for combo in (self.queue_office, self.queue_role):
            combo.currentIndexChanged.connect(self.refresh_queue)
        self.window_spin.valueChanged.connect(self._on_window_changed)
        self.show_dismissed.toggled.connect(self.refresh_queue)
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)
        self.queue_view.selectionModel().selectionChanged.connect(self._update_queue_buttons)
        self.queue_view.doubleClicked.connect(self._on_plan_clicked)
        return page

    def _build_matrix(self) -> QWidget:
        page = QWidget(self)
        self.matrix_office, self.matrix_role = self._filters(page, "matrix")
        top = QHBoxLayout()
        top.addWidget(self.matrix_office)
        top.addWidget(self.matrix_role)
        top.addSpacing(12)
        self.legend: dict[CellStatus, QLabel] = {}
        for status in CellStatus:
            chip = QLabel(page)
            chip.setObjectName(f"legend_{status.value}")
            self.legend[status] = chip
            top.addWidget(chip)
        top.addStretch(1)
        self.matrix_model = TrainingMatrixModel(self)
        self.matrix_view = QTableView(page)
        self.matrix_view.setObjectName("trainingMatrix")
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setWordWrap(False)
        self.matrix_view.setShowGrid(True)
        self._style_matrix()
        vh = self.matrix_view.verticalHeader()
        vh.setDefaultSectionSize(24)
        vh.setMinimumWidth(190)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh = self.matrix_view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setDefaultSectionSize(132)
        hh.setMinimumSectionSize(80)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix_view.doubleClicked.connect(self._on_matrix_double_clicked)
        self.matrix_hint = QLabel(
            self.tr(
                "Dates are expiry dates (completion dates for courses that never expire). "
                "Hover a cell for details; double-click it to record a completion."
            ),
            page,
        )
        theme.mute(self.matrix_hint)
        self.matrix_empty = empty_label(page, "trainingMatrixEmpty")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.matrix_view, 1)
        layout.addWidget(self.matrix_empty)
        layout.addWidget(self.matrix_hint)
        for combo in (self.matrix_office, self.matrix_role):
            combo.currentIndexChanged.connect(self.refresh_matrix)
        return page

    def _build_records(self) -> QWidget:
        page = QWidget(self)
        self.records_course = QComboBox(page)
        self.records_course.setObjectName("recordsCourse")
        self.records_course.setAccessibleName(self.tr("Course"))
        self.records_course.setMinimumContentsLength(24)
        self.session_button = QPushButton(self.tr("Record a session…"), page)
        self.session_button.setObjectName("recordSession")
        self.record_button = QPushButton(self.tr("Record one…"), page)
        self.record_button.setObjectName("recordOne")
        top = QHBoxLayout()
        top.addWidget(self.records_course)
        top.addStretch(1)
        top.addWidget(self.session_button)
        top.addWidget(self.record_button)
        self.records_model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r["completed_on"]),
                Column(self.tr("Person"), lambda r: r["staff_name"]),
                Column(self.tr("Office"), lambda r: r["office"]),
                Column(self.tr("Course"), lambda r: f"{r['course_code']} – {r['course_name']}"),
                Column(
                    self.tr("Result"),
                    lambda r: self._result_labels.get(r["result"], r["result"]),
                    lambda r: _red_if(r["result"] == "failed"),
                ),
                Column(self.tr("Certificate"), lambda r: r["certificate_ref"]),
                Column(self.tr("Session"), lambda r: r["session_ref"]),
                Column(self.tr("Recorded by"), lambda r: r["created_by"]),
            ],
            self,
        )
        self._result_labels = {
            "passed": self.tr("Passed"),
            "failed": self.tr("Failed"),
            "attended": self.tr("Attended"),
        }
        self.records_view = list_view(page, self.records_model, "trainingRecords")
        for col, width in enumerate((96, 170, 150, 280, 80, 130, 120)):
            self.records_view.setColumnWidth(col, width)
        self.records_empty = empty_label(page, "trainingRecordsEmpty")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.records_view, 1)
        layout.addWidget(self.records_empty)
        self.records_course.currentIndexChanged.connect(self.refresh_records)
        self.session_button.clicked.connect(self._on_session_clicked)
        self.record_button.clicked.connect(self._on_record_clicked)
        return page

    def _build_catalogue(self) -> QWidget:
        page = QWidget(self)
        self.add_course_button = QPushButton(self.tr("Add…"), page)
        self.add_course_button.setObjectName("addCourse")
        self.edit_course_button = QPushButton(self.tr("Edit…"), page)
        self.edit_course_button.setObjectName("editCourse")
        self.retire_course_button = QPushButton(self.tr("Retire"), page)
        self.retire_course_button.setObjectName("retireCourse")
        self.seed_button = QPushButton(self.tr("Add the default catalogue"), page)
        self.seed_button.setObjectName("seedCatalogue")
        hint = QLabel(
            self.tr("A retired course keeps its records but is no longer required."), page
        )
        theme.mute(hint)
        top = QHBoxLayout()
        top.addWidget(hint)
        top.addStretch(1)
        top.addWidget(self.seed_button)
        top.addWidget(self.add_course_button)
        top.addWidget(self.edit_course_button)
        top.addWidget(self.retire_course_button)
        self.catalogue_model = RowTableModel(
            [
                Column(self.tr("Code"), lambda r: r["code"]),
                Column(self.tr("Name"), lambda r: r["name"]),
                Column(self.tr("Provider"), lambda r: r["provider"]),
                Column(self.tr("Hours"), lambda r: f"{r['hours']:g}", align_right=True),
                Column(
                    self.tr("Required for"),
                    self._roles_text,
                ),
                Column(self.tr("Refresh"), self._refresh_text),
                Column(
                    self.tr("Onboarding"), lambda r: self.tr("yes") if r["is_onboarding"] else ""
                ),
                Column(
                    self.tr("Status"),
                    lambda r: self.tr("Active") if r["is_active"] else self.tr("Retired"),
                    lambda r: None if r["is_active"] else theme.colour("muted"),
                ),
            ],
            self,
        )
        self.catalogue_view = list_view(page, self.catalogue_model, "trainingCatalogue")
        for col, width in enumerate((64, 240, 260, 56, 200, 120, 90)):
            self.catalogue_view.setColumnWidth(col, width)
        self.catalogue_empty = empty_label(page, "trainingCatalogueEmpty")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.catalogue_view, 1)
        layout.addWidget(self.catalogue_empty)
        self.add_course_button.clicked.connect(self._on_add_course_clicked)
        self.edit_course_button.clicked.connect(self._on_edit_course_clicked)
        self.retire_course_button.clicked.connect(self._on_retire_course_clicked)
        self.seed_button.clicked.connect(self._on_seed_clicked)
        self.catalogue_view.doubleClicked.connect(self._on_edit_course_clicked)
        self.catalogue_view.selectionModel().selectionChanged.connect(
            self._update_catalogue_buttons
        )
        return page

    # --- texts ------------------------------------------------------------------------------

    def _due_text(self, r: dict[str, Any]) -> str:
        if r["kind"] == FollowUpKind.MISSING.value:
            return self.tr("since %1").replace("%1", r["due_on"])
        return str(r["due_on"])

    def _status_text(self, r: dict[str, Any]) -> str:
        s = r["status"]
        if s == "planned":
            return self.tr("Planned for %1").replace("%1", r["planned_on"])
        if s == "dismissed":
            return self.tr("Dismissed")
        return self.tr("Overdue") if s == "overdue" else self.tr("Open")

    def _status_colour(self, r: dict[str, Any]) -> str | None:
        s = r["status"]
        if s == "planned":
            late = r["planned_on"] < clock.today().isoformat()
            return theme.colour("red" if late else "blue")
        meaning = {"overdue": "red", "dismissed": "muted"}.get(s)
        return theme.colour(meaning) if meaning else None

    def _details_text(self, r: dict[str, Any]) -> str:
        kind = r["kind"]
        if r["status"] == "dismissed":
            return (
                self.tr("Dismissed by %1: %2")
                .replace("%1", r["decided_by"])
                .replace("%2", r["reason"])
            )
        if kind == FollowUpKind.EXPIRED.value:
            return (
                self.tr("Expired on %1, taken %2")
                .replace("%1", r["expires_on"])
                .replace("%2", r["completed_on"])
            )
        if kind == FollowUpKind.DUE_SOON.value:
            return (
                self.tr("Expires on %1, taken %2")
                .replace("%1", r["expires_on"])
                .replace("%2", r["completed_on"])
            )
        if kind == FollowUpKind.FAILED.value:
            return self.tr("Failed on %1: a retake is needed").replace("%1", r["failed_on"])
        if kind == FollowUpKind.ONBOARDING.value:
            return self.tr("New in post or role since %1").replace("%1", r["since"])
        return self.tr("Never completed (required for the role)")

    def _roles_text(self, r: dict[str, Any]) -> str:
        roles = r["required_for"]
        if not roles:
            return self.tr("nobody (optional)")
        if set(roles) == set(ROLES):
            return self.tr("everyone")
        return ", ".join(roles)

    def _refresh_text(self, r: dict[str, Any]) -> str:
        months = r["refresh_months"]
        if not months:
            return self.tr("never")
        return self.tr("every %1 months").replace("%1", str(months))

    # --- data -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Reload every tab (filters kept)."""
        self._loaded = True
        self._fill_filters()
        self.refresh_catalogue()
        self.refresh_queue()
        self.refresh_matrix()
        self.refresh_records()

    def _fill_filters(self) -> None:
        offices = training_service.offices(self._ctx.db)
        for combo in (self.queue_office, self.matrix_office):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All offices"), None)
            for o in offices:
                combo.addItem(o, o)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)
        current = self.records_course.currentData()
        self.records_course.blockSignals(True)
        self.records_course.clear()
        self.records_course.addItem(self.tr("All courses"), None)
        for c in training_service.courses(self._ctx.db):
            self.records_course.addItem(f"{c['code']} – {c['name']}", c["id"])
        index = self.records_course.findData(current) if current else 0
        self.records_course.setCurrentIndex(max(0, index))
        self.records_course.blockSignals(False)

    def _has_courses(self) -> bool:
        return bool(self.catalogue_model.rowCount())

    def _has_staff(self) -> bool:
        """Anyone in post at all (asked only when a list came back empty)."""
        return bool(training_service.active_staff(self._ctx.db))

    def _no_staff_text(self) -> str:
        return self.tr(
            "No staff yet. Import the unit's staff (Reports → Import → Staff); each person's "
            "training follow-ups then appear here."
        )

    @Slot()
    def refresh_queue(self, *_: Any) -> None:
        rows = training_service.follow_ups(
            self._ctx.db,
            within_days=self.window_spin.value(),
            office=self.queue_office.currentData(),
            role=self.queue_role.currentData(),
            include_dismissed=self.show_dismissed.isChecked(),
        )
        self.queue_model.set_rows(rows)
        if not self._has_courses():
            self.queue_empty.setText(
                self.tr(
                    "No courses in the catalogue yet. Open the Catalogue tab and add the "
                    "default catalogue, or your own courses."
                )
            )
        elif not rows and not self._has_staff():
            self.queue_empty.setText(self._no_staff_text())
        else:
            self.queue_empty.setText(
                self.tr(
                    "Nothing to follow up: everyone here holds the training their roles need, "
                    "and no refresher falls due within the window. Widen the window or the "
                    "filters to look further."
                )
            )
        self.queue_empty.setVisible(not rows)
        self.queue_view.setVisible(bool(rows))
        open_rows = [r for r in rows if r["status"] in ("open", "overdue")]
        self.tabs.setTabText(
            self.QUEUE,
            self.tr("Follow-up queue (%1 to act on)").replace("%1", str(len(open_rows))),
        )
        self._update_queue_buttons()

    @Slot()
    def refresh_matrix(self, *_: Any) -> None:
        m = training_service.matrix(
            self._ctx.db,
            office=self.matrix_office.currentData(),
            role=self.matrix_role.currentData(),
            within_days=self.window_spin.value(),
        )
        self.matrix_model.set_matrix(m)
        totals = self.matrix_model.totals()
        for status, chip in self.legend.items():
            text = self.matrix_model.label(status)
            if status is CellStatus.DUE_SOON:
                text = self.tr("Due soon (≤ %1 days)").replace("%1", str(m.within_days))
            chip.setText(f"{text}: {totals[status]}")
        self._fit_matrix_header()
        empty = not m.courses or not m.staff
        if not m.courses:
            self.matrix_empty.setText(
                self.tr("No active courses. Add courses in the Catalogue tab to see the matrix.")
            )
        elif not m.staff and not self._has_staff():
            self.matrix_empty.setText(self._no_staff_text())
        elif not m.staff:
            self.matrix_empty.setText(self.tr("Nobody in post matches these filters."))
        self.matrix_empty.setVisible(empty)
        self.matrix_view.setVisible(not empty)

    def _fit_matrix_header(self) -> None:
        """Columns as wide as their header or the widest cell text there can be (cells have a
        few fixed shapes: measuring those is much cheaper than resizeColumnsToContents)."""
        header = self.matrix_view.horizontalHeader()
        cells = self.matrix_view.fontMetrics()
        widest_cell = max(
            cells.horizontalAdvance(text.replace("%1", "2026-12-31"))
            for text in (self.tr("failed %1"), self.tr("✓ to %1"), self.tr("exp. %1"))
        )
        titles = header.fontMetrics()
        for col in range(self.matrix_model.columnCount()):
            lines = str(self.matrix_model.headerData(col, Qt.Orientation.Horizontal)).split("\n")
            widest = max(widest_cell, *(titles.horizontalAdvance(line) for line in lines))
            header.resizeSection(col, max(100, widest + 14))

    @Slot()
    def refresh_records(self, *_: Any) -> None:
        rows = training_service.records(self._ctx.db, course_id=self.records_course.currentData())
        self.records_model.set_rows(rows)
        self.records_empty.setText(
            self.tr(
                "No training recorded yet. After a course, use “Record a session…” to enter "
                "everyone who took part, or “Record one…” for a single person."
            )
        )
        self.records_empty.setVisible(not rows)
        self.records_view.setVisible(bool(rows))

    @Slot()
    def refresh_catalogue(self, *_: Any) -> None:
        rows = training_service.courses(self._ctx.db)
        self.catalogue_model.set_rows(rows)
        self.catalogue_empty.setText(
            self.tr(
                "The catalogue is empty. “Add the default catalogue” adds the usual courses "
                "(AEO programme basics, validation and audit techniques, compliance and risk "
                "management, MSME outreach, security criteria, data protection, the national "
                "legal basis); “Add…” adds your own."
            )
        )
        self.catalogue_empty.setVisible(not rows)
        self.catalogue_view.setVisible(bool(rows))
        self.seed_button.setVisible(not rows)
        has_courses = bool(rows)
        self.session_button.setEnabled(has_courses)
        self.record_button.setEnabled(has_courses)
        self._update_catalogue_buttons()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    # --- queue actions ----------------------------------------------------------------------

    def selected_follow_up(self) -> dict[str, Any] | None:
        rows = self.queue_view.selectionModel().selectedRows()
        return self.queue_model.row(rows[0].row()) if rows else None

    @Slot()
    def _update_queue_buttons(self, *_: Any) -> None:
        row = self.selected_follow_up()
        acting = row is not None and row["status"] != "dismissed"
        for button in (self.plan_button, self.done_button, self.dismiss_button):
            button.setEnabled(acting)

    @Slot()
    def _on_window_changed(self, *_: Any) -> None:
        self.refresh_queue()
        self.refresh_matrix()

    def request_plan(self, follow_up: dict[str, Any]) -> FormDialog:
        from desktop.ui.dialogs.training_follow_up_dialogs import TrainingPlanDialog

        label = self.kind_labels.get(follow_up["kind"], follow_up["kind"])
        dialog = TrainingPlanDialog(self, self._ctx.db, self._ctx.actor, follow_up, label)
        return self._open(dialog)

    def request_dismiss(self, follow_up: dict[str, Any]) -> FormDialog:
        from desktop.ui.dialogs.training_follow_up_dialogs import TrainingDismissDialog

        label = self.kind_labels.get(follow_up["kind"], follow_up["kind"])
        dialog = TrainingDismissDialog(self, self._ctx.db, self._ctx.actor, follow_up, label)
        return self._open(dialog)

    def request_mark_done(self, follow_up: dict[str, Any]) -> FormDialog:
        """Record a passed completion for the follow-up's person and course."""
        return self.request_record(
            staff_id=follow_up["staff_id"],
            course_id=follow_up["course_id"],
            title=self.tr("Mark as done"),
            note=self.tr("Records that %1 completed %2.")
            .replace("%1", follow_up["staff_name"])
            .replace("%2", f"{follow_up['course_code']} – {follow_up['course_name']}"),
        )

    @Slot()
    def _on_plan_clicked(self, *_: Any) -> None:
        row = self.selected_follow_up()
        if row is not None and row["status"] != "dismissed":
            self.request_plan(row)

    @Slot()
    def _on_done_clicked(self) -> None:
        row = self.selected_follow_up()
        if row is not None:
            self.request_mark_done(row)

    @Slot()
    def _on_dismiss_clicked(self) -> None:
        row = self.selected_follow_up()
        if row is not None:
            self.request_dismiss(row)

    # --- matrix, records and catalogue actions ---------------------------------------------

    @Slot(QModelIndex)
    def _on_matrix_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.request_record(
                staff_id=index.data(STAFF_ID_ROLE), course_id=index.data(COURSE_ID_ROLE)
            )

    def request_session(self, course_id: int | None = None) -> FormDialog:
        from desktop.ui.dialogs.training_session_dialog import TrainingSessionDialog

        return self._open(TrainingSessionDialog(self, self._ctx.db, self._ctx.actor, course_id))

    def request_record(self, **preset: Any) -> FormDialog:
        from desktop.ui.dialogs.training_record_dialog import TrainingRecordDialog

        return self._open(TrainingRecordDialog(self, self._ctx.db, self._ctx.actor, **preset))

    def request_course(self, course: dict[str, Any] | None = None) -> FormDialog:
        from desktop.ui.dialogs.training_course_dialog import TrainingCourseDialog

        return self._open(TrainingCourseDialog(self, self._ctx.db, course))

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.accepted.connect(self._after_change)
        dialog.open()
        return dialog

    @Slot()
    def _on_session_clicked(self) -> None:
        self.request_session(self.records_course.currentData())

    @Slot()
    def _on_record_clicked(self) -> None:
        self.request_record(course_id=self.records_course.currentData())

    def selected_course(self) -> dict[str, Any] | None:
        rows = self.catalogue_view.selectionModel().selectedRows()
        return self.catalogue_model.row(rows[0].row()) if rows else None

    @Slot()
    def _update_catalogue_buttons(self, *_: Any) -> None:
        course = self.selected_course()
        self.edit_course_button.setEnabled(course is not None)
        self.retire_course_button.setEnabled(course is not None and course["is_active"])

    @Slot()
    def _on_add_course_clicked(self) -> None:
        self.request_course()

    @Slot()
    def _on_edit_course_clicked(self, *_: Any) -> None:
        course = self.selected_course()
        if course is not None:
            self.request_course(course)

    @Slot()
    def _on_retire_course_clicked(self) -> None:
        course = self.selected_course()
        if course is None:
            return
        try:
            training_service.retire_course(self._ctx.db, course["id"])
        except DomainError as exc:
            show_error(self, exc)
            return
        self._after_change()

    @Slot()
    def _on_seed_clicked(self) -> None:
        training_service.seed_default_catalogue(self._ctx.db)
        self._after_change()

    def request_export(self) -> Any:
        """Export the follow-up queue or the matrix, with the filters on screen."""
        from desktop.ui.export_action import export_list

        if self.tabs.currentIndex() == 0:
            query = {
                "within_days": self.window_spin.value(),
                "office": self.queue_office.currentData(),
                "role": self.queue_role.currentData(),
                "include_dismissed": self.show_dismissed.isChecked(),
            }
            return export_list(
                self, self._ctx, "training", "AEO-training-follow-ups.xlsx", query=query
            )
        if self.tabs.currentIndex() == 1:
            query = {
                "office": self.matrix_office.currentData(),
                "role": self.matrix_role.currentData(),
            }
            return export_list(
                self, self._ctx, "training-matrix", "AEO-training-matrix.xlsx", query=query
            )
        return None
