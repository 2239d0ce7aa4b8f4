"""Return cases from the laptop: choose the field copies (all that are out, by default), give
the unit passphrase twice and the file; the return package holds every change made here, and
the returned copies become read-only on this laptop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services import field_service
from desktop.ui.context import AppContext
from desktop.ui.dialogs.field_common import (
    FieldWizard,
    Progress,
    WritePackagePage,
    human_size,
    intro_label,
)
from desktop.ui.workers import WorkerSignals

_ID = Qt.ItemDataRole.UserRole


def status_text(copy: dict[str, Any]) -> str:
    if copy["status"] == "returned":
        return QCoreApplication.translate(
            "ReturnWizard", "Returned on %1 (read-only here)"
        ).replace("%1", str(copy.get("returned_at") or "")[:10])
    n = int(copy.get("changes") or 0)
    if n:
        return QCoreApplication.translate("ReturnWizard", "%n change(s) not returned", None, n)
    return QCoreApplication.translate("ReturnWizard", "No changes yet")


class CopiesPage(QWizardPage):
    def __init__(self, wizard: ReturnWizard, copies: list[dict[str, Any]]) -> None:
        super().__init__(wizard)
        self._copies = copies
        self.setTitle(self.tr("Which cases go back"))
        self.setSubTitle(
            self.tr(
                "Every change made here to the ticked cases goes into the return package. "
                "They become read-only on this laptop once it is written."
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("returnCopies")
        self.tree.setAccessibleName(self.tr("Field copies to return"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Case"), self.tr("Operator"), self.tr("Changes"), self.tr("Validator")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.again_check = QCheckBox(
            self.tr("Also list cases already &returned (to write a lost package again)"), self
        )
        self.again_check.setObjectName("returnAgain")
        self.again_check.toggled.connect(self._fill)
        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.all_button.setObjectName("returnTickAll")
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("Tick n&one"), self)
        self.none_button.setObjectName("returnTickNone")
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.summary = QLabel(self)
        self.summary.setObjectName("returnSummary")
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self._fill()

    @Slot()
    def _fill(self) -> None:
        again = self.again_check.isChecked()
        self.tree.blockSignals(True)
        self.tree.clear()
        for copy in self._copies:
            if copy["status"] != "out" and not again:
                continue
            item = QTreeWidgetItem(
                [copy["reference"], copy["operator_name"], status_text(copy), copy["validator"]]
            )
            item.setData(0, _ID, int(copy["case_id"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if copy["status"] == "out" else Qt.CheckState.Unchecked
            )
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._on_tree_item_changed()

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setCheckState(0, state)

    def chosen(self) -> list[int]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(int(item.data(0, _ID)))
        return out

    def again(self) -> bool:
        return self.again_check.isChecked()

    def isComplete(self) -> bool:
        return bool(self.chosen())

    @Slot()
    def _on_tree_item_changed(self, *_args: Any) -> None:
        n = len(self.chosen())
        if not self._copies:
            self.summary.setText(
                self.tr("There are no field copies on this laptop: open a package first.")
            )
        elif not self.tree.topLevelItemCount():
            self.summary.setText(
                self.tr("Every case here was returned already. Tick the box to write one again.")
            )
        else:
            self.summary.setText(self.tr("%n case(s) ticked.", "", n))
        self.completeChanged.emit()


class WriteReturnPage(WritePackagePage):
    def __init__(self, wizard: ReturnWizard) -> None:
        self._wizard = wizard
        super().__init__(
            wizard,
            "return",
            subtitle=self.tr(
                "The return package is encrypted with the unit passphrase, as the check-out "
                "package was."
            ),
            commit_text=self.tr("&Write package"),
            save_title=self.tr("Save the return package"),
        )

    def default_name(self) -> str:
        return field_service.default_file_name("return", self._wizard.who())

    def write(self, path: Path, passphrase: str) -> WorkerSignals | None:
        case_ids, again = self._wizard.copies_page.chosen(), self._wizard.copies_page.again()
        actor = self._wizard.ctx.actor

        def work(db: sqlite_utils.Database, progress: Progress) -> Any:
            return field_service.return_cases(
                db, path, passphrase, actor, case_ids=case_ids, again=again, progress=progress
            )

        return self.run(work, self.tr("Writing the return package…"))


class ReturnResultPage(QWizardPage):
    def __init__(self, wizard: ReturnWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Return package written"))
        self.setSubTitle(
            self.tr("Take the file to the office. These cases are now read-only on this laptop.")
        )
        self.summary = intro_label(self, "")
        self.summary.setObjectName("returnResult")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.case_list = QListWidget(self)
        self.case_list.setObjectName("returnResultCases")
        self.case_list.setAccessibleName(self.tr("Cases returned"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.case_list, 1)

    def initializePage(self) -> None:
        result = self._wizard.write.result
        changes = ", ".join(f"{n} {label}" for label, n in result.counts.items())
        self.summary.setText(
            self.tr("Return package #%1: %n case(s).", "", len(result.references)).replace(
                "%1", str(result.seq)
            )
            + "\n"
            + self.tr("Changes: %1").replace("%1", changes or self.tr("none"))
            + "\n"
            + self.tr("File: %1 (%2)")
            .replace("%1", str(result.path))
            .replace("%2", human_size(result.size))
        )
        self.case_list.clear()
        self.case_list.addItems(result.references)


class ReturnWizard(FieldWizard):
    """``changed`` is emitted once the package is written and the copies are marked returned."""

    COPIES, WRITE, RESULT = range(3)

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, copies: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(parent, ctx, "returnWizard", self.tr("Return cases to the office"))
        if copies is None:
            copies = field_service.field_copies(ctx.db)
        self.copies = copies
        self.copies_page = CopiesPage(self, copies)
        self.write = WriteReturnPage(self)
        self.result_page = ReturnResultPage(self)
        self.setPage(self.COPIES, self.copies_page)
        self.setPage(self.WRITE, self.write)
        self.setPage(self.RESULT, self.result_page)
        self.resize(720, 520)

    def who(self) -> str:
        names = {c["validator"] for c in self.copies if c.get("validator")}
        return names.pop() if len(names) == 1 else self.ctx.actor.name
