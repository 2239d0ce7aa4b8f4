"""The contact tables' own guards, exercised with plain SQL (no service in the way):
one active primary and one active backup per operator, dates in order, known channels."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_operator, make_validator

from db.repositories import contacts as repo

NOW = "2026-06-15T10:00:00Z"
ONE_ACTIVE = re.escape(repo.ONE_ACTIVE_MESSAGE)


@pytest.fixture
def ids(db: sqlite_utils.Database) -> dict[str, int]:
    return {
        "operator": make_operator(db),
        "a": make_validator(db, roles=["contact officer"]),
        "b": make_validator(db, roles=["contact officer"]),
    }


def _insert(db: sqlite_utils.Database, operator_id: int, officer_id: int, **overrides: Any) -> int:
    item: dict[str, Any] = {
        "uuid": f"u-{operator_id}-{officer_id}-{len(overrides)}-{sorted(overrides.items())}",
        "operator_id": operator_id,
        "officer_id": officer_id,
        "role": "primary",
        "start_on": "2026-01-01",
        "end_on": None,
        "created_at": NOW,
        "created_by": "test",
    }
    item.update(overrides)
    cols = ", ".join(item)
    marks = ", ".join("?" for _ in item)
    cur = db.conn.execute(
        f"INSERT INTO contact_assignments ({cols}) VALUES ({marks})", list(item.values())
    )
    return int(cur.lastrowid or 0)


@pytest.mark.parametrize("role", ["primary", "backup"])
def test_a_second_active_assignment_in_one_role_is_refused(
    db: sqlite_utils.Database, ids: dict[str, int], role: str
) -> None:
    _insert(db, ids["operator"], ids["a"], role=role)
    with pytest.raises(sqlite3.IntegrityError, match=ONE_ACTIVE):
        _insert(db, ids["operator"], ids["b"], role=role, start_on="2026-03-01")
    # Not even the same officer twice.
    with pytest.raises(sqlite3.IntegrityError, match=ONE_ACTIVE):
        _insert(db, ids["operator"], ids["a"], role=role, start_on="2026-04-01")


def test_a_new_primary_is_allowed_once_the_old_one_has_an_end(
    db: sqlite_utils.Database, ids: dict[str, int]
) -> None:
    first = _insert(db, ids["operator"], ids["a"])
    db.conn.execute("UPDATE contact_assignments SET end_on = '2026-02-28' WHERE id = ?", [first])
    second = _insert(db, ids["operator"], ids["b"], start_on="2026-03-01")
    found = db.conn.execute(
        "SELECT id, end_on FROM contact_assignments WHERE operator_id = ? ORDER BY id",
        [ids["operator"]],
    ).fetchall()
    assert found == [(first, "2026-02-28"), (second, None)]
    # Reopening the old one would make two active primaries again.
    with pytest.raises(sqlite3.IntegrityError, match=ONE_ACTIVE):
        db.conn.execute("UPDATE contact_assignments SET end_on = NULL WHERE id = ?", [first])


def test_one_active_primary_and_one_active_backup_live_side_by_side(
    db: sqlite_utils.Database, ids: dict[str, int]
) -> None:
    _insert(db, ids["operator"], ids["a"], role="primary")
    _insert(db, ids["operator"], ids["b"], role="backup")
    other = make_operator(db)
    _insert(db, other, ids["a"], role="primary")  # another operator: its own primary
    n = db.conn.execute("SELECT count(*) FROM contact_assignments WHERE end_on IS NULL")
    assert n.fetchone()[0] == 3


def test_end_before_start_and_unknown_role_are_refused(
    db: sqlite_utils.Database, ids: dict[str, int]
) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed: end_on"):
        _insert(db, ids["operator"], ids["a"], start_on="2026-03-01", end_on="2026-02-28")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed: role"):
        _insert(db, ids["operator"], ids["a"], role="deputy")
    # A one-day assignment is fine.
    _insert(db, ids["operator"], ids["a"], start_on="2026-03-01", end_on="2026-03-01")


def _log(db: sqlite_utils.Database, ids: dict[str, int], **overrides: Any) -> None:
    item: dict[str, Any] = {
        "uuid": f"log-{sorted(overrides.items())}",
        "operator_id": ids["operator"],
        "officer_id": ids["a"],
        "contact_on": "2026-06-01",
        "channel": "phone",
        "topic": "Question",
        "follow_up_on": None,
        "created_at": NOW,
        "created_by": "test",
    }
    item.update(overrides)
    db.conn.execute(
        f"INSERT INTO contact_log ({', '.join(item)}) VALUES ({', '.join('?' for _ in item)})",
        list(item.values()),
    )


def test_contact_log_guards_channel_topic_and_follow_up_order(
    db: sqlite_utils.Database, ids: dict[str, int]
) -> None:
    _log(db, ids, follow_up_on="2026-06-01")  # the same day is fine
    with pytest.raises(sqlite3.IntegrityError, match="channel"):
        _log(db, ids, channel="fax")
    with pytest.raises(sqlite3.IntegrityError, match="topic"):
        _log(db, ids, topic="  ")
    with pytest.raises(sqlite3.IntegrityError, match="follow_up_on"):
        _log(db, ids, follow_up_on="2026-05-31")
