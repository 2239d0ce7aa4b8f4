"""Create or edit an operator: identity, size figures (the size class follows), activity."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.operators import (
    SECTORS,
    SUPPLY_CHAIN_ROLES,
    IdScheme,
    OperatorInput,
    size_class,
    supply_chain_role_label,
)
from desktop.domain.parsing import parse_amount, parse_count
from desktop.services import operator_service
from desktop.ui.dialogs.form_dialog import FormDialog


class OperatorDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        operator_id: int | None = None,
        regions: list[str] | None = None,
    ) -> None:
        title = self.tr("New operator") if operator_id is None else self.tr("Edit operator")
        super().__init__(parent, title)
        self.setObjectName("operatorDialog")
        self._db = db
        self._operator_id = operator_id

        form = QFormLayout()
        self.body.addLayout(form)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("operatorName")
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.bind_field("Name", self.name_edit)

        figures = QHBoxLayout()
        self.headcount_edit = self._number("headcount", self.tr("e.g. 35"))
        self.turnover_edit = self._number("turnover", self.tr("EUR, e.g. 4.2M"))
        self.balance_edit = self._number("balanceSheet", self.tr("EUR, optional"))
        figures.addWidget(self.headcount_edit)
        turnover_label = QLabel(self.tr("&Turnover:"), self)
        turnover_label.setBuddy(self.turnover_edit)
        figures.addWidget(turnover_label)
        figures.addWidget(self.turnover_edit)
        balance_label = QLabel(self.tr("&Balance sheet:"), self)
        balance_label.setBuddy(self.balance_edit)
        figures.addWidget(balance_label)
        figures.addWidget(self.balance_edit)
        headcount_label = QLabel(self.tr("&Headcount:"), self)
        headcount_label.setBuddy(self.headcount_edit)
        form.addRow(headcount_label, figures)
        self.bind_field("Headcount", self.headcount_edit)
        self.bind_field("Turnover", self.turnover_edit)
        self.bind_field("Balance sheet", self.balance_edit)
        self.size_label = QLabel(self)
        self.size_label.setObjectName("sizeClass")
        form.addRow(self.tr("Size class:"), self.size_label)

        self.sector_combo = QComboBox(self)
        self.sector_combo.setObjectName("sector")
        self.sector_combo.setEditable(True)
        self.sector_combo.addItems(["", *SECTORS])
        form.addRow(self.tr("&Sector:"), self.sector_combo)
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("region")
        self.region_combo.setEditable(True)
        self.region_combo.addItems(["", *(regions or [])])
        form.addRow(self.tr("&Region:"), self.region_combo)
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(54)
        form.addRow(self.tr("&Address:"), self.address_edit)

        roles_box = QGroupBox(self.tr("Supply-chain r&oles"), self)  # Alt+O: the first role
        grid = QGridLayout(roles_box)
        self.role_checks: dict[str, QCheckBox] = {}
        for i, role in enumerate(SUPPLY_CHAIN_ROLES):
            check = QCheckBox(supply_chain_role_label(role).capitalize(), roles_box)
            check.setObjectName(f"role_{role.replace(' ', '_')}")
            self.role_checks[role] = check
            grid.addWidget(check, i // 4, i % 4)
        self.body.addWidget(roles_box)

        ids_box = QGroupBox(self.tr("&Identifiers"), self)  # Alt+I: the table
        ids_layout = QVBoxLayout(ids_box)
        self.ids_table = QTableWidget(0, 3, ids_box)
        self.ids_table.setObjectName("identifiers")
        self.ids_table.setAccessibleName(self.tr("Identifiers"))
        # Arrows move between cells (F2 or typing edits one); Tab goes on to the buttons.
        self.ids_table.setTabKeyNavigation(False)
        self.ids_table.setHorizontalHeaderLabels(
            [self.tr("Scheme"), self.tr("Country"), self.tr("Value")]
        )
        self.ids_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ids_table.verticalHeader().setVisible(False)
        self.ids_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ids_table.setFixedHeight(120)
        ids_layout.addWidget(self.ids_table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("A&dd identifier"), ids_box)
        add.setObjectName("addIdentifier")
        add.clicked.connect(lambda: self.add_identifier_row())
        remove = QPushButton(self.tr("Re&move selected"), ids_box)
        remove.setObjectName("removeIdentifier")
        remove.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        ids_layout.addLayout(buttons)
        self.body.addWidget(ids_box)
        self.bind_field("Identifier", self.ids_table)

        for edit in (self.headcount_edit, self.turnover_edit, self.balance_edit):
            edit.textChanged.connect(self._on_figures_changed)
        if operator_id is not None:
            self._load(operator_service.get_operator(db, operator_id))
        else:
            self.add_identifier_row("EORI", "", "")
        self._on_figures_changed()
        self.resize(620, self.sizeHint().height())

    def _number(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def add_identifier_row(self, scheme: str = "EORI", country: str = "", value: str = "") -> None:
        row = self.ids_table.rowCount()
        self.ids_table.insertRow(row)
        combo = QComboBox(self.ids_table)
        combo.setAccessibleName(self.tr("Identifier scheme, row %1").replace("%1", str(row + 1)))
        combo.addItems([s.value for s in IdScheme])
        combo.setCurrentText(scheme)
        self.ids_table.setCellWidget(row, 0, combo)
        self.ids_table.setItem(row, 1, QTableWidgetItem(country))
        self.ids_table.setItem(row, 2, QTableWidgetItem(value))

    @Slot()
    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.ids_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.ids_table.removeRow(row)

    def _load(self, op: dict[str, Any]) -> None:
        self.name_edit.setText(op["name"])
        self.headcount_edit.setText(str(op["headcount"]))
        self.turnover_edit.setText(_fmt(op["turnover_eur"]))
        self.balance_edit.setText(_fmt(op["balance_sheet_eur"]))
        self.sector_combo.setCurrentText(op["sector"])
        self.region_combo.setCurrentText(op["region"])
        self.address_edit.setPlainText(op["address"])
        for role in op["roles"]:
            if role in self.role_checks:
                self.role_checks[role].setChecked(True)
        for ident in op["identifiers"]:
            self.add_identifier_row(ident["scheme"], ident["country"], ident["value"])

    @Slot()
    def _on_figures_changed(self) -> None:
        try:
            headcount = parse_count(self.headcount_edit.text(), "Headcount")
            turnover = parse_amount(self.turnover_edit.text(), "Turnover")
            balance = parse_amount(self.balance_edit.text(), "Balance sheet")
        except ValidationError:
            self.size_label.setText(self.tr("—"))
            return
        assert headcount is not None
        cls = size_class(headcount, turnover, balance)
        msme = self.tr("MSME")
        text = cls.label + (f" ({msme})" if cls.is_msme else "")
        self.size_label.setText(text)

    def collect(self) -> OperatorInput:
        p = Problems()
        values: dict[str, Any] = {}
        for key, field, fn, edit in (
            ("headcount", "Headcount", parse_count, self.headcount_edit),
            ("turnover", "Turnover", parse_amount, self.turnover_edit),
            ("balance", "Balance sheet", parse_amount, self.balance_edit),
        ):
            try:
                values[key] = fn(edit.text(), field)
            except ValidationError as exc:
                for f, m in exc.problems.items():
                    p.add(f, m)
        if not self.name_edit.text().strip():
            p.add("Name", self.tr("is required."))  # the field stays English: the key
        p.raise_if_any()
        idents = []
        for row in range(self.ids_table.rowCount()):
            combo = self.ids_table.cellWidget(row, 0)
            scheme = combo.currentText() if isinstance(combo, QComboBox) else "EORI"
            country = self.ids_table.item(row, 1)
            value = self.ids_table.item(row, 2)
            idents.append(
                (scheme, country.text() if country else "", value.text() if value else "")
            )
        return OperatorInput(
            name=self.name_edit.text(),
            headcount=values["headcount"],
            turnover_eur=values["turnover"],
            balance_sheet_eur=values["balance"],
            sector=self.sector_combo.currentText(),
            roles=tuple(r for r, c in self.role_checks.items() if c.isChecked()),
            region=self.region_combo.currentText(),
            address=self.address_edit.toPlainText(),
            identifiers=tuple(idents),
        )

    def submit(self) -> int:
        data = self.collect()
        if self._operator_id is None:
            return operator_service.create_operator(self._db, data)
        operator_service.update_operator(self._db, self._operator_id, data)
        return self._operator_id


def _fmt(amount: float | None) -> str:
    return "" if amount is None else f"{amount:,.0f}".replace(",", " ")
