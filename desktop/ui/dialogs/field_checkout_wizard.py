"""Check cases out to a validator's laptop (office): choose the cases and the validator, give
the unit passphrase twice and the file, then the package is written on the worker and the cases
become read-only here until they come back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.domain.errors import DomainError
from desktop.services import caseload_service, clock, field_locks, field_service, reference_data
from desktop.ui.context import AppContext
from desktop.ui.dialogs.field_common import (
    FieldWizard,
    Progress,
    WritePackagePage,
    human_size,
    intro_label,
    say,
)
from desktop.ui.workers import WorkerSignals

#: "Cases with audits in the next N days".
AUDIT_WINDOW_DAYS = 7

CASELOAD, AUDITS, SELECTED = "caseload", "audits", "selected"


class CasesPage(QWizardPage):
    """Which cases, and who takes them."""

    def __init__(self, wizard: CheckoutWizard, selected: Sequence[int]) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._selected = list(selected)
        self._ids: list[int] = []
        self._busy: list[str] = []
        self.setTitle(self.tr("Which cases go to the laptop"))
        self.setSubTitle(
            self.tr(
                "The cases are copied into an encrypted package file. Until they come back, "
                "they are read-only in this database."
            )
        )
        db = wizard.ctx.db
        self.validator_combo = QComboBox(self)
        self.validator_combo.setObjectName("checkoutValidator")
        self.validator_combo.setAccessibleName(self.tr("Validator who takes the cases"))
        for person in reference_data.validators(db):
            self.validator_combo.addItem(person["name"], int(person["id"]))
        self.caseload_radio = QRadioButton(self.tr("The validator's open &caseload"), self)
        self.caseload_radio.setObjectName("chooseCaseload")
        self.audits_radio = QRadioButton(
            self.tr("The validator's cases with an &audit in the next %1 days").replace(
                "%1", str(AUDIT_WINDOW_DAYS)
            ),
            self,
        )
        self.audits_radio.setObjectName("chooseAudits")
        self.selected_radio = QRadioButton(
            self.tr("The %n case(s) &selected in the case list", "", len(self._selected))
            if self._selected
            else self.tr("The cases &selected in the case list (none is selected now)"),
            self,
        )
        self.selected_radio.setObjectName("chooseSelected")
        self.selected_radio.setEnabled(bool(self._selected))
        self.group = QButtonGroup(self)
        for button in (self.caseload_radio, self.audits_radio, self.selected_radio):
            self.group.addButton(button)
            button.toggled.connect(self._on_choice_toggled)

        self.laptop_edit = QLineEdit(self)
        self.laptop_edit.setObjectName("checkoutLaptop")
        self.laptop_edit.setAccessibleName(self.tr("Laptop name or asset tag"))
        self.laptop_edit.textEdited.connect(self._on_laptop_edited)
        self.laptop_edit.textChanged.connect(self.completeChanged)
        self._laptop_auto = True

        self.summary = QLabel(self)
        self.summary.setObjectName("checkoutSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.case_list = QListWidget(self)
        self.case_list.setObjectName("checkoutCases")
        self.case_list.setAccessibleName(self.tr("Cases to check out"))

        form = QFormLayout()
        validator_label = QLabel(self.tr("&Validator:"), self)
        validator_label.setBuddy(self.validator_combo)
        form.addRow(validator_label, self.validator_combo)
        laptop_label = QLabel(self.tr("&Laptop:"), self)
        laptop_label.setBuddy(self.laptop_edit)
        form.addRow(laptop_label, self.laptop_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caseload_radio)
        layout.addWidget(self.audits_radio)
        layout.addWidget(self.selected_radio)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.case_list, 1)

        if self._selected:
            self._preselect_validator(db)
            self.selected_radio.setChecked(True)
        else:
            self.caseload_radio.setChecked(True)
        self.validator_combo.currentIndexChanged.connect(self._on_validator_changed)
        self._on_validator_changed()

    def _preselect_validator(self, db: sqlite_utils.Database) -> None:
        try:
            person = field_service.validator_of(db, self._selected)
        except DomainError:
            return
        i = self.validator_combo.findData(int(person["id"]))
        if i >= 0:
            self.validator_combo.setCurrentIndex(i)

    # --- state ------------------------------------------------------------------------------

    def choice(self) -> str:
        if self.audits_radio.isChecked():
            return AUDITS
        if self.selected_radio.isChecked():
            return SELECTED
        return CASELOAD

    def validator_id(self) -> int | None:
        value = self.validator_combo.currentData()
        return int(value) if value is not None else None

    def validator_name(self) -> str:
        return self.validator_combo.currentText()

    def case_ids(self) -> list[int]:
        return list(self._ids)

    def laptop(self) -> str:
        """The laptop's label; the default one (as shown in this language) is stored in its
        one English form, so that every reader sees it in their own language."""
        text = self.laptop_edit.text().strip()
        name = self.validator_name()
        if name and text == _shown_default(name):
            return field_locks.default_laptop_label(name)
        return text

    def isComplete(self) -> bool:
        return (
            bool(self._ids) and not self._busy and bool(self.laptop()) and bool(self.validator_id())
        )

    # --- slots ------------------------------------------------------------------------------

    @Slot()
    def _on_validator_changed(self) -> None:
        if self._laptop_auto:
            name = self.validator_name()
            self.laptop_edit.setText(_shown_default(name) if name else "")
        self._reload()

    @Slot()
    def _on_choice_toggled(self) -> None:
        self._reload()

    @Slot(str)
    def _on_laptop_edited(self, _text: str) -> None:
        self._laptop_auto = False

    def _reload(self) -> None:
        db = self._wizard.ctx.db
        staff_id = self.validator_id()
        choice = self.choice()
        if choice == SELECTED:
            ids = list(self._selected)
        elif staff_id is None:
            ids = []
        elif choice == AUDITS:
            today = clock.today()
            ids = field_service.cases_with_audits(
                db, today, today + timedelta(days=AUDIT_WINDOW_DAYS), staff_id
            )
        else:
            ids = field_service.cases_of_validator(db, staff_id)
        self._ids = ids
        where = field_service.where_is(db, ids) if ids else {}
        refs = _references(db, ids)
        self._busy = [refs.get(i, str(i)) for i in ids if i in where]
        self.case_list.clear()
        for case_id in ids:
            text = refs.get(case_id, str(case_id))
            if case_id in where:
                text += "  —  " + where[case_id]
            self.case_list.addItem(text)
        if not ids:
            say(
                self.summary,
                self.tr("No case matches: choose another validator or option."),
                "red",
            )
        elif self._busy:
            say(
                self.summary,
                self.tr("%n of these cases are already out on a laptop: ", "", len(self._busy))
                + ", ".join(self._busy[:5])
                + ("…" if len(self._busy) > 5 else "")
                + ". "
                + self.tr("Check them in, or release them, first."),
                "red",
            )
        else:
            say(self.summary, self.tr("%n case(s) will be checked out:", "", len(ids)))
        self.completeChanged.emit()


def _references(db: sqlite_utils.Database, case_ids: Sequence[int]) -> dict[int, str]:
    """Reference and operator of each case, for the list (the caseload service reads them)."""
    found = caseload_service.rows_for(db, list(case_ids))
    return {cid: f"{r['reference']}  {r['operator_name']}" for cid, r in found.items()}


class WritePage(WritePackagePage):
    """The unit passphrase twice, the file, then the package is written."""

    def __init__(self, wizard: CheckoutWizard) -> None:
        self._wizard = wizard
        super().__init__(
            wizard,
            "checkout",
            subtitle=self.tr(
                "The package is encrypted with the unit passphrase. Carry the file on a USB "
                "stick; give the passphrase to the validator another way."
            ),
            commit_text=self.tr("&Check out"),
            save_title=self.tr("Save the check-out package"),
        )

    def default_name(self) -> str:
        return field_service.default_file_name("checkout", self._wizard.cases.validator_name())

    def write(self, path: Path, passphrase: str) -> WorkerSignals | None:
        cases = self._wizard.cases
        case_ids, staff_id, laptop = cases.case_ids(), cases.validator_id(), cases.laptop()
        actor = self._wizard.ctx.actor
        assert staff_id is not None

        def work(db: sqlite_utils.Database, progress: Progress) -> Any:
            return field_service.check_out(
                db,
                case_ids,
                validator_id=staff_id,
                laptop=laptop,
                out_path=path,
                passphrase=passphrase,
                actor=actor,
                progress=progress,
            )

        return self.run(work, self.tr("Writing the package…"))


class ResultPage(QWizardPage):
    def __init__(self, wizard: CheckoutWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Checked out"))
        self.summary = intro_label(self, "")
        self.summary.setObjectName("checkoutResult")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.case_list = QListWidget(self)
        self.case_list.setObjectName("checkoutResultCases")
        self.case_list.setAccessibleName(self.tr("Cases checked out"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.case_list, 1)

    def initializePage(self) -> None:
        result = self._wizard.write.result
        cases = self._wizard.cases
        self.setSubTitle(
            self.tr("The cases are read-only here until the laptop's return package is checked in.")
        )
        self.summary.setText(
            self.tr("%n case(s) checked out to %1 (%2).", "", len(result.references))
            .replace("%1", cases.validator_name())
            .replace("%2", field_locks.laptop_label(cases.laptop()))
            + "\n"
            + self.tr("Package: %1").replace("%1", str(result.path))
            + "\n"
            + self.tr("Size: %1, %2 rows, %3 attachment(s).")
            .replace("%1", human_size(result.size))
            .replace("%2", f"{result.rows:,}")
            .replace("%3", f"{result.attachments:,}")
            + "\n"
            + self.tr("On the laptop: File → Field laptop → Open package…")
        )
        self.case_list.clear()
        self.case_list.addItems(result.references)


class CheckoutWizard(FieldWizard):
    """``changed`` is emitted once the package is written and the cases are marked out."""

    CASES, WRITE, RESULT = range(3)

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, selected: Sequence[int] = ()
    ) -> None:
        super().__init__(parent, ctx, "checkoutWizard", self.tr("Check out cases to a laptop"))
        self.cases = CasesPage(self, selected)
        self.write = WritePage(self)
        self.result_page = ResultPage(self)
        self.setPage(self.CASES, self.cases)
        self.setPage(self.WRITE, self.write)
        self.setPage(self.RESULT, self.result_page)
        self.resize(720, 560)


def _shown_default(validator: str) -> str:
    """The default laptop label as the field shows it ("Le portable de Ana Silva")."""
    return field_locks.laptop_label(field_locks.default_laptop_label(validator))
