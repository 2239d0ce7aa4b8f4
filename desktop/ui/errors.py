"""One way to show errors: known ones as a plain message, anything else as a crash dialog."""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.errors import DbError, StorageUnavailable
from desktop.domain.errors import DomainError, ValidationError

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def explained(exc: BaseException) -> BaseException:
    """A write the field-laptop lock triggers refused becomes its plain message (the case is
    out on a laptop); any other error is returned as it is."""
    # By name: an encrypted file's driver (SQLCipher) has its own IntegrityError class.
    if isinstance(exc, sqlite3.IntegrityError) or type(exc).__name__ == "IntegrityError":
        # Imported here: the package machinery is not needed to start the application.
        from desktop.services import field_service

        return field_service.explain_lock(exc) or exc
    return exc


def is_known(exc: BaseException) -> bool:
    return isinstance(explained(exc), (DomainError, DbError))


def message_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Build (not show) the box for ``exc``; tests inspect it."""
    exc = explained(exc)
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if isinstance(exc, ValidationError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Please check"))
        box.setText(_tr("Some values need attention:"))
        box.setInformativeText(str(exc))
    elif isinstance(exc, DomainError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Not possible"))
        box.setText(str(exc))
    elif isinstance(exc, StorageUnavailable):
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("Storage problem"))
        box.setText(_tr("AEO Desk could not read or write its database."))
        box.setInformativeText(str(exc))
    elif isinstance(exc, DbError):
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("Cannot open the database"))
        box.setText(str(exc))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("Unexpected error"))
        box.setText(
            _tr("Something went wrong inside AEO Desk. Your saved work is safe.")
            + "\n"
            + _tr("Please send the details and the log file to your administrator.")
        )
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setObjectName("errorBox")
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    exc = explained(exc)
    if is_known(exc):
        logger.info("shown to user: %s: %s", type(exc).__name__, exc)
    else:
        logger.error("bug", exc_info=exc)
    box = message_box(parent, exc)
    if QApplication.instance() is None or _quiet:
        return
    box.open()


_quiet = False


def is_quiet() -> bool:
    return _quiet


def set_quiet(quiet: bool) -> None:
    """Smoke runs and tests: build the boxes, don't pop them up."""
    global _quiet
    _quiet = quiet


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if app is not None:
            show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
