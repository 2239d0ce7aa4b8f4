"""List exports: every list in the app as an Excel workbook, exactly as it is shown (its
filters, its sort order and its visible columns), written by :mod:`xlsx_writer` (streamed,
typed, formula-safe, atomic).

The registry :data:`KINDS` maps a kind's name to its export function, each
``export_<kind>(db, path, *, query=None, columns=None, progress=None) -> int`` (rows written):

* ``query``: what the list on screen shows (its filters and sort), ``None`` for the whole list;
* ``columns``: column keys in display order, ``None`` for every column of the kind;
* ``progress(done, total)``: called as rows are written.

Each file says who exported it (the signed-in user, else the system user:
:func:`xlsx_writer.made_by`), when, and from which unit: in its document properties and its
printed footer; the sheet itself is only the list, its header on row 1.

A new list (contacts, training...) is one more function built on :func:`export_rows` and one
more entry in :data:`KINDS`; the command line (``aeo-desk export KIND``) picks it up from there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils

from db.repositories import exports as export_repo
from db.repositories.common import Row
from desktop.domain import checklists as cl
from desktop.domain.cases import CaseKind, CaseState, Priority
from desktop.domain.contacts import Channel, FollowUpStatus
from desktop.domain.errors import DomainError
from desktop.domain.i18n import _, pgettext
from desktop.domain.operators import SizeClass, supply_chain_role_label
from desktop.domain.training import FollowUpKind
from desktop.services import (
    audit_service,
    caseload_service,
    clock,
    contact_service,
    reference_data,
    training_service,
)
from desktop.services.actor import Actor
from desktop.services.caseload_service import CaseQuery
from desktop.services.xlsx_writer import ColumnKind, Progress, XlsxColumn, write_table

#: Case ids read (and rows fetched) per block.
CASE_BLOCK = 500


@dataclass(frozen=True)
class ExportColumn:
    """One column a list can export: its key (stable, used by callers), its header (English,
    written in the chosen language; ``translate=False`` for a header that is data, such as a
    course code), the Excel type of its cells, and how a row gives its value."""

    key: str
    header: str
    value: Callable[[Row], Any]
    kind: ColumnKind = "text"
    width: float | None = None
    translate: bool = True

    def xlsx(self) -> XlsxColumn:
        return XlsxColumn(_(self.header) if self.translate else self.header, self.kind, self.width)


def _columns(*columns: ExportColumn) -> dict[str, ExportColumn]:
    return {c.key: c for c in columns}


def pick_columns(
    available: Mapping[str, ExportColumn], keys: Sequence[str] | None
) -> list[ExportColumn]:
    """The columns named by ``keys``, in that order (``None``: all of them)."""
    if keys is None:
        return list(available.values())
    unknown = [k for k in keys if k not in available]
    if unknown:
        raise ValueError(f"unknown column(s) {unknown}; known: {list(available)}")
    if not keys:
        raise DomainError(_("There are no columns to export: show at least one column."))
    return [available[k] for k in keys]


def export_rows(
    path: Path,
    sheet: str,
    columns: Sequence[ExportColumn],
    rows: Iterable[Row],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    title: str | None = None,
    unit: str | None = None,
    actor: Actor | None = None,
) -> int:
    """Write dict ``rows`` through ``columns`` as one sheet at ``path``; the shared last step
    of every list export. ``rows`` is consumed as it is written. The file names who made it
    (``actor``, else the signed-in user, else the system user), when, and the ``unit``."""
    values = ([c.value(r) for c in columns] for r in rows)
    sheet = _(sheet)
    return write_table(
        Path(path),
        sheet,
        [c.xlsx() for c in columns],
        values,
        progress=progress,
        total=total,
        title=_(title) if title else sheet,
        unit=unit,
        actor=actor,
    )


def _unit(db: sqlite_utils.Database) -> str:
    """The unit's name, for the line that says who exported a list."""
    return reference_data.unit_name(db)


def _label(enum: Callable[[Any], Any], value: Any) -> str:
    """The label of ``value`` (a stored enum value) in the chosen language; a value the enum
    does not know is shown as it is."""
    if not value:
        return ""
    try:
        return str(enum(value).label)
    except ValueError:
        return str(value)


def _yes_no(flag: bool) -> str:
    return _("Yes") if flag else _("No")


# --- cases ----------------------------------------------------------------------------------


def _shown_deadline(r: Row) -> str | None:
    return r["next_deadline"] if r["is_open"] else None


def _days_left(today: date) -> Callable[[Row], int | None]:
    def days(r: Row) -> int | None:
        deadline = _shown_deadline(r)
        return (date.fromisoformat(deadline) - today).days if deadline else None

    return days


def case_columns(today: date) -> dict[str, ExportColumn]:
    """The caseload's columns, keyed by ``CaseColumn`` name in lower case, in that order, then
    the ones only an export has. "Days left" counts from ``today``."""
    return _columns(
        ExportColumn("reference", "Reference", lambda r: r["reference"], width=17),
        ExportColumn("operator", "Operator", lambda r: r["operator_name"], width=34),
        ExportColumn("size", "Size", lambda r: _label(SizeClass, r["size_class"]), width=9),
        ExportColumn("kind", "Kind", lambda r: _label(CaseKind, r["kind"]), width=16),
        ExportColumn("programme", "Programme", lambda r: r["programme_code"], width=11),
        ExportColumn("state", "State", lambda r: _label(CaseState, r["state"]), width=24),
        ExportColumn("validator", "Validator", lambda r: r["validator_name"], width=22),
        ExportColumn("priority", "Priority", lambda r: _label(Priority, r["priority"]), width=10),
        ExportColumn("received", "Received", lambda r: r["received_on"], "date"),
        ExportColumn("deadline", "Next deadline", _shown_deadline, "date", width=14),
        ExportColumn("days_left", "Days left", _days_left(today), "int"),
        ExportColumn("region", "Region", lambda r: r["region"], width=24),
        ExportColumn("summary", "Summary", lambda r: r["summary"], width=60),
    )


#: Every case column key, in the default order (the caseload's columns, then the summary).
CASE_COLUMN_KEYS = tuple(case_columns(date(2000, 1, 1)))


def iter_case_rows(
    db: sqlite_utils.Database, ids: Sequence[int], *, block: int = CASE_BLOCK
) -> Iterator[Row]:
    """The rows of ``ids``, in that order, read a block at a time."""
    for start in range(0, len(ids), block):
        chunk = ids[start : start + block]
        found = export_repo.case_rows(db, chunk)
        for case_id in chunk:
            row = found.get(case_id)
            if row is not None:  # deleted since the ids were read
                yield row


def export_cases(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: CaseQuery | None = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Cases: the caseload's filters, sort order and columns (default: every case)."""
    chosen = pick_columns(case_columns(clock.today()), columns)
    ids = caseload_service.search_ids(db, query or CaseQuery())
    return export_rows(
        path,
        "Cases",
        chosen,
        iter_case_rows(db, ids),
        total=len(ids),
        progress=progress,
        unit=_unit(db),
    )


# --- operators ------------------------------------------------------------------------------


def _roles(r: Row) -> str:
    return ", ".join(supply_chain_role_label(x) for x in json.loads(r["roles"] or "[]"))


OPERATOR_COLUMNS = _columns(
    ExportColumn("name", "Operator", lambda r: r["name"], width=34),
    ExportColumn("eori", "EORI", lambda r: r["eori"], width=20),
    ExportColumn("vat", "VAT", lambda r: r["vat"], width=18),
    ExportColumn("tin", "TIN", lambda r: r["tin"], width=16),
    ExportColumn("size", "Size class", lambda r: _label(SizeClass, r["size_class"]), width=11),
    ExportColumn("msme", "MSME", lambda r: _yes_no(SizeClass(r["size_class"]).is_msme), width=8),
    ExportColumn("sector", "Sector", lambda r: r["sector"], width=26),
    ExportColumn("roles", "Roles", _roles, width=26),
    ExportColumn("region", "Region", lambda r: r["region"], width=22),
    ExportColumn("address", "Address", lambda r: r["address"], width=44),
    ExportColumn("headcount", "Headcount", lambda r: r["headcount"], "int", width=11),
    ExportColumn("turnover", "Turnover (EUR)", lambda r: r["turnover_eur"], "float", 16),
    ExportColumn(
        "balance_sheet", "Balance sheet (EUR)", lambda r: r["balance_sheet_eur"], "float", 20
    ),
)


def export_operators(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: None = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Operators: every operator by name, with identifiers, size class and MSME flag."""
    if query is not None:
        raise ValueError("the operator list has no filters yet")
    chosen = pick_columns(OPERATOR_COLUMNS, columns)
    return export_rows(
        path,
        "Operators",
        chosen,
        export_repo.iter_operators(db),
        total=export_repo.count_operators(db),
        progress=progress,
        unit=_unit(db),
    )


# --- audits ---------------------------------------------------------------------------------

#: The audit list's "upcoming" scopes show audits that ended at most this long ago.
UPCOMING_DAYS_BACK = 60


@dataclass(frozen=True)
class AuditListQuery:
    """What the audit list shows (``audit_service.upcoming``): every audit (the default), or
    the planned and running ones (``include_done=False``), optionally one validator's."""

    staff_id: int | None = None
    include_done: bool = True

    def filters(self, today: date) -> dict[str, Any]:
        if self.include_done:
            return {"statuses": (), "staff_id": self.staff_id, "from_date": None}
        return {
            "statuses": ("planned", "in_progress"),
            "staff_id": self.staff_id,
            "from_date": (today - timedelta(days=UPCOMING_DAYS_BACK)).isoformat(),
        }


def _outcome(r: Row) -> str:
    if r["status"] != "finalised" or not r["outcome"]:
        return ""
    return cl.Outcome(r["outcome"]).label


def audit_columns() -> dict[str, ExportColumn]:
    """The audit list's columns, with the planned dates, score and finalisation as real
    dates and numbers."""
    # audit_service is loaded when an export runs: the command line and the GUI import this
    # module at start-up, and start-up time is a product figure.
    return _columns(
        ExportColumn("reference", "Reference", lambda r: r["reference"], width=15),
        ExportColumn("planned_start", "Planned start", lambda r: r["planned_start"], "date", 14),
        ExportColumn("planned_end", "Planned end", lambda r: r["planned_end"], "date", 13),
        ExportColumn("status", "Status", lambda r: _label(cl.AuditStatus, r["status"]), width=12),
        ExportColumn("operator", "Operator", lambda r: r["operator_name"], width=34),
        ExportColumn("case", "Case", lambda r: r["case_reference"], width=17),
        ExportColumn("programme", "Programme", lambda r: r["programme_code"], width=11),
        ExportColumn("lead", "Lead validator", lambda r: r["lead_name"], width=22),
        ExportColumn(
            "template",
            "Checklist template",
            lambda r: f"{r['template_code']} {r['template_version']}",
            width=22,
        ),
        ExportColumn("outcome", "Outcome", _outcome, width=28),
        ExportColumn(
            "score",
            "Score",
            lambda r: r["score"] if r["status"] == "finalised" else None,
            "percent",
        ),
        ExportColumn("finalised_at", "Finalised at", lambda r: r["finalised_at"], "datetime"),
    )


#: Every audit column key, in the default order.
AUDIT_COLUMN_KEYS = (
    "reference",
    "planned_start",
    "planned_end",
    "status",
    "operator",
    "case",
    "programme",
    "lead",
    "template",
    "outcome",
    "score",
    "finalised_at",
)


def export_audits(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: AuditListQuery | None = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Audits: the audit list (default: every audit), by planned start."""
    filters = (query or AuditListQuery()).filters(clock.today())
    chosen = pick_columns(audit_columns(), columns)
    return export_rows(
        path,
        "Audits",
        chosen,
        export_repo.iter_audits(db, **filters),
        total=export_repo.count_audits(db, **filters),
        progress=progress,
        unit=_unit(db),
    )


# --- corrective actions ---------------------------------------------------------------------


@dataclass(frozen=True)
class ActionListQuery:
    """What the follow-up list shows (``audit_service.follow_up``): open actions due within
    ``within_days`` and every overdue one, optionally of one validator's audits. With
    ``within_days=None`` (the default): every corrective action, whatever its status."""

    within_days: int | None = None
    staff_id: int | None = None

    def filters(self, today: date) -> dict[str, Any]:
        until = None
        if self.within_days is not None:
            until = (today + timedelta(days=self.within_days)).isoformat()
        return {"open_until": until, "staff_id": self.staff_id}


def action_columns(today: date) -> dict[str, ExportColumn]:
    """Corrective actions' columns; "Status" and "Days overdue" are as of ``today``."""

    def status(r: Row) -> str:
        return _label(cl.ActionStatus, audit_service.action_status(r, today))

    def days_overdue(r: Row) -> int | None:
        if audit_service.action_status(r, today) != "overdue":
            return None
        return (today - date.fromisoformat(r["due_on"])).days

    return _columns(
        ExportColumn("due_on", "Due", lambda r: r["due_on"], "date"),
        ExportColumn("status", "Status", status, width=10),
        ExportColumn("days_overdue", "Days overdue", days_overdue, "int", width=13),
        ExportColumn("operator", "Operator", lambda r: r["operator_name"], width=34),
        ExportColumn("case", "Case", lambda r: r["case_reference"], width=17),
        ExportColumn("audit", "Audit", lambda r: r["audit_reference"], width=15),
        ExportColumn("item", "Item", lambda r: r["item_code"], width=9),
        ExportColumn(
            "severity", "Severity", lambda r: _label(cl.Severity, r["severity"]), width=10
        ),
        ExportColumn("finding", "Finding", lambda r: r["finding"], width=44),
        ExportColumn("action", "Corrective action", lambda r: r["description"], width=50),
        ExportColumn("owner", "Owner", lambda r: r["owner"], width=28),
        ExportColumn("lead", "Lead validator", lambda r: r["lead_name"], width=22),
        ExportColumn("completed_on", "Completed on", lambda r: r["completed_on"], "date", 14),
        ExportColumn("completion_note", "Completion note", lambda r: r["completion_note"]),
        ExportColumn("verified_on", "Verified on", lambda r: r["verified_on"], "date", 13),
        ExportColumn("verified_by", "Verified by", lambda r: r["verified_by"], width=22),
    )


#: Every corrective-action column key, in the default order.
ACTION_COLUMN_KEYS = (
    "due_on",
    "status",
    "days_overdue",
    "operator",
    "case",
    "audit",
    "item",
    "severity",
    "finding",
    "action",
    "owner",
    "lead",
    "completed_on",
    "completion_note",
    "verified_on",
    "verified_by",
)


def export_actions(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: ActionListQuery | None = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Corrective actions: due date and follow-up status, overdue ones included."""
    today = clock.today()
    filters = (query or ActionListQuery()).filters(today)
    chosen = pick_columns(action_columns(today), columns)
    return export_rows(
        path,
        "Corrective actions",
        chosen,
        export_repo.iter_actions(db, **filters),
        total=export_repo.count_actions(db, **filters),
        progress=progress,
        unit=_unit(db),
    )


# --- contact points and training (their services hold the rules; no SQL here) -------------


def export_contacts(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: Any = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """The coverage list: operators without a primary contact officer, MSMEs first.
    ``query``: a dict of contact_service.coverage filters (region, sector, size_class)."""
    rows = contact_service.coverage(db, **(query or {}))
    available = _columns(
        ExportColumn("size", "Size", lambda r: _label(SizeClass, r["size_class"]), width=9),
        ExportColumn("operator", "Operator", lambda r: r["name"], width=36),
        ExportColumn("sector", "Sector", lambda r: r["sector"], width=22),
        ExportColumn("region", "Region", lambda r: r["region"], width=24),
        ExportColumn("backup", "Backup contact", lambda r: r["backup_name"], width=22),
        ExportColumn("previous", "Previous primary", lambda r: r["previous_primary"], width=30),
        ExportColumn("last_contact", "Last contact", lambda r: r["last_contact_on"], "date"),
    )
    chosen = pick_columns(available, columns)
    return export_rows(
        path,
        "Without a contact point",
        chosen,
        rows,
        total=len(rows),
        progress=progress,
        unit=_unit(db),
    )


def export_contact_log(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: Any = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """The contact log, newest first, with follow-up status."""
    rows = contact_service.contact_log(db, limit=1_000_000)
    available = _columns(
        ExportColumn("date", "Date", lambda r: r["contact_on"], "date"),
        ExportColumn("operator", "Operator", lambda r: r["operator_name"], width=34),
        ExportColumn("size", "Size", lambda r: _label(SizeClass, r["size_class"]), width=9),
        ExportColumn("officer", "Officer", lambda r: r["officer_name"], width=22),
        ExportColumn("channel", "Channel", lambda r: _label(Channel, r["channel"]), width=11),
        ExportColumn("topic", "Topic", lambda r: r["topic"], width=36),
        ExportColumn("advice", "Advice given", lambda r: r["advice"], width=44),
        ExportColumn("follow_up", "Follow-up", lambda r: r["follow_up_on"], "date"),
        ExportColumn("done", "Done on", lambda r: r["follow_up_done_on"], "date"),
        ExportColumn(
            "status",
            "Follow-up status",
            lambda r: _label(FollowUpStatus, r["follow_up_status"]),
            width=14,
        ),
    )
    chosen = pick_columns(available, columns)
    return export_rows(
        path, "Contact log", chosen, rows, total=len(rows), progress=progress, unit=_unit(db)
    )


def _training_status(status: str) -> str:
    """A training follow-up's status ("open", "overdue", "planned", "dismissed", as
    ``training_service.follow_ups`` gives it), as the training page shows it."""
    labels = {
        "open": pgettext("training follow-up", "Open"),
        "overdue": pgettext("training follow-up", "Overdue"),
        "planned": pgettext("training follow-up", "Planned"),
        "dismissed": pgettext("training follow-up", "Dismissed"),
    }
    return labels.get(status, status)


def export_training(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: Any = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """The training follow-up queue. ``query``: dict of training_service.follow_ups filters
    (within_days, office, role)."""
    rows = training_service.follow_ups(db, **(query or {}))
    available = _columns(
        ExportColumn("kind", "Follow-up", lambda r: _label(FollowUpKind, r["kind"]), width=14),
        ExportColumn("person", "Person", lambda r: r["staff_name"], width=24),
        ExportColumn("office", "Office", lambda r: r["office"], width=24),
        ExportColumn(
            "course", "Course", lambda r: f"{r['course_code']} – {r['course_name']}", width=40
        ),
        ExportColumn("due", "Due", lambda r: r["due_on"], "date"),
        ExportColumn("status", "Status", lambda r: _training_status(r["status"]), width=12),
        ExportColumn("planned", "Planned for", lambda r: r["planned_on"], "date"),
    )
    chosen = pick_columns(available, columns)
    return export_rows(
        path,
        "Training follow-ups",
        chosen,
        rows,
        total=len(rows),
        progress=progress,
        unit=_unit(db),
    )


def export_training_matrix(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: Any = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Staff against courses: each cell says valid / due soon / expired / missing / failed /
    not required, with the expiry date where there is one. ``query``: office and role."""
    m = training_service.matrix(db, **(query or {}))

    def cell_text(staff_id: int, course_id: int) -> str:
        cell = m.cell(staff_id, course_id)
        text = cell.status.label.lower()
        return f"{text} ({cell.expires_on})" if cell.expires_on else text

    cols = [
        ExportColumn("person", "Person", lambda r: r["name"], width=24),
        ExportColumn("office", "Office", lambda r: r["office"], width=24),
        *(
            ExportColumn(
                c["code"],
                c["code"],  # the course's code, as typed: not translated
                lambda r, cid=c["id"]: cell_text(r["id"], cid),
                width=22,
                translate=False,
            )
            for c in m.courses
        ),
    ]
    return export_rows(
        path,
        "Training matrix",
        cols,
        m.staff,
        total=len(m.staff),
        progress=progress,
        unit=_unit(db),
    )


def export_answers(
    db: sqlite_utils.Database,
    path: Path,
    *,
    query: Any = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Every checklist answer of every audit (a million rows stream in bounded memory)."""
    available = _columns(
        ExportColumn("audit", "Audit", lambda r: r["audit_reference"], width=15),
        ExportColumn("case", "Case", lambda r: r["case_reference"], width=17),
        ExportColumn("operator", "Operator", lambda r: r["operator_name"], width=32),
        ExportColumn("item", "Item", lambda r: r["item_code"], width=9),
        ExportColumn(
            "requirement",
            "Must/Should",
            lambda r: _label(cl.Requirement, r["requirement"]).lower(),
            width=11,
        ),
        ExportColumn("result", "Result", lambda r: _label(cl.Result, r["result"]), width=15),
        ExportColumn(
            "severity", "Severity", lambda r: _label(cl.Severity, r["severity"]), width=10
        ),
        ExportColumn("note", "Note", lambda r: r["note"], width=44),
        ExportColumn("answered_at", "Answered", lambda r: r["answered_at"], "datetime"),
        ExportColumn("answered_by", "By", lambda r: r["answered_by"], width=20),
    )
    chosen = pick_columns(available, columns)
    return export_rows(
        path,
        "Checklist answers",
        chosen,
        export_repo.iter_answers(db),
        total=export_repo.count_answers(db),
        progress=progress,
        unit=_unit(db),
    )


# --- the registry ---------------------------------------------------------------------------


class ListExport(Protocol):
    def __call__(
        self,
        db: sqlite_utils.Database,
        path: Path,
        *,
        query: Any = None,
        columns: Sequence[str] | None = None,
        progress: Progress | None = None,
    ) -> int: ...


#: Every list that exports, by the name the command line uses (``aeo-desk export KIND``).
KINDS: dict[str, ListExport] = {
    "cases": export_cases,
    "operators": export_operators,
    "audits": export_audits,
    "actions": export_actions,
    "contacts": export_contacts,
    "contact-log": export_contact_log,
    "training": export_training,
    "training-matrix": export_training_matrix,
    "answers": export_answers,
}


def export_kind(
    db: sqlite_utils.Database, kind: str, path: Path, *, progress: Progress | None = None
) -> int:
    """The whole list of ``kind``, every column (the command line's export). Returns the
    number of rows written."""
    try:
        export = KINDS[kind]
    except KeyError:
        raise DomainError(
            _("There is no list called '{kind}' to export (known: {known}).").format(
                kind=kind, known=", ".join(KINDS)
            )
        ) from None
    return export(db, Path(path), progress=progress)
