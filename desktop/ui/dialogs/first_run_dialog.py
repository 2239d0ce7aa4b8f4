"""First run: open a demo database, or start with an empty one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

DEMO, EMPTY = 1, 2


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: str) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to AEO Desk"))
        self.choice = 0
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "<h3>Welcome to AEO Desk</h3>"
                "<p>There is no database yet at<br><code>%1</code></p>"
                "<p><b>Open the demo</b> to explore the app with about 300 operators, 25 staff "
                "and 600 cases in every state (made-up data).</p>"
                "<p><b>Start empty</b> to begin entering your unit's own operators and cases.</p>"
            ).replace("%1", path),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        self.demo_button = buttons.addButton(
            self.tr("Open the &demo"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.empty_button = buttons.addButton(
            self.tr("Start &empty"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.demo_button.setDefault(True)
        self.resize(480, self.sizeHint().height())

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
