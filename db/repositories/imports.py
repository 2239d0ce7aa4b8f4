"""Bulk imports: the lookups a dry run needs and the writes an import makes that no other
repository offers (staff updates, role changes, training records).

Operators are written with :mod:`db.repositories.operators` and new staff with
:mod:`db.repositories.staff`; the service decides the unit of work (``with db.atomic():``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from db.repositories.common import Row, new_uuid, require_transaction, rows, scalar

#: Staff columns an import may change.
_STAFF_UPDATABLE = frozenset(
    {"name", "email", "roles", "office", "caseload_capacity", "active_from", "active_to"}
)
#: Training-record columns an import may change (the key, person/course/date, never changes).
_RECORD_UPDATABLE = frozenset({"result", "certificate_ref", "session_ref"})


# --- operators ------------------------------------------------------------------------------


def identifier_owners(db: sqlite_utils.Database) -> dict[tuple[str, str, str], Row]:
    """(scheme, country, value) -> the operator holding it (``id``, ``name``): every
    identifier in one query, for matching a whole file."""
    cur = db.conn.execute(
        "SELECT i.scheme, i.country, i.value, o.id, o.name FROM operator_identifiers i "
        "JOIN operators o ON o.id = i.operator_id"
    )
    return {(s, c, v): {"id": i, "name": n} for s, c, v, i, n in cur.fetchall()}


# --- staff ----------------------------------------------------------------------------------


def all_staff(db: sqlite_utils.Database) -> list[Row]:
    """Every staff member (a unit has hundreds at most): matched by email or name in memory."""
    found = rows(
        db,
        "SELECT id, name, email, roles, office, caseload_capacity, active_from, active_to "
        "FROM staff ORDER BY id",
    )
    for r in found:
        r["roles"] = json.loads(r["roles"])
    return found


def update_staff(
    db: sqlite_utils.Database, staff_id: int, changes: dict[str, Any], updated_at: str
) -> None:
    require_transaction(db)
    bad = set(changes) - _STAFF_UPDATABLE
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    cols = sorted(changes)
    values = [json.dumps(list(changes[c])) if c == "roles" else changes[c] for c in cols]
    db.conn.execute(
        f"UPDATE staff SET {', '.join(f'{c} = ?' for c in [*cols, 'updated_at'])} WHERE id = ?",
        [*values, updated_at, staff_id],
    )


def insert_role_change(
    db: sqlite_utils.Database,
    staff_id: int,
    changed_on: str,
    roles: Sequence[str],
    created_at: str,
) -> int:
    """Keep the history of a person's roles (onboarding follow-ups start from a change)."""
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO staff_role_changes (uuid, staff_id, changed_on, roles, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [new_uuid(), staff_id, changed_on, json.dumps(list(roles)), created_at],
    )
    return int(cur.lastrowid or 0)


# --- courses and training records -----------------------------------------------------------


def all_courses(db: sqlite_utils.Database) -> list[Row]:
    """The course catalogue (tens of rows): matched by code in memory."""
    return rows(db, "SELECT id, code, name, is_active FROM courses ORDER BY code")


def training_records_on(
    db: sqlite_utils.Database, staff_id: int, course_id: int, completed_on: str
) -> list[Row]:
    return rows(
        db,
        "SELECT id, result, certificate_ref, session_ref FROM training_records "
        "WHERE staff_id = ? AND course_id = ? AND completed_on = ? ORDER BY id",
        [staff_id, course_id, completed_on],
    )


def insert_training_record(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO training_records (uuid, staff_id, course_id, completed_on, result, "
        "certificate_ref, session_ref, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            new_uuid(),
            item["staff_id"],
            item["course_id"],
            item["completed_on"],
            item["result"],
            item.get("certificate_ref") or "",
            item.get("session_ref") or "",
            item["created_at"],
            item["created_by"],
        ],
    )
    return int(cur.lastrowid or 0)


def update_training_record(
    db: sqlite_utils.Database, record_id: int, changes: dict[str, Any]
) -> None:
    require_transaction(db)
    bad = set(changes) - _RECORD_UPDATABLE
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    cols = sorted(changes)
    db.conn.execute(
        f"UPDATE training_records SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*(changes[c] for c in cols), record_id],
    )


# --- counts (what an import may change) -----------------------------------------------------

#: The tables an import writes, by kind (a constant whitelist: never user input).
TABLES = {
    "operators": ("operators", "operator_identifiers"),
    "staff": ("staff", "staff_role_changes"),
    "training": ("training_records",),
}


def table_counts(db: sqlite_utils.Database, kind: str) -> dict[str, int]:
    """Row counts of the tables an import of ``kind`` writes (to show what changed)."""
    return {t: int(scalar(db, f"SELECT count(*) FROM {t}")) for t in TABLES[kind]}
