"""Base for dialogs that save through a service: problems are shown inside the dialog, next
to the fields they name, and the dialog stays open until the save succeeds.

Keyboard: the dialog opens on its first field (or the one a subclass gave focus), Tab goes
through the fields top to bottom and then to OK and Cancel, Enter is OK and Esc is Cancel.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db.errors import SQL_ERRORS
from desktop.domain.errors import DomainError, ValidationError
from desktop.services.database import classify_storage_error
from desktop.ui import theme
from desktop.ui.errors import is_known, show_error


def _bad_style() -> str:
    """The frame of a field that holds a problem (red, light enough on the dark look)."""
    return f"border: 1px solid {theme.colour('red')};"


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        # Deleted once closed (deferred, so `accepted` handlers can still read result_value).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self._field_widgets: dict[str, QWidget] = {}
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formErrors")
        self.error_label.setWordWrap(True)
        theme.style(self.error_label, lambda: theme.note_css("error"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("okButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._keyboard_ready = False
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # The buttons are made before the subclass's fields: the dialog opens on its first
        # field (or the one the subclass chose), not on OK.
        if not self._keyboard_ready:
            self._keyboard_ready = True
            focus_first_field(self, self.buttons)
        super().showEvent(event)

    def bind_field(self, label: str, widget: QWidget) -> None:
        """``label`` is the field name that domain messages use (e.g. "Headcount")."""
        self._field_widgets[label] = widget

    def submit(self) -> Any:
        """Save through a service and return what it returns. Raise DomainError on problems."""
        raise NotImplementedError

    def show_problems(self, exc: DomainError) -> None:
        for w in self._field_widgets.values():
            if w.styleSheet():  # a frame from the last problems: none now, nor after a new look
                theme.style(w, lambda: "")
        if isinstance(exc, ValidationError):
            for field in exc.problems:
                for label, widget in self._field_widgets.items():
                    if (
                        field == label
                        or field.startswith(label + " ")
                        or field.startswith(label + "(")
                    ):
                        theme.style(widget, _bad_style)
        self.error_label.setText(str(exc))
        self.error_label.show()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self.result_value = self.submit()
        except DomainError as exc:
            self.show_problems(exc)
            return
        except SQL_ERRORS as exc:  # locked, full, read-only: say so; anything else is a bug
            known = classify_storage_error(exc)
            if known is None:
                raise
            show_error(self, known)
            return
        except Exception as exc:
            if not is_known(exc):
                raise
            show_error(self, exc)
            return
        self.accept()


def focus_first_field(root: QWidget, box: QDialogButtonBox) -> None:
    """Give the focus to the first field of ``root`` (a dialog) after its button box ``box``,
    unless a field has it already (the subclass chose one).

    The tab order is a ring: made first, the buttons come after the last field for Tab and
    Shift+Tab already; only where the dialog opens needs saying (Qt would pick the first
    widget made, the OK button)."""
    current = root.focusWidget()
    if current is not None and current is not root and not box.isAncestorOf(current):
        return
    w: QWidget | None = box
    for _ in range(50):  # the few widgets after the buttons; the bound guards the ring
        w = w.nextInFocusChain() if w is not None else None
        if w is None or w is root:
            return
        if (
            not box.isAncestorOf(w)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
            and w.isVisibleTo(root)
            and w.isEnabled()
        ):
            w.setFocus(Qt.FocusReason.TabFocusReason)
            return


def to_date(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
