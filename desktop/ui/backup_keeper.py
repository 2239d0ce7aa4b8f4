"""Automatic backups while the app runs: every 30 minutes when something changed, and once
more when the window closes. Plus the Tools menu actions: back up now, verify, restore."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services import backup, clock
from desktop.services.database import key_for
from desktop.ui.context import AppContext
from desktop.ui.workers import run_in_background

logger = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000


def backup_folder(ctx: AppContext) -> Path:
    """The admin's folder if set (a unit share, a USB drive), else ``backups`` beside the file."""
    chosen = ctx.settings.backup_folder()
    return Path(chosen) if chosen else ctx.path.parent / "backups"


class BackupKeeper(QObject):
    backed_up = Signal(object)  # the new backup's path

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._seen = self._signature()
        self.enabled = True  # off once the file was replaced by a restore
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.backup_if_changed)
        self.timer.start()

    def _signature(self) -> tuple[int, int]:
        """Changes made on this connection, and the version other connections moved."""
        return backup.change_signature(self._ctx.db)

    def changed(self) -> bool:
        return self.enabled and self._signature() != self._seen

    def backup_if_changed(self) -> Any:
        if not self.changed():
            return None
        return self.backup_in_background()

    def backup_in_background(self, on_done: Callable[[Path], None] | None = None) -> Any:
        self._seen = self._signature()
        db_path, folder = self._ctx.path, backup_folder(self._ctx)

        def op(_report: Any) -> Path:
            # An encrypted file: the key remembered at sign-in (the backup stays encrypted).
            made = backup.make_backup(db_path, backup_dir=folder, kind="auto", key=key_for(db_path))
            backup.rotate(folder, clock.now())
            return made

        def done(path: Path) -> None:
            logger.info("automatic backup %s", path)
            self.backed_up.emit(path)
            if on_done is not None:
                on_done(path)

        return run_in_background(self._parent, op=op, on_success=done)

    def backup_now_blocking(self) -> Path | None:
        """On close: the worker may be gone by the time it would run, so this one waits."""
        if not self.changed():
            return None
        try:
            folder = backup_folder(self._ctx)
            made = backup.make_backup(
                self._ctx.path, backup_dir=folder, kind="auto", key=key_for(self._ctx.path)
            )
            backup.rotate(folder, clock.now())
        except Exception:  # a failed backup must not stop the app closing; it is logged
            logger.exception("backup on close failed")
            return None
        self._seen = self._signature()
        return made


def verify_database(parent: QWidget, ctx: AppContext) -> Any:
    def done(result: backup.VerifyResult) -> None:
        if result.ok:
            text = parent.tr("The database passed the full integrity check.")
            icon = QMessageBox.Icon.Information
        else:
            text = parent.tr("Problems found:") + "\n" + "\n".join(result.problems[:20])
            icon = QMessageBox.Icon.Warning
        box = QMessageBox(icon, parent.tr("Verify database"), text, parent=parent)
        box.open()

    path = ctx.path
    return run_in_background(
        parent,
        op=lambda _report: backup.verify(path, full=True, key=key_for(path)),
        on_success=done,
        progress_label=parent.tr("Checking the whole database…"),
    )


def check_on_open(parent: QWidget, ctx: AppContext, on_damaged: Callable[[list[str]], None]) -> Any:
    """``quick_check`` of the file just opened, on the worker so start-up is not held up;
    ``on_damaged(problems)`` runs on the UI thread when it fails."""
    path = ctx.path

    def done(result: backup.VerifyResult) -> None:
        if not result.ok:
            logger.error("quick_check failed on %s: %s", path, result.problems[:5])
            on_damaged(result.problems)

    return run_in_background(
        parent,
        op=lambda _report: backup.verify(path, full=False, key=key_for(path)),
        on_success=done,
        on_failure=lambda exc: on_damaged([str(exc)]),
    )
