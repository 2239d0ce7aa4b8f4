"""Programmes (authorisation types and tiers) and their deadline rules."""

from __future__ import annotations

from collections.abc import Iterable
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
    "code", "name", "authorisation_type", "tier", "is_msme_track", "acceptance_days",
    "decision_days", "extension_days", "effective_days", "validity_years",
    "renewal_notice_months", "is_active", "updated_at",
)  # fmt: skip


def list_programmes(db: sqlite_utils.Database, *, active_only: bool = False) -> list[Row]:
    where = "WHERE is_active = 1" if active_only else ""
    return rows(db, f"SELECT * FROM programmes {where} ORDER BY code")


def get_programme(db: sqlite_utils.Database, programme_id: int) -> Row | None:
    return one(db, "SELECT * FROM programmes WHERE id = ?", [programme_id])


def count(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM programmes"))


def insert_many(db: sqlite_utils.Database, items: Iterable[dict[str, Any]]) -> None:
    sql = (
        f"INSERT INTO programmes (uuid, {', '.join(_COLUMNS)}) VALUES (?, {placeholders(_COLUMNS)})"
    )
    require_transaction(db)
    db.conn.executemany(sql, ([new_uuid(), *(it.get(c) for c in _COLUMNS)] for it in items))
