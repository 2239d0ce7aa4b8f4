"""The small demo's site audits: every stage present, made through the audit service, and
consistent with each case's timeline."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import sqlite_utils
from helpers.clock import FROZEN_TODAY, frozen

from db.repositories import cases as case_repo
from db.repositories.common import Row, rows, scalar
from desktop.domain import checklists as cl
from desktop.services import audit_service
from desktop.services.database import open_database
from desktop.services.demo import build_demo


def _audits(db: sqlite_utils.Database) -> list[Row]:
    return rows(
        db,
        "SELECT a.*, c.state AS case_state, c.received_on, c.id AS case_id FROM audits a "
        "JOIN cases c ON c.id = a.case_id ORDER BY a.id",
    )


def _day(timestamp: object) -> str:
    """The local date of a stored UTC timestamp (how the app shows it)."""
    return (
        datetime.fromisoformat(str(timestamp).replace("Z", "+00:00"))
        .astimezone()
        .date()
        .isoformat()
    )


def _entered(db: sqlite_utils.Database, case_id: int) -> dict[str, date]:
    return {
        e["to_state"]: date.fromisoformat(e["effective_on"])
        for e in case_repo.list_events(db, case_id)
        if e["kind"] in ("created", "transition") and e["to_state"]
    }


def test_there_are_forty_to_sixty_audits_in_every_status(demo_db: sqlite_utils.Database) -> None:
    audits = _audits(demo_db)
    assert 40 <= len(audits) <= 60
    assert {a["status"] for a in audits} == set(audit_service.STATUS_LABELS)
    outcomes = {a["outcome"] for a in audits if a["status"] == "finalised"}
    assert outcomes == {o.value for o in cl.Outcome}


def test_every_finalised_audit_is_complete_and_scored(demo_db: sqlite_utils.Database) -> None:
    finalised = [a for a in _audits(demo_db) if a["status"] == "finalised"]
    assert len(finalised) >= 20
    for a in finalised:
        data = audit_service.checklist(demo_db, int(a["id"]))
        overall = data.overall()
        assert overall.total > 0, a["reference"]
        assert overall.answered == overall.total, a["reference"]
        assert a["outcome"] == cl.outcome(overall).value, a["reference"]
        assert a["score"] == overall.percent, a["reference"]
        assert a["finalised_at"] and a["finalised_by"], a["reference"]


def test_improvement_plans_have_an_action_per_finding(demo_db: sqlite_utils.Database) -> None:
    plans = [a for a in _audits(demo_db) if a["outcome"] == "improvement_plan"]
    assert len(plans) >= 8
    for a in plans:
        assert a["case_state"] != "rejected", a["reference"]
        audit_id = int(a["id"])
        findings = audit_service.checklist(demo_db, audit_id).findings
        assert findings, a["reference"]
        with_action = {r["finding_id"] for r in audit_service.actions(demo_db, audit_id)}
        assert {f["id"] for f in findings.values()} <= with_action, a["reference"]


def test_not_met_audits_never_sit_on_a_granted_authorisation(
    demo_db: sqlite_utils.Database,
) -> None:
    for a in _audits(demo_db):
        if a["outcome"] == "not_met":
            assert a["case_state"] in ("audit_done", "decision_pending", "rejected"), a


def test_follow_up_shows_open_and_overdue_actions(demo_db: sqlite_utils.Database) -> None:
    found = audit_service.follow_up(demo_db)
    statuses = {r["follow_up_status"] for r in found}
    assert statuses == {"open", "overdue"}
    for r in found:
        if r["follow_up_status"] == "overdue":
            assert r["due_on"] < FROZEN_TODAY.isoformat()
    every = rows(demo_db, "SELECT * FROM corrective_actions")
    assert {audit_service.action_status(r, FROZEN_TODAY) for r in every} == {
        "open",
        "overdue",
        "done",
        "verified",
    }
    for r in every:
        created = _day(r["created_at"])
        assert r["due_on"] >= created, r
        if r["status"] in ("done", "verified"):
            assert created <= r["completed_on"] <= FROZEN_TODAY.isoformat(), r
            assert r["completion_note"], r
        if r["status"] == "verified":
            assert r["completed_on"] <= r["verified_on"] <= FROZEN_TODAY.isoformat(), r


def test_audit_dates_fit_the_case_timeline(demo_db: sqlite_utils.Database) -> None:
    today = FROZEN_TODAY.isoformat()
    for a in _audits(demo_db):
        ref = a["reference"]
        assert a["planned_start"] >= a["received_on"], ref
        assert a["planned_start"] <= a["planned_end"], ref
        assert str(ref).startswith(f"AUD-{str(a['planned_start'])[:4]}-"), ref
        assert _day(a["created_at"]) <= today, ref
        if a["status"] == "planned":
            assert a["planned_start"] > today, ref
        if a["status"] == "in_progress":
            started = _day(a["started_at"])
            assert a["planned_start"] <= started <= today, ref
        if a["status"] != "finalised":
            continue
        finalised_on = _day(a["finalised_at"])
        assert a["planned_start"] <= finalised_on <= today, ref
        entered = _entered(demo_db, int(a["case_id"]))
        if a["case_state"] in ("audit_done", "improvement_plan"):
            assert finalised_on >= entered["audit_done"].isoformat(), ref
        if "decision_pending" in entered and a["case_state"] != "decision_pending":
            assert finalised_on <= entered["decision_pending"].isoformat(), ref


def test_answers_were_given_during_the_visit(demo_db: sqlite_utils.Database) -> None:
    answers = rows(
        demo_db,
        "SELECT a.reference, x.answered_at, a.planned_start FROM audit_answers x "
        "JOIN audits a ON a.id = x.audit_id",
    )
    assert len(answers) > 1000
    today = FROZEN_TODAY.isoformat()
    late = [r for r in answers if not r["planned_start"] <= _day(r["answered_at"]) <= today]
    assert late == []


def test_no_audit_moved_a_case(demo_db: sqlite_utils.Database) -> None:
    """The audits follow the timelines: the services recorded no case event."""
    scheduled = rows(
        demo_db,
        "SELECT DISTINCT c.state FROM audits a JOIN cases c ON c.id = a.case_id "
        "WHERE a.status IN ('planned', 'in_progress') AND a.revision = 0",
    )
    assert {r["state"] for r in scheduled} <= {"audit_scheduled", "under_reassessment"}
    # The demo writes each case's timeline in one go, case after case: an event recorded later
    # by a service (a transition on planning or finalising) would break the order.
    out_of_order = scalar(
        demo_db,
        "SELECT count(*) FROM (SELECT case_id, lag(case_id) OVER (ORDER BY id) AS prev "
        "FROM case_events) WHERE case_id < prev",
    )
    assert out_of_order == 0


def test_a_reopened_audit_has_its_revision(demo_db: sqlite_utils.Database) -> None:
    reopened = [a for a in _audits(demo_db) if a["revision"] == 1]
    assert {a["status"] for a in reopened} == {"finalised", "in_progress"}
    for a in reopened:
        history = audit_service.revisions(demo_db, int(a["id"]))
        assert [r["revision"] for r in history] == [1]
        assert history[0]["reason"]


def test_a_cancelled_audit_was_replanned(demo_db: sqlite_utils.Database) -> None:
    audits = _audits(demo_db)
    for a in (a for a in audits if a["status"] == "cancelled"):
        again = [b for b in audits if b["case_id"] == a["case_id"] and b["id"] != a["id"]]
        assert [b["status"] for b in again] == ["planned"], a["reference"]


def test_some_answers_carry_photo_evidence(demo_db: sqlite_utils.Database) -> None:
    found = rows(demo_db, "SELECT * FROM audit_evidence")
    assert 2 <= len(found) <= 6
    for e in found:
        assert e["item_id"] is not None
        assert e["media_type"] == "image/png"
        assert e["content"].startswith(b"\x89PNG\r\n\x1a\n")
        assert hashlib.sha256(e["content"]).hexdigest() == e["sha256"]
        assert e["size"] == len(e["content"])


def test_the_database_is_sound(demo_db: sqlite_utils.Database) -> None:
    assert scalar(demo_db, "PRAGMA integrity_check") == "ok"
    assert rows(demo_db, "PRAGMA foreign_key_check") == []


def test_the_audits_are_the_same_for_a_seed(demo_db_path: Path, tmp_path: Path) -> None:
    query = (
        "SELECT reference, case_id, status, outcome, score, planned_start, planned_end, "
        "lead_validator_id, revision, finalised_at FROM audits ORDER BY id"
    )
    with frozen():
        again = open_database(tmp_path / "again.sqlite")
        try:
            build_demo(again, scale="small", seed=7)
            rebuilt = rows(again, query)
        finally:
            again.close()
    original = open_database(demo_db_path)
    try:
        assert rows(original, query) == rebuilt
    finally:
        original.close()
