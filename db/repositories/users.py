"""Users and their roles (passwords live in the key slots beside the database)."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from db.repositories.common import Row, one, require_transaction, rows, scalar

_SELECT = "SELECT u.*, s.name AS staff_name FROM users u LEFT JOIN staff s ON s.id = u.staff_id"


def count_users(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM users") or 0)


def list_users(db: sqlite_utils.Database) -> list[Row]:
    return rows(db, f"{_SELECT} ORDER BY u.username COLLATE NOCASE")


def get_user(db: sqlite_utils.Database, user_id: int) -> Row | None:
    return one(db, f"{_SELECT} WHERE u.id = ?", [user_id])


def get_user_by_uuid(db: sqlite_utils.Database, uuid: str) -> Row | None:
    return one(db, f"{_SELECT} WHERE u.uuid = ?", [uuid])


def find_by_username(db: sqlite_utils.Database, username: str) -> Row | None:
    return one(db, f"{_SELECT} WHERE u.username = ? COLLATE NOCASE", [username])


def user_of_staff(db: sqlite_utils.Database, staff_id: int) -> Row | None:
    return one(db, f"{_SELECT} WHERE u.staff_id = ?", [staff_id])


def insert_user(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO users (uuid, username, staff_id, roles, is_active, created_at, created_by, "
        "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
        [
            item["uuid"],
            item["username"],
            item.get("staff_id"),
            json.dumps(list(item["roles"])),
            item["created_at"],
            item["created_by"],
            item["created_at"],
        ],
    )
    return int(cur.lastrowid or 0)


_UPDATABLE = frozenset({"roles", "staff_id", "is_active", "updated_at"})


def update_user(db: sqlite_utils.Database, user_id: int, changes: dict[str, Any]) -> None:
    require_transaction(db)
    bad = set(changes) - _UPDATABLE
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    cols = sorted(changes)
    db.conn.execute(
        f"UPDATE users SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*(changes[c] for c in cols), user_id],
    )


def touch_login(db: sqlite_utils.Database, user_id: int, at: str) -> None:
    """Kept in app_settings, not the user row: signing in is not an edit of the user."""
    require_transaction(db)
    db.conn.execute(
        "INSERT INTO app_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [f"user.{user_id}.last_login", at],
    )
