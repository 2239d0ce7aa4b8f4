"""Signing in at start-up, and the first run of a database without users: create its
administrator."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import DbError
from desktop.domain import timeline
from desktop.domain.errors import DomainError
from desktop.services import reference_data
from desktop.ui import theme
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.password_dialog import (
    PasswordFeedback,
    PasswordRules,
    check_new_password,
    password_edit,
)

if TYPE_CHECKING:
    from desktop.services.users import Session

#: ``done()`` code when the file itself cannot be opened (damaged, not ours): the start-up
#: offers the newest good backup.
FILE_PROBLEM = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("login_dialog", text)


def _heading(parent: QWidget, path: Path) -> QLabel:
    """The app's name, and the database's in the hint colour (written again after a change
    of look: the colour is in the text)."""
    label = QLabel(parent)
    label.setObjectName("loginHeading")
    label.setTextFormat(Qt.TextFormat.RichText)
    theme.follow(
        label,
        lambda: label.setText(
            f"<h2 style='margin-bottom:2px'>AEO Desk</h2>"
            f"<span style='color:{theme.colour('muted')}'>{_tr('Database')}: {path.name}</span>"
        ),
    )
    return label


class LoginDialog(QDialog):
    """User name and password. On success ``session`` holds the sign-in (with its own open
    connection); wrong passwords, waits and lockouts are said in plain words, and a wait
    keeps Sign in disabled while it counts down. Cancel (Esc) quits."""

    def __init__(
        self,
        parent: QWidget | None,
        db_path: Path,
        *,
        hint: str | None = None,
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in – AEO Desk"))
        self._path = Path(db_path)
        self.session: Session | None = None
        #: The password typed, kept only when it must be changed now (it is the "current"
        #: password of the change that follows).
        self.temporary_password: str | None = None
        self.db_error: DbError | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(_heading(self, self._path))
        form = QFormLayout()
        self.user_edit = QLineEdit(username, self)
        self.user_edit.setObjectName("loginUser")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = password_edit(self, "loginPassword", self.tr("Password"))
        for text, edit in (
            (self.tr("&User name:"), self.user_edit),
            (self.tr("&Password:"), self.password_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        layout.addWidget(self.message)
        # Stored in English in the demo database: shown in the interface language.
        self.hint_label = QLabel(timeline.describe_users_hint(hint or ""), self)
        self.hint_label.setObjectName("loginHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.style(self.hint_label, lambda: theme.note_css("info"))
        self.hint_label.setVisible(bool(hint))
        layout.addWidget(self.hint_label)
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button.setObjectName("quitLogin")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.feedback = PasswordFeedback(self.message, self.sign_in_button)
        (self.password_edit if username else self.user_edit).setFocus()
        self.setMinimumWidth(420)

    def sign_in(self, username: str, password: str) -> bool:
        """Try these credentials (what the Sign in button does); True when signed in."""
        self.user_edit.setText(username)
        self.password_edit.setText(password)
        self._on_buttons_accepted()
        return self.session is not None

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.feedback.waiting:
            return
        from desktop.services import users

        username, password = self.user_edit.text().strip(), self.password_edit.text()
        if not username:
            self.feedback.show_refusal(DomainError(self.tr("Enter your user name.")))
            self.user_edit.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = users.sign_in(self._path, username, password)
        except DbError as exc:
            self.db_error = exc
            self.feedback.show_refusal(exc)
            self.done(FILE_PROBLEM)
            return
        except DomainError as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.feedback.show_refusal(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.session = session
        self.temporary_password = password if session.must_change else None
        self.password_edit.clear()
        self.accept()


class FirstAdminDialog(FormDialog):
    """A database nobody signs in to yet (new, or from before users existed): create its
    administrator, who is signed in at once. From then on, everyone signs in."""

    def __init__(self, parent: QWidget | None, db_path: Path, db: sqlite_utils.Database) -> None:
        super().__init__(parent, _tr("Create the administrator – AEO Desk"))
        self.setObjectName("firstAdminDialog")
        self._path = Path(db_path)
        self._db = db
        self.body.addWidget(_heading(self, self._path))
        intro = QLabel(
            self.tr(
                "Nobody signs in to this database yet. Create its administrator: the person "
                "who adds the unit's users, resets their passwords and can encrypt the file. "
                "From now on, everyone signs in with their own user name and password."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("adminUser")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.staff_combo = QComboBox(self)
        self.staff_combo.setObjectName("adminStaff")
        self.staff_combo.setAccessibleName(self.tr("Staff member (optional)"))
        self.staff_combo.addItem(self.tr("(not linked to a staff member)"), None)
        for person in reference_data.active_staff(db):
            self.staff_combo.addItem(person["name"], person["id"])
        self.password_edit = password_edit(self, "adminPassword", self.tr("Password"))
        self.repeat_edit = password_edit(self, "adminRepeat", self.tr("Repeat the password"))
        for text, widget in (
            (self.tr("&User name:"), self.user_edit),
            (self.tr("&Staff member:"), self.staff_combo),
            (self.tr("&Password:"), self.password_edit),
            (self.tr("&Repeat it:"), self.repeat_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.rules = PasswordRules(self)
        form.addRow("", self.rules)
        self.body.addLayout(form)
        self.bind_field("User name", self.user_edit)
        self.bind_field("Staff member", self.staff_combo)
        self.bind_field("Password", self.password_edit)
        self.bind_field("Repeat the password", self.repeat_edit)
        for edit in (self.user_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._on_text_changed)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create and sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.user_edit.setFocus()
        self.setMinimumWidth(460)

    @Slot()
    def _on_text_changed(self) -> None:
        self.rules.update_rules(
            self.password_edit.text(), self.repeat_edit.text(), self.user_edit.text()
        )

    def submit(self) -> Session:
        from desktop.services import users

        name = self.user_edit.text().strip()
        password = self.password_edit.text()
        check_new_password(password, self.repeat_edit.text(), name, "Password")
        return users.create_first_admin(
            self._path, self._db, name, password, staff_id=self.staff_combo.currentData()
        )
