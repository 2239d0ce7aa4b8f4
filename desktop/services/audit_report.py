"""The audit report: everything a finished (or running) site audit says, read once into a
frozen :class:`AuditReport`, and written out as an Excel workbook.

The PDF form of the same report is drawn with Qt's printing, so it lives in
``desktop.ui.reports.audit_pdf``; both take the :class:`AuditReport` built here.

Excel safety (house style, Rule 20): the workbook is written to ``<file>.tmp`` in the target
folder and moved over the target with :func:`os.replace`, so a crash or a full disk never
leaves a half-written file. Text that Excel would read as a formula (starting with ``=``,
``+``, ``-`` or ``@``) is stored as a plain string cell with Excel's "quote prefix" flag: the
text stays exactly as typed, and Excel keeps treating it as text even when the cell is edited.
Both come from :mod:`desktop.services.xlsx_writer`, the one safe writer.
"""

from __future__ import annotations

import os  # noqa: F401 - tests patch ``audit_report.os.replace``; the move is in xlsx_writer
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.repositories import cases as case_repo
from db.repositories import staff as staff_repo
from desktop.domain import checklists as cl
from desktop.services import audit_service, clock
from desktop.services.xlsx_writer import atomic_save, set_text
from desktop.services.xlsx_writer import tmp_path_for as tmp_path_for

#: Labels of the follow-up status of a corrective action (``audit_service.action_status``).
ACTION_STATUS_LABELS = {
    "open": "Open",
    "overdue": "Overdue",
    "done": "Done",
    "verified": "Verified",
}
SHEET_SUMMARY = "Summary"
SHEET_CHECKLIST = "Checklist"
SHEET_FINDINGS = "Findings and actions"

_DATE_FORMAT = "yyyy-mm-dd"
_DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_TITLE_FONT = Font(bold=True, size=14)
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")


@dataclass(frozen=True)
class SectionRow:
    code: str
    title: str
    depth: int  # 1 for a top-level section, up to 3
    answered: int
    total: int
    score: float | None  # percent; None while nothing scorable is answered
    shortfalls: int


@dataclass(frozen=True)
class ItemRow:
    section_code: str
    item_code: str
    requirement: str  # "Must" / "Should"
    text: str
    result: str  # the result's label ("Met", "Partially met", ...)
    severity: str  # "Minor" / "Major" / "Critical", "" when not a shortfall
    note: str
    evidence: tuple[str, ...]  # file names
    answered_at: datetime | None
    answered_by: str


@dataclass(frozen=True)
class FindingRow:
    item_code: str
    item_text: str
    requirement: str
    severity: str
    description: str


@dataclass(frozen=True)
class ActionRow:
    item_code: str
    description: str
    owner: str
    due_on: date
    status: str  # "Open" / "Overdue" / "Done" / "Verified"
    completed_on: date | None
    completion_note: str
    verified_on: date | None
    verified_by: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class AuditReport:
    reference: str
    case_reference: str
    operator_name: str
    size_class: str  # label: "Micro", "Small", ...
    programme_code: str
    programme_name: str
    is_msme_track: bool
    template_code: str
    template_version: str
    template_name: str
    status: str  # label: "Planned", "In progress", "Finalised", "Cancelled"
    is_final: bool
    revision: int
    planned_start: date
    planned_end: date
    sites: tuple[str, ...]
    lead_validator: str
    team: tuple[str, ...]
    started_at: datetime | None
    finalised_at: datetime | None
    finalised_by: str
    outcome: str | None  # the outcome's label once finalised
    score: float | None  # percent: the recorded score once finalised, else the current one
    answered: int
    total: int
    shortfalls: int
    sections: tuple[SectionRow, ...]
    items: tuple[ItemRow, ...]
    findings: tuple[FindingRow, ...]
    actions: tuple[ActionRow, ...]
    generated_at: datetime

    @property
    def team_with_lead(self) -> tuple[str, ...]:
        return (f"{self.lead_validator} (lead)", *self.team)

    def actions_for(self, item_code: str) -> list[ActionRow]:
        return [a for a in self.actions if a.item_code == item_code]


# --- reading --------------------------------------------------------------------------------


def _datetime(value: str | None) -> datetime | None:
    """Stored ``...Z`` UTC text to an aware datetime in the local time zone."""
    if not value:
        return None
    return datetime.fromisoformat(value).astimezone()


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _staff_name(db: sqlite_utils.Database, staff_id: int) -> str:
    person = staff_repo.get_staff(db, staff_id)
    return str(person["name"]) if person else f"(staff #{staff_id})"


def _label(enum_value: str | None, kind: type[cl.Result] | type[cl.Severity]) -> str:
    return kind(enum_value).label if enum_value else ""


def report_data(db: sqlite_utils.Database, audit_id: int) -> AuditReport:
    """Read everything the report shows about one audit, in one go."""
    data = audit_service.checklist(db, audit_id)
    audit = data.audit
    case = case_repo.get_case(db, audit["case_id"])
    overall = data.overall()
    is_final = audit["status"] == "finalised"

    evidence_by_item: dict[int, list[str]] = {}
    evidence_by_action: dict[int, list[str]] = {}
    for e in data.evidence:
        if e["item_id"] is not None:
            evidence_by_item.setdefault(e["item_id"], []).append(e["file_name"])
        if e["action_id"] is not None:
            evidence_by_action.setdefault(e["action_id"], []).append(e["file_name"])

    sections = []
    for s in data.sections:
        sc = data.score_of(s.all_item_ids)
        sections.append(
            SectionRow(s.code, s.title, s.depth, sc.answered, sc.total, sc.percent, sc.shortfalls)
        )

    items = []
    for item_id, it in data.items.items():
        a = data.answers.get(item_id)
        items.append(
            ItemRow(
                section_code=it.section_code,
                item_code=it.code,
                requirement=it.requirement.value.capitalize(),
                text=it.text,
                result=data.result_of(item_id).label,
                severity=_label(a["severity"] if a else None, cl.Severity),
                note=a["note"] if a else "",
                evidence=tuple(evidence_by_item.get(item_id, ())),
                answered_at=_datetime(a["answered_at"]) if a else None,
                answered_by=a["answered_by"] if a else "",
            )
        )

    # Findings in checklist order (the repository orders by section id, not by tree walk).
    findings = [
        FindingRow(
            item_code=data.items[item_id].code if item_id in data.items else f["item_code"],
            item_text=f["item_text"],
            requirement=str(f["requirement"]).capitalize(),
            severity=_label(f["severity"], cl.Severity),
            description=f["description"],
        )
        for item_id in [*data.items, *(i for i in data.findings if i not in data.items)]
        if (f := data.findings.get(item_id)) is not None
    ]

    actions = [
        ActionRow(
            item_code=r["item_code"],
            description=r["description"],
            owner=r["owner"],
            due_on=date.fromisoformat(r["due_on"]),
            status=ACTION_STATUS_LABELS.get(r["follow_up_status"], r["follow_up_status"]),
            completed_on=_date(r["completed_on"]),
            completion_note=r["completion_note"] or "",
            verified_on=_date(r["verified_on"]),
            verified_by=r["verified_by"] or "",
            evidence=tuple(evidence_by_action.get(r["id"], ())),
        )
        for r in audit_service.actions(db, audit_id)
    ]

    return AuditReport(
        reference=audit["reference"],
        case_reference=audit["case_reference"],
        operator_name=audit["operator_name"],
        size_class=str(audit["size_class"] or "").capitalize(),
        programme_code=audit["programme_code"],
        programme_name=case["programme_name"] if case else audit["programme_code"],
        is_msme_track=bool(audit["is_msme_track"]),
        template_code=audit["template_code"],
        template_version=audit["template_version"],
        template_name=audit["template_name"],
        status=audit_service.STATUS_LABELS.get(audit["status"], audit["status"]),
        is_final=is_final,
        revision=int(audit["revision"]),
        planned_start=date.fromisoformat(audit["planned_start"]),
        planned_end=date.fromisoformat(audit["planned_end"]),
        sites=tuple(audit["sites"]),
        lead_validator=audit["lead_name"],
        team=tuple(_staff_name(db, i) for i in audit["team"]),
        started_at=_datetime(audit["started_at"]),
        finalised_at=_datetime(audit["finalised_at"]),
        finalised_by=audit["finalised_by"] or "",
        outcome=cl.Outcome(audit["outcome"]).label if is_final and audit["outcome"] else None,
        score=audit["score"] if is_final else overall.percent,
        answered=overall.answered,
        total=overall.total,
        shortfalls=overall.shortfalls,
        sections=tuple(sections),
        items=tuple(items),
        findings=tuple(findings),
        actions=tuple(actions),
        generated_at=clock.now().astimezone(),
    )


def score_text(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.1f} %"


def outcome_text(report: AuditReport) -> str:
    """The outcome as the report states it: final, or plainly not final yet."""
    if report.outcome is not None:
        return report.outcome
    return f"Not final (the audit is {report.status.lower()})"


def summary_fields(report: AuditReport) -> list[tuple[str, Any]]:
    """The header of the report as (label, value) pairs; values are text, dates or numbers."""
    programme = f"{report.programme_code}: {report.programme_name}"
    if report.is_msme_track:
        programme += " (MSME simplified track)"
    return [
        ("Audit reference", report.reference),
        ("Case reference", report.case_reference),
        ("Operator", report.operator_name),
        ("Size class", report.size_class),
        ("Programme", programme),
        (
            "Checklist template",
            f"{report.template_code} version {report.template_version}: {report.template_name}",
        ),
        ("Status", report.status),
        ("Revision", report.revision),
        ("Planned start", report.planned_start),
        ("Planned end", report.planned_end),
        ("Sites", "; ".join(report.sites)),
        ("Lead validator", report.lead_validator),
        ("Team", "; ".join(report.team) or "(lead validator only)"),
        ("Started at", report.started_at),
        ("Finalised at", report.finalised_at),
        ("Finalised by", report.finalised_by),
        ("Items answered", f"{report.answered} of {report.total}"),
        ("Overall score", report.score),
        ("Outcome", outcome_text(report)),
        ("Generated at", report.generated_at),
    ]


# --- the workbook ---------------------------------------------------------------------------


def _put(ws: Worksheet, row: int, column: int, value: Any, *, wrap: bool = False) -> Cell:
    """Write one cell: dates as date cells, text made safe (never a formula, no characters
    that XML forbids)."""
    cell: Cell = ws.cell(row=row, column=column)
    if isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)  # Excel has no time zones: local time
        cell.number_format = _DATETIME_FORMAT
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = _DATE_FORMAT
    elif isinstance(value, str):
        set_text(cell, value)  # never a formula; Excel keeps it text when it is edited
    else:
        cell.value = value
    cell.alignment = _TOP_WRAP if wrap else _TOP
    return cell


def _table(
    ws: Worksheet,
    first_row: int,
    headers: Sequence[tuple[str, float, bool]],
    rows: Iterable[Sequence[Any]],
    *,
    number_formats: dict[int, str] | None = None,
) -> int:
    """A table with a bold, filled header row and an autofilter; ``headers`` holds (title,
    column width, wrap text). Returns the number of data rows written."""
    for col, (title, width, _wrap) in enumerate(headers, 1):
        cell = _put(ws, first_row, col, title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    n = 0
    for n, values in enumerate(rows, 1):
        for col, value in enumerate(values, 1):
            cell = _put(ws, first_row + n, col, value, wrap=headers[col - 1][2])
            if number_formats and col in number_formats and value is not None:
                cell.number_format = number_formats[col]
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A{first_row}:{last}{first_row + max(n, 1)}"
    return n


def _summary_sheet(ws: Worksheet, report: AuditReport) -> None:
    ws.title = SHEET_SUMMARY
    _put(ws, 1, 1, f"AEO site audit report {report.reference}").font = _TITLE_FONT
    row = 3
    for label, value in summary_fields(report):
        _put(ws, row, 1, label).font = _HEADER_FONT
        if label == "Overall score":
            cell = _put(ws, row, 2, value)
            if value is None:
                cell.value = "n/a"
            else:
                cell.number_format = '0.0" %"'
        else:
            _put(ws, row, 2, "" if value is None else value, wrap=True)
        row += 1
    row += 1
    _put(ws, row, 1, "Scores by section").font = _HEADER_FONT
    row += 1
    # Columns A and B carry the header's labels and values: keep them readable.
    headers = [
        ("Section", 22.0, False),
        ("Title", 60.0, True),
        ("Answered", 11.0, False),
        ("Items", 9.0, False),
        ("Score %", 10.0, False),
        ("Shortfalls", 11.0, False),
    ]
    section_rows = [
        (
            s.code,
            s.title,
            s.answered,
            s.total,
            s.score,
            s.shortfalls,
        )
        for s in report.sections
    ]
    n = _table(ws, row, headers, section_rows, number_formats={5: "0.0"})
    for offset, s in enumerate(report.sections, 1):  # subsections indented under their parent
        if s.depth > 1:
            ws.cell(row + offset, 2).alignment = Alignment(
                vertical="top", wrap_text=True, indent=2 * (s.depth - 1)
            )
    row += n + 1
    total_row = (
        "Overall",
        "All items in scope",
        report.answered,
        report.total,
        report.score,
        report.shortfalls,
    )
    for col, value in enumerate(total_row, 1):
        cell = _put(ws, row, col, value)
        cell.font = _HEADER_FONT
        if col == 5 and value is not None:
            cell.number_format = "0.0"
    row += 1
    _put(ws, row, 1, "Outcome").font = _HEADER_FONT
    _put(ws, row, 2, outcome_text(report)).font = _HEADER_FONT
    ws.sheet_view.showGridLines = False


def _checklist_sheet(ws: Worksheet, report: AuditReport) -> int:
    headers = [
        ("Section", 10.0, False),
        ("Item", 10.0, False),
        ("Requirement", 13.0, False),
        ("Criterion", 60.0, True),
        ("Result", 15.0, False),
        ("Severity", 10.0, False),
        ("Note", 50.0, True),
        ("Evidence", 30.0, True),
        ("Answered at", 17.0, False),
        ("Answered by", 20.0, False),
    ]
    rows = [
        (
            i.section_code,
            i.item_code,
            i.requirement,
            i.text,
            i.result,
            i.severity,
            i.note,
            "\n".join(i.evidence),
            i.answered_at,
            i.answered_by,
        )
        for i in report.items
    ]
    n = _table(ws, 1, headers, rows)
    ws.freeze_panes = "C2"
    return n


def _findings_sheet(ws: Worksheet, report: AuditReport) -> int:
    """One row per corrective action, with its finding; a finding without an action gets one
    row with the action columns empty."""
    headers = [
        ("Item", 10.0, False),
        ("Requirement", 13.0, False),
        ("Criterion", 45.0, True),
        ("Severity", 10.0, False),
        ("Finding", 45.0, True),
        ("Corrective action", 45.0, True),
        ("Owner", 20.0, True),
        ("Due", 12.0, False),
        ("Status", 11.0, False),
        ("Completed on", 14.0, False),
        ("Completion note", 35.0, True),
        ("Verified on", 12.0, False),
        ("Verified by", 20.0, False),
    ]
    rows: list[tuple[Any, ...]] = []
    for f in report.findings:
        head = (f.item_code, f.requirement, f.item_text, f.severity, f.description)
        planned = report.actions_for(f.item_code)
        if not planned:
            rows.append((*head, *([None] * 8)))
        for a in planned:
            rows.append(
                (
                    *head,
                    a.description,
                    a.owner,
                    a.due_on,
                    a.status,
                    a.completed_on,
                    a.completion_note,
                    a.verified_on,
                    a.verified_by,
                )
            )
    n = _table(ws, 1, headers, rows)
    ws.freeze_panes = "B2"
    return n


def build_workbook(report: AuditReport) -> tuple[Workbook, int]:
    """The workbook (in memory: an audit has hundreds of rows, not millions) and the number of
    data rows on its Checklist and Findings sheets."""
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    _summary_sheet(summary, report)
    n = _checklist_sheet(wb.create_sheet(SHEET_CHECKLIST), report)
    n += _findings_sheet(wb.create_sheet(SHEET_FINDINGS), report)
    wb.properties.title = f"AEO site audit report {report.reference}"
    wb.properties.creator = "AEO Desk"
    return wb, n


def write_xlsx(report: AuditReport, path: Path) -> int:
    """Write the report as an Excel workbook at ``path``, atomically. Returns the number of
    data rows (checklist items plus findings/actions rows)."""
    wb, n = build_workbook(report)
    atomic_save(wb, path, what="The report")
    return n
