"""Demo contact points on the small demo (300 operators, 25 staff): realistic counts, every
kind of follow-up, a handover from the staff member who rotated out, an officer over the
maximum, long tenures, consistent dates, fast and deterministic."""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.clock import FROZEN_TODAY

from desktop.services import contact_service as cs
from desktop.services.database import open_database
from desktop.services.demo_contacts import build_demo_contacts

pytestmark = pytest.mark.usefixtures("frozen_clock")

T = FROZEN_TODAY
TABLES = ("contact_log", "contact_assignments", "contact_handovers")


def _clear(db: sqlite_utils.Database) -> None:
    """Start from operators and staff only (whether or not the demo already made contacts)."""
    with db.atomic():
        for table in TABLES:
            db.conn.execute(f"DELETE FROM {table}")


def _build(db: sqlite_utils.Database, seed: int = 11) -> tuple[dict[str, int], float]:
    _clear(db)
    started = time.perf_counter()
    with db.atomic():
        counts = build_demo_contacts(db, random.Random(seed), T)
    return counts, time.perf_counter() - started


def _all(db: sqlite_utils.Database, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    return db.conn.execute(sql, params).fetchall()


@pytest.fixture
def built(demo_db: sqlite_utils.Database) -> tuple[sqlite_utils.Database, dict[str, int]]:
    counts, seconds = _build(demo_db)
    assert seconds < 0.5
    return demo_db, counts


def test_counts_and_coverage(built: tuple[sqlite_utils.Database, dict[str, int]]) -> None:
    db, counts = built
    operators = _all(db, "SELECT count(*) FROM operators")[0][0]
    assert counts["assignments"] == _all(db, "SELECT count(*) FROM contact_assignments")[0][0]
    assert counts["contact_log"] == _all(db, "SELECT count(*) FROM contact_log")[0][0]
    assert 200 <= counts["contact_log"] <= 500
    assert counts["handovers"] == 2
    summary = cs.coverage_summary(db)
    assert summary["operators"] == counts["uncovered"]
    assert 0.08 * operators <= summary["operators"] <= 0.25 * operators
    assert summary["msmes"] > 0  # MSMEs among the uncovered
    msmes = _all(db, "SELECT count(*) FROM operators WHERE size_class <> 'large'")[0][0]
    large = operators - msmes
    assert (msmes - summary["msmes"]) / msmes >= 0.8  # most MSMEs have a primary
    assert (large - (summary["operators"] - summary["msmes"])) / large >= 0.5
    backups = _all(db, "SELECT count(*) FROM contact_assignments WHERE role = 'backup'")[0][0]
    ended = _all(db, "SELECT count(*) FROM contact_assignments WHERE end_on IS NOT NULL")[0][0]
    assert backups >= 20 and ended >= 30


def test_handovers_one_from_the_rotated_out_staff_member(
    built: tuple[sqlite_utils.Database, dict[str, int]],
) -> None:
    db, _ = built
    [(rotated_id, active_to)] = _all(
        db, "SELECT id, active_to FROM staff WHERE active_to IS NOT NULL"
    )
    handovers = cs.handovers(db)
    assert len(handovers) == 2
    rotation = next(h for h in handovers if h["from_officer_id"] == rotated_id)
    assert rotation["effective_on"] == (date.fromisoformat(active_to) + timedelta(1)).isoformat()
    assert len(rotation["successors"]) == 2
    for h in handovers:
        moved = _all(
            db, "SELECT count(*) FROM contact_assignments WHERE handover_id = ?", [h["id"]]
        )[0][0]
        assert moved == h["moved"] == sum(n for _, n in h["successors"]) > 0
        last_day = (date.fromisoformat(h["effective_on"]) - timedelta(1)).isoformat()
        ended = _all(
            db,
            "SELECT count(*) FROM contact_assignments WHERE officer_id = ? AND end_on = ?",
            [h["from_officer_id"], last_day],
        )[0][0]
        assert ended >= h["moved"]
    # The rotated-out staff member carries nothing any more.
    assert cs.open_assignments(db, rotated_id) == []


def test_an_officer_over_the_maximum_and_long_tenures(
    built: tuple[sqlite_utils.Database, dict[str, int]],
) -> None:
    db, _ = built
    loads = cs.officer_loads(db)
    over = [r for r in loads if r["over_max"]]
    assert len(over) == 1 and over[0]["operators"] > 40
    assert not any(r["needs_handover"] for r in loads)
    assert 2 <= len(cs.long_tenure(db)) <= 3


def test_every_channel_and_every_follow_up_kind_appears(
    built: tuple[sqlite_utils.Database, dict[str, int]],
) -> None:
    db, _ = built
    log = cs.contact_log(db, limit=10_000)
    assert set(Counter(r["channel"] for r in log)) == {
        "visit",
        "phone",
        "email",
        "seminar",
        "outreach",
    }
    kinds = Counter(r["follow_up_status"] for r in log)
    assert {"none", "done", "overdue", "due", "later"} <= set(kinds)
    assert kinds["overdue"] >= 3 and kinds["due"] >= 3 and kinds["done"] >= 20
    due = cs.follow_ups_due(db)
    assert any(r["overdue"] for r in due) and any(not r["overdue"] for r in due)
    oldest = min(r["contact_on"] for r in log)
    assert oldest >= (T - timedelta(days=548)).isoformat()
    assert max(r["contact_on"] for r in log) <= T.isoformat()


def test_dates_are_consistent(built: tuple[sqlite_utils.Database, dict[str, int]]) -> None:
    db, _ = built
    overlaps = _all(
        db,
        "SELECT a.id, b.id FROM contact_assignments a JOIN contact_assignments b "
        "ON a.operator_id = b.operator_id AND a.role = b.role AND a.id < b.id "
        "AND a.start_on <= coalesce(b.end_on, '9999') AND b.start_on <= coalesce(a.end_on, '9999')",
    )
    assert overlaps == []
    both_roles = _all(
        db,
        "SELECT a.id FROM contact_assignments a JOIN contact_assignments b "
        "ON a.operator_id = b.operator_id AND a.officer_id = b.officer_id AND a.role <> b.role "
        "AND a.start_on <= coalesce(b.end_on, '9999') AND b.start_on <= coalesce(a.end_on, '9999')",
    )
    assert both_roles == []
    # Contacts were logged by someone in post that day.
    outside = _all(
        db,
        "SELECT l.id FROM contact_log l JOIN staff s ON s.id = l.officer_id "
        "WHERE l.contact_on < s.active_from OR l.contact_on > coalesce(s.active_to, '9999')",
    )
    assert outside == []
    future = _all(
        db,
        "SELECT count(*) FROM contact_assignments WHERE start_on > ? OR end_on > ?",
        [T.isoformat(), T.isoformat()],
    )
    assert future == [(0,)]


def test_deterministic_for_a_seed(demo_db_path: Path, tmp_path: Path) -> None:
    def content(name: str, seed: int) -> list[list[tuple[Any, ...]]]:
        path = tmp_path / name
        shutil.copy(demo_db_path, path)
        db = open_database(path)
        try:
            _build(db, seed)
            return [
                _all(db, "SELECT operator_id, officer_id, role, start_on, end_on, handover_id "
                         "FROM contact_assignments ORDER BY id"),
                _all(db, "SELECT operator_id, officer_id, contact_on, channel, topic, "
                         "follow_up_on, follow_up_done_on FROM contact_log ORDER BY id"),
            ]  # fmt: skip
        finally:
            db.close()

    assert content("a.sqlite", 3) == content("b.sqlite", 3)
    assert content("c.sqlite", 3) != content("d.sqlite", 4)


def test_needs_a_transaction(demo_db: sqlite_utils.Database) -> None:
    _clear(demo_db)
    with pytest.raises(RuntimeError, match=r"outside db\.atomic"):
        build_demo_contacts(demo_db, random.Random(1), T)
