"""The main window: navigation, toolbar, menus, status bar, and the pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from desktop.services import caseload_service, reference_data
from desktop.services.actor import Actor
from desktop.ui.backup_keeper import BackupKeeper, check_on_open
from desktop.ui.context import AppContext
from desktop.ui.errors import is_quiet
from desktop.ui.widgets.caseload_page import CaseloadPage

if TYPE_CHECKING:
    from desktop.ui.widgets.audits_page import AuditsPage
    from desktop.ui.widgets.dashboard_page import DashboardPage

APP_VERSION = "0.1.0"


class MainWindow(QMainWindow):
    CASELOAD, DASHBOARD, AUDITS, CONTACTS, TRAINING, REPORTS = range(6)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._ctx = ctx
        self.unit_name = reference_data.unit_name(ctx.db)
        self.setWindowTitle(f"AEO Desk – {self.unit_name} – {ctx.path.name}")

        self.caseload = CaseloadPage(ctx, self)
        # Pages that are not needed to show the caseload are built on their first visit
        # (start-up time; QtCharts alone is big): an empty slot stands in until then.
        self._factories: dict[int, Callable[[], QWidget]] = {
            self.DASHBOARD: self._make_dashboard,
            self.AUDITS: self._make_audits,
            self.CONTACTS: self._make_contacts,
            self.TRAINING: self._make_training,
            self.REPORTS: self._make_reports,
        }
        self._slots = {n: QWidget(self) for n in self._factories}
        self._built: dict[int, QWidget] = {}
        self.pages = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(176)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; background: palette(window); }"
            "QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        nav_font = QFont(self.nav.font())
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.08)
        self.nav.setFont(nav_font)
        self._page_actions: list[QAction] = []
        pages: list[tuple[str, QWidget]] = [
            (self.tr("Caseload"), self.caseload),
            (self.tr("Dashboard"), self._slots[self.DASHBOARD]),
            (self.tr("Audits"), self._slots[self.AUDITS]),
            (self.tr("Contact points"), self._slots[self.CONTACTS]),
            (self.tr("Training"), self._slots[self.TRAINING]),
            (self.tr("Reports"), self._slots[self.REPORTS]),
        ]
        for i, (title, page) in enumerate(pages):
            self.pages.addWidget(page)
            item = QListWidgetItem(title, self.nav)
            item.setSizeHint(QSize(160, 34))
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=i: self.show_page(n))
            self._page_actions.append(action)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.status_counts = QLabel(self)
        self.status_counts.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_counts)
        self.caseload.counts_changed.connect(self.update_status)
        self.caseload.data_changed.connect(self._on_caseload_data_changed)
        self.caseload.audit_planned.connect(self._on_caseload_audit_planned)

        self.backups = BackupKeeper(ctx, self)
        self.integrity_job = check_on_open(self, ctx, self._on_damaged)
        self.caseload.restore_state()
        geometry = ctx.settings.geometry("MainWindow")
        if geometry.isEmpty():
            self.resize(1280, 800)
        else:
            self.restoreGeometry(geometry)
        self._restore_actor()
        # Connected once, after the first fill (which sets the actor itself, signals blocked).
        self.actor_combo.currentIndexChanged.connect(self._on_actor_combo_changed)
        self.caseload.apply_filters()
        self.nav.setCurrentRow(0)

    # --- building ---------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | None, slot: Any, icon: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_case_action = self._action(
            self.tr("&New case…"), "Ctrl+N", self._on_new_case, sp.SP_FileIcon
        )
        self.new_operator_action = self._action(
            self.tr("New &operator…"), "Ctrl+Shift+N", self._on_new_operator, sp.SP_DirIcon
        )
        self.edit_case_action = self._action(
            self.tr("&Edit case…"), "Ctrl+E", self._on_edit_case, sp.SP_FileDialogDetailedView
        )
        self.assign_action = self._action(
            self.tr("&Assign selected…"), "Ctrl+Shift+A", self._on_assign, sp.SP_ArrowRight
        )
        self.my_caseload_action = self._action(
            self.tr("&My caseload"), "Ctrl+M", self._on_my_caseload, sp.SP_FileDialogListView
        )
        self.find_action = self._action(self.tr("&Find…"), "Ctrl+F", self._on_find)
        self.refresh_action = self._action(
            self.tr("&Refresh"), "F5", self.refresh, sp.SP_BrowserReload
        )
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.backup_action = self._action(
            self.tr("&Back up now"), "Ctrl+Shift+B", self._on_backup_now
        )
        self.restore_action = self._action(self.tr("&Restore a backup…"), None, self._on_restore)
        self.verify_action = self._action(self.tr("&Verify database…"), None, self._on_verify)
        self.backup_folder_action = self._action(
            self.tr("Backup &folder…"), None, self._on_backup_folder
        )
        self.about_action = self._action(self.tr("&About AEO Desk"), None, self._on_about)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main"), self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(QSize(18, 18))
        for a in (
            self.new_case_action,
            self.new_operator_action,
            self.edit_case_action,
            self.assign_action,
            self.my_caseload_action,
            self.refresh_action,
        ):
            tb.addAction(a)
        spacer = QWidget(tb)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        tb.addWidget(QLabel(self.tr("Acting as: "), tb))
        self.actor_combo = QComboBox(tb)
        self.actor_combo.setObjectName("actingAs")
        self.actor_combo.setAccessibleName(self.tr("Acting as"))
        self.actor_combo.setMinimumWidth(180)
        tb.addWidget(self.actor_combo)
        self.addToolBar(tb)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        cases = bar.addMenu(self.tr("&Cases"))
        for a in (
            self.new_case_action,
            self.new_operator_action,
            self.edit_case_action,
            self.assign_action,
        ):
            cases.addAction(a)
        cases.addSeparator()
        cases.addAction(self.my_caseload_action)
        cases.addAction(self.find_action)
        view = bar.addMenu(self.tr("&View"))
        for a in self._page_actions:
            view.addAction(a)
        view.addSeparator()
        view.addAction(self.refresh_action)
        tools = bar.addMenu(self.tr("&Tools"))
        tools.addAction(self.backup_action)
        tools.addAction(self.restore_action)
        tools.addAction(self.verify_action)
        tools.addSeparator()
        tools.addAction(self.backup_folder_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _restore_actor(self) -> None:
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        self.actor_combo.addItem(self.tr("(not a staff member)"), 0)
        for person in reference_data.active_staff(self._ctx.db):
            self.actor_combo.addItem(person["name"], person["id"])
        i = self.actor_combo.findData(self._ctx.settings.acting_staff_id())
        self.actor_combo.setCurrentIndex(max(i, 0))
        self.actor_combo.blockSignals(False)
        self._on_actor_combo_changed()

    # --- behaviour --------------------------------------------------------------------------

    def page(self, n: int) -> QWidget:
        """Page ``n``, built now if it is built on first visit."""
        if n in self._factories and n not in self._built:
            widget = self._factories[n]()
            slot = self._slots.pop(n)
            self.pages.insertWidget(self.pages.indexOf(slot), widget)
            self.pages.removeWidget(slot)
            slot.deleteLater()
            self._built[n] = widget
        return self._built.get(n) or self.pages.widget(n)

    def _make_dashboard(self) -> QWidget:
        from desktop.ui.widgets.dashboard_page import DashboardPage

        page = DashboardPage(self._ctx, self)
        page.case_requested.connect(self.open_case)
        return page

    def _make_audits(self) -> QWidget:
        from desktop.ui.widgets.audits_page import AuditsPage

        page = AuditsPage(self._ctx, self)
        page.case_requested.connect(self.open_case)
        return page

    def _make_contacts(self) -> QWidget:
        from desktop.ui.widgets.contacts_page import ContactsPage

        page = ContactsPage(self._ctx, self)
        page.case_requested.connect(self.open_case)
        return page

    def _make_training(self) -> QWidget:
        from desktop.ui.widgets.training_page import TrainingPage

        return TrainingPage(self._ctx, self)

    def _make_reports(self) -> QWidget:
        from desktop.ui.widgets.reports_page import ReportsPage

        return ReportsPage(self._ctx, self)

    @property
    def dashboard(self) -> DashboardPage:
        return self.page(self.DASHBOARD)  # type: ignore[return-value]

    @property
    def audits(self) -> AuditsPage:
        return self.page(self.AUDITS)  # type: ignore[return-value]

    def _if_built(self, n: int) -> Any:
        return self._built.get(n)

    def show_page(self, n: int) -> None:
        self.nav.setCurrentRow(n)

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        self.page(row)  # built on first visit
        self.pages.setCurrentIndex(row)
        if row == self.DASHBOARD and not self.dashboard.data:
            self.dashboard.refresh()
        elif row == self.AUDITS and self.audits.stack.currentWidget() is self.audits.tabs:
            self.audits.refresh()
        elif row in (self.CONTACTS, self.TRAINING):
            self.page(row).refresh()  # type: ignore[attr-defined]

    @Slot()
    def _on_actor_combo_changed(self) -> None:
        staff_id = self.actor_combo.currentData() or None
        name = self.actor_combo.currentText() if staff_id else Actor.system_user().name
        self._ctx.actor = Actor(name=name, staff_id=staff_id)
        self._ctx.settings.set_acting_staff_id(staff_id)
        self.caseload.filter_bar.set_acting_staff(staff_id)
        self.update_status()

    def open_case(self, case_id: int) -> None:
        self.show_page(0)
        if not self.caseload.select_case(case_id):
            self.caseload.filter_bar.clear()
            self.caseload.select_case(case_id)

    @Slot()
    def update_status(self) -> None:
        counts = caseload_service.counts(self._ctx.db)
        shown = self.caseload.shown_count()
        self.status_counts.setText(
            self.tr("%1 of %2 cases shown  ·  %3 overdue  ·  acting as %4")
            .replace("%1", f"{shown:,}")
            .replace("%2", f"{counts['total']:,}")
            .replace("%3", f"{counts['overdue']:,}")
            .replace("%4", self._ctx.actor.name)
        )

    @Slot()
    def _on_caseload_data_changed(self) -> None:
        dashboard = self._if_built(self.DASHBOARD)
        if dashboard is None:
            return
        dashboard.data = None
        if self.pages.currentWidget() is dashboard:
            dashboard.refresh()

    @Slot(int)
    def _on_caseload_audit_planned(self, audit_id: int) -> None:
        self.statusBar().showMessage(self.tr("Audit planned. It is listed under Audits."), 6000)
        if self._if_built(self.AUDITS) is not None:
            self.audits.refresh()

    @Slot()
    def refresh(self) -> None:
        self.caseload.reload_reference_data()
        self.caseload.refresh_after_change()
        current = self.pages.currentWidget()
        if current is self._if_built(self.DASHBOARD):
            self.dashboard.refresh()
        elif current is self._if_built(self.AUDITS):
            self.audits.refresh()

    @Slot()
    def _on_new_case(self) -> None:
        self.show_page(0)
        self.caseload.request_new_case()

    @Slot()
    def _on_new_operator(self) -> None:
        self.caseload.request_edit_operator(None)

    @Slot()
    def _on_edit_case(self) -> None:
        self.show_page(0)
        self.caseload.request_edit_case()

    @Slot()
    def _on_assign(self) -> None:
        self.show_page(0)
        self.caseload.request_assign()

    @Slot()
    def _on_my_caseload(self) -> None:
        self.show_page(0)
        self.caseload.filter_bar.show_my_caseload()

    @Slot()
    def _on_find(self) -> None:
        self.show_page(0)
        self.caseload.filter_bar.search_edit.setFocus()
        self.caseload.filter_bar.search_edit.selectAll()

    def _on_damaged(self, problems: list[str]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("The database is damaged"),
            self.tr(
                "The quick check of this database found problems. Work on it may be lost. "
                "Restore the newest good backup (Tools → Restore a backup…)?"
            )
            + "\n\n"
            + "\n".join(problems[:5]),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Ignore,
            self,
        )
        box.setObjectName("damagedBox")
        box.accepted.connect(self._on_restore)
        self.damaged_box = box
        if not is_quiet():
            box.open()

    @Slot()
    def _on_backup_now(self) -> None:
        self.backups.backup_in_background(
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(path)), 8000
            )
        )

    @Slot()
    def _on_backup_folder(self) -> None:
        """Where automatic backups go: a unit share or a USB drive, instead of beside the file."""
        from desktop.ui.backup_keeper import backup_folder

        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), str(backup_folder(self._ctx))
        )
        if chosen:
            self._ctx.settings.set_backup_folder(chosen)
            self.statusBar().showMessage(
                self.tr("Backups will be written to %1").replace("%1", chosen), 6000
            )

    @Slot()
    def _on_verify(self) -> None:
        from desktop.ui.backup_keeper import verify_database

        verify_database(self, self._ctx)

    @Slot()
    def _on_restore(self) -> None:
        from desktop.ui.dialogs.restore_dialog import RestoreDialog

        RestoreDialog(self, self._ctx).open()

    @Slot()
    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About AEO Desk"),
            self.tr("AEO Desk %1\nOffline desk for Customs AEO units.\nDatabase: %2")
            .replace("%1", APP_VERSION)
            .replace("%2", str(self._ctx.path)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.backups.timer.stop()
        self.backups.backup_now_blocking()
        self._ctx.settings.set_geometry("MainWindow", self.saveGeometry())
        self.caseload.save_state()
        self._ctx.settings.sync()
        super().closeEvent(event)
