"""Staff training: which courses each person must hold, and what follows up when they do not.

The rules, written down (``today`` and the window N, ``within_days``, are inputs):

* Only **active staff** count (``active_from <= today``, and ``active_to`` empty or on or after
  today), and only **active courses** (retired ones are history).
* A course is **required** for a person when its ``required_for`` roles intersect the person's
  roles ("validator", "contact officer", "manager", "admin").
* An **attempt** is any record dated on or before today (later ones are ignored). A
  **completion** is an attempt whose result is ``passed`` or ``attended``: a course without an
  exam is completed by attending it, and the record says which it was. The **valid
  completion** is the latest completion.
* **Expiry** = valid completion + ``refresh_months`` calendar months (the day is clamped to the
  end of a shorter month: 31 January + 1 month = 28 February). ``refresh_months`` empty means
  it never expires. The training is valid up to and including its expiry date, and expired
  from the day after.
* **Onboarding start**: the latest of the person's ``active_from`` and of their role-change
  dates that lies within the last 90 days (exactly 90 days ago still counts, 91 does not).
  Staff with no such date are not onboarding.

For each active person and each active course required for them there is at most one
follow-up: the first of these rules that applies.

1. **FAILED**: the latest attempt failed (a completion on the same day counts as later).
   A retake is due 90 days after the failure.
2. **ONBOARDING**: an onboarding course, for a person who is onboarding, with no completion on
   or after the onboarding start. Due 30 days after the start.
3. **MISSING**: never completed. Due since the person started, or since their latest role
   change if that is later (the day it became needed).
4. **EXPIRED**: today is after the expiry date. Due on the expiry date.
5. **DUE_SOON**: expires within N days (expiry today counts; with N = 30 an expiry exactly 30
   days ahead counts, 31 days ahead does not). Due on the expiry date.

The matrix shows one :class:`CellStatus` per person and course: NOT_REQUIRED when the course is
not required for the person; otherwise the follow-up's kind (ONBOARDING shows as MISSING:
not taken yet), or VALID when there is none.

A manager's decision about a follow-up (plan a date, dismiss it) is kept against its
:func:`follow_up_key`: person, course, kind and due date. "Due soon" and "expired" about the
same expiry share a key, so a refresher planned while it was due soon stays planned once it
has expired; a new expiry (after a new completion) is a new follow-up.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from desktop.domain.deadlines import add_months
from desktop.domain.errors import Problems
from desktop.domain.i18n import _

#: The roles staff can hold, in the order forms list them.
ROLES = ("validator", "contact officer", "manager", "admin")
#: Staff who started, or changed role, this many days ago or less are onboarding.
ONBOARDING_WINDOW_DAYS = 90
#: Onboarding courses are due this many days after the start (or the role change).
ONBOARDING_DUE_DAYS = 30
#: After a failed attempt, the retake is due this many days later.
RETAKE_DAYS = 90
#: The default window for "due soon".
DEFAULT_WITHIN_DAYS = 30
MAX_REFRESH_MONTHS = 240
MAX_HOURS = 1000.0
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{0,11}$")


class TrainingResult(Enum):
    PASSED = "passed"
    FAILED = "failed"
    ATTENDED = "attended"

    @property
    def label(self) -> str:
        return {
            TrainingResult.PASSED: _("Passed"),
            TrainingResult.FAILED: _("Failed"),
            TrainingResult.ATTENDED: _("Attended"),
        }[self]

    @property
    def completes(self) -> bool:
        return self is not TrainingResult.FAILED


class FollowUpKind(Enum):
    MISSING = "missing"
    DUE_SOON = "due_soon"
    EXPIRED = "expired"
    FAILED = "failed"
    ONBOARDING = "onboarding"

    @property
    def label(self) -> str:
        return {
            FollowUpKind.MISSING: _("Missing"),
            FollowUpKind.DUE_SOON: _("Refresher due"),
            FollowUpKind.EXPIRED: _("Expired"),
            FollowUpKind.FAILED: _("Retake"),
            FollowUpKind.ONBOARDING: _("Onboarding"),
        }[self]

    @property
    def family(self) -> str:
        """Kinds that are one follow-up at two moments share a family (see the module doc)."""
        if self in (FollowUpKind.DUE_SOON, FollowUpKind.EXPIRED):
            return "expiry"
        return self.value


class CellStatus(Enum):
    VALID = "valid"
    DUE_SOON = "due_soon"
    EXPIRED = "expired"
    MISSING = "missing"
    FAILED = "failed"
    NOT_REQUIRED = "not_required"

    @property
    def label(self) -> str:
        return {
            CellStatus.VALID: _("Valid"),
            CellStatus.DUE_SOON: _("Due soon"),
            CellStatus.EXPIRED: _("Expired"),
            CellStatus.MISSING: _("Missing"),
            CellStatus.FAILED: _("Failed"),
            CellStatus.NOT_REQUIRED: _("Not required"),
        }[self]


#: The statuses a matrix column counts, in the order they are shown.
COUNTED = (
    CellStatus.VALID,
    CellStatus.DUE_SOON,
    CellStatus.EXPIRED,
    CellStatus.MISSING,
    CellStatus.FAILED,
)


@dataclass(frozen=True)
class Course:
    id: int
    code: str
    name: str
    required_for: frozenset[str] = frozenset()
    refresh_months: int | None = None
    is_onboarding: bool = False
    is_active: bool = True

    def is_required_for(self, person: Staff) -> bool:
        return bool(self.required_for & person.roles)


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    roles: frozenset[str]
    active_from: date
    active_to: date | None = None
    office: str = ""

    def is_active_on(self, day: date) -> bool:
        return self.active_from <= day and (self.active_to is None or day <= self.active_to)


@dataclass(frozen=True)
class Record:
    staff_id: int
    course_id: int
    completed_on: date
    result: TrainingResult


@dataclass(frozen=True)
class RoleChange:
    staff_id: int
    changed_on: date
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FollowUp:
    staff_id: int
    course_id: int
    kind: FollowUpKind
    due_on: date
    completed_on: date | None = None  # the valid completion, if any
    expires_on: date | None = None  # its expiry, if it expires
    failed_on: date | None = None  # the failed attempt (FAILED)
    since: date | None = None  # onboarding start (ONBOARDING) or when it became needed

    @property
    def key(self) -> tuple[int, int, str, str]:
        return follow_up_key(self.staff_id, self.course_id, self.kind, self.due_on)


@dataclass(frozen=True)
class Cell:
    """One person and one course, as the matrix shows it."""

    status: CellStatus
    completed_on: date | None = None
    expires_on: date | None = None
    last_result: TrainingResult | None = None
    last_attempt_on: date | None = None
    follow_up: FollowUp | None = None


@dataclass(frozen=True)
class CourseInput:
    """What the catalogue form collects; ``id`` None makes a new course."""

    code: str
    name: str
    provider: str = ""
    hours: float = 0.0
    required_for: tuple[str, ...] = ()
    refresh_months: int | None = None
    is_onboarding: bool = False
    is_active: bool = True
    id: int | None = None

    def cleaned(self) -> CourseInput:
        """The input with spaces trimmed and the code in capitals, or ValidationError naming
        each bad field."""
        p = Problems()
        code = self.code.strip().upper()
        name = " ".join(self.name.split())
        if not code:
            p.add("Code", _("is required."))
        elif not _CODE.match(code):
            p.add("Code", _("use 1 to 12 letters, digits or hyphens (for example VAL or AEO-1)."))
        if not name:
            p.add("Name", _("is required."))
        elif len(name) > 120:
            p.add("Name", _("is too long ({n} characters at most).").format(n=120))
        if not 0 <= self.hours <= MAX_HOURS:
            p.add("Hours", _("must be between 0 and {max:.0f}.").format(max=MAX_HOURS))
        unknown = [r for r in self.required_for if r not in ROLES]
        if unknown:
            p.add("Required for", unknown_role(unknown[0]))
        if self.refresh_months is not None and not 0 < self.refresh_months <= MAX_REFRESH_MONTHS:
            p.add(
                "Refresh (months)",
                _("must be between 1 and {max}, or empty if it never expires.").format(
                    max=MAX_REFRESH_MONTHS
                ),
            )
        p.raise_if_any()
        roles = tuple(r for r in ROLES if r in self.required_for)
        return CourseInput(
            code,
            name,
            self.provider.strip(),
            float(self.hours),
            roles,
            self.refresh_months,
            self.is_onboarding,
            self.is_active,
            self.id,
        )


def role_label(role: str) -> str:
    """A staff role ("contact officer"…) as it reads inside a sentence, translated."""
    return {
        "validator": _("validator"),
        "contact officer": _("contact officer"),
        "manager": _("manager"),
        "admin": _("admin"),
    }.get(role, role)


def unknown_role(role: str) -> str:
    """The message for a role that is not one of :data:`ROLES`."""
    return _("unknown role {role}; roles are {roles}.").format(
        role=repr(role), roles=", ".join(role_label(r) for r in ROLES)
    )


# --- rules ----------------------------------------------------------------------------------


def follow_up_key(
    staff_id: int, course_id: int, kind: FollowUpKind | str, due_on: date | str | None
) -> tuple[int, int, str, str]:
    """What a manager's decision is attached to (see the module doc)."""
    k = FollowUpKind(kind)
    due = due_on.isoformat() if isinstance(due_on, date) else (due_on or "")
    return (int(staff_id), int(course_id), k.family, due)


def expiry(completed_on: date, refresh_months: int | None) -> date | None:
    return None if refresh_months is None else add_months(completed_on, refresh_months)


def onboarding_since(person: Staff, changes: Iterable[RoleChange], today: date) -> date | None:
    """The start of the person's onboarding, or None when they are not onboarding."""
    dates = [person.active_from, *(c.changed_on for c in changes if c.staff_id == person.id)]
    recent = [d for d in dates if d <= today and (today - d).days <= ONBOARDING_WINDOW_DAYS]
    return max(recent) if recent else None


def needed_since(person: Staff, changes: Iterable[RoleChange], today: date) -> date:
    """Since when the person's current requirements apply: the start, or the latest role
    change if that is later."""
    dates = [c.changed_on for c in changes if c.staff_id == person.id and c.changed_on <= today]
    return max([person.active_from, *dates])


def assess(
    course: Course,
    person: Staff,
    records: Iterable[Record],
    changes: Iterable[RoleChange],
    today: date,
    within_days: int = DEFAULT_WITHIN_DAYS,
) -> Cell:
    """One person and one course: the matrix cell and the follow-up, if any. ``records`` and
    ``changes`` may hold other people's and other courses' too; they are filtered here."""
    attempts = [
        r
        for r in records
        if r.staff_id == person.id and r.course_id == course.id and r.completed_on <= today
    ]
    my_changes = [c for c in changes if c.staff_id == person.id]
    return _assess(course, person, attempts, my_changes, today, within_days)


def _assess(
    course: Course,
    person: Staff,
    attempts: Sequence[Record],
    changes: Sequence[RoleChange],
    today: date,
    within_days: int,
) -> Cell:
    # Called once per person and course (thousands of times for a matrix): one plain pass.
    completed_on: date | None = None
    failed_on: date | None = None
    for r in attempts:
        day = r.completed_on
        if r.result is TrainingResult.FAILED:
            if failed_on is None or day > failed_on:
                failed_on = day
        elif completed_on is None or day > completed_on:
            completed_on = day
    expires_on = expiry(completed_on, course.refresh_months) if completed_on else None
    # The last attempt: the later of the two; on the same day the completion counts as later.
    if failed_on is not None and (completed_on is None or failed_on > completed_on):
        last_result: TrainingResult | None = TrainingResult.FAILED
        last_on = failed_on
    else:
        last_on = completed_on
        last_result = None
        if completed_on is not None:
            last_result = next(
                r.result
                for r in attempts
                if r.completed_on == completed_on and r.result is not TrainingResult.FAILED
            )
    if not course.required_for & person.roles:
        return Cell(CellStatus.NOT_REQUIRED, completed_on, expires_on, last_result, last_on)

    def cell(status: CellStatus, kind: FollowUpKind, due_on: date, **extra: date) -> Cell:
        f = FollowUp(person.id, course.id, kind, due_on, completed_on, expires_on, **extra)
        return Cell(status, completed_on, expires_on, last_result, last_on, f)

    if last_result is TrainingResult.FAILED and failed_on is not None:
        retake = failed_on + timedelta(days=RETAKE_DAYS)
        return cell(CellStatus.FAILED, FollowUpKind.FAILED, retake, failed_on=failed_on)
    start = onboarding_since(person, changes, today) if course.is_onboarding else None
    if start is not None and (completed_on is None or completed_on < start):
        due = start + timedelta(days=ONBOARDING_DUE_DAYS)
        return cell(CellStatus.MISSING, FollowUpKind.ONBOARDING, due, since=start)
    if completed_on is None:
        since = needed_since(person, changes, today)
        return cell(CellStatus.MISSING, FollowUpKind.MISSING, since, since=since)
    if expires_on is not None:
        if today > expires_on:
            return cell(CellStatus.EXPIRED, FollowUpKind.EXPIRED, expires_on)
        if (expires_on - today).days <= within_days:
            return cell(CellStatus.DUE_SOON, FollowUpKind.DUE_SOON, expires_on)
    return Cell(CellStatus.VALID, completed_on, expires_on, last_result, last_on)


def cells(
    courses: Iterable[Course],
    staff: Iterable[Staff],
    records: Iterable[Record],
    role_changes: Iterable[RoleChange],
    today: date,
    within_days: int = DEFAULT_WITHIN_DAYS,
) -> dict[tuple[int, int], Cell]:
    """Every (active person, active course) cell, keyed by (staff id, course id)."""
    live_courses = [c for c in courses if c.is_active]
    people = [s for s in staff if s.is_active_on(today)]
    by_pair: dict[tuple[int, int], list[Record]] = defaultdict(list)
    for r in records:
        if r.completed_on <= today:
            by_pair[(r.staff_id, r.course_id)].append(r)
    by_person: dict[int, list[RoleChange]] = defaultdict(list)
    for c in role_changes:
        by_person[c.staff_id].append(c)
    return {
        (s.id, c.id): _assess(
            c, s, by_pair.get((s.id, c.id), []), by_person.get(s.id, []), today, within_days
        )
        for s in people
        for c in live_courses
    }


def follow_ups(
    courses: Iterable[Course],
    staff: Iterable[Staff],
    records: Iterable[Record],
    role_changes: Iterable[RoleChange],
    today: date,
    within_days: int = DEFAULT_WITHIN_DAYS,
) -> list[FollowUp]:
    """Every follow-up the rules give, soonest due first."""
    found = [
        cell.follow_up
        for cell in cells(courses, staff, records, role_changes, today, within_days).values()
        if cell.follow_up is not None
    ]
    return sorted(found, key=lambda f: (f.due_on, f.staff_id, f.course_id))


def cell_status(
    course: Course,
    person: Staff,
    records: Iterable[Record],
    role_changes: Iterable[RoleChange],
    today: date,
    within_days: int = DEFAULT_WITHIN_DAYS,
) -> CellStatus:
    """The matrix status of one person for one course."""
    return assess(course, person, records, role_changes, today, within_days).status


def column_counts(
    grid: Mapping[tuple[int, int], Cell], course_ids: Iterable[int]
) -> dict[int, dict[CellStatus, int]]:
    """Per course: how many people are in each counted status (not-required ones are left out)."""
    counts = {cid: dict.fromkeys(COUNTED, 0) for cid in course_ids}
    for (_sid, cid), cell in grid.items():
        if cid in counts and cell.status in counts[cid]:
            counts[cid][cell.status] += 1
    return counts
