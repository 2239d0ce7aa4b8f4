"""The main window: navigation, toolbar, menus, status bar, and the pages.

Every key of the window is in a menu, with its shortcut shown beside it; the keys that work
only on one screen (the checklist's 1-4, the case list's Esc...) are listed in Help →
Keyboard shortcuts (:class:`KeyboardShortcutsDialog`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.permissions import Permission, allowed, refusal
from desktop.services import caseload_service, reference_data
from desktop.services.actor import Actor
from desktop.ui import i18n, icons, theme, workers
from desktop.ui.backup_keeper import BackupKeeper, check_on_open
from desktop.ui.context import AppContext
from desktop.ui.dialogs.shortcuts_dialog import KeyboardShortcutsDialog
from desktop.ui.errors import is_quiet, show_error
from desktop.ui.keys import plain
from desktop.ui.lock import IdleWatcher, LockScreen
from desktop.ui.secure_clipboard import secure_clipboard
from desktop.ui.site_mode import SiteBanner, SiteOperator
from desktop.ui.widgets.caseload_page import CaseloadPage

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop.ui.help_dialog import HelpDialog
    from desktop.ui.widgets.audits_page import AuditsPage
    from desktop.ui.widgets.dashboard_page import DashboardPage

APP_VERSION = "0.1.0"

#: The field-laptop state (what is out, what is held here) is read this long after start-up:
#: it loads the package machinery (cryptography), which the first screen does not need.
FIELD_STATE_DELAY_MS = 600


def _blocking_dialog_open() -> bool:
    """A dialog running its own event loop (``exec()``: questions, file choosers) is open.
    Hiding it would end that loop as if cancelled, so the lock waits until it closes."""
    return any(
        w.isVisible() and w.isModal() and w.windowModality() == Qt.WindowModality.ApplicationModal
        for w in QApplication.topLevelWidgets()
    )


class MainWindow(QMainWindow):
    CASELOAD, DASHBOARD, AUDITS, CONTACTS, TRAINING, REPORTS = range(6)
    #: Pages that site mode keeps (the operator's cases and audits); the others are hidden.
    SITE_PAGES = (CASELOAD, AUDITS)
    #: The guide's page for each page of the window, in page order (F1); the pages' icons
    #: have the same names.
    HELP_TOPICS = ("caseload", "dashboard", "audits", "contacts", "training", "reports")

    locked_changed = Signal(bool)
    site_mode_changed = Signal(object)  # SiteOperator or None
    #: The file was converted (encrypted or not): the window to open on it, and what to say.
    reopen_requested = Signal(object, str)
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, *, idle_lock_ms: int | None = None) -> None:
        """``idle_lock_ms``: lock after this long without input (default: the setting, in
        minutes; 0 never). Only a signed-in window locks: without users there is no password
        to unlock it with."""
        super().__init__()
        self.setObjectName("mainWindow")
        self._ctx = ctx
        self._locked = False
        self._site: SiteOperator | None = None
        self._hidden_windows: list[QWidget] = []
        self._enabled_before_lock: dict[QAction, bool] = {}
        self._db_closed = False  # the file is being converted (or was): no more queries
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
        self.nav.setIconSize(QSize(20, 20))
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
            item = QListWidgetItem(icons.icon(self.HELP_TOPICS[i]), title, self.nav)
            item.setSizeHint(QSize(160, 34))
            action = QAction(icons.icon(self.HELP_TOPICS[i]), title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=i: self.show_page(n))
            self._page_actions.append(action)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)

        self.main_area = QWidget(self)
        self.main_area.setObjectName("mainArea")
        column = QVBoxLayout(self.main_area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.site_banner = SiteBanner(self.main_area)
        self.site_banner.leave_requested.connect(self._on_site_banner_leave_requested)
        column.addWidget(self.site_banner)
        row = QHBoxLayout()
        row.setContentsMargins(4, 4, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        column.addLayout(row, 1)
        # The lock screen replaces everything; the busy page stands in while the file is
        # converted (the pages' models must not read a closed connection).
        self.lock_screen = LockScreen(self)
        self.lock_screen.unlock_requested.connect(self._on_lock_screen_unlock_requested)
        self.busy_page = QLabel(self.tr("Converting the database…"), self)
        self.busy_page.setObjectName("busyPage")
        self.busy_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central_stack = QStackedWidget(self)
        self.central_stack.setObjectName("centralStack")
        self.central_stack.addWidget(self.main_area)
        self.central_stack.addWidget(self.lock_screen)
        self.central_stack.addWidget(self.busy_page)
        self.setCentralWidget(self.central_stack)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.status_field = QLabel(self)
        self.status_field.setObjectName("statusField")
        self.status_field.hide()
        self.statusBar().addPermanentWidget(self.status_field)
        self.status_counts = QLabel(self)
        self.status_counts.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_counts)
        self.field_copies: list[dict[str, Any]] = []
        self._field_known = False  # update_field_state has run
        self._help: HelpDialog | None = None
        self._shortcuts: KeyboardShortcutsDialog | None = None
        self.field_checkouts: list[dict[str, Any]] = []
        self.caseload.counts_changed.connect(self.update_status)
        self.caseload.data_changed.connect(self._on_caseload_data_changed)
        self.caseload.audit_planned.connect(self._on_caseload_audit_planned)
        self.caseload.detail.steps_changed.connect(self._update_plan_audit_action)
        self.caseload.import_operators_requested.connect(self._on_import_operators_requested)

        self.backups = BackupKeeper(ctx, self)
        self.integrity_job = check_on_open(self, ctx, self._on_damaged)
        self.caseload.restore_state()
        geometry = ctx.settings.geometry("MainWindow")
        if geometry.isEmpty():
            self.resize(1280, 800)
        else:
            self.restoreGeometry(geometry)
        if ctx.session is None:
            self._restore_actor()
            # Connected once, after the first fill (which sets the actor itself, signals
            # blocked).
            self.actor_combo.currentIndexChanged.connect(self._on_actor_combo_changed)
        else:
            self.caseload.filter_bar.set_acting_staff(ctx.session.user.staff_id)
        self.caseload.apply_filters()
        self.nav.setCurrentRow(0)
        self._field_timer = QTimer(self)
        self._field_timer.setSingleShot(True)
        self._field_timer.timeout.connect(self.update_field_state)
        self._field_timer.start(FIELD_STATE_DELAY_MS)

        if idle_lock_ms is None:
            idle_lock_ms = ctx.settings.idle_lock_minutes() * 60_000
        self.idle = IdleWatcher(idle_lock_ms if ctx.session is not None else 0, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        self._update_actions()

    # --- building ---------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: str | None, slot: Any, icon: str | None = None
    ) -> QAction:
        """An action of the window; ``icon`` names one of the app's icons (icons.NAMES)."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        if icon is not None:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_case_action = self._action(
            self.tr("&New case…"), "Ctrl+N", self._on_new_case, "new-case"
        )
        self.new_operator_action = self._action(
            self.tr("New &operator…"), "Ctrl+Shift+N", self._on_new_operator, "new-operator"
        )
        self.edit_case_action = self._action(
            self.tr("&Edit case…"), "Ctrl+E", self._on_edit_case, "edit"
        )
        self.assign_action = self._action(
            self.tr("&Assign selected…"), "Ctrl+Shift+A", self._on_assign, "assign"
        )
        # The case pane's "Plan audit…" for the case shown (off without one, or when the
        # case may not have one: closed, read-only here, or the user's roles).
        self.plan_audit_action = self._action(
            self.tr("&Plan audit…"), None, self._on_plan_audit, "audits"
        )
        self.plan_audit_action.setEnabled(False)
        # The case list's export, in the File menu with its key. The key itself stays the
        # list's own action's (Ctrl+Shift+E while the case list has the keyboard; the audits'
        # lists export themselves with the same key): this one's works only from the menu
        # bar, so that the two never answer the same key press (Qt would run neither).
        self.export_list_action = self._action(
            self.tr("&Export list…"), "Ctrl+Shift+E", self._on_export_list, "export"
        )
        self.export_list_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.my_caseload_action = self._action(
            self.tr("&My caseload"), "Ctrl+M", self._on_my_caseload, "my-caseload"
        )
        self.find_action = self._action(self.tr("&Find…"), "Ctrl+F", self._on_find, "search")
        self.refresh_action = self._action(self.tr("&Refresh"), "F5", self.refresh, "refresh")
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.backup_action = self._action(
            self.tr("&Back up now"), "Ctrl+Shift+B", self._on_backup_now, "backup"
        )
        self.restore_action = self._action(self.tr("&Restore a backup…"), None, self._on_restore)
        self.verify_action = self._action(self.tr("&Verify database…"), None, self._on_verify)
        self.backup_folder_action = self._action(
            self.tr("Backup &folder…"), None, self._on_backup_folder
        )
        self.about_action = self._action(self.tr("&About AEO Desk"), None, self._on_about)
        # The guide: the current screen's page (F1), and the pages that are no screen.
        self.help_action = self._action(
            self.tr("&Guide for this screen"), "F1", self._on_help, "help"
        )
        self.field_help_action = self._action(
            self.tr("&Field laptops"), None, lambda: self.open_help("field-laptops")
        )
        self.security_help_action = self._action(
            self.tr("&Signing in, locking and site mode"),
            None,
            lambda: self.open_help("security"),
        )
        self.glossary_action = self._action(
            self.tr("G&lossary"), None, lambda: self.open_help("glossary")
        )
        self.whats_new_action = self._action(
            self.tr("&What's new"), None, lambda: self.open_help("whats-new")
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), None, self._on_shortcuts
        )
        # Field laptops: the office checks cases out and in; the laptop opens and returns.
        # The icons say which way the cases go: onto the laptop, or off it.
        self.checkout_action = self._action(
            self.tr("Check &out cases…"), "Ctrl+Shift+O", self._on_checkout, "laptop-in"
        )
        self.checkin_action = self._action(
            self.tr("Check &in package…"), "Ctrl+Shift+I", self._on_checkin, "laptop-out"
        )
        self.open_package_action = self._action(
            self.tr("O&pen package…"), "Ctrl+Shift+P", self._on_open_package, "laptop-in"
        )
        self.return_action = self._action(
            self.tr("&Return cases…"), "Ctrl+Shift+R", self._on_return, "laptop-out"
        )
        self.where_action = self._action(
            self.tr("&Where are my cases"), "Ctrl+Shift+W", self._on_where
        )
        # Signing in, locking, site mode, users and encryption.
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock, "lock")
        self.change_password_action = self._action(
            self.tr("Change &password…"), None, self._on_change_password
        )
        self.sign_out_action = self._action(self.tr("Sign &out"), None, self._on_sign_out)
        self.site_action = self._action(
            self.tr("&Site mode: only this operator"),
            "Ctrl+Shift+S",
            self._on_site_action,
            "site-mode",
        )
        self.site_action.setCheckable(True)
        self.users_action = self._action(self.tr("&Users…"), None, self._on_users)
        self.security_action = self._action(self.tr("&Encryption…"), None, self._on_security)
        # The platform's standard key (Cmd+, on macOS), else Ctrl+, (Linux and Windows have
        # none); macOS moves the entry into the application menu.
        standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            standard[0].toString(QKeySequence.SequenceFormat.PortableText)
            if standard
            else "Ctrl+,",
            self._on_preferences,
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        # The look: follow the system's light or dark setting, or keep one.
        self.appearance_group = QActionGroup(self)
        self.appearance_group.setExclusive(True)
        self.appearance_actions: dict[str, QAction] = {}
        chosen = self._ctx.settings.appearance()
        for value, label in (
            (theme.SYSTEM, self.tr("Follow the &system")),
            (theme.LIGHT, self.tr("&Light")),
            (theme.DARK, self.tr("&Dark")),
        ):
            action = QAction(label, self.appearance_group)
            action.setCheckable(True)
            action.setChecked(value == chosen)
            action.setData(value)
            self.appearance_actions[value] = action
        self.appearance_group.triggered.connect(self._on_appearance_triggered)
        # The language: the system's, or one chosen (applies at the next start).
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        language = self._ctx.settings.language()
        for value, label in (("system", self.tr("Follow the s&ystem")), *i18n.LANGUAGES.items()):
            action = QAction(label, self.language_group)
            action.setCheckable(True)
            action.setChecked(value == language)
            action.setData(value)
            self.language_actions[value] = action
        self.language_group.triggered.connect(self._on_language_triggered)

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
        session = self._ctx.session
        if session is None:
            tb.addWidget(QLabel(self.tr("Acting as: "), tb))
            self.actor_combo = QComboBox(tb)
            self.actor_combo.setObjectName("actingAs")
            self.actor_combo.setAccessibleName(self.tr("Acting as"))
            self.actor_combo.setMinimumWidth(180)
            tb.addWidget(self.actor_combo)
        else:
            from desktop.services import users

            roles = ", ".join(users.role_label(r) for r in session.user.roles)
            text = (
                self.tr("Signed in as %1 (%2)")
                .replace("%1", session.user.display_name)
                .replace("%2", roles)
            )
            self.signed_in_button = QToolButton(tb)
            self.signed_in_button.setObjectName("signedInAs")
            self.signed_in_button.setText(text + "  ▾")
            self.signed_in_button.setAccessibleName(text)
            self.signed_in_button.setToolTip(self.tr("Change password, lock, sign out"))
            # The arrow is in the text: Fusion would draw its indicator over the last letters.
            self.signed_in_button.setStyleSheet(
                "QToolButton#signedInAs::menu-indicator { image: none; width: 0px; }"
            )
            self.signed_in_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.signed_in_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(self.signed_in_button)
            menu.addAction(self.change_password_action)
            menu.addAction(self.lock_action)
            menu.addSeparator()
            menu.addAction(self.sign_out_action)
            self.signed_in_button.setMenu(menu)
            tb.addWidget(self.signed_in_button)
        self.toolbar = tb
        self.addToolBar(tb)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.export_list_action)
        file_menu.addSeparator()
        field = file_menu.addMenu(self.tr("F&ield laptop"))
        field.setObjectName("fieldMenu")
        field.setToolTipsVisible(True)
        field.addSection(self.tr("At the office"))
        field.addAction(self.checkout_action)
        field.addAction(self.checkin_action)
        field.addSection(self.tr("On the laptop"))
        field.addAction(self.open_package_action)
        field.addAction(self.return_action)
        field.addSeparator()
        field.addAction(self.where_action)
        self.field_menu = field
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        cases = bar.addMenu(self.tr("&Cases"))
        for a in (
            self.new_case_action,
            self.new_operator_action,
            self.edit_case_action,
            self.assign_action,
        ):
            cases.addAction(a)
        cases.addAction(self.plan_audit_action)
        cases.addSeparator()
        cases.addAction(self.my_caseload_action)
        cases.addAction(self.find_action)
        cases.addAction(self.caseload.copy_action)
        view = bar.addMenu(self.tr("&View"))
        for a in self._page_actions:
            view.addAction(a)
        view.addSeparator()
        view.addAction(self.site_action)
        view.addSeparator()
        view.addAction(self.refresh_action)
        view.addSeparator()
        appearance = view.addMenu(self.tr("&Appearance"))
        appearance.setObjectName("appearanceMenu")
        for action in self.appearance_actions.values():
            appearance.addAction(action)
        self.appearance_menu = appearance
        languages = view.addMenu(self.tr("La&nguage"))
        languages.setObjectName("languageMenu")
        for action in self.language_actions.values():
            languages.addAction(action)
        self.language_menu = languages
        tools = bar.addMenu(self.tr("&Tools"))
        tools.addAction(self.backup_action)
        tools.addAction(self.restore_action)
        tools.addAction(self.verify_action)
        tools.addSeparator()
        tools.addAction(self.backup_folder_action)
        tools.addSeparator()
        tools.addAction(self.users_action)
        tools.addAction(self.security_action)
        tools.addSeparator()
        tools.addAction(self.preferences_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.field_help_action)
        help_menu.addAction(self.security_help_action)
        help_menu.addAction(self.glossary_action)
        help_menu.addAction(self.whats_new_action)
        help_menu.addSeparator()
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu

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
        if self._site is not None:
            page.set_site(self._site)
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
        if row == self.CASELOAD and self.field_copies:
            self.update_field_state()  # answers given on the Audits page count as changes
        if row == self.DASHBOARD and not self.dashboard.data:
            self.dashboard.refresh()
        elif row == self.AUDITS and self.audits.showing_list():
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
        if self._db_closed:
            return
        shown = self.caseload.shown_count()
        if self._site is not None:
            self.status_counts.setText(
                self.tr("Site mode: %n case(s) of %1", "", shown).replace("%1", self._site.name)
            )
            return
        counts = caseload_service.counts(self._ctx.db)
        self.status_counts.setText(
            self.tr("%1 of %2 cases shown  ·  %3 overdue  ·  acting as %4")
            .replace("%1", f"{shown:,}")
            .replace("%2", f"{counts['total']:,}")
            .replace("%3", f"{counts['overdue']:,}")
            .replace("%4", self._ctx.actor.name)
        )

    # --- field laptops -----------------------------------------------------------------------

    @Slot()
    def update_field_state(self) -> None:
        """What is out on laptops (office) or held here (laptop): the Where column, the detail
        pane and the status-bar note follow it. Cheap at the office (two small queries); on a
        laptop it counts the changes not returned yet."""
        from desktop.services import field_service

        self._field_timer.stop()
        if self._db_closed:
            return
        self._field_known = True
        self.field_checkouts = field_service.checkouts(self._ctx.db)
        self.field_copies = field_service.field_copies(self._ctx.db)
        self.caseload.set_field_active(bool(self.field_checkouts or self.field_copies))
        parts = []
        if self.field_checkouts:
            out = sum(int(k["cases"]) for k in self.field_checkouts)
            parts.append(self.tr("%n case(s) out on field laptops", "", out))
        if self.field_copies:
            held = [c for c in self.field_copies if c["status"] == "out"]
            pending = sum(1 for c in held if c["changes"])
            returned = len(self.field_copies) - len(held)
            text = (
                self.tr("%n field copies", "", len(held))
                + ", "
                + self.tr("%n with changes not returned", "", pending)
            )
            if returned:
                text += ", " + self.tr("%n returned", "", returned)
            parts.append(text)
        self.status_field.setText("  ·  ".join(parts) + "  ·" if parts else "")
        self.status_field.setVisible(bool(parts))

    def _field_wizard_done(self) -> None:
        if self._ctx.session is None:
            self._restore_actor()  # a laptop learns the unit's staff from its first package
        self.refresh()  # its data_changed updates the field state too

    def open_field_wizard(self, kind: str) -> QWidget:
        """Open one of the field-laptop wizards (``checkout``, ``checkin``, ``open``,
        ``return``); it refreshes the window when it has changed the database."""
        wizard: Any
        if kind == "checkout":
            from desktop.ui.dialogs.field_checkout_wizard import CheckoutWizard

            wizard = CheckoutWizard(self, self._ctx, self.caseload.selected_case_ids())
        elif kind == "checkin":
            from desktop.ui.dialogs.field_checkin_wizard import CheckinWizard

            wizard = CheckinWizard(self, self._ctx)
        elif kind == "open":
            from desktop.ui.dialogs.field_open_wizard import OpenPackageWizard

            wizard = OpenPackageWizard(self, self._ctx)
        elif kind == "return":
            from desktop.ui.dialogs.field_return_wizard import ReturnWizard

            wizard = ReturnWizard(self, self._ctx)
        else:
            raise ValueError(kind)
        wizard.changed.connect(self._field_wizard_done)
        self.field_wizard = wizard
        wizard.open()
        return wizard

    @Slot()
    def _on_checkout(self) -> None:
        self.open_field_wizard("checkout")

    @Slot()
    def _on_checkin(self) -> None:
        self.open_field_wizard("checkin")

    @Slot()
    def _on_open_package(self) -> None:
        self.open_field_wizard("open")

    @Slot()
    def _on_return(self) -> None:
        self.open_field_wizard("return")

    @Slot()
    def _on_where(self) -> QWidget:
        from desktop.ui.dialogs.field_status_dialog import FieldStatusDialog

        self.update_field_state()
        dialog = FieldStatusDialog(self, self.field_checkouts, self.field_copies)
        dialog.open()
        return dialog

    def unreturned_cases(self) -> int:
        """Cases with changes made here that have not gone back to the office (on close)."""
        if self._field_known and not self.field_copies:
            return 0  # no field copies here (an office): nothing to count
        from desktop.services import field_service

        try:
            return len(field_service.pending_changes(self._ctx.db))
        except Exception as exc:  # noqa: BLE001 - never keep the window from closing
            logger.warning("could not count unreturned changes: %s", exc)
            return 0

    def ask_before_closing(self, pending: int) -> str:
        """``return``, ``close`` or ``cancel``: changes made here have not gone back."""
        box = QMessageBox(self)
        box.setObjectName("unreturnedBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changes not returned"))
        box.setText(self.tr("%n case(s) have changes not yet returned to the office.", "", pending))
        box.setInformativeText(
            self.tr(
                "They are safe in this database. Write a return package now, or close and "
                "return them later."
            )
        )
        return_button = box.addButton(self.tr("&Return cases…"), QMessageBox.ButtonRole.AcceptRole)
        return_button.setObjectName("returnCases")
        close_button = box.addButton(
            self.tr("Close &anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        close_button.setObjectName("closeAnyway")
        cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel_button.setObjectName("cancelClose")
        box.setDefaultButton(return_button)
        box.setEscapeButton(cancel_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is return_button:
            return "return"
        if clicked is close_button:
            return "close"
        return "cancel"

    @Slot()
    def _on_caseload_data_changed(self) -> None:
        self.update_field_state()
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
    def _on_plan_audit(self) -> QWidget | None:
        """Cases → Plan audit…: the case pane's dialog for the case shown; once planned, the
        new audit is selected in the list of audits (Enter opens its checklist)."""
        case_id = self.caseload.current_case_id()
        if case_id is None or not self.plan_audit_action.isEnabled():
            return None
        dialog = self.caseload.request_plan_audit(case_id)
        dialog.accepted.connect(lambda: self.show_audit(dialog.result_value))
        return dialog

    def show_audit(self, audit_id: int) -> None:
        """The Audits page with ``audit_id`` selected in its list (and the keyboard on it)."""
        self.show_page(self.AUDITS)
        self.audits.show_audit(audit_id)

    @Slot()
    def _update_plan_audit_action(self) -> None:
        if self._locked or self._db_closed:
            return
        may = self._may(Permission.PLAN_AUDIT)
        self.plan_audit_action.setEnabled(may and self.caseload.detail.can_plan_audit())
        self.plan_audit_action.setToolTip(
            self.tr("Plan a site audit of the selected case's operator")
            if may
            else refusal(Permission.PLAN_AUDIT)
        )

    @Slot()
    def _on_export_list(self) -> Any:
        """File → Export list…: the case list as shown (filters, order, columns) to .xlsx."""
        self.show_page(self.CASELOAD)
        return self.caseload.request_export()

    @Slot()
    def _on_import_operators_requested(self) -> None:
        self.show_page(self.REPORTS)
        self.page(self.REPORTS).request_import("operators")  # type: ignore[attr-defined]

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

    # --- the guide and the look --------------------------------------------------------------

    def help_topic(self) -> str:
        """The guide's page for the page shown."""
        row = self.nav.currentRow()
        return self.HELP_TOPICS[row] if 0 <= row < len(self.HELP_TOPICS) else "caseload"

    @Slot()
    def _on_help(self) -> None:
        self.open_help(self.help_topic())

    def open_help(self, topic: str) -> HelpDialog:
        """Open the guide on ``topic`` (one window, brought up again)."""
        from desktop.ui.help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self, self._ctx.settings)
        self._help.show_topic(topic)
        return self._help

    @property
    def help_dialog(self) -> HelpDialog | None:
        """The guide, once it has been opened."""
        return self._help

    @Slot()
    def _on_shortcuts(self) -> None:
        self.open_shortcuts()

    def open_shortcuts(self) -> KeyboardShortcutsDialog:
        """Help → Keyboard shortcuts (one window, brought up again)."""
        if self._shortcuts is None:
            self._shortcuts = KeyboardShortcutsDialog(self, self.keyboard_shortcuts())
        if self._shortcuts.isVisible():
            self._shortcuts.raise_()
            self._shortcuts.activateWindow()
        else:
            self._shortcuts.show()
        return self._shortcuts

    def menu_shortcuts(self) -> list[tuple[str, str]]:
        """(key, "Menu → Entry") for every menu entry with a shortcut, in menu order."""
        found: list[tuple[str, str]] = []

        def walk(menu: QMenu, path: list[str]) -> None:
            for action in menu.actions():
                text = plain(action.text())
                if action.menu() is not None:
                    walk(action.menu(), [*path, text])  # type: ignore[arg-type]
                elif not action.isSeparator() and not action.shortcut().isEmpty():
                    key = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
                    found.append((key, " → ".join([*path, text])))

        for top in self.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu(), [plain(top.text())])  # type: ignore[arg-type]
        return found

    def keyboard_shortcuts(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """What Help → Keyboard shortcuts lists: (section, [(key, what it does)]); keys in
        Qt's portable form ("Ctrl+Shift+E"). The menus' entries first, then the keys that
        work on one screen only."""
        from desktop.domain.checklists import Result
        from desktop.ui.widgets.audit_checklist_widget import RESULT_KEYS, SEVERITY_KEYS

        answers = [
            (
                key,
                self.tr("Answer: %1").replace("%1", result.label)
                if result is not Result.NOT_ASSESSED
                else self.tr("Clear the answer"),
            )
            for key, result in RESULT_KEYS
        ]
        severities = [
            (key, self.tr("Severity of the shortfall: %1").replace("%1", severity.label))
            for key, severity in SEVERITY_KEYS
        ]
        return [
            (self.tr("Menus"), self.menu_shortcuts()),
            (
                self.tr("Case list and case details"),
                [
                    ("Return", self.tr("In the quick search: search now, go to the results")),
                    ("Down", self.tr("In the quick search: go to the results")),
                    ("Esc", self.tr("In the quick search: clear it")),
                    ("Esc", self.tr("No case found: clear the filters")),
                    ("Ctrl+Shift+E", self.tr("Export the list as shown")),
                    ("Ctrl+C", self.tr("In the list: copy the reference and operator")),
                    ("Alt+N", self.tr("Go to the case's next steps")),
                ],
            ),
            (
                self.tr("Audits"),
                [
                    ("Return", self.tr("Open the selected audit's checklist")),
                    ("Ctrl+Tab", self.tr("Switch between the audits and the follow-up")),
                    ("Ctrl+Shift+E", self.tr("Export the list shown")),
                ],
            ),
            (
                self.tr("Audit checklist"),
                [
                    *answers,
                    *severities,
                    ("N", self.tr("Next unanswered item")),
                    ("P", self.tr("Previous unanswered item")),
                    ("Return", self.tr("Write a note on the item")),
                    ("Esc", self.tr("In the note: back to the list of items")),
                    ("Ctrl+O", self.tr("Attach evidence")),
                    ("Del", self.tr("In the evidence: remove the selected file")),
                    ("Ctrl+Shift+F", self.tr("Finalise the audit")),
                    ("Alt+Left", self.tr("Back to the list of audits")),
                ],
            ),
            (
                self.tr("Dialogs and wizards"),
                [
                    ("Tab", self.tr("Next field")),
                    ("Shift+Tab", self.tr("Previous field")),
                    ("Return", self.tr("OK, or Next in a wizard")),
                    ("Esc", self.tr("Cancel")),
                ],
            ),
        ]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Once every widget has its new palette (the next turn of the event loop).
            QTimer.singleShot(0, self, self._restyle)

    @Slot()
    def _restyle(self) -> None:
        """Style sheets resolve ``palette(...)`` when they are set, not when the palette
        changes: set again each one that uses it (the navigation, the lock screen's card...),
        so that a change of look reaches them."""
        for widget in self.findChildren(QWidget):
            sheet = widget.styleSheet()
            if "palette(" in sheet:
                widget.setStyleSheet(sheet)

    @Slot(QAction)
    def _on_appearance_triggered(self, action: QAction) -> None:
        self.set_appearance(str(action.data()))

    def set_appearance(self, appearance: str) -> None:
        """Use the light or the dark look, or follow the system (kept in the settings)."""
        theme.apply(appearance)
        self._ctx.settings.set_appearance(appearance)
        self.appearance_actions[appearance].setChecked(True)

    @Slot()
    def _on_preferences(self) -> None:
        self.open_preferences()

    def open_preferences(self) -> QDialog:
        """Tools → Preferences…: the language (at the next start), the look and the idle lock,
        applied on OK; View → Language and View → Appearance follow."""
        from desktop.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self, self._ctx)

        def apply() -> None:
            chosen = dialog.chosen()
            settings = self._ctx.settings
            if chosen.language != settings.language():
                self.language_actions[chosen.language].trigger()  # saves it and says when
            if chosen.appearance != settings.appearance():
                self.set_appearance(chosen.appearance)
            if chosen.idle_lock_minutes is not None:
                settings.set_idle_lock_minutes(chosen.idle_lock_minutes)
                self.set_idle_lock_ms(chosen.idle_lock_minutes * 60_000)
            settings.sync()

        dialog.accepted.connect(apply)
        self.preferences_dialog = dialog
        dialog.open()
        return dialog

    def _on_language_triggered(self, action: QAction) -> None:
        value = str(action.data())
        self._ctx.settings.set_language(value)
        self.statusBar().showMessage(
            self.tr("The language changes the next time AEO Desk starts."), 8000
        )

    @Slot()
    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About AEO Desk"),
            self.tr("AEO Desk %1\nOffline desk for Customs AEO units.\nDatabase: %2")
            .replace("%1", APP_VERSION)
            .replace("%2", str(self._ctx.path)),
        )

    # --- who may do what ---------------------------------------------------------------------

    def _may(self, permission: Permission) -> bool:
        """Whether the signed-in user's roles allow ``permission`` (True without users: no one
        to check). The services refuse anyway; this only spares the click."""
        session = self._ctx.session
        return session is None or allowed(session.user.roles, permission)

    def _update_actions(self) -> None:
        """Enable the window's actions for the signed-in user's roles and for site mode."""
        if self._locked or self._db_closed:
            return
        p = Permission
        signed_in = self._ctx.session is not None
        site = self._site is not None
        rules: list[tuple[QAction, bool, Permission | None]] = [
            (self.new_case_action, not site, p.CREATE_CASE),
            (self.new_operator_action, not site, p.EDIT_OPERATOR),
            (self.assign_action, True, p.ASSIGN),
            (self.my_caseload_action, not site, None),
            (self.find_action, not site, None),
            (self.export_list_action, not site, None),
            (self.checkout_action, not site, p.CHECK_OUT),
            (self.checkin_action, not site, p.CHECK_IN),
            (self.open_package_action, not site, None),
            (self.return_action, not site, None),
            (self.where_action, not site, None),
            (self.restore_action, not site, None),
            (self.backup_folder_action, not site, None),
            (self.lock_action, signed_in, None),
            (self.change_password_action, signed_in, None),
            (self.sign_out_action, signed_in, None),
            (self.users_action, signed_in and not site, p.MANAGE_USERS),
            (self.security_action, signed_in and not site, p.MANAGE_SECURITY),
        ]
        for action, on, permission in rules:
            may = permission is None or self._may(permission)
            action.setEnabled(on and may)
            if permission is not None and not may:
                action.setToolTip(refusal(permission))
        for n, action in enumerate(self._page_actions):
            action.setEnabled(not site or n in self.SITE_PAGES)
        self._update_plan_audit_action()
        self.field_menu.setEnabled(not site)
        self.site_action.setChecked(site)

    # --- locking -----------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    def set_idle_lock_ms(self, ms: int) -> None:
        """Lock after ``ms`` without input from now on (0: never)."""
        self.idle.stop()
        self.idle.set_timeout(ms if self._ctx.session is not None else 0)
        if not self._locked:
            self.idle.start()

    def _owns(self, w: QWidget) -> bool:
        """``w`` is a window of this one (a dialog, a wizard, a message box), or a parentless
        dialog."""
        if w is self or not w.isWindow() or isinstance(w, QMenu):
            return False
        parent = w.parentWidget()
        while parent is not None and parent is not self:
            parent = parent.parentWidget()
        return parent is self or (w.parentWidget() is None and isinstance(w, QDialog))

    def _owned_windows(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible() and self._owns(w)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While locked: a window that opens meanwhile (a job's result, an error) is hidden
        too, and comes back with the others."""
        if (
            self._locked
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and self._owns(watched)
            and watched.windowModality() != Qt.WindowModality.ApplicationModal
        ):
            self._hidden_windows.append(watched)
            QTimer.singleShot(0, watched, watched.hide)
        return False

    @Slot()
    def lock(self) -> bool:
        """Hide everything behind the lock screen (Ctrl+L, or after the idle time). Open
        dialogs are hidden and come back on unlock. A dialog waiting for an answer (a
        question, a file chooser) cannot be hidden without cancelling it: while one is open
        the idle time starts again, and the lock comes once it has been answered and the
        window is left idle."""
        if self._locked or self._ctx.session is None or self._db_closed:
            return self._locked
        if _blocking_dialog_open():
            self.idle.start()
            return False
        from desktop.services import keyring

        self._locked = True
        self.idle.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self._hidden_windows = self._owned_windows()
        for w in self._hidden_windows:
            w.hide()
        QApplication.instance().installEventFilter(self)
        self._enabled_before_lock = {
            a: a.isEnabled()
            for a in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        }
        for a in self._enabled_before_lock:
            a.setEnabled(False)
        self.menuBar().hide()
        self.toolbar.hide()
        self.statusBar().hide()
        self.central_stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset(self._ctx.session.user.display_name)
        self.lock_screen.password_edit.setFocus()
        keyring.forget_derived_keys()
        secure_clipboard().clear_if_ours()
        logger.info("window locked")
        self.locked_changed.emit(True)
        return True

    @Slot(str)
    def _on_lock_screen_unlock_requested(self, password: str) -> None:
        self.unlock(password)

    def unlock(self, password: str) -> bool:
        """Check the password (wrong ones count, as at sign-in), then show the window again."""
        from desktop.services import users

        session = self._ctx.session
        if not self._locked or session is None:
            return not self._locked
        try:
            users.verify_password(session, password)
        except DomainError as exc:
            self.lock_screen.refuse(exc)
            return False
        self._locked = False
        QApplication.instance().removeEventFilter(self)
        self.lock_screen.reset(session.user.display_name)
        self.central_stack.setCurrentWidget(self.main_area)
        self.menuBar().show()
        self.toolbar.show()
        self.statusBar().show()
        for action, enabled in self._enabled_before_lock.items():
            action.setEnabled(enabled)
        self._enabled_before_lock = {}
        self._update_actions()
        for w in dict.fromkeys(self._hidden_windows):
            try:
                w.show()
            except RuntimeError:  # closed and deleted meanwhile (a job finished)
                continue
        self._hidden_windows = []
        self.idle.start()
        logger.info("window unlocked")
        self.locked_changed.emit(False)
        return True

    # --- site mode ---------------------------------------------------------------------------

    @property
    def site(self) -> SiteOperator | None:
        return self._site

    @Slot()
    def _on_site_action(self) -> None:
        if self._site is None:
            self.enter_site_mode()
        else:
            self.leave_site_mode()
        self.site_action.setChecked(self._site is not None)

    @Slot()
    def _on_site_banner_leave_requested(self) -> None:
        self.leave_site_mode()

    def enter_site_mode(self, case_id: int | None = None) -> bool:
        """Show only the operator of the selected case (or of ``case_id``)."""
        case_id = case_id or self.caseload.current_case_id()
        if case_id is None:
            show_error(
                self,
                DomainError(
                    self.tr("Select a case of the operator you are visiting, then site mode.")
                ),
            )
            return False
        try:
            site = SiteOperator.of_case(self._ctx.db, case_id)
        except DomainError as exc:
            show_error(self, exc)
            return False
        for w in self._owned_windows():
            if isinstance(w, QDialog) and not w.isModal():
                w.close()  # e.g. "Where are my cases": it lists other operators
        self._site = site
        self._show_site(site)
        logger.info("site mode on")
        return True

    def leave_site_mode(self) -> QWidget | None:
        """Back to every operator: with the password when users are set up (it is asked in a
        dialog, returned), else after a confirmation."""
        if self._site is None:
            return None
        session = self._ctx.session
        if session is None:
            answer = QMessageBox.question(
                self,
                self.tr("Leave site mode"),
                self.tr("Show every operator's cases and audits again?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._end_site_mode()
            return None
        from desktop.ui.dialogs.password_dialog import PasswordPromptDialog

        dialog = PasswordPromptDialog(
            self,
            session,
            self.tr("Leave site mode"),
            self.tr(
                "Site mode shows only %1. Enter your password to show every operator again."
            ).replace("%1", self._site.name),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._end_site_mode)
        self.site_prompt = dialog
        dialog.open()
        return dialog

    @Slot()
    def _end_site_mode(self) -> None:
        self._site = None
        self._show_site(None)
        logger.info("site mode off")

    def _show_site(self, site: SiteOperator | None) -> None:
        self.site_banner.show_operator(site)
        for n in range(self.nav.count()):
            self.nav.item(n).setHidden(site is not None and n not in self.SITE_PAGES)
        if site is not None and self.nav.currentRow() not in self.SITE_PAGES:
            self.show_page(self.CASELOAD)
        self.caseload.set_site(site)
        audits = self._if_built(self.AUDITS)
        if audits is not None:
            audits.set_site(site)
        self._update_actions()
        self.update_status()
        self.site_mode_changed.emit(site)

    # --- users, passwords, encryption --------------------------------------------------------

    @Slot()
    def _on_users(self) -> None:
        self.open_users_dialog()

    def open_users_dialog(self) -> QWidget | None:
        if self._ctx.session is None or not self._may(Permission.MANAGE_USERS):
            return None
        from desktop.ui.dialogs.users_dialog import UsersDialog

        dialog = UsersDialog(self, self._ctx)
        self.users_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_security(self) -> None:
        self.open_security_dialog()

    def open_security_dialog(self) -> QWidget | None:
        if self._ctx.session is None or not self._may(Permission.MANAGE_SECURITY):
            return None
        from desktop.ui.dialogs.security_dialog import SecurityDialog

        dialog = SecurityDialog(self, self._ctx)
        dialog.convert_requested.connect(self.convert_encryption)
        self.security_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_change_password(self) -> QWidget | None:
        session = self._ctx.session
        if session is None:
            return None
        from desktop.ui.dialogs.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self, session)

        def changed() -> None:
            from desktop.services import users

            self._ctx.session = dialog.result_value
            users.activate(dialog.result_value)
            self.statusBar().showMessage(self.tr("Your password was changed."), 6000)

        dialog.accepted.connect(changed)
        dialog.open()
        return dialog

    @Slot()
    def _on_sign_out(self) -> None:
        self.sign_out_requested.emit()

    def _stop_timers(self) -> None:
        self._field_timer.stop()
        self.backups.timer.stop()
        self.idle.stop()

    @Slot(bool)
    def convert_encryption(self, encrypt: bool) -> Any:
        """Encrypt the file (or store it unencrypted): every connection is closed first (this
        window's and the workers'), the service converts it on the worker (a backup first),
        then the file is opened again with the session's key and ``reopen_requested`` asks
        for a window on it. A failure leaves the file as it was; it is opened again too."""
        from desktop.services import encryption, keyring, users
        from desktop.services.database import open_database

        session = self._ctx.session
        if session is None:
            return None
        path, settings = self._ctx.path, self._ctx.settings
        self._stop_timers()
        self.central_stack.setCurrentWidget(self.busy_page)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        workers.wait_for_all()
        self._db_closed = True
        self._ctx.db.close()
        convert = encryption.encrypt if encrypt else encryption.decrypt

        def reopen(message: str) -> None:
            try:
                encrypted = keyring.load(path).encrypted
                db = open_database(path, key=session.db_key if encrypted else None)
            except Exception as exc:  # noqa: BLE001 - said, then the window closes
                show_error(None, exc)
                self.close()
                return
            new = dataclasses.replace(session, db=db, encrypted=encrypted)
            users.activate(new)
            self.reopen_requested.emit(AppContext.signed_in(new, settings), message)

        def done(converted: Any) -> None:
            state = self.tr("encrypted") if converted.encrypted else self.tr("not encrypted")
            reopen(
                self.tr("The database is now %1. The file as it was is kept in %2.")
                .replace("%1", state)
                .replace("%2", str(converted.backup))
            )

        def failed(exc: BaseException) -> None:
            show_error(None, exc)
            reopen(self.tr("The database was not converted."))

        self.conversion_job = workers.run_in_background(
            self,
            op=lambda _report: convert(path, session.db_key, session.actor),
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Encrypting the database…")
            if encrypt
            else self.tr("Storing the database unencrypted…"),
            show_after_ms=0,
        )
        return self.conversion_job

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._db_closed:  # replaced by a window on the converted file
            self._stop_timers()
            super().closeEvent(event)
            return
        pending = 0 if is_quiet() else self.unreturned_cases()
        if pending:
            choice = self.ask_before_closing(pending)
            if choice != "close":
                event.ignore()
                if choice == "return":
                    self.open_field_wizard("return")
                return
        self._stop_timers()
        if self._help is not None and self._help.isVisible():
            self._help.close()  # it keeps its size and place
        self.backups.backup_now_blocking()
        self._ctx.settings.set_geometry("MainWindow", self.saveGeometry())
        self.caseload.save_state()
        self._ctx.settings.sync()
        super().closeEvent(event)
