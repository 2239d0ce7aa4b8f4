"""Tools → Encryption (administrators): whether the database file is encrypted, turning it
on or off (a backup first; the window reopens on the converted file). How soon the window
locks itself is in Preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.context import AppContext


class SecurityDialog(QDialog):
    """``convert_requested(encrypt)`` once the administrator has confirmed; the window does
    the conversion (it has to close every connection first)."""

    convert_requested = Signal(bool)

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setObjectName("securityDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Encryption"))
        self._ctx = ctx
        self.encrypted = bool(ctx.session and ctx.session.encrypted)
        layout = QVBoxLayout(self)

        file_box = QGroupBox(self.tr("The database file"), self)
        file_layout = QVBoxLayout(file_box)
        self.state_label = QLabel(file_box)
        self.state_label.setObjectName("encryptionState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        if self.encrypted:
            state = self.tr(
                "<b>%1 is encrypted.</b> Without a user's password, neither the file nor its "
                "backups can be read."
            )
        else:
            state = self.tr(
                "<b>%1 is not encrypted.</b> Anyone who copies the file can read it with any "
                "SQLite tool. Passwords still decide who signs in to AEO Desk."
            )
        self.state_label.setText(state.replace("%1", ctx.path.name))
        file_layout.addWidget(self.state_label)
        where = QLabel(
            self.tr("File: %1\nKey file (keep it with the database and its backups): %2")
            .replace("%1", str(ctx.path))
            .replace("%2", str(ctx.path) + ".keys"),
            file_box,
        )
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.mute(where)
        file_layout.addWidget(where)
        self.convert_button = QPushButton(
            self.tr("&Store it unencrypted…") if self.encrypted else self.tr("&Encrypt the file…"),
            file_box,
        )
        self.convert_button.setObjectName("convertEncryption")
        self.convert_button.clicked.connect(self._on_convert_clicked)
        file_layout.addWidget(self.convert_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(file_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.convert_button.setFocus()
        self.setMinimumWidth(520)

    def confirm_text(self) -> str:
        if self.encrypted:
            return self.tr(
                "Store %1 unencrypted? A backup of the file as it is now (encrypted) is made "
                "first. AEO Desk closes the database, converts it and opens it again."
            ).replace("%1", self._ctx.path.name)
        return self.tr(
            "Encrypt %1? A backup of the file as it is now is made first (unencrypted: keep "
            "it safe or delete it). AEO Desk closes the database, converts it and opens it "
            "again; this takes a moment."
        ).replace("%1", self._ctx.path.name)

    @Slot()
    def _on_convert_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Store unencrypted") if self.encrypted else self.tr("Encrypt the database"),
            self.confirm_text(),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.accept()
        self.convert_requested.emit(not self.encrypted)
