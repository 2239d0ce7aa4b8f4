"""Contact-point rules at their boundary dates and values (no database, no Qt)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain import contacts as dc
from desktop.domain.contacts import (
    ContactEntry,
    ContactRules,
    FollowUpStatus,
    MoveItem,
    check_contact,
    check_rules,
    distribute,
    follow_up_status,
    tenure_exceeded,
)
from desktop.domain.errors import ValidationError

D = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("start", "end", "on", "active"),
    [
        (D, None, D, True),  # the first day counts
        (D, None, D - timedelta(days=1), False),  # not yet
        (D, D, D, True),  # a one-day assignment
        (D - timedelta(days=10), D, D, True),  # the last day counts
        (D - timedelta(days=10), D - timedelta(days=1), D, False),  # ended yesterday
    ],
)
def test_is_active_counts_both_ends(start: date, end: date | None, on: date, active: bool) -> None:
    assert dc.is_active(start, end, on) is active


@pytest.mark.parametrize(
    ("end", "new_start", "overlaps"),
    [
        (None, D, True),  # an open assignment overlaps anything later
        (D, D, True),  # ends on the new start day
        (D - timedelta(days=1), D, False),  # ends the day before: a clean succession
        (D + timedelta(days=30), D, True),  # a planned end after the new start
    ],
)
def test_overlaps_at_the_succession_day(end: date | None, new_start: date, overlaps: bool) -> None:
    assert dc.overlaps(end, new_start) is overlaps


def test_add_years_turns_29_february_into_28() -> None:
    assert dc.add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert dc.add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert dc.add_years(date(2026, 6, 15), -5) == date(2021, 6, 15)


@pytest.mark.parametrize(
    ("start", "on", "exceeded"),
    [
        (date(2021, 6, 15), date(2026, 6, 15), False),  # exactly five years: not longer
        (date(2021, 6, 15), date(2026, 6, 16), True),  # one day more
        (date(2021, 6, 16), date(2026, 6, 16), False),
        (date(2020, 2, 29), date(2025, 2, 28), False),  # anniversary of a leap day
        (date(2020, 2, 29), date(2025, 3, 1), True),
    ],
)
def test_tenure_is_exceeded_only_after_the_anniversary(
    start: date, on: date, exceeded: bool
) -> None:
    assert tenure_exceeded(start, on, 5) is exceeded


@pytest.mark.parametrize(
    ("rules", "field"),
    [
        (ContactRules(max_operators=0), "Maximum operators"),
        (ContactRules(max_operators=1001), "Maximum operators"),
        (ContactRules(max_years=0), "Maximum years"),
        (ContactRules(max_years=41), "Maximum years"),
        (ContactRules(validator_conflict="ignore"), "Validator conflict"),
    ],
)
def test_impossible_rules_are_refused_naming_the_field(rules: ContactRules, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_rules(rules)
    assert err.value.fields == [field]


@pytest.mark.parametrize(
    "rules",
    [
        ContactRules(),
        ContactRules(max_operators=1, max_years=1, validator_conflict="refuse"),
        ContactRules(max_operators=1000, max_years=40, validator_conflict="off"),
    ],
)
def test_rules_at_their_bounds_are_accepted(rules: ContactRules) -> None:
    assert check_rules(rules) == rules


def test_defaults_match_the_issue() -> None:
    assert ContactRules() == ContactRules(40, 5, "warn")


def test_date_a_year_ahead_is_the_last_one_accepted() -> None:
    dc.check_date_not_too_far(D + timedelta(days=365), D, "Start date", "The start date")
    with pytest.raises(ValidationError) as err:
        dc.check_date_not_too_far(D + timedelta(days=366), D, "Start date", "The start date")
    assert err.value.fields == ["Start date"]


def _items(*sizes: str) -> list[MoveItem]:
    return [MoveItem(n, f"Op {n:02d}", size, "primary") for n, size in enumerate(sizes, 1)]


def test_distribute_alternates_between_equally_loaded_successors() -> None:
    plan = distribute(_items("small", "small", "small", "small"), [10, 20], {})
    assert [to for _, to in plan] == [10, 20, 10, 20]


def test_distribute_starts_with_the_least_loaded_successor() -> None:
    plan = distribute(_items("micro", "micro", "micro"), [10, 20], {10: 30, 20: 5})
    assert [to for _, to in plan] == [20, 10, 20]


def test_distribute_spreads_msmes_first() -> None:
    plan = distribute(_items("large", "large", "micro", "medium", "small", "micro"), [1, 2], {})
    sizes = [(item.size_class, to) for item, to in plan]
    assert [s for s, _ in sizes] == ["micro", "micro", "small", "medium", "large", "large"]
    msme_targets = [to for s, to in sizes if s != "large"]
    assert msme_targets.count(1) == msme_targets.count(2) == 2


def test_distribute_never_gives_one_officer_both_roles() -> None:
    items = [MoveItem(7, "Op", "small", "backup"), MoveItem(8, "Op 2", "small", "backup")]
    # Successor 1 is already operator 7's primary: its backup goes to 2 instead.
    plan = distribute(items, [1, 2], {}, {(7, "primary"): 1})
    assert dict((i.operator_id, to) for i, to in plan) == {7: 2, 8: 1}


def test_distribute_gives_none_when_no_successor_fits() -> None:
    items = [MoveItem(7, "Op", "small", "backup")]
    assert distribute(items, [1], {}, {(7, "primary"): 1}) == [(items[0], None)]


@pytest.mark.parametrize(
    ("follow_up", "done", "status"),
    [
        (None, None, FollowUpStatus.NONE),
        (D - timedelta(days=3), D - timedelta(days=1), FollowUpStatus.DONE),
        (D - timedelta(days=1), None, FollowUpStatus.OVERDUE),  # yesterday
        (D, None, FollowUpStatus.DUE),  # today is due, not overdue
        (D + timedelta(days=14), None, FollowUpStatus.DUE),  # last day of the window
        (D + timedelta(days=15), None, FollowUpStatus.LATER),
    ],
)
def test_follow_up_status_at_its_boundaries(
    follow_up: date | None, done: date | None, status: FollowUpStatus
) -> None:
    assert follow_up_status(follow_up, done, D, 14) is status


def test_a_contact_today_with_a_follow_up_the_same_day_is_fine() -> None:
    entry = check_contact(ContactEntry(D, "phone", "  Question on the MSME track ", "", D), D)
    assert entry.topic == "Question on the MSME track"


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (ContactEntry(D + timedelta(days=1), "visit", "Visit"), "Contact date"),
        (ContactEntry(D, "fax", "Sent a fax"), "Channel"),
        (ContactEntry(D, "email", "   "), "Topic"),
        (ContactEntry(D, "email", "x" * 201), "Topic"),
        (ContactEntry(D, "email", "Mail", "a" * 4001), "Advice"),
        (ContactEntry(D, "visit", "Visit", "", D - timedelta(days=1)), "Follow-up date"),
        (ContactEntry(D, "visit", "Visit", "", D + timedelta(days=366)), "Follow-up date"),
    ],
)
def test_bad_contacts_are_refused_naming_the_field(entry: ContactEntry, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_contact(entry, D)
    assert err.value.fields == [field]


def test_every_problem_of_a_contact_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as err:
        check_contact(ContactEntry(D + timedelta(days=2), "fax", ""), D)
    assert set(err.value.fields) == {"Channel", "Contact date", "Topic"}
