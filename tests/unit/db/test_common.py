"""Repository helpers: version-7 UUIDs, and writes only inside db.atomic()."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_case, make_operator

from db.repositories import cases as case_repo
from db.repositories import operators as operator_repo
from db.repositories import programmes as programme_repo
from db.repositories import search as search_repo
from db.repositories import staff as staff_repo
from db.repositories.common import new_uuid, placeholders, scalar


def test_new_uuid_is_an_rfc_9562_version_7_uuid() -> None:
    time.sleep(0.02)  # a burst of earlier UUIDs may have run the counter a few ms ahead
    before_ms = time.time_ns() // 1_000_000
    value = new_uuid()
    after_ms = time.time_ns() // 1_000_000
    parsed = uuid.UUID(value)
    assert str(parsed) == value
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    # The first 48 bits are the Unix time in milliseconds (the counter may run 1 ms ahead).
    assert before_ms <= parsed.int >> 80 <= after_ms + 1


def test_new_uuids_sort_in_the_order_they_were_made_and_are_unique() -> None:
    made = [new_uuid() for _ in range(5000)]  # many share a millisecond
    time.sleep(0.002)
    made += [new_uuid() for _ in range(10)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    assert all(uuid.UUID(u).version == 7 for u in made)


def _writes(db: sqlite_utils.Database) -> dict[str, Callable[[], Any]]:
    now = "2026-06-15T10:00:00Z"
    operator = {
        "name": "X",
        "headcount": 1,
        "size_class": "micro",
        "roles": [],
        "created_at": now,
        "updated_at": now,
    }
    case_id = make_case(db)
    op_id = make_operator(db)
    return {
        "insert_operator": lambda: operator_repo.insert_operator(db, operator),
        "update_operator": lambda: operator_repo.update_operator(db, op_id, operator),
        "replace_identifiers": lambda: operator_repo.replace_identifiers(db, op_id, []),
        "operators.insert_many": lambda: operator_repo.insert_many(db, [{**operator, "id": 99}]),
        "insert_identifiers_many": lambda: operator_repo.insert_identifiers_many(
            db, [(op_id, "VAT", "FR", "FR1")]
        ),
        "insert_staff": lambda: staff_repo.insert_staff(db, {"name": "Y"}),
        "staff.insert_many": lambda: staff_repo.insert_many(db, [{"name": "Y"}]),
        "programmes.insert_many": lambda: programme_repo.insert_many(db, [{"code": "Z"}]),
        "insert_case": lambda: case_repo.insert_case(db, {"reference": "AEO-2026-77777"}),
        "update_case": lambda: case_repo.update_case(db, case_id, {"summary": "changed"}),
        "cases.insert_many": lambda: case_repo.insert_many(db, [{"id": 500}]),
        "insert_event": lambda: case_repo.insert_event(db, {"case_id": case_id}),
        "insert_events_many": lambda: case_repo.insert_events_many(db, [(case_id,)]),
        "search.rebuild": lambda: search_repo.rebuild(db),
        "search.bulk_load": lambda: search_repo.bulk_load(db).__enter__(),
    }


WRITE_NAMES = [
    "insert_operator",
    "update_operator",
    "replace_identifiers",
    "operators.insert_many",
    "insert_identifiers_many",
    "insert_staff",
    "staff.insert_many",
    "programmes.insert_many",
    "insert_case",
    "update_case",
    "cases.insert_many",
    "insert_event",
    "insert_events_many",
    "search.rebuild",
    "search.bulk_load",
]


def _snapshot(db: sqlite_utils.Database) -> dict[str, int]:
    tables = (
        "operators",
        "operator_identifiers",
        "staff",
        "programmes",
        "cases",
        "case_events",
        "case_search",
        "_bulk_load",
    )
    return {t: int(scalar(db, f"SELECT count(*) FROM {t}")) for t in tables} | {
        "summaries": int(scalar(db, "SELECT count(*) FROM cases WHERE summary <> ''")),
    }


@pytest.mark.parametrize("name", WRITE_NAMES)
def test_repository_writes_outside_atomic_raise(db: sqlite_utils.Database, name: str) -> None:
    writes = _writes(db)
    assert set(writes) == set(WRITE_NAMES)
    before = _snapshot(db)
    with pytest.raises(RuntimeError, match=r"repository write outside db\.atomic\(\)"):
        writes[name]()
    assert not db.conn.in_transaction
    assert _snapshot(db) == before


def test_the_same_write_inside_atomic_works(db: sqlite_utils.Database) -> None:
    case_id = make_case(db)
    with db.atomic():
        case_repo.update_case(db, case_id, {"summary": "changed"})
    row = case_repo.get_case(db, case_id)
    assert row is not None
    assert row["summary"] == "changed"


def test_placeholders_give_one_bound_parameter_per_value(db: sqlite_utils.Database) -> None:
    assert placeholders(("a", "b", "c")) == "?, ?, ?"
    assert placeholders(x for x in [1]) == "?"
    values = (3, 1, 2)
    assert db.conn.execute(f"SELECT {placeholders(values)}", values).fetchone() == values
