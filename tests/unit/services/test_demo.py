"""The small demo database: sizes, mix, and timelines that make sense."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlite_utils
from helpers.clock import FROZEN_TODAY, frozen

from db.repositories.common import rows, scalar
from desktop.domain.cases import REASON_REQUIRED, TRANSITIONS, CaseKind, CaseState
from desktop.domain.errors import DomainError
from desktop.services.database import open_database
from desktop.services.demo import build_demo


def _count(db: sqlite_utils.Database, sql: str) -> int:
    return int(scalar(db, sql))


def test_sizes(demo_db: sqlite_utils.Database) -> None:
    operators = _count(demo_db, "SELECT count(*) FROM operators")
    assert 250 <= operators <= 350
    assert _count(demo_db, "SELECT count(*) FROM staff") == 25
    assert _count(demo_db, "SELECT count(*) FROM cases") == 600
    assert _count(demo_db, "SELECT count(*) FROM case_search") == 600


def test_about_four_in_five_operators_are_msmes(demo_db: sqlite_utils.Database) -> None:
    share = _count(
        demo_db, "SELECT avg(size_class IN ('micro', 'small', 'medium')) * 1000 FROM operators"
    )
    assert 700 <= share <= 900
    classes = {r["size_class"] for r in rows(demo_db, "SELECT size_class FROM operators")}
    assert classes == {"micro", "small", "medium", "large"}


def test_every_state_and_every_kind_is_present(demo_db: sqlite_utils.Database) -> None:
    states = {r["state"] for r in rows(demo_db, "SELECT DISTINCT state FROM cases")}
    kinds = {r["kind"] for r in rows(demo_db, "SELECT DISTINCT kind FROM cases")}
    assert states == {s.value for s in CaseState}
    assert kinds == {k.value for k in CaseKind}


def test_references_are_unique_and_well_formed(demo_db: sqlite_utils.Database) -> None:
    found = rows(demo_db, "SELECT reference, received_on FROM cases")
    refs = [r["reference"] for r in found]
    assert len(set(refs)) == len(refs) == 600
    for r in found:
        assert re.fullmatch(r"AEO-\d{4}-\d{5}", r["reference"]), r
        assert r["reference"][4:8] == r["received_on"][:4]  # numbered per year of receipt


def test_every_timeline_starts_with_created(demo_db: sqlite_utils.Database) -> None:
    first = rows(
        demo_db,
        "SELECT c.id, c.kind, e.kind AS event, e.to_state, e.effective_on, c.received_on "
        "FROM cases c JOIN case_events e ON e.id = "
        "  (SELECT min(id) FROM case_events WHERE case_id = c.id)",
    )
    assert len(first) == 600
    for r in first:
        assert r["event"] == "created", r
        assert r["to_state"] == CaseKind(r["kind"]).start_state.value, r
        assert r["effective_on"] == r["received_on"], r


def test_event_dates_never_go_backwards_nor_after_today(demo_db: sqlite_utils.Database) -> None:
    backwards = rows(
        demo_db,
        "SELECT case_id, effective_on, prev FROM (SELECT case_id, effective_on, "
        "  lag(effective_on) OVER (PARTITION BY case_id ORDER BY id) AS prev FROM case_events) "
        "WHERE effective_on < prev",
    )
    assert backwards == []
    latest = scalar(demo_db, "SELECT max(effective_on) FROM case_events")
    assert latest <= FROZEN_TODAY.isoformat()
    assert _count(demo_db, "SELECT count(*) FROM case_events") > 600


def test_timelines_follow_the_transition_table(demo_db: sqlite_utils.Database) -> None:
    events = rows(
        demo_db,
        "SELECT case_id, kind, from_state, to_state, reason FROM case_events "
        "WHERE kind IN ('created', 'transition') ORDER BY case_id, id",
    )
    last: dict[int, CaseState] = {}
    for e in events:
        if e["kind"] == "created":
            last[e["case_id"]] = CaseState(e["to_state"])
            continue
        source, target = CaseState(e["from_state"]), CaseState(e["to_state"])
        assert source is last[e["case_id"]], e
        assert target in TRANSITIONS[source], e
        assert bool(e["reason"].strip()) == (target in REASON_REQUIRED), e
        last[e["case_id"]] = target
    states = {r["id"]: CaseState(r["state"]) for r in rows(demo_db, "SELECT id, state FROM cases")}
    assert last == states  # each case is where its timeline ends


def test_stored_flags_agree_with_the_state(demo_db: sqlite_utils.Database) -> None:
    for r in rows(demo_db, "SELECT state, is_open, next_deadline, validator_id FROM cases"):
        assert r["is_open"] == int(CaseState(r["state"]).is_open), r
    assert _count(demo_db, "SELECT count(*) FROM cases WHERE is_open AND validator_id IS NULL")
    assert _count(demo_db, "SELECT count(*) FROM cases WHERE extension_days > 0")
    assert not _count(
        demo_db, "SELECT count(*) FROM cases WHERE extension_days > 0 AND decided_on IS NOT NULL"
    )


def test_the_demo_is_deterministic_for_a_seed(demo_db_path: Path, tmp_path: Path) -> None:
    query = "SELECT reference, kind, state, operator_id, validator_id, received_on FROM cases"
    with frozen():
        again = open_database(tmp_path / "again.sqlite")
        try:
            build_demo(again, scale="small", seed=7)
            rebuilt = rows(again, query + " ORDER BY id")
        finally:
            again.close()
    original = open_database(demo_db_path)
    try:
        assert rows(original, query + " ORDER BY id") == rebuilt
    finally:
        original.close()


def test_the_demo_needs_an_empty_database(demo_db: sqlite_utils.Database) -> None:
    with pytest.raises(DomainError, match="already holds data"):
        build_demo(demo_db, scale="small", seed=1)


def test_an_unknown_scale_is_a_bug(db: sqlite_utils.Database) -> None:
    with pytest.raises(ValueError, match="unknown scale"):
        build_demo(db, scale="huge")
