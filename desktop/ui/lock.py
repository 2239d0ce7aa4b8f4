"""Locking the window: after some minutes without input, or on Ctrl+L.

:class:`IdleWatcher` watches the whole application's keyboard and mouse input and says when
nobody has touched it for a while. :class:`LockScreen` is what the window shows instead of
its pages while locked: the user's name, a password field and Unlock, nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.dialogs.password_dialog import PasswordFeedback, password_edit

#: What counts as someone using the application.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """``idle`` is emitted once ``timeout_ms`` pass without keyboard or mouse input anywhere
    in the application (an event filter on the QApplication restarts the timer)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._timeout_ms = 0
        self._installed = False
        self.set_timeout(timeout_ms)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout(self, timeout_ms: int) -> None:
        """0 turns the watch off."""
        self._timeout_ms = max(0, int(timeout_ms))
        self._timer.setInterval(self._timeout_ms)

    def start(self) -> None:
        if self._timeout_ms <= 0:
            return
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False


class LockScreen(QWidget):
    """ "Locked — <user>", the password and Unlock. ``unlock_requested(password)`` asks the
    window to check it; :meth:`refuse` shows why it was refused."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "QFrame#lockCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 10px; }"
        )
        card.setFixedWidth(400)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        self.title = QLabel(card)
        self.title.setObjectName("lockTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        inner.addWidget(self.title)
        note = QLabel(self.tr("AEO Desk is locked. Enter your password to go on."), card)
        note.setObjectName("lockNote")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        theme.mute(note)
        inner.addWidget(note)
        self.password_edit = password_edit(card, "unlockPassword", self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.unlock_button)
        inner.addLayout(row)
        self.message = QLabel(card)
        self.message.setObjectName("lockMessage")
        inner.addWidget(self.message)
        self.feedback = PasswordFeedback(self.message, self.unlock_button)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        self.password_edit.returnPressed.connect(self._on_unlock)
        self.unlock_button.clicked.connect(self._on_unlock)

    def reset(self, who: str) -> None:
        text = self.tr("Locked — %1").replace("%1", who)
        self.title.setText(text)
        self.title.setAccessibleName(text)
        self.password_edit.clear()
        if not self.feedback.waiting:
            self.feedback.clear()

    def refuse(self, exc: BaseException) -> None:
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.feedback.show_refusal(exc)

    @Slot()
    def _on_unlock(self) -> None:
        if self.feedback.waiting:
            return
        self.unlock_requested.emit(self.password_edit.text())
