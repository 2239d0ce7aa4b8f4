"""Case use cases end to end on a real file: create, move, extend, assign, edit."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_case, make_operator, make_validator, programme_id
from helpers.clock import FROZEN_TODAY

from db.repositories import cases as case_repo
from desktop.domain import i18n, timeline
from desktop.domain.cases import CaseState
from desktop.domain.errors import InvalidTransitionError, NotFoundError, ValidationError
from desktop.services import case_service, contact_service, training_service
from desktop.services.actor import Actor
from desktop.services.case_service import CaseInput

pytestmark = pytest.mark.usefixtures("frozen_clock")

S = CaseState
CLAIRE = Actor(name="Claire Dubois", staff_id=None)
D = date.fromisoformat


def _row(db: sqlite_utils.Database, case_id: int) -> dict[str, Any]:
    row = case_repo.get_case(db, case_id)
    assert row is not None
    return row


def _events(db: sqlite_utils.Database, case_id: int) -> list[dict[str, Any]]:
    return case_repo.list_events(db, case_id)


def _walk(db: sqlite_utils.Database, case_id: int, *steps: tuple[CaseState, str, str]) -> None:
    for target, on, reason in steps:
        case_service.transition(db, case_id, target, CLAIRE, on=D(on), reason=reason)


def _input(db: sqlite_utils.Database, case_id: int, **changes: Any) -> CaseInput:
    row = _row(db, case_id)
    fields: dict[str, Any] = {
        "operator_id": row["operator_id"],
        "programme_id": row["programme_id"],
        "kind": row["kind"],
        "received_on": D(row["received_on"]),
        "priority": row["priority"],
        "validator_id": row["validator_id"],
        "summary": row["summary"],
    }
    fields.update(changes)
    return CaseInput(**fields)


# --- create ---------------------------------------------------------------------------------


def test_create_case(db: sqlite_utils.Database) -> None:
    operator_id = make_operator(db, name="Bocage Fromagerie SARL")
    case_id = make_case(
        db,
        CLAIRE,
        operator_id=operator_id,
        received_on="2026-06-01",
        summary="  First application  ",
        priority="high",
    )
    row = _row(db, case_id)
    assert {
        k: row[k]
        for k in (
            "reference",
            "kind",
            "state",
            "is_open",
            "priority",
            "summary",
            "received_on",
            "acceptance_due",
            "decision_due",
            "next_deadline",
            "validator_id",
            "operator_name",
            "programme_code",
        )
    } == {
        "reference": "AEO-2026-00001",
        "kind": "initial",
        "state": "received",
        "is_open": 1,
        "priority": "high",
        "summary": "First application",
        "received_on": "2026-06-01",
        "acceptance_due": "2026-07-01",
        "decision_due": None,
        "next_deadline": "2026-07-01",
        "validator_id": None,
        "operator_name": "Bocage Fromagerie SARL",
        "programme_code": "AEOF",
    }
    assert row["created_at"] == row["updated_at"] == "2026-06-15T10:00:00Z"
    (event,) = _events(db, case_id)
    assert {
        k: event[k]
        for k in ("kind", "actor", "from_state", "to_state", "effective_on", "at", "detail")
    } == {
        "kind": "created",
        "actor": "Claire Dubois",
        "from_state": None,
        "to_state": "received",
        "effective_on": "2026-06-01",
        "at": "2026-06-15T10:00:00Z",
        "detail": "Initial application registered as AEO-2026-00001",
    }


def test_references_count_up_per_year_of_receipt(db: sqlite_utils.Database) -> None:
    refs = [
        _row(db, make_case(db, received_on=on))["reference"]
        for on in ("2026-01-05", "2025-12-30", "2026-02-01", "2025-11-02")
    ]
    assert refs == ["AEO-2026-00001", "AEO-2025-00001", "AEO-2026-00002", "AEO-2025-00002"]


def test_received_defaults_to_today(db: sqlite_utils.Database) -> None:
    assert _row(db, make_case(db))["received_on"] == FROZEN_TODAY.isoformat()


def test_create_with_a_validator_records_the_assignment(db: sqlite_utils.Database) -> None:
    anne = make_validator(db, name="Anne Leroy")
    case_id = make_case(db, validator_id=anne, received_on="2026-06-01")
    assert _row(db, case_id)["validator_name"] == "Anne Leroy"
    assert [(e["kind"], e["detail"], e["effective_on"]) for e in _events(db, case_id)] == [
        ("created", "Initial application registered as AEO-2026-00001", "2026-06-01"),
        ("assigned", "Assigned to Anne Leroy", FROZEN_TODAY.isoformat()),
    ]


@pytest.mark.parametrize(
    ("kind", "state", "is_open"),
    [
        ("monitoring", "active", 0),
        ("reassessment", "under_reassessment", 1),
        ("renewal", "received", 1),
    ],
)
def test_each_kind_starts_in_its_own_state(
    db: sqlite_utils.Database, kind: str, state: str, is_open: int
) -> None:
    row = _row(db, make_case(db, kind=kind))
    assert (row["state"], row["is_open"]) == (state, is_open)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"received_on": FROZEN_TODAY + timedelta(days=1)}, "Received on"),
        ({"operator_id": 987654}, "Operator"),
        ({"programme_id": 987654}, "Programme"),
        ({"kind": "audit"}, "Kind"),
        ({"priority": "asap"}, "Priority"),
        ({"summary": "x" * 2001}, "Summary"),
    ],
)
def test_create_refuses_bad_input(
    db: sqlite_utils.Database, changes: dict[str, Any], field: str
) -> None:
    data = {"operator_id": make_operator(db), "programme_id": programme_id(db), **changes}
    with pytest.raises(ValidationError) as info:
        case_service.create_case(db, CaseInput(**data), CLAIRE)
    assert info.value.fields == [field]
    assert case_repo.count_cases(db) == 0


def test_create_refuses_an_inactive_validator_and_writes_nothing(db: sqlite_utils.Database) -> None:
    gone = make_validator(db, active_to="2026-05-14")
    with pytest.raises(ValidationError) as info:
        make_case(db, validator_id=gone)
    assert info.value.fields == ["Validator"]
    assert case_repo.count_cases(db) == 0
    assert db.conn.execute("SELECT count(*) FROM case_events").fetchone()[0] == 0


# --- transitions ----------------------------------------------------------------------------


def test_a_whole_lifecycle_on_a_programme_with_validity(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, CLAIRE, programme_id=programme_id(db, "T1"), received_on="2025-01-06")
    _walk(
        db,
        case_id,
        (S.INFO_REQUESTED, "2025-01-10", "Missing organisation chart"),
        (S.RECEIVED, "2025-01-20", ""),
        (S.ACCEPTED, "2025-01-27", ""),
    )
    row = _row(db, case_id)
    assert (row["accepted_on"], row["decision_due"], row["next_deadline"]) == (
        "2025-01-27",
        "2025-05-27",
        "2025-05-27",
    )
    assert row["acceptance_due"] == "2025-02-05"
    _walk(
        db,
        case_id,
        (S.UNDER_EXAMINATION, "2025-02-03", ""),
        (S.AUDIT_SCHEDULED, "2025-02-10", ""),
        (S.AUDIT_DONE, "2025-03-12", ""),
        (S.IMPROVEMENT_PLAN, "2025-03-20", ""),
        (S.DECISION_PENDING, "2025-04-15", ""),
    )
    assert _row(db, case_id)["is_open"] == 1
    _walk(db, case_id, (S.GRANTED, "2025-05-02", ""))
    row = _row(db, case_id)
    assert (
        row["state"],
        row["is_open"],
        row["decided_on"],
        row["effective_on"],
        row["expires_on"],
        row["next_deadline"],
    ) == (
        "granted",
        0,
        "2025-05-02",
        "2025-05-07",
        "2028-05-07",
        None,
    )
    _walk(db, case_id, (S.ACTIVE, "2025-05-07", ""))
    row = _row(db, case_id)
    assert (row["state"], row["is_open"], row["next_deadline"]) == ("active", 0, "2028-05-07")
    _walk(db, case_id, (S.UNDER_REASSESSMENT, "2026-01-05", "Change of ownership notified"))
    row = _row(db, case_id)
    assert (row["state"], row["is_open"], row["next_deadline"]) == ("under_reassessment", 1, None)

    events = _events(db, case_id)
    assert [(e["from_state"], e["to_state"]) for e in events] == [
        (None, "received"),
        ("received", "info_requested"),
        ("info_requested", "received"),
        ("received", "accepted"),
        ("accepted", "under_examination"),
        ("under_examination", "audit_scheduled"),
        ("audit_scheduled", "audit_done"),
        ("audit_done", "improvement_plan"),
        ("improvement_plan", "decision_pending"),
        ("decision_pending", "granted"),
        ("granted", "active"),
        ("active", "under_reassessment"),
    ]
    assert all(e["actor"] == "Claire Dubois" for e in events)
    assert events[1]["reason"] == "Missing organisation chart"
    assert events[-1]["detail"] == "Active → Under reassessment"
    effective = [e["effective_on"] for e in events]
    assert effective == sorted(effective)


def test_events_record_the_actor_and_the_reason(db: sqlite_utils.Database) -> None:
    anne = make_validator(db, name="Anne Leroy")
    case_id = make_case(db, received_on="2026-06-01")
    actor = Actor(name="Anne Leroy", staff_id=anne)
    case_service.transition(
        db, case_id, S.WITHDRAWN, actor, reason="  Restructuring.  ", on=D("2026-06-10")
    )
    event = _events(db, case_id)[-1]
    assert (
        event["kind"],
        event["actor"],
        event["actor_staff_id"],
        event["reason"],
        event["from_state"],
        event["to_state"],
        event["effective_on"],
    ) == (
        "transition",
        "Anne Leroy",
        anne,
        "Restructuring.",
        "received",
        "withdrawn",
        "2026-06-10",
    )
    row = _row(db, case_id)
    assert (row["state"], row["is_open"], row["next_deadline"]) == ("withdrawn", 0, None)


def _refused_without_change(
    db: sqlite_utils.Database,
    case_id: int,
    error: type[Exception],
    target: CaseState,
    **kwargs: Any,
) -> Exception:
    row_before, events_before = _row(db, case_id), _events(db, case_id)
    with pytest.raises(error) as info:
        case_service.transition(db, case_id, target, CLAIRE, **kwargs)
    assert _row(db, case_id) == row_before
    assert _events(db, case_id) == events_before
    assert not db.conn.in_transaction
    return info.value


def test_an_illegal_transition_changes_nothing(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    err = _refused_without_change(db, case_id, InvalidTransitionError, S.GRANTED)
    assert "Legal: Accepted, Information requested, Not accepted, Withdrawn." in str(err)


def test_a_missing_reason_changes_nothing(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    err = _refused_without_change(db, case_id, ValidationError, S.NOT_ACCEPTED, reason=" ")
    assert isinstance(err, ValidationError)
    assert err.fields == ["Reason"]


def test_a_decision_dated_before_receipt_is_refused(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-03-02")
    _walk(
        db,
        case_id,
        (S.ACCEPTED, "2026-03-02", ""),
        (S.UNDER_EXAMINATION, "2026-03-02", ""),
        (S.DECISION_PENDING, "2026-03-02", ""),
    )
    err = _refused_without_change(db, case_id, ValidationError, S.GRANTED, on=D("2026-03-01"))
    assert "before the case's last recorded date" in str(err)
    err = _refused_without_change(
        db, case_id, ValidationError, S.REJECTED, on=D("2025-12-31"), reason="Serious infringements"
    )
    assert isinstance(err, ValidationError)
    assert err.fields == ["Date"]


def test_a_date_before_the_last_event_is_refused(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-03-02")
    _walk(db, case_id, (S.ACCEPTED, "2026-03-20", ""))
    _refused_without_change(db, case_id, ValidationError, S.UNDER_EXAMINATION, on=D("2026-03-19"))
    _walk(db, case_id, (S.UNDER_EXAMINATION, "2026-03-20", ""))  # the same day is fine


def test_a_future_date_is_refused(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    err = _refused_without_change(
        db, case_id, ValidationError, S.ACCEPTED, on=FROZEN_TODAY + timedelta(days=1)
    )
    assert isinstance(err, ValidationError)
    assert err.fields == ["Date"]
    assert "future" in str(err)


def test_a_transition_defaults_to_today(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    case_service.transition(db, case_id, S.ACCEPTED, CLAIRE)
    row = _row(db, case_id)
    assert row["accepted_on"] == FROZEN_TODAY.isoformat()
    assert _events(db, case_id)[-1]["effective_on"] == FROZEN_TODAY.isoformat()


def test_a_missing_case_is_not_found(db: sqlite_utils.Database) -> None:
    with pytest.raises(NotFoundError, match="Case 4242 does not exist"):
        case_service.transition(db, 4242, S.ACCEPTED, CLAIRE)


# --- extension --------------------------------------------------------------------------------


def _accepted_case(db: sqlite_utils.Database) -> int:
    case_id = make_case(db, received_on="2026-02-02")
    _walk(db, case_id, (S.ACCEPTED, "2026-02-16", ""), (S.UNDER_EXAMINATION, "2026-02-20", ""))
    assert _row(db, case_id)["decision_due"] == "2026-06-16"
    return case_id


def test_extend_the_decision_period(db: sqlite_utils.Database) -> None:
    case_id = _accepted_case(db)
    case_service.extend_decision_period(db, case_id, 30, " Additional site visit ", CLAIRE)
    row = _row(db, case_id)
    assert (
        row["extension_days"],
        row["extension_reason"],
        row["decision_due"],
        row["next_deadline"],
    ) == (30, "Additional site visit", "2026-07-16", "2026-07-16")
    event = _events(db, case_id)[-1]
    assert (event["kind"], event["reason"], event["actor"]) == (
        "extended",
        "Additional site visit",
        "Claire Dubois",
    )
    assert "extended by 30 days (to 2026-07-16)" in event["detail"]

    case_service.extend_decision_period(db, case_id, 30, "Expert opinion awaited", CLAIRE)
    row = _row(db, case_id)
    assert (row["extension_days"], row["decision_due"]) == (60, "2026-08-15")
    assert row["extension_reason"] == "Additional site visit; Expert opinion awaited"
    detail = case_service.case_detail(db, case_id)
    assert detail.extension_left == 0


@pytest.mark.parametrize(
    ("days", "reason", "fields"),
    [
        (61, "Complex", ["Extension (days)"]),
        (0, "Complex", ["Extension (days)"]),
        (30, "  ", ["Reason"]),
    ],
)
def test_a_bad_extension_changes_nothing(
    db: sqlite_utils.Database, days: int, reason: str, fields: list[str]
) -> None:
    case_id = _accepted_case(db)
    before, events = _row(db, case_id), _events(db, case_id)
    with pytest.raises(ValidationError) as info:
        case_service.extend_decision_period(db, case_id, days, reason, CLAIRE)
    assert info.value.fields == fields
    assert _row(db, case_id) == before
    assert _events(db, case_id) == events


def test_only_an_accepted_open_application_can_be_extended(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    with pytest.raises(ValidationError, match="only an accepted, open application"):
        case_service.extend_decision_period(db, case_id, 10, "Complex", CLAIRE)


def test_a_decided_case_has_no_decision_period_to_extend(db: sqlite_utils.Database) -> None:
    case_id = _accepted_case(db)
    _walk(
        db,
        case_id,
        (S.DECISION_PENDING, "2026-03-02", ""),
        (S.GRANTED, "2026-03-09", ""),
        (S.ACTIVE, "2026-03-14", ""),
        (S.UNDER_REASSESSMENT, "2026-05-04", "Risk signal"),
    )
    assert _row(db, case_id)["is_open"] == 1
    before, events = _row(db, case_id), _events(db, case_id)
    with pytest.raises(ValidationError) as info:
        case_service.extend_decision_period(db, case_id, 30, "Complex", CLAIRE)
    assert info.value.fields == ["Extension (days)"]
    assert _row(db, case_id) == before
    assert _events(db, case_id) == events


# --- assignment -------------------------------------------------------------------------------


def _trained(db: sqlite_utils.Database, staff_id: int) -> int:
    """Give a validator a current validation-techniques course (no training warning)."""
    course = db.conn.execute(
        "SELECT id FROM courses WHERE code = ?", [training_service.VALIDATION_COURSE_CODE]
    ).fetchone()[0]
    training_service.record(
        db, staff_id, course, FROZEN_TODAY - timedelta(days=30), "passed", CLAIRE
    )
    return staff_id


def test_bulk_assign_then_reassign_then_unassign(db: sqlite_utils.Database) -> None:
    anne = _trained(db, make_validator(db, name="Anne Leroy"))
    bruno = _trained(db, make_validator(db, name="Bruno Faure"))
    ids = [make_case(db, received_on="2026-06-01") for _ in range(25)]

    assert case_service.assign(db, ids, anne, CLAIRE, reason=" Backlog ") == 25
    rows = case_repo.get_cases(db, ids)
    assert {r["validator_id"] for r in rows} == {anne}
    last = [_events(db, i)[-1] for i in ids]
    assert {(e["kind"], e["detail"], e["reason"], e["actor"]) for e in last} == {
        ("assigned", "Assigned to Anne Leroy", "Backlog", "Claire Dubois")
    }

    # Only the cases that change get an event.
    assert case_service.assign(db, [*ids[:5], make_case(db)], bruno, CLAIRE) == 6
    assert _events(db, ids[0])[-1]["detail"] == "Reassigned to Bruno Faure"
    assert case_service.assign(db, ids[:5], bruno, CLAIRE) == 0
    assert len(_events(db, ids[0])) == 3

    assert case_service.assign(db, ids[:2], None, CLAIRE) == 2
    assert _row(db, ids[0])["validator_id"] is None
    assert _events(db, ids[0])[-1]["detail"] == "Reassigned to nobody"


def test_bulk_assign_is_all_or_nothing(db: sqlite_utils.Database) -> None:
    anne = make_validator(db)
    ids = [make_case(db, received_on="2026-06-01") for _ in range(30)]
    events_before = db.conn.execute("SELECT count(*) FROM case_events").fetchone()[0]
    with pytest.raises(NotFoundError, match="1 of the selected cases no longer exist"):
        case_service.assign(db, [*ids, 999_999], anne, CLAIRE)
    assert {r["validator_id"] for r in case_repo.get_cases(db, ids)} == {None}
    assert db.conn.execute("SELECT count(*) FROM case_events").fetchone()[0] == events_before
    assert not db.conn.in_transaction


@pytest.mark.parametrize(
    ("overrides", "text"),
    [
        ({"active_to": "2026-06-14"}, "is not active on"),
        ({"active_from": "2026-06-16"}, "is not active on"),
        ({"roles": ["manager"]}, "is not a validator"),
        ({"roles": ["contact officer"]}, "is not a validator"),
    ],
    ids=["rotated-out", "not-yet-started", "manager", "contact-officer"],
)
def test_assigning_to_someone_who_cannot_validate_is_refused(
    db: sqlite_utils.Database, overrides: dict[str, Any], text: str
) -> None:
    person = make_validator(db, name="Hugo Mercier", **overrides)
    case_id = make_case(db)
    with pytest.raises(ValidationError) as info:
        case_service.assign(db, [case_id], person, CLAIRE)
    assert info.value.fields == ["Validator"]
    assert f"Hugo Mercier {text}" in str(info.value)
    assert _row(db, case_id)["validator_id"] is None


def test_assigning_needs_cases_and_an_existing_person(db: sqlite_utils.Database) -> None:
    with pytest.raises(ValidationError) as info:
        case_service.assign(db, [], None, CLAIRE)
    assert info.value.fields == ["Cases"]
    with pytest.raises(ValidationError) as info:
        case_service.assign(db, [make_case(db)], 424242, CLAIRE)
    assert info.value.fields == ["Validator"]


# --- editing ----------------------------------------------------------------------------------


def test_update_case_records_what_changed(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    case_service.update_case(
        db, case_id, _input(db, case_id, priority="urgent", summary=" Port terminal "), CLAIRE
    )
    row = _row(db, case_id)
    assert (row["priority"], row["summary"]) == ("urgent", "Port terminal")
    event = _events(db, case_id)[-1]
    assert (event["kind"], event["detail"]) == ("edited", "Changed priority, summary")


def test_update_without_changes_records_nothing(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    case_service.update_case(db, case_id, _input(db, case_id), CLAIRE)
    assert len(_events(db, case_id)) == 1


def test_changing_the_date_of_receipt_moves_the_acceptance_clock(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    case_service.update_case(db, case_id, _input(db, case_id, received_on=D("2026-05-20")), CLAIRE)
    row = _row(db, case_id)
    assert (row["received_on"], row["acceptance_due"], row["next_deadline"]) == (
        "2026-05-20",
        "2026-06-19",
        "2026-06-19",
    )
    assert _events(db, case_id)[-1]["detail"] == "Changed received on"


def test_changing_the_programme_applies_its_rules(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    with db.atomic():
        db.conn.execute("UPDATE programmes SET acceptance_days = 10 WHERE code = 'MSME'")
    msme = programme_id(db, "MSME")
    case_service.update_case(db, case_id, _input(db, case_id, programme_id=msme), CLAIRE)
    row = _row(db, case_id)
    assert (row["programme_code"], row["acceptance_due"]) == ("MSME", "2026-06-11")


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"kind": "renewal"}, "Kind"), ({"received_on": D("2026-05-01")}, "Received on")],
)
def test_what_cannot_change_after_the_fact(
    db: sqlite_utils.Database, changes: dict[str, Any], field: str
) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    _walk(db, case_id, (S.ACCEPTED, "2026-06-05", ""))
    before = _row(db, case_id)
    with pytest.raises(ValidationError) as info:
        case_service.update_case(db, case_id, _input(db, case_id, **changes), CLAIRE)
    assert info.value.fields == [field]
    assert _row(db, case_id) == before


def test_a_case_cannot_move_to_another_operator(db: sqlite_utils.Database) -> None:
    case_id = make_case(db)
    with pytest.raises(ValidationError) as info:
        case_service.update_case(
            db, case_id, _input(db, case_id, operator_id=make_operator(db)), CLAIRE
        )
    assert info.value.fields == ["Operator"]


def test_case_detail(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    detail = case_service.case_detail(db, case_id)
    assert detail.case["id"] == case_id
    assert detail.legal_next == (S.ACCEPTED, S.INFO_REQUESTED, S.NOT_ACCEPTED, S.WITHDRAWN)
    assert detail.deadlines.acceptance_due == D("2026-07-01")
    assert detail.extension_left == 60
    assert [e["kind"] for e in detail.events] == ["created"]
    assert detail.operator["identifiers"][0]["scheme"] == "EORI"


# --- fixes after review -----------------------------------------------------------------------


def test_office_work_recorded_today_does_not_block_backdating(db: sqlite_utils.Database) -> None:
    """Assigning a case today must not stop recording that it was accepted last week."""
    validator = make_validator(db)
    case_id = make_case(db, received_on=FROZEN_TODAY - timedelta(days=20), validator_id=validator)
    assert any(e["kind"] == "assigned" for e in _events(db, case_id))  # dated today
    accepted_on = FROZEN_TODAY - timedelta(days=7)
    case_service.transition(db, case_id, S.ACCEPTED, CLAIRE, on=accepted_on)
    assert _row(db, case_id)["accepted_on"] == accepted_on.isoformat()
    with pytest.raises(ValidationError) as info:  # but not before the last state change
        case_service.transition(
            db, case_id, S.UNDER_EXAMINATION, CLAIRE, on=accepted_on - timedelta(days=1)
        )
    assert "Date" in info.value.problems


def test_reference_numbers_pass_99999_in_numeric_order(db: sqlite_utils.Database) -> None:
    first = make_case(db)
    year = FROZEN_TODAY.year
    with db.atomic():
        case_repo.update_case(db, first, {"summary": "x"})
        db.conn.execute("UPDATE cases SET reference = ? WHERE id = ?", [f"AEO-{year}-99999", first])
    second = make_case(db)
    assert _row(db, second)["reference"] == f"AEO-{year}-100000"
    third = make_case(db)
    assert _row(db, third)["reference"] == f"AEO-{year}-100001"


def test_update_without_a_receipt_date_keeps_the_one_recorded(db: sqlite_utils.Database) -> None:
    received = FROZEN_TODAY - timedelta(days=10)
    case_id = make_case(db, received_on=received)
    row = _row(db, case_id)
    case_service.update_case(
        db,
        case_id,
        CaseInput(
            operator_id=row["operator_id"],
            programme_id=row["programme_id"],
            kind=row["kind"],
            received_on=None,
            priority="high",
        ),
        CLAIRE,
    )
    after = _row(db, case_id)
    assert after["received_on"] == received.isoformat()
    assert after["priority"] == "high"


def _reassessed_case(db: sqlite_utils.Database) -> int:
    """Granted, then open again under reassessment: open and accepted, but decided."""
    case_id = _accepted_case(db)
    _walk(
        db,
        case_id,
        (S.DECISION_PENDING, "2026-03-02", ""),
        (S.GRANTED, "2026-03-09", ""),
        (S.ACTIVE, "2026-03-14", ""),
        (S.UNDER_REASSESSMENT, "2026-05-04", "Risk signal"),
    )
    return case_id


def _fully_extended_case(db: sqlite_utils.Database) -> int:
    case_id = _accepted_case(db)
    case_service.extend_decision_period(db, case_id, 60, "Complex", CLAIRE)
    return case_id


@pytest.mark.parametrize(
    ("build", "can_extend"),
    [
        (lambda db: make_case(db, received_on="2026-06-01"), False),  # not accepted yet
        (_accepted_case, True),
        (_fully_extended_case, False),  # nothing left to grant
        (_reassessed_case, False),  # open and accepted, but decided
    ],
    ids=["received", "accepted", "fully-extended", "under-reassessment"],
)
def test_case_detail_says_whether_the_service_would_extend(
    db: sqlite_utils.Database, build: Any, can_extend: bool
) -> None:
    case_id = build(db)
    detail = case_service.case_detail(db, case_id)
    assert detail.can_extend is can_extend
    # The detail pane offers the button on can_extend: the service must agree with it.
    try:
        case_service.extend_decision_period(db, case_id, 1, "Complex", CLAIRE)
    except ValidationError:
        extended = False
    else:
        extended = True
    assert extended is can_extend


def test_the_date_of_receipt_cannot_move_past_a_recorded_state_change(
    db: sqlite_utils.Database,
) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    _walk(db, case_id, (S.INFO_REQUESTED, "2026-06-05", "Missing statutes"))
    before, events = _row(db, case_id), _events(db, case_id)
    with pytest.raises(ValidationError) as info:
        case_service.update_case(
            db, case_id, _input(db, case_id, received_on=D("2026-06-08")), CLAIRE
        )
    assert info.value.problems == {
        "Received on": "cannot be after 2026-06-05, when the case last changed state."
    }
    assert _row(db, case_id) == before
    assert _events(db, case_id) == events
    # Up to the day of that change is fine, and so is earlier.
    case_service.update_case(db, case_id, _input(db, case_id, received_on=D("2026-06-05")), CLAIRE)
    assert _row(db, case_id)["received_on"] == "2026-06-05"


def test_a_new_date_of_receipt_moves_the_created_event_with_it(db: sqlite_utils.Database) -> None:
    case_id = make_case(db, received_on="2026-06-01")
    case_service.update_case(db, case_id, _input(db, case_id, received_on=D("2026-05-20")), CLAIRE)
    created = [e for e in _events(db, case_id) if e["kind"] == "created"]
    assert [e["effective_on"] for e in created] == ["2026-05-20"]
    assert _events(db, case_id)[-1]["effective_on"] == FROZEN_TODAY.isoformat()  # the edit
    # Later than the first date too: the timeline starts at the date of receipt.
    case_service.update_case(db, case_id, _input(db, case_id, received_on=D("2026-06-03")), CLAIRE)
    assert case_repo.last_state_date(db, case_id) == "2026-06-03"


def test_assignment_warns_about_expired_validation_training(db: sqlite_utils.Database) -> None:
    """Issue 4, point 5: the warning is recorded with the assignment."""
    untrained = make_validator(db, name="Zoé Martin")
    case_id = make_case(db)
    assert case_service.assign(db, [case_id], untrained, CLAIRE) == 1
    detail = _events(db, case_id)[-1]["detail"]
    assert detail.startswith("Assigned to Zoé Martin. Warning: ")
    assert "Validation and audit techniques" in detail


def test_validator_who_is_the_contact_officer_is_refused_when_the_rule_says_so(
    db: sqlite_utils.Database,
) -> None:
    both = _trained(
        db, make_validator(db, name="Nina Roux", roles=["validator", "contact officer"])
    )
    operator = make_operator(db)
    case_id = make_case(db, operator_id=operator)
    contact_service.assign(db, operator, both, "primary", FROZEN_TODAY - timedelta(days=10), CLAIRE)
    contact_service.set_rules(db, validator_conflict="refuse")
    with pytest.raises(ValidationError) as info:
        case_service.assign(db, [case_id], both, CLAIRE)
    assert info.value.fields == ["Validator"]
    assert _row(db, case_id)["validator_id"] is None
    contact_service.set_rules(db, validator_conflict="warn")
    assert case_service.assign(db, [case_id], both, CLAIRE) == 1
    assert "contact officer" in _events(db, case_id)[-1]["detail"]


# --- the timeline's language --------------------------------------------------------------------


def test_the_timeline_is_stored_in_english_and_shown_in_french(db: sqlite_utils.Database) -> None:
    """Events are sealed and travel between databases: a French writer stores English, and a
    French reader sees French (timeline.describe)."""
    i18n.set_language("fr")
    try:
        anne = make_validator(db, name="Anne Leroy")  # no validation training: a warning
        both = _trained(
            db, make_validator(db, name="Nina Roux", roles=["validator", "contact officer"])
        )
        operator = make_operator(db)
        case_id = make_case(db, operator_id=operator, received_on="2026-02-02")
        contact_service.assign(db, operator, both, "backup", D("2026-01-05"), CLAIRE)
        _walk(db, case_id, (S.ACCEPTED, "2026-02-16", ""))
        case_service.extend_decision_period(db, case_id, 30, "Visite sur site", CLAIRE)
        case_service.update_case(
            db, case_id, _input(db, case_id, priority="urgent", summary="Port"), CLAIRE
        )
        case_service.assign(db, [case_id], anne, CLAIRE, reason="Charge de travail")
        case_service.assign(db, [case_id], both, CLAIRE)
        case_service.assign(db, [case_id], None, CLAIRE)
        events = _events(db, case_id)
        shown = [timeline.describe(e["detail"]) for e in events]
    finally:
        i18n.set_language("en")
    stored = [e["detail"] for e in events]
    course = "“Validation and audit techniques” (VAL)"
    assert stored == [
        "Initial application registered as AEO-2026-00001",
        "Received → Accepted",
        "Decision period extended by 30 days (to 2026-07-16)",
        "Changed priority, summary",
        f"Assigned to Anne Leroy. Warning: Anne Leroy has never completed the mandatory "
        f"training {course}.",
        "Reassigned to Nina Roux. Warning: Nina Roux is the backup contact officer of "
        f"{_row(db, case_id)['operator_name']} (since 2026-01-05); validator and contact "
        "officer should be two people.",
        "Reassigned to nobody",
    ]
    # What people typed stays as they typed it.
    assert [e["reason"] for e in events][2:5] == ["Visite sur site", "", "Charge de travail"]
    french_course = course.replace("“", "« ").replace("”", " »")
    assert shown == [
        "Demande initiale : enregistrement sous la référence AEO-2026-00001",
        "Reçue → Acceptée",
        "Délai de décision prolongé de 30 jours (jusqu'au 2026-07-16)",
        "Modifié : priorité, résumé",
        "Attribué à Anne Leroy. Avertissement : Anne Leroy n'a jamais achevé la formation "
        f"obligatoire {french_course}.",
        "Réattribué à Nina Roux. Avertissement : Nina Roux est l'agent de contact suppléant de "
        f"{_row(db, case_id)['operator_name']} (depuis le 2026-01-05) ; le validateur et l'agent "
        "de contact devraient être deux personnes différentes.",
        "Attribution retirée",
    ]
