"""The manager's dashboard figures."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils
from helpers.builders import make_case, make_validator

from desktop.domain.cases import CaseState
from desktop.services import case_service, dashboard_service
from desktop.services.actor import Actor
from desktop.services.dashboard_service import UNASSIGNED

pytestmark = pytest.mark.usefixtures("frozen_clock")
S = CaseState
ACTOR = Actor(name="Nadia Benali")


def test_dashboard_counts(db: sqlite_utils.Database) -> None:
    anne = make_validator(db, name="Anne Leroy")
    bruno = make_validator(db, name="Bruno Faure")
    # Acceptance due 30 days after receipt; "today" is 2026-06-15, horizon 14 days.
    overdue = make_case(db, received_on="2026-05-01", validator_id=anne)  # due 05-31
    soon = make_case(db, received_on="2026-05-20")  # due 06-19
    make_case(db, received_on="2026-06-10", validator_id=anne)  # due 07-10, later
    examined = make_case(db, received_on="2026-02-01")
    case_service.transition(db, examined, S.ACCEPTED, ACTOR, on=date(2026, 2, 10))  # due 06-10
    case_service.transition(db, examined, S.UNDER_EXAMINATION, ACTOR, on=date(2026, 2, 12))
    case_service.assign(db, [examined], bruno, ACTOR)
    gone = make_case(db, received_on="2026-04-01", validator_id=bruno)
    case_service.transition(db, gone, S.WITHDRAWN, ACTOR, reason="Restructuring")

    board = dashboard_service.build(db)

    assert board.open_by_validator == {
        "Anne Leroy": {S.RECEIVED: 2},
        "Bruno Faure": {S.UNDER_EXAMINATION: 1},
        UNASSIGNED: {S.RECEIVED: 1},
    }
    assert board.states == [S.RECEIVED, S.UNDER_EXAMINATION]
    assert [r["id"] for r in board.overdue] == [overdue, examined]  # by deadline
    assert [r["next_deadline"] for r in board.overdue] == ["2026-05-31", "2026-06-10"]
    assert [r["id"] for r in board.upcoming] == [soon]
    assert (board.overdue_total, board.upcoming_total) == (2, 1)
    assert board.horizon_days == 14
    assert {v.name: v.open_cases for v in board.loads} == {"Anne Leroy": 2, "Bruno Faure": 1}


def test_a_longer_horizon_shows_more_upcoming_deadlines(db: sqlite_utils.Database) -> None:
    make_case(db, received_on="2026-05-20")  # due 06-19
    later = make_case(db, received_on="2026-06-10")  # due 07-10
    assert len(dashboard_service.build(db).upcoming) == 1
    board = dashboard_service.build(db, horizon_days=30)
    assert later in [r["id"] for r in board.upcoming]
    assert len(board.upcoming) == 2


def test_an_empty_database_has_an_empty_dashboard(db: sqlite_utils.Database) -> None:
    board = dashboard_service.build(db)
    assert (board.states, board.open_by_validator, board.overdue, board.upcoming) == (
        [],
        {},
        [],
        [],
    )
    assert (board.overdue_total, board.upcoming_total) == (0, 0)


def test_namesakes_are_kept_apart(db: sqlite_utils.Database) -> None:
    first = make_validator(db, name="Camille Martin")
    second = make_validator(db, name="Camille Martin")
    make_case(db, validator_id=first)
    make_case(db, validator_id=second)
    make_case(db, validator_id=second)
    grid = dashboard_service.build(db).open_by_validator
    assert grid[f"Camille Martin (#{first})"] == {CaseState.RECEIVED: 1}
    assert grid[f"Camille Martin (#{second})"] == {CaseState.RECEIVED: 2}


def test_capped_lists_come_with_the_true_totals(db: sqlite_utils.Database) -> None:
    overdue = [make_case(db, received_on=f"2026-05-0{d}") for d in (1, 2, 3)]  # due 05-31..06-02
    soon = [make_case(db, received_on=f"2026-05-2{d}") for d in (0, 1)]  # due 06-19, 06-20
    board = dashboard_service.build(db, list_limit=2)
    assert [r["id"] for r in board.overdue] == overdue[:2]  # the most overdue first
    assert board.overdue_total == 3
    assert [r["id"] for r in board.upcoming] == soon
    assert board.upcoming_total == 2
    assert dashboard_service.LIST_LIMIT == 500
