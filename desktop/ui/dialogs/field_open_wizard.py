"""Open a check-out package on the validator's laptop: pick the file, see where it comes from
(the clear header, before any passphrase), then add its cases to this database on the worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.errors import DomainError
from desktop.services import field_locks, field_service
from desktop.ui.context import AppContext
from desktop.ui.dialogs.field_common import (
    FieldWizard,
    PackageFileRow,
    Progress,
    ReadPackagePage,
    header_form,
    intro_label,
    say,
    show_header,
)
from desktop.ui.workers import WorkerSignals


class PackagePage(QWizardPage):
    """Pick a package file and show its clear header. ``kind`` is the kind this wizard reads:
    "checkout" (laptop) or "return" (office)."""

    def __init__(self, wizard: FieldWizard, kind: str, title: str, subtitle: str) -> None:
        super().__init__(wizard)
        self._kind = kind
        self.header: Any = None
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.file_row = PackageFileRow(
            self,
            save=False,
            title=self.tr("Open a package"),
            accessible_name=self.tr("Package file"),
        )
        file_label = QLabel(self.tr("&Package:"), self)
        file_label.setBuddy(self.file_row.edit)
        top = QFormLayout()
        top.addRow(file_label, self.file_row)
        self.header_box, self.header_labels = header_form(self)
        self.note = QLabel(self)
        self.note.setObjectName("packageNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(self.header_box)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.file_row.changed.connect(self._on_file_changed)
        self._on_file_changed()

    def path(self) -> Path | None:
        return self.file_row.path()

    def isComplete(self) -> bool:
        return self.header is not None and self.header.kind == self._kind

    @Slot()
    def _on_file_changed(self) -> None:
        """Read the clear header now: it is a few hundred bytes, and it says whether the file
        is a package at all before anyone types a passphrase."""
        self.header = None
        path = self.path()
        if path is None:
            show_header(self.header_labels, None)
            say(self.note, self.tr("Choose the package file (it ends in .aeopkg)."))
        elif not path.is_file():
            show_header(self.header_labels, None)
            say(self.note, self.tr("There is no file at %1.").replace("%1", str(path)), "red")
        else:
            try:
                self.header = field_service.package_info(path)
            except DomainError as exc:
                show_header(self.header_labels, None)
                say(self.note, str(exc), "red")
            else:
                show_header(self.header_labels, self.header)
                if self.header.kind != self._kind:
                    say(self.note, self._wrong_kind(), "red")
                else:
                    say(self.note, self.tr("Next, type the unit passphrase to open it."))
        self.completeChanged.emit()

    def _wrong_kind(self) -> str:
        if self._kind == "checkout":
            return self.tr(
                "This is a return package, made on a laptop: check it in at the office "
                "(File → Field laptop → Check in package…)."
            )
        return self.tr(
            "This is a check-out package, made at the office: open it on the validator's "
            "laptop (File → Field laptop → Open package…)."
        )


class OpenPage(ReadPackagePage):
    def __init__(self, wizard: OpenPackageWizard) -> None:
        self._wizard = wizard
        super().__init__(
            wizard,
            "open",
            subtitle=self.tr(
                "The cases are added to this database in one step: all of them or none."
            ),
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Open"))

    def read(self, path: Path, passphrase: str) -> WorkerSignals | None:
        actor = self._wizard.ctx.actor

        def work(db: sqlite_utils.Database, progress: Progress) -> Any:
            return field_service.open_package(db, path, passphrase, actor, progress=progress)

        return self.run(work, self.tr("Opening the package…"))

    def job_succeeded(self, result: Any) -> bool:
        self.progress.finish(self.tr("Done."))
        if not result.already_opened:
            self._wizard.changed.emit()
        return True


class OpenResultPage(QWizardPage):
    def __init__(self, wizard: OpenPackageWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Package opened"))
        self.summary = intro_label(self, "")
        self.summary.setObjectName("openResult")
        self.case_list = QListWidget(self)
        self.case_list.setObjectName("openResultCases")
        self.case_list.setAccessibleName(self.tr("Cases opened"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.case_list, 1)

    def initializePage(self) -> None:
        result = self._wizard.open_page.result
        self.case_list.clear()
        if result.already_opened:
            self.setSubTitle(self.tr("Nothing changed."))
            self.summary.setText(self.tr("This package was opened here before; nothing changed."))
            self.case_list.hide()
            return
        self.setSubTitle(
            self.tr(
                "Work on them as usual; every answer is saved here at once. Return them "
                "with File → Field laptop → Return cases…."
            )
        )
        self.summary.setText(
            self.tr("%n case(s) from %1 for %2 (%3):", "", len(result.references))
            .replace("%1", result.unit_name)
            .replace("%2", result.validator)
            .replace("%3", field_locks.laptop_label(result.laptop))
        )
        self.case_list.addItems(result.references)
        self.case_list.show()


class OpenPackageWizard(FieldWizard):
    """``changed`` is emitted once the cases are in this database."""

    PACKAGE, OPEN, RESULT = range(3)

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent, ctx, "openPackageWizard", self.tr("Open a check-out package"))
        self.package = PackagePage(
            self,
            "checkout",
            self.tr("Which package"),
            self.tr(
                "The package the office made for this laptop. Check where it comes from "
                "before you open it."
            ),
        )
        self.open_page = OpenPage(self)
        self.result_page = OpenResultPage(self)
        self.setPage(self.PACKAGE, self.package)
        self.setPage(self.OPEN, self.open_page)
        self.setPage(self.RESULT, self.result_page)
        self.resize(680, 480)
