"""The case history is a hash chain: forged, changed, removed or reordered events are found
(on an unencrypted test database, with plain sqlite3, as an attacker would)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers.builders import make_case
from helpers.cli import run_cli

from db.repositories import event_chain
from desktop.domain.cases import CaseState
from desktop.services import backup, case_service
from desktop.services.actor import Actor

ACTOR = Actor(name="Claire Dubois")


@pytest.fixture
def history(db, db_path, frozen_clock) -> Path:
    for _ in range(3):
        case_id = make_case(db)
        case_service.transition(db, case_id, CaseState.ACCEPTED, ACTOR)
    db.close()
    return db_path


def _plain(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_every_event_is_sealed_and_the_chain_holds(history):
    result = backup.verify(history)
    assert result.ok and result.events == 6
    with _plain(history) as conn:
        assert conn.execute("SELECT count(*) FROM case_events WHERE hash IS NULL").fetchone() == (
            0,
        )
        first_prev = conn.execute("SELECT prev_hash FROM case_events ORDER BY id").fetchone()[0]
    assert first_prev == event_chain.GENESIS


def test_a_forged_event_is_found(history):
    with _plain(history) as conn:
        conn.execute(
            "INSERT INTO case_events (uuid, case_id, at, effective_on, actor, kind, from_state, "
            "to_state) VALUES ('forged', 1, '2026-06-15T11:00:00Z', '2026-06-15', 'Mallory', "
            "'transition', 'accepted', 'granted')"
        )
        forged = conn.execute("SELECT id FROM case_events WHERE uuid = 'forged'").fetchone()[0]
    result = backup.verify(history)
    assert not result.ok
    assert f"broken at event {forged}" in result.problems[0]
    assert "added outside AEO Desk" in result.problems[0]


def test_a_forged_event_with_a_made_up_hash_is_found(history):
    with _plain(history) as conn:
        last = conn.execute("SELECT hash FROM case_events ORDER BY id DESC").fetchone()[0]
        conn.execute(
            "INSERT INTO case_events (uuid, case_id, at, effective_on, actor, kind, prev_hash, "
            "hash) VALUES ('f2', 1, '2026-06-15T11:00:00Z', '2026-06-15', 'Mallory', 'edited', "
            "?, ?)",
            [last, "ab" * 32],
        )
    assert "content was changed" in backup.verify(history).problems[0]


def test_a_changed_event_is_found(history):
    with _plain(history) as conn:
        conn.execute("UPDATE case_events SET actor = 'Mallory' WHERE id = 2")
    problem = backup.verify(history).problems[0]
    assert "broken at event 2" in problem and "content was changed" in problem


def test_a_removed_event_is_found(history):
    with _plain(history) as conn:
        conn.execute("DELETE FROM case_events WHERE id = 3")
    problem = backup.verify(history).problems[0]
    assert "broken at event 4" in problem and "removed" in problem


def test_new_events_after_a_forgery_do_not_hide_it(history, frozen_clock):
    from desktop.services.database import open_database

    with _plain(history) as conn:
        conn.execute("UPDATE case_events SET detail = 'rewritten' WHERE id = 1")
    db = open_database(history)
    make_case(db)
    db.close()
    assert "broken at event 1" in backup.verify(history).problems[0]


def test_cli_verify_names_the_first_broken_event(history, tmp_path):
    with _plain(history) as conn:
        conn.execute("UPDATE case_events SET reason = 'covered up' WHERE id = 5")
    home = tmp_path / "home"
    home.mkdir()
    done = run_cli(["verify", "--db", str(history)], home)
    assert done.returncode == 1
    assert "broken at event 5" in done.stderr and len(done.stderr.splitlines()) == 1
