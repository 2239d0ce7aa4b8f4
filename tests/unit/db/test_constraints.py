"""The schema's own guards: CHECK, UNIQUE, STRICT and foreign keys, on a real file."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_case, make_operator, programme_id

from db.repositories import cases as case_repo
from db.repositories import operators as operator_repo
from db.repositories.common import scalar

NOW = "2026-06-15T10:00:00Z"
FOREIGN_KEY = "FOREIGN KEY constraint failed"
UNIQUE_REFERENCE = r"UNIQUE constraint failed: cases\.reference"


def _operator(**overrides: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": "Loire Logistique SAS",
        "headcount": 12,
        "turnover_eur": 3e6,
        "balance_sheet_eur": 2e6,
        "size_class": "small",
        "sector": "Warehousing",
        "roles": ["warehouse keeper"],
        "region": "Pays de la Loire",
        "address": "",
        "created_at": NOW,
        "updated_at": NOW,
    }
    item.update(overrides)
    return item


def _case(db: sqlite_utils.Database, **overrides: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "reference": "AEO-2026-90001",
        "kind": "initial",
        "programme_id": programme_id(db),
        "operator_id": None,
        "state": "received",
        "is_open": 1,
        "validator_id": None,
        "priority": "normal",
        "received_on": "2026-06-01",
        "extension_days": 0,
        "extension_reason": "",
        "summary": "",
        "created_at": NOW,
        "updated_at": NOW,
    }
    item.update(overrides)
    return item


def _count(db: sqlite_utils.Database, table: str) -> int:
    return int(scalar(db, f"SELECT count(*) FROM {table}"))


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"headcount": -1}, "CHECK constraint failed"),
        ({"name": "   "}, "CHECK constraint failed"),
        ({"name": ""}, "CHECK constraint failed"),
        ({"size_class": "giant"}, "CHECK constraint failed"),
        ({"turnover_eur": -5.0}, "CHECK constraint failed"),
        ({"headcount": "many"}, "cannot store TEXT value in INTEGER column"),  # STRICT
        ({"name": None}, "NOT NULL constraint failed"),
    ],
)
def test_impossible_operators_are_refused(
    db: sqlite_utils.Database, overrides: dict[str, Any], message: str
) -> None:
    before = _count(db, "operators")
    with pytest.raises(sqlite3.IntegrityError, match=message), db.atomic():
        operator_repo.insert_operator(db, _operator(**overrides))
    assert _count(db, "operators") == before


def test_a_bad_state_is_refused(db: sqlite_utils.Database) -> None:
    operator_id = make_operator(db)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"), db.atomic():
        case_repo.insert_case(db, _case(db, operator_id=operator_id, state="lost"))
    assert _count(db, "cases") == 0


def test_the_same_identifier_cannot_belong_to_two_operators(db: sqlite_utils.Database) -> None:
    first = make_operator(db, identifiers=[("EORI", "FR", "FR00000000777777")])
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"), db.atomic():
        second = operator_repo.insert_operator(db, _operator())
        operator_repo.replace_identifiers(db, second, [("EORI", "FR", "FR00000000777777")])
    assert _count(db, "operators") == 1  # the second operator went with the failed unit of work
    owner = operator_repo.identifier_owner(db, "EORI", "FR", "FR00000000777777")
    assert owner is not None
    assert owner["id"] == first


def test_a_case_reference_is_unique(db: sqlite_utils.Database) -> None:
    operator_id = make_operator(db)
    with db.atomic():
        case_repo.insert_case(db, _case(db, operator_id=operator_id))
    duplicate = _case(db, operator_id=operator_id)
    with pytest.raises(sqlite3.IntegrityError, match=UNIQUE_REFERENCE), db.atomic():
        case_repo.insert_case(db, duplicate)
    assert _count(db, "cases") == 1


def test_foreign_keys_are_enforced(db: sqlite_utils.Database) -> None:
    orphan = _case(db, operator_id=987654)
    with pytest.raises(sqlite3.IntegrityError, match=FOREIGN_KEY), db.atomic():
        case_repo.insert_case(db, orphan)
    assert _count(db, "cases") == 0


def test_an_event_needs_an_existing_case(db: sqlite_utils.Database) -> None:
    event = {
        "case_id": 424242,
        "at": NOW,
        "effective_on": "2026-06-15",
        "actor": "x",
        "kind": "created",
    }
    with pytest.raises(sqlite3.IntegrityError, match=FOREIGN_KEY), db.atomic():
        case_repo.insert_event(db, event)


def test_an_extension_needs_a_reason(db: sqlite_utils.Database) -> None:
    case_id = make_case(db)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"), db.atomic():
        case_repo.update_case(db, case_id, {"extension_days": 30, "extension_reason": "  "})
    row = case_repo.get_case(db, case_id)
    assert row is not None
    assert row["extension_days"] == 0


def test_dates_cannot_run_backwards_in_the_row(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    for column in ("accepted_on", "decided_on"):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"), db.atomic():
            case_repo.update_case(db, case_id, {column: "2026-05-31"})


def test_only_known_columns_can_be_updated(db: sqlite_utils.Database) -> None:
    case_id = make_case(db)
    with pytest.raises(ValueError, match="not updatable"), db.atomic():
        case_repo.update_case(db, case_id, {"reference": "AEO-1999-00001"})


def test_deleting_an_operator_with_cases_is_refused(db: sqlite_utils.Database) -> None:
    case_id = make_case(db)
    row = case_repo.get_case(db, case_id)
    assert row is not None
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), db.atomic():
        db.conn.execute("DELETE FROM operators WHERE id = ?", [row["operator_id"]])
