"""Customs staff."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from db.repositories.common import Row, new_uuid, one, placeholders, require_transaction, rows

_COLUMNS = (
    "name", "email", "roles", "office", "caseload_capacity", "active_from", "active_to",
    "updated_at",
)  # fmt: skip


def _decode(r: Row) -> Row:
    r["roles"] = json.loads(r["roles"])
    return r


def list_staff(
    db: sqlite_utils.Database, *, role: str | None = None, active_on: str | None = None
) -> list[Row]:
    where, params = ["1 = 1"], []
    if role:
        where.append("EXISTS (SELECT 1 FROM json_each(staff.roles) WHERE value = ?)")
        params.append(role)
    if active_on:
        where.append("active_from <= ? AND (active_to IS NULL OR active_to >= ?)")
        params += [active_on, active_on]
    sql = f"SELECT * FROM staff WHERE {' AND '.join(where)} ORDER BY name"
    return [_decode(r) for r in rows(db, sql, params)]


def get_staff(db: sqlite_utils.Database, staff_id: int) -> Row | None:
    r = one(db, "SELECT * FROM staff WHERE id = ?", [staff_id])
    return _decode(r) if r else None


def insert_staff(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    values = [new_uuid(), *(_value(item, c) for c in _COLUMNS)]
    cur = db.conn.execute(
        f"INSERT INTO staff (uuid, {', '.join(_COLUMNS)}) VALUES (?, {placeholders(_COLUMNS)})",
        values,
    )
    return int(cur.lastrowid or 0)


def insert_many(db: sqlite_utils.Database, items: Iterable[dict[str, Any]]) -> None:
    require_transaction(db)
    db.conn.executemany(
        f"INSERT INTO staff (uuid, {', '.join(_COLUMNS)}) VALUES (?, {placeholders(_COLUMNS)})",
        ([new_uuid(), *(_value(it, c) for c in _COLUMNS)] for it in items),
    )


def _value(item: dict[str, Any], column: str) -> Any:
    v = item.get(column)
    if column == "roles":
        return json.dumps(list(v or []))
    return v


def busiest_validator(db: sqlite_utils.Database) -> int | None:
    """The staff member with the most open cases (the demo's "validator" user)."""
    found = db.conn.execute(
        "SELECT validator_id FROM cases WHERE is_open = 1 AND validator_id IS NOT NULL "
        "GROUP BY validator_id ORDER BY count(*) DESC, validator_id LIMIT 1"
    ).fetchone()
    return int(found[0]) if found else None


def first_with_role(db: sqlite_utils.Database, role: str) -> int | None:
    found = db.conn.execute(
        "SELECT id FROM staff WHERE EXISTS (SELECT 1 FROM json_each(staff.roles) WHERE value = ?)"
        " AND active_to IS NULL ORDER BY id LIMIT 1",
        [role],
    ).fetchone()
    return int(found[0]) if found else None
