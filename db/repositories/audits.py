"""Audits, their answers, evidence, findings, corrective actions and revisions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from db.repositories.common import (
    Row,
    new_uuid,
    one,
    placeholders,
    require_transaction,
    rows,
    scalar,
)

_AUDIT_COLUMNS = (
    "reference",
    "case_id",
    "template_id",
    "programme_code",
    "is_msme_track",
    "status",
    "planned_start",
    "planned_end",
    "sites",
    "lead_validator_id",
    "team",
    "created_at",
    "updated_at",
)
_UPDATABLE = frozenset(
    {
        "status",
        "planned_start",
        "planned_end",
        "sites",
        "lead_validator_id",
        "team",
        "revision",
        "outcome",
        "score",
        "last_item_id",
        "started_at",
        "finalised_at",
        "finalised_by",
        "updated_at",
    }
)


def _decode(r: Row) -> Row:
    r["sites"] = json.loads(r["sites"])
    r["team"] = json.loads(r["team"])
    return r


def last_reference_number(db: sqlite_utils.Database, year: int) -> int:
    value = scalar(
        db,
        "SELECT max(CAST(substr(reference, 10) AS INTEGER)) FROM audits "
        "WHERE reference >= ? AND reference < ?",
        [f"AUD-{year}-", f"AUD-{year}."],
    )
    return int(value) if value else 0


def insert_audit(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    values = [
        json.dumps(item[c]) if c in ("sites", "team") else item.get(c) for c in _AUDIT_COLUMNS
    ]
    cur = db.conn.execute(
        f"INSERT INTO audits (uuid, {', '.join(_AUDIT_COLUMNS)}) "
        f"VALUES (?, {placeholders(_AUDIT_COLUMNS)})",
        [item.get("uuid") or new_uuid(), *values],
    )
    return int(cur.lastrowid or 0)


def update_audit(db: sqlite_utils.Database, audit_id: int, changes: dict[str, Any]) -> None:
    require_transaction(db)
    bad = set(changes) - _UPDATABLE
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    cols = sorted(changes)
    values = [json.dumps(changes[c]) if c in ("sites", "team") else changes[c] for c in cols]
    db.conn.execute(
        f"UPDATE audits SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*values, audit_id],
    )


_AUDIT_SELECT = (
    "SELECT a.*, c.reference AS case_reference, c.state AS case_state, c.operator_id, "
    "o.name AS operator_name, o.size_class, s.name AS lead_name, t.code AS template_code, "
    "t.version AS template_version, t.name AS template_name "
    "FROM audits a JOIN cases c ON c.id = a.case_id JOIN operators o ON o.id = c.operator_id "
    "JOIN staff s ON s.id = a.lead_validator_id JOIN checklist_templates t ON t.id = a.template_id"
)


def get_audit(db: sqlite_utils.Database, audit_id: int) -> Row | None:
    r = one(db, _AUDIT_SELECT + " WHERE a.id = ?", [audit_id])
    return _decode(r) if r else None


def find_by_reference(db: sqlite_utils.Database, reference: str) -> Row | None:
    r = one(db, _AUDIT_SELECT + " WHERE a.reference = ?", [reference])
    return _decode(r) if r else None


def list_audits(
    db: sqlite_utils.Database,
    *,
    statuses: Sequence[str] = (),
    staff_id: int | None = None,
    from_date: str | None = None,
    case_id: int | None = None,
    limit: int = 2000,
) -> list[Row]:
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
    if case_id is not None:
        where.append("a.case_id = ?")
        params.append(case_id)
    found = rows(
        db,
        _AUDIT_SELECT + f" WHERE {' AND '.join(where)} ORDER BY a.planned_start, a.id LIMIT ?",
        [*params, limit],
    )
    return [_decode(r) for r in found]


# --- answers --------------------------------------------------------------------------------


def answers(db: sqlite_utils.Database, audit_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT item_id, result, severity, note, answered_at, answered_by FROM audit_answers "
        "WHERE audit_id = ?",
        [audit_id],
    )


def upsert_answer(
    db: sqlite_utils.Database, audit_id: int, item_id: int, a: dict[str, Any]
) -> None:
    require_transaction(db)
    db.conn.execute(
        "INSERT INTO audit_answers (uuid, audit_id, item_id, result, severity, note, answered_at,"
        " answered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (audit_id, item_id) DO UPDATE"
        " SET result = excluded.result, severity = excluded.severity, note = excluded.note,"
        " answered_at = excluded.answered_at, answered_by = excluded.answered_by",
        [
            new_uuid(),
            audit_id,
            item_id,
            a["result"],
            a["severity"],
            a["note"],
            a["answered_at"],
            a["answered_by"],
        ],
    )


# --- evidence -------------------------------------------------------------------------------


def insert_evidence(db: sqlite_utils.Database, e: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO audit_evidence (uuid, audit_id, item_id, action_id, file_name, media_type, "
        "size, sha256, content, added_at, added_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            new_uuid(),
            e["audit_id"],
            e.get("item_id"),
            e.get("action_id"),
            e["file_name"],
            e["media_type"],
            e["size"],
            e["sha256"],
            e["content"],
            e["added_at"],
            e["added_by"],
        ],
    )
    return int(cur.lastrowid or 0)


def evidence_list(db: sqlite_utils.Database, audit_id: int) -> list[Row]:
    """Metadata only: the files themselves stay in the database until asked for."""
    return rows(
        db,
        "SELECT id, item_id, action_id, file_name, media_type, size, sha256, added_at, added_by "
        "FROM audit_evidence WHERE audit_id = ? ORDER BY id",
        [audit_id],
    )


def evidence_content(db: sqlite_utils.Database, evidence_id: int) -> Row | None:
    return one(
        db,
        "SELECT id, audit_id, file_name, media_type, sha256, content FROM audit_evidence "
        "WHERE id = ?",
        [evidence_id],
    )


def delete_evidence(db: sqlite_utils.Database, evidence_id: int) -> None:
    require_transaction(db)
    db.conn.execute("DELETE FROM audit_evidence WHERE id = ?", [evidence_id])


# --- findings and actions -------------------------------------------------------------------


def findings(db: sqlite_utils.Database, audit_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT f.*, i.code AS item_code, i.text AS item_text, i.requirement, "
        "(SELECT count(*) FROM corrective_actions ca WHERE ca.finding_id = f.id) AS actions "
        "FROM findings f JOIN checklist_items i ON i.id = f.item_id WHERE f.audit_id = ? "
        "ORDER BY i.section_id, i.position",
        [audit_id],
    )


def finding_for(db: sqlite_utils.Database, audit_id: int, item_id: int) -> Row | None:
    return one(
        db,
        "SELECT f.*, (SELECT count(*) FROM corrective_actions ca WHERE ca.finding_id = f.id) "
        "AS actions FROM findings f WHERE audit_id = ? AND item_id = ?",
        [audit_id, item_id],
    )


def upsert_finding(
    db: sqlite_utils.Database,
    audit_id: int,
    item_id: int,
    severity: str,
    description: str,
    now: str,
) -> None:
    require_transaction(db)
    db.conn.execute(
        "INSERT INTO findings (uuid, audit_id, item_id, severity, description, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (audit_id, item_id) DO UPDATE "
        "SET severity = excluded.severity, description = excluded.description, "
        "updated_at = excluded.updated_at",
        [new_uuid(), audit_id, item_id, severity, description, now, now],
    )


def delete_finding(db: sqlite_utils.Database, finding_id: int) -> None:
    require_transaction(db)
    db.conn.execute("DELETE FROM findings WHERE id = ?", [finding_id])


def insert_action(db: sqlite_utils.Database, a: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO corrective_actions (uuid, finding_id, description, owner, due_on, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
        [
            new_uuid(),
            a["finding_id"],
            a["description"],
            a["owner"],
            a["due_on"],
            a["created_at"],
            a["created_at"],
        ],
    )
    return int(cur.lastrowid or 0)


def get_action(db: sqlite_utils.Database, action_id: int) -> Row | None:
    return one(
        db,
        "SELECT ca.*, f.audit_id, a.status AS audit_status FROM corrective_actions ca "
        "JOIN findings f ON f.id = ca.finding_id JOIN audits a ON a.id = f.audit_id "
        "WHERE ca.id = ?",
        [action_id],
    )


def update_action(db: sqlite_utils.Database, action_id: int, changes: dict[str, Any]) -> None:
    require_transaction(db)
    allowed = {
        "description",
        "owner",
        "due_on",
        "status",
        "completed_on",
        "completion_note",
        "verified_on",
        "verified_by",
        "updated_at",
    }
    bad = set(changes) - allowed
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    cols = sorted(changes)
    db.conn.execute(
        f"UPDATE corrective_actions SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*(changes[c] for c in cols), action_id],
    )


_ACTION_SELECT = (
    "SELECT ca.*, f.audit_id, f.severity, i.code AS item_code, i.text AS item_text, "
    "a.reference AS audit_reference, c.reference AS case_reference, o.name AS operator_name, "
    "s.name AS lead_name, a.lead_validator_id "
    "FROM corrective_actions ca JOIN findings f ON f.id = ca.finding_id "
    "JOIN checklist_items i ON i.id = f.item_id JOIN audits a ON a.id = f.audit_id "
    "JOIN cases c ON c.id = a.case_id JOIN operators o ON o.id = c.operator_id "
    "JOIN staff s ON s.id = a.lead_validator_id"
)


def actions_of_audit(db: sqlite_utils.Database, audit_id: int) -> list[Row]:
    return rows(db, _ACTION_SELECT + " WHERE f.audit_id = ? ORDER BY ca.due_on, ca.id", [audit_id])


def actions_due(
    db: sqlite_utils.Database, *, until: str, staff_id: int | None = None, limit: int = 2000
) -> list[Row]:
    """Open actions due on or before ``until`` (overdue ones included), across the unit."""
    where, params = ["ca.status = 'open'", "ca.due_on <= ?"], [until]
    if staff_id is not None:
        where.append("a.lead_validator_id = ?")
        params.append(staff_id)
    return rows(
        db,
        _ACTION_SELECT + f" WHERE {' AND '.join(where)} ORDER BY ca.due_on, ca.id LIMIT ?",
        [*params, limit],
    )


# --- revisions ------------------------------------------------------------------------------


def insert_revision(db: sqlite_utils.Database, r: dict[str, Any]) -> None:
    require_transaction(db)
    db.conn.execute(
        "INSERT INTO audit_revisions (uuid, audit_id, revision, reason, reopened_at, reopened_by,"
        " snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            new_uuid(),
            r["audit_id"],
            r["revision"],
            r["reason"],
            r["reopened_at"],
            r["reopened_by"],
            json.dumps(r["snapshot"]),
        ],
    )


def revisions(db: sqlite_utils.Database, audit_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT revision, reason, reopened_at, reopened_by FROM audit_revisions "
        "WHERE audit_id = ? ORDER BY revision",
        [audit_id],
    )
