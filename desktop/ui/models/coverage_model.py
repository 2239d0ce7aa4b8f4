"""Officers' loads against the maximum: a small row table whose rows can be highlighted.

An officer over the maximum gets a red tint behind the row (and red text from the column's
colour); one who has left but still carries operators gets an amber one: pale in the light
look, deep in the dark one (theme.surface, read as the row is drawn, so that a change of look
shows at the next repaint). The state is also available to tests and delegates through
:data:`HIGHLIGHT_ROLE` ("over", "handover" or None).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.ui import theme
from desktop.ui.models.row_table_model import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 2

OVER_MAX = "over"
NEEDS_HANDOVER = "handover"
#: The coloured note (theme.SURFACES) whose background each highlight takes.
SURFACES = {OVER_MAX: "error", NEEDS_HANDOVER: "warn"}


def highlight_of(row: dict[str, Any]) -> str | None:
    if row.get("needs_handover"):
        return NEEDS_HANDOVER
    if row.get("over_max"):
        return OVER_MAX
    return None


class OfficerLoadModel(RowTableModel):
    """Rows from ``contact_service.officer_loads``."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == HIGHLIGHT_ROLE:
            return highlight_of(self._rows[index.row()])
        if role == Qt.ItemDataRole.BackgroundRole:
            state = highlight_of(self._rows[index.row()])
            return QBrush(QColor(theme.surface(SURFACES[state])[0])) if state else None
        return super().data(index, role)
