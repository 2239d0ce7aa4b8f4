"""The ministry workbook: the unit's figures for a period, in a fixed, documented layout.

Three steps, each usable on its own:

* :func:`figures` counts everything in SQL (``db.repositories.ministry``) into a frozen
  :class:`MinistryFigures`: a few hundred numbers, however large the database.
* :func:`workbook_layout` lays the figures out as sheets, tables and charts
  (:class:`SheetLayout`): which cell holds what, independent of the Excel library.
* :func:`write_ministry_workbook` writes that layout with openpyxl in ``write_only`` mode,
  atomically: ``<file>.tmp`` in the target folder, then :func:`os.replace`. A failure leaves
  no file behind and raises :class:`DomainError` naming the file.

Every sheet and column, and the exact rule behind each number, is in
``docs/ministry-workbook.md``; the notes under each sheet's title say the same in short.
Text that Excel would read as a formula is written as plain text with the quote prefix.

Its sheet names, titles, notes, headers and labels are in the chosen language
(:mod:`desktop.domain.i18n`); the numbers and dates are typed cells whatever the language.

Who made the file and when is on the About sheet, in the document properties and in every
sheet's printed footer (:func:`desktop.services.xlsx_writer.made_by`: the rule for every
export). With ``staff_codes`` the figures name no staff member: each is a code
(:func:`staff_code`) that stays the same from one export of the unit to the next.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import os
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from db.repositories import ministry as repo
from db.repositories import settings as settings_repo
from desktop.domain.cases import APPLICATION_OPEN, CaseKind, CaseState
from desktop.domain.checklists import Outcome, Severity
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.i18n import _
from desktop.domain.operators import MSME_CLASSES, SizeClass
from desktop.services import clock, xlsx_writer
from desktop.services.version import app_version

logger = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

# --- the rules, from the domain -------------------------------------------------------------

#: An operator holding a case in one of these states at period end is "authorised".
AUTHORISED_STATES = (CaseState.GRANTED, CaseState.ACTIVE, CaseState.UNDER_REASSESSMENT)
#: ... in this one (and none of the above), "suspended".
SUSPENDED_STATES = (CaseState.SUSPENDED,)
#: The kinds of case that are applications (monitoring and reassessment are not).
APPLICATION_KINDS = (CaseKind.INITIAL, CaseKind.RENEWAL)
#: The role that makes a staff member a contact officer (as the contact-points page has it).
CONTACT_OFFICER_ROLE = "contact officer"
#: A staff member's code (``staff_codes``): this prefix, then hexadecimal digits.
STAFF_CODE_PREFIX = "ST-"
#: ... this many of them (more only where two codes of one export would be the same).
STAFF_CODE_LENGTH = 6

#: The sheets' names in English; the workbook has them in the chosen language (``_(name)``).
SHEET_ABOUT = "About this file"
SHEET_OPERATORS = "Operators"
SHEET_APPLICATIONS = "Applications"
SHEET_PROCESSING = "Processing"
SHEET_AUDITS = "Audits"
SHEET_ACTIONS = "Corrective actions"
SHEET_CONTACTS = "Contact coverage"
SHEET_TRAINING = "Training"
SHEETS = (
    SHEET_ABOUT,
    SHEET_OPERATORS,
    SHEET_APPLICATIONS,
    SHEET_PROCESSING,
    SHEET_AUDITS,
    SHEET_ACTIONS,
    SHEET_CONTACTS,
    SHEET_TRAINING,
)
#: Row labels in English; the figures hold them in the chosen language (``_(TOTAL)``).
TOTAL = "Total"
ALL_MSMES = "All MSMEs"
ALL_OFFICES = "All offices"
ALL_COURSES = "All courses"
ALL_PROGRAMMES = "All programmes"
NO_REGION = "(no region)"
NO_OFFICE = "(no office)"


def _values(states: Sequence[CaseState | CaseKind | SizeClass | Severity]) -> list[str]:
    return [s.value for s in states]


# --- the figures ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OperatorRow:
    label: str  # "Micro" ... "Large", "All MSMEs", "Total"
    authorised: int
    suspended: int
    applicant: int
    none: int
    total: int
    is_total: bool = False


@dataclass(frozen=True)
class MsmeShare:
    """The MSMEs' share (0..1) of each status column; None where the column is empty."""

    authorised: float | None
    suspended: float | None
    applicant: float | None
    none: float | None
    total: float | None


@dataclass(frozen=True)
class ApplicationRow:
    programme_code: str  # "" on the total row
    programme: str  # the programme's name, or "Total"
    received: int
    accepted: int
    not_accepted: int
    granted: int
    rejected: int
    withdrawn: int
    pending: int
    age_0_30: int
    age_31_60: int
    age_61_120: int
    age_121_180: int
    age_over_180: int
    is_total: bool = False


@dataclass(frozen=True)
class ProcessingRow:
    programme_code: str
    programme: str
    decisions: int
    granted: int
    rejected: int
    mean_days_from_receipt: float | None
    median_days_from_receipt: float | None
    mean_days_from_acceptance: float | None
    median_days_from_acceptance: float | None
    with_deadline: int
    within_deadline: int
    share_within_deadline: float | None
    with_extension: int
    is_total: bool = False


@dataclass(frozen=True)
class AuditRow:
    programme_code: str  # "Total" on the total row
    met: int
    improvement_plan: int
    not_met: int
    total: int
    msme_track: int
    mean_score: float | None
    is_total: bool = False


@dataclass(frozen=True)
class FindingRow:
    section_code: str  # "Total" on the total row
    section_title: str
    minor: int
    major: int
    critical: int
    total: int
    is_total: bool = False


@dataclass(frozen=True)
class ActionRow:
    severity: str  # "Minor", "Major", "Critical", "Total"
    due: int
    done_on_time: int
    done: int
    verified: int
    open_at_end: int
    overdue_at_end: int
    is_total: bool = False


@dataclass(frozen=True)
class CoverageRow:
    label: str  # size class or region, "All MSMEs" on the total row
    msmes: int
    covered: int
    uncovered: int
    share: float | None
    is_total: bool = False


@dataclass(frozen=True)
class OfficerRow:
    officer: str  # "Total" on the total row
    office: str
    primary: int
    primary_msme: int
    backup: int
    total: int
    is_total: bool = False


@dataclass(frozen=True)
class TrainingRow:
    course_code: str  # "Total" on the all-courses row
    course: str
    office: str  # "All offices" on per-course rows
    required: int
    valid: int
    expired: int
    missing: int
    compliance: float | None
    is_total: bool = False


@dataclass(frozen=True)
class MinistryFigures:
    period_from: date
    period_to: date
    unit_name: str
    sqlite_version: str
    schema_version: int
    operators: tuple[OperatorRow, ...]
    msme_share: MsmeShare
    applications: tuple[ApplicationRow, ...]
    processing: tuple[ProcessingRow, ...]
    audits: tuple[AuditRow, ...]
    findings: tuple[FindingRow, ...]
    actions: tuple[ActionRow, ...]
    coverage_by_size: tuple[CoverageRow, ...]
    coverage_by_region: tuple[CoverageRow, ...]
    officers: tuple[OfficerRow, ...]
    training_by_course: tuple[TrainingRow, ...]
    training_by_office: tuple[TrainingRow, ...]
    staff_codes: bool = False  # staff named by code (staff_code), not by name


def check_period(period_from: date, period_to: date, today: date | None = None) -> None:
    """A period runs forwards and ends today at the latest (its "end" figures are a state)."""
    today = today or clock.today()
    if period_to < period_from:
        raise ValidationError(
            _("the period ends ({end}) before it starts ({start}).").format(
                end=period_to, start=period_from
            ),
            field="Period",
        )
    if period_to > today:
        raise ValidationError(
            _(
                "the period cannot end after today ({today}): its end figures are the state on "
                "that day."
            ).format(today=today),
            field="Period",
        )


def staff_code(unit_id: str, staff_uuid: str, length: int = STAFF_CODE_LENGTH) -> str:
    """The code that stands for a staff member: "ST-" and the first ``length`` hexadecimal
    digits, upper case, of SHA-256 of the unit's id (``app_settings`` ``unit.id``) followed by
    the person's uuid. The same person has the same code in every export of the unit; nothing
    in it tells who the person is."""
    digest = hashlib.sha256(f"{unit_id}{staff_uuid}".encode()).hexdigest()
    return STAFF_CODE_PREFIX + digest[:length].upper()


def staff_code_map(
    unit_id: str, staff_uuids: Iterable[str], *, length: int = STAFF_CODE_LENGTH
) -> dict[str, str]:
    """Each uuid's :func:`staff_code`, all different: in the rare case that two people's
    codes are the same, theirs get two more digits, and two more, until they differ."""
    codes = {u: staff_code(unit_id, u, length) for u in set(staff_uuids)}
    while True:
        holders: defaultdict[str, list[str]] = defaultdict(list)
        for uuid, code in codes.items():
            holders[code].append(uuid)
        clashes = [uuids for uuids in holders.values() if len(uuids) > 1]
        if not clashes:
            return codes
        for uuids in clashes:
            for uuid in uuids:
                digits = len(codes[uuid]) - len(STAFF_CODE_PREFIX) + 2
                codes[uuid] = staff_code(unit_id, uuid, digits)


def _int(v: Any) -> int:
    return int(v or 0)


def _opt(v: Any) -> float | None:
    return None if v is None else float(v)


#: How many steps :func:`figures` reports through ``progress``.
FIGURE_STEPS = 8


def figures(
    db: sqlite_utils.Database,
    period_from: date,
    period_to: date,
    *,
    progress: Progress | None = None,
    staff_codes: bool = False,
) -> MinistryFigures:
    """Count everything the workbook shows, for the period (both ends included). With
    ``staff_codes``, staff members are named by their :func:`staff_code`, not their name
    (the contact officers' loads, sorted by code then)."""
    check_period(period_from, period_to)
    report = progress or (lambda *_: None)
    fr, to = period_from.isoformat(), period_to.isoformat()
    total, all_msmes, all_offices, all_courses = (
        _(TOTAL),
        _(ALL_MSMES),
        _(ALL_OFFICES),
        _(ALL_COURSES),
    )
    no_region, no_office = _(NO_REGION), _(NO_OFFICE)
    msme = _values(MSME_CLASSES)
    app_kinds = _values(APPLICATION_KINDS)
    app_open = _values(APPLICATION_OPEN)

    report(0, FIGURE_STEPS, _("Operators"))
    env = repo.environment(db)
    op_rows = repo.operators_by_size_and_status(
        db,
        to=to,
        size_classes=_values(list(SizeClass)),
        msme_classes=msme,
        authorised_states=_values(AUTHORISED_STATES),
        suspended_states=_values(SUSPENDED_STATES),
        application_kinds=app_kinds,
        application_open_states=app_open,
    )
    operators = tuple(
        OperatorRow(
            label={"msme": all_msmes, "total": total}.get(r["grp"]) or SizeClass(r["grp"]).label,
            authorised=_int(r["authorised"]),
            suspended=_int(r["suspended"]),
            applicant=_int(r["applicant"]),
            none=_int(r["none"]),
            total=_int(r["total"]),
            is_total=r["grp"] in ("msme", "total"),
        )
        for r in op_rows
        if r["grp"] != "msme_share"
    )
    s = next(r for r in op_rows if r["grp"] == "msme_share")
    share = MsmeShare(
        *(_opt(s[k]) for k in ("authorised", "suspended", "applicant", "none", "total"))
    )

    report(1, FIGURE_STEPS, _("Applications"))
    applications = tuple(
        ApplicationRow(
            programme_code=r["code"] or "",
            programme=r["name"] or total,
            **{k: _int(r[k]) for k in _APPLICATION_COUNTS},
            is_total=r["grp"] == 0,
        )
        for r in repo.applications(
            db,
            period_from=fr,
            to=to,
            application_kinds=app_kinds,
            application_open_states=app_open,
        )
    )

    report(2, FIGURE_STEPS, _("Processing times"))
    processing = tuple(
        ProcessingRow(
            programme_code=r["code"] or "",
            programme=r["name"] or total,
            decisions=_int(r["decisions"]),
            granted=_int(r["granted"]),
            rejected=_int(r["rejected"]),
            mean_days_from_receipt=_opt(r["mean_from_receipt"]),
            median_days_from_receipt=_opt(r["median_from_receipt"]),
            mean_days_from_acceptance=_opt(r["mean_from_acceptance"]),
            median_days_from_acceptance=_opt(r["median_from_acceptance"]),
            with_deadline=_int(r["with_deadline"]),
            within_deadline=_int(r["within_deadline"]),
            share_within_deadline=_opt(r["share_within_deadline"]),
            with_extension=_int(r["with_extension"]),
            is_total=r["grp"] == 0,
        )
        for r in repo.processing(db, period_from=fr, to=to, application_kinds=app_kinds)
    )

    report(3, FIGURE_STEPS, _("Audits"))
    audits = tuple(
        AuditRow(
            programme_code=r["code"] if r["code"] is not None else total,
            met=_int(r["met"]),
            improvement_plan=_int(r["improvement_plan"]),
            not_met=_int(r["not_met"]),
            total=_int(r["total"]),
            msme_track=_int(r["msme_track"]),
            mean_score=_opt(r["mean_score"]),
            is_total=r["code"] is None,
        )
        for r in repo.audit_outcomes(db, period_from=fr, to=to)
    )
    findings = tuple(
        FindingRow(
            section_code=r["code"] if r["code"] is not None else total,
            section_title=r["title"] or "",
            minor=_int(r["minor"]),
            major=_int(r["major"]),
            critical=_int(r["critical"]),
            total=_int(r["total"]),
            is_total=r["code"] is None,
        )
        for r in repo.findings_by_section(db, period_from=fr, to=to)
    )

    report(4, FIGURE_STEPS, _("Corrective actions"))
    actions = tuple(
        ActionRow(
            severity=Severity(r["severity"]).label if r["severity"] else total,
            due=_int(r["due"]),
            done_on_time=_int(r["done_on_time"]),
            done=_int(r["done"]),
            verified=_int(r["verified"]),
            open_at_end=_int(r["open_at_end"]),
            overdue_at_end=_int(r["overdue_at_end"]),
            is_total=r["severity"] is None,
        )
        for r in repo.corrective_actions(
            db, period_from=fr, to=to, severities=_values(list(Severity))
        )
    )

    report(5, FIGURE_STEPS, _("Contact coverage"))

    def coverage(r: dict[str, Any], label: str) -> CoverageRow:
        return CoverageRow(
            label=label,
            msmes=_int(r["msmes"]),
            covered=_int(r["covered"]),
            uncovered=_int(r["uncovered"]),
            share=_opt(r["share"]),
            is_total=r["grp"] is None,
        )

    by_size = tuple(
        coverage(r, SizeClass(r["grp"]).label if r["grp"] else all_msmes)
        for r in repo.coverage_by_size(db, to=to, msme_classes=msme)
    )
    by_region = tuple(
        coverage(r, all_msmes if r["grp"] is None else (r["grp"] or no_region))
        for r in repo.coverage_by_region(db, to=to, msme_classes=msme)
    )
    report(6, FIGURE_STEPS, _("Contact officers"))
    load_rows = repo.officer_loads(db, to=to, msme_classes=msme, officer_role=CONTACT_OFFICER_ROLE)
    people = [r for r in load_rows if r["staff_id"] is not None]
    names = {r["staff_id"]: r["name"] for r in people}
    if staff_codes:
        unit_id = settings_repo.get(db, "unit.id") or ""
        codes = staff_code_map(unit_id, [r["staff_uuid"] for r in people])
        names = {r["staff_id"]: codes[r["staff_uuid"]] for r in people}
        people.sort(key=lambda r: names[r["staff_id"]])  # no order by name either
    officers = tuple(
        OfficerRow(
            officer=names[r["staff_id"]] if r["staff_id"] is not None else total,
            office=(r["office"] or no_office) if r["staff_id"] is not None else "",
            primary=_int(r["primary_n"]),
            primary_msme=_int(r["primary_msme"]),
            backup=_int(r["backup_n"]),
            total=_int(r["total"]),
            is_total=r["staff_id"] is None,
        )
        for r in [*people, *(r for r in load_rows if r["staff_id"] is None)]
    )

    report(7, FIGURE_STEPS, _("Training"))
    by_course: list[TrainingRow] = []
    by_office: list[TrainingRow] = []
    for r in repo.training(db, to=to):
        row = TrainingRow(
            course_code=r["code"] if r["lvl"] < 2 else total,
            course=r["name"] if r["lvl"] < 2 else all_courses,
            office=(r["office"] or no_office) if r["lvl"] == 0 else all_offices,
            required=_int(r["required"]),
            valid=_int(r["valid"]),
            expired=_int(r["expired"]),
            missing=_int(r["missing"]),
            compliance=_opt(r["compliance"]),
            is_total=r["lvl"] == 2,
        )
        (by_office if r["lvl"] == 0 else by_course).append(row)
    if not by_course:  # nobody is required to take anything: still a total row, of zeros
        by_course.append(TrainingRow(total, all_courses, all_offices, 0, 0, 0, 0, None, True))
    report(FIGURE_STEPS, FIGURE_STEPS, _("Figures done"))

    return MinistryFigures(
        period_from=period_from,
        period_to=period_to,
        unit_name=str(env["unit_name"] or ""),
        sqlite_version=str(env["sqlite_version"]),
        schema_version=int(env["schema_version"]),
        operators=operators,
        msme_share=share,
        applications=applications,
        processing=processing,
        audits=audits,
        findings=findings,
        actions=actions,
        coverage_by_size=by_size,
        coverage_by_region=by_region,
        officers=officers,
        training_by_course=tuple(by_course),
        training_by_office=tuple(by_office),
        staff_codes=staff_codes,
    )


_APPLICATION_COUNTS = (
    "received",
    "accepted",
    "not_accepted",
    "granted",
    "rejected",
    "withdrawn",
    "pending",
    "age_0_30",
    "age_31_60",
    "age_61_120",
    "age_121_180",
    "age_over_180",
)


# --- the layout -----------------------------------------------------------------------------

#: Cell kinds -> Excel number formats ("text" and "auto" pick by the value's type).
NUMBER_FORMATS = {
    "int": "#,##0",
    "days": "0.0",
    "score": "0.0",
    "percent": "0.0%",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "int"  # a key of NUMBER_FORMATS, "text" or "auto"


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    header_row: int  # 1-based sheet row of the header; the title is on the row above
    total_rows: int = 0  # how many of the last rows are totals (bold, outside the filter)

    @property
    def first_row(self) -> int:
        return self.header_row + 1

    @property
    def last_row(self) -> int:
        """The last body row (the header row when there is none)."""
        return self.header_row + len(self.rows)

    @property
    def last_data_row(self) -> int:
        """The last row that is not a total."""
        return self.last_row - self.total_rows


@dataclass(frozen=True)
class Chart:
    title: str
    table: int  # index into the sheet's tables
    categories: int  # 1-based column of the category labels
    series: tuple[int, ...]  # 1-based columns, one series each (header = series name)
    anchor: str  # top-left cell
    stacked: bool = False
    horizontal: bool = False
    y_title: str = ""
    percent: bool = False


@dataclass(frozen=True)
class SheetLayout:
    name: str
    title: str
    notes: tuple[str, ...]
    tables: tuple[Table, ...]
    charts: tuple[Chart, ...] = ()
    freeze: str | None = None
    filter_table: int | None = 0  # the table that gets the sheet's autofilter

    @property
    def data_rows(self) -> int:
        return sum(len(t.rows) for t in self.tables)

    @property
    def widths(self) -> list[float]:
        n = max((len(t.columns) for t in self.tables), default=0)
        return [
            max((t.columns[i].width for t in self.tables if i < len(t.columns)), default=10.0)
            for i in range(n)
        ]


#: Rows a chart takes (7.5 cm at the default row height), with a gap.
CHART_ROWS = 17
CHART_WIDTH_CM = 20.0
CHART_HEIGHT_CM = 7.5


@dataclass
class _Sheet:
    """Builds one sheet's layout top to bottom: title, notes, then tables and charts."""

    name: str
    title: str
    notes: tuple[str, ...]
    tables: list[Table] = field(default_factory=list)
    charts: list[tuple[str, int, int, tuple[int, ...], dict[str, Any]]] = field(
        default_factory=list
    )
    row: int = 0

    def __post_init__(self) -> None:
        self.row = 2 + len(self.notes) + 1  # title, notes, a blank row; next: a table title

    def table(
        self,
        title: str,
        columns: Sequence[Column],
        rows: Sequence[tuple[Any, ...]],
        *,
        total_rows: int = 0,
    ) -> int:
        header = self.row + 1
        self.tables.append(Table(title, tuple(columns), tuple(rows), header, total_rows))
        self.row = header + len(rows) + 2  # a blank row, then the next title
        return len(self.tables) - 1

    def chart(
        self, title: str, table: int, categories: int, series: Sequence[int], **kw: Any
    ) -> None:
        t = self.tables[table]
        if t.last_data_row >= t.first_row:  # nothing to draw without categories
            self.charts.append((title, table, categories, tuple(series), kw))

    def done(self, *, freeze: bool = True, filter_table: int | None = 0) -> SheetLayout:
        charts = []
        row = self.row
        for title, table, cats, series, kw in self.charts:
            charts.append(Chart(title, table, cats, series, f"A{row}", **kw))
            row += CHART_ROWS
        first = self.tables[0]
        return SheetLayout(
            name=self.name,
            title=self.title,
            notes=self.notes,
            tables=tuple(self.tables),
            charts=tuple(charts),
            freeze=f"B{first.first_row}" if freeze else None,
            filter_table=filter_table,
        )


def _period_text(f: MinistryFigures, then: str = "") -> str:
    """The note that gives the period, and what the sheet's end figures are (``then``:
    "status", "coverage" or "compliance" at period end; "": nothing more)."""
    templates = {
        "": _("Period {start} to {end} (both included)."),
        "status": _("Period {start} to {end} (both included). Status at period end."),
        "coverage": _("Period {start} to {end} (both included). Coverage at period end."),
        "compliance": _("Period {start} to {end} (both included). Compliance at period end."),
    }
    return templates[then].format(start=f.period_from.isoformat(), end=f.period_to.isoformat())


def _about(
    f: MinistryFigures,
    sheets: Sequence[SheetLayout],
    *,
    unit: str,
    made_by: str,
    app_version: str,
    made_at: datetime,
) -> SheetLayout:
    s = _Sheet(
        _(SHEET_ABOUT),
        _("AEO Desk ministry workbook"),
        (
            _("Figures of an AEO unit for a period, in a fixed layout: one sheet per theme."),
            _(
                "Each sheet says under its title what it counts. Empty number cells mean "
                "there was nothing to average."
            ),
        ),
    )
    fields: list[tuple[str, Any]] = [
        (_("Unit"), unit),
        (_("Period from"), f.period_from),
        (_("Period to"), f.period_to),
        (_("Made at"), made_at),
        (_("Made by"), made_by),
        (_("Application"), "AEO Desk"),
        (_("Application version"), app_version),
        (_("Database schema version"), f.schema_version),
        (_("SQLite version"), f.sqlite_version),
        (_("Staff names replaced by codes"), _("yes") if f.staff_codes else _("no")),
    ]
    s.table(
        _("This file"),
        (Column(_("Field"), 26, "text"), Column(_("Value"), 34, "auto")),
        fields,
    )
    contents = {
        SHEET_ABOUT: _("This page: what the file is, and the rows on each sheet."),
        SHEET_OPERATORS: _("Operators by size class and AEO status at period end; MSME share."),
        SHEET_APPLICATIONS: _(
            "Applications received, accepted, decided and withdrawn in the "
            "period, by programme; pending at period end by age."
        ),
        SHEET_PROCESSING: _(
            "Days from receipt and from acceptance to decision; decisions "
            "within the legal deadline; extensions."
        ),
        SHEET_AUDITS: _(
            "Audits finalised in the period by outcome; their findings by "
            "criteria section and severity."
        ),
        SHEET_ACTIONS: _(
            "Corrective actions due, done, verified in the period; open and overdue at period end."
        ),
        SHEET_CONTACTS: _(
            "MSMEs with an active primary contact point at period end, by "
            "size class and region; contact officers' loads."
        ),
        SHEET_TRAINING: _("Staff training compliance at period end, by course and office."),
    }
    n_fields = len(fields)
    about_rows = n_fields + len(SHEETS)
    # the layouts carry the sheets' names in the chosen language
    counts = {_(SHEET_ABOUT): about_rows, **{sh.name: sh.data_rows for sh in sheets}}
    s.table(
        _("Sheets"),
        (
            Column(_("Sheet"), 26, "text"),
            Column(_("Data rows"), 34, "int"),
            Column(_("Contents"), 90, "text"),
        ),
        [(_(name), counts[_(name)], contents[name]) for name in SHEETS],
    )
    return s.done(filter_table=1)


def _operators(f: MinistryFigures) -> SheetLayout:
    s = _Sheet(
        _(SHEET_OPERATORS),
        _("Operators by size class and AEO status"),
        (
            _period_text(f, "status"),
            _(
                "Operators in the register at period end (recorded by then, or with a case "
                "received by then). Status, first that applies: Authorised (a case granted, "
                "active or under reassessment), Suspended, Applicant (an initial or renewal "
                "application still open), None."
            ),
        ),
    )
    cols = (
        Column(_("Size class"), 16, "text"),
        Column(_("Authorised"), 12),
        Column(_("Suspended"), 12),
        Column(_("Applicant"), 12),
        Column(_("None"), 10),
        Column(_("Total"), 10),
    )
    rows = [(r.label, r.authorised, r.suspended, r.applicant, r.none, r.total) for r in f.operators]
    t = s.table(_("Operators"), cols, rows, total_rows=sum(r.is_total for r in f.operators))
    m = f.msme_share
    s.table(
        _("MSME share (micro, small and medium operators among all)"),
        (
            Column(_("Measure"), 16, "text"),
            *(Column(c.header, c.width, "percent") for c in cols[1:]),
        ),
        [(_("MSME share"), m.authorised, m.suspended, m.applicant, m.none, m.total)],
    )
    s.chart(
        _("Operators by size class and AEO status"),
        t,
        1,
        (2, 3, 4, 5),
        stacked=True,
        y_title=_("Operators"),
    )
    return s.done()


def _applications(f: MinistryFigures) -> SheetLayout:
    s = _Sheet(
        _(SHEET_APPLICATIONS),
        _("Applications by programme"),
        (
            _period_text(f),
            _(
                "Applications are initial and renewal cases. Received: date of receipt in the "
                "period. Accepted, Not accepted, Granted, Rejected, Withdrawn: the case moved "
                "into that state on a date in the period."
            ),
            _(
                "Pending: applications still open at period end (received to decision "
                "pending); age in days from receipt to period end."
            ),
        ),
    )
    cols = (
        Column(_("Programme"), 12, "text"),
        Column(_("Name"), 34, "text"),
        Column(_("Received"), 11),
        Column(_("Accepted"), 11),
        Column(_("Not accepted"), 13),
        Column(_("Granted"), 10),
        Column(_("Rejected"), 10),
        Column(_("Withdrawn"), 11),
        Column(_("Pending at end"), 14),
        Column(_("Pending 0-30 days"), 12),
        Column(_("Pending 31-60 days"), 12),
        Column(_("Pending 61-120 days"), 12),
        Column(_("Pending 121-180 days"), 12),
        Column(_("Pending over 180 days"), 12),
    )
    rows = [
        (
            r.programme_code if not r.is_total else _(TOTAL),
            r.programme if not r.is_total else _(ALL_PROGRAMMES),
            r.received,
            r.accepted,
            r.not_accepted,
            r.granted,
            r.rejected,
            r.withdrawn,
            r.pending,
            r.age_0_30,
            r.age_31_60,
            r.age_61_120,
            r.age_121_180,
            r.age_over_180,
        )
        for r in f.applications
    ]
    t = s.table(_("Applications"), cols, rows, total_rows=sum(r.is_total for r in f.applications))
    s.chart(_("Applications in the period"), t, 1, (3, 4, 6, 7, 8), y_title=_("Applications"))
    s.chart(
        _("Pending at period end, by age (days)"),
        t,
        1,
        (10, 11, 12, 13, 14),
        stacked=True,
        y_title=_("Applications"),
    )
    return s.done()


def _processing(f: MinistryFigures) -> SheetLayout:
    s = _Sheet(
        _(SHEET_PROCESSING),
        _("Processing times of decisions"),
        (
            _period_text(f),
            _(
                "Decisions: applications granted or rejected on a date in the period. Days are "
                "calendar days from the date of receipt (or of acceptance) to the decision."
            ),
            _(
                "Within the legal deadline: decided on or before the decision deadline "
                "(acceptance + the programme's decision period + any extension); share of the "
                "decisions that had a deadline. With extension: the decision period had been "
                "extended."
            ),
        ),
    )
    cols = (
        Column(_("Programme"), 12, "text"),
        Column(_("Name"), 34, "text"),
        Column(_("Decisions"), 11),
        Column(_("Granted"), 10),
        Column(_("Rejected"), 10),
        Column(_("Mean days from receipt"), 14, "days"),
        Column(_("Median days from receipt"), 14, "days"),
        Column(_("Mean days from acceptance"), 14, "days"),
        Column(_("Median days from acceptance"), 14, "days"),
        Column(_("With a deadline"), 12),
        Column(_("Within the deadline"), 12),
        Column(_("Share within the deadline"), 13, "percent"),
        Column(_("With extension"), 12),
    )
    rows = [
        (
            r.programme_code if not r.is_total else _(TOTAL),
            r.programme if not r.is_total else _(ALL_PROGRAMMES),
            r.decisions,
            r.granted,
            r.rejected,
            r.mean_days_from_receipt,
            r.median_days_from_receipt,
            r.mean_days_from_acceptance,
            r.median_days_from_acceptance,
            r.with_deadline,
            r.within_deadline,
            r.share_within_deadline,
            r.with_extension,
        )
        for r in f.processing
    ]
    t = s.table(_("Decisions"), cols, rows, total_rows=sum(r.is_total for r in f.processing))
    s.chart(_("Median days to decision"), t, 1, (7, 9), y_title=_("Days"))
    return s.done()


def _audits(f: MinistryFigures) -> SheetLayout:
    s = _Sheet(
        _(SHEET_AUDITS),
        _("Site audits and findings"),
        (
            _period_text(f),
            _(
                "Audits finalised in the period (date of finalisation, UTC), by the programme "
                "they were run under and outcome. Findings: those of these audits, by the "
                "top-level criteria section of the checklist item and by severity."
            ),
        ),
    )
    a_cols = (
        Column(_("Programme"), 14, "text"),
        Column(Outcome.MET.label, 12),
        Column(Outcome.IMPROVEMENT_PLAN.label, 16),
        Column(Outcome.NOT_MET.label, 10),
        Column(_("Audits"), 10),
        Column(_("On the MSME track"), 12),
        Column(_("Mean score %"), 12, "score"),
    )
    a_rows = [
        (
            r.programme_code,
            r.met,
            r.improvement_plan,
            r.not_met,
            r.total,
            r.msme_track,
            r.mean_score,
        )
        for r in f.audits
    ]
    ta = s.table(
        _("Audits finalised by outcome"),
        a_cols,
        a_rows,
        total_rows=sum(r.is_total for r in f.audits),
    )
    f_cols = (
        Column(_("Section"), 14, "text"),
        Column(_("Title"), 44, "text"),
        Column(Severity.MINOR.label, 10),
        Column(Severity.MAJOR.label, 10),
        Column(Severity.CRITICAL.label, 10),
        Column(_("Findings"), 10),
    )
    f_rows = [
        (r.section_code, r.section_title, r.minor, r.major, r.critical, r.total) for r in f.findings
    ]
    tf = s.table(
        _("Findings by criteria section and severity"),
        f_cols,
        f_rows,
        total_rows=sum(r.is_total for r in f.findings),
    )
    s.chart(_("Audits by outcome"), ta, 1, (2, 3, 4), stacked=True, y_title=_("Audits"))
    s.chart(
        _("Findings by criteria section and severity"),
        tf,
        1,
        (3, 4, 5),
        stacked=True,
        y_title=_("Findings"),
    )
    return s.done()


def _actions(f: MinistryFigures) -> SheetLayout:
    s = _Sheet(
        _(SHEET_ACTIONS),
        _("Corrective actions"),
        (
            _period_text(f),
            _(
                "By the severity of the finding. Due: due date in the period; of those, done on "
                "time (completed on or before the due date). Done / Verified: completed / "
                "verified in the period. Open at end: recorded by period end and not completed "
                "by then; overdue: of those, due before period end."
            ),
        ),
    )
    cols = (
        Column(_("Severity"), 12, "text"),
        Column(_("Due in period"), 12),
        Column(_("Due and done on time"), 14),
        Column(_("Done in period"), 12),
        Column(_("Verified in period"), 12),
        Column(_("Open at period end"), 12),
        Column(_("Overdue at period end"), 13),
    )
    rows = [
        (
            r.severity,
            r.due,
            r.done_on_time,
            r.done,
            r.verified,
            r.open_at_end,
            r.overdue_at_end,
        )
        for r in f.actions
    ]
    t = s.table(_("Corrective actions"), cols, rows, total_rows=sum(r.is_total for r in f.actions))
    s.chart(_("Corrective actions by severity"), t, 1, (2, 4, 7), y_title=_("Actions"))
    return s.done()


def _contacts(f: MinistryFigures) -> SheetLayout:
    s = _Sheet(
        _(SHEET_CONTACTS),
        _("Contact-point coverage of MSMEs"),
        (
            _period_text(f, "coverage"),
            _(
                "MSMEs (micro, small, medium) in the register at period end; covered: a "
                "primary contact assignment that started by period end and had not ended "
                "before it."
            ),
            _(
                "Officers: staff in post at period end with the contact officer role, and "
                "anyone holding an assignment then; their active primary and backup "
                "assignments."
            ),
        ),
    )
    c_cols = (
        Column(_("Size class / region"), 26, "text"),
        Column(_("MSMEs"), 10),
        Column(_("With a primary contact"), 14),
        Column(_("Without"), 10),
        Column(_("Coverage"), 11, "percent"),
    )

    def cov(rows: Sequence[CoverageRow]) -> list[tuple[Any, ...]]:
        return [(r.label, r.msmes, r.covered, r.uncovered, r.share) for r in rows]

    ts = s.table(
        _("Coverage by size class"),
        c_cols,
        cov(f.coverage_by_size),
        total_rows=sum(r.is_total for r in f.coverage_by_size),
    )
    tr = s.table(
        _("Coverage by region"),
        c_cols,
        cov(f.coverage_by_region),
        total_rows=sum(r.is_total for r in f.coverage_by_region),
    )
    o_cols = (
        Column(_("Officer"), 26, "text"),
        Column(_("Office"), 22, "text"),
        Column(_("Primary"), 10),
        Column(_("Primary, MSMEs"), 14),
        Column(_("Backup"), 10),
        Column(_("Total"), 10, "int"),
    )
    s.table(
        _("Contact officers' loads"),
        o_cols,
        [(r.officer, r.office, r.primary, r.primary_msme, r.backup, r.total) for r in f.officers],
        total_rows=sum(r.is_total for r in f.officers),
    )
    s.chart(_("MSME coverage by size class"), ts, 1, (5,), y_title=_("Coverage"), percent=True)
    s.chart(_("MSME coverage by region"), tr, 1, (5,), horizontal=True, percent=True)
    return s.done(filter_table=2)


def _training(f: MinistryFigures) -> SheetLayout:
    s = _Sheet(
        _(SHEET_TRAINING),
        _("Staff training compliance"),
        (
            _period_text(f, "compliance"),
            _(
                "Staff in post at period end, active courses. Required: the course is required "
                "for one of the person's roles. Valid: the latest passed or attended record on "
                "or before period end, not expired (completion + refresh months; no refresh: "
                "never expires). Expired: such a record, expired. Missing: none."
            ),
        ),
    )
    cols = (
        Column(_("Course"), 12, "text"),
        Column(_("Name"), 36, "text"),
        Column(_("Office"), 24, "text"),
        Column(_("Required"), 10),
        Column(_("Valid"), 10),
        Column(_("Expired"), 10),
        Column(_("Missing"), 10),
        Column(_("Compliance"), 11, "percent"),
    )

    def rows(items: Sequence[TrainingRow]) -> list[tuple[Any, ...]]:
        return [
            (r.course_code, r.course, r.office, r.required, r.valid, r.expired, r.missing,
             r.compliance)
            for r in items
        ]  # fmt: skip

    t = s.table(
        _("By course (all offices)"),
        cols,
        rows(f.training_by_course),
        total_rows=sum(r.is_total for r in f.training_by_course),
    )
    s.table(_("By course and office"), cols, rows(f.training_by_office))
    s.chart(_("Compliance by course"), t, 1, (8,), y_title=_("Compliance"), percent=True)
    return s.done(filter_table=1 if f.training_by_office else None)


def workbook_layout(
    f: MinistryFigures,
    *,
    unit: str,
    made_by: str,
    app_version: str,
    made_at: datetime,
) -> tuple[SheetLayout, ...]:
    """Every sheet, table and chart of the workbook, with its cell positions."""
    themed = (
        _operators(f),
        _applications(f),
        _processing(f),
        _audits(f),
        _actions(f),
        _contacts(f),
        _training(f),
    )
    about = _about(f, themed, unit=unit, made_by=made_by, app_version=app_version, made_at=made_at)
    return (about, *themed)


# --- writing --------------------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@")
_TITLE_FONT = Font(bold=True, size=14)
_TABLE_TITLE_FONT = Font(bold=True, size=12)
_NOTE_FONT = Font(italic=True, color="555555")
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="top")


def safe_text(value: str) -> str:
    """Text without the characters XML forbids."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


#: How a cell looks, by name: (font, header fill and alignment).
_LOOKS: dict[str, tuple[Font | None, bool]] = {
    "plain": (None, False),
    "bold": (_BOLD, False),
    "title": (_TITLE_FONT, False),
    "table_title": (_TABLE_TITLE_FONT, False),
    "note": (_NOTE_FONT, False),
    "header": (_BOLD, True),
}


class _Cells:
    """Makes the write-only cells of one workbook: numbers and dates as real Excel values with
    a number format, text never read as a formula.

    Each distinct look (font, fill, number format, quote prefix) is registered with the
    workbook once and copied after that: setting a style attribute on every cell hashes
    openpyxl's style objects each time, which was most of the writing time.
    """

    def __init__(self) -> None:
        self._styles: dict[tuple[str, str | None, bool], StyleArray] = {}

    def make(
        self, ws: WriteOnlyWorksheet, value: Any, kind: str = "auto", look: str = "plain"
    ) -> Any:
        if value is None or value == "":
            return None
        number_format: str | None = None
        quote = False
        if isinstance(value, str):
            value = safe_text(value)
            quote = value.startswith(_FORMULA_STARTS)
        elif isinstance(value, datetime):
            value = value.replace(tzinfo=None)  # Excel has no time zones: local time
            number_format = NUMBER_FORMATS["datetime"]
        elif isinstance(value, date):
            number_format = NUMBER_FORMATS["date"]
        elif kind in NUMBER_FORMATS:
            number_format = NUMBER_FORMATS[kind]
        elif isinstance(value, int) and not isinstance(value, bool):
            number_format = NUMBER_FORMATS["int"]
        if look == "plain" and number_format is None and not quote:
            return value  # openpyxl makes a plain cell of it
        cell = WriteOnlyCell(ws, value)
        if quote:
            cell.data_type = "s"  # a string cell, not a formula
        key = (look, number_format, quote)
        style = self._styles.get(key)
        if style is not None:
            cell._style = StyleArray(style)
            return cell
        font, header = _LOOKS[look]
        if font is not None:
            cell.font = font
        if header:
            cell.fill = _HEADER_FILL
            cell.alignment = _HEADER_ALIGN
        if number_format is not None:
            cell.number_format = number_format
        if quote:
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        self._styles[key] = StyleArray(cell._style)
        return cell


def _sheet_rows(ws: WriteOnlyWorksheet, sheet: SheetLayout, cells: _Cells) -> list[list[Any]]:
    """The sheet's rows in order, as lists of cells or values (None for an empty cell)."""
    make = cells.make
    out: list[list[Any]] = [[make(ws, sheet.title, look="title")]]
    out += [[make(ws, note, look="note")] for note in sheet.notes]
    for table in sheet.tables:
        while len(out) < table.header_row - 2:
            out.append([])
        out.append([make(ws, table.title, look="table_title")])
        out.append([make(ws, c.header, look="header") for c in table.columns])
        first_total = len(table.rows) - table.total_rows
        for i, values in enumerate(table.rows):
            look = "bold" if i >= first_total else "plain"
            out.append(
                [make(ws, v, c.kind, look) for v, c in zip(values, table.columns, strict=True)]
            )
    return out


def _chart(ws: WriteOnlyWorksheet, sheet: SheetLayout, spec: Chart) -> BarChart:
    table = sheet.tables[spec.table]
    chart = BarChart()
    chart.type = "bar" if spec.horizontal else "col"
    chart.title = spec.title
    chart.width = CHART_WIDTH_CM
    chart.height = CHART_HEIGHT_CM
    if spec.stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    if spec.y_title:
        chart.y_axis.title = spec.y_title
    if spec.percent:
        chart.y_axis.number_format = "0%"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
    # openpyxl >= 3.1 hides the axes unless told otherwise; Excel then draws no labels.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    for col in spec.series:
        ref = Reference(ws, min_col=col, min_row=table.header_row, max_row=table.last_data_row)
        chart.add_data(ref, titles_from_data=True)
    chart.set_categories(
        Reference(
            ws,
            min_col=spec.categories,
            min_row=table.first_row,
            max_row=table.last_data_row,
        )
    )
    if len(spec.series) == 1:
        chart.legend = None
    return chart


def _write_sheet(wb: Workbook, sheet: SheetLayout, cells: _Cells, footer: str) -> None:
    ws = wb.create_sheet(sheet.name)
    assert isinstance(ws, WriteOnlyWorksheet)
    for i, width in enumerate(sheet.widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    if sheet.freeze:
        ws.freeze_panes = sheet.freeze
    # Printed: landscape, one page wide.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    xlsx_writer.set_print_footer(ws, footer)
    if sheet.filter_table is not None:
        t = sheet.tables[sheet.filter_table]
        last = get_column_letter(len(t.columns))
        ws.auto_filter.ref = f"A{t.header_row}:{last}{max(t.last_data_row, t.header_row + 1)}"
    widths = sheet.widths
    for t in sheet.tables:  # wrapped headers need taller rows (Excel does not grow them)
        lines = max(
            math.ceil(1.25 * len(c.header) / max(widths[i] - 2, 4)) for i, c in enumerate(t.columns)
        )
        if lines > 1:
            ws.row_dimensions[t.header_row].height = 15 * min(lines, 4)
    for row in _sheet_rows(ws, sheet, cells):
        ws.append(row)
    for spec in sheet.charts:
        ws.add_chart(_chart(ws, sheet, spec), spec.anchor)


def tmp_path_for(path: Path) -> Path:
    """Where the file is written before it replaces ``path`` (same folder: atomic rename)."""
    return path.with_name(path.name + ".tmp")


def write_layout(
    layout: Sequence[SheetLayout],
    path: Path,
    *,
    progress: Progress | None = None,
    made_by: str | None = None,
    made_at: datetime | None = None,
    unit: str = "",
) -> dict[str, int]:
    """Write ``layout`` to ``path`` atomically; return the data rows per sheet. The document
    properties and each sheet's printed footer say who made the file (``made_by``, default
    :func:`xlsx_writer.made_by`) and when (``made_at``, default now), for the ``unit``.

    The temporary file is opened first, so that a folder that is missing or read-only fails
    before any work; whatever fails later (a full disk) removes it and openpyxl's own
    temporary files."""
    report = progress or (lambda *_: None)
    by = xlsx_writer.made_by(made_by)
    at = made_at if made_at is not None else xlsx_writer.made_at()
    footer = xlsx_writer.footer_text(
        by, at, unit, lead=xlsx_writer.Lead.MADE_BY
    )  # in the chosen language
    tmp = tmp_path_for(path)
    try:
        fh = tmp.open("wb")
    except OSError as exc:
        raise _write_error(path, exc) from exc
    wb = Workbook(write_only=True)
    try:
        with fh:
            xlsx_writer.stamp_properties(
                wb, by=by, at=at, title=layout[0].title if layout else "AEO Desk"
            )
            total = len(layout) + 1
            cells = _Cells()
            for i, sheet in enumerate(layout):
                report(i, total, _("Writing {sheet}").format(sheet=sheet.name))
                _write_sheet(wb, sheet, cells, footer)
            report(len(layout), total, _("Saving the file"))
            _save(wb, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _abandon(wb, tmp)
        raise _write_error(path, exc) from exc
    except BaseException:
        _abandon(wb, tmp)
        raise
    report(total, total, _("Done"))
    return {sheet.name: sheet.data_rows for sheet in layout}


def _save(wb: Workbook, fh: BinaryIO) -> None:
    """``Workbook.save`` into an open file, closing the zip archive even when writing fails
    (openpyxl leaves it open, and its finaliser would then write into a closed file)."""
    archive = zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = clock.now().astimezone(UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()  # closes the archive when it succeeds
    finally:
        with contextlib.suppress(Exception):
            archive.close()


def _write_error(path: Path, exc: OSError) -> DomainError:
    reason = exc.strerror or str(exc)
    return DomainError(
        _("{what} could not be written to {path}: {reason}.").format(
            what=_("The workbook"), path=path, reason=reason
        )
    )


def _abandon(wb: Workbook, tmp: Path) -> None:
    """After a failure: close the sheets still streaming, remove openpyxl's temporary files
    and ours."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def write_ministry_workbook(
    figures: MinistryFigures,
    path: Path,
    *,
    unit: str,
    made_by: str | None = None,
    app_version: str,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the ministry workbook for ``figures`` at ``path`` (atomically); return the number
    of data rows on each sheet, by sheet name. ``made_by``: who asked for it (default: the
    signed-in user, else the system user, :func:`xlsx_writer.made_by`)."""
    by = xlsx_writer.made_by(made_by)
    at = xlsx_writer.made_at()
    layout = workbook_layout(figures, unit=unit, made_by=by, app_version=app_version, made_at=at)
    counts = write_layout(layout, Path(path), progress=progress, made_by=by, made_at=at, unit=unit)
    logger.info(
        "ministry workbook %s to %s written (%d rows)",
        figures.period_from,
        figures.period_to,
        sum(counts.values()),
    )
    return counts


# --- helpers for callers --------------------------------------------------------------------


def last_month(today: date) -> tuple[date, date]:
    """The last complete calendar month."""
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def last_quarter(today: date) -> tuple[date, date]:
    """The last complete calendar quarter."""
    end = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) - timedelta(days=1)
    return date(end.year, end.month - 2, 1), end


def this_year(today: date) -> tuple[date, date]:
    """1 January to today (a period cannot end after today)."""
    return date(today.year, 1, 1), today


def default_file_name(period_from: date, period_to: date) -> str:
    return f"AEO-ministry-{period_from.isoformat()}-{period_to.isoformat()}.xlsx"


def export(
    db: sqlite_utils.Database,
    path: Path,
    period_from: date,
    period_to: date,
    *,
    made_by: str | None = None,
    progress: Progress | None = None,
    staff_codes: bool = False,
) -> dict[str, int]:
    """Figures and workbook in one go, with one progress scale (what the GUI and the command
    line run). ``made_by``: who asked (default: the signed-in user, else the system user);
    ``staff_codes``: staff members named by code (:func:`figures`)."""
    report = progress or (lambda *_: None)
    steps = FIGURE_STEPS + len(SHEETS) + 1

    def on_figures(done: int, _total: int, label: str) -> None:
        report(done, steps, label)

    def on_writing(done: int, _total: int, label: str) -> None:
        report(FIGURE_STEPS + done, steps, label)

    f = figures(db, period_from, period_to, progress=on_figures, staff_codes=staff_codes)
    return write_ministry_workbook(
        f,
        path,
        unit=f.unit_name,
        made_by=made_by,
        app_version=app_version(),
        progress=on_writing,
    )
