"""Weighted loads per validator, and the suggestion for a selection of cases."""

from __future__ import annotations

import pytest
import sqlite_utils
from helpers.builders import make_case, make_operator, make_validator

from desktop.domain.cases import CaseState
from desktop.services import case_service
from desktop.services.actor import Actor
from desktop.services.workload_service import suggest_for_cases, validator_loads

pytestmark = pytest.mark.usefixtures("frozen_clock")

MANAGER = Actor(name="Nadia Benali")


@pytest.fixture
def team(db: sqlite_utils.Database) -> dict[str, int]:
    return {
        "anne": make_validator(db, name="Anne Leroy", office="Bretagne", caseload_capacity=4.0),
        "bruno": make_validator(db, name="Bruno Faure", office="Normandie", caseload_capacity=10.0),
        "gone": make_validator(db, name="Gilles Roussel", active_to="2026-05-01"),
        "boss": make_validator(db, name="Margaux Perrin", roles=["manager"]),
        "idle": make_validator(db, name="Inès Masson", caseload_capacity=0.0),
    }


def _loads(db: sqlite_utils.Database) -> dict[str, tuple[float, int, float]]:
    return {v.name: (v.load, v.open_cases, v.capacity) for v in validator_loads(db)}


def test_validator_loads_weigh_open_cases_of_active_validators(
    db: sqlite_utils.Database, team: dict[str, int]
) -> None:
    small = make_operator(db, headcount=20)
    micro = make_operator(db, headcount=3, turnover_eur=500_000.0, balance_sheet_eur=200_000.0)
    large = make_operator(db, headcount=900, turnover_eur=200e6, balance_sheet_eur=150e6)
    make_case(db, operator_id=small, validator_id=team["anne"])  # 1.0
    make_case(db, operator_id=micro, validator_id=team["anne"])  # 0.8
    make_case(db, operator_id=large, validator_id=team["bruno"], kind="reassessment")  # 1.05
    closed = make_case(db, operator_id=large, validator_id=team["bruno"])
    case_service.transition(db, closed, CaseState.WITHDRAWN, MANAGER, reason="Withdrawn")
    make_case(db, operator_id=small)  # unassigned: nobody's load
    # Monitoring an authorisation in force is work in hand: 0.4 x 1.0 (small).
    make_case(db, operator_id=small, kind="monitoring", validator_id=team["bruno"])

    assert _loads(db) == {
        "Anne Leroy": (1.8, 2, 4.0),
        "Bruno Faure": (1.45, 2, 10.0),
        "Inès Masson": (0.0, 0, 0.0),
    }


def test_a_validator_with_no_cases_is_listed_with_no_load(
    db: sqlite_utils.Database, team: dict[str, int]
) -> None:
    assert _loads(db)["Bruno Faure"] == (0.0, 0, 10.0)
    assert "Gilles Roussel" not in _loads(db)  # rotated out
    assert "Margaux Perrin" not in _loads(db)  # not a validator


def test_suggest_for_cases_explains_the_choice(
    db: sqlite_utils.Database, team: dict[str, int]
) -> None:
    for _ in range(2):
        make_case(db, validator_id=team["anne"])
    new = make_case(db)
    s = suggest_for_cases(db, [new])
    assert s.staff_id == team["bruno"]  # 0 % against Anne's 50 %
    assert s.reasons[0] == "Bruno Faure: load 0.0 of 10.0 (0%), 0 open cases;"
    assert "Next: Anne Leroy at 50%." in s.reasons


def test_suggest_for_cases_prefers_the_operators_region_on_a_tie(
    db: sqlite_utils.Database, team: dict[str, int]
) -> None:
    normandy = make_operator(db, region="Normandie")
    new = make_case(db, operator_id=normandy)
    s = suggest_for_cases(db, [new])
    assert s.staff_id == team["bruno"]
    assert "Office in the operator's region (Normandie)." in s.reasons
    brittany = make_case(db, operator_id=make_operator(db, region="Bretagne"))
    assert suggest_for_cases(db, [brittany]).staff_id == team["anne"]
    # Two regions in one selection: no regional preference, so the larger headroom wins.
    s = suggest_for_cases(db, [new, brittany])
    assert s.staff_id == team["bruno"]
    assert "region" not in s.text


def test_suggest_for_cases_never_proposes_the_current_validator(
    db: sqlite_utils.Database, team: dict[str, int]
) -> None:
    ids = [make_case(db, validator_id=team["bruno"]) for _ in range(2)]
    s = suggest_for_cases(db, ids)
    assert s.staff_id == team["anne"]


def test_suggest_for_cases_weighs_the_whole_selection(
    db: sqlite_utils.Database, team: dict[str, int]
) -> None:
    # Six unit cases do not fit in Anne's capacity of 4: Bruno is the one with room.
    ids = [make_case(db, operator_id=make_operator(db, region="Bretagne")) for _ in range(6)]
    s = suggest_for_cases(db, ids)
    assert s.staff_id == team["bruno"]
    assert "among 1 validators with room" in s.text
