"""Small helpers shared by repository modules."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

Row = dict[str, Any]


_uuid_lock = threading.Lock()
_uuid_last = [0, 0]  # [unix ms, counter]


def new_uuid() -> str:
    """A version-7 UUID (RFC 9562): time-ordered, so bulk inserts keep the index compact.

    Within one millisecond a 12-bit counter keeps them monotonic; 62 random bits follow.
    """
    with _uuid_lock:
        ms = time.time_ns() // 1_000_000
        last_ms, counter = _uuid_last
        if ms <= last_ms:
            ms, counter = last_ms, counter + 1
            if counter > 0xFFF:
                ms, counter = last_ms + 1, 0
        else:
            counter = 0
        _uuid_last[:] = [ms, counter]
    rand_b = int.from_bytes(os.urandom(8)) & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand_b
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rows(
    db: sqlite_utils.Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()
) -> list[Row]:
    """Run a read query and return dict rows (plain cursor: no savepoint per read)."""
    cur = db.conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def one(
    db: sqlite_utils.Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()
) -> Row | None:
    found = rows(db, sql, params)
    return found[0] if found else None


def scalar(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> Any:
    row = db.conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def placeholders(values: Iterable[Any]) -> str:
    return ", ".join("?" for _ in values)


def require_transaction(db: sqlite_utils.Database) -> None:
    """Writes must run inside ``with db.atomic():`` (the service decides the unit of work)."""
    if not db.conn.in_transaction:
        raise RuntimeError("repository write outside db.atomic()")
