"""Contact points: assignments (with their history), handovers and the contact log.

Dates are ISO text. An assignment is active on a day D when ``start_on <= D`` and it has no
end, or ends on D or later; it is *open* when it has no end at all (what the partial unique
indexes ``contact_one_active_primary`` / ``..._backup`` hold to one per operator and role).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from db.repositories.common import Row, new_uuid, one, require_transaction, rows, scalar

#: Which index refused a row, from sqlite3.IntegrityError's text (the index's columns).
ONE_ACTIVE_MESSAGE = "UNIQUE constraint failed: contact_assignments.operator_id"

_ACTIVE_ON = "a.start_on <= :on AND (a.end_on IS NULL OR a.end_on >= :on)"
_SIZE_RANK = (
    "CASE o.size_class WHEN 'micro' THEN 0 WHEN 'small' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END"
)

ASSIGNMENT_COLUMNS = (
    "operator_id", "officer_id", "role", "start_on", "end_on", "note", "handover_id",
    "created_at", "created_by",
)  # fmt: skip

_ASSIGNMENT_SELECT = (
    "SELECT a.*, s.name AS officer_name, o.name AS operator_name, o.size_class, "
    "h.effective_on AS handover_on, hs.name AS handover_from_name "
    "FROM contact_assignments a JOIN staff s ON s.id = a.officer_id "
    "JOIN operators o ON o.id = a.operator_id "
    "LEFT JOIN contact_handovers h ON h.id = a.handover_id "
    "LEFT JOIN staff hs ON hs.id = h.from_officer_id"
)


# --- assignments ------------------------------------------------------------------------------


def get_assignment(db: sqlite_utils.Database, assignment_id: int) -> Row | None:
    return one(db, _ASSIGNMENT_SELECT + " WHERE a.id = ?", [assignment_id])


def overlapping(
    db: sqlite_utils.Database, operator_id: int, role: str, start_on: str
) -> Row | None:
    """The assignment of ``operator_id`` in ``role`` that a new open one starting on
    ``start_on`` would overlap: an open one, or one that ends on or after that day."""
    return one(
        db,
        _ASSIGNMENT_SELECT + " WHERE a.operator_id = ? AND a.role = ? "
        "AND (a.end_on IS NULL OR a.end_on >= ?) ORDER BY a.end_on IS NULL DESC, a.start_on DESC "
        "LIMIT 1",
        [operator_id, role, start_on],
    )


def open_assignment(db: sqlite_utils.Database, operator_id: int, role: str) -> Row | None:
    return one(
        db,
        _ASSIGNMENT_SELECT + " WHERE a.operator_id = ? AND a.role = ? AND a.end_on IS NULL",
        [operator_id, role],
    )


def insert_assignment(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        f"INSERT INTO contact_assignments (uuid, {', '.join(ASSIGNMENT_COLUMNS)}) "
        f"VALUES (?, {', '.join('?' for _ in ASSIGNMENT_COLUMNS)})",
        [new_uuid(), *(_assignment_value(item, c) for c in ASSIGNMENT_COLUMNS)],
    )
    return int(cur.lastrowid or 0)


def insert_assignments_many(db: sqlite_utils.Database, items: Iterable[dict[str, Any]]) -> None:
    require_transaction(db)
    db.conn.executemany(
        f"INSERT INTO contact_assignments (uuid, {', '.join(ASSIGNMENT_COLUMNS)}) "
        f"VALUES (?, {', '.join('?' for _ in ASSIGNMENT_COLUMNS)})",
        ([new_uuid(), *(_assignment_value(it, c) for c in ASSIGNMENT_COLUMNS)] for it in items),
    )


def _assignment_value(item: dict[str, Any], column: str) -> Any:
    if column == "note":
        return item.get("note") or ""
    return item.get(column)


def set_end(db: sqlite_utils.Database, assignment_id: int, end_on: str) -> None:
    require_transaction(db)
    db.conn.execute(
        "UPDATE contact_assignments SET end_on = ? WHERE id = ?", [end_on, assignment_id]
    )


def end_open_many(db: sqlite_utils.Database, items: Iterable[tuple[str, int, str, int]]) -> int:
    """End open assignments: (end_on, operator_id, role, officer_id) each. Returns how many
    rows changed (the caller checks that each one did)."""
    require_transaction(db)
    before = db.conn.total_changes
    db.conn.executemany(
        "UPDATE contact_assignments SET end_on = ? "
        "WHERE operator_id = ? AND role = ? AND officer_id = ? AND end_on IS NULL",
        items,
    )
    return db.conn.total_changes - before


def history(db: sqlite_utils.Database, operator_id: int) -> list[Row]:
    """Every assignment of the operator, newest first."""
    return rows(
        db,
        _ASSIGNMENT_SELECT + " WHERE a.operator_id = ? "
        "ORDER BY a.start_on DESC, a.end_on IS NULL DESC, a.end_on DESC, a.id DESC",
        [operator_id],
    )


def active_for_operator(db: sqlite_utils.Database, operator_id: int, on: str) -> list[Row]:
    return rows(
        db,
        _ASSIGNMENT_SELECT + f" WHERE a.operator_id = :op AND {_ACTIVE_ON} "
        "ORDER BY a.role DESC, a.start_on DESC",
        {"op": operator_id, "on": on},
    )


def open_of_officer(
    db: sqlite_utils.Database, officer_id: int, operator_ids: Sequence[int] | None = None
) -> list[Row]:
    """The officer's open assignments (no end), optionally only for ``operator_ids``."""
    sql = _ASSIGNMENT_SELECT + " WHERE a.officer_id = ? AND a.end_on IS NULL"
    params: list[Any] = [officer_id]
    if operator_ids is not None:
        sql += " AND a.operator_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(operator_ids)))
    return rows(db, sql + f" ORDER BY {_SIZE_RANK}, o.name COLLATE NOCASE, a.role DESC", params)


def open_holders(db: sqlite_utils.Database, operator_ids: Sequence[int]) -> list[Row]:
    """(operator_id, role, officer_id) of every open assignment of these operators."""
    return rows(
        db,
        "SELECT operator_id, role, officer_id FROM contact_assignments "
        "WHERE end_on IS NULL AND operator_id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(operator_ids))],
    )


def officers_with_open(db: sqlite_utils.Database) -> list[Row]:
    """Staff who hold at least one open assignment, with how many."""
    return rows(
        db,
        "SELECT s.id, s.name, s.active_from, s.active_to, s.roles, count(*) AS n "
        "FROM contact_assignments a JOIN staff s ON s.id = a.officer_id "
        "WHERE a.end_on IS NULL GROUP BY s.id ORDER BY s.name",
    )


def loads(
    db: sqlite_utils.Database, on: str, officer_ids: Sequence[int] | None = None
) -> list[Row]:
    """Per officer (all, or ``officer_ids``), assignments active on ``on``: primaries, MSMEs
    among them, backups."""
    only = ""
    params: dict[str, Any] = {"on": on}
    if officer_ids is not None:
        only = "AND a.officer_id IN (SELECT value FROM json_each(:ids)) "
        params["ids"] = json.dumps(list(officer_ids))
    return rows(
        db,
        "SELECT a.officer_id, "
        "  sum(a.role = 'primary') AS operators, "
        "  sum(a.role = 'primary' AND o.size_class <> 'large') AS msmes, "
        "  sum(a.role = 'backup') AS backups "
        "FROM contact_assignments a JOIN operators o ON o.id = a.operator_id "
        f"WHERE {_ACTIVE_ON} {only}GROUP BY a.officer_id",
        params,
    )


def active_primaries(
    db: sqlite_utils.Database, on: str, started_before: str | None = None
) -> list[Row]:
    """Primaries active on ``on`` (only those that started before ``started_before``)."""
    return rows(
        db,
        _ASSIGNMENT_SELECT + f" WHERE a.role = 'primary' AND {_ACTIVE_ON} "
        "AND a.start_on < coalesce(:before, '9999') ORDER BY a.start_on, o.name COLLATE NOCASE",
        {"on": on, "before": started_before},
    )


def contacts_of_cases(
    db: sqlite_utils.Database, case_ids: Sequence[int], staff_id: int, on: str
) -> list[Row]:
    """For each of the cases' operators where ``staff_id`` is an active contact on ``on``:
    the case, the operator and the role."""
    return rows(
        db,
        "SELECT DISTINCT c.operator_id, o.name AS operator_name, a.role, a.start_on, "
        "  s.name AS officer_name "
        "FROM cases c JOIN operators o ON o.id = c.operator_id "
        "JOIN contact_assignments a ON a.operator_id = c.operator_id "
        "JOIN staff s ON s.id = a.officer_id "
        f"WHERE c.id IN (SELECT value FROM json_each(:ids)) AND a.officer_id = :staff "
        f"AND {_ACTIVE_ON} ORDER BY o.name COLLATE NOCASE, a.role DESC",
        {"ids": json.dumps(list(case_ids)), "staff": staff_id, "on": on},
    )


def uncovered(
    db: sqlite_utils.Database,
    on: str,
    *,
    region: str | None = None,
    sector: str | None = None,
    size_class: str | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Operators without a primary active on ``on``, MSMEs first (micro, small, medium,
    large), then by name; with the active backup, the last primary and the last contact."""
    where = [
        "NOT EXISTS (SELECT 1 FROM contact_assignments a WHERE a.operator_id = o.id "
        f"AND a.role = 'primary' AND {_ACTIVE_ON})"
    ]
    params: dict[str, Any] = {"on": on, "limit": -1 if limit is None else limit}
    if region:
        where.append("o.region = :region")
        params["region"] = region
    if sector:
        where.append("o.sector = :sector")
        params["sector"] = sector
    if size_class:
        where.append("o.size_class = :size")
        params["size"] = size_class
    return rows(
        db,
        "SELECT o.id, o.name, o.size_class, o.sector, o.region, "
        "  (SELECT s.name FROM contact_assignments a JOIN staff s ON s.id = a.officer_id "
        f"   WHERE a.operator_id = o.id AND a.role = 'backup' AND {_ACTIVE_ON} "
        "   LIMIT 1) AS backup_name, "
        "  (SELECT json_array(s.name, a.end_on) FROM contact_assignments a "
        "   JOIN staff s ON s.id = a.officer_id WHERE a.operator_id = o.id "
        "   AND a.role = 'primary' AND a.end_on < :on ORDER BY a.end_on DESC LIMIT 1) "
        "   AS previous_primary, "
        "  (SELECT max(l.contact_on) FROM contact_log l WHERE l.operator_id = o.id "
        "   AND l.contact_on <= :on) AS last_contact_on "
        f"FROM operators o WHERE {' AND '.join(where)} "
        f"ORDER BY {_SIZE_RANK}, o.name COLLATE NOCASE, o.id LIMIT :limit",
        params,
    )


def count_uncovered(db: sqlite_utils.Database, on: str) -> Row:
    """How many operators have no primary on ``on``, and how many of them are MSMEs."""
    found = one(
        db,
        "SELECT count(*) AS operators, coalesce(sum(o.size_class <> 'large'), 0) AS msmes "
        "FROM operators o WHERE NOT EXISTS (SELECT 1 FROM contact_assignments a "
        f"WHERE a.operator_id = o.id AND a.role = 'primary' AND {_ACTIVE_ON})",
        {"on": on},
    )
    assert found is not None
    return found


def distinct_sectors(db: sqlite_utils.Database) -> list[str]:
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT DISTINCT sector FROM operators WHERE sector <> '' ORDER BY sector"
        ).fetchall()
    ]


def operator_names(db: sqlite_utils.Database, operator_ids: Sequence[int]) -> dict[int, str]:
    found = rows(
        db,
        "SELECT id, name FROM operators WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(operator_ids))],
    )
    return {r["id"]: r["name"] for r in found}


# --- handovers --------------------------------------------------------------------------------


def insert_handover(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO contact_handovers (uuid, from_officer_id, effective_on, note, moved, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            new_uuid(),
            item["from_officer_id"],
            item["effective_on"],
            item.get("note") or "",
            item["moved"],
            item["created_at"],
            item["created_by"],
        ],
    )
    return int(cur.lastrowid or 0)


def list_handovers(db: sqlite_utils.Database) -> list[Row]:
    """Newest first, with who handed over and to whom (names, by how many operators)."""
    found = rows(
        db,
        "SELECT h.*, s.name AS from_officer_name, "
        "  (SELECT json_group_array(json_array(t.name, t.n)) FROM ("
        "     SELECT st.name, count(*) AS n FROM contact_assignments a "
        "     JOIN staff st ON st.id = a.officer_id WHERE a.handover_id = h.id "
        "     GROUP BY st.id ORDER BY count(*) DESC, st.name) t) AS successors "
        "FROM contact_handovers h JOIN staff s ON s.id = h.from_officer_id "
        "ORDER BY h.effective_on DESC, h.id DESC",
    )
    for r in found:
        r["successors"] = [(name, n) for name, n in json.loads(r["successors"] or "[]")]
    return found


def count_handovers(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM contact_handovers"))


# --- contact log ------------------------------------------------------------------------------

LOG_COLUMNS = (
    "operator_id", "officer_id", "contact_on", "channel", "topic", "advice", "follow_up_on",
    "follow_up_done_on", "created_at", "created_by",
)  # fmt: skip

_LOG_SELECT = (
    "SELECT l.*, o.name AS operator_name, o.size_class, s.name AS officer_name "
    "FROM contact_log l JOIN operators o ON o.id = l.operator_id "
    "JOIN staff s ON s.id = l.officer_id"
)


def insert_log(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        f"INSERT INTO contact_log (uuid, {', '.join(LOG_COLUMNS)}) "
        f"VALUES (?, {', '.join('?' for _ in LOG_COLUMNS)})",
        [new_uuid(), *(_log_value(item, c) for c in LOG_COLUMNS)],
    )
    return int(cur.lastrowid or 0)


def insert_log_many(db: sqlite_utils.Database, items: Iterable[dict[str, Any]]) -> None:
    require_transaction(db)
    db.conn.executemany(
        f"INSERT INTO contact_log (uuid, {', '.join(LOG_COLUMNS)}) "
        f"VALUES (?, {', '.join('?' for _ in LOG_COLUMNS)})",
        ([new_uuid(), *(_log_value(it, c) for c in LOG_COLUMNS)] for it in items),
    )


def _log_value(item: dict[str, Any], column: str) -> Any:
    if column == "advice":
        return item.get("advice") or ""
    return item.get(column)


def get_log(db: sqlite_utils.Database, log_id: int) -> Row | None:
    return one(db, _LOG_SELECT + " WHERE l.id = ?", [log_id])


def list_log(
    db: sqlite_utils.Database, operator_id: int | None = None, limit: int = 500
) -> list[Row]:
    if operator_id is None:
        return rows(db, _LOG_SELECT + " ORDER BY l.contact_on DESC, l.id DESC LIMIT ?", [limit])
    return rows(
        db,
        _LOG_SELECT + " WHERE l.operator_id = ? ORDER BY l.contact_on DESC, l.id DESC LIMIT ?",
        [operator_id, limit],
    )


def open_follow_ups(db: sqlite_utils.Database, until: str) -> list[Row]:
    """Follow-ups not done yet, due on or before ``until`` (overdue ones included)."""
    return rows(
        db,
        _LOG_SELECT + " WHERE l.follow_up_done_on IS NULL AND l.follow_up_on IS NOT NULL "
        "AND l.follow_up_on <= ? ORDER BY l.follow_up_on, l.id",
        [until],
    )


def set_follow_up_done(db: sqlite_utils.Database, log_id: int, done_on: str) -> None:
    require_transaction(db)
    db.conn.execute("UPDATE contact_log SET follow_up_done_on = ? WHERE id = ?", [done_on, log_id])


def operator_list(db: sqlite_utils.Database) -> list[Row]:
    """Every operator's id, name and size class, by id (for bulk work such as the demo)."""
    return rows(db, "SELECT id, name, size_class FROM operators ORDER BY id")


def count_assignments(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM contact_assignments"))
