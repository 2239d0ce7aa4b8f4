"""The caseload table: every matching id in memory, rows loaded in blocks on demand.

Holds only ids (Anki's browser model); rows come from SQL a block of 100 at a time and live
in a small LRU cache, so the model stays fast and flat in memory at 100,000 cases.

Field laptops: once :meth:`CaseTableModel.set_field_info` turns it on, each block read also
asks where its cases are (``field_service.where_is``, one query for the block), for the Where
column, a lock on the reference of read-only cases, and the tooltips.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

import sqlite_utils
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desktop.domain.cases import CaseKind, CaseState, Priority
from desktop.domain.operators import SizeClass
from desktop.services import caseload_service, clock
from desktop.services.caseload_service import CaseQuery
from desktop.ui import theme

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
    #: Field laptops: where a checked-out case is (not sortable, not exported).
    WHERE = 12


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
        Qt.ItemDataRole.DecorationRole,
    )
)
_COLUMNS = tuple(CaseColumn)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)

#: Text colours by meaning (theme.colour: read as the cells are drawn, so that they follow
#: the look).
_OVERDUE = "red"
_SOON = "amber"
_LOCKED = "amber"
_FIELD_COPY = "blue"


def _brush(meaning: str) -> QBrush:
    return QBrush(QColor(theme.colour(meaning)))


def lock_icon(colour: QColor | None = None) -> QIcon:
    """A small padlock, drawn (no icon theme on Windows, nor offscreen), in ``colour`` or the
    look's amber."""
    if colour is None:
        colour = QColor(theme.colour(_LOCKED))
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 16
        painter.setPen(QPen(colour, 1.6 * s))
        shackle = QPainterPath()
        shackle.moveTo(QPointF(5 * s, 8 * s))
        shackle.lineTo(QPointF(5 * s, 5.5 * s))
        shackle.arcTo(QRectF(5 * s, 2.5 * s, 6 * s, 6 * s), 180, -180)
        shackle.lineTo(QPointF(11 * s, 8 * s))
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(3 * s, 7.5 * s, 10 * s, 7 * s), 1.5 * s, 1.5 * s)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class CaseTableModel(QAbstractTableModel):
    def __init__(self, db: sqlite_utils.Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = CaseQuery()
        self._ids: list[int] = []
        self._loaded = False
        self._blocks: OrderedDict[int, dict[int, dict[str, Any]]] = OrderedDict()
        self._today = clock.today()
        self._field_on = False
        self._copies: dict[int, dict[str, Any]] | None = None
        self._locks: dict[bool, QIcon] = {}  # by look: dark or not
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
            CaseColumn.WHERE: self.tr("Where"),
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
        self._copies = None
        self._today = clock.today()
        self.endResetModel()

    def set_field_info(self, on: bool) -> None:
        """Look up where cases are (field laptops) with each block; off until the database
        has something out or held (the lookup loads the package machinery)."""
        if on == self._field_on:
            return
        self._field_on = on
        self.invalidate()

    @property
    def field_info(self) -> bool:
        return self._field_on

    def refresh(self) -> None:
        self.set_query(self._query)

    def invalidate(self, case_ids: set[int] | None = None) -> None:
        """Drop cached rows (all, or the blocks holding ``case_ids``) and repaint them."""
        self._blocks.clear()
        self._copies = None
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
            if self._field_on:
                for case_id, where in self._where(ids).items():
                    if case_id in block:
                        block[case_id] = {**block[case_id], "where": where}
            self._blocks[block_no] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(self._ids[row])

    def _where(self, ids: list[int]) -> dict[int, tuple[str, str, bool]]:
        """Per case of a block that is out or held: (short text, tooltip, read-only here)."""
        from desktop.services import field_service  # loaded once field info is on

        found = field_service.where_is(self._db, ids)
        if not found:
            return {}
        out = {}
        for case_id, sentence in found.items():
            copy = self.field_copy(case_id)
            if copy is None:  # at the office: out on a laptop
                tip = sentence + ". " + self.tr("Read-only here until it is checked in.")
                out[case_id] = (sentence, tip, True)
            elif copy["status"] == "returned":
                tip = sentence + ". " + self.tr("This copy is read-only.")
                out[case_id] = (self.tr("Returned"), tip, True)
            elif copy["changes"]:
                n = int(copy["changes"])
                out[case_id] = (self.tr("%n change(s) not returned", "", n), sentence, False)
            else:
                out[case_id] = (self.tr("Field copy"), sentence + ".", False)
        return out

    def field_copy(self, case_id: int) -> dict[str, Any] | None:
        """This laptop's field copy of the case, with its count of changes not returned
        (read once per reset: the count compares every row of the copies)."""
        if self._copies is None:
            from desktop.services import field_service

            self._copies = {int(c["case_id"]): c for c in field_service.field_copies(self._db)}
        return self._copies.get(case_id)

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
        if role == _DECORATION and (index.column() != 0 or not self._field_on):
            return None  # only the reference of a locked case has one (the lock)
        row = self._row(r)
        col = _COLUMNS[index.column()]
        if row is None:  # deleted since the ids were read
            return self.tr("(gone)") if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        where = row.get("where")
        if role == Qt.ItemDataRole.DecorationRole:
            if where is not None and where[2] and col is CaseColumn.REFERENCE:
                dark = theme.is_dark()
                if dark not in self._locks:
                    self._locks[dark] = lock_icon()
                return self._locks[dark]
            return None
        if where is not None and col in (CaseColumn.WHERE, CaseColumn.REFERENCE):
            if role == Qt.ItemDataRole.ToolTipRole:
                return where[1]
            if role == Qt.ItemDataRole.ForegroundRole and col is CaseColumn.WHERE:
                return _brush(_LOCKED if where[2] else _FIELD_COPY)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (CaseColumn.DAYS_LEFT,):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        days = self._days_left(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (CaseColumn.DEADLINE, CaseColumn.DAYS_LEFT) and days is not None:
                if days < 0:
                    return _brush(_OVERDUE)
                if days <= 7:
                    return _brush(_SOON)
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
            return SizeClass(row["size_class"]).label
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
        if col is CaseColumn.WHERE:
            where = row.get("where")
            return where[0] if where else ""
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
