"""Start-up: logging, the QApplication, first run, opening the database, the main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import DbError
from desktop.domain.errors import DomainError
from desktop.services import instance_lock
from desktop.services.database import open_database
from desktop.ui import settings as ui_settings
from desktop.ui import workers
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


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ui_settings.ORGANISATION)
    app.setApplicationName(ui_settings.APPLICATION)
    app.setApplicationVersion(APP_VERSION)
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
        op=lambda report: create_demo_file(path, scale="small", seed=7, progress=report),
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


def run_gui(
    db_path: Path | None = None, *, smoke: bool = False, settings_path: Path | None = None
) -> int:
    setup_logging()
    app = _application()
    install_excepthook()
    interactive = _interactive(app) and not smoke
    set_quiet(not interactive)
    settings = ui_settings.Settings(settings_path)
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
    settings.set_last_database(str(path))
    ctx = AppContext(db=db, path=path, settings=settings)
    window = MainWindow(ctx)
    window.show()
    if smoke:
        # Shown, then idle: the zero timer fires once the event queue has drained.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
    try:
        rc = app.exec()
    finally:
        window.close()
        workers.wait_for_all()
        db.close()
        lock.release()
    logger.info("exit %s", rc)
    return int(rc)


def main() -> int:
    from desktop.cli import main as cli_main

    return cli_main()


__all__ = ["main", "run_gui", "setup_logging", "show_error"]
