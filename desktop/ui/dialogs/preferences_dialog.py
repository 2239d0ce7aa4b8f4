"""Tools → Preferences… (Ctrl+,; in the application menu on macOS): the language, the look and
how soon the window locks itself, for this computer (kept in the settings, not the database).

The dialog only collects the choices: :meth:`PreferencesDialog.chosen` gives them once OK is
pressed, and the window applies them (View → Language and View → Appearance follow). Cancel
leaves everything as it was: nothing is applied before OK.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n, theme
from desktop.ui.context import AppContext

# The idle time's longest choice, in minutes: the same range as Tools → Encryption…'s, so
# that a value set there is shown here as it is (a shorter range would cut it on OK).
IDLE_LOCK_MAX_MINUTES = 240


@dataclass(frozen=True)
class Preferences:
    language: str  # "system", "en", "fr" or "es"
    appearance: str  # theme.SYSTEM, LIGHT or DARK
    # Lock after this many idle minutes (0: never); None when the field is not offered (a
    # database without users) or was left as it was.
    idle_lock_minutes: int | None


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Preferences"))
        settings = ctx.settings
        form = QFormLayout()
        # The lists and the minutes keep their size; the notes under them take the width.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        # The language: each written in its own language; "System" says which it is.
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("preferencesLanguage")
        system = i18n.LANGUAGES[i18n.resolve("system")]
        self.language_combo.addItem(self.tr("System (%1)").replace("%1", system), "system")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language()))
        )
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        # One short line: wrapped, the form would keep room for a second one.
        self.language_note = self._hint(
            self.tr("Applies the next time AEO Desk starts."), wrap=False
        )
        self.language_note.setObjectName("languageNote")
        form.addRow("", self.language_note)

        # The look: applied when OK is pressed; "System" says which the system asks for.
        self.appearance_combo = QComboBox(self)
        self.appearance_combo.setObjectName("preferencesAppearance")
        self.appearance_combo.addItem(
            self.tr("System (dark)") if theme.system_is_dark() else self.tr("System (light)"),
            theme.SYSTEM,
        )
        self.appearance_combo.addItem(self.tr("Light"), theme.LIGHT)
        self.appearance_combo.addItem(self.tr("Dark"), theme.DARK)
        self.appearance_combo.setCurrentIndex(
            max(0, self.appearance_combo.findData(settings.appearance()))
        )
        appearance_label = QLabel(self.tr("&Appearance:"), self)
        appearance_label.setBuddy(self.appearance_combo)
        form.addRow(appearance_label, self.appearance_combo)

        # The lock: only a signed-in window locks (without users there is no password).
        self.lock_available = ctx.session is not None
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("preferencesIdleLock")
        self.idle_spin.setRange(0, IDLE_LOCK_MAX_MINUTES)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setValue(settings.idle_lock_minutes())
        self.idle_spin.setAccessibleName(self.tr("Lock the window after minutes without input"))
        self.idle_spin.setEnabled(self.lock_available)
        self._idle_before = self.idle_spin.value()
        idle_label = QLabel(self.tr("Lock the &window after:"), self)
        idle_label.setBuddy(self.idle_spin)
        form.addRow(idle_label, self.idle_spin)
        if self.lock_available:
            hint = self.tr(
                "without keyboard or mouse input on this computer. Ctrl+L locks at once."
            )
        else:
            hint = self.tr(
                "The window locks only on a database with users: without them no one signs "
                "in, so there is no password to unlock it."
            )
        self.idle_hint = self._hint(hint)
        self.idle_hint.setObjectName("idleLockHint")
        self.idle_spin.setAccessibleDescription(hint)
        form.addRow("", self.idle_hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("okButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.language_combo.setFocus()

    def _hint(self, text: str, *, wrap: bool = True) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(wrap)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        theme.mute(label)
        return label

    def chosen(self) -> Preferences:
        idle = self.idle_spin.value()
        return Preferences(
            language=str(self.language_combo.currentData()),
            appearance=str(self.appearance_combo.currentData()),
            idle_lock_minutes=idle if self.lock_available and idle != self._idle_before else None,
        )
