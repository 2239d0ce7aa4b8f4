"""Start-up: logging, the QApplication, first run, opening the database, signing in (or
creating the first administrator), the main window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from db.errors import DbError
from desktop.domain.errors import DomainError
from desktop.services import instance_lock
from desktop.services.database import open_database
from desktop.ui import i18n, icons, theme, workers
from desktop.ui import settings as ui_settings
from desktop.ui.context import AppContext
from desktop.ui.errors import install_excepthook, set_quiet, show_error
from desktop.ui.main_window import APP_VERSION, MainWindow
from desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)
_qt_logger = logging.getLogger("qt")
_logging_ready = False


def setup_logging() -> None:
    global _logging_ready
    if _logging_ready:
        return
    _logging_ready = True
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(logging.Formatter("aeo-desk: %(levelname)s %(name)s: %(message)s"))
    root.addHandler(stderr)
    try:
        logs = ui_settings.app_data_dir() / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.TimedRotatingFileHandler(
            logs / "aeo-desk.log", when="midnight", backupCount=14, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError as exc:  # a read-only profile must not stop the app
        logger.warning("no log file: %s", exc)

    def qt_handler(mode: QtMsgType, _context: Any, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(mode, logging.WARNING)
        _qt_logger.log(level, "%s", message)

    qInstallMessageHandler(qt_handler)


#: The .desktop file (packaging/linux): Wayland and the task bar match the window to it.
DESKTOP_FILE_NAME = "aeo-desk"


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Fractional scales (125 %, 150 %) as the screen says, not rounded to 1x or 2x:
        # only before the application exists.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ui_settings.ORGANISATION)
    app.setApplicationName(ui_settings.APPLICATION)
    app.setApplicationVersion(APP_VERSION)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(icons.app_icon())
    return app


def _interactive(app: QApplication) -> bool:
    return app.platformName() not in ("offscreen", "minimal")


def _build_demo_with_progress(path: Path) -> None:
    """Build the demo off the UI thread, with a progress dialog; re-raise its failure."""
    from desktop.services.demo import create_demo_file

    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def ok(result: Any) -> None:
        outcome["ok"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    run_in_background(
        None,
        # With its sign-in users (the sign-in screen says who they are).
        op=lambda report: create_demo_file(
            path, scale="small", seed=7, progress=report, users=True
        ),
        on_success=ok,
        on_failure=failed,
        progress_label=QApplication.translate("app", "Building the demo database…"),
        show_after_ms=0,
    )
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]


def _offer_restore(path: Path, settings: ui_settings.Settings, exc: DbError) -> Any:
    """The file will not open (damaged, or not ours): offer the newest backup that passes its
    check. Returns an open database after a restore, or None."""
    from desktop.services import backup

    if not path.exists():
        return None
    folder = Path(settings.backup_folder()) if settings.backup_folder() else path.parent / "backups"
    good = backup.newest_good_backup(folder)
    if good is None:
        return None
    when = good.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "AEO Desk",
        QApplication.translate("app", "The database cannot be opened:")
        + f"\n{exc}\n\n"
        + QApplication.translate(
            "app", "Restore the newest good backup, from %1? The current file is kept beside it."
        ).replace("%1", when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if box.exec() != QMessageBox.StandardButton.Yes:
        return None
    try:
        backup.restore(path, good.path)
        return open_database(path)
    except (DbError, DomainError, OSError) as err:
        QMessageBox(QMessageBox.Icon.Critical, "AEO Desk", str(err)).exec()
        return None


#: Smoke runs and other non-interactive starts sign in with these (no one is there to type).
USER_ENV = "AEO_DESK_USER"
PASSWORD_ENV = "AEO_DESK_PASSPHRASE"


class _FileProblemError(Exception):
    """The file would not open at sign-in (damaged, not ours): the restore offer follows."""

    def __init__(self, error: DbError) -> None:
        super().__init__(str(error))
        self.error = error


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def demo_users_hint(path: Path) -> str | None:
    """The demo's "sign in as ..." note, read before anyone signs in (a plain file only: an
    encrypted one cannot be read yet, and has no such note)."""
    from db.errors import SQL_ERRORS
    from desktop.services import reference_data
    from desktop.services.database import connect_worker

    try:
        db = connect_worker(path)
        try:
            return reference_data.demo_users_hint(db)
        finally:
            db.close()
    except (DbError, OSError, *SQL_ERRORS):
        return None


def _sign_in_interactively(path: Path) -> Any:
    """The sign-in dialog, then the forced password change when the password was a temporary
    one. Returns the session, or None when the person quit; raises :class:`_FileProblemError`."""
    from desktop.ui.dialogs.login_dialog import FILE_PROBLEM, LoginDialog
    from desktop.ui.dialogs.password_dialog import ChangePasswordDialog

    login = LoginDialog(None, path, hint=demo_users_hint(path))
    code = login.exec()
    if code == FILE_PROBLEM and login.db_error is not None:
        raise _FileProblemError(login.db_error)
    session = login.session
    if code != QDialog.DialogCode.Accepted or session is None:
        return None
    if session.must_change:
        change = ChangePasswordDialog(None, session, forced=True, current=login.temporary_password)
        if change.exec() != QDialog.DialogCode.Accepted:
            session.db.close()
            return None
        session = change.result_value
    return session


def _sign_in_from_environment(path: Path) -> Any:
    from desktop.services import users

    username, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if not username or password is None:
        raise DomainError(
            f"{path.name} needs a sign-in: set {USER_ENV} and {PASSWORD_ENV} to run it "
            "without a screen."
        )
    return users.sign_in(path, username, password)


def _create_first_admin(path: Path, db: Any) -> Any:
    """A database nobody signs in to yet: its administrator first (None: the person quit)."""
    from desktop.ui.dialogs.login_dialog import FirstAdminDialog

    dialog = FirstAdminDialog(None, path, db)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value


class _Desk:
    """The open main window, and what replaces it: a window on the converted file after
    Encrypt/Decrypt, the sign-in again after Sign out."""

    def __init__(self, app: QApplication, settings: ui_settings.Settings) -> None:
        self._app = app
        self._settings = settings
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None

    def open(self, ctx: AppContext) -> MainWindow:
        window = MainWindow(ctx)
        window.reopen_requested.connect(self._on_reopen_requested)
        window.sign_out_requested.connect(self._on_sign_out_requested)
        window.show()
        self.window, self.ctx = window, ctx
        return window

    def _on_reopen_requested(self, ctx: AppContext, message: str) -> None:
        old = self.window
        window = self.open(ctx)
        window.statusBar().showMessage(message, 20_000)
        if old is not None:
            old.close()  # its connection is closed already: nothing is saved twice
            old.deleteLater()

    def _on_sign_out_requested(self) -> None:
        from desktop.services import users

        old, ctx = self.window, self.ctx
        if old is None or ctx is None:
            return
        self._app.setQuitOnLastWindowClosed(False)
        try:
            old.close()
            if old.isVisible():
                return  # the person chose to stay (changes not returned yet)
            workers.wait_for_all()
            ctx.db.close()
            users.deactivate(ctx.path)
            self.window = self.ctx = None
            old.deleteLater()
            try:
                session = _sign_in_interactively(ctx.path)
            except _FileProblemError as exc:
                QMessageBox(QMessageBox.Icon.Critical, "AEO Desk", str(exc)).exec()
                session = None
            if session is None:
                self._app.quit()
                return
            users.activate(session)
            self.open(AppContext.signed_in(session, self._settings))
        finally:
            self._app.setQuitOnLastWindowClosed(True)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        workers.wait_for_all()
        if self.ctx is not None:
            self.ctx.db.close()


def _open_signed_in(
    path: Path, settings: ui_settings.Settings, interactive: bool
) -> tuple[int, Any]:
    """A database with users: sign in (the dialog, or the environment when no one can
    type). Returns (exit code, session or None)."""
    while True:
        try:
            if interactive:
                session = _sign_in_interactively(path)
                if session is None:
                    return 0, None
            else:
                session = _sign_in_from_environment(path)
            return 0, session
        except _FileProblemError as problem:
            print(f"aeo-desk: {_one_line(problem.error)}", file=sys.stderr)
            restored = _offer_restore(path, settings, problem.error)
            if restored is None:
                QMessageBox(QMessageBox.Icon.Critical, "AEO Desk", str(problem.error)).exec()
                return 1, None
            restored.close()  # restored: sign in to it
        except (DbError, DomainError) as exc:  # not interactive: wrong or missing password
            print(f"aeo-desk: {_one_line(exc)}", file=sys.stderr)
            return 1, None


def run_gui(
    db_path: Path | None = None, *, smoke: bool = False, settings_path: Path | None = None
) -> int:
    setup_logging()
    app = _application()
    install_excepthook()
    interactive = _interactive(app) and not smoke
    set_quiet(not interactive)
    settings = ui_settings.Settings(settings_path)
    i18n.install(settings.language())  # before the first window: every string is built in it
    theme.apply(settings.appearance())  # before the first window: sign-in, first run
    path = Path(db_path) if db_path else ui_settings.default_database_path()
    if not path.exists() and interactive:
        from desktop.ui.dialogs.first_run_dialog import DEMO, EMPTY, FirstRunDialog

        first = FirstRunDialog(None, str(path))
        first.exec()
        if first.choice == DEMO:
            try:
                _build_demo_with_progress(path)
            except (DbError, DomainError, OSError) as exc:
                print(f"aeo-desk: {exc}", file=sys.stderr)
                QMessageBox.critical(None, "AEO Desk", str(exc))
                return 1
        elif first.choice != EMPTY:
            return 0
    try:
        lock = instance_lock.acquire(path)
    except DbError as exc:
        # Open in another instance: the file is fine, so there is nothing to restore.
        print(f"aeo-desk: {exc}", file=sys.stderr)
        if interactive:
            QMessageBox(QMessageBox.Icon.Critical, "AEO Desk", str(exc)).exec()
        return 1
    from desktop.services import users

    session = None
    if users.users_set_up(path):
        rc, session = _open_signed_in(path, settings, interactive)
        if session is None:
            lock.release()
            return rc
        db = session.db
    else:
        try:
            db = open_database(path)
        except DbError as exc:
            print(f"aeo-desk: {exc}", file=sys.stderr)
            if not interactive:
                lock.release()
                return 1
            restored = _offer_restore(path, settings, exc)
            if restored is None:
                box = QMessageBox(QMessageBox.Icon.Critical, "AEO Desk", str(exc))
                box.exec()
                lock.release()
                return 1
            db = restored
        if interactive:
            # New, or from before users existed: nobody works unsigned any more.
            session = _create_first_admin(path, db)
            if session is None:
                db.close()
                lock.release()
                return 0
    settings.set_last_database(str(path))
    if session is not None:
        users.activate(session)
        ctx = AppContext.signed_in(session, settings)
    else:
        ctx = AppContext(db=db, path=path, settings=settings)
    desk = _Desk(app, settings)
    desk.open(ctx)
    if smoke:
        # Shown, then idle: the zero timer fires once the event queue has drained.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
    try:
        rc = app.exec()
    finally:
        desk.close()
        users.deactivate(path)
        lock.release()
    logger.info("exit %s", rc)
    return int(rc)


def main() -> int:
    from desktop.cli import main as cli_main

    return cli_main()


__all__ = ["main", "run_gui", "setup_logging", "show_error"]
