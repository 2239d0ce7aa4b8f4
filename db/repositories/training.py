"""Staff training: the course catalogue, training records, the manager's decisions about
follow-ups, and staff role changes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
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

_COURSE_COLUMNS = (
    "code", "name", "provider", "hours", "required_for", "refresh_months", "is_onboarding",
    "is_active", "created_at", "updated_at",
)  # fmt: skip
_COURSE_UPDATABLE = frozenset(_COURSE_COLUMNS) - {"created_at"}
_RECORD_COLUMNS = (
    "staff_id", "course_id", "completed_on", "result", "certificate_ref", "session_ref",
    "created_at", "created_by",
)  # fmt: skip
_ACTION_COLUMNS = (
    "staff_id", "course_id", "kind", "due_on", "status", "planned_on", "reason", "decided_at",
    "decided_by",
)  # fmt: skip


def _course(r: Row) -> Row:
    r["required_for"] = json.loads(r["required_for"])
    r["is_onboarding"] = bool(r["is_onboarding"])
    r["is_active"] = bool(r["is_active"])
    return r


def _course_value(item: dict[str, Any], column: str) -> Any:
    v = item.get(column)
    if column == "required_for":
        return json.dumps(list(v or []))
    if column in ("is_onboarding", "is_active"):
        return int(bool(v))
    return v


# --- courses --------------------------------------------------------------------------------


def count_courses(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM courses"))


def list_courses(db: sqlite_utils.Database, *, include_retired: bool = True) -> list[Row]:
    where = "" if include_retired else " WHERE is_active = 1"
    return [_course(r) for r in rows(db, f"SELECT * FROM courses{where} ORDER BY id")]


def get_course(db: sqlite_utils.Database, course_id: int) -> Row | None:
    r = one(db, "SELECT * FROM courses WHERE id = ?", [course_id])
    return _course(r) if r else None


def find_course_by_code(db: sqlite_utils.Database, code: str) -> Row | None:
    r = one(db, "SELECT * FROM courses WHERE code = ? COLLATE NOCASE", [code])
    return _course(r) if r else None


def insert_course(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        f"INSERT INTO courses (uuid, {', '.join(_COURSE_COLUMNS)}) "
        f"VALUES (?, {placeholders(_COURSE_COLUMNS)})",
        [new_uuid(), *(_course_value(item, c) for c in _COURSE_COLUMNS)],
    )
    return int(cur.lastrowid or 0)


def update_course(db: sqlite_utils.Database, course_id: int, changes: dict[str, Any]) -> None:
    require_transaction(db)
    bad = set(changes) - _COURSE_UPDATABLE
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    cols = sorted(changes)
    db.conn.execute(
        f"UPDATE courses SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*(_course_value(changes, c) for c in cols), course_id],
    )


# --- records --------------------------------------------------------------------------------


def _record_values(item: dict[str, Any]) -> list[Any]:
    text = ("certificate_ref", "session_ref")
    return [(item.get(c) or "") if c in text else item[c] for c in _RECORD_COLUMNS]


def insert_records(db: sqlite_utils.Database, items: Iterable[dict[str, Any]]) -> list[int]:
    require_transaction(db)
    ids = []
    sql = (
        f"INSERT INTO training_records (uuid, {', '.join(_RECORD_COLUMNS)}) "
        f"VALUES (?, {placeholders(_RECORD_COLUMNS)})"
    )
    for item in items:
        cur = db.conn.execute(sql, [new_uuid(), *_record_values(item)])
        ids.append(int(cur.lastrowid or 0))
    return ids


def insert_records_many(db: sqlite_utils.Database, items: Iterable[dict[str, Any]]) -> None:
    """Bulk load (demo data): no ids back."""
    require_transaction(db)
    db.conn.executemany(
        f"INSERT INTO training_records (uuid, {', '.join(_RECORD_COLUMNS)}) "
        f"VALUES (?, {placeholders(_RECORD_COLUMNS)})",
        ([new_uuid(), *_record_values(it)] for it in items),
    )


def attempts(db: sqlite_utils.Database, staff_ids: Sequence[int] | None = None) -> list[Row]:
    """The fields the rules need, for everyone (or for ``staff_ids``)."""
    sql = "SELECT staff_id, course_id, completed_on, result FROM training_records"
    if staff_ids is None:
        return rows(db, sql)
    return rows(
        db,
        sql + " WHERE staff_id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(staff_ids))],
    )


def records_on(
    db: sqlite_utils.Database, course_id: int, completed_on: str, staff_ids: Sequence[int]
) -> list[Row]:
    """Records of ``course_id`` on ``completed_on`` for any of ``staff_ids`` (duplicates)."""
    return rows(
        db,
        "SELECT id, staff_id FROM training_records WHERE course_id = ? AND completed_on = ? "
        "AND staff_id IN (SELECT value FROM json_each(?))",
        [course_id, completed_on, json.dumps(list(staff_ids))],
    )


def list_records(
    db: sqlite_utils.Database,
    *,
    staff_id: int | None = None,
    course_id: int | None = None,
    limit: int = 5000,
) -> list[Row]:
    where, params = ["1 = 1"], []
    if staff_id is not None:
        where.append("r.staff_id = ?")
        params.append(staff_id)
    if course_id is not None:
        where.append("r.course_id = ?")
        params.append(course_id)
    return rows(
        db,
        "SELECT r.id, r.staff_id, r.course_id, r.completed_on, r.result, r.certificate_ref, "
        "r.session_ref, r.created_at, r.created_by, s.name AS staff_name, s.office, "
        "c.code AS course_code, c.name AS course_name "
        "FROM training_records r JOIN staff s ON s.id = r.staff_id "
        "JOIN courses c ON c.id = r.course_id "
        f"WHERE {' AND '.join(where)} ORDER BY r.completed_on DESC, s.name, r.id DESC LIMIT ?",
        [*params, limit],
    )


# --- follow-up actions ----------------------------------------------------------------------


def insert_action(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        f"INSERT INTO training_follow_up_actions (uuid, {', '.join(_ACTION_COLUMNS)}) "
        f"VALUES (?, {placeholders(_ACTION_COLUMNS)})",
        [new_uuid(), *(item.get(c, "" if c == "reason" else None) for c in _ACTION_COLUMNS)],
    )
    return int(cur.lastrowid or 0)


def list_actions(db: sqlite_utils.Database) -> list[Row]:
    """Every decision, oldest first (so that the latest one for a follow-up wins)."""
    return rows(db, "SELECT * FROM training_follow_up_actions ORDER BY decided_at, id")


# --- role changes ---------------------------------------------------------------------------


def insert_role_change(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO staff_role_changes (uuid, staff_id, changed_on, roles, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            new_uuid(),
            item["staff_id"],
            item["changed_on"],
            json.dumps(list(item["roles"])),
            item["created_at"],
        ],
    )
    return int(cur.lastrowid or 0)


def list_role_changes(db: sqlite_utils.Database, staff_id: int | None = None) -> list[Row]:
    sql = "SELECT * FROM staff_role_changes"
    params: list[Any] = []
    if staff_id is not None:
        sql += " WHERE staff_id = ?"
        params.append(staff_id)
    found = rows(db, sql + " ORDER BY changed_on, id", params)
    for r in found:
        r["roles"] = json.loads(r["roles"])
    return found


def latest_role_change_on(db: sqlite_utils.Database, staff_id: int) -> str | None:
    value = scalar(
        db, "SELECT max(changed_on) FROM staff_role_changes WHERE staff_id = ?", [staff_id]
    )
    return str(value) if value else None


def set_staff_roles(
    db: sqlite_utils.Database, staff_id: int, roles: Sequence[str], updated_at: str
) -> None:
    """A role change moves the person's current roles (kept here with the change history)."""
    require_transaction(db)
    db.conn.execute(
        "UPDATE staff SET roles = ?, updated_at = ? WHERE id = ?",
        [json.dumps(list(roles)), updated_at, staff_id],
    )
