"""Reports: the ministry workbook, exports of the unit's lists, and imports of registers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import caseload_service
from desktop.ui import icons, theme
from desktop.ui.context import AppContext

EXPORTS = (
    ("cases", "All cases", "Every case with its state, validator and deadlines."),
    ("operators", "Operators", "Operators with identifiers, size class and MSME flag."),
    ("audits", "Audits", "Every audit with its dates, status, outcome and score."),
    ("actions", "Corrective actions", "Improvement-plan items with due dates and status."),
)
IMPORTS = (
    ("operators", "Operators", "Load the operator register (matched by EORI, then VAT/TIN)."),
    ("staff", "Staff", "Load Customs staff (matched by e-mail)."),
    ("training", "Training records", "Load completed courses (staff e-mail, course code, date)."),
)


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._ctx = ctx
        self.last_dialog: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        title = QLabel(self.tr("Reports, exports and imports"), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        title.setFont(f)
        layout.addWidget(title)
        # An empty database: where to start (shown while there are no cases).
        self.start_note = QLabel(
            self.tr(
                "Nothing to report yet: the database has no cases. Start by importing the "
                "operator register and the unit's staff (Import from Excel or CSV, below), "
                "then create cases on the Caseload page (Ctrl+N)."
            ),
            self,
        )
        self.start_note.setObjectName("reportsStartNote")
        self.start_note.setWordWrap(True)
        self.start_note.setStyleSheet(self._note_style())
        self.start_note.hide()
        layout.addWidget(self.start_note)

        ministry = QGroupBox(self.tr("Ministry workbook"), self)
        ml = QVBoxLayout(ministry)
        text = QLabel(
            self.tr(
                "The periodic workbook for the ministry: operators by size class and status, "
                "applications and processing times, audits and findings, corrective actions, "
                "contact-point coverage of MSMEs and staff training, in the same layout every "
                "time (see docs/ministry-workbook.md)."
            ),
            ministry,
        )
        text.setWordWrap(True)
        ml.addWidget(text)
        self.ministry_button = QPushButton(self.tr("Make the ministry workbook…"), ministry)
        self.ministry_button.setObjectName("ministryButton")
        self.ministry_button.clicked.connect(self.request_ministry)
        ml.addWidget(self.ministry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(ministry)

        exports = QGroupBox(self.tr("Export a list to Excel"), self)
        el = QGridLayout(exports)
        self.export_buttons: dict[str, QPushButton] = {}
        for row, (kind, label, hint) in enumerate(EXPORTS):
            b = QPushButton(icons.icon("export"), self.tr(label) + "…", exports)
            b.setObjectName(f"export_{kind}")
            b.clicked.connect(lambda _=False, k=kind, lab=label: self.request_export(k, lab))
            self.export_buttons[kind] = b
            el.addWidget(b, row, 0)
            el.addWidget(QLabel(self.tr(hint), exports), row, 1)
        note = QLabel(
            self.tr("Each list screen also exports what it shows, filters and columns included."),
            exports,
        )
        theme.mute(note)
        el.addWidget(note, len(EXPORTS), 0, 1, 2)
        el.setColumnStretch(1, 1)
        layout.addWidget(exports)

        imports = QGroupBox(self.tr("Import from Excel or CSV"), self)
        il = QGridLayout(imports)
        self.import_buttons: dict[str, QPushButton] = {}
        for row, (kind, label, hint) in enumerate(IMPORTS):
            b = QPushButton(icons.icon("import"), self.tr(label) + "…", imports)
            b.setObjectName(f"import_{kind}")
            b.clicked.connect(lambda _=False, k=kind: self.request_import(k))
            self.import_buttons[kind] = b
            il.addWidget(b, row, 0)
            il.addWidget(QLabel(self.tr(hint), imports), row, 1)
        inote = QLabel(
            self.tr(
                "A dry run comes first and lists every problem by row and column; nothing is "
                "imported until the whole file is right. Each import has a template to download."
            ),
            imports,
        )
        inote.setWordWrap(True)
        theme.mute(inote)
        il.addWidget(inote, len(IMPORTS), 0, 1, 2)
        il.setColumnStretch(1, 1)
        layout.addWidget(imports)
        layout.addStretch(1)

    @staticmethod
    def _note_style() -> str:
        return theme.surface_css("info") + " border-radius: 4px; padding: 8px;"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "start_note"):
            self.start_note.setStyleSheet(self._note_style())

    def refresh(self) -> None:
        """Every action reads the database when it runs; only the note for an empty
        database depends on what is there (one count)."""
        self.start_note.setVisible(not caseload_service.counts(self._ctx.db)["total"])

    def request_ministry(self) -> Any:
        from desktop.ui.dialogs.ministry_dialog import MinistryDialog

        self.last_dialog = MinistryDialog(self, self._ctx)
        self.last_dialog.open()
        return self.last_dialog

    def request_export(self, kind: str, label: str) -> Any:
        from desktop.ui.export_action import export_list

        return export_list(self, self._ctx, kind, f"AEO-{label.lower().replace(' ', '-')}.xlsx")

    def request_import(self, kind: str) -> Any:
        from desktop.ui.dialogs.import_dialog import ImportDialog

        self.last_dialog = ImportDialog(self, self._ctx, kind)
        self.last_dialog.open()
        return self.last_dialog
