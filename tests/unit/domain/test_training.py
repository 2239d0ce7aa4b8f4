"""Training follow-up rules, each at its boundary dates (see desktop/domain/training.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain import training as tr
from desktop.domain.errors import ValidationError
from desktop.domain.training import (
    CellStatus,
    Course,
    CourseInput,
    FollowUpKind,
    Record,
    RoleChange,
    Staff,
    TrainingResult,
)

TODAY = date(2026, 6, 15)
DAY = timedelta(days=1)
P, F, A = TrainingResult.PASSED, TrainingResult.FAILED, TrainingResult.ATTENDED

VAL = Course(10, "VAL", "Validation and audit techniques", frozenset({"validator"}), 24)
LEG = Course(11, "LEG", "National legal basis", frozenset(tr.ROLES), None, is_onboarding=True)
BAS = Course(12, "BAS", "AEO programme basics", frozenset(tr.ROLES), 36, is_onboarding=True)
MGT = Course(13, "CMP", "Compliance management", frozenset({"manager"}), 36)
ANNA = Staff(1, "Anna", frozenset({"validator"}), date(2020, 1, 1), office="Bretagne")


def person(**kw: object) -> Staff:
    fields: dict[str, object] = {
        "id": 1,
        "name": "Anna",
        "roles": frozenset({"validator"}),
        "active_from": date(2020, 1, 1),
    }
    fields.update(kw)
    return Staff(**fields)  # type: ignore[arg-type]


def rec(on: date, result: TrainingResult = P, course: Course = VAL, staff_id: int = 1) -> Record:
    return Record(staff_id, course.id, on, result)


def only(
    records: list[Record],
    course: Course = VAL,
    who: Staff = ANNA,
    changes: tuple[RoleChange, ...] = (),
    today: date = TODAY,
    within: int = 30,
) -> tr.FollowUp | None:
    found = tr.follow_ups([course], [who], records, changes, today, within)
    assert len(found) <= 1
    return found[0] if found else None


def status(records: list[Record], course: Course = VAL, who: Staff = ANNA, **kw: object) -> str:
    return tr.cell_status(course, who, records, kw.get("changes", ()), TODAY).value  # type: ignore[arg-type]


# --- required or not ------------------------------------------------------------------------


def test_a_course_is_required_when_its_roles_meet_the_persons_roles() -> None:
    assert VAL.is_required_for(ANNA)
    assert not MGT.is_required_for(ANNA)
    both = person(roles=frozenset({"validator", "manager"}))
    assert MGT.is_required_for(both) and VAL.is_required_for(both)
    assert only([], MGT) is None
    assert status([], MGT) == "not_required"
    assert status([rec(date(2026, 1, 1), course=MGT)], MGT) == "not_required"


def test_a_course_required_for_nobody_gives_no_follow_up() -> None:
    optional = Course(20, "OPT", "Optional", frozenset(), 12)
    assert only([], optional) is None


# --- missing --------------------------------------------------------------------------------


def test_never_completed_is_missing_since_the_person_started() -> None:
    f = only([])
    assert f is not None and f.kind is FollowUpKind.MISSING
    assert f.due_on == ANNA.active_from
    assert status([]) == "missing"


def test_missing_is_due_since_the_latest_role_change_and_ignores_future_changes() -> None:
    changes = (
        RoleChange(1, date(2024, 3, 1)),
        RoleChange(1, date(2025, 2, 1)),
        RoleChange(1, TODAY + DAY),  # not yet
    )
    f = only([], changes=changes)
    assert f is not None and f.kind is FollowUpKind.MISSING
    assert f.due_on == date(2025, 2, 1)


def test_a_failed_attempt_alone_is_not_a_completion_but_attended_is() -> None:
    assert only([rec(date(2026, 1, 10), A)]) is None
    assert only([rec(date(2026, 1, 10), P)]) is None
    f = only([rec(date(2026, 1, 10), F)])
    assert f is not None and f.kind is FollowUpKind.FAILED


def test_records_dated_after_today_are_ignored() -> None:
    f = only([rec(TODAY + DAY)])
    assert f is not None and f.kind is FollowUpKind.MISSING
    assert only([rec(TODAY)]) is None  # completed today: fine


# --- expiry and due soon --------------------------------------------------------------------


def test_expiry_is_completion_plus_refresh_months() -> None:
    assert tr.expiry(date(2024, 6, 15), 24) == date(2026, 6, 15)
    assert tr.expiry(date(2024, 1, 31), 1) == date(2024, 2, 29)  # clamped to the month's end
    assert tr.expiry(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert tr.expiry(date(2024, 6, 15), None) is None


@pytest.mark.parametrize(
    ("completed", "kind"),
    [
        # Expires today (2024-06-15 + 24 months): still valid today, so only due soon.
        (date(2024, 6, 15), FollowUpKind.DUE_SOON),
        # Expired yesterday: expired from the day after the expiry date.
        (date(2024, 6, 14), FollowUpKind.EXPIRED),
        # Expires in exactly 30 days: inside the window.
        (date(2024, 7, 15), FollowUpKind.DUE_SOON),
        # Expires in 31 days: outside.
        (date(2024, 7, 16), None),
    ],
)
def test_due_soon_and_expired_at_their_boundaries(completed: date, kind: FollowUpKind) -> None:
    f = only([rec(completed)])
    if kind is None:
        assert f is None
        assert status([rec(completed)]) == "valid"
        return
    assert f is not None and f.kind is kind
    assert f.due_on == f.expires_on == tr.expiry(completed, 24)
    assert f.completed_on == completed
    assert status([rec(completed)]) == kind.value


@pytest.mark.parametrize(
    ("days_ahead", "within", "due_soon"),
    [(0, 0, True), (1, 0, False), (7, 7, True), (8, 7, False), (60, 60, True), (61, 60, False)],
)
def test_the_window_edge_follows_within_days(days_ahead: int, within: int, due_soon: bool) -> None:
    expires = TODAY + timedelta(days=days_ahead)
    completed = date(expires.year - 2, expires.month, expires.day)
    f = only([rec(completed)], within=within)
    assert (f is not None and f.kind is FollowUpKind.DUE_SOON) is due_soon
    if not due_soon:
        assert f is None


def test_a_course_that_never_expires_stays_valid() -> None:
    who = person(active_from=date(1999, 1, 1))
    assert only([rec(date(2000, 1, 1), A, LEG)], LEG, who) is None
    assert status([rec(date(2000, 1, 1), A, LEG)], LEG, who) == "valid"


def test_the_latest_completion_counts() -> None:
    old, new = date(2020, 1, 1), date(2025, 1, 1)
    assert only([rec(old), rec(new)]) is None
    assert only([rec(new), rec(old)]) is None  # order of the records does not matter


# --- failed ---------------------------------------------------------------------------------


def test_a_failed_last_attempt_needs_a_retake_90_days_later() -> None:
    failed = date(2026, 5, 1)
    f = only([rec(failed, F)])
    assert f is not None and f.kind is FollowUpKind.FAILED
    assert f.failed_on == failed and f.due_on == failed + timedelta(days=90)
    assert status([rec(failed, F)]) == "failed"


def test_a_pass_on_the_same_day_as_a_failure_wins() -> None:
    day = date(2026, 5, 1)
    assert only([rec(day, F), rec(day, P)]) is None
    assert only([rec(day, P), rec(day, F)]) is None


def test_a_pass_after_a_failure_clears_it_and_a_failure_after_a_pass_shows() -> None:
    assert only([rec(date(2026, 4, 1), F), rec(date(2026, 4, 2), P)]) is None
    f = only([rec(date(2025, 1, 1), P), rec(date(2026, 4, 2), F)])
    assert f is not None and f.kind is FollowUpKind.FAILED
    assert f.completed_on == date(2025, 1, 1)  # the older pass is still shown


def test_failed_wins_over_expired() -> None:
    f = only([rec(date(2023, 1, 1), P), rec(date(2026, 3, 1), F)])
    assert f is not None and f.kind is FollowUpKind.FAILED


# --- onboarding -----------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "onboarding"), [(0, True), (90, True), (91, False)])
def test_new_staff_are_onboarding_for_90_days(days: int, onboarding: bool) -> None:
    start = TODAY - timedelta(days=days)
    who = person(active_from=start)
    f = only([], LEG, who)
    assert f is not None
    if onboarding:
        assert f.kind is FollowUpKind.ONBOARDING
        assert f.since == start and f.due_on == start + timedelta(days=30)
        assert status([], LEG, who) == "missing"  # the matrix shows "not taken yet"
    else:
        assert f.kind is FollowUpKind.MISSING


def test_onboarding_is_only_for_onboarding_courses() -> None:
    who = person(active_from=TODAY - timedelta(days=10))
    f = only([], VAL, who)
    assert f is not None and f.kind is FollowUpKind.MISSING


def test_onboarding_done_on_the_start_date_counts() -> None:
    start = TODAY - timedelta(days=20)
    who = person(active_from=start)
    assert only([rec(start, A, LEG)], LEG, who) is None
    assert only([rec(start + DAY, A, LEG)], LEG, who) is None


@pytest.mark.parametrize(("days", "onboarding"), [(90, True), (91, False)])
def test_a_role_change_restarts_onboarding_for_90_days(days: int, onboarding: bool) -> None:
    changed = TODAY - timedelta(days=days)
    changes = (RoleChange(1, changed, frozenset({"validator", "contact officer"})),)
    taken_before = [rec(changed - DAY, A, BAS)]
    f = only(taken_before, BAS, changes=changes)
    if onboarding:
        assert f is not None and f.kind is FollowUpKind.ONBOARDING
        assert f.since == changed and f.due_on == changed + timedelta(days=30)
        assert f.completed_on == changed - DAY
        assert only([rec(changed, A, BAS)], BAS, changes=changes) is None
    else:
        assert f is None  # back to the ordinary rules: the course taken before still holds


def test_the_latest_onboarding_start_counts() -> None:
    who = person(active_from=TODAY - timedelta(days=60))
    changes = (RoleChange(1, TODAY - timedelta(days=10)),)
    f = only([rec(TODAY - timedelta(days=30), A, LEG)], LEG, who, changes)
    assert f is not None and f.kind is FollowUpKind.ONBOARDING
    assert f.since == TODAY - timedelta(days=10)


def test_someone_elses_role_change_does_not_count() -> None:
    changes = (RoleChange(2, TODAY - timedelta(days=5)),)
    assert only([rec(date(2021, 1, 1), A, LEG)], LEG, changes=changes) is None


def test_a_failed_onboarding_course_asks_for_a_retake() -> None:
    who = person(active_from=TODAY - timedelta(days=20))
    f = only([rec(TODAY - timedelta(days=5), F, LEG)], LEG, who)
    assert f is not None and f.kind is FollowUpKind.FAILED


# --- who and what counts --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("active_from", "active_to", "counted"),
    [
        (date(2020, 1, 1), None, True),
        (date(2020, 1, 1), TODAY, True),  # last day in post
        (date(2020, 1, 1), TODAY - DAY, False),  # gone yesterday
        (TODAY, None, True),  # first day
        (TODAY + DAY, None, False),  # starts tomorrow
    ],
)
def test_only_active_staff_count(active_from: date, active_to: date | None, counted: bool) -> None:
    who = person(active_from=active_from, active_to=active_to)
    assert bool(tr.follow_ups([VAL], [who], [], [], TODAY)) is counted
    assert bool(tr.cells([VAL], [who], [], [], TODAY)) is counted


def test_retired_courses_do_not_count() -> None:
    retired = Course(30, "OLD", "Old course", frozenset({"validator"}), 12, is_active=False)
    assert tr.follow_ups([retired], [ANNA], [], [], TODAY) == []
    assert tr.cells([retired], [ANNA], [], [], TODAY) == {}


def test_follow_ups_cover_everyone_one_per_course_soonest_first() -> None:
    bob = Staff(2, "Bob", frozenset({"validator", "manager"}), date(2021, 3, 1))
    records = [
        rec(date(2024, 6, 20)),  # Anna: VAL due 2026-06-20
        Record(2, VAL.id, date(2023, 1, 1), P),  # Bob: VAL expired 2025-01-01
        Record(2, MGT.id, date(2026, 6, 1), F),  # Bob: CMP failed
    ]
    found = tr.follow_ups([VAL, MGT], [ANNA, bob], records, [], TODAY)
    assert [(f.staff_id, f.course_id, f.kind) for f in found] == [
        (2, VAL.id, FollowUpKind.EXPIRED),
        (1, VAL.id, FollowUpKind.DUE_SOON),
        (2, MGT.id, FollowUpKind.FAILED),
    ]
    assert [f.due_on for f in found] == sorted(f.due_on for f in found)


def test_column_counts_leave_out_not_required() -> None:
    bob = Staff(2, "Bob", frozenset({"manager"}), date(2021, 3, 1))
    grid = tr.cells([VAL, MGT], [ANNA, bob], [rec(date(2026, 1, 1))], [], TODAY)
    counts = tr.column_counts(grid, [VAL.id, MGT.id])
    assert counts[VAL.id][CellStatus.VALID] == 1
    assert sum(counts[VAL.id].values()) == 1  # Bob does not need VAL
    assert counts[MGT.id][CellStatus.MISSING] == 1
    assert grid[(2, VAL.id)].status is CellStatus.NOT_REQUIRED


def test_due_soon_and_expired_share_a_decision_key() -> None:
    expires = date(2026, 7, 1)
    soon = tr.follow_up_key(1, 10, FollowUpKind.DUE_SOON, expires)
    later = tr.follow_up_key(1, 10, "expired", expires.isoformat())
    assert soon == later
    assert soon != tr.follow_up_key(1, 10, FollowUpKind.DUE_SOON, date(2028, 7, 1))
    assert tr.follow_up_key(1, 10, "missing", expires) != soon


# --- catalogue input ------------------------------------------------------------------------


def test_course_input_is_cleaned() -> None:
    c = CourseInput(" val ", "  Validation   and audit ", " School ", 21, ("validator",), 24)
    assert c.cleaned() == CourseInput(
        "VAL", "Validation and audit", "School", 21.0, ("validator",), 24
    )
    roles = CourseInput("X", "X", required_for=("admin", "validator")).cleaned().required_for
    assert roles == ("validator", "admin")  # in the order of ROLES


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": ""}, "Code"),
        ({"code": "VAL 1"}, "Code"),
        ({"code": "ABCDEFGHIJKLM"}, "Code"),
        ({"name": "  "}, "Name"),
        ({"hours": -1}, "Hours"),
        ({"required_for": ("pilot",)}, "Required for"),
        ({"refresh_months": 0}, "Refresh (months)"),
        ({"refresh_months": -6}, "Refresh (months)"),
        ({"refresh_months": 241}, "Refresh (months)"),
    ],
)
def test_bad_course_input_names_the_field(changes: dict[str, object], field: str) -> None:
    fields: dict[str, object] = {"code": "VAL", "name": "Validation", "refresh_months": 24}
    fields.update(changes)
    with pytest.raises(ValidationError) as info:
        CourseInput(**fields).cleaned()  # type: ignore[arg-type]
    assert info.value.fields == [field]


def test_refresh_months_may_be_empty_or_positive() -> None:
    assert CourseInput("LEG", "Legal", refresh_months=None).cleaned().refresh_months is None
    assert CourseInput("LEG", "Legal", refresh_months=1).cleaned().refresh_months == 1
