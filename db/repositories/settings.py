"""Business settings stored in the database (not UI state)."""

from __future__ import annotations

import sqlite_utils

from db.repositories.common import scalar


def get(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    value = scalar(db, "SELECT value FROM app_settings WHERE key = ?", [key])
    return default if value is None else str(value)


def put(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO app_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
