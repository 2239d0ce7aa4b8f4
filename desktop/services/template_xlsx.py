"""Checklist templates as Excel workbooks, for administrators who edit templates in a
spreadsheet: export one template, change it, import it back as a new version.

The layout (docs/template-xlsx.md):

* sheet **Template**: a "Field | Value" header, then one row per header field (Format, Code,
  Version, Name, Description, Programmes comma-separated, MSME track yes/no);
* sheet **Items**: a header row with :data:`ITEM_COLUMNS`, then one row per section (its
  Item code left empty, so that titles and nesting survive even for a section without items
  of its own) and one row per item, in checklist order. A section path names the section and
  its parents: ``G > G.1``.

Import is all-or-nothing: the whole workbook is read and checked first, every problem is
reported with the sheet, the row number and the column, and the template is installed only
when nothing is wrong. The JSON form built from the workbook then goes through
:func:`desktop.domain.checklists.parse_template` and :func:`desktop.services.templates.install`
like any other template file, so the same rules hold whatever the source.

Excel safety (house style, Rule 20): the workbook is written to ``<file>.tmp`` next to the
target and moved over it with :func:`os.replace`. Text that Excel would read as a formula
(starting with ``=``, ``+``, ``-`` or ``@``) is stored as a plain string cell with Excel's
"quote prefix" flag, so it stays text, exactly as written, and reads back unchanged. Both come
from :mod:`desktop.services.xlsx_writer`, the one safe writer.

Language: the workbook's structure (sheet names, column titles, field labels, Must/Should,
yes/no) is a file format read back by name, so it stays English whatever the language of the
interface, like the JSON form. The problems reported on import are translated; they name the
sheets and columns as they are in the file.
"""

from __future__ import annotations

import logging
import os  # noqa: F401 - tests patch ``template_xlsx.os.replace``; the move is in xlsx_writer
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.domain import checklists as cl
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import _
from desktop.services import templates
from desktop.services.xlsx_writer import atomic_save, set_text

logger = logging.getLogger(__name__)

SHEET_TEMPLATE = "Template"
SHEET_ITEMS = "Items"

#: The Template sheet: (JSON key, label), in order.
TEMPLATE_FIELDS: tuple[tuple[str, str], ...] = (
    ("format", "Format"),
    ("code", "Code"),
    ("version", "Version"),
    ("name", "Name"),
    ("description", "Description"),
    ("programmes", "Programmes"),
    ("msme_track", "MSME track"),
)

COL_PATH = "Section path"
COL_SECTION_CODE = "Section code"
COL_SECTION_TITLE = "Section title"
COL_ITEM_CODE = "Item code"
COL_REQUIREMENT = "Requirement"
COL_TEXT = "Text"
COL_GUIDANCE = "Guidance"
COL_APPLIES = "Applies to"
COL_MSME = "MSME keeps"
COL_SAQ = "SAQ ref"

#: The Items sheet's columns, in order: (title, width, wrap text).
ITEM_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    (COL_PATH, 18.0, False),
    (COL_SECTION_CODE, 12.0, False),
    (COL_SECTION_TITLE, 32.0, True),
    (COL_ITEM_CODE, 11.0, False),
    (COL_REQUIREMENT, 13.0, False),
    (COL_TEXT, 60.0, True),
    (COL_GUIDANCE, 50.0, True),
    (COL_APPLIES, 24.0, False),
    (COL_MSME, 12.0, False),
    (COL_SAQ, 10.0, False),
)
#: Item columns that must be empty on a section row (a row with no Item code).
_ITEM_ONLY = (COL_REQUIREMENT, COL_TEXT, COL_GUIDANCE, COL_APPLIES, COL_MSME, COL_SAQ)

PATH_SEPARATOR = " > "
#: At most this many problems are listed; the rest are counted.
MAX_PROBLEMS = 40

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_SECTION_FILL = PatternFill("solid", fgColor="F2F4F7")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")
_YES = frozenset({"yes", "y", "true", "1"})
_NO = frozenset({"no", "n", "false", "0"})


# --- export ---------------------------------------------------------------------------------


def export_template(db: sqlite_utils.Database, template_id: int, path: Path) -> int:
    """Write template ``template_id`` as a workbook at ``path``, atomically. Returns the
    number of rows on the Items sheet (sections plus items)."""
    return write_template_xlsx(templates.template(db, template_id), path)


def write_template_xlsx(t: cl.Template, path: Path) -> int:
    wb, n = build_workbook(t)
    atomic_save(wb, path, what="The template")  # xlsx_writer translates ``what``
    logger.info("exported template %s %s (%d rows)", t.code, t.version, n)
    return n


def build_workbook(t: cl.Template) -> tuple[Workbook, int]:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    _template_sheet(ws, t)
    n = _items_sheet(wb.create_sheet(SHEET_ITEMS), t)
    wb.properties.title = _("Checklist template {code} {version}").format(
        code=t.code, version=t.version
    )
    wb.properties.creator = "AEO Desk"
    return wb, n


def _template_sheet(ws: Worksheet, t: cl.Template) -> None:
    ws.title = SHEET_TEMPLATE
    values = {
        "format": cl.FORMAT,
        "code": t.code,
        "version": t.version,
        "name": t.name,
        "description": t.description,
        "programmes": ", ".join(t.programmes),
        "msme_track": _yes_no(t.msme_track),
    }
    _header(ws, (("Field", 16.0, False), ("Value", 70.0, True)))
    for row, (key, label) in enumerate(TEMPLATE_FIELDS, 2):
        _put(ws, row, 1, label).font = _HEADER_FONT
        _put(ws, row, 2, values[key], wrap=True).number_format = "@"


def _items_sheet(ws: Worksheet, t: cl.Template) -> int:
    _header(ws, ITEM_COLUMNS)
    row = 1

    def visit(sections: Sequence[cl.Section], parents: tuple[str, ...]) -> None:
        nonlocal row
        for s in sections:
            path = PATH_SEPARATOR.join((*parents, s.code))
            row += 1
            for col in range(1, len(ITEM_COLUMNS) + 1):
                value = (path, s.code, s.title)[col - 1] if col <= 3 else None
                cell = _put(ws, row, col, value, wrap=ITEM_COLUMNS[col - 1][2])
                cell.fill = _SECTION_FILL
                cell.font = _HEADER_FONT
            for i in s.items:
                row += 1
                values = (
                    path,
                    s.code,
                    s.title,
                    i.code,
                    i.requirement.value.capitalize(),
                    i.text,
                    i.guidance,
                    ", ".join(i.applies_to),
                    _yes_no(i.msme_keeps),
                    i.saq or "",
                )
                for col, value in enumerate(values, 1):
                    _put(ws, row, col, value, wrap=ITEM_COLUMNS[col - 1][2])
            visit(s.sections, (*parents, s.code))

    visit(t.sections, ())
    last = get_column_letter(len(ITEM_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{max(row, 2)}"
    # Text columns stay text when edited in Excel (a SAQ ref "2.10" must not become 2.1).
    for col in range(1, len(ITEM_COLUMNS) + 1):
        for r in range(2, row + 1):
            ws.cell(r, col).number_format = "@"
    _choices(ws, "Must,Should", _letter(COL_REQUIREMENT), row)
    _choices(ws, "yes,no", _letter(COL_MSME), row)
    return row - 1


def _letter(column: str) -> str:
    return get_column_letter([c[0] for c in ITEM_COLUMNS].index(column) + 1)


def _choices(ws: Worksheet, options: str, letter: str, last_row: int) -> None:
    """A drop-down list for a column, a few hundred rows beyond the data (room to add)."""
    dv = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True)
    dv.add(f"{letter}2:{letter}{last_row + 500}")
    ws.add_data_validation(dv)


def _header(ws: Worksheet, columns: Iterable[tuple[str, float, bool]]) -> None:
    for col, (title, width, _wrap) in enumerate(columns, 1):
        cell = _put(ws, 1, col, title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"


def _put(ws: Worksheet, row: int, column: int, value: Any, *, wrap: bool = False) -> Cell:
    """Write one cell; text is made safe (never a formula, no characters XML forbids)."""
    cell: Cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        set_text(cell, value)  # never a formula; Excel keeps it text when it is edited
    else:
        cell.value = value
    cell.alignment = _TOP_WRAP if wrap else _TOP
    return cell


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


# --- import ---------------------------------------------------------------------------------


def import_template(db: sqlite_utils.Database, path: Path) -> int:
    """Read a template workbook, check all of it, and install it. Returns the template id.

    Raises :class:`ValidationError` listing every problem as "<sheet> row <n>, <column>";
    nothing is installed then.
    """
    reader = _read(path)
    try:
        template_id, _new = templates.install(db, reader.template, source=f"xlsx:{path.name}")
    except ValidationError as exc:
        # The same code and version loaded with other content: point at the Version row.
        version_row = _at(SHEET_TEMPLATE, reader.rows["version"], "Version")
        raise ValidationError(
            {(version_row if f == "Version" else f): m for f, m in exc.problems.items()}
        ) from None
    return template_id


def read_template_xlsx(path: Path) -> cl.Template:
    """Read and check a template workbook without installing it (a preview)."""
    return _read(path).template


@dataclass
class _Reader:
    path: Path
    problems: dict[str, str] = field(default_factory=dict)
    more: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # template field -> its row
    template: cl.Template = field(init=False)

    def add(self, where: str, message: str) -> None:
        if where in self.problems:
            return
        if len(self.problems) >= MAX_PROBLEMS:
            self.more += 1
            return
        self.problems[where] = message

    def raise_if_any(self) -> None:
        if not self.problems:
            return
        problems = dict(self.problems)
        if self.more:
            problems[""] = _("… and {count} more problem(s).").format(count=self.more)
        raise ValidationError(problems)


def _read(path: Path) -> _Reader:
    reader = _Reader(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ValidationError(
            _("cannot read {file}: {reason}.").format(file=path.name, reason=exc.strerror or exc),
            field="File",
        ) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValidationError(
            _("{file} is not an Excel workbook (.xlsx) that can be read: {error}").format(
                file=path.name, error=exc
            ),
            field="File",
        ) from None
    try:
        sheets: dict[str, list[tuple[Any, ...]]] = {}
        for name in (SHEET_TEMPLATE, SHEET_ITEMS):
            if name not in wb.sheetnames:
                found = ", ".join(wb.sheetnames) or _("none")
                reader.add(
                    name,
                    _("the workbook has no sheet named '{name}' (sheets: {found}).").format(
                        name=name, found=found
                    ),
                )
                continue
            ws = wb[name]
            ws.reset_dimensions()  # some programs store a wrong used range: read every row
            sheets[name] = [tuple(r) for r in ws.iter_rows(values_only=True)]
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValidationError(
            _("{file} cannot be read: {error}").format(file=path.name, error=exc), field="File"
        ) from None
    finally:
        wb.close()
    reader.raise_if_any()
    header = _read_header(reader, sheets[SHEET_TEMPLATE])
    sections = _read_items(reader, sheets[SHEET_ITEMS])
    reader.raise_if_any()
    data = {**header, "sections": sections.tree()}
    try:
        reader.template = cl.parse_template(data)
    except cl.TemplateError as exc:  # a rule checked only by the domain: point at the row
        for message in exc.problems.values():
            reader.add(sections.locate(exc.place, reader.rows), message)
        reader.raise_if_any()
        raise
    return reader


def _cell_text(value: Any) -> str:
    """A cell as text, the way a person reads it (Excel may turn "2" into a number)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _flag(text: str) -> bool | None:
    low = text.lower()
    return True if low in _YES else False if low in _NO else None


def _codes(reader: _Reader, where: str, text: str) -> list[str]:
    """A comma-separated list of programme codes; unknown or repeated ones are problems."""
    found: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        code = part.upper()
        if code not in cl.PROGRAMME_CODES:
            reader.add(
                where,
                _("'{code}' is not a programme code (known: {known}).").format(
                    code=part, known=", ".join(cl.PROGRAMME_CODES)
                ),
            )
        elif code in found:
            reader.add(where, _("{code} is listed twice.").format(code=code))
        else:
            found.append(code)
    return found


def _at(sheet: str, row: int, column: str | None = None) -> str:
    """Where a problem is: "Items row 5, Text" (sheet and column as named in the file)."""
    if column is None:
        return _("{sheet} row {row}").format(sheet=sheet, row=row)
    return _("{sheet} row {row}, {column}").format(sheet=sheet, row=row, column=column)


def _norm(label: str) -> str:
    return re.sub(r"[\s_]+", " ", label).strip().lower()


def _read_header(reader: _Reader, table: list[tuple[Any, ...]]) -> dict[str, Any]:
    sheet = SHEET_TEMPLATE
    by_label = {_norm(label): key for key, label in TEMPLATE_FIELDS}
    by_label.update({_norm(key): key for key, _label in TEMPLATE_FIELDS})
    labels = dict(TEMPLATE_FIELDS)
    values: dict[str, str] = {}
    for n, raw in enumerate(table, 1):
        cells = [_cell_text(v) for v in raw]
        label = cells[0] if cells else ""
        value = cells[1] if len(cells) > 1 else ""
        if n == 1 and _norm(label) == "field":
            continue  # the header row
        if not label and not value:
            continue
        key = by_label.get(_norm(label))
        if key is None:
            known = ", ".join(labels.values())
            reader.add(
                _at(sheet, n, "Field"),
                _("unknown field '{label}' (known: {known}).").format(label=label, known=known),
            )
            continue
        if key in reader.rows:
            reader.add(
                _at(sheet, n, labels[key]),
                _("is given twice (also on row {row}).").format(row=reader.rows[key]),
            )
            continue
        reader.rows[key] = n
        values[key] = value
    for key, label in TEMPLATE_FIELDS:
        if key not in reader.rows:
            reader.add(
                f"{sheet}, {label}",
                _("there is no '{label}' row (column A).").format(label=label),
            )
    out: dict[str, Any] = {}
    for key in ("format", "code", "version", "name"):
        if key not in values:
            continue
        where = _at(sheet, reader.rows[key], labels[key])
        if not values[key]:
            reader.add(where, _("is required."))
        out[key] = values[key]
    if out.get("format") and out["format"] != cl.FORMAT:
        reader.add(
            _at(sheet, reader.rows["format"], "Format"),
            _("'{found}' is not {expected}.").format(found=out["format"], expected=cl.FORMAT),
        )
    out["description"] = values.get("description", "")
    if "programmes" in values:
        where = _at(sheet, reader.rows["programmes"], "Programmes")
        out["programmes"] = _codes(reader, where, values["programmes"])
    if "msme_track" in values:
        flag = _flag(values["msme_track"])
        if flag is None:
            reader.add(
                _at(sheet, reader.rows["msme_track"], "MSME track"),
                _("'{found}' is not yes or no.").format(found=values["msme_track"]),
            )
        out["msme_track"] = bool(flag)
    return out


@dataclass
class _Section:
    code: str
    title: str
    path: str
    row: int
    children: list[_Section] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "sections": [s.to_json() for s in self.children],
            "items": self.items,
        }


@dataclass
class _Tree:
    top: list[_Section] = field(default_factory=list)
    sections: dict[str, _Section] = field(default_factory=dict)  # code -> section
    item_rows: dict[str, int] = field(default_factory=dict)  # item code -> its row

    def tree(self) -> list[dict[str, Any]]:
        return [s.to_json() for s in self.top]

    def locate(self, place: cl.Place, template_rows: dict[str, int]) -> str:
        """Where a problem the domain found is on the sheets ("Items row 5, Text"), by the codes
        and the JSON key its ``place`` carries; its own label when it is nowhere on them."""
        key = place.key
        if place.item is not None and (row := self.item_rows.get(place.item)):
            return _at(SHEET_ITEMS, row, _JSON_COLUMNS.get(key or "", COL_ITEM_CODE))
        if place.section is not None and (section := self.sections.get(place.section)):
            return _at(SHEET_ITEMS, section.row, COL_SECTION_CODE)
        if key is not None and key in template_rows:
            return _at(SHEET_TEMPLATE, template_rows[key], dict(TEMPLATE_FIELDS)[key])
        return place.label


#: The Items sheet's column for each JSON key of an item.
_JSON_COLUMNS = {
    "requirement": COL_REQUIREMENT,
    "applies_to": COL_APPLIES,
    "msme_keeps": COL_MSME,
    "text": COL_TEXT,
    "guidance": COL_GUIDANCE,
    "saq": COL_SAQ,
    "title": COL_SECTION_TITLE,
}


_Claim = Callable[[str, int, str, str], bool]


def _read_items(reader: _Reader, table: list[tuple[Any, ...]]) -> _Tree:
    sheet = SHEET_ITEMS
    out = _Tree()
    if not table:
        reader.add(_at(sheet, 1), _("the sheet is empty (no header row)."))
        return out
    header = [_cell_text(v) for v in table[0]]
    index: dict[str, int] = {}
    wanted = {_norm(title): title for title, _w, _wrap in ITEM_COLUMNS}
    unknown: list[str] = []
    for pos, title in enumerate(header):
        if not title:
            continue
        canonical = wanted.get(_norm(title))
        if canonical is None:
            unknown.append(title)
        elif canonical in index:
            reader.add(
                _at(sheet, 1, canonical),
                _("the column appears twice (columns {first} and {second}).").format(
                    first=get_column_letter(index[canonical] + 1),
                    second=get_column_letter(pos + 1),
                ),
            )
        else:
            index[canonical] = pos
    missing = [title for title, _w, _wrap in ITEM_COLUMNS if title not in index]
    for title in missing:
        if unknown:
            message = _(
                "this column is missing from the header row; unknown header(s) there: {headers}."
            ).format(headers=", ".join(map(repr, unknown)))
        else:
            message = _("this column is missing from the header row.")
        reader.add(_at(sheet, 1, title), message)
    if missing:
        return out

    def get(raw: tuple[Any, ...], column: str) -> str:
        pos = index[column]
        return _cell_text(raw[pos]) if pos < len(raw) else ""

    codes: dict[str, tuple[int, str]] = {}  # every code used -> (row, "section"/"item")

    def claim(code: str, row: int, what: str, column: str) -> bool:
        """Take ``code`` for a "section" or an "item" (``what``), unless it is taken."""
        if code in codes:
            other_row, other = codes[code]
            if other == "section":
                message = _(
                    "'{code}' is already used by the section {code} on row {row}; codes must "
                    "be unique."
                )
            else:
                message = _(
                    "'{code}' is already used by the item {code} on row {row}; codes must be "
                    "unique."
                )
            reader.add(_at(sheet, row, column), message.format(code=code, row=other_row))
            return False
        codes[code] = (row, what)
        return True

    data_rows = 0
    for n, raw in enumerate(table[1:], 2):
        values = {title: get(raw, title) for title, _w, _wrap in ITEM_COLUMNS}
        if not any(values.values()):
            continue  # a blank row
        data_rows += 1
        section = _section_of(reader, out, n, values, claim)
        item_code = values[COL_ITEM_CODE]
        if not item_code:
            filled = [c for c in _ITEM_ONLY if values[c]]
            if filled:
                reader.add(
                    _at(sheet, n, COL_ITEM_CODE),
                    _(
                        "is empty, but the row has item details ({columns}). A row without an "
                        "Item code only defines a section."
                    ).format(columns=", ".join(filled)),
                )
            continue
        item = _item(reader, n, values)
        if claim(item_code, n, "item", COL_ITEM_CODE):
            out.item_rows[item_code] = n
        if section is not None and item is not None:
            section.items.append(item)
    if not data_rows:
        reader.add(_at(sheet, 2), _("the sheet has no sections and no items."))
    for code, s in out.sections.items():
        if not s.items and not s.children:
            reader.add(
                _at(sheet, s.row, COL_SECTION_CODE),
                _("section {code} has no items and no subsections.").format(code=code),
            )
    return out


def _section_of(
    reader: _Reader, out: _Tree, n: int, values: dict[str, str], claim: _Claim
) -> _Section | None:
    """The section a row belongs to; the first row naming a section path defines it."""
    sheet = SHEET_ITEMS
    raw_path, code, title = values[COL_PATH], values[COL_SECTION_CODE], values[COL_SECTION_TITLE]
    if not raw_path:
        reader.add(_at(sheet, n, COL_PATH), _("is required (for example 'G > G.1')."))
        return None
    parts = [p.strip() for p in raw_path.split(">")]
    if any(not p for p in parts):
        reader.add(
            _at(sheet, n, COL_PATH),
            _("'{path}' has an empty part; write the codes from the top, like 'G > G.1'.").format(
                path=raw_path
            ),
        )
        return None
    path = PATH_SEPARATOR.join(parts)
    if len(parts) > cl.MAX_DEPTH:
        reader.add(
            _at(sheet, n, COL_PATH),
            _("'{path}' nests {levels} levels deep; sections nest at most {most}.").format(
                path=path, levels=len(parts), most=cl.MAX_DEPTH
            ),
        )
        return None
    if not code:
        reader.add(_at(sheet, n, COL_SECTION_CODE), _("is required."))
        return None
    if code != parts[-1]:
        reader.add(
            _at(sheet, n, COL_SECTION_CODE),
            _("'{code}' is not the last code of the section path '{path}'.").format(
                code=code, path=path
            ),
        )
        return None
    known = out.sections.get(code)
    if known is not None:
        if known.path != path:
            reader.add(
                _at(sheet, n, COL_PATH),
                _("section {code} is under '{known}' on row {row}, not '{path}'.").format(
                    code=code, known=known.path, row=known.row, path=path
                ),
            )
            return None
        if title and title != known.title:
            reader.add(
                _at(sheet, n, COL_SECTION_TITLE),
                _("'{title}' differs from the title '{known}' given on row {row}.").format(
                    title=title, known=known.title, row=known.row
                ),
            )
        return known
    if not title:
        reader.add(_at(sheet, n, COL_SECTION_TITLE), _("is required."))
        return None
    parent: _Section | None = None
    if len(parts) > 1:
        parent_code = parts[-2]
        parent = out.sections.get(parent_code)
        parent_path = PATH_SEPARATOR.join(parts[:-1])
        if parent is None or parent.path != parent_path:
            reader.add(
                _at(sheet, n, COL_PATH),
                _("the parent section '{path}' is not defined on an earlier row.").format(
                    path=parent_path
                ),
            )
            return None
    if not claim(code, n, "section", COL_SECTION_CODE):
        return None
    section = _Section(code=code, title=title, path=path, row=n)
    out.sections[code] = section
    (parent.children if parent else out.top).append(section)
    return section


def _item(reader: _Reader, n: int, values: dict[str, str]) -> dict[str, Any] | None:
    sheet = SHEET_ITEMS
    ok = True

    def bad(column: str, message: str) -> None:
        nonlocal ok
        ok = False
        reader.add(_at(sheet, n, column), message)

    requirement = values[COL_REQUIREMENT]
    if not requirement:
        bad(COL_REQUIREMENT, _("is required (Must or Should)."))
    elif requirement.lower() not in ("must", "should"):
        bad(COL_REQUIREMENT, _("'{found}' is not Must or Should.").format(found=requirement))
    if not values[COL_TEXT]:
        bad(COL_TEXT, _("is required (what the operator must have in place)."))
    applies_text = values[COL_APPLIES]
    before = len(reader.problems) + reader.more
    applies = _codes(reader, _at(sheet, n, COL_APPLIES), applies_text)
    if len(reader.problems) + reader.more != before:
        ok = False
    elif not applies:
        bad(
            COL_APPLIES,
            _("is required: the programme codes the item applies to, comma-separated."),
        )
    keeps = _flag(values[COL_MSME])
    if not values[COL_MSME]:
        bad(COL_MSME, _("is required (yes or no)."))
    elif keeps is None:
        bad(COL_MSME, _("'{found}' is not yes or no.").format(found=values[COL_MSME]))
    if not ok:
        return None
    return {
        "code": values[COL_ITEM_CODE],
        "text": values[COL_TEXT],
        "guidance": values[COL_GUIDANCE],
        "requirement": requirement.lower(),
        "applies_to": applies,
        "msme_keeps": bool(keeps),
        "saq": values[COL_SAQ] or None,
    }
