"""The one safe way AEO Desk writes Excel files (house style, Rule 20).

* :func:`write_table` streams one table into a one-sheet workbook with openpyxl's
  ``write_only`` mode, so memory stays flat whatever the number of rows: a bold, filled header
  row that stays in view (frozen panes at ``A2``), an autofilter over the data, column widths,
  and real Excel types (numbers, dates, date-times, percentages). ISO text from SQLite
  (``2026-06-15``, ``2026-06-15T10:00:00Z``) becomes a date or date-time cell.
* Text is made safe on the way in (:func:`escape_text`, :func:`set_text`): characters that XML
  forbids are dropped, and text that Excel would read as a formula (starting with ``=``, ``+``,
  ``-`` or ``@``) is stored as a plain string cell with Excel's "quote prefix" flag, so it stays
  exactly as typed and stays text when the cell is edited.
* Every file says who made it and when (:func:`made_by`, :func:`made_at`): in its document
  properties (:func:`stamp_properties`: author, last modified by, created) and, for a
  one-sheet table, in the printed footer (:func:`set_print_footer`), so that the sheet's own
  layout (the header on row 1) stays as readers expect.
* Every file is written to ``<file>.tmp`` in the target folder and moved over the target with
  :func:`os.replace` only once complete (:func:`atomic_write`, :func:`atomic_save`). On any
  failure the ``.tmp`` file is removed; an :class:`OSError` (disk full, permission denied, no
  such folder) comes back as a :class:`DomainError` naming the file and the reason, anything
  else (a bug, a database error) is re-raised as it is.

openpyxl is imported when the first file is written, not when this module is: the command
line and the GUI import the export registry at start-up, and start-up time is a product
figure (docs/benchmarks.md).

A ``write_only`` file has no dimension record: readers must call ``ws.reset_dimensions()``
(platform notes, "Excel writing").
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence, Sized
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from desktop.domain.errors import DomainError
from desktop.domain.i18n import _
from desktop.services import access, clock
from desktop.services.actor import Actor

if TYPE_CHECKING:
    from openpyxl import Workbook

logger = logging.getLogger(__name__)

ColumnKind = Literal["text", "int", "float", "date", "datetime", "percent"]
#: ``progress(done, total)``: rows written so far, and the number expected (0 when unknown).
Progress = Callable[[int, int], None]
T = TypeVar("T")

FORMULA_STARTS = ("=", "+", "-", "@")
#: Characters XML 1.0 forbids (openpyxl refuses them), plus lone surrogates and the two
#: non-characters, which the XML writer cannot encode.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Excel holds at most this many characters in a cell.
MAX_CELL_TEXT = 32_767
#: Sheet names: at most 31 characters, none of these.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
FLOAT_FORMAT = "#,##0.00"
HEADER_FILL_COLOUR = "DDE4EE"

#: Rows between two progress reports.
PROGRESS_EVERY = 1000

_DEFAULT_WIDTH: dict[str, float] = {
    "text": 20.0,
    "int": 10.0,
    "float": 14.0,
    "date": 12.0,
    "datetime": 17.0,
    "percent": 10.0,
}
_KINDS = frozenset(_DEFAULT_WIDTH)


@dataclass(frozen=True)
class XlsxColumn:
    """One column of a table: its header, the Excel type of its cells, and its width in
    characters (``None``: a default for the kind, never narrower than the header).

    ``percent`` values are percentage points as the app stores them (87.5 means 87.5 %); the
    cell holds the fraction (0.875) formatted as a percentage, as Excel expects.
    """

    header: str
    kind: ColumnKind = "text"
    width: float | None = None
    number_format: str | None = None  # overrides the kind's default format

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")

    @property
    def shown_width(self) -> float:
        if self.width is not None:
            return self.width
        return max(_DEFAULT_WIDTH[self.kind], min(len(self.header) + 4.0, 40.0))


# --- text -----------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """``value`` without the characters that a worksheet cannot hold (XML forbids them)."""
    return _ILLEGAL.sub("", value)


def is_formula_like(text: str) -> bool:
    """Would Excel (or openpyxl) take this text for a formula?"""
    return text.startswith(FORMULA_STARTS)


def set_text(cell: Any, value: str) -> Any:
    """Put ``value`` in ``cell`` (an ordinary or a write-only cell) as safe text: never a
    formula, no forbidden characters. Returns the cell."""
    text = escape_text(value)
    cell.value = text
    if is_formula_like(text):
        cell.data_type = "s"  # a string cell, not a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def safe_sheet_title(text: str) -> str:
    """A legal worksheet name for ``text``."""
    cleaned = _SHEET_FORBIDDEN.sub(" ", escape_text(text)).strip().strip("'")
    return (cleaned or "Sheet")[:31]


# --- who made the file, and when -----------------------------------------------------------

#: Excel keeps at most this many characters of a header or footer (all its parts together).
MAX_FOOTER = 255


def page_footer() -> str:
    """The page number part of a printed footer, in the chosen language (``&P``: this page,
    ``&N``: the number of pages)."""
    return _("Page &P of &N")


def made_by(actor: Actor | str | None = None) -> str:
    """Who an export is made by, the one rule for every file AEO Desk writes: ``actor`` (or
    the name) the caller gives, else the user signed in to this process
    (:func:`desktop.services.access.current`), else the operating-system user."""
    for who in (actor, access.current()):
        name = who if isinstance(who, str) else (who.name if who is not None else "")
        if name.strip():
            return name.strip()
    return Actor.system_user().name


def made_at() -> datetime:
    """When an export is made: the app's clock (tests freeze it), in local time."""
    return clock.now().astimezone()


def _utc_naive(moment: datetime) -> datetime:
    """What the document properties hold: UTC without a time zone (openpyxl writes it as
    UTC, ``...Z``)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def stamp_properties(
    workbook: Workbook, *, by: str, at: datetime, title: str | None = None
) -> None:
    """The workbook's document properties say who made it and when (File > Info in Excel):
    author and last modified by ``by``, created ``at``. (openpyxl sets "modified" to the
    moment the file is saved.)"""
    props = workbook.properties
    props.creator = escape_text(by)
    props.lastModifiedBy = escape_text(by)
    props.created = _utc_naive(at)
    if title is not None:
        props.title = escape_text(title)


class Lead(Enum):
    """How the footer line of a file begins: a list is "Exported by", a report "Made by"."""

    EXPORTED_BY = "exported"
    MADE_BY = "made"


def footer_text(
    by: str, at: datetime, unit: str | None = None, *, lead: Lead = Lead.EXPORTED_BY
) -> str:
    """The line that says who exported a file, when (local time) and from which unit:
    "Exported by NAME on YYYY-MM-DD HH:MM — AEO Desk UNIT" (``Lead.MADE_BY``: "Made by…"),
    in the chosen language."""
    local = at.astimezone() if at.tzinfo else at
    when = f"{local:%Y-%m-%d %H:%M}"
    templates = {
        (Lead.EXPORTED_BY, True): _("Exported by {name} on {when} — AEO Desk {unit}"),
        (Lead.EXPORTED_BY, False): _("Exported by {name} on {when} — AEO Desk"),
        (Lead.MADE_BY, True): _("Made by {name} on {when} — AEO Desk {unit}"),
        (Lead.MADE_BY, False): _("Made by {name} on {when} — AEO Desk"),
    }
    return escape_text(templates[lead, bool(unit)].format(name=by, when=when, unit=unit))


def set_print_footer(ws: Any, text: str) -> None:
    """Print ``text`` at the bottom left of every page of ``ws`` (an ordinary or a write-only
    sheet), the page number at the bottom right. ``&`` is escaped (it starts Excel's footer
    codes) and the text is shortened to what Excel keeps."""
    room = MAX_FOOTER - len(page_footer()) - 4  # the "&L" and "&R" that mark the parts
    escaped = text.replace("&", "&&")
    if len(escaped) > room:
        escaped = escaped[: room - 1]
        if escaped.endswith("&") and (len(escaped) - len(escaped.rstrip("&"))) % 2:
            escaped = escaped[:-1]  # never half of an escaped "&&"
        escaped += "…"
    ws.oddFooter.left.text = escaped
    ws.oddFooter.right.text = page_footer()


# --- values ---------------------------------------------------------------------------------


def to_date(value: Any) -> date | None:
    """A date from a date, a date-time or ISO text (``2026-06-15``, or a date-time's day);
    ``None`` when the value is none of these."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def to_datetime(value: Any) -> datetime | None:
    """A naive local date-time (Excel has no time zones) from a date-time, a date, or ISO text
    (``...Z`` UTC text as the app stores it is shown in local time); ``None`` otherwise."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return None


def _to_number(value: Any) -> int | float | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        for kind in (int, float):
            with contextlib.suppress(ValueError):
                return kind(text)
    return None


# --- writing --------------------------------------------------------------------------------


def tmp_path_for(path: Path) -> Path:
    """Where a file is written before it replaces ``path``: the same folder, so that
    :func:`os.replace` is atomic."""
    return path.with_suffix(path.suffix + ".tmp")


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def atomic_write(path: Path, write: Callable[[Path], T], *, what: str = "The file") -> T:
    """Call ``write(tmp)`` to write the whole file under a temporary name next to ``path``,
    then move it over ``path``. On failure nothing is left but what was there before; an
    :class:`OSError` becomes a :class:`DomainError` that starts with ``what``, names the file
    and says why."""
    path = Path(path)
    tmp = tmp_path_for(path)
    try:
        result = write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        reason = exc.strerror or str(exc)
        raise DomainError(
            _("{what} could not be written to {path}: {reason}.").format(
                what=_(what), path=path, reason=reason
            )
        ) from exc
    except BaseException:
        _discard(tmp)
        raise
    return result


def atomic_save(workbook: Workbook, path: Path, *, what: str = "The workbook") -> None:
    """Save an openpyxl workbook at ``path`` atomically (see :func:`atomic_write`)."""
    atomic_write(path, workbook.save, what=what)


class _Cells:
    """Turns the values of one row into what a write-only sheet takes: plain values where
    openpyxl's defaults do, cells with a style or a forced type where they do not."""

    def __init__(self, ws: Any, columns: Sequence[XlsxColumn]) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._ws = ws
        self._cell = WriteOnlyCell
        self._convert = [self._converter(c) for c in columns]

    def row(self, values: Sequence[Any]) -> list[Any]:
        if len(values) != len(self._convert):
            raise ValueError(f"a row has {len(values)} values for {len(self._convert)} columns")
        return [convert(v) for convert, v in zip(self._convert, values, strict=True)]

    def _text(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        text = escape_text(value if isinstance(value, str) else str(value))
        if is_formula_like(text):
            return set_text(self._cell(self._ws), text)
        return text

    def _formatted(self, value: Any, number_format: str) -> Any:
        cell = self._cell(self._ws, value=value)
        cell.number_format = number_format
        return cell

    def _converter(self, column: XlsxColumn) -> Callable[[Any], Any]:
        kind, fmt = column.kind, column.number_format

        def text(value: Any) -> Any:
            return self._text(value)

        def number(value: Any) -> Any:
            if value is None or value == "":
                return None
            n = _to_number(value)
            if n is None:
                return self._text(value)
            if isinstance(n, float) and not math.isfinite(n):
                return None  # NaN or infinity: a file Excel would have to repair
            if kind == "int" and isinstance(n, float) and n.is_integer():
                n = int(n)
            if kind == "float":
                n = float(n)
            if kind == "percent":
                return self._formatted(n / 100.0, fmt or PERCENT_FORMAT)
            default = FLOAT_FORMAT if kind == "float" else None
            return self._formatted(n, fmt or default) if (fmt or default) else n

        def day(value: Any) -> Any:
            if value is None or value == "":
                return None
            d = to_date(value)
            if d is None:
                return self._text(value)
            # openpyxl gives a plain date its own "yyyy-mm-dd" (DATE_FORMAT) style
            return self._formatted(d, fmt) if fmt else d

        def moment(value: Any) -> Any:
            if value is None or value == "":
                return None
            t = to_datetime(value)
            return self._text(value) if t is None else self._formatted(t, fmt or DATETIME_FORMAT)

        return {"text": text, "date": day, "datetime": moment}.get(kind, number)


def write_table(
    path: Path,
    sheet_title: str,
    columns: Sequence[XlsxColumn],
    rows: Iterable[Sequence[Any]],
    *,
    progress: Progress | None = None,
    title: str | None = None,
    total: int | None = None,
    what: str = "The export",
    actor: Actor | None = None,
    unit: str | None = None,
) -> int:
    """Write ``rows`` (sequences of values in ``columns`` order) as one table on one sheet at
    ``path``, streaming and atomically. Returns the number of data rows written.

    ``rows`` is consumed once, as it comes: pass a generator to keep memory flat. ``progress``
    is called every :data:`PROGRESS_EVERY` rows and at the end; ``total`` (or ``len(rows)``
    when it has one) is what it reports as expected. ``title`` becomes the workbook's title.

    Who made the file (:func:`made_by` of ``actor``) and when go into its document properties
    and its printed footer, with the ``unit``'s name; row 1 stays the header.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    if not columns:
        raise ValueError("a table needs at least one column")
    path = Path(path)
    expected = total if total is not None else (len(rows) if isinstance(rows, Sized) else 0)
    by, at = made_by(actor), made_at()

    def write(tmp: Path) -> int:
        # Claim the temporary file first: a folder that is missing or read-only fails now,
        # before any row is read.
        tmp.write_bytes(b"")
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(safe_sheet_title(sheet_title))
        try:
            for n, column in enumerate(columns, 1):
                ws.column_dimensions[get_column_letter(n)].width = column.shown_width
            ws.freeze_panes = "A2"
            ws.print_title_rows = "1:1"  # the header on every printed page
            ws.page_setup.orientation = "landscape"
            set_print_footer(ws, footer_text(by, at, unit))
            bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL_COLOUR)
            middle = Alignment(vertical="center")
            header = []
            for column in columns:
                cell = set_text(WriteOnlyCell(ws), column.header)
                cell.font, cell.fill, cell.alignment = bold, fill, middle
                header.append(cell)
            ws.append(header)
            cells = _Cells(ws, columns)
            n = 0
            for n, values in enumerate(rows, 1):
                ws.append(cells.row(values))
                if progress is not None and n % PROGRESS_EVERY == 0:
                    progress(n, max(expected, n))
            ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(n + 1, 2)}"
            stamp_properties(wb, by=by, at=at, title=title or sheet_title)
            wb.save(tmp)
        except BaseException:
            _drop_stream(ws)
            raise
        if progress is not None:
            progress(n, max(expected, n))
        return n

    rows_written = atomic_write(path, write, what=what)
    logger.info("wrote %d rows to %s", rows_written, path.name)
    return rows_written


def _drop_stream(ws: Any) -> None:
    """A write-only sheet streams its rows into a file in the system's temporary folder,
    removed only when the workbook is saved or Python exits: remove it now after a failure
    (a large export leaves hundreds of megabytes there)."""
    writer = getattr(ws, "_writer", None)
    out = getattr(writer, "out", None)
    if writer is None or not isinstance(out, str):
        return
    rows = getattr(ws, "_rows", None)
    if rows is not None:  # end the row stream before its file (else it fails when collected)
        with contextlib.suppress(Exception):
            rows.close()
    with contextlib.suppress(Exception):
        writer.close()
    with contextlib.suppress(OSError):
        os.remove(out)
    with contextlib.suppress(Exception):
        from openpyxl.worksheet._writer import ALL_TEMP_FILES

        if out in ALL_TEMP_FILES:
            ALL_TEMP_FILES.remove(out)
