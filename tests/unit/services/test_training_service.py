"""The training service: catalogue, records (one and a session), role changes, the follow-up
queue with the manager's decisions, the matrix, and the warning for case assignment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_validator
from helpers.clock import FROZEN_TODAY

from db.repositories.common import rows, scalar
from desktop.domain.errors import DomainError, NotFoundError, ValidationError
from desktop.services import clock
from desktop.services import training_service as ts
from desktop.services.actor import Actor
from desktop.services.training_service import CellStatus, CourseInput, FollowUpKind

pytestmark = pytest.mark.usefixtures("frozen_clock")

BOSS = Actor("Manager Marie")
TODAY = FROZEN_TODAY
DAY = timedelta(days=1)
_ROLES_SQL = "SELECT value FROM staff, json_each(staff.roles) WHERE staff.id = ?"


@pytest.fixture
def cat(db: sqlite_utils.Database) -> dict[str, int]:
    """The default catalogue: code -> id."""
    ts.seed_default_catalogue(db)
    return {c["code"]: c["id"] for c in ts.courses(db)}


def _years_ago(years: int, days: int = 0) -> date:
    return date(TODAY.year - years, TODAY.month, TODAY.day) - timedelta(days=days)


def _staff(db: sqlite_utils.Database, **kw: Any) -> int:
    return make_validator(db, **kw)


def _fully_trained(
    db: sqlite_utils.Database, cat: dict[str, int], staff_id: int, *skip: str
) -> None:
    """Everything the person needs but ``skip``, taken 100 days ago (nothing to follow up)."""
    roles = {r["value"] for r in rows(db, _ROLES_SQL, [staff_id])}
    for course in ts.courses(db, include_retired=False):
        if set(course["required_for"]) & roles and course["code"] not in skip:
            ts.record(db, staff_id, course["id"], TODAY - 100 * DAY, "passed", BOSS)


def _kinds(db: sqlite_utils.Database, **kw: Any) -> set[tuple[int, str, str]]:
    return {(r["staff_id"], r["course_code"], r["kind"]) for r in ts.follow_ups(db, **kw)}


# --- catalogue ------------------------------------------------------------------------------


def test_the_default_catalogue_is_seeded_once(db: sqlite_utils.Database) -> None:
    with db.atomic():  # opening a database seeds it: start with none
        db.execute("DELETE FROM courses")
    assert ts.seed_default_catalogue(db) == 8
    assert ts.seed_default_catalogue(db) == 0
    by_code = {c["code"]: c for c in ts.courses(db)}
    assert set(by_code) == {"BAS", "VAL", "CMP", "RSK", "MSME", "SEC", "DPR", "LEG"}
    val = by_code[ts.VALIDATION_COURSE_CODE]
    assert val["name"] == "Validation and audit techniques"
    assert (val["required_for"], val["refresh_months"]) == (["validator"], 24)
    assert by_code["LEG"]["refresh_months"] is None and by_code["LEG"]["is_onboarding"]
    assert by_code["BAS"]["is_onboarding"] and by_code["BAS"]["required_for"] == list(ts.ROLES)
    assert by_code["MSME"]["required_for"] == ["contact officer"]
    assert all(c["hours"] > 0 and c["provider"] for c in by_code.values())


def test_save_course_adds_and_changes(db: sqlite_utils.Database) -> None:
    cid = ts.save_course(
        db, CourseInput("ctr", "Container inspection", "School", 7, ("validator",), 12)
    )
    row = ts.get_course(db, cid)
    assert (row["code"], row["refresh_months"], row["is_active"]) == ("CTR", 12, True)
    assert (
        ts.save_course(db, CourseInput("CTR", "Container checks", refresh_months=None, id=cid))
        == cid
    )
    row = ts.get_course(db, cid)
    assert (row["name"], row["refresh_months"], row["required_for"]) == (
        "Container checks",
        None,
        [],
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CourseInput("VAL", "Another"), "Code"),
        (CourseInput("NEW", "New", refresh_months=0), "Refresh (months)"),
        (CourseInput("NEW", ""), "Name"),
        (CourseInput("NEW", "New", hours=-2), "Hours"),
        (CourseInput("NEW", "New", required_for=("clerk",)), "Required for"),
    ],
)
def test_save_course_refusals_name_the_field(
    db: sqlite_utils.Database, cat: dict[str, int], data: CourseInput, field: str
) -> None:
    before = ts.courses(db)
    with pytest.raises(ValidationError) as info:
        ts.save_course(db, data)
    assert field in info.value.fields
    assert ts.courses(db) == before


def test_changing_an_unknown_course_is_refused(db: sqlite_utils.Database) -> None:
    with pytest.raises(NotFoundError):
        ts.save_course(db, CourseInput("ZZZ", "Ghost", id=999))


def test_a_retired_course_keeps_its_records_but_takes_no_new_ones(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db)
    ts.record(db, anna, cat["SEC"], TODAY - 400 * DAY, "passed", BOSS)
    ts.retire_course(db, cat["SEC"])
    assert not ts.get_course(db, cat["SEC"])["is_active"]
    assert cat["SEC"] not in {c["id"] for c in ts.courses(db, include_retired=False)}
    assert len(ts.records(db, staff_id=anna)) == 1
    with pytest.raises(ValidationError) as info:
        ts.record(db, anna, cat["SEC"], TODAY, "passed", BOSS)
    assert info.value.fields == ["Course"] and "retired" in str(info.value)
    assert "SEC" not in {code for _, code, _ in _kinds(db)}
    assert cat["SEC"] not in {c["id"] for c in ts.matrix(db).courses}


# --- records --------------------------------------------------------------------------------


def test_record_one_course(db: sqlite_utils.Database, cat: dict[str, int]) -> None:
    anna = _staff(db, name="Anna Vidal")
    rid = ts.record(db, anna, cat["VAL"], TODAY, "passed", BOSS, " VAL-2026-001 ")
    [r] = ts.records(db, staff_id=anna)
    assert r["id"] == rid
    assert (r["completed_on"], r["result"], r["certificate_ref"]) == (
        TODAY.isoformat(),
        "passed",
        "VAL-2026-001",
    )
    assert (r["staff_name"], r["course_code"], r["created_by"]) == ("Anna Vidal", "VAL", BOSS.name)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"completed_on": TODAY + DAY}, "Completed on"),
        ({"staff_id": 9999}, "Person"),
        ({"course_id": 9999}, "Course"),
        ({"result": "excellent"}, "Result"),
        ({"certificate_ref": "x" * 81}, "Certificate"),
    ],
)
def test_record_refusals_name_the_field(
    db: sqlite_utils.Database, cat: dict[str, int], change: dict[str, Any], field: str
) -> None:
    args: dict[str, Any] = {
        "staff_id": _staff(db),
        "course_id": cat["VAL"],
        "completed_on": TODAY,
        "result": "passed",
        "certificate_ref": "",
    }
    args.update(change)
    with pytest.raises(ValidationError) as info:
        ts.record(db, actor=BOSS, **args)
    assert info.value.fields == [field]
    assert scalar(db, "SELECT count(*) FROM training_records") == 0


def test_the_same_course_twice_on_one_day_is_refused(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db, name="Anna Vidal")
    ts.record(db, anna, cat["VAL"], TODAY - DAY, "failed", BOSS)
    with pytest.raises(ValidationError) as info:
        ts.record(db, anna, cat["VAL"], TODAY - DAY, "passed", BOSS)
    assert info.value.fields == ["Completed on"] and "Anna Vidal" in str(info.value)


def test_a_session_records_every_attendee(db: sqlite_utils.Database, cat: dict[str, int]) -> None:
    people = [_staff(db) for _ in range(3)]
    n = ts.record_session(
        db,
        cat["VAL"],
        TODAY - 2 * DAY,
        [(people[0], "passed", "C-1"), (people[1], "failed", ""), (people[2], "attended", "")],
        BOSS,
        session_ref="VAL Rennes June",
    )
    assert n == 3
    found = rows(
        db,
        "SELECT staff_id, result, certificate_ref, session_ref FROM training_records ORDER BY id",
    )
    assert [(r["staff_id"], r["result"]) for r in found] == [
        (people[0], "passed"),
        (people[1], "failed"),
        (people[2], "attended"),
    ]
    assert {r["session_ref"] for r in found} == {"VAL Rennes June"}
    assert found[0]["certificate_ref"] == "C-1"


@pytest.mark.parametrize("bad_row", ["unknown", "duplicate", "already", "result"])
def test_a_session_goes_in_whole_or_not_at_all(
    db: sqlite_utils.Database, cat: dict[str, int], bad_row: str
) -> None:
    a, b = _staff(db, name="Anna Vidal"), _staff(db, name="Bruno Kerr")
    day = TODAY - 3 * DAY
    if bad_row == "already":
        ts.record(db, b, cat["VAL"], day, "passed", BOSS)
    before = scalar(db, "SELECT count(*) FROM training_records")
    third = {
        "unknown": (9999, "passed", ""),
        "duplicate": (a, "passed", ""),
        "already": (b, "passed", ""),
        "result": (b, "excellent", ""),
    }[bad_row]
    attendees = [(a, "passed", ""), (_staff(db), "passed", ""), third]
    with pytest.raises(ValidationError) as info:
        ts.record_session(db, cat["VAL"], day, attendees, BOSS)
    assert info.value.fields == ["Attendee 3"]
    message = str(info.value)
    assert message.startswith("Attendee 3: ")
    if bad_row == "duplicate":
        assert "Anna Vidal is listed twice (also attendee 1)" in message
    if bad_row == "already":
        assert "Bruno Kerr already has a record of VAL" in message
    assert scalar(db, "SELECT count(*) FROM training_records") == before


@pytest.mark.parametrize(
    ("kind", "field"),
    [("retired", "Course"), ("future", "Completed on"), ("nobody", "Attendees")],
)
def test_session_refusals_name_the_field(
    db: sqlite_utils.Database, cat: dict[str, int], kind: str, field: str
) -> None:
    anna = _staff(db)
    if kind == "retired":
        ts.retire_course(db, cat["VAL"])
    day = TODAY + DAY if kind == "future" else TODAY
    attendees = [] if kind == "nobody" else [(anna, "passed", "")]
    with pytest.raises(ValidationError) as info:
        ts.record_session(db, cat["VAL"], day, attendees, BOSS)
    assert info.value.fields == [field]
    assert scalar(db, "SELECT count(*) FROM training_records") == 0


# --- role changes and onboarding ------------------------------------------------------------


def test_a_role_change_moves_the_roles_and_starts_onboarding(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db)
    _fully_trained(db, cat, anna)
    assert _kinds(db) == set()
    ts.register_role_change(db, anna, TODAY - 10 * DAY, ["validator", "contact officer"])
    roles = scalar(db, "SELECT roles FROM staff WHERE id = ?", [anna])
    assert roles == '["validator", "contact officer"]'
    assert _kinds(db) == {
        (anna, "BAS", "onboarding"),
        (anna, "LEG", "onboarding"),
        (anna, "MSME", "missing"),
    }
    [change] = rows(db, "SELECT changed_on FROM staff_role_changes")
    assert change["changed_on"] == (TODAY - 10 * DAY).isoformat()


def test_an_older_role_change_is_history_and_does_not_move_the_roles(
    db: sqlite_utils.Database,
) -> None:
    anna = _staff(db)
    ts.register_role_change(db, anna, TODAY - 10 * DAY, ["manager"])
    ts.register_role_change(db, anna, TODAY - 400 * DAY, ["validator", "manager"])
    roles = scalar(db, "SELECT roles FROM staff WHERE id = ?", [anna])
    assert roles == '["manager"]'


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"changed_on": TODAY + DAY}, "Changed on"),
        ({"changed_on": date(2019, 12, 31)}, "Changed on"),  # before the person started
        ({"roles": ["pilot"]}, "Roles"),
        ({"roles": []}, "Roles"),
        ({"roles": ["validator"]}, "Roles"),  # unchanged
        ({"staff_id": 9999}, "Person"),
    ],
)
def test_role_change_refusals_name_the_field(
    db: sqlite_utils.Database, args: dict[str, Any], field: str
) -> None:
    call: dict[str, Any] = {"staff_id": _staff(db), "changed_on": TODAY, "roles": ["manager"]}
    call.update(args)
    with pytest.raises(ValidationError) as info:
        ts.register_role_change(db, **call)
    assert info.value.fields == [field]
    assert scalar(db, "SELECT count(*) FROM staff_role_changes") == 0


# --- the queue ------------------------------------------------------------------------------


def test_the_queue_lists_what_the_rules_give_with_names(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db, name="Anna Vidal", office="Bretagne")
    _fully_trained(db, cat, anna, "VAL", "SEC")
    ts.record(db, anna, cat["VAL"], _years_ago(2, 5), "passed", BOSS)  # expired 5 days ago
    ts.record(db, anna, cat["SEC"], TODAY - 5 * DAY, "failed", BOSS)
    [expired, failed] = sorted(ts.follow_ups(db), key=lambda r: r["kind"])
    assert (expired["kind"], expired["status"], expired["staff_name"], expired["office"]) == (
        "expired",
        "overdue",
        "Anna Vidal",
        "Bretagne",
    )
    assert expired["course_name"] == "Validation and audit techniques"
    assert expired["due_on"] == expired["expires_on"] == (TODAY - 5 * DAY).isoformat()
    assert (failed["kind"], failed["status"], failed["failed_on"]) == (
        "failed",
        "open",
        (TODAY - 5 * DAY).isoformat(),
    )


def test_the_queue_filters_by_office_role_and_window(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db, office="Bretagne")
    cora = _staff(db, office="Normandie", roles=["contact officer"])
    for who in (anna, cora):
        _fully_trained(db, cat, who, "VAL", "MSME")
    ts.record(db, anna, cat["VAL"], _years_ago(2) + 20 * DAY, "passed", BOSS)  # due in 20 days
    ts.record(db, cora, cat["MSME"], _years_ago(2) + 50 * DAY, "passed", BOSS)  # due in 50 days
    assert _kinds(db) == {(anna, "VAL", "due_soon")}
    assert _kinds(db, within_days=19) == set()
    assert _kinds(db, within_days=60) == {(anna, "VAL", "due_soon"), (cora, "MSME", "due_soon")}
    assert _kinds(db, within_days=60, office="Normandie") == {(cora, "MSME", "due_soon")}
    assert _kinds(db, within_days=60, role="validator") == {(anna, "VAL", "due_soon")}
    assert _kinds(db, within_days=60, role="manager") == set()


def test_planning_shows_the_date_and_survives_the_expiry(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db)
    _fully_trained(db, cat, anna, "VAL")
    ts.record(db, anna, cat["VAL"], _years_ago(2) + 10 * DAY, "passed", BOSS)  # due in 10 days
    ts.plan_follow_up(db, anna, cat["VAL"], FollowUpKind.DUE_SOON, TODAY + 30 * DAY, BOSS)
    [row] = ts.follow_ups(db)
    assert (row["kind"], row["status"], row["planned_on"]) == (
        "due_soon",
        "planned",
        (TODAY + 30 * DAY).isoformat(),
    )
    assert row["decided_by"] == BOSS.name
    # Twenty days later it has expired: still the same expiry, still planned.
    clock.set_clock(lambda: datetime(2026, 7, 5, 10, tzinfo=UTC))
    [row] = ts.follow_ups(db)
    assert (row["kind"], row["status"], row["planned_on"]) == (
        "expired",
        "planned",
        (TODAY + 30 * DAY).isoformat(),
    )


def test_a_new_plan_replaces_the_previous_one(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db)
    _fully_trained(db, cat, anna)
    ts.record(db, anna, cat["SEC"], TODAY - DAY, "failed", BOSS)
    ts.plan_follow_up(db, anna, cat["SEC"], "failed", TODAY + 10 * DAY, BOSS)
    ts.plan_follow_up(db, anna, cat["SEC"], "failed", TODAY + 20 * DAY, BOSS)
    [row] = ts.follow_ups(db)
    assert row["planned_on"] == (TODAY + 20 * DAY).isoformat()
    assert scalar(db, "SELECT count(*) FROM training_follow_up_actions") == 2


def test_plan_refusals(db: sqlite_utils.Database, cat: dict[str, int]) -> None:
    anna = _staff(db)
    _fully_trained(db, cat, anna)
    ts.record(db, anna, cat["SEC"], TODAY - DAY, "failed", BOSS)
    with pytest.raises(ValidationError) as info:
        ts.plan_follow_up(db, anna, cat["SEC"], "failed", TODAY - DAY, BOSS)
    assert info.value.fields == ["Planned date"]
    with pytest.raises(ValidationError) as info:
        ts.plan_follow_up(db, anna, cat["SEC"], "failed", None, BOSS)
    assert info.value.fields == ["Planned date"]
    with pytest.raises(DomainError, match="no longer open"):
        ts.plan_follow_up(db, anna, cat["VAL"], "expired", TODAY + DAY, BOSS)
    assert scalar(db, "SELECT count(*) FROM training_follow_up_actions") == 0


def test_acting_on_a_follow_up_that_changed_since_it_was_shown_is_refused(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db)
    _fully_trained(db, cat, anna, "VAL")
    ts.record(db, anna, cat["VAL"], _years_ago(2) + 10 * DAY, "passed", BOSS)  # due in 10 days
    [row] = ts.follow_ups(db)
    ts.record(db, anna, cat["VAL"], TODAY, "passed", BOSS)  # someone recorded the refresher
    with pytest.raises(DomainError, match="no longer open"):
        ts.plan_follow_up(
            db, anna, cat["VAL"], row["kind"], TODAY + DAY, BOSS, due_on=row["due_on"]
        )
    with pytest.raises(DomainError, match="no longer open"):
        ts.dismiss_follow_up(db, anna, cat["VAL"], row["kind"], "x", BOSS, due_on=row["due_on"])
    assert scalar(db, "SELECT count(*) FROM training_follow_up_actions") == 0


def test_a_dismissal_hides_the_follow_up_but_keeps_it(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db)
    _fully_trained(db, cat, anna, "VAL")
    ts.record(db, anna, cat["VAL"], _years_ago(2, 30), "passed", BOSS)  # expired a month ago
    with pytest.raises(ValidationError) as info:
        ts.dismiss_follow_up(db, anna, cat["VAL"], "expired", "   ", BOSS)
    assert info.value.fields == ["Reason"]
    ts.dismiss_follow_up(db, anna, cat["VAL"], "expired", "Retires next week", BOSS)
    assert ts.follow_ups(db) == []
    [kept] = ts.follow_ups(db, include_dismissed=True)
    assert (kept["status"], kept["reason"], kept["decided_by"]) == (
        "dismissed",
        "Retires next week",
        BOSS.name,
    )
    stored = rows(db, "SELECT status, reason, due_on FROM training_follow_up_actions")
    assert stored == [
        {"status": "dismissed", "reason": "Retires next week", "due_on": kept["due_on"]}
    ]


def test_a_dismissal_does_not_hide_the_next_expiry(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db)
    _fully_trained(db, cat, anna, "VAL")
    ts.record(db, anna, cat["VAL"], _years_ago(2, 30), "passed", BOSS)
    ts.dismiss_follow_up(db, anna, cat["VAL"], "expired", "On leave", BOSS)
    ts.record(db, anna, cat["VAL"], _years_ago(0, 300), "passed", BOSS)  # a later pass...
    clock.set_clock(lambda: datetime(2028, 6, 1, 10, tzinfo=UTC))  # ...that has expired too
    assert (anna, "VAL", "expired") in _kinds(db)


def test_marking_done_records_a_pass_and_clears_the_follow_up(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db)
    _fully_trained(db, cat, anna)
    ts.record(db, anna, cat["SEC"], TODAY - 9 * DAY, "failed", BOSS)
    ts.plan_follow_up(db, anna, cat["SEC"], "failed", TODAY, BOSS)
    ts.record(db, anna, cat["SEC"], TODAY, "passed", BOSS, "SEC-9")
    assert ts.follow_ups(db, include_dismissed=True) == []


# --- matrix ---------------------------------------------------------------------------------


def test_matrix_rows_columns_cells_and_counts(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    anna = _staff(db, name="Anna", office="Bretagne")
    bob = _staff(db, name="Bob", office="Normandie")
    mia = _staff(db, name="Mia", office="Bretagne", roles=["manager"])
    _staff(db, name="Gone", active_to=(TODAY - DAY).isoformat())
    for who in (anna, bob, mia):
        _fully_trained(db, cat, who)
    ts.record(db, bob, cat["VAL"], _years_ago(2, 1), "passed", BOSS)  # expired yesterday
    ts.record(db, anna, cat["VAL"], _years_ago(2), "passed", BOSS)  # not this: recent one wins
    m = ts.matrix(db)
    assert [s["name"] for s in m.staff] == ["Anna", "Bob", "Mia"]
    assert [c["code"] for c in m.courses] == [
        "BAS",
        "VAL",
        "CMP",
        "RSK",
        "MSME",
        "SEC",
        "DPR",
        "LEG",
    ]
    assert m.cell(anna, cat["VAL"]).status is CellStatus.VALID
    assert m.cell(bob, cat["VAL"]).status is CellStatus.VALID  # the recent pass still holds
    assert m.cell(mia, cat["VAL"]).status is CellStatus.NOT_REQUIRED
    assert m.cell(mia, cat["MSME"]).status is CellStatus.NOT_REQUIRED
    ts.retire_course(db, cat["LEG"])
    new = _staff(db, name="Zoé", active_from=(TODAY - 400 * DAY).isoformat())
    ts.record(db, new, cat["VAL"], _years_ago(2, 1), "passed", BOSS)
    ts.record(db, new, cat["SEC"], TODAY - DAY, "failed", BOSS)
    ts.record(db, new, cat["DPR"], _years_ago(1) + 3 * DAY, "attended", BOSS)
    m = ts.matrix(db)
    assert "LEG" not in [c["code"] for c in m.courses]
    assert m.cell(new, cat["VAL"]).status is CellStatus.EXPIRED
    assert m.cell(new, cat["SEC"]).status is CellStatus.FAILED
    assert m.cell(new, cat["DPR"]).status is CellStatus.DUE_SOON
    assert m.cell(new, cat["BAS"]).status is CellStatus.MISSING
    assert m.counts[cat["VAL"]] == {
        CellStatus.VALID: 2,
        CellStatus.DUE_SOON: 0,
        CellStatus.EXPIRED: 1,
        CellStatus.MISSING: 0,
        CellStatus.FAILED: 0,
    }
    assert m.counts[cat["BAS"]][CellStatus.VALID] == 3
    assert m.counts[cat["BAS"]][CellStatus.MISSING] == 1
    assert m.counts[cat["MSME"]] == dict.fromkeys(ts.COUNTED, 0)  # no contact officers
    bretagne = ts.matrix(db, office="Bretagne")
    assert [s["name"] for s in bretagne.staff] == ["Anna", "Mia", "Zoé"]
    managers = ts.matrix(db, role="manager")
    assert [s["name"] for s in managers.staff] == ["Mia"]


# --- link to caseloads ----------------------------------------------------------------------


def test_expired_mandatory_warns_for_expired_missing_or_failed_validation(
    db: sqlite_utils.Database, cat: dict[str, int]
) -> None:
    ok = _staff(db, name="Olga")
    soon = _staff(db, name="Sam")
    old = _staff(db, name="Oscar")
    never = _staff(db, name="Nina")
    failed = _staff(db, name="Fred")
    manager = _staff(db, name="Mia", roles=["manager"])
    ts.record(db, ok, cat["VAL"], TODAY - 100 * DAY, "passed", BOSS)
    ts.record(db, soon, cat["VAL"], _years_ago(2), "passed", BOSS)  # expires today: still held
    ts.record(db, old, cat["VAL"], _years_ago(2, 1), "passed", BOSS)
    ts.record(db, failed, cat["VAL"], TODAY - DAY, "failed", BOSS)
    assert ts.expired_mandatory(db, ok) == []
    assert ts.expired_mandatory(db, soon) == []
    assert ts.expired_mandatory(db, manager) == []  # not a validator: not required
    assert ts.expired_mandatory(db, 9999) == []
    expired_on = (TODAY - DAY).isoformat()
    assert ts.expired_mandatory(db, old) == [
        f"Oscar's mandatory training “Validation and audit techniques” (VAL) expired on "
        f"{expired_on}."
    ]
    assert ts.expired_mandatory(db, never) == [
        "Nina has never completed the mandatory training “Validation and audit techniques” (VAL)."
    ]
    [message] = ts.expired_mandatory(db, failed)
    assert "has not passed" in message and expired_on in message
    both = ts.expired_mandatory(db, never, course_codes=("VAL", "SEC", "NOPE"))
    assert len(both) == 2 and "(SEC)" in both[1]
