"""Case events as a hash chain: each event's hash covers the one before it (Qt-free, no
desktop imports).

Every path that adds events calls :func:`seal` in the same transaction, so in a file written
only by AEO Desk every event has its hash. An event inserted or changed by other means (plain
SQL, a hex editor) breaks the chain at that event, and :func:`verify` names it.

The chain is local to one database file: a check-in seals the laptop's events into the
office's chain as they arrive. The hash covers what happened, who recorded it and when; it
leaves out ``effective_on`` because a case's date of receipt may be corrected before
acceptance (the correction is itself an "edited" event, which is covered).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sqlite_utils

from db.repositories.common import require_transaction

GENESIS = "0" * 64
_FIELDS = (
    "uuid", "case_id", "at", "actor", "actor_staff_id", "kind", "from_state", "to_state",
    "detail", "reason",
)  # fmt: skip
_SELECT = f"SELECT id, {', '.join(_FIELDS)}, prev_hash, hash FROM case_events"


def event_hash(prev: str, values: tuple[object, ...]) -> str:
    text = "\x1e".join("" if v is None else str(v) for v in values)
    return hashlib.sha256(f"{prev}\x1d{text}".encode()).hexdigest()


def _last_hash(db: sqlite_utils.Database) -> str:
    found = db.conn.execute(
        "SELECT hash FROM case_events WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return found[0] if found else GENESIS


def seal(db: sqlite_utils.Database) -> int:
    """Give every unsealed event (in id order) its place in the chain; return how many."""
    require_transaction(db)
    pending = db.conn.execute(f"{_SELECT} WHERE hash IS NULL ORDER BY id").fetchall()
    if not pending:
        return 0
    prev = _last_hash(db)
    out = []
    for row in pending:
        h = event_hash(prev, tuple(row[1 : 1 + len(_FIELDS)]))
        out.append((prev, h, row[0]))
        prev = h
    db.conn.executemany("UPDATE case_events SET prev_hash = ?, hash = ? WHERE id = ?", out)
    return len(out)


@dataclass(frozen=True)
class Broken:
    event_id: int
    case_id: int
    at: str
    reason: str


def verify(db: sqlite_utils.Database) -> tuple[int, Broken | None]:
    """Walk the chain; return (events checked, the first broken event or None)."""
    prev = GENESIS
    n = 0
    for row in db.conn.execute(f"{_SELECT} ORDER BY id"):
        n += 1
        event_id, values, stored_prev, stored = row[0], tuple(row[1 : 1 + len(_FIELDS)]), *row[-2:]
        case_id, at = values[1], values[2]
        if stored is None:
            return n, Broken(event_id, case_id, at, "it has no hash: it was added outside AEO Desk")
        if stored_prev != prev:
            return n, Broken(
                event_id, case_id, at, "it does not follow the event before it (one was removed "
                "or reordered)",
            )  # fmt: skip
        if event_hash(prev, values) != stored:
            return n, Broken(event_id, case_id, at, "its content was changed after it was recorded")
        prev = stored
    return n, None
