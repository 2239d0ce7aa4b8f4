"""Bulk imports of operators, staff and training records from .xlsx and .csv files.

The layouts, the matching rules and every check are written down in ``docs/imports.md``.

* :func:`plan_import` is the dry run. It reads the whole file, checks every cell and says what
  an import would do: the rows to add, to update and to skip (unchanged), and every error as
  "Row 7, EORI: ...". It never raises for anything wrong with the file: an unreadable,
  empty or strange file is an error in the plan.
* :func:`run_import` plans again inside one transaction and writes everything, or refuses
  (:class:`ImportRefusedError`) and writes nothing when the plan has any error.
* Rows are matched by identifier (operators by EORI, else VAT, else TIN; staff by email;
  training records by person, course and date), so importing the same file again changes
  nothing: every row is then "unchanged".
* An empty cell in an optional column keeps the current value of a matched record.
* :func:`template_workbook` writes the empty template of a kind, with an "Example" sheet and a
  "Read me" sheet that explains every column.
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import io
import logging
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

import sqlite_utils
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from db.repositories import imports as import_repo
from db.repositories import operators as operator_repo
from db.repositories import staff as staff_repo
from db.repositories.common import Row
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.i18n import _
from desktop.domain.operators import (
    SUPPLY_CHAIN_ROLES,
    Identifier,
    OperatorInput,
    ValidOperator,
    normalise_identifier,
    validate_operator,
)
from desktop.domain.parsing import parse_amount, parse_count
from desktop.domain.permissions import Permission
from desktop.services import access, clock, xlsx_writer
from desktop.services.actor import Actor

logger = logging.getLogger(__name__)

KINDS = ("operators", "staff", "training")

#: What staff can be (the same words the rest of the app uses).
STAFF_ROLES = ("validator", "contact officer", "manager", "admin")
TRAINING_RESULTS = ("passed", "failed", "attended")

#: Files larger than this are refused before they are read.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Data rows (below the header) at most; split a larger register into several files.
MAX_ROWS = 100_000
#: Columns read at most; a value further right is reported.
MAX_COLUMNS = 64
#: Errors kept in a plan; the rest are counted.
MAX_ERRORS = 1000
#: Any text cell longer than this is refused (each column has its own, smaller limit).
MAX_CELL_CHARS = 1000
MAX_CAPACITY = 1000.0

SHEET_EXAMPLE = "Example"
SHEET_README = "Read me"
_NOT_DATA_SHEETS = frozenset({SHEET_EXAMPLE.lower(), SHEET_README.lower()})

_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"}
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+")
_LIST_SEPARATORS = re.compile(r"[,;]")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)


# --- layouts --------------------------------------------------------------------------------


class ColumnType(Enum):
    TEXT = "text"
    COUNT = "count"  # a whole number
    NUMBER = "number"  # a number, decimals allowed
    AMOUNT = "amount"  # EUR
    DATE = "date"
    LIST = "list"  # comma-separated words from a fixed list
    CHOICE = "choice"  # one word from a fixed list


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: str
    type: ColumnType
    required: bool
    help: str
    example: Any
    max_len: int = 200
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    width: float = 16.0

    @property
    def explanation(self) -> str:
        """``help`` in the current language, with the ``{choices}`` filled in."""
        return _(self.help).format(choices=", ".join(self.choices))


@dataclass(frozen=True)
class Layout:
    """``title``s, ``aliases`` and ``sheet`` are what the file is matched by: they stay English.
    ``about`` and ``matching`` are English too, and shown translated (``description``,
    ``matched_by``), so the language can be chosen after this module is imported."""

    kind: str
    sheet: str
    about: str
    matching: str
    columns: tuple[ColumnSpec, ...]

    @property
    def description(self) -> str:
        return _(self.about)

    @property
    def matched_by(self) -> str:
        return _(self.matching)

    def column(self, key: str) -> ColumnSpec:
        return _SPECS[self.kind][key]


_T, _N, _C = ColumnType.TEXT, ColumnType.COUNT, ColumnType.CHOICE

OPERATOR_LAYOUT = Layout(
    kind="operators",
    sheet="Operators",
    about="Economic operators: companies that apply for, or hold, an AEO status.",
    matching=(
        "An operator is matched by its EORI; a row without an EORI by its VAT number, then by "
        "its TIN. A row that matches no operator adds one."
    ),
    columns=(
        ColumnSpec("name", "Name", _T, True, "The registered name.", "Opale Textiles SARL",
                   aliases=("operator", "operator name", "company", "company name"), width=32),
        ColumnSpec("eori", "EORI", _T, False,
                   "EORI number: two letters of the country, then up to 15 letters or digits.",
                   "FR12345678901234", max_len=40, aliases=("eori number", "eori no"), width=20),
        ColumnSpec("vat", "VAT", _T, False, "VAT number.", "FR40123456789", max_len=40,
                   aliases=("vat number", "vat no", "vat id"), width=18),
        ColumnSpec("tin", "TIN", _T, False, "Tax identification number.", "", max_len=40,
                   aliases=("tin number", "tax id", "tax number"), width=16),
        ColumnSpec("country", "Country", _T, False,
                   "Two-letter country (ISO 3166) of the VAT number and the TIN. Empty: the "
                   "first two letters of the VAT number, else those of the EORI.",
                   "FR", max_len=40, aliases=("country code",), width=10),
        ColumnSpec("headcount", "Headcount", _N, True,
                   "Staff count (whole number); it decides the size class.", 35,
                   aliases=("employees", "staff count", "staff headcount"), width=12),
        ColumnSpec("turnover", "Turnover (EUR)", ColumnType.AMOUNT, False,
                   "Annual turnover in euros: 2500000, 2 500 000, 2.5M or 750k.", 4_200_000,
                   aliases=("turnover", "annual turnover", "turnover eur"), width=16),
        ColumnSpec("balance", "Balance sheet (EUR)", ColumnType.AMOUNT, False,
                   "Balance sheet total in euros.", 3_100_000,
                   aliases=("balance sheet", "balance sheet total", "balance sheet eur"),
                   width=18),
        ColumnSpec("sector", "Sector", _T, False, "Business sector, in words.",
                   "Textiles and clothing", max_len=100, width=22),
        ColumnSpec("roles", "Roles", ColumnType.LIST, False,
                   "Supply-chain roles, comma-separated, from: {choices}.",
                   "importer, exporter", max_len=300, choices=SUPPLY_CHAIN_ROLES,
                   aliases=("supply chain roles", "supply-chain roles"), width=22),
        ColumnSpec("region", "Region", _T, False, "Region of the main site.", "Bretagne",
                   max_len=100, width=16),
        ColumnSpec("address", "Address", _T, False, "Postal address of the main site.",
                   "12 rue du Port, 35000 Rennes", max_len=500, width=36),
    ),
)  # fmt: skip

STAFF_LAYOUT = Layout(
    kind="staff",
    sheet="Staff",
    about="Customs staff: validators, contact officers, managers and administrators.",
    matching="A staff member is matched by email address (upper or lower case alike).",
    columns=(
        ColumnSpec("name", "Name", _T, True, "First name and family name.", "Camille Martin",
                   aliases=("full name", "staff name"), width=26),
        ColumnSpec("email", "Email", _T, True, "Work email address; it identifies the person.",
                   "camille.martin@douane.example", max_len=254,
                   aliases=("e-mail", "email address", "mail"), width=32),
        ColumnSpec("roles", "Roles", ColumnType.LIST, False,
                   "Comma-separated, from: {choices}.",
                   "validator, contact officer", choices=STAFF_ROLES, width=26),
        ColumnSpec("office", "Office", _T, False, "The office the person works in.",
                   "Bretagne", max_len=100, width=16),
        ColumnSpec("capacity", "Capacity", ColumnType.NUMBER, False,
                   "How many cases the person can carry at once (0 or more; 7.5 is fine).", 10,
                   aliases=("caseload capacity", "caseload"), width=10),
        ColumnSpec("active_from", "Active from", ColumnType.DATE, True,
                   "First working day in the unit: an Excel date or YYYY-MM-DD.",
                   date(2024, 9, 1), aliases=("start date", "from", "start"), width=13),
        ColumnSpec("active_to", "Active to", ColumnType.DATE, False,
                   "Last working day in the unit, when the person has left or will leave.",
                   None, aliases=("end date", "to", "until", "end"), width=13),
    ),
)  # fmt: skip

TRAINING_LAYOUT = Layout(
    kind="training",
    sheet="Training records",
    about="Training records: who completed which course, when, and with what result.",
    matching=(
        "A record is matched by the person, the course and the date: the same person, course "
        "and date update the record that is there. The person is found by the Staff email "
        "column, or (when it is empty) by the Staff name column."
    ),
    columns=(
        ColumnSpec("staff_email", "Staff email", _T, False,
                   "The person's work email (as in the staff list).",
                   "camille.martin@douane.example", max_len=254,
                   aliases=("email", "e-mail", "email address"), width=32),
        ColumnSpec("staff_name", "Staff name", _T, False,
                   "The person's name; used when the email is empty.", "Camille Martin",
                   aliases=("name", "staff", "person"), width=26),
        ColumnSpec("course", "Course code", _T, True, "The course's code in the catalogue.",
                   "SEC", max_len=40, aliases=("course", "code"), width=12),
        ColumnSpec("completed_on", "Completed on", ColumnType.DATE, True,
                   "The day the course was completed (not in the future).", date(2026, 3, 12),
                   aliases=("date", "completed", "completion date"), width=14),
        ColumnSpec("result", "Result", _C, True, "One of: {choices}.",
                   "passed", max_len=40, choices=TRAINING_RESULTS, width=10),
        ColumnSpec("certificate_ref", "Certificate", _T, False, "Certificate reference.",
                   "CERT-2026-0042", max_len=80,
                   aliases=("certificate ref", "certificate reference"), width=18),
        ColumnSpec("session_ref", "Session", _T, False, "Session reference.", "", max_len=80,
                   aliases=("session ref", "session reference"), width=16),
    ),
)  # fmt: skip

LAYOUTS = {lay.kind: lay for lay in (OPERATOR_LAYOUT, STAFF_LAYOUT, TRAINING_LAYOUT)}
_SPECS = {lay.kind: {c.key: c for c in lay.columns} for lay in LAYOUTS.values()}


def layout(kind: str) -> Layout:
    try:
        return LAYOUTS[kind]
    except KeyError:
        raise DomainError(
            _("Unknown import kind '{kind}'; the kinds are {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        ) from None


# --- the plan -------------------------------------------------------------------------------


class Action(Enum):
    ADD = "add"
    UPDATE = "update"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return {Action.ADD: _("Add"), Action.UPDATE: _("Update"), Action.SKIP: _("Unchanged")}[self]


@dataclass(frozen=True)
class RowError:
    """One problem: ``row`` is the spreadsheet's row number (0: the file as a whole)."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.row and self.column:
            text = _("Row {row}, {column}: {message}")
        elif self.row:
            text = _("Row {row}: {message}")
        elif self.column:
            text = _("{column}: {message}")
        else:
            return self.message
        return text.format(row=self.row, column=self.column, message=self.message)


@dataclass(frozen=True)
class PlannedRow:
    row: int
    action: Action
    key: str  # what the row is matched by, e.g. "EORI FR123…" or an email
    label: str  # whom it is about, e.g. the operator's name
    target_id: int | None  # the matched record (None when added)
    changes: tuple[str, ...] = ()  # the columns an update changes
    payload: Any = None  # what is written (kind-specific)


@dataclass(frozen=True)
class ImportPlan:
    kind: str
    file_name: str
    rows: tuple[PlannedRow, ...]
    errors: tuple[RowError, ...]
    more_errors: int = 0  # errors beyond MAX_ERRORS, counted only
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors and not self.more_errors

    @property
    def error_count(self) -> int:
        return len(self.errors) + self.more_errors

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def to_add(self) -> int:
        return self.count(Action.ADD)

    @property
    def to_update(self) -> int:
        return self.count(Action.UPDATE)

    @property
    def to_skip(self) -> int:
        return self.count(Action.SKIP)

    def summary(self, max_errors: int = 10) -> str:
        if self.error_count == 1:
            head = _(
                "{file} ({kind}): {add} to add, {update} to update, {skip} unchanged, "
                "{errors} error."
            )
        else:
            head = _(
                "{file} ({kind}): {add} to add, {update} to update, {skip} unchanged, "
                "{errors} errors."
            )
        lines = [
            head.format(
                file=self.file_name,
                kind=_kind_name(self.kind),
                add=self.to_add,
                update=self.to_update,
                skip=self.to_skip,
                errors=self.error_count,
            )
        ]
        lines += [_("Note: {warning}").format(warning=w) for w in self.warnings]
        lines += [str(e) for e in self.errors[:max_errors]]
        if self.error_count > max_errors:
            lines.append(
                _("… and {count} more error(s).").format(count=self.error_count - max_errors)
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    kind: str
    file_name: str
    added: int
    updated: int
    skipped: int
    ids: tuple[int, ...] = ()  # the records added or updated

    def summary(self) -> str:
        return _("{file} ({kind}): {added} added, {updated} updated, {skipped} unchanged.").format(
            file=self.file_name,
            kind=_kind_name(self.kind),
            added=self.added,
            updated=self.updated,
            skipped=self.skipped,
        )


def _kind_name(kind: str) -> str:
    """``kind`` ("operators"…) as shown in summaries."""
    names = {"operators": _("operators"), "staff": _("staff"), "training": _("training")}
    return names.get(kind, kind)


class ImportRefusedError(DomainError):
    """The file has errors: nothing was imported. ``plan`` lists them all."""

    def __init__(self, plan: ImportPlan) -> None:
        if plan.error_count == 1:
            head = _("Nothing was imported: {file} has {count} error.")
        else:
            head = _("Nothing was imported: {file} has {count} errors.")
        lines = [head.format(file=plan.file_name, count=plan.error_count)]
        lines += [str(e) for e in plan.errors[:10]]
        if plan.error_count > 10:
            lines.append(_("… and {count} more.").format(count=plan.error_count - 10))
        super().__init__("\n".join(lines))
        self.plan = plan


class _Errors:
    def __init__(self) -> None:
        self.items: list[RowError] = []
        self.more = 0
        self.warnings: list[str] = []

    def add(self, row: int, column: str, message: str) -> None:
        if len(self.items) >= MAX_ERRORS:
            self.more += 1
            return
        self.items.append(RowError(row, column, message))

    def __len__(self) -> int:
        return len(self.items) + self.more


# --- reading files --------------------------------------------------------------------------


@dataclass
class _Table:
    header_row: int
    index: dict[str, int]  # column key -> position
    rows: list[tuple[int, tuple[Any, ...]]]  # (spreadsheet row number, cells)


def _read_grid(path: Path, lay: Layout, errors: _Errors) -> Iterable[tuple[int, tuple[Any, ...]]]:
    """The cells of the file, row by row, numbered as the spreadsheet shows them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        errors.add(
            0,
            _("File"),
            _("cannot read {file}: {reason}.").format(file=path.name, reason=exc.strerror or exc),
        )
        return []
    if size > MAX_FILE_BYTES:
        errors.add(
            0,
            _("File"),
            _("{file} is {size:.0f} MB; at most 20 MB can be imported.").format(
                file=path.name, size=size / 1e6
            ),
        )
        return []
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path, errors)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, lay, errors)
    if suffix in (".xls", ".ods"):
        errors.add(
            0,
            _("File"),
            _("{file}: save the file as an Excel workbook (.xlsx) first.").format(file=path.name),
        )
    else:
        errors.add(
            0,
            _("File"),
            _("{file}: only .xlsx and .csv files can be imported.").format(file=path.name),
        )
    return []


def _read_csv(path: Path, errors: _Errors) -> list[tuple[int, tuple[Any, ...]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        errors.add(
            0,
            _("File"),
            _("cannot read {file}: {reason}.").format(file=path.name, reason=exc.strerror or exc),
        )
        return []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        errors.add(
            0,
            _("File"),
            _(
                '{file} is not UTF-8 text (byte {byte}); save it as "CSV UTF-8" and import it '
                "again."
            ).format(file=path.name, byte=exc.start + 1),
        )
        return []
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    out: list[tuple[int, tuple[Any, ...]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            n = reader.line_num  # the (last) line of the record: what an editor shows
            out.append((n, tuple(c if c != "" else None for c in cells)))
            if len(out) > MAX_ROWS + 1:
                break  # the header and one row too many: enough to refuse the file
    except csv.Error as exc:
        errors.add(
            reader.line_num + 1,
            "",
            _("this line cannot be read as CSV: {reason}.").format(reason=exc),
        )
        return []
    return out


def _read_xlsx(path: Path, lay: Layout, errors: _Errors) -> list[tuple[int, tuple[Any, ...]]]:
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except OSError as exc:
        errors.add(
            0,
            _("File"),
            _("cannot read {file}: {reason}.").format(file=path.name, reason=exc.strerror or exc),
        )
        return []
    except Exception as exc:  # openpyxl raises many kinds for a damaged file: logged
        logger.info("unreadable workbook %s", path.name, exc_info=True)
        errors.add(
            0,
            _("File"),
            _("{file} is not an Excel workbook that can be read ({reason}).").format(
                file=path.name, reason=exc
            ),
        )
        return []
    try:
        names = list(wb.sheetnames)
        chosen = next((n for n in names if n.strip().lower() == lay.sheet.lower()), None)
        if chosen is None:
            chosen = next((n for n in names if n.strip().lower() not in _NOT_DATA_SHEETS), None)
        if chosen is None:
            errors.add(
                0,
                _("File"),
                _(
                    "the workbook has no sheet to import (sheets: {sheets}); put the rows on a "
                    "sheet named '{sheet}'."
                ).format(sheets=", ".join(names) or _("none"), sheet=lay.sheet),
            )
            return []
        others = [n for n in names if n != chosen and n.strip().lower() not in _NOT_DATA_SHEETS]
        if others:
            errors.warnings.append(
                _("only the sheet '{sheet}' is read; other sheets are ignored ({others}).").format(
                    sheet=chosen, others=", ".join(others)
                )
            )
        ws = wb[chosen]
        reset = getattr(ws, "reset_dimensions", None)
        if reset is not None:
            reset()  # some programs store a wrong used range: read every row
        out: list[tuple[int, tuple[Any, ...]]] = []
        for n, cells in enumerate(ws.iter_rows(values_only=True), 1):
            if all(_is_blank(v) for v in cells):
                continue
            out.append((n, tuple(cells)))
            if len(out) > MAX_ROWS + 1:
                break  # the header and one row too many: enough to refuse the file
        return out
    except Exception as exc:  # openpyxl raises many kinds for a damaged file: logged
        logger.info("unreadable workbook %s", path.name, exc_info=True)
        errors.add(
            0, _("File"), _("{file} cannot be read ({reason}).").format(file=path.name, reason=exc)
        )
        return []
    finally:
        with contextlib.suppress(Exception):
            wb.close()


def _letter(pos: int) -> str:
    return get_column_letter(pos + 1) if pos < 16384 else f"#{pos + 1}"


def _norm(label: str) -> str:
    return re.sub(r"[^a-z0-9]", "", label.lower())


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_table(path: Path, lay: Layout, errors: _Errors) -> _Table | None:
    grid = iter(_read_grid(path, lay, errors))
    if errors:
        return None
    header: tuple[Any, ...] | None = None
    header_row = 0
    for n, cells in grid:
        if any(not _is_blank(v) for v in cells):
            header, header_row = cells, n
            break
    if header is None:
        errors.add(
            0, _("File"), _("{file} is empty: there is no header row.").format(file=path.name)
        )
        return None
    if len(header) > MAX_COLUMNS and any(not _is_blank(v) for v in header[MAX_COLUMNS:]):
        errors.add(
            header_row,
            "",
            _("the header has more than {count} columns.").format(count=MAX_COLUMNS),
        )
        return None
    wanted: dict[str, str] = {}
    for c in lay.columns:
        for name in (c.title, c.key, *c.aliases):
            wanted.setdefault(_norm(name), c.key)
    index: dict[str, int] = {}
    for pos, raw in enumerate(header[:MAX_COLUMNS]):
        text = _header_text(raw)
        letter = get_column_letter(pos + 1)
        if not text:
            continue
        if text.startswith("="):
            errors.add(
                header_row,
                _("column {letter}").format(letter=letter),
                _("the header is a formula; type the name."),
            )
            continue
        key = wanted.get(_norm(text))
        if key is None:
            titles = [c.title for c in lay.columns]
            close = difflib.get_close_matches(text, titles, n=1, cutoff=0.75)
            if close:
                errors.add(
                    header_row,
                    _("column {letter} '{name}'").format(letter=letter, name=text[:40]),
                    # The English title: it is what to type in the header.
                    _("unknown column; did you mean '{title}'?").format(title=close[0]),
                )
            else:
                errors.warnings.append(
                    _("column {letter} '{name}' is not an import column and is ignored.").format(
                        letter=letter, name=text[:40]
                    )
                )
            continue
        title = lay.column(key).title  # header problems name the header as it is typed: English
        if key in index:
            errors.add(
                header_row,
                title,
                _("the column appears twice (columns {first} and {second}).").format(
                    first=get_column_letter(index[key] + 1), second=letter
                ),
            )
            continue
        index[key] = pos
    for c in lay.columns:
        if c.required and c.key not in index:
            errors.add(header_row, c.title, _("this required column is missing from the header."))
    if lay.kind == "operators" and not {"eori", "vat", "tin"} & set(index):
        errors.add(
            header_row,
            "EORI",
            _("the file needs an EORI, a VAT or a TIN column to match operators."),
        )
    if lay.kind == "training" and not {"staff_email", "staff_name"} & set(index):
        errors.add(
            header_row, "Staff email", _("the file needs a Staff email or a Staff name column.")
        )
    if errors:
        return None
    used = set(index.values())
    named = {pos for pos, v in enumerate(header[:MAX_COLUMNS]) if _header_text(v)}
    data: list[tuple[int, tuple[Any, ...]]] = []
    for n, cells in grid:
        if all(_is_blank(v) for v in cells):
            continue
        if len(data) >= MAX_ROWS:
            errors.add(
                n, "", _("the file has more than {count:,} rows; split it.").format(count=MAX_ROWS)
            )
            return None
        stray = next(
            (
                p
                for p, v in enumerate(cells)
                if p not in used and p not in named and not _is_blank(v)
            ),
            None,
        )
        if stray is not None:
            errors.add(
                n,
                _("column {letter}").format(letter=_letter(stray)),
                _("holds a value, but the column has no header."),
            )
        data.append((n, cells))
    if not data and not errors:
        errors.add(
            0,
            _("File"),
            _("{file} has a header row but no rows to import.").format(file=path.name),
        )
    return _Table(header_row, index, data)


# --- reading cells --------------------------------------------------------------------------


class _Cells:
    """One data row: each getter returns the checked value, or None after recording an error
    for the row and the column."""

    def __init__(self, lay: Layout, table: _Table, n: int, cells: tuple[Any, ...], errors: _Errors):
        self.lay = lay
        self.n = n
        self._table = table
        self._cells = cells
        self._errors = errors
        self._bad: set[str] = set()
        self.failed = False

    def error(self, key: str, message: str) -> None:
        self.failed = True
        self._bad.add(key)
        title = _(self.lay.column(key).title) if key else ""  # shown in the current language
        self._errors.add(self.n, title, message)

    def raw(self, key: str) -> Any:
        pos = self._table.index.get(key)
        if pos is None or pos >= len(self._cells):
            return None
        value = self._cells[pos]
        spec = self.lay.column(key)
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            if value.startswith("="):
                self.error(
                    key,
                    _("is a formula ({formula}); type the value itself.").format(
                        formula=_clip(value)
                    ),
                )
                return None
            if value.upper() in _EXCEL_ERRORS:
                self.error(key, _("holds the Excel error {error}.").format(error=value.upper()))
                return None
            limit = min(spec.max_len, MAX_CELL_CHARS)
            if len(value) > limit:
                self.error(
                    key,
                    _("is {length:,} characters long; at most {limit:,} are allowed.").format(
                        length=len(value), limit=limit
                    ),
                )
                return None
            if _CONTROL.search(value):
                self.error(key, _("contains control characters; retype the value."))
                return None
            return value
        if value is None or isinstance(value, (bool, int, datetime, date, time, timedelta)):
            return value
        if isinstance(value, float):
            if not math.isfinite(value):
                self.error(key, _("is not a number that can be used."))
                return None
            return value
        name = type(value).__name__
        if "Formula" in name:
            self.error(key, _("is a formula; type the value itself."))
        else:
            self.error(
                key,
                _("holds a value of a kind that cannot be imported ({kind}).").format(kind=name),
            )
        return None

    def text(self, key: str) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool):
            self.error(
                key, _("is TRUE; expected text.") if value else _("is FALSE; expected text.")
            )
            return None
        if isinstance(value, (datetime, date, time, timedelta)):
            self.error(
                key,
                _(
                    "is a date or time ({value}); expected text (Excel may have converted it)."
                ).format(value=value),
            )
            return None
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else repr(value)
        return str(value)

    def count(self, key: str) -> int | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, (bool, datetime, date, time, timedelta)):
            self.error(key, _("'{text}' is not a whole number.").format(text=value))
            return None
        if isinstance(value, float):
            if not value.is_integer():
                self.error(key, _("'{text}' is not a whole number.").format(text=f"{value:g}"))
                return None
            value = int(value)
        if isinstance(value, int):
            if value < 0:
                self.error(key, _("cannot be negative."))
                return None
            if value > 10_000_000:
                self.error(key, _("is implausibly large."))
                return None
            return value
        try:
            return parse_count(str(value), self.lay.column(key).title)
        except ValidationError as exc:
            self.error(key, _message(exc))
            return None

    def amount(self, key: str) -> float | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, (bool, datetime, date, time, timedelta)):
            self.error(key, _("'{text}' is not an amount in EUR.").format(text=value))
            return None
        if isinstance(value, (int, float)):
            if value < 0:
                self.error(key, _("cannot be negative."))
                return None
            if value > 1e13:
                self.error(key, _("is implausibly large."))
                return None
            return float(value)
        try:
            return parse_amount(str(value), self.lay.column(key).title)
        except ValidationError as exc:
            self.error(key, _message(exc))
            return None

    def number(self, key: str, maximum: float) -> float | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, (bool, datetime, date, time, timedelta)):
            self.error(key, _("'{text}' is not a number.").format(text=value))
            return None
        if isinstance(value, str):
            cleaned = re.sub(r"[\s\u00a0\u202f]", "", value)
            if re.fullmatch(r"\d+,\d+", cleaned):
                cleaned = cleaned.replace(",", ".")  # a decimal comma
            if not re.fullmatch(r"\d+(\.\d+)?", cleaned):
                self.error(
                    key,
                    _("'{text}' is not a number (0 or more, like 7.5).").format(text=_clip(value)),
                )
                return None
            value = float(cleaned)
        number = float(value)
        if number < 0:
            self.error(key, _("cannot be negative."))
            return None
        if number > maximum:
            self.error(key, _("is more than {maximum:g}.").format(maximum=maximum))
            return None
        return number

    def day(self, key: str) -> date | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            day = value.date()
        elif isinstance(value, date):
            day = value
        elif isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                self.error(key, _("'{text}' is not a date in the calendar.").format(text=value))
                return None
        else:
            self.error(
                key,
                _(
                    "'{text}' is not a date: use an Excel date cell or write it as YYYY-MM-DD "
                    "(for example 2026-03-12)."
                ).format(text=_clip(str(value))),
            )
            return None
        if not 1900 <= day.year <= 2100:
            self.error(key, _("{date} is not a plausible date.").format(date=day.isoformat()))
            return None
        return day

    def words(self, key: str) -> tuple[str, ...] | None:
        """A comma-separated list of words from the column's choices (any case)."""
        text = self.text(key)
        if text is None:
            return None
        spec = self.lay.column(key)
        found: list[str] = []
        unknown: list[str] = []
        for part in _LIST_SEPARATORS.split(text):
            word = " ".join(part.split()).lower()
            if not word:
                continue
            if word not in spec.choices:
                unknown.append(part.strip())
            elif word not in found:
                found.append(word)
        if unknown:
            self.error(
                key,
                _("unknown: {words}; the choices are {choices}.").format(
                    words=", ".join(repr(u) for u in unknown[:5]), choices=", ".join(spec.choices)
                ),
            )
            return None
        return tuple(found)

    def choice(self, key: str) -> str | None:
        text = self.text(key)
        if text is None:
            return None
        word = " ".join(text.split()).lower()
        spec = self.lay.column(key)
        if word not in spec.choices:
            self.error(
                key,
                _("'{text}' is not one of {choices}.").format(
                    text=_clip(text), choices=", ".join(spec.choices)
                ),
            )
            return None
        return word

    def require(self, key: str, value: Any) -> None:
        if value is None and not self.failed_on(key):
            self.error(key, _("is required."))

    def failed_on(self, key: str) -> bool:
        return key in self._bad


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _message(exc: ValidationError) -> str:
    return " ".join(exc.problems.values())


# --- planning -------------------------------------------------------------------------------


def plan_import(db: sqlite_utils.Database, kind: str, path: Path) -> ImportPlan:
    """The dry run: what importing ``path`` would do, and every problem. Writes nothing."""
    return _plan(db, layout(kind), Path(path))


def _plan(db: sqlite_utils.Database, lay: Layout, path: Path) -> ImportPlan:
    errors = _Errors()
    planned: list[PlannedRow] = []
    table = _read_table(path, lay, errors)
    if table is not None and table.rows:
        planner = _PLANNERS[lay.kind](db)
        for n, cells in table.rows:
            row = _Cells(lay, table, n, cells, errors)
            result = planner(row)
            if result is not None and not row.failed:
                planned.append(result)
    return ImportPlan(
        kind=lay.kind,
        file_name=path.name,
        rows=tuple(planned),
        errors=tuple(errors.items),
        more_errors=errors.more,
        warnings=tuple(errors.warnings),
    )


_Planner = Callable[["_Cells"], PlannedRow | None]


class _OperatorPlanner:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.claimed: dict[tuple[str, str, str], int] = {}  # identifier -> first row
        self.matched: dict[int, int] = {}  # operator id -> row
        # Every identifier at once (one query; a register has tens of thousands at most).
        self.owners = import_repo.identifier_owners(db)

    def _owner(self, ident: Identifier) -> Row | None:
        return self.owners.get((ident.scheme.value, ident.country, ident.value))

    def __call__(self, c: _Cells) -> PlannedRow | None:
        name = c.text("name")
        headcount = c.count("headcount")
        turnover = c.amount("turnover")
        balance = c.amount("balance")
        sector = c.text("sector")
        roles = c.words("roles")
        region = c.text("region")
        address = c.text("address")
        c.require("name", name)
        c.require("headcount", headcount)
        idents = self._identifiers(c)
        if c.failed or name is None or headcount is None:
            return None
        if not idents:
            c.error("eori", _("give an EORI, a VAT or a TIN: rows are matched by it."))
            return None
        key_column, key_ident = idents[0]
        owner = self._owner(key_ident)
        operator_id = int(owner["id"]) if owner else None
        for column, ident in idents:
            triple = (ident.scheme.value, ident.country, ident.value)
            if triple in self.claimed:
                c.error(
                    column,
                    _("{identifier} is also on row {row}.").format(
                        identifier=ident.display, row=self.claimed[triple]
                    ),
                )
                continue
            self.claimed[triple] = c.n
            other = self._owner(ident)
            if other is not None and other["id"] != operator_id:
                if owner:
                    text = _("{identifier} already belongs to {other}; this row matches {owner}.")
                else:
                    text = _("{identifier} already belongs to {other}.")
                c.error(
                    column,
                    text.format(
                        identifier=ident.display,
                        other=other["name"],
                        owner=owner["name"] if owner else "",
                    ),
                )
        if operator_id is not None:
            if operator_id in self.matched:
                c.error(
                    key_column,
                    _("row {row} already matches the same operator.").format(
                        row=self.matched[operator_id]
                    ),
                )
            self.matched[operator_id] = c.n
        if c.failed:
            return None
        current = operator_repo.get_operator(self.db, operator_id) if operator_id else None
        given_schemes = {i.scheme.value for _col, i in idents}
        merged_idents = [(i.scheme.value, i.country, i.value) for _col, i in idents]
        if current is not None:
            merged_idents += [
                (i["scheme"], i["country"], i["value"])
                for i in current["identifiers"]
                if i["scheme"] not in given_schemes
            ]

        def keep(value: Any, column: str, default: Any) -> Any:
            if value is not None:
                return value
            return current[column] if current is not None else default

        data = OperatorInput(
            name=name,
            headcount=headcount,
            turnover_eur=keep(turnover, "turnover_eur", None),
            balance_sheet_eur=keep(balance, "balance_sheet_eur", None),
            sector=keep(sector, "sector", ""),
            roles=tuple(keep(roles, "roles", ())),
            region=keep(region, "region", ""),
            address=keep(address, "address", ""),
            identifiers=tuple(merged_idents),
        )
        try:
            op = validate_operator(data)
        except ValidationError as exc:
            for f, m in exc.problems.items():
                c.error(_OPERATOR_FIELDS.get(f, key_column if f.startswith("Ident") else ""), m)
            return None
        key = key_ident.display
        if current is None:
            return PlannedRow(c.n, Action.ADD, key, op.name, None, payload=op)
        changes = _operator_changes(current, op)
        action = Action.UPDATE if changes else Action.SKIP
        return PlannedRow(c.n, action, key, op.name, operator_id, tuple(changes), payload=op)

    def _identifiers(self, c: _Cells) -> list[tuple[str, Identifier]]:
        eori, vat, tin = c.text("eori"), c.text("vat"), c.text("tin")
        country = c.text("country")
        out: list[tuple[str, Identifier]] = []
        eori_country = ""
        if eori:
            try:
                ident = normalise_identifier("EORI", "", eori)
            except ValidationError as exc:
                c.error("eori", _message(exc))
            else:
                out.append(("eori", ident))
                eori_country = ident.country
        for column, scheme, value in (("vat", "VAT", vat), ("tin", "TIN", tin)):
            if not value:
                continue
            ctry = country or ""
            if not ctry and column == "vat" and value[:2].isalpha():
                ctry = value[:2]
            ctry = ctry or eori_country
            if not ctry:
                c.error(
                    "country",
                    _(
                        "is needed for the {scheme} (two letters, like FR): it does not start "
                        "with a country and there is no EORI."
                    ).format(scheme=_(scheme)),
                )
                continue
            try:
                ident = normalise_identifier(scheme, ctry, value)
            except ValidationError as exc:
                for f, m in exc.problems.items():
                    c.error("country" if f.endswith("country") else column, m)
                continue
            out.append((column, ident))
        return out


_OPERATOR_FIELDS = {
    "Name": "name",
    "Headcount": "headcount",
    "Turnover": "turnover",
    "Balance sheet": "balance",
    "Supply-chain roles": "roles",
}


def _operator_changes(current: Row, op: ValidOperator) -> list[str]:
    changes = []
    titles = {c.key: _(c.title) for c in OPERATOR_LAYOUT.columns}
    pairs = (
        ("name", current["name"], op.name),
        ("headcount", current["headcount"], op.headcount),
        ("turnover", current["turnover_eur"], op.turnover_eur),
        ("balance", current["balance_sheet_eur"], op.balance_sheet_eur),
        ("sector", current["sector"], op.sector),
        ("roles", sorted(current["roles"]), sorted(op.roles)),
        ("region", current["region"], op.region),
        ("address", current["address"], op.address),
    )
    for key, old, new in pairs:
        if old != new:
            changes.append(titles[key])
    have = {(i["scheme"], i["country"], i["value"]) for i in current["identifiers"]}
    want = {(i.scheme.value, i.country, i.value) for i in op.identifiers}
    if have != want:
        changes.append(_("Identifiers"))
    return changes


@dataclass(frozen=True)
class _StaffWrite:
    item: dict[str, Any]  # the columns to write (all of them when adding)
    roles_changed: bool


class _StaffPlanner:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.by_email: dict[str, list[Row]] = {}
        for s in import_repo.all_staff(db):
            self.by_email.setdefault(s["email"].strip().lower(), []).append(s)
        self.seen: dict[str, int] = {}

    def __call__(self, c: _Cells) -> PlannedRow | None:
        name = c.text("name")
        email = c.text("email")
        roles = c.words("roles")
        office = c.text("office")
        capacity = c.number("capacity", MAX_CAPACITY)
        active_from = c.day("active_from")
        active_to = c.day("active_to")
        c.require("name", name)
        c.require("email", email)
        c.require("active_from", active_from)
        if name is not None:
            name = " ".join(name.split())
        if email is not None:
            email = email.lower()
            if not _EMAIL.fullmatch(email):
                c.error("email", _("'{email}' is not an email address.").format(email=_clip(email)))
            elif email in self.seen:
                c.error(
                    "email",
                    _("{email} is also on row {row}.").format(email=email, row=self.seen[email]),
                )
            else:
                self.seen[email] = c.n
        if c.failed or name is None or email is None or active_from is None:
            return None
        matches = self.by_email.get(email, [])
        if len(matches) > 1:
            c.error(
                "email",
                _(
                    "{email} belongs to {count} staff members in the database ({names}); "
                    "correct them first."
                ).format(
                    email=email,
                    count=len(matches),
                    names=", ".join(m["name"] for m in matches[:3]),
                ),
            )
            return None
        current = matches[0] if matches else None
        item: dict[str, Any] = {
            "name": name,
            "email": email,
            "roles": list(roles) if roles is not None else (current or {}).get("roles", []),
            "office": office if office is not None else (current or {}).get("office", ""),
            "caseload_capacity": capacity
            if capacity is not None
            else (current or {}).get("caseload_capacity", 0.0),
            "active_from": active_from.isoformat(),
            "active_to": active_to.isoformat()
            if active_to is not None
            else (current or {}).get("active_to"),
        }
        if item["active_to"] is not None and item["active_to"] < item["active_from"]:
            column = "active_to" if active_to is not None else "active_from"
            c.error(
                column,
                _("the person would leave ({end}) before starting ({start}).").format(
                    end=item["active_to"], start=item["active_from"]
                ),
            )
            return None
        if current is None:
            return PlannedRow(c.n, Action.ADD, email, name, None, payload=_StaffWrite(item, False))
        if email == current["email"].strip().lower():
            item["email"] = current["email"]  # matched regardless of case: keep it as it is
        changed = {
            k: v
            for k, v in item.items()
            if (sorted(v) != sorted(current[k]) if k == "roles" else v != current[k])
        }
        titles = {spec.key: _(spec.title) for spec in STAFF_LAYOUT.columns}
        changes = tuple(titles[_STAFF_COLUMN_KEYS.get(k, k)] for k in changed)
        action = Action.UPDATE if changed else Action.SKIP
        payload = _StaffWrite(changed, "roles" in changed)
        return PlannedRow(c.n, action, email, name, int(current["id"]), changes, payload)


#: Staff table columns whose import column key differs.
_STAFF_COLUMN_KEYS = {"caseload_capacity": "capacity"}


@dataclass(frozen=True)
class _RecordWrite:
    staff_id: int
    course_id: int
    completed_on: str
    item: dict[str, Any]  # result, certificate_ref, session_ref (the changed ones on update)


class _TrainingPlanner:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.staff = import_repo.all_staff(db)
        self.by_email: dict[str, list[Row]] = {}
        self.by_name: dict[str, list[Row]] = {}
        for s in self.staff:
            self.by_email.setdefault(s["email"].strip().lower(), []).append(s)
            self.by_name.setdefault(_name_key(s["name"]), []).append(s)
        self.courses = {r["code"].strip().upper(): r for r in import_repo.all_courses(db)}
        self.seen: dict[tuple[int, int, str], int] = {}

    def __call__(self, c: _Cells) -> PlannedRow | None:
        email = c.text("staff_email")
        name = c.text("staff_name")
        code = c.text("course")
        completed = c.day("completed_on")
        result = c.choice("result")
        certificate = c.text("certificate_ref")
        session = c.text("session_ref")
        c.require("course", code)
        c.require("completed_on", completed)
        c.require("result", result)
        if (
            email is None
            and name is None
            and not (c.failed_on("staff_email") or c.failed_on("staff_name"))
        ):
            c.error("staff_email", _("is required (or the Staff name)."))
        if completed is not None and completed > clock.today():
            c.error(
                "completed_on",
                _("{date} is in the future; record courses once done.").format(date=completed),
            )
        person = self._person(c, email, name)
        course = self._course(c, code)
        if c.failed or person is None or course is None or completed is None or result is None:
            return None
        key = (int(person["id"]), int(course["id"]), completed.isoformat())
        if key in self.seen:
            c.error(
                "completed_on",
                _("the same person, course and date are on row {row}.").format(row=self.seen[key]),
            )
            return None
        self.seen[key] = c.n
        label = f"{person['name']}, {course['code']}, {completed.isoformat()}"
        existing = import_repo.training_records_on(self.db, *key)
        if len(existing) > 1:
            c.error(
                "completed_on",
                _(
                    "{name} already has {count} records of {course} on {date}; correct them in "
                    "the training screen first."
                ).format(
                    name=person["name"], count=len(existing), course=course["code"], date=completed
                ),
            )
            return None
        item = {"result": result, "certificate_ref": certificate, "session_ref": session}
        if not existing:
            full = {k: v or "" for k, v in item.items()}
            return PlannedRow(c.n, Action.ADD, label, person["name"], None,
                              payload=_RecordWrite(*key, full))  # fmt: skip
        current = existing[0]
        changed = {k: v for k, v in item.items() if v is not None and v != current[k]}
        titles = {
            "result": _("Result"),
            "certificate_ref": _("Certificate"),
            "session_ref": _("Session"),
        }
        return PlannedRow(
            c.n,
            Action.UPDATE if changed else Action.SKIP,
            label,
            person["name"],
            int(current["id"]),
            tuple(titles[k] for k in changed),
            _RecordWrite(*key, changed),
        )

    def _person(self, c: _Cells, email: str | None, name: str | None) -> Row | None:
        if email is not None:
            found = self.by_email.get(email.lower(), [])
            if not found:
                c.error(
                    "staff_email",
                    _("no staff member has the email {email}.").format(email=_clip(email)),
                )
                return None
            if len(found) > 1:
                c.error(
                    "staff_email",
                    _("{count} staff members share this email.").format(count=len(found)),
                )
                return None
            person = found[0]
            if name is not None and _name_key(name) != _name_key(person["name"]):
                c.error(
                    "staff_name",
                    _("'{name}' is not the name of {email} ({person}).").format(
                        name=_clip(name), email=email, person=person["name"]
                    ),
                )
                return None
            return person
        if name is None:
            return None
        found = self.by_name.get(_name_key(name), [])
        if not found:
            c.error("staff_name", _("no staff member is called '{name}'.").format(name=_clip(name)))
            return None
        if len(found) > 1:
            c.error(
                "staff_name",
                _("{count} staff members are called '{name}'; give the Staff email.").format(
                    count=len(found), name=_clip(name)
                ),
            )
            return None
        return found[0]

    def _course(self, c: _Cells, code: str | None) -> Row | None:
        if code is None:
            return None
        course = self.courses.get(code.strip().upper())
        if course is None:
            known = ", ".join(list(self.courses)[:12]) or _("none yet")
            c.error(
                "course",
                _("no course has the code '{code}' (codes: {codes}).").format(
                    code=_clip(code), codes=known
                ),
            )
            return None
        if not course["is_active"]:
            c.error(
                "course",
                _("{code} ({name}) is retired.").format(code=course["code"], name=course["name"]),
            )
            return None
        return course


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


_PLANNERS: dict[str, Callable[[sqlite_utils.Database], _Planner]] = {
    "operators": _OperatorPlanner,
    "staff": _StaffPlanner,
    "training": _TrainingPlanner,
}


# --- running --------------------------------------------------------------------------------


def run_import(db: sqlite_utils.Database, kind: str, path: Path, actor: Actor) -> ImportResult:
    """Plan again and write every row in one transaction; refuse the whole file (writing
    nothing) when the plan has any error."""
    access.require(Permission.IMPORT, actor)
    lay = layout(kind)
    path = Path(path)
    now = clock.now_iso()
    ids: list[int] = []
    with db.atomic():
        plan = _plan(db, lay, path)
        if not plan.ok:
            raise ImportRefusedError(plan)
        for row in plan.rows:
            if row.action is Action.SKIP:
                continue
            ids.append(_WRITERS[kind](db, row, now, actor))
    result = ImportResult(kind, path.name, plan.to_add, plan.to_update, plan.to_skip, tuple(ids))
    logger.info("imported %s", result.summary())
    return result


def _write_operator(db: sqlite_utils.Database, row: PlannedRow, now: str, actor: Actor) -> int:
    op: ValidOperator = row.payload
    item = {
        "name": op.name,
        "headcount": op.headcount,
        "turnover_eur": op.turnover_eur,
        "balance_sheet_eur": op.balance_sheet_eur,
        "size_class": op.size_class.value,
        "sector": op.sector,
        "roles": list(op.roles),
        "region": op.region,
        "address": op.address,
        "updated_at": now,
    }
    idents = [(i.scheme.value, i.country, i.value) for i in op.identifiers]
    if row.action is Action.ADD:
        operator_id = operator_repo.insert_operator(db, {**item, "created_at": now})
    else:
        assert row.target_id is not None
        operator_id = row.target_id
        operator_repo.update_operator(db, operator_id, item)
    operator_repo.replace_identifiers(db, operator_id, idents)
    return operator_id


def _write_staff(db: sqlite_utils.Database, row: PlannedRow, now: str, actor: Actor) -> int:
    write: _StaffWrite = row.payload
    if row.action is Action.ADD:
        return staff_repo.insert_staff(db, {**write.item, "updated_at": now})
    assert row.target_id is not None
    import_repo.update_staff(db, row.target_id, write.item, now)
    if write.roles_changed:
        changed_on = max(clock.today().isoformat(), write.item.get("active_from") or "")
        import_repo.insert_role_change(db, row.target_id, changed_on, write.item["roles"], now)
    return row.target_id


def _write_record(db: sqlite_utils.Database, row: PlannedRow, now: str, actor: Actor) -> int:
    write: _RecordWrite = row.payload
    if row.action is Action.ADD:
        return import_repo.insert_training_record(
            db,
            {
                "staff_id": write.staff_id,
                "course_id": write.course_id,
                "completed_on": write.completed_on,
                **write.item,
                "created_at": now,
                "created_by": actor.name,
            },
        )
    assert row.target_id is not None
    import_repo.update_training_record(db, row.target_id, write.item)
    return row.target_id


_WRITERS: dict[str, Callable[[sqlite_utils.Database, PlannedRow, str, Actor], int]] = {
    "operators": _write_operator,
    "staff": _write_staff,
    "training": _write_record,
}


# --- templates ------------------------------------------------------------------------------


def template_workbook(kind: str, path: Path) -> None:
    """Write the empty template of ``kind`` (header row, an "Example" sheet and a "Read me"
    sheet) at ``path``, atomically."""
    lay = layout(kind)
    path = Path(path)
    wb = Workbook()
    data = wb.active
    assert data is not None
    data.title = lay.sheet
    _template_sheet(data, lay, example=False)
    _template_sheet(wb.create_sheet(SHEET_EXAMPLE), lay, example=True)
    _readme_sheet(wb.create_sheet(SHEET_README), lay)
    wb.properties.title = _("AEO Desk import template: {sheet}").format(sheet=lay.sheet)
    wb.properties.creator = "AEO Desk"
    xlsx_writer.atomic_save(wb, path, what="The import template")


def _template_sheet(ws: Worksheet, lay: Layout, *, example: bool) -> None:
    last_row = 2 if example else 1000
    for col, spec in enumerate(lay.columns, 1):
        cell = ws.cell(1, col, spec.title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = spec.width
        fmt = {ColumnType.DATE: "yyyy-mm-dd", ColumnType.TEXT: "@"}.get(spec.type)
        if fmt:
            # A column style: what is typed stays text ("0012" keeps its zeros), dates show
            # as YYYY-MM-DD.
            ws.column_dimensions[letter].number_format = fmt
            if example:
                ws.cell(2, col).number_format = fmt
        if spec.type is ColumnType.CHOICE:
            dv = DataValidation(
                type="list", formula1=f'"{",".join(spec.choices)}"', allow_blank=True
            )
            dv.add(f"{letter}2:{letter}{last_row}")
            ws.add_data_validation(dv)
        if example and spec.example not in (None, ""):
            ws.cell(2, col, spec.example)
    ws.freeze_panes = "A2"


def _readme_sheet(ws: Worksheet, lay: Layout) -> None:
    # The sheet names and the column titles stay English: the import finds them by name.
    lines = [
        (_("Import template: {sheet}").format(sheet=lay.sheet), None),
        (lay.description, None),
        ("", None),
        (_("How to fill it in"), _HEADER_FONT),
        (_("Type one row per record on the sheet '{sheet}', below the header row. Do not "
           "rename the headers; columns may be in any order, and columns you do not need may "
           "be deleted (except the required ones).").format(sheet=lay.sheet), None),
        (_("The sheet '{sheet}' shows a filled-in row. It is not imported.").format(
            sheet=SHEET_EXAMPLE), None),
        (lay.matched_by, None),
        (_("An empty cell keeps what AEO Desk already has for a matched record; it does not "
           "erase it."), None),
        (_("Dates: an Excel date, or text written as YYYY-MM-DD (2026-03-12). Formulas are "
           "refused: type the values."), None),
        (_("AEO Desk first shows what the import would do (a dry run) and every problem with "
           "its row and column. Nothing is imported until the file has no problem left; then "
           "every row is imported at once. Importing the same file again changes nothing."),
         None),
        (_("A .csv file (UTF-8, separated by commas or semicolons) with the same header works "
           "too."), None),
        ("", None),
    ]  # fmt: skip
    for n, (text, font) in enumerate(lines, 1):
        cell = ws.cell(n, 1, text)
        if n == 1:
            cell.font = Font(bold=True, size=14)
        elif font is not None:
            cell.font = font
        cell.alignment = _TOP_WRAP
        ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=4)
    top = len(lines) + 1
    headers = (_("Column"), _("Required"), _("What to write"), _("Example"))
    for col, title in enumerate(headers, 1):
        cell = ws.cell(top, col, title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    for n, spec in enumerate(lay.columns, top + 1):
        example = spec.example
        if isinstance(example, date):
            example = example.isoformat()
        values = (spec.title, _("yes") if spec.required else "", spec.explanation, example)
        for col, value in enumerate(values, 1):
            cell = ws.cell(n, col, "" if value is None else value)
            cell.alignment = _TOP_WRAP
            if isinstance(value, str):
                cell.number_format = "@"
    for col, width in zip("ABCD", (22, 10, 70, 30), strict=True):
        ws.column_dimensions[col].width = width


def template_file_name(kind: str) -> str:
    return f"aeo-desk-{layout(kind).kind}-template.xlsx"
