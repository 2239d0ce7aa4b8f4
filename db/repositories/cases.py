"""Cases and their events: listing (filtered, sorted, searched), reading and writing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlite_utils

from db.repositories import event_chain
from db.repositories.common import (
    Row,
    new_uuid,
    one,
    placeholders,
    require_transaction,
    rows,
    scalar,
)

MSME_CLASSES = ("micro", "small", "medium")


class SortPart(NamedTuple):
    """One ``ORDER BY`` term: an SQL expression, and whether it follows the chosen direction
    (a term that does not is always ascending, e.g. "no deadline" last either way)."""

    expression: str
    follows_direction: bool = True


#: The deadline the caseload shows: a case that is not open shows none (an active
#: authorisation keeps its expiry in ``next_deadline``, but the list leaves it blank).
SHOWN_DEADLINE = "CASE WHEN c.is_open = 1 THEN c.next_deadline END"

#: Sortable columns -> ORDER BY terms (a constant whitelist; never user text).
SORT_KEYS: dict[str, tuple[SortPart, ...]] = {
    "reference": (SortPart("c.reference"),),
    "operator": (SortPart("o.name COLLATE NOCASE"),),
    "size_class": (
        SortPart(
            "CASE o.size_class WHEN 'micro' THEN 0 WHEN 'small' THEN 1 WHEN 'medium' THEN 2 "
            "ELSE 3 END"
        ),
    ),
    "kind": (SortPart("c.kind"),),
    "programme": (SortPart("p.code"),),
    "state": (SortPart("c.state"),),
    "validator": (SortPart("s.name COLLATE NOCASE"),),
    "priority": (
        SortPart(
            "CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 "
            "ELSE 3 END"
        ),
    ),
    "received_on": (SortPart("c.received_on"),),
    # Cases without a (shown) deadline come last in both directions.
    "next_deadline": (
        SortPart(f"({SHOWN_DEADLINE}) IS NULL", follows_direction=False),
        SortPart(SHOWN_DEADLINE),
    ),
    "region": (SortPart("o.region"),),
}
_SORT_JOINS = {
    "operator": "o",
    "size_class": "o",
    "region": "o",
    "programme": "p",
    "validator": "s",
}


@dataclass(frozen=True)
class CaseQuery:
    """What the caseload list shows. Empty fields mean "no filter"."""

    states: tuple[str, ...] = ()
    validator_id: int | None = None
    unassigned: bool = False
    programme_id: int | None = None
    kind: str | None = None
    msme_only: bool = False
    open_only: bool = False
    overdue_on: str | None = None  # ISO date: next deadline before it, case open
    due_between: tuple[str, str] | None = None  # ISO dates, inclusive
    search: str = ""
    sort_key: str = "received_on"
    descending: bool = True
    operator_id: int | None = None  # site mode: one operator's cases only


_REFERENCE = re.compile(r"AEO-\d{4}(-\d{0,6})?")


def fts_query(text: str) -> str | None:
    """Turn what a user typed into an FTS5 prefix query (every word must match)."""
    words = re.findall(r"\w+", text.lower())
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def _where(q: CaseQuery) -> tuple[list[str], list[Any], set[str]]:
    where: list[str] = []
    params: list[Any] = []
    joins: set[str] = set()
    if q.states:
        where.append(f"c.state IN ({placeholders(q.states)})")
        params += list(q.states)
    if q.unassigned:
        where.append("c.validator_id IS NULL")
    elif q.validator_id is not None:
        where.append("c.validator_id = ?")
        params.append(q.validator_id)
    if q.programme_id is not None:
        where.append("c.programme_id = ?")
        params.append(q.programme_id)
    if q.operator_id is not None:
        where.append("c.operator_id = ?")
        params.append(q.operator_id)
    if q.kind:
        where.append("c.kind = ?")
        params.append(q.kind)
    if q.msme_only:
        joins.add("o")
        where.append(f"o.size_class IN ({placeholders(MSME_CLASSES)})")
        params += list(MSME_CLASSES)
    if q.open_only or q.overdue_on or q.due_between:
        where.append("c.is_open = 1")
    if q.overdue_on:
        where.append("c.next_deadline < ?")
        params.append(q.overdue_on)
    if q.due_between:
        where.append("c.next_deadline BETWEEN ? AND ?")
        params += list(q.due_between)
    match = fts_query(q.search)
    reference = _REFERENCE.fullmatch(q.search.strip().upper())
    if reference:
        # A (partial) case reference: a range on the UNIQUE index beats FTS, where the
        # tokens "aeo" and the year match nearly every case.
        prefix = reference.group(0)
        where.append("c.reference >= ? AND c.reference < ?")
        params += [prefix, prefix + "\uffff"]
    elif q.search.strip() and match is None:
        where.append("0")  # punctuation only: nothing can match
    elif match:
        where.append("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
        params.append(match)
    return where, params, joins


def _from(joins: set[str]) -> str:
    sql = "FROM cases c"
    if "o" in joins:
        sql += " JOIN operators o ON o.id = c.operator_id"
    if "p" in joins:
        sql += " JOIN programmes p ON p.id = c.programme_id"
    if "s" in joins:
        sql += " LEFT JOIN staff s ON s.id = c.validator_id"
    return sql


def case_ids_sql(q: CaseQuery) -> tuple[str, list[Any]]:
    """The SQL for :func:`search_case_ids` (exposed so benchmarks can run it directly)."""
    if q.sort_key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {q.sort_key!r}")
    where, params, joins = _where(q)
    if q.sort_key in _SORT_JOINS:
        joins.add(_SORT_JOINS[q.sort_key])
    direction = "DESC" if q.descending else "ASC"
    order = ", ".join(
        f"{part.expression} {direction if part.follows_direction else 'ASC'}"
        for part in SORT_KEYS[q.sort_key]
    )
    sql = (
        f"SELECT c.id {_from(joins)} WHERE {' AND '.join(where) or '1'} "
        f"ORDER BY {order}, c.id {direction}"
    )
    return sql, params


def search_case_ids(db: sqlite_utils.Database, q: CaseQuery) -> list[int]:
    """Ids of every matching case, in display order (the list model keeps only these).

    Read as one JSON array: two to four times as fast as 100,000 Python tuples. SQLite is
    free to ignore the ORDER BY of a FROM-clause subquery (3.41 began to, in some queries),
    but not of one with a LIMIT, where the order decides which rows come out: hence the
    ``LIMIT -1`` (no limit). One SQL for every SQLite, Python's and SQLCipher's newer one; an
    aggregate's own ORDER BY (3.44+) would sort again what the index already gives in order,
    four times slower on the default list.
    """
    sql, params = case_ids_sql(q)
    row = db.conn.execute(f"SELECT json_group_array(id) FROM ({sql} LIMIT -1)", params).fetchone()
    return list(json.loads(row[0]))


LIST_COLUMNS_SQL = """
SELECT c.id, c.reference, o.name AS operator_name, o.size_class, c.kind,
       p.code AS programme_code, c.state, c.is_open, c.validator_id, s.name AS validator_name,
       c.priority, c.received_on, c.next_deadline, o.region
FROM cases c
JOIN operators o ON o.id = c.operator_id
JOIN programmes p ON p.id = c.programme_id
LEFT JOIN staff s ON s.id = c.validator_id
"""


def fetch_list_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, Row]:
    """The list columns for ``ids`` (one query), keyed by id."""
    if not ids:
        return {}
    found = rows(
        db,
        LIST_COLUMNS_SQL + " WHERE c.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    )
    return {r["id"]: r for r in found}


def get_case(db: sqlite_utils.Database, case_id: int) -> Row | None:
    return one(
        db,
        "SELECT c.*, o.name AS operator_name, o.size_class, o.region, p.code AS programme_code, "
        "       p.name AS programme_name, s.name AS validator_name "
        "FROM cases c JOIN operators o ON o.id = c.operator_id "
        "JOIN programmes p ON p.id = c.programme_id LEFT JOIN staff s ON s.id = c.validator_id "
        "WHERE c.id = ?",
        [case_id],
    )


def get_cases(db: sqlite_utils.Database, case_ids: Sequence[int]) -> list[Row]:
    return rows(
        db,
        "SELECT c.*, o.size_class, o.region, o.name AS operator_name FROM cases c "
        "JOIN operators o ON o.id = c.operator_id "
        "WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id",
        [json.dumps(list(case_ids))],
    )


def count_cases(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM cases"))


def count_overdue(db: sqlite_utils.Database, today: str) -> int:
    return count_deadlines(db, before=today)


def last_reference_number(db: sqlite_utils.Database, year: int) -> int:
    # Numeric, not text, order: AEO-2026-100000 comes after AEO-2026-99999.
    value = scalar(
        db,
        "SELECT max(CAST(substr(reference, 10) AS INTEGER)) FROM cases "
        "WHERE reference >= ? AND reference < ?",  # the range uses the UNIQUE index
        [f"AEO-{year}-", f"AEO-{year}."],
    )
    return int(value) if value else 0


CASE_COLUMNS = (
    "reference", "kind", "programme_id", "operator_id", "state", "is_open", "validator_id",
    "priority", "received_on", "accepted_on", "decided_on", "acceptance_due", "decision_due",
    "extension_days", "extension_reason", "effective_on", "expires_on", "next_deadline",
    "summary", "created_at", "updated_at",
)  # fmt: skip

_UPDATABLE = frozenset(CASE_COLUMNS) - {"reference", "created_at"}


def insert_case(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        f"INSERT INTO cases (uuid, {', '.join(CASE_COLUMNS)}) "
        f"VALUES (?, {placeholders(CASE_COLUMNS)})",
        [item.get("uuid") or new_uuid(), *(item.get(c) for c in CASE_COLUMNS)],
    )
    return int(cur.lastrowid or 0)


def update_case(db: sqlite_utils.Database, case_id: int, changes: dict[str, Any]) -> None:
    require_transaction(db)
    bad = set(changes) - _UPDATABLE
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    if not changes:
        return
    cols = sorted(changes)
    db.conn.execute(
        f"UPDATE cases SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*(changes[c] for c in cols), case_id],
    )


def insert_many(db: sqlite_utils.Database, items: Iterable[dict[str, Any]]) -> None:
    """Bulk insert; ``items`` carry ``id`` and ``uuid``."""
    require_transaction(db)
    db.conn.executemany(
        f"INSERT INTO cases (id, uuid, {', '.join(CASE_COLUMNS)}) "
        f"VALUES (?, ?, {placeholders(CASE_COLUMNS)})",
        (
            [it["id"], it.get("uuid") or new_uuid(), *(it.get(c) for c in CASE_COLUMNS)]
            for it in items
        ),
    )


# --- events ---------------------------------------------------------------------------------

EVENT_COLUMNS = (
    "case_id", "at", "effective_on", "actor", "actor_staff_id", "kind", "from_state", "to_state",
    "detail", "reason",
)  # fmt: skip


def insert_event(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        f"INSERT INTO case_events (uuid, {', '.join(EVENT_COLUMNS)}) "
        f"VALUES (?, {placeholders(EVENT_COLUMNS)})",
        [
            new_uuid(),
            *(item.get(c, "" if c in ("detail", "reason") else None) for c in EVENT_COLUMNS),
        ],
    )
    event_chain.seal(db)
    return int(cur.lastrowid or 0)


def insert_events_many(db: sqlite_utils.Database, items: Iterable[Sequence[Any]]) -> None:
    """Bulk insert of tuples in :data:`EVENT_COLUMNS` order."""
    require_transaction(db)
    db.conn.executemany(
        f"INSERT INTO case_events (uuid, {', '.join(EVENT_COLUMNS)}) "
        f"VALUES (?, {placeholders(EVENT_COLUMNS)})",
        ((new_uuid(), *it) for it in items),
    )
    event_chain.seal(db)


def list_events(db: sqlite_utils.Database, case_id: int) -> list[Row]:
    return rows(db, "SELECT * FROM case_events WHERE case_id = ? ORDER BY id", [case_id])


def last_state_date(
    db: sqlite_utils.Database, case_id: int, *, include_creation: bool = True
) -> str | None:
    """The date of the case's latest state change (creation included unless
    ``include_creation`` is False). Assignments, edits and extensions are office work
    recorded on the day; they do not stop backdating."""
    kinds = ("created", "transition") if include_creation else ("transition",)
    value = scalar(
        db,
        f"SELECT max(effective_on) FROM case_events "
        f"WHERE case_id = ? AND kind IN ({placeholders(kinds)})",
        [case_id, *kinds],
    )
    return None if value is None else str(value)


def set_created_date(db: sqlite_utils.Database, case_id: int, effective_on: str) -> None:
    """Move the date of the case's 'created' event (it follows the date of receipt)."""
    require_transaction(db)
    db.conn.execute(
        "UPDATE case_events SET effective_on = ? WHERE case_id = ? AND kind = 'created'",
        [effective_on, case_id],
    )


# --- workload and dashboard -----------------------------------------------------------------


def open_case_mix_by_validator(db: sqlite_utils.Database) -> list[Row]:
    """(validator_id, kind, size_class, n) for every assigned case that is work in hand:
    open cases, and monitoring cases of an authorisation in force."""
    return rows(
        db,
        "SELECT c.validator_id, c.kind, o.size_class, count(*) AS n FROM cases c "
        "JOIN operators o ON o.id = c.operator_id "
        "WHERE (c.is_open = 1 OR (c.kind = 'monitoring' AND c.state = 'active')) "
        "AND c.validator_id IS NOT NULL "
        "GROUP BY c.validator_id, c.kind, o.size_class",
    )


def open_by_validator_and_state(db: sqlite_utils.Database) -> list[Row]:
    return rows(
        db,
        "SELECT c.validator_id, s.name AS validator_name, c.state, count(*) AS n FROM cases c "
        "LEFT JOIN staff s ON s.id = c.validator_id WHERE c.is_open = 1 "
        "GROUP BY c.validator_id, c.state ORDER BY s.name",
    )


def _deadline_where(before: str | None, between: tuple[str, str] | None) -> tuple[str, list[Any]]:
    where, params = ["c.is_open = 1", "c.next_deadline IS NOT NULL"], []
    if before:
        where.append("c.next_deadline < ?")
        params.append(before)
    if between:
        where.append("c.next_deadline BETWEEN ? AND ?")
        params += list(between)
    return " AND ".join(where), params


def deadline_list(
    db: sqlite_utils.Database,
    *,
    before: str | None = None,
    between: tuple[str, str] | None = None,
    limit: int = 500,
) -> list[Row]:
    """Open cases whose next deadline is before a date (overdue) or in a window, the first
    ``limit`` by deadline (:func:`count_deadlines` says how many there are in all)."""
    where, params = _deadline_where(before, between)
    return rows(
        db,
        LIST_COLUMNS_SQL + f" WHERE {where} ORDER BY c.next_deadline, c.id LIMIT ?",
        [*params, limit],
    )


def count_deadlines(
    db: sqlite_utils.Database,
    *,
    before: str | None = None,
    between: tuple[str, str] | None = None,
) -> int:
    """How many cases :func:`deadline_list` would list without a limit."""
    where, params = _deadline_where(before, between)
    return int(scalar(db, f"SELECT count(*) FROM cases c WHERE {where}", params))
