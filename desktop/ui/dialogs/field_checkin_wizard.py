"""Check a laptop's return package in at the office: pick the file (its clear header shows
before the passphrase), preview the check-in on the worker, decide every conflict side by side,
then apply it in one transaction. Nothing is overwritten without a decision."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.services import field_service
from desktop.services.field_service import CheckinPlan, ConflictsError, RowConflict
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.field_common import (
    FieldWizard,
    JobPage,
    Progress,
    ReadPackagePage,
    intro_label,
)
from desktop.ui.dialogs.field_open_wizard import PackagePage
from desktop.ui.workers import WorkerSignals

_KEY = Qt.ItemDataRole.UserRole
#: A field that differs: the warning note's tint, under the look's text (theme.surface).
_DIFFERS = "warn"
_MUTED = "muted"

MERGE, DISCARD, OFFICE, LAPTOP = "merge", "discard", "office", "laptop"


def field_label(name: str) -> str:
    text = name.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):  # a shared key: [template, version, item code]
        return " · ".join(shown(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def differing_fields(conflict: RowConflict) -> list[str]:
    office, laptop = conflict.office or {}, conflict.laptop or {}
    keys = [k for k in dict.fromkeys([*office, *laptop]) if k != "uuid"]
    if conflict.office is None or conflict.laptop is None:
        return keys
    return [k for k in keys if office.get(k) != laptop.get(k)]


class PreviewPage(ReadPackagePage):
    """The passphrase, then a dry run of the check-in on the reader thread."""

    def __init__(self, wizard: CheckinWizard) -> None:
        self._wizard = wizard
        super().__init__(
            wizard,
            "preview",
            subtitle=self.tr(
                "First, the package is compared with this database. Nothing is written yet."
            ),
        )

    def read(self, path: Path, passphrase: str) -> WorkerSignals | None:
        def work(db: sqlite_utils.Database, progress: Progress) -> Any:
            return field_service.preview_checkin(db, path, passphrase, progress=progress)

        return self.run(work, self.tr("Comparing the package with this database…"), reader=True)

    def job_succeeded(self, result: Any) -> bool:
        self.progress.finish(self.tr("Compared."))
        self._wizard.set_plan(result)
        return True

    def nextId(self) -> int:
        plan = self._wizard.plan
        if plan is not None and plan.already_applied is not None:
            return CheckinWizard.SUMMARY
        if plan is not None and plan.conflicts:
            return CheckinWizard.CONFLICTS
        return CheckinWizard.APPLY


class ConflictsPage(QWizardPage):
    """Each conflict side by side, and a decision for each: nothing goes on until all are
    decided."""

    def __init__(self, wizard: CheckinWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.plan: CheckinPlan | None = None
        self.decisions: dict[str, str] = {}
        self.setTitle(self.tr("Conflicts to decide"))
        self.setSubTitle(
            self.tr(
                "These were changed at the office and on the laptop. Nothing is overwritten "
                "until you decide each one."
            )
        )
        # Cases that were not simply waiting for this package.
        self.case_box = QGroupBox(self.tr("Cases"), self)
        self.case_tree = QTreeWidget(self.case_box)
        self.case_tree.setObjectName("caseConflicts")
        self.case_tree.setAccessibleName(self.tr("Case conflicts"))
        self.case_tree.setRootIsDecorated(False)
        self.case_tree.setHeaderLabels([self.tr("Case"), self.tr("Why"), self.tr("Decision")])
        self.case_reason = QLabel(self.case_box)
        self.case_reason.setObjectName("caseConflictReason")
        self.case_reason.setWordWrap(True)
        self.case_reason.setTextFormat(Qt.TextFormat.PlainText)
        ch = self.case_tree.header()
        ch.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ch.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ch.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ch.setStretchLastSection(False)
        self.merge_radio = QRadioButton(self.tr("&Merge the laptop's changes"), self.case_box)
        self.merge_radio.setObjectName("caseMerge")
        self.discard_radio = QRadioButton(
            self.tr("&Discard the laptop's changes to this case"), self.case_box
        )
        self.discard_radio.setObjectName("caseDiscard")
        self.case_group = QButtonGroup(self)
        self.case_group.addButton(self.merge_radio)
        self.case_group.addButton(self.discard_radio)
        self.merge_radio.clicked.connect(lambda: self._decide_case(MERGE))
        self.discard_radio.clicked.connect(lambda: self._decide_case(DISCARD))
        case_choice = QHBoxLayout()
        case_choice.addWidget(self.merge_radio)
        case_choice.addWidget(self.discard_radio)
        case_choice.addStretch(1)
        case_layout = QVBoxLayout(self.case_box)
        case_layout.addWidget(self.case_tree)
        case_layout.addWidget(self.case_reason)
        case_layout.addLayout(case_choice)

        # Rows changed on both sides.
        self.row_box = QGroupBox(self.tr("Changed on both sides"), self)
        self.row_tree = QTreeWidget(self.row_box)
        self.row_tree.setObjectName("rowConflicts")
        self.row_tree.setAccessibleName(self.tr("Row conflicts"))
        self.row_tree.setRootIsDecorated(False)
        self.row_tree.setAlternatingRowColors(True)
        # Why each row is in conflict is said above its fields (and in the tooltip).
        self.row_tree.setHeaderLabels([self.tr("Case"), self.tr("What"), self.tr("Decision")])
        rh = self.row_tree.header()
        rh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rh.setStretchLastSection(False)
        self.row_title = QLabel(self.row_box)
        self.row_title.setObjectName("rowConflictTitle")
        self.row_title.setWordWrap(True)
        self.row_title.setTextFormat(Qt.TextFormat.PlainText)
        self.field_table = QTableWidget(0, 3, self.row_box)
        self.field_table.setObjectName("conflictFields")
        self.field_table.setAccessibleName(self.tr("Fields, office and laptop side by side"))
        self.field_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Office"), self.tr("Laptop")]
        )
        self.field_table.verticalHeader().setVisible(False)
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.field_table.setWordWrap(True)
        fh = self.field_table.horizontalHeader()
        fh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        fh.sectionResized.connect(self._on_field_header_section_resized)
        self.office_radio = QRadioButton(self.tr("Keep the &office's version"), self.row_box)
        self.office_radio.setObjectName("keepOffice")
        self.laptop_radio = QRadioButton(self.tr("Take the &laptop's version"), self.row_box)
        self.laptop_radio.setObjectName("takeLaptop")
        self.row_group = QButtonGroup(self)
        self.row_group.addButton(self.office_radio)
        self.row_group.addButton(self.laptop_radio)
        self.office_radio.clicked.connect(lambda: self._decide_row(OFFICE))
        self.laptop_radio.clicked.connect(lambda: self._decide_row(LAPTOP))
        self.all_office = QPushButton(self.tr("Keep office for &all"), self.row_box)
        self.all_office.setObjectName("allOffice")
        self.all_office.clicked.connect(lambda: self.decide_all(OFFICE))
        self.all_laptop = QPushButton(self.tr("&Take laptop for all"), self.row_box)
        self.all_laptop.setObjectName("allLaptop")
        self.all_laptop.clicked.connect(lambda: self.decide_all(LAPTOP))

        detail = QWidget(self.row_box)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.row_title)
        detail_layout.addWidget(self.field_table, 1)
        row_choice = QHBoxLayout()
        row_choice.addWidget(self.office_radio)
        row_choice.addWidget(self.laptop_radio)
        row_choice.addStretch(1)
        detail_layout.addLayout(row_choice)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.row_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.row_tree)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        all_row = QHBoxLayout()
        all_row.addStretch(1)
        all_row.addWidget(self.all_office)
        all_row.addWidget(self.all_laptop)
        row_layout = QVBoxLayout(self.row_box)
        row_layout.addWidget(self.splitter, 1)
        row_layout.addLayout(all_row)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("conflictCount")
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_box)
        layout.addWidget(self.row_box, 1)
        layout.addWidget(self.count_label)

        self.case_tree.currentItemChanged.connect(self._on_case_tree_current_item_changed)
        self.row_tree.currentItemChanged.connect(self._on_row_tree_current_item_changed)

    # --- filling ----------------------------------------------------------------------------

    def set_plan(self, plan: CheckinPlan) -> None:
        """Show ``plan``'s conflicts; decisions already made for the same keys are kept."""
        self.plan = plan
        keys = plan.conflict_keys()
        self.decisions = {k: v for k, v in self.decisions.items() if k in keys}
        self.case_tree.clear()
        for c in plan.case_conflicts:
            item = QTreeWidgetItem([c.reference, c.reason, ""])
            item.setData(0, _KEY, c.key)
            item.setToolTip(1, c.reason)
            self.case_tree.addTopLevelItem(item)
        self.row_tree.clear()
        for r in plan.row_conflicts:
            item = QTreeWidgetItem([r.reference or "—", field_service.table_label(r.table), ""])
            item.setData(0, _KEY, r.key)
            for col in range(3):
                item.setToolTip(col, r.reason)
            self.row_tree.addTopLevelItem(item)
        if plan.case_conflicts:  # as tall as its rows, up to four
            shown_rows = min(len(plan.case_conflicts), 4)
            height = self.case_tree.header().sizeHint().height()
            height += shown_rows * max(self.case_tree.sizeHintForRow(0), 18)
            self.case_tree.setFixedHeight(height + 2 * self.case_tree.frameWidth() + 4)
        self.case_box.setVisible(bool(plan.case_conflicts))
        self.row_box.setVisible(bool(plan.row_conflicts))
        self.case_box.setTitle(self.tr("Cases (%1)").replace("%1", str(len(plan.case_conflicts))))
        self.row_box.setTitle(
            self.tr("Changed on both sides (%1)").replace("%1", str(len(plan.row_conflicts)))
        )
        self._refresh_decisions()
        if self.case_tree.topLevelItemCount():
            self.case_tree.setCurrentItem(self.case_tree.topLevelItem(0))
        if self.row_tree.topLevelItemCount():
            self.row_tree.setCurrentItem(self.row_tree.topLevelItem(0))
        self._on_row_tree_current_item_changed()
        self._on_case_tree_current_item_changed()

    def initializePage(self) -> None:
        plan = self._wizard.plan
        if plan is not None and plan is not self.plan:
            self.set_plan(plan)
        first = self.case_tree if self.case_box.isVisible() else self.row_tree
        first.setFocus()

    # --- looking up -------------------------------------------------------------------------

    def _case_conflict(self, key: str | None) -> Any:
        if self.plan is None:
            return None
        return next((c for c in self.plan.case_conflicts if c.key == key), None)

    def _row_conflict(self, key: str | None) -> RowConflict | None:
        if self.plan is None:
            return None
        return next((r for r in self.plan.row_conflicts if r.key == key), None)

    def _row_case_discarded(self, row: RowConflict) -> bool:
        """A row of a case whose laptop changes are discarded needs no decision."""
        if self.plan is None:
            return False
        for c in self.plan.case_conflicts:
            if c.reference == row.reference and self.decisions.get(c.key) == DISCARD:
                return True
        return False

    def undecided(self) -> int:
        if self.plan is None:
            return 0
        n = sum(1 for c in self.plan.case_conflicts if c.key not in self.decisions)
        n += sum(
            1
            for r in self.plan.row_conflicts
            if r.key not in self.decisions and not self._row_case_discarded(r)
        )
        return n

    def isComplete(self) -> bool:
        return self.plan is not None and self.undecided() == 0

    # --- deciding ---------------------------------------------------------------------------

    def decide(self, key: str, choice: str) -> None:
        self.decisions[key] = choice
        self._refresh_decisions()

    def decide_all(self, choice: str) -> None:
        """Every row one way; cases not decided yet are merged where they can be (the service's
        ``resolve_all`` does the same)."""
        if self.plan is None:
            return
        for c in self.plan.case_conflicts:
            self.decisions.setdefault(c.key, MERGE if c.can_merge else DISCARD)
        for r in self.plan.row_conflicts:
            if not self._row_case_discarded(r):
                self.decisions[r.key] = choice
        self._refresh_decisions()

    def _decide_case(self, choice: str) -> None:
        item = self.case_tree.currentItem()
        if item is not None:
            self.decide(str(item.data(0, _KEY)), choice)

    def _decide_row(self, choice: str) -> None:
        item = self.row_tree.currentItem()
        if item is not None:
            self.decide(str(item.data(0, _KEY)), choice)

    def _refresh_decisions(self) -> None:
        labels = {
            MERGE: self.tr("Merge"),
            DISCARD: self.tr("Discard"),
            OFFICE: self.tr("Keep office"),
            LAPTOP: self.tr("Take laptop"),
        }
        bold = QFont(self.font())
        bold.setBold(True)
        for i in range(self.case_tree.topLevelItemCount()):
            item = self.case_tree.topLevelItem(i)
            choice = self.decisions.get(str(item.data(0, _KEY)))
            item.setText(2, labels.get(choice or "", self.tr("To decide")))
            item.setFont(2, QFont(self.font()) if choice else bold)
        for i in range(self.row_tree.topLevelItemCount()):
            item = self.row_tree.topLevelItem(i)
            row = self._row_conflict(str(item.data(0, _KEY)))
            choice = self.decisions.get(str(item.data(0, _KEY)))
            if row is not None and self._row_case_discarded(row):
                item.setText(2, self.tr("(case discarded)"))
                item.setForeground(2, QBrush(QColor(theme.colour(_MUTED))))
                item.setFont(2, QFont(self.font()))
            else:
                item.setText(2, labels.get(choice or "", self.tr("To decide")))
                item.setForeground(2, QBrush())
                item.setFont(2, QFont(self.font()) if choice else bold)
        self._sync_radios()
        n = self.undecided()
        total = 0 if self.plan is None else self.plan.conflicts
        self.count_label.setText(
            self.tr("All %1 conflict(s) decided.").replace("%1", str(total))
            if n == 0
            else self.tr("%1 of %2 conflict(s) still to decide.")
            .replace("%1", str(n))
            .replace("%2", str(total))
        )
        self.completeChanged.emit()

    def _sync_radios(self) -> None:
        case = self._case_conflict(
            self.case_tree.currentItem().data(0, _KEY) if self.case_tree.currentItem() else None
        )
        _set_pair(
            self.case_group,
            self.merge_radio,
            self.discard_radio,
            None if case is None else self.decisions.get(case.key),
            MERGE,
            DISCARD,
            enabled=case is not None,
        )
        self.merge_radio.setEnabled(case is not None and case.can_merge)
        self.case_reason.setText("" if case is None else f"{case.reference}: {case.reason}")
        self.merge_radio.setToolTip(
            ""
            if case is None or case.can_merge
            else self.tr("Not possible: the case is out on another laptop now.")
        )
        row = self._row_conflict(
            self.row_tree.currentItem().data(0, _KEY) if self.row_tree.currentItem() else None
        )
        discarded = row is not None and self._row_case_discarded(row)
        _set_pair(
            self.row_group,
            self.office_radio,
            self.laptop_radio,
            None if row is None else self.decisions.get(row.key),
            OFFICE,
            LAPTOP,
            enabled=row is not None and not discarded,
        )

    # --- showing one conflict ---------------------------------------------------------------

    @Slot()
    def _on_field_header_section_resized(self, *_args: Any) -> None:
        self.field_table.resizeRowsToContents()  # long notes wrap to the new width

    @Slot()
    def _on_case_tree_current_item_changed(self, *_args: Any) -> None:
        self._sync_radios()

    @Slot()
    def _on_row_tree_current_item_changed(self, *_args: Any) -> None:
        item = self.row_tree.currentItem()
        row = self._row_conflict(item.data(0, _KEY) if item else None)
        self.field_table.setRowCount(0)
        if row is None:
            self.row_title.setText("")
            self._sync_radios()
            return
        differ = differing_fields(row)
        what = field_service.table_label(row.table)
        title = (
            self.tr("%1 of case %2: %3")
            .replace("%1", what[:1].upper() + what[1:])
            .replace("%2", row.reference or "—")
            .replace("%3", row.reason)
        )
        if differ:
            title += "\n" + self.tr("Differs in: %1").replace(
                "%1", ", ".join(field_label(k) for k in differ)
            )
        self.row_title.setText(title)
        office, laptop = row.office or {}, row.laptop or {}
        keys = [k for k in dict.fromkeys([*office, *laptop]) if k != "uuid"]
        self.field_table.setRowCount(len(keys))
        bold = QFont(self.font())
        bold.setBold(True)
        gone_office = self.tr("(deleted at the office)")
        gone_laptop = self.tr("(deleted on the laptop)")
        for n, key in enumerate(keys):
            values = [
                field_label(key),
                gone_office if row.office is None else shown(office.get(key)),
                gone_laptop if row.laptop is None else shown(laptop.get(key)),
            ]
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if key in differ:
                    cell.setBackground(QBrush(QColor(theme.surface(_DIFFERS)[0])))
                    cell.setFont(bold)
                    if col == 0:
                        cell.setToolTip(self.tr("%1: differs").replace("%1", field_label(key)))
                self.field_table.setItem(n, col, cell)
        self.field_table.resizeRowsToContents()
        self._sync_radios()


def _set_pair(
    group: QButtonGroup,
    first: QRadioButton,
    second: QRadioButton,
    choice: str | None,
    first_value: str,
    second_value: str,
    *,
    enabled: bool,
) -> None:
    """Show ``choice`` on a pair of radio buttons; neither is checked while undecided."""
    group.setExclusive(False)
    first.setChecked(choice == first_value)
    second.setChecked(choice == second_value)
    group.setExclusive(True)
    first.setEnabled(enabled)
    second.setEnabled(enabled)


class ApplyPage(JobPage):
    """What will happen, then the check-in itself (one transaction)."""

    def __init__(self, wizard: CheckinWizard) -> None:
        super().__init__(wizard, "checkin")
        self._wizard = wizard
        self.setTitle(self.tr("Check in"))
        self.setSubTitle(self.tr("The package goes in whole, in one step, or not at all."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Check in"))
        self.summary = intro_label(self, "")
        self.summary.setObjectName("checkinPreview")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.progress)

    def initializePage(self) -> None:
        self.progress.clear()
        self._done = False
        plan = self._wizard.plan
        if plan is None:
            return
        lines = [
            self.tr("Return package #%1 from %2, written on %3.")
            .replace("%1", str(plan.seq))
            .replace("%2", plan.written_by)
            .replace("%3", plan.written_at[:10]),
            self.tr("Cases: %1").replace("%1", ", ".join(plan.references) or "—"),
        ]
        decisions = self._wizard.conflicts.decisions if plan.conflicts else {}
        if plan.case_conflicts:
            merged = sum(1 for c in plan.case_conflicts if decisions.get(c.key) == MERGE)
            lines.append(
                self.tr("Cases in conflict: %1 merged, %2 discarded.")
                .replace("%1", str(merged))
                .replace("%2", str(len(plan.case_conflicts) - merged))
            )
        if plan.row_conflicts:
            taken = sum(1 for r in plan.row_conflicts if decisions.get(r.key) == LAPTOP)
            kept = sum(1 for r in plan.row_conflicts if decisions.get(r.key) == OFFICE)
            lines.append(
                self.tr("Changed on both sides: %1 from the laptop, %2 kept as at the office.")
                .replace("%1", str(taken))
                .replace("%2", str(kept))
            )
        changes = field_service.describe_counts(plan.counts)
        if changes:
            lines.append("")
            lines.append(self.tr("The laptop's other changes:"))
            lines += [f"  • {line}" for line in changes]
        elif not plan.conflicts:
            lines.append(self.tr("The package brings no changes; the cases are released."))
        self.summary.setText("\n".join(lines))

    def start_job(self) -> WorkerSignals | None:
        path = self._wizard.package.path()
        assert path is not None
        passphrase = self._wizard.preview.passphrase.value()
        actor = self._wizard.ctx.actor
        decisions = dict(self._wizard.conflicts.decisions)

        def work(db: sqlite_utils.Database, progress: Progress) -> Any:
            return field_service.check_in(
                db, path, passphrase, actor, decisions=decisions, progress=progress
            )

        return self.run(work, self.tr("Checking the package in…"))

    def job_succeeded(self, result: Any) -> bool:
        self.progress.finish(self.tr("Done."))
        self._wizard.applied = result
        self._wizard.changed.emit()
        return True

    def job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictsError):
            # The office database changed since the preview: decide again, nothing changed.
            self._wizard.set_plan(exc.plan)
            self.progress.fail(str(exc))
            self._wizard.back()
            if self._wizard.currentId() != CheckinWizard.CONFLICTS:
                self._wizard.next()
            return
        super().job_failed(exc)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: CheckinWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Checked in"))
        self.summary = intro_label(self, "")
        self.summary.setObjectName("checkinSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self._wizard.applied or self._wizard.plan
        if plan is None:
            return
        if plan.already_applied is not None:
            done = plan.already_applied
            self.setTitle(self.tr("Already checked in"))
            self.setSubTitle(self.tr("Nothing changed."))
            self.summary.setText(
                self.tr(
                    "This package was checked in on %1 by %2; checking it in again changes nothing."
                )
                .replace("%1", str(done.get("applied_at", ""))[:10])
                .replace("%2", str(done.get("applied_by", "")))
            )
            return
        self.setTitle(self.tr("Checked in"))
        self.setSubTitle(
            self.tr("The cases can be changed at the office again, unless a conflict kept one out.")
        )
        lines = [self.tr("Cases: %1").replace("%1", ", ".join(plan.references) or "—"), ""]
        changes = field_service.describe_counts(plan.counts)
        if changes:
            lines.append(self.tr("Written to this database:"))
            lines += [f"  • {line}" for line in changes]
        else:
            lines.append(self.tr("No changes: the office had everything already."))
        if plan.conflicts:
            lines.append(self.tr("%n conflict(s) decided.", "", plan.conflicts))
        self.summary.setText("\n".join(lines))


class CheckinWizard(FieldWizard):
    """``changed`` is emitted once the package is checked in."""

    PACKAGE, PREVIEW, CONFLICTS, APPLY, SUMMARY = range(5)

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent, ctx, "checkinWizard", self.tr("Check in a return package"))
        self.plan: CheckinPlan | None = None
        self.applied: CheckinPlan | None = None
        self.package = PackagePage(
            self,
            "return",
            self.tr("Which package"),
            self.tr("The return package a validator brought back from the field."),
        )
        self.preview = PreviewPage(self)
        self.conflicts = ConflictsPage(self)
        self.apply = ApplyPage(self)
        self.summary = SummaryPage(self)
        self.setPage(self.PACKAGE, self.package)
        self.setPage(self.PREVIEW, self.preview)
        self.setPage(self.CONFLICTS, self.conflicts)
        self.setPage(self.APPLY, self.apply)
        self.setPage(self.SUMMARY, self.summary)
        self.resize(1000, 660)

    def set_plan(self, plan: CheckinPlan) -> None:
        self.plan = plan
        if plan.conflicts:
            self.conflicts.set_plan(plan)
