"""The caseload table: every matching id in memory, rows loaded in blocks on demand.

Holds only ids (Anki's browser model); rows come from SQL a block of 100 at a time and live
in a small LRU cache, so the model stays fast and flat in memory at 100,000 cases.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.cases import CaseKind, CaseState, Priority
from desktop.services import caseload_service, clock
from desktop.services.caseload_service import CaseQuery

BLOCK = 100
MAX_BLOCKS = 40

Index = QModelIndex | QPersistentModelIndex


class CaseColumn(IntEnum):
    REFERENCE = 0
    OPERATOR = 1
    SIZE = 2
    KIND = 3
    PROGRAMME = 4
    STATE = 5
    VALIDATOR = 6
    PRIORITY = 7
    RECEIVED = 8
    DEADLINE = 9
    DAYS_LEFT = 10
    REGION = 11


SORT_KEY = {
    CaseColumn.REFERENCE: "reference",
    CaseColumn.OPERATOR: "operator",
    CaseColumn.SIZE: "size_class",
    CaseColumn.KIND: "kind",
    CaseColumn.PROGRAMME: "programme",
    CaseColumn.STATE: "state",
    CaseColumn.VALIDATOR: "validator",
    CaseColumn.PRIORITY: "priority",
    CaseColumn.RECEIVED: "received_on",
    CaseColumn.DEADLINE: "next_deadline",
    CaseColumn.DAYS_LEFT: "next_deadline",
    CaseColumn.REGION: "region",
}

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ID_ROLE = int(CASE_ID_ROLE)
_HANDLED_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
    )
)
_COLUMNS = tuple(CaseColumn)

_OVERDUE = QColor("#b3261e")
_SOON = QColor("#8a5300")


class CaseTableModel(QAbstractTableModel):
    def __init__(self, db: sqlite_utils.Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = CaseQuery()
        self._ids: list[int] = []
        self._loaded = False
        self._blocks: OrderedDict[int, dict[int, dict[str, Any]]] = OrderedDict()
        self._today = clock.today()
        self._headers = {
            CaseColumn.REFERENCE: self.tr("Reference"),
            CaseColumn.OPERATOR: self.tr("Operator"),
            CaseColumn.SIZE: self.tr("Size"),
            CaseColumn.KIND: self.tr("Kind"),
            CaseColumn.PROGRAMME: self.tr("Programme"),
            CaseColumn.STATE: self.tr("State"),
            CaseColumn.VALIDATOR: self.tr("Validator"),
            CaseColumn.PRIORITY: self.tr("Priority"),
            CaseColumn.RECEIVED: self.tr("Received"),
            CaseColumn.DEADLINE: self.tr("Next deadline"),
            CaseColumn.DAYS_LEFT: self.tr("Days left"),
            CaseColumn.REGION: self.tr("Region"),
        }
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading ----------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        """Run the query here, on this thread (see CaseloadPage for the off-thread path)."""
        self.set_ids(query, caseload_service.search_ids(self._db, query))

    def set_ids(self, query: CaseQuery, ids: list[int]) -> None:
        """Show ``ids``, the result of ``query`` worked out elsewhere. The search runs
        before the reset, so a failing search leaves the model as it was."""
        self.beginResetModel()
        self._query = query
        self._loaded = True
        self._ids = ids
        self._blocks.clear()
        self._today = clock.today()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def invalidate(self, case_ids: set[int] | None = None) -> None:
        """Drop cached rows (all, or the blocks holding ``case_ids``) and repaint them."""
        self._blocks.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(CaseColumn) - 1)
            )

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        return list(self._ids)

    def _row(self, row: int) -> dict[str, Any] | None:
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            ids = self._ids[block_no * BLOCK : (block_no + 1) * BLOCK]
            block = caseload_service.rows_for(self._db, ids)
            self._blocks[block_no] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(self._ids[row])

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CaseColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(CaseColumn)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self._headers[CaseColumn(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role: plain ints and tuples, no Enum calls.
        r = index.row()
        if not 0 <= r < len(self._ids) or not index.isValid():
            return None
        if role == _ID_ROLE:
            return self._ids[r]
        if role not in _HANDLED_ROLES:
            return None
        row = self._row(r)
        col = _COLUMNS[index.column()]
        if row is None:  # deleted since the ids were read
            return self.tr("(gone)") if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (CaseColumn.DAYS_LEFT,):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        days = self._days_left(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (CaseColumn.DEADLINE, CaseColumn.DAYS_LEFT) and days is not None:
                if days < 0:
                    return QBrush(_OVERDUE)
                if days <= 7:
                    return QBrush(_SOON)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if col is CaseColumn.DAYS_LEFT and days is not None and days < 0:
                return self._bold
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (CaseColumn.DEADLINE, CaseColumn.DAYS_LEFT) and days is not None:
                if days < 0:
                    return self.tr("Overdue by %n day(s)", "", -days)
                return self.tr("%n day(s) left", "", days)
            if col is CaseColumn.OPERATOR:
                return row["operator_name"]
            return None
        return None

    def _days_left(self, row: dict[str, Any]) -> int | None:
        if not row["is_open"] or not row["next_deadline"]:
            return None
        return (date.fromisoformat(row["next_deadline"]) - self._today).days

    def _display(self, row: dict[str, Any], col: CaseColumn) -> str:
        if col is CaseColumn.REFERENCE:
            return str(row["reference"])
        if col is CaseColumn.OPERATOR:
            return str(row["operator_name"])
        if col is CaseColumn.SIZE:
            return str(row["size_class"]).capitalize()
        if col is CaseColumn.KIND:
            return CaseKind(row["kind"]).label
        if col is CaseColumn.PROGRAMME:
            return str(row["programme_code"])
        if col is CaseColumn.STATE:
            return CaseState(row["state"]).label
        if col is CaseColumn.VALIDATOR:
            return str(row["validator_name"] or "—")
        if col is CaseColumn.PRIORITY:
            return Priority(row["priority"]).label
        if col is CaseColumn.RECEIVED:
            return str(row["received_on"])
        if col is CaseColumn.DEADLINE:
            return str(row["next_deadline"] or "") if row["is_open"] else ""
        if col is CaseColumn.DAYS_LEFT:
            days = self._days_left(row)
            return "" if days is None else str(days)
        if col is CaseColumn.REGION:
            return str(row["region"])
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEY.get(CaseColumn(column)) if 0 <= column < len(CaseColumn) else None
        if key is None:
            return
        query = replace(self._query, sort_key=key, descending=order == Qt.SortOrder.DescendingOrder)
        if not self._loaded:  # the view sorts while it is being set up: no query yet
            self._query = query
            return
        if query != self._query:
            self.set_query(query)
