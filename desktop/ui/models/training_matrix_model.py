"""The training matrix: active staff (rows) against active courses (columns).

Each cell says, in words and in colour, whether the person holds the course: valid, due soon,
expired, missing, failed, or not required for their roles. Colour is never the only cue: the
text says the same thing. Tests read the status through :data:`STATUS_ROLE` (the
:class:`~desktop.domain.training.CellStatus` value) rather than comparing colours.

Staff names are the vertical header, so they stay in view when the table scrolls sideways;
each column header carries the course code and its counts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.training import Cell, CellStatus, FollowUpKind
from desktop.services.training_service import COUNTED, Matrix
from desktop.ui import theme

Index = QModelIndex | QPersistentModelIndex

#: The cell's status, as the CellStatus value ("valid", "due_soon", ...).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 2
COURSE_ID_ROLE = Qt.ItemDataRole.UserRole + 3

#: Each status's tint (theme.BACKGROUNDS): pale under near-black text in the light look, deep
#: under off-white text in the dark one (7:1 or more in both), distinct in hue and lightness so
#: that they also read apart for the common colour-vision deficiencies.
STATUS_BACKGROUNDS: dict[CellStatus, str] = {
    CellStatus.VALID: "good-bg",
    CellStatus.DUE_SOON: "warn-bg",
    CellStatus.EXPIRED: "bad-bg",
    CellStatus.MISSING: "missing-bg",
    CellStatus.FAILED: "failed-bg",
    CellStatus.NOT_REQUIRED: "neutral-bg",
}


def status_colour(status: CellStatus, *, dark: bool | None = None) -> str:
    """The tint of ``status`` in the current look (or the one asked for)."""
    return theme.background(STATUS_BACKGROUNDS[status], dark=dark)


def text_colour(status: CellStatus, *, dark: bool | None = None) -> str:
    """The text on a cell of ``status``: muted when the course is not required."""
    return theme.colour("muted" if status is CellStatus.NOT_REQUIRED else "text", dark=dark)


_HANDLED = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        STATUS_ROLE,
        STAFF_ID_ROLE,
        COURSE_ID_ROLE,
    )
)


class TrainingMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix | None = None
        self._staff: list[dict[str, Any]] = []
        self._courses: list[dict[str, Any]] = []
        #: (dark, status, "background" or "text") -> brush: the look is read as the cells
        #: are drawn (a change of look repaints the view); brushes are made once per look.
        self._brushes: dict[tuple[bool, CellStatus, str], QBrush] = {}
        self._short = {
            CellStatus.VALID: self.tr("ok"),
            CellStatus.DUE_SOON: self.tr("due"),
            CellStatus.EXPIRED: self.tr("exp."),
            CellStatus.MISSING: self.tr("miss."),
            CellStatus.FAILED: self.tr("fail."),
        }

    # --- loading ----------------------------------------------------------------------------

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self._staff = list(matrix.staff)
        self._courses = list(matrix.courses)
        self.endResetModel()

    @property
    def matrix(self) -> Matrix | None:
        return self._matrix

    def label(self, status: CellStatus) -> str:
        """``status`` in words, as the matrix's export says it (in the current language)."""
        return status.label

    def staff_id(self, row: int) -> int | None:
        return self._staff[row]["id"] if 0 <= row < len(self._staff) else None

    def course_id(self, column: int) -> int | None:
        return self._courses[column]["id"] if 0 <= column < len(self._courses) else None

    def counts_text(self, column: int, per_line: int = 0) -> str:
        """ "12 ok · 3 due · 2 exp. · 1 miss." for a column (zeros left out); with
        ``per_line``, that many counts to a line."""
        if self._matrix is None or not 0 <= column < len(self._courses):
            return ""
        counts = self._matrix.counts.get(self._courses[column]["id"], {})
        parts = [f"{counts.get(s, 0)} {self._short[s]}" for s in COUNTED if counts.get(s, 0)]
        if not parts:
            return self.tr("nobody needs it")
        if per_line <= 0:
            return " · ".join(parts)
        lines = [parts[i : i + per_line] for i in range(0, len(parts), per_line)]
        return "\n".join(" · ".join(line) for line in lines)

    def totals(self) -> dict[CellStatus, int]:
        """How many cells of each status (not required ones included)."""
        out = dict.fromkeys(CellStatus, 0)
        if self._matrix is not None:
            for cell in self._matrix.cells.values():
                out[cell.status] += 1
        return out

    def _cell(self, row: int, column: int) -> Cell | None:
        if self._matrix is None:
            return None
        return self._matrix.cell(self._staff[row]["id"], self._courses[column]["id"])

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._staff)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._courses)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._courses):
                return None
            course = self._courses[section]
            counts = self.counts_text(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{course['code']}\n{self.counts_text(section, per_line=2)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                refresh = (
                    self.tr("refresh every %1 months").replace("%1", str(course["refresh_months"]))
                    if course["refresh_months"]
                    else self.tr("never expires")
                )
                return f"{course['code']} – {course['name']}\n{refresh}\n{counts}"
            return None
        if not 0 <= section < len(self._staff):
            return None
        person = self._staff[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return person["name"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{person['name']}\n{person['office']}\n{', '.join(person['roles'])}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _HANDLED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._staff) and 0 <= column < len(self._courses)):
            return None
        if role == STAFF_ID_ROLE:
            return self._staff[row]["id"]
        if role == COURSE_ID_ROLE:
            return self._courses[column]["id"]
        cell = self._cell(row, column)
        if cell is None:
            return None
        if role == STATUS_ROLE:
            return cell.status.value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush(cell.status, "background")
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._brush(cell.status, "text")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(row, column, cell)
        return None

    def _brush(self, status: CellStatus, kind: str) -> QBrush:
        dark = theme.is_dark()
        key = (dark, status, kind)
        brush = self._brushes.get(key)
        if brush is None:
            make = status_colour if kind == "background" else text_colour
            brush = self._brushes[key] = QBrush(QColor(make(status, dark=dark)))
        return brush

    def _display(self, cell: Cell) -> str:
        s = cell.status
        if s is CellStatus.VALID:
            if cell.expires_on is None:
                return self.tr("✓ %1").replace("%1", str(cell.completed_on))
            return self.tr("✓ to %1").replace("%1", str(cell.expires_on))
        if s is CellStatus.DUE_SOON:
            return self.tr("due %1").replace("%1", str(cell.expires_on))
        if s is CellStatus.EXPIRED:
            return self.tr("exp. %1").replace("%1", str(cell.expires_on))
        if s is CellStatus.FAILED:
            return self.tr("failed %1").replace("%1", str(cell.last_attempt_on))
        if s is CellStatus.MISSING:
            if cell.follow_up is not None and cell.follow_up.kind is FollowUpKind.ONBOARDING:
                return self.tr("onboarding")
            return self.tr("missing")
        if cell.completed_on is not None:
            return f"({cell.completed_on})"
        return "–"

    def _tooltip(self, row: int, column: int, cell: Cell) -> str:
        person, course = self._staff[row], self._courses[column]
        lines = [
            f"{person['name']} – {course['code']} {course['name']}",
            self.tr("Status: %1").replace("%1", cell.status.label),
        ]
        if cell.completed_on is not None:
            lines.append(self.tr("Completed: %1").replace("%1", str(cell.completed_on)))
        if cell.expires_on is not None:
            lines.append(self.tr("Valid until: %1").replace("%1", str(cell.expires_on)))
        if cell.last_attempt_on is not None and cell.last_attempt_on != cell.completed_on:
            lines.append(
                self.tr("Last attempt: %1 (%2)")
                .replace("%1", str(cell.last_attempt_on))
                .replace("%2", cell.last_result.label if cell.last_result else "")
            )
        f = cell.follow_up
        if f is not None and f.kind is FollowUpKind.ONBOARDING and f.since is not None:
            lines.append(
                self.tr("Onboarding since %1: due by %2")
                .replace("%1", str(f.since))
                .replace("%2", str(f.due_on))
            )
        if cell.status is not CellStatus.NOT_REQUIRED:
            lines.append(self.tr("Double-click to record a completion."))
        return "\n".join(lines)
