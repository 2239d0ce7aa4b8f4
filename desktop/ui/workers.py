"""Background work the Anki way: ``run_in_background(parent, op=lambda db: ...)``.

``op`` runs on a worker thread with its own database connection and must not touch widgets.
Jobs run one at a time (one writer); results come back to the main thread as queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.errors import SQL_ERRORS
from desktop.services.database import classify_storage_error as classify
from desktop.services.database import connect_worker
from desktop.ui.errors import show_error

logger = logging.getLogger(__name__)

_pools: dict[str, QThreadPool] = {}
_live: set[WorkerSignals] = set()


def pool(name: str = "writer") -> QThreadPool:
    """One thread for jobs that write (serialised, as SQLite wants), one for long reads
    (WAL lets them run beside a writer)."""
    if name not in _pools:
        p = QThreadPool()
        p.setMaxThreadCount(1)
        _pools[name] = p
    return _pools[name]


class WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(
        self,
        db_path: Path | None,
        op: Callable[..., Any],
        signals: WorkerSignals,
    ) -> None:
        super().__init__()
        self._db_path = db_path
        self._op = op
        self.signals = signals

    def run(self) -> None:
        try:
            if self._db_path is None:
                result = self._op(self._report)
            else:
                db: sqlite_utils.Database = connect_worker(self._db_path)
                try:
                    result = self._op(db)
                finally:
                    db.close()
        except SQL_ERRORS as exc:  # the environment (locked, full, read-only) or a bug
            self._emit(self.signals.failed, classify(exc, str(self._db_path)) or exc)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal: Any, value: Any) -> None:
        """Hand the result over; if the application has already gone (a job still running
        at exit), there is no one left to tell."""
        try:
            signal.emit(value)
        except RuntimeError:
            logger.debug("job finished after its receiver was deleted")

    def _report(self, done: int, total: int, label: str) -> None:
        try:
            self.signals.progress.emit(done, total, label)
        except RuntimeError:
            logger.debug("progress after the receiver was deleted")


def wait_for_all(ms: int = 10_000) -> bool:
    """Let running jobs finish (at exit, before the database is closed)."""
    return all(p.waitForDone(ms) for p in _pools.values())


def run_in_background(
    parent: QWidget | None,
    *,
    op: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    progress_label: str | None = None,
    db_path: Path | None = None,
    show_after_ms: int = 300,
    reader: bool = False,
) -> WorkerSignals:
    """Run ``op(db)`` (or ``op(report)`` when ``db_path`` is None) off the UI thread."""
    signals = WorkerSignals()
    _live.add(signals)
    dialog: QProgressDialog | None = None
    timer: QTimer | None = None
    if progress_label is not None:
        dialog = QProgressDialog(progress_label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.hide()
        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.timeout.connect(dialog.show)
        timer.start(show_after_ms)

        def on_progress(done: int, total: int, label: str) -> None:
            assert dialog is not None
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(f"{progress_label}\n{label}")

        signals.progress.connect(on_progress)

    def done() -> None:
        _live.discard(signals)
        if timer is not None:
            timer.stop()
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def succeeded(result: Any) -> None:
        done()
        on_success(result)

    def failed(exc: BaseException) -> None:
        done()
        if on_failure is not None:
            on_failure(exc)
        else:
            show_error(parent, exc)

    signals.finished.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    pool("reader" if reader else "writer").start(_Job(db_path, op, signals))
    return signals
