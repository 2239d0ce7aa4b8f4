"""Tools → Users (administrators): who may sign in, with which roles; add a user, reset a
password (a temporary one, shown once), change roles, staff member or whether they may sign
in at all."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services import reference_data
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import show_error
from desktop.ui.models.row_table_model import Column, RowTableModel
from desktop.ui.secure_clipboard import copy_sensitive
from desktop.ui.widgets.tables import list_view

if TYPE_CHECKING:
    from desktop.services.users import Session, User


def _tr(text: str) -> str:
    return QCoreApplication.translate("users_dialog", text)


def _role_labels(roles: tuple[str, ...] | list[str]) -> str:
    from desktop.services import users

    return ", ".join(users.role_label(r) for r in roles)


class UserEditDialog(FormDialog):
    """Add a user (``user`` None: user name, roles, staff member) or edit one (roles, staff
    member, may sign in). Adding returns ``(User, temporary password)``."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, user: User | None = None) -> None:
        super().__init__(parent, _tr("Add a user") if user is None else _tr("Edit a user"))
        from desktop.services import users

        self.setObjectName("userEditDialog")
        assert ctx.session is not None
        self._session: Session = ctx.session
        self._user = user
        form = QFormLayout()
        self.name_edit = QLineEdit(user.username if user else "", self)
        self.name_edit.setObjectName("userName")
        self.name_edit.setAccessibleName(self.tr("User name"))
        self.name_edit.setReadOnly(user is not None)
        self.staff_combo = QComboBox(self)
        self.staff_combo.setObjectName("userStaff")
        self.staff_combo.setAccessibleName(self.tr("Staff member"))
        self.staff_combo.addItem(self.tr("(not linked to a staff member)"), None)
        for person in reference_data.staff(ctx.db):
            self.staff_combo.addItem(person["name"], person["id"])
        if user is not None and user.staff_id is not None:
            self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(user.staff_id)))
        for text, widget in (
            (self.tr("&User name:"), self.name_edit),
            (self.tr("&Staff member:"), self.staff_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.roles_box = QGroupBox(self.tr("Roles"), self)
        self.roles_box.setObjectName("userRoles")
        roles_layout = QVBoxLayout(self.roles_box)
        self.role_checks: dict[str, QCheckBox] = {}
        for role in users.ROLES:
            check = QCheckBox(users.role_label(role), self.roles_box)
            check.setObjectName(f"role_{role}")
            check.setChecked(user is not None and role in user.roles)
            roles_layout.addWidget(check)
            self.role_checks[role] = check
        form.addRow(self.roles_box)
        self.active_check = QCheckBox(self.tr("&May sign in"), self)
        self.active_check.setObjectName("userActive")
        self.active_check.setChecked(user is None or user.is_active)
        self.active_check.setVisible(user is not None)
        form.addRow("", self.active_check)
        if user is None:
            note = QLabel(
                self.tr(
                    "AEO Desk makes a temporary password, shown once when you save. The new "
                    "user chooses their own password at their first sign-in."
                ),
                self,
            )
            note.setWordWrap(True)
            theme.mute(note)
            form.addRow(note)
        self.body.addLayout(form)
        self.bind_field("User name", self.name_edit)
        self.bind_field("Staff member", self.staff_combo)
        self.bind_field("Roles", self.roles_box)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add user") if user is None else self.tr("&Save"))
        (self.name_edit if user is None else self.roles_box).setFocus()
        self.setMinimumWidth(420)

    def roles(self) -> list[str]:
        return [role for role, check in self.role_checks.items() if check.isChecked()]

    def submit(self) -> Any:
        from desktop.services import users

        staff_id = self.staff_combo.currentData()
        if self._user is None:
            return users.create_user(
                self._session, self.name_edit.text(), self.roles(), staff_id=staff_id
            )
        users.update_user(
            self._session,
            self._user.id,
            roles=self.roles(),
            staff_id=staff_id,
            is_active=self.active_check.isChecked(),
        )
        return None


class TemporaryPasswordDialog(QDialog):
    """A temporary password, shown this once (AEO Desk keeps only its key slot)."""

    def __init__(self, parent: QWidget | None, username: str, password: str) -> None:
        super().__init__(parent)
        self.setObjectName("temporaryPasswordDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Temporary password"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "The temporary password of <b>%1</b>. Give it to them in person: it is shown "
                "only this once, and AEO Desk does not keep it. They choose their own password "
                "when they first sign in."
            ).replace("%1", username.replace("<", "&lt;")),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.password_edit = QLineEdit(password, self)
        self.password_edit.setObjectName("temporaryPassword")
        self.password_edit.setReadOnly(True)
        self.password_edit.setAccessibleName(self.tr("Temporary password"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.password_edit.setFont(mono)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("copyTemporaryPassword")
        self.copy_button.setToolTip(self.tr("Copy (the clipboard is cleared after 30 seconds)"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password_edit.setFocus()
        self.password_edit.selectAll()
        self.setMinimumWidth(440)

    def password(self) -> str:
        return self.password_edit.text()

    @Slot()
    def _on_copy_clicked(self) -> None:
        copy_sensitive(self.password_edit.text())


class UsersDialog(QDialog):
    """The list of users and what an administrator does with them."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Users"))
        self._ctx = ctx
        self.last_dialog: QDialog | None = None
        self.last_password_dialog: TemporaryPasswordDialog | None = None
        self.model = RowTableModel(
            [
                Column(self.tr("User name"), lambda r: r["username"]),
                Column(self.tr("Staff member"), lambda r: r["staff_name"] or "—"),
                Column(self.tr("Roles"), lambda r: _role_labels(r["roles"])),
                Column(
                    self.tr("May sign in"),
                    lambda r: self.tr("yes") if r["is_active"] else self.tr("no"),
                    lambda r: None if r["is_active"] else theme.colour("muted"),
                ),
            ],
            self,
        )
        self.view = list_view(self, self.model, "usersTable")
        self.view.setAccessibleName(self.tr("Users"))
        for col, width in enumerate((140, 180, 210)):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(self._on_edit_clicked)
        self.view.activated.connect(self._on_edit_clicked)
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.add_button.setObjectName("addUser")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editUser")
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.reset_button.setObjectName("resetPassword")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        side = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.reset_button):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        note = QLabel(
            self.tr(
                "Roles: a validator works on their own cases and audits; a contact officer "
                "logs contacts; a manager assigns work and manages the field laptops; an "
                "administrator manages users, templates and encryption."
            ),
            self,
        )
        note.setWordWrap(True)
        theme.mute(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(860, 420)
        self.refresh()
        self.view.setFocus()

    def refresh(self) -> None:
        from desktop.services import users

        keep = self.selected_user()
        rows = [
            {
                "id": u.id,
                "username": u.username,
                "staff_name": u.staff_name,
                "roles": u.roles,
                "is_active": u.is_active,
                "user": u,
            }
            for u in users.list_users(self._ctx.db)
        ]
        self.model.set_rows(rows)
        row = self.model.row_of(keep.id) if keep is not None else None
        self.view.selectRow(row if row is not None else 0)

    def selected_user(self) -> User | None:
        selected = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        row = self.model.row(selected[0].row()) if selected else None
        return row["user"] if row else None

    def select_user(self, username: str) -> bool:
        for n, r in enumerate(self.model.rows()):
            if r["username"] == username:
                self.view.selectRow(n)
                return True
        return False

    # --- actions ----------------------------------------------------------------------------

    def request_add(self) -> UserEditDialog:
        dialog = UserEditDialog(self, self._ctx)

        def added() -> None:
            user, password = dialog.result_value
            self.refresh()
            self.select_user(user.username)
            self.show_temporary_password(user.username, password)

        dialog.accepted.connect(added)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def request_edit(self, user: User | None = None) -> UserEditDialog | None:
        user = user or self.selected_user()
        if user is None:
            return None
        dialog = UserEditDialog(self, self._ctx, user)
        dialog.accepted.connect(self.refresh)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def request_reset(self, user: User | None = None) -> TemporaryPasswordDialog | None:
        from desktop.services import users

        user = user or self.selected_user()
        if user is None or self._ctx.session is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Reset password"),
            self.tr(
                "Give %1 a new temporary password? Their current password stops working, "
                "and they choose a new one at their next sign-in."
            ).replace("%1", user.username),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            password = users.reset_password(self._ctx.session, user.id)
        except DomainError as exc:
            show_error(self, exc)
            return None
        return self.show_temporary_password(user.username, password)

    def show_temporary_password(self, username: str, password: str) -> TemporaryPasswordDialog:
        dialog = TemporaryPasswordDialog(self, username, password)
        self.last_password_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_add_clicked(self) -> None:
        self.request_add()

    @Slot()
    def _on_edit_clicked(self, *_: Any) -> None:
        self.request_edit()

    @Slot()
    def _on_reset_clicked(self) -> None:
        self.request_reset()
