"""Passwords: the rules shown as they are met, a refusal that counts down a wait, changing
one's password (forced after a reset), and asking for it again (leaving site mode)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, ValidationError
from desktop.services import keyring
from desktop.ui import theme
from desktop.ui.dialogs.form_dialog import FormDialog

if TYPE_CHECKING:
    from desktop.services.users import Session

#: A rule met, and one not yet met: their colours by meaning (theme.colour).
_MET, _UNMET = "green", "muted"


def _tr(text: str) -> str:
    return QCoreApplication.translate("password_dialog", text)


def password_edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class PasswordFeedback(QObject):
    """Says why a password was refused. A wait (after repeated wrong passwords) disables the
    button and counts down; a lockout says until when."""

    def __init__(self, label: QLabel, button: QAbstractButton) -> None:
        super().__init__(label)
        self._label = label
        self._button = button
        self._left = 0
        self._lockout_text = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        label.setObjectName(label.objectName() or "passwordMessage")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        theme.style(label, lambda: theme.note_css("error"))
        label.hide()

    @property
    def waiting(self) -> bool:
        return self._left > 0

    def clear(self) -> None:
        self._timer.stop()
        self._left = 0
        self._label.hide()
        self._button.setEnabled(True)

    def show_refusal(self, exc: BaseException) -> None:
        self._timer.stop()
        self._left = 0
        if isinstance(exc, keyring.LockedOutError) and exc.wait_seconds > 0:
            self._left = int(exc.wait_seconds)
            # A lockout names the time it ends; a short wait is counted down.
            self._lockout_text = str(exc) if exc.wait_seconds > keyring.MAX_WAIT_SECONDS else ""
            self._button.setEnabled(False)
            self._timer.start()
            self._show_wait()
            return
        self._button.setEnabled(True)
        self._say(str(exc))

    def _say(self, text: str) -> None:
        self._label.setText(text)
        self._label.setAccessibleName(text)
        self._label.show()

    def _show_wait(self) -> None:
        if self._lockout_text:
            minutes, seconds = divmod(self._left, 60)
            self._say(
                self._lockout_text
                + "\n"
                + self.tr("You can try again in %1.").replace("%1", f"{minutes}:{seconds:02d}")
            )
        else:
            self._say(
                self.tr(
                    "Too many wrong passwords. You can try again in %n second(s).", "", self._left
                )
            )

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._timer.stop()
            self._left = 0
            self._button.setEnabled(True)
            self._say(self.tr("You can try again now."))
            return
        self._show_wait()


class PasswordRules(QLabel):
    """The rules of a new password, each ticked as it is met (keyring.check_password)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordRules")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._rules: list[tuple[bool, str]] = []
        self.update_rules("", "", "")
        # The ticks' colours are in the text: it is written again after a change of look
        # (from the rules met, not from the password, which is not kept).
        theme.follow(self, self._show_rules)

    def update_rules(self, password: str, repeat: str, username: str) -> None:
        name = " ".join(username.split()).casefold()
        self._rules = [
            (
                len(password) >= keyring.MIN_PASSWORD,
                self.tr("at least %n characters", "", keyring.MIN_PASSWORD),
            ),
            (
                bool(password) and not (name and name in password.casefold()),
                self.tr("does not contain the user name"),
            ),
            (len(set(password)) >= 4, self.tr("not too simple (4 different characters or more)")),
            (bool(password) and password == repeat, self.tr("both entries are the same")),
        ]
        self._show_rules()

    def _show_rules(self) -> None:
        lines = []
        plain = []
        for met, text in self._rules:
            mark, meaning = ("✓", _MET) if met else ("•", _UNMET)
            lines.append(f'<span style="color:{theme.colour(meaning)}">{mark} {text}</span>')
            plain.append(("✓ " if met else "✗ ") + text)
        self.setText("<br>".join(lines))
        self.setAccessibleName(self.tr("Password rules") + ": " + "; ".join(plain))


def check_new_password(password: str, repeat: str, username: str, field: str) -> None:
    """The service's rules, then the repeat (named after the dialog's own fields)."""
    try:
        keyring.check_password(password, username)
    except ValidationError as exc:
        raise ValidationError(" ".join(exc.problems.values()), field) from None
    if password != repeat:
        raise ValidationError(_tr("the two entries differ."), "Repeat the password")


class ChangePasswordDialog(FormDialog):
    """Change one's own password. ``forced`` (after a reset or a new account): the temporary
    password just typed is ``current``, the dialog cannot be skipped (cancel quits)."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        *,
        forced: bool = False,
        current: str | None = None,
    ) -> None:
        super().__init__(
            parent,
            _tr("Choose your own password") if forced else _tr("Change password"),
        )
        self.setObjectName("changePasswordDialog")
        self._session = session
        self._forced = forced and current is not None
        self._current = current
        if self._forced:
            intro = QLabel(
                self.tr(
                    "Hello %1. Your password was set by an administrator: choose your own "
                    "before you go on. Only you will know it."
                ).replace("%1", session.user.display_name),
                self,
            )
            intro.setWordWrap(True)
            self.body.addWidget(intro)
        form = QFormLayout()
        self.old_edit = password_edit(self, "oldPassword", self.tr("Current password"))
        if not self._forced:
            label = QLabel(self.tr("&Current password:"), self)
            label.setBuddy(self.old_edit)
            form.addRow(label, self.old_edit)
            self.bind_field("Current password", self.old_edit)
        else:
            self.old_edit.hide()
        self.new_edit = password_edit(self, "newPassword", self.tr("New password"))
        self.repeat_edit = password_edit(self, "repeatPassword", self.tr("Repeat the password"))
        for text, edit in (
            (self.tr("&New password:"), self.new_edit),
            (self.tr("&Repeat it:"), self.repeat_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.rules = PasswordRules(self)
        form.addRow("", self.rules)
        self.body.addLayout(form)
        self.bind_field("New password", self.new_edit)
        self.bind_field("Password", self.new_edit)
        self.bind_field("Repeat the password", self.repeat_edit)
        for edit in (self.new_edit, self.repeat_edit):
            edit.textChanged.connect(self._on_password_text_changed)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Change password"))
        if self._forced:
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("&Quit AEO Desk"))
            cancel.setToolTip(self.tr("The password must be changed before AEO Desk opens"))
        (self.new_edit if self._forced else self.old_edit).setFocus()
        self.setMinimumWidth(440)

    @Slot()
    def _on_password_text_changed(self) -> None:
        self.rules.update_rules(
            self.new_edit.text(), self.repeat_edit.text(), self._session.user.username
        )

    def submit(self) -> Session:
        from desktop.services import users

        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        check_new_password(new, repeat, self._session.user.username, "New password")
        old = self._current if self._forced else self.old_edit.text()
        return users.change_password(self._session, old or "", new)


class PasswordPromptDialog(QDialog):
    """Ask the signed-in user for their password again (to leave site mode); accepted only
    once :func:`users.verify_password` says yes. Wrong passwords count, as at sign-in."""

    def __init__(self, parent: QWidget | None, session: Session, title: str, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPrompt")
        self.setWindowTitle(title)
        self._session = session
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password_edit = password_edit(self, "promptPassword", self.tr("Password"))
        label = QLabel(self.tr("&Password of %1:").replace("%1", session.user.display_name), self)
        label.setBuddy(self.password_edit)
        form.addRow(label, self.password_edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("promptMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.feedback = PasswordFeedback(self.message, self.ok_button)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()
        self.setMinimumWidth(400)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.feedback.waiting:
            return
        from desktop.services import users

        try:
            users.verify_password(self._session, self.password_edit.text())
        except DomainError as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.feedback.show_refusal(exc)
            return
        self.accept()
