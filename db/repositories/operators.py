"""Operators and their identifiers."""

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

_COLUMNS = (
    "name", "headcount", "turnover_eur", "balance_sheet_eur", "size_class", "sector", "roles",
    "region", "address", "created_at", "updated_at",
)  # fmt: skip


def _decode(r: Row) -> Row:
    r["roles"] = json.loads(r["roles"])
    return r


def _values(item: dict[str, Any]) -> list[Any]:
    return [json.dumps(list(item["roles"])) if c == "roles" else item.get(c) for c in _COLUMNS]


def insert_operator(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        f"INSERT INTO operators (uuid, {', '.join(_COLUMNS)}) VALUES (?, {placeholders(_COLUMNS)})",
        [item.get("uuid") or new_uuid(), *_values(item)],
    )
    return int(cur.lastrowid or 0)


def update_operator(db: sqlite_utils.Database, operator_id: int, item: dict[str, Any]) -> None:
    require_transaction(db)
    cols = [c for c in _COLUMNS if c != "created_at"]
    values = [v for c, v in zip(_COLUMNS, _values(item), strict=True) if c != "created_at"]
    db.conn.execute(
        f"UPDATE operators SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*values, operator_id],
    )


def replace_identifiers(
    db: sqlite_utils.Database, operator_id: int, identifiers: Sequence[tuple[str, str, str]]
) -> None:
    """Make the operator's identifiers exactly ``identifiers`` (scheme, country, value)."""
    require_transaction(db)
    current = {
        (r["scheme"], r["country"], r["value"]): r["id"]
        for r in rows(db, "SELECT * FROM operator_identifiers WHERE operator_id = ?", [operator_id])
    }
    wanted = set(identifiers)
    for key, ident_id in current.items():
        if key not in wanted:
            db.conn.execute("DELETE FROM operator_identifiers WHERE id = ?", [ident_id])
    for scheme, country, value in identifiers:
        if (scheme, country, value) not in current:
            db.conn.execute(
                "INSERT INTO operator_identifiers (uuid, operator_id, scheme, country, value) "
                "VALUES (?, ?, ?, ?, ?)",
                [new_uuid(), operator_id, scheme, country, value],
            )


def identifier_owner(
    db: sqlite_utils.Database, scheme: str, country: str, value: str
) -> Row | None:
    return one(
        db,
        "SELECT o.id, o.name FROM operator_identifiers i JOIN operators o ON o.id = i.operator_id "
        "WHERE i.scheme = ? AND i.country = ? AND i.value = ?",
        [scheme, country, value],
    )


def get_operator(db: sqlite_utils.Database, operator_id: int) -> Row | None:
    r = one(db, "SELECT * FROM operators WHERE id = ?", [operator_id])
    if r is None:
        return None
    r = _decode(r)
    r["identifiers"] = rows(
        db,
        "SELECT scheme, country, value FROM operator_identifiers WHERE operator_id = ? "
        "ORDER BY scheme, value",
        [operator_id],
    )
    return r


def find_operators(db: sqlite_utils.Database, text: str, *, limit: int = 50) -> list[Row]:
    """Operators whose name starts with or contains ``text``, or whose identifier starts so."""
    pattern = _escape_like(text.strip())
    return rows(
        db,
        "SELECT o.id, o.name, o.size_class, o.region, "
        "  (SELECT group_concat(value, ', ') FROM operator_identifiers i "
        "   WHERE i.operator_id = o.id) AS identifiers "
        "FROM operators o WHERE o.name LIKE ? ESCAPE '\\' "
        "   OR o.id IN (SELECT operator_id FROM operator_identifiers "
        "               WHERE value LIKE ? ESCAPE '\\') "
        "ORDER BY o.name LIKE ? ESCAPE '\\' DESC, o.name COLLATE NOCASE LIMIT ?",
        [f"%{pattern}%", f"{pattern.upper()}%", f"{pattern}%", limit],
    )


def count(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM operators"))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def insert_many(
    db: sqlite_utils.Database,
    items: Iterable[dict[str, Any]],
) -> None:
    """Bulk insert for demo data and imports; ``items`` carry ``id`` and ``uuid``."""
    require_transaction(db)
    db.conn.executemany(
        f"INSERT INTO operators (id, uuid, {', '.join(_COLUMNS)}) "
        f"VALUES (?, ?, {placeholders(_COLUMNS)})",
        ([it["id"], it.get("uuid") or new_uuid(), *_values(it)] for it in items),
    )


def insert_identifiers_many(
    db: sqlite_utils.Database, items: Iterable[tuple[int, str, str, str]]
) -> None:
    """Bulk insert of (operator_id, scheme, country, value)."""
    require_transaction(db)
    db.conn.executemany(
        "INSERT INTO operator_identifiers (uuid, operator_id, scheme, country, value) "
        "VALUES (?, ?, ?, ?, ?)",
        ((new_uuid(), *it) for it in items),
    )


def distinct_regions(db: sqlite_utils.Database) -> list[str]:
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT DISTINCT region FROM operators WHERE region <> '' ORDER BY region"
        ).fetchall()
    ]
