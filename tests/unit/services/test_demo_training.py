"""Demo training data: every follow-up kind, a validator with expired validation training,
the manager's decisions; inside the caller's transaction, fast and deterministic."""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlite_utils
from helpers.clock import FROZEN_TODAY

from db.repositories.common import rows, scalar
from desktop.services import training_service as ts
from desktop.services.database import open_database
from desktop.services.demo_training import build_demo_training
from desktop.services.training_service import FollowUpKind

_TABLES = ("training_follow_up_actions", "training_records", "staff_role_changes", "courses")


def _clear(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """The demo without its training data (the demo builder adds it): staff only."""
    with db.atomic():
        for table in _TABLES:
            db.execute(f"DELETE FROM {table}")
    return db


def _build(db: sqlite_utils.Database, seed: int = 7) -> dict[str, int]:
    with db.atomic():
        return build_demo_training(db, random.Random(seed), FROZEN_TODAY)


@pytest.fixture
def bare(demo_db: sqlite_utils.Database) -> sqlite_utils.Database:
    return _clear(demo_db)


@pytest.fixture
def trained(bare: sqlite_utils.Database) -> sqlite_utils.Database:
    _build(bare)
    return bare


def test_the_demo_database_carries_every_follow_up_kind(demo_db: sqlite_utils.Database) -> None:
    kinds = {r["kind"] for r in ts.follow_ups(demo_db)}
    assert kinds == {k.value for k in FollowUpKind}


def test_every_follow_up_kind_is_in_the_queue(trained: sqlite_utils.Database) -> None:
    visible = Counter(r["kind"] for r in ts.follow_ups(trained))
    assert set(visible) == {k.value for k in FollowUpKind}
    everything = ts.follow_ups(trained, include_dismissed=True)
    active = scalar(trained, "SELECT count(*) FROM staff WHERE active_to IS NULL")
    assert len(everything) < active * 2  # a unit with gaps, not a unit in ruins


def test_the_matrix_has_every_colour(trained: sqlite_utils.Database) -> None:
    m = ts.matrix(trained)
    statuses = {cell.status for cell in m.cells.values()}
    assert statuses == set(ts.CellStatus)
    valid = sum(c[ts.CellStatus.VALID] for c in m.counts.values())
    counted = sum(sum(c.values()) for c in m.counts.values())
    assert valid / counted > 0.7


def test_a_validator_has_expired_validation_training(trained: sqlite_utils.Database) -> None:
    validators = rows(
        trained,
        "SELECT id FROM staff WHERE active_to IS NULL AND roles LIKE '%validator%' ORDER BY id",
    )
    warnings = [w for v in validators for w in ts.expired_mandatory(trained, v["id"])]
    assert any(ts.VALIDATION_COURSE_CODE in w and "expired on" in w for w in warnings)


def test_planned_and_dismissed_decisions_are_there(trained: sqlite_utils.Database) -> None:
    statuses = Counter(r["status"] for r in ts.follow_ups(trained, include_dismissed=True))
    assert statuses["planned"] >= 2
    assert statuses["dismissed"] >= 1
    assert statuses["overdue"] >= 1 and statuses["open"] >= 1
    dismissed = rows(
        trained, "SELECT reason FROM training_follow_up_actions WHERE status = ?", ["dismissed"]
    )
    assert all(d["reason"].strip() for d in dismissed)


def test_role_changes_leave_the_staff_as_they_are(bare: sqlite_utils.Database) -> None:
    before = rows(bare, "SELECT id, roles, updated_at FROM staff ORDER BY id")
    counts = _build(bare)
    assert counts["courses"] == 8 and counts["role_changes"] >= 2
    assert rows(bare, "SELECT id, roles, updated_at FROM staff ORDER BY id") == before
    onboarding = [r for r in ts.follow_ups(bare) if r["kind"] == "onboarding"]
    assert onboarding and all(r["since"] for r in onboarding)


def test_records_are_sane(trained: sqlite_utils.Database) -> None:
    today = FROZEN_TODAY.isoformat()
    assert (
        scalar(trained, "SELECT count(*) FROM training_records WHERE completed_on > ?", [today])
        == 0
    )
    retired = rows(trained, "SELECT count(*) AS n FROM courses WHERE is_active = 0")
    assert retired == [{"n": 0}]
    # Nobody fails a course without an exam.
    failed_codes = {
        r["code"]
        for r in rows(
            trained,
            "SELECT DISTINCT c.code FROM training_records r JOIN courses c ON c.id = r.course_id "
            "WHERE r.result = 'failed'",
        )
    }
    assert failed_codes <= {"VAL", "CMP", "RSK", "SEC", "MSME"}
    # The catalogue is seeded once; a second run would add records, not courses.
    assert scalar(trained, "SELECT count(*) FROM courses") == 8


def test_it_joins_the_callers_transaction(bare: sqlite_utils.Database) -> None:
    with pytest.raises(RuntimeError, match="boom"), bare.atomic():
        build_demo_training(bare, random.Random(7), FROZEN_TODAY)
        raise RuntimeError("boom")
    for table in _TABLES:
        assert scalar(bare, f"SELECT count(*) FROM {table}") == 0


def test_it_is_deterministic_and_fast(
    demo_db_path: Path, tmp_path: Path, frozen_clock: object
) -> None:
    found = []
    for n in range(2):
        path = tmp_path / f"copy{n}.sqlite"
        shutil.copy(demo_db_path, path)
        db = _clear(open_database(path))
        try:
            start = time.perf_counter()
            _build(db, seed=3)
            elapsed = time.perf_counter() - start
            found.append(
                (
                    rows(
                        db,
                        "SELECT staff_id, course_id, completed_on, result, certificate_ref "
                        "FROM training_records ORDER BY id",
                    ),
                    rows(
                        db,
                        "SELECT staff_id, course_id, kind, due_on, status, planned_on "
                        "FROM training_follow_up_actions ORDER BY id",
                    ),
                )
            )
        finally:
            db.close()
        assert elapsed < 1.0  # about 0.02 s on the reference machine
    assert found[0] == found[1]
