"""The SQL behind the list exports (desktop.services.list_exports): rows read as they are
written, a block of ids or a cursor batch at a time, so an export of 100,000 rows never holds
them all in memory."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import sqlite_utils

from db.repositories.common import Row, rows, scalar

#: Rows fetched from a cursor at a time.
BATCH = 500


def _stream(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
    """Dict rows of a read query, fetched :data:`BATCH` at a time."""
    cur = db.conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    try:
        while batch := cur.fetchmany(BATCH):
            for r in batch:
                yield dict(zip(cols, r, strict=True))
    finally:
        cur.close()


# --- cases ----------------------------------------------------------------------------------

_CASE_SQL = """
SELECT c.id, c.reference, o.name AS operator_name, o.size_class, c.kind,
       p.code AS programme_code, c.state, c.is_open, s.name AS validator_name, c.priority,
       c.received_on, c.next_deadline, o.region, c.summary
FROM cases c
JOIN operators o ON o.id = c.operator_id
JOIN programmes p ON p.id = c.programme_id
LEFT JOIN staff s ON s.id = c.validator_id
WHERE c.id IN (SELECT value FROM json_each(?))
"""


def case_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, Row]:
    """The exported columns of the cases ``ids`` (one query; callers pass a block of a few
    hundred), keyed by id. A case deleted since its id was read is simply missing."""
    if not ids:
        return {}
    return {r["id"]: r for r in rows(db, _CASE_SQL, [json.dumps(list(ids))])}


# --- operators ------------------------------------------------------------------------------

# One subquery per identifier scheme (an operator has a handful at most).
_OPERATOR_SQL = """
SELECT o.id, o.name, o.size_class, o.sector, o.roles, o.region, o.address, o.headcount,
       o.turnover_eur, o.balance_sheet_eur,
       (SELECT group_concat(value, '; ') FROM (SELECT value FROM operator_identifiers i
         WHERE i.operator_id = o.id AND i.scheme = 'EORI' ORDER BY value)) AS eori,
       (SELECT group_concat(value, '; ') FROM (SELECT value FROM operator_identifiers i
         WHERE i.operator_id = o.id AND i.scheme = 'VAT' ORDER BY value)) AS vat,
       (SELECT group_concat(value, '; ') FROM (SELECT value FROM operator_identifiers i
         WHERE i.operator_id = o.id AND i.scheme = 'TIN' ORDER BY value)) AS tin
FROM operators o
ORDER BY o.name COLLATE NOCASE, o.id
"""


def iter_operators(db: sqlite_utils.Database) -> Iterator[Row]:
    """Every operator by name, with its identifiers by scheme (``"; "``-separated text);
    ``roles`` is JSON text."""
    return _stream(db, _OPERATOR_SQL)


def count_operators(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM operators"))


# --- audits ---------------------------------------------------------------------------------


def _audit_where(
    statuses: Sequence[str], staff_id: int | None, from_date: str | None
) -> tuple[str, list[Any]]:
    """The filters of ``audits.list_audits`` (the audit list on screen), without its limit."""
    where, params = ["1 = 1"], []
    if statuses:
        where.append("a.status IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(statuses)))
    if staff_id is not None:
        where.append(
            "(a.lead_validator_id = ? OR EXISTS (SELECT 1 FROM json_each(a.team) WHERE value = ?))"
        )
        params += [staff_id, staff_id]
    if from_date:
        where.append("a.planned_end >= ?")
        params.append(from_date)
    return " AND ".join(where), params


def iter_audits(
    db: sqlite_utils.Database,
    *,
    statuses: Sequence[str] = (),
    staff_id: int | None = None,
    from_date: str | None = None,
) -> Iterator[Row]:
    """Audits in the audit list's order (planned start, then id)."""
    where, params = _audit_where(statuses, staff_id, from_date)
    return _stream(
        db,
        "SELECT a.id, a.reference, c.reference AS case_reference, o.name AS operator_name, "
        "a.programme_code, a.planned_start, a.planned_end, a.status, s.name AS lead_name, "
        "t.code AS template_code, t.version AS template_version, a.outcome, a.score, "
        "a.finalised_at "
        "FROM audits a JOIN cases c ON c.id = a.case_id JOIN operators o ON o.id = c.operator_id "
        "JOIN staff s ON s.id = a.lead_validator_id "
        "JOIN checklist_templates t ON t.id = a.template_id "
        f"WHERE {where} ORDER BY a.planned_start, a.id",
        params,
    )


def count_audits(
    db: sqlite_utils.Database,
    *,
    statuses: Sequence[str] = (),
    staff_id: int | None = None,
    from_date: str | None = None,
) -> int:
    where, params = _audit_where(statuses, staff_id, from_date)
    return int(scalar(db, f"SELECT count(*) FROM audits a WHERE {where}", params))


# --- corrective actions ---------------------------------------------------------------------


def _action_where(open_until: str | None, staff_id: int | None) -> tuple[str, list[Any]]:
    """The follow-up list's filters (``audits.actions_due``) when ``open_until`` is given:
    open actions due on or before it; every action otherwise."""
    where: list[str] = ["1 = 1"]
    params: list[Any] = []
    if open_until is not None:
        where += ["ca.status = 'open'", "ca.due_on <= ?"]
        params.append(open_until)
    if staff_id is not None:
        where.append("a.lead_validator_id = ?")
        params.append(staff_id)
    return " AND ".join(where), params


_ACTION_FROM = (
    "FROM corrective_actions ca JOIN findings f ON f.id = ca.finding_id "
    "JOIN checklist_items i ON i.id = f.item_id JOIN audits a ON a.id = f.audit_id "
    "JOIN cases c ON c.id = a.case_id JOIN operators o ON o.id = c.operator_id "
    "JOIN staff s ON s.id = a.lead_validator_id"
)


def iter_actions(
    db: sqlite_utils.Database, *, open_until: str | None = None, staff_id: int | None = None
) -> Iterator[Row]:
    """Corrective actions by due date (then id), with their finding, audit and operator."""
    where, params = _action_where(open_until, staff_id)
    return _stream(
        db,
        "SELECT ca.id, ca.due_on, ca.status, ca.description, ca.owner, ca.completed_on, "
        "ca.completion_note, ca.verified_on, ca.verified_by, f.severity, "
        "f.description AS finding, i.code AS item_code, a.reference AS audit_reference, "
        "c.reference AS case_reference, o.name AS operator_name, s.name AS lead_name "
        f"{_ACTION_FROM} WHERE {where} ORDER BY ca.due_on, ca.id",
        params,
    )


def count_actions(
    db: sqlite_utils.Database, *, open_until: str | None = None, staff_id: int | None = None
) -> int:
    where, params = _action_where(open_until, staff_id)
    return int(scalar(db, f"SELECT count(*) {_ACTION_FROM} WHERE {where}", params))


# --- checklist answers ----------------------------------------------------------------------

_ANSWER_FROM = (
    "FROM audit_answers aa JOIN audits a ON a.id = aa.audit_id "
    "JOIN checklist_items i ON i.id = aa.item_id "
    "JOIN cases c ON c.id = a.case_id JOIN operators o ON o.id = c.operator_id"
)


def iter_answers(db: sqlite_utils.Database) -> Iterator[Row]:
    """Every checklist answer of every audit, audit by audit in checklist order."""
    return _stream(
        db,
        "SELECT a.reference AS audit_reference, c.reference AS case_reference, "
        "o.name AS operator_name, i.code AS item_code, i.requirement, aa.result, aa.severity, "
        "aa.note, aa.answered_at, aa.answered_by "
        f"{_ANSWER_FROM} ORDER BY aa.audit_id, i.section_id, i.position",
    )


def count_answers(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM audit_answers"))
