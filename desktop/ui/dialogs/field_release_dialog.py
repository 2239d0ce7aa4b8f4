"""Force the release of a checked-out case (a manager, at the office): the case becomes
editable here again without its laptop changes. The reason is required and recorded; when the
laptop's package comes back later, its changes show as conflicts to decide, never silently."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import field_service
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.workers import WorkerSignals, run_in_background


class ForceReleaseDialog(QDialog):
    """Ask the reason, say what follows, then release on the worker; ``accepted`` once done."""

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, case_id: int, reference: str, where: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("forceReleaseDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Force release of %1").replace("%1", reference))
        self._ctx = ctx
        self._case_id = case_id
        self._running = False
        self.job: WorkerSignals | None = None

        explain = QLabel(
            (where + "\n\n" if where else "")
            + self.tr(
                "Releasing makes the case editable here again now, without waiting for the "
                "laptop. Whatever the validator changes on the laptop afterwards is not lost: "
                "when the return package is checked in, those changes come back as conflicts, "
                "shown side by side for someone to decide. Nothing is overwritten silently."
            ),
            self,
        )
        explain.setObjectName("forceReleaseExplain")
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        reason_label = QLabel(self.tr("&Reason (required, recorded with the case):"), self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("forceReleaseReason")
        self.reason_edit.setAccessibleName(self.tr("Reason for the forced release"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("For example: laptop lost; the operator's answer is urgent")
        )
        self.reason_edit.setFixedHeight(70)
        reason_label.setBuddy(self.reason_edit)
        self.status = QLabel("", self)
        self.status.setObjectName("forceReleaseStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.release_button = self.buttons.addButton(
            self.tr("&Force release"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.release_button.setObjectName("forceReleaseButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.release)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        self._on_reason_changed()

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())

    @Slot()
    def _on_reason_changed(self) -> None:
        self.release_button.setEnabled(bool(self.reason()) and not self._running)
        self.status.setText("" if self.reason() else self.tr("A reason is required."))

    @Slot()
    def release(self) -> WorkerSignals | None:
        reason = self.reason()
        if not reason or self._running:
            self._on_reason_changed()
            return None
        case_id, actor = self._case_id, self._ctx.actor
        self._running = True
        self.release_button.setEnabled(False)
        self.job = run_in_background(
            self,
            op=lambda db: field_service.force_release(db, [case_id], reason, actor),
            on_success=self._on_released,
            on_failure=self._on_failed,
            db_path=self._ctx.path,
        )
        return self.job

    def _on_released(self, _count: int) -> None:
        self._running = False
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._running = False
        self._on_reason_changed()
        self.status.setText(str(exc))
        show_error(self, exc)

    def reject(self) -> None:
        if not self._running:
            super().reject()
