"""Copying sensitive values (operator identifiers, case references): the clipboard is cleared
again after a while if it still holds what we put there (KeePassXC's behaviour), and the copy
is marked so that clipboard managers leave it out of their history."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication

logger = logging.getLogger(__name__)

#: How long a sensitive copy stays on the clipboard.
CLEAR_AFTER_MS = 30_000

#: KDE's Klipper and Windows' clipboard history skip data carrying these formats.
_KDE_HINT = "x-kde-passwordManagerHint"
_WINDOWS_EXCLUDE = (
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
)


class SecureClipboard(QObject):
    """One per application (:func:`secure_clipboard`). ``clear_after_ms`` can be changed
    (tests use a fraction of a second)."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.clear_after_ms = clear_after_ms
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str, clear_after_ms: int | None = None) -> int:
        """Put ``text`` on the clipboard; returns the milliseconds until it is cleared."""
        mime = QMimeData()
        mime.setText(text)
        if sys.platform == "win32":
            mime.setData(_WINDOWS_EXCLUDE, b"\x00\x00\x00\x00")
        else:
            mime.setData(_KDE_HINT, b"secret")
        QGuiApplication.clipboard().setMimeData(mime)
        self._text = text
        after = self.clear_after_ms if clear_after_ms is None else clear_after_ms
        self._timer.start(after)
        return after

    def holds_ours(self) -> bool:
        return self._text is not None and QGuiApplication.clipboard().text() == self._text

    @Slot()
    def clear_if_ours(self) -> None:
        """Clear the clipboard, unless something else has been copied since (that is the
        person's, not ours)."""
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
            logger.debug("sensitive copy cleared from the clipboard")
        self._text = None


_instance: SecureClipboard | None = None


def secure_clipboard() -> SecureClipboard:
    """The application's one helper (created on first use, owned by the QApplication)."""
    global _instance
    app = QGuiApplication.instance()
    if _instance is None or _instance.parent() is not app:
        _instance = SecureClipboard(app)
    return _instance


def copy_sensitive(text: str) -> int:
    """Copy ``text``; the clipboard is cleared after :data:`CLEAR_AFTER_MS` if it still holds
    it. Returns the milliseconds until then."""
    return secure_clipboard().copy(text)
