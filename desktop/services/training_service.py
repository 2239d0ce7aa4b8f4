"""Staff training: the course catalogue, training records (one at a time or a whole session),
the follow-up queue the manager works through, and the matrix of staff against courses.

The rules live in :mod:`desktop.domain.training`; this module loads what they need, adds the
manager's decisions (planned dates, dismissals) and writes, each write in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from db.repositories import staff as staff_repo
from db.repositories import training as repo
from db.repositories.common import Row
from desktop.domain import timeline
from desktop.domain import training as tr
from desktop.domain.errors import DomainError, NotFoundError, Problems, ValidationError
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission
from desktop.domain.training import (
    COUNTED,
    ROLES,
    CellStatus,
    CourseInput,
    FollowUpKind,
    TrainingResult,
)
from desktop.services import access, clock
from desktop.services.actor import Actor

__all__ = [
    "COUNTED",
    "DEFAULT_CATALOGUE",
    "ROLES",
    "VALIDATION_COURSE_CODE",
    "CellStatus",
    "CourseInput",
    "FollowUpKind",
    "Matrix",
    "TrainingResult",
]

#: The code of "Validation and audit techniques": the course a validator must hold to be
#: given cases (see :func:`expired_mandatory`).
VALIDATION_COURSE_CODE = "VAL"
#: How far ahead a follow-up is looked for when the manager acts on it (any "due soon").
_LOOKUP_DAYS = 3660
_ALL = ROLES

DEFAULT_CATALOGUE: tuple[CourseInput, ...] = (
    CourseInput("BAS", "AEO programme basics", "Customs training centre", 7.0, _ALL, 36, True),
    CourseInput(
        VALIDATION_COURSE_CODE,
        "Validation and audit techniques",
        "Customs training centre",
        21.0,
        ("validator",),
        24,
    ),
    CourseInput(
        "CMP",
        "Compliance management",
        "Customs training centre",
        14.0,
        ("validator", "manager"),
        36,
    ),
    CourseInput(
        "RSK", "Risk management", "Customs training centre", 14.0, ("validator", "manager"), 36
    ),
    CourseInput(
        "MSME",
        "MSME outreach and partnership",
        "Chamber of commerce with Customs",
        7.0,
        ("contact officer",),
        24,
    ),
    CourseInput("SEC", "Security criteria", "WCO e-learning", 10.5, ("validator",), 24),
    CourseInput("DPR", "Data protection", "Data protection officer", 3.0, _ALL, 12),
    CourseInput("LEG", "National legal basis", "Legal department", 7.0, _ALL, None, True),
)


# --- conversions ----------------------------------------------------------------------------


def _d(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def to_course(r: Row) -> tr.Course:
    return tr.Course(
        r["id"],
        r["code"],
        r["name"],
        frozenset(r["required_for"]),
        r["refresh_months"],
        bool(r["is_onboarding"]),
        bool(r["is_active"]),
    )


def to_staff(r: Row) -> tr.Staff:
    return tr.Staff(
        r["id"],
        r["name"],
        frozenset(r["roles"]),
        date.fromisoformat(r["active_from"]),
        date.fromisoformat(r["active_to"]) if r["active_to"] else None,
        r["office"],
    )


_RESULTS = {r.value: r for r in TrainingResult}


def to_record(r: Row) -> tr.Record:
    return tr.Record(
        r["staff_id"],
        r["course_id"],
        date.fromisoformat(r["completed_on"]),
        _RESULTS[r["result"]],
    )


def to_role_change(r: Row) -> tr.RoleChange:
    return tr.RoleChange(r["staff_id"], date.fromisoformat(r["changed_on"]), frozenset(r["roles"]))


@dataclass(frozen=True)
class _Loaded:
    courses: list[Row]
    staff: list[Row]
    cells: dict[tuple[int, int], tr.Cell]


def _load(
    db: sqlite_utils.Database,
    *,
    within_days: int,
    office: str | None = None,
    role: str | None = None,
    staff_ids: Sequence[int] | None = None,
) -> _Loaded:
    today = clock.today()
    people = [
        s
        for s in staff_repo.list_staff(db, role=role or None, active_on=today.isoformat())
        if (not office or s["office"] == office) and (staff_ids is None or s["id"] in staff_ids)
    ]
    ids = [s["id"] for s in people]
    wanted = set(ids)
    courses = repo.list_courses(db, include_retired=False)
    grid = tr.cells(
        [to_course(c) for c in courses],
        [to_staff(s) for s in people],
        [to_record(r) for r in repo.attempts(db, ids)],
        [to_role_change(c) for c in repo.list_role_changes(db) if c["staff_id"] in wanted],
        today,
        within_days,
    )
    return _Loaded(courses, people, grid)


# --- catalogue ------------------------------------------------------------------------------


def seed_default_catalogue(db: sqlite_utils.Database) -> int:
    """Add :data:`DEFAULT_CATALOGUE` when the catalogue is empty; return how many were added."""
    with db.atomic():
        if repo.count_courses(db):
            return 0
        now = clock.now_iso()
        for c in DEFAULT_CATALOGUE:
            repo.insert_course(db, {**_course_item(c.cleaned()), "created_at": now})
    return len(DEFAULT_CATALOGUE)


def _course_item(c: CourseInput) -> dict[str, Any]:
    return {
        "code": c.code,
        "name": c.name,
        "provider": c.provider,
        "hours": c.hours,
        "required_for": list(c.required_for),
        "refresh_months": c.refresh_months,
        "is_onboarding": c.is_onboarding,
        "is_active": c.is_active,
        "updated_at": clock.now_iso(),
    }


def courses(db: sqlite_utils.Database, include_retired: bool = True) -> list[Row]:
    return repo.list_courses(db, include_retired=include_retired)


def get_course(db: sqlite_utils.Database, course_id: int) -> Row:
    row = repo.get_course(db, course_id)
    if row is None:
        raise NotFoundError(_("Course {id} does not exist (any more).").format(id=course_id))
    return row


def save_course(db: sqlite_utils.Database, data: CourseInput) -> int:
    """Add a course (``data.id`` None) or change one; return its id."""
    access.require(Permission.MANAGE_TRAINING)
    c = data.cleaned()
    with db.atomic():
        same_code = repo.find_course_by_code(db, c.code)
        if same_code is not None and same_code["id"] != c.id:
            raise ValidationError(
                _("{code} is already used by “{name}”.").format(
                    code=c.code, name=same_code["name"]
                ),
                field="Code",
            )
        item = _course_item(c)
        if c.id is None:
            return repo.insert_course(db, {**item, "created_at": item["updated_at"]})
        get_course(db, c.id)
        repo.update_course(db, c.id, item)
        return c.id


def retire_course(db: sqlite_utils.Database, course_id: int) -> None:
    """A retired course keeps its records but is no longer required, shown or recorded."""
    access.require(Permission.MANAGE_TRAINING)
    with db.atomic():
        get_course(db, course_id)
        repo.update_course(db, course_id, {"is_active": False, "updated_at": clock.now_iso()})


# --- records --------------------------------------------------------------------------------


def _check_course(p: Problems, db: sqlite_utils.Database, course_id: int | None) -> Row | None:
    if course_id is None:
        p.add("Course", _("choose a course."))
        return None
    course = repo.get_course(db, course_id)
    if course is None:
        p.add("Course", _("the chosen course does not exist."))
    elif not course["is_active"]:
        p.add(
            "Course",
            _("“{name}” is retired; it takes no new records.").format(name=course["name"]),
        )
    return course


def _check_date(p: Problems, completed_on: date | str | None, label: str) -> date | None:
    if completed_on is None:
        p.add(label, _("is required."))
        return None
    try:
        day = _d(completed_on)
    except ValueError:
        p.add(label, _("is not a date (YYYY-MM-DD)."))
        return None
    if day > clock.today():
        p.add(label, _("cannot be in the future: record a course once it has taken place."))
    return day


def _result(value: TrainingResult | str) -> TrainingResult | None:
    try:
        return TrainingResult(value)
    except ValueError:
        return None


def record(
    db: sqlite_utils.Database,
    staff_id: int,
    course_id: int,
    completed_on: date | str,
    result: TrainingResult | str,
    actor: Actor,
    certificate_ref: str = "",
) -> int:
    """Record that one person took one course; return the record's id."""
    access.require(Permission.MANAGE_TRAINING, actor)
    with db.atomic():
        p = Problems()
        person = staff_repo.get_staff(db, staff_id)
        if person is None:
            p.add("Person", _("the chosen staff member does not exist."))
        course = _check_course(p, db, course_id)
        day = _check_date(p, completed_on, "Completed on")
        outcome = _result(result)
        if outcome is None:
            p.add("Result", _("choose passed, failed or attended."))
        if len(certificate_ref.strip()) > 80:
            p.add("Certificate", _("is too long ({n} characters at most).").format(n=80))
        p.raise_if_any()
        assert person is not None and course is not None and day is not None and outcome
        if repo.records_on(db, course_id, day.isoformat(), [staff_id]):
            raise ValidationError(
                _("{name} already has a record of {code} on {day}.").format(
                    name=person["name"], code=course["code"], day=day
                ),
                field="Completed on",
            )
        return repo.insert_records(
            db,
            [
                {
                    "staff_id": staff_id,
                    "course_id": course_id,
                    "completed_on": day.isoformat(),
                    "result": outcome.value,
                    "certificate_ref": certificate_ref.strip(),
                    "session_ref": "",
                    "created_at": clock.now_iso(),
                    "created_by": actor.name,
                }
            ],
        )[0]


def record_session(
    db: sqlite_utils.Database,
    course_id: int,
    completed_on: date | str,
    attendees: Sequence[tuple[int, TrainingResult | str, str]],
    actor: Actor,
    session_ref: str = "",
) -> int:
    """Record one session with many attendees, as (staff id, result, certificate ref). All
    of it goes in or none of it does; each problem names its row ("Attendee 3")."""
    access.require(Permission.MANAGE_TRAINING, actor)
    with db.atomic():
        p = Problems()
        course = _check_course(p, db, course_id)
        day = _check_date(p, completed_on, "Completed on")
        if len(session_ref.strip()) > 80:
            p.add("Session", _("is too long ({n} characters at most).").format(n=80))
        if not attendees:
            p.add("Attendees", _("tick at least one person who took part."))
        first_row: dict[int, int] = {}
        for n, (staff_id, result, certificate) in enumerate(attendees, start=1):
            # The label stays "Attendee 3": the dialog finds the row by it.
            label = f"Attendee {n}"
            person = staff_repo.get_staff(db, staff_id)
            if person is None:
                p.add(label, _("this staff member does not exist."))
                continue
            if staff_id in first_row:
                p.add(
                    label,
                    _("{name} is listed twice (also attendee {row}).").format(
                        name=person["name"], row=first_row[staff_id]
                    ),
                )
                continue
            first_row[staff_id] = n
            if _result(result) is None:
                p.add(
                    label,
                    _("{name}: choose passed, failed or attended.").format(name=person["name"]),
                )
            if len((certificate or "").strip()) > 80:
                p.add(
                    label,
                    _("{name}: the certificate is too long ({n} at most).").format(
                        name=person["name"], n=80
                    ),
                )
        if course is not None and day is not None and first_row:
            names = {s["id"]: s["name"] for s in staff_repo.list_staff(db)}
            for dup in repo.records_on(db, course_id, day.isoformat(), list(first_row)):
                sid = dup["staff_id"]
                p.add(
                    f"Attendee {first_row[sid]}",
                    _("{name} already has a record of {code} on {day}.").format(
                        name=names.get(sid, sid), code=course["code"], day=day
                    ),
                )
        p.raise_if_any()
        assert day is not None
        now = clock.now_iso()
        repo.insert_records(
            db,
            (
                {
                    "staff_id": staff_id,
                    "course_id": course_id,
                    "completed_on": day.isoformat(),
                    "result": TrainingResult(result).value,
                    "certificate_ref": (certificate or "").strip(),
                    "session_ref": session_ref.strip(),
                    "created_at": now,
                    "created_by": actor.name,
                }
                for staff_id, result, certificate in attendees
            ),
        )
    return len(attendees)


def records(
    db: sqlite_utils.Database,
    *,
    staff_id: int | None = None,
    course_id: int | None = None,
    limit: int = 5000,
) -> list[Row]:
    """Training records, newest first, with the person's and the course's names."""
    return repo.list_records(db, staff_id=staff_id, course_id=course_id, limit=limit)


def register_role_change(
    db: sqlite_utils.Database, staff_id: int, changed_on: date | str, roles: Iterable[str]
) -> int:
    """Record that a person's roles changed on ``changed_on`` (onboarding follows from it). The
    person's current roles become ``roles`` unless a later change is already recorded."""
    access.require(Permission.MANAGE_TRAINING)
    new_roles = [r for r in ROLES if r in set(roles)]
    with db.atomic():
        p = Problems()
        person = staff_repo.get_staff(db, staff_id)
        if person is None:
            p.add("Person", _("the chosen staff member does not exist."))
        day = _check_date(p, changed_on, "Changed on")
        unknown = sorted(set(roles) - set(ROLES))
        if unknown:
            p.add("Roles", tr.unknown_role(unknown[0]))
        elif not new_roles:
            p.add("Roles", _("choose at least one role."))
        p.raise_if_any()
        assert person is not None and day is not None
        if day.isoformat() < person["active_from"]:
            raise ValidationError(
                _("is before {name} started ({start}).").format(
                    name=person["name"], start=person["active_from"]
                ),
                field="Changed on",
            )
        latest = repo.latest_role_change_on(db, staff_id)
        is_latest = latest is None or day.isoformat() >= latest
        if is_latest and set(new_roles) == set(person["roles"]):
            raise ValidationError(
                _("{name} already has these roles.").format(name=person["name"]), field="Roles"
            )
        change_id = repo.insert_role_change(
            db,
            {
                "staff_id": staff_id,
                "changed_on": day.isoformat(),
                "roles": new_roles,
                "created_at": clock.now_iso(),
            },
        )
        if is_latest:
            repo.set_staff_roles(db, staff_id, new_roles, clock.now_iso())
    return change_id


# --- follow-ups -----------------------------------------------------------------------------


def _decisions(db: sqlite_utils.Database) -> dict[tuple[int, int, str, str], Row]:
    """The latest decision for each follow-up key."""
    latest: dict[tuple[int, int, str, str], Row] = {}
    for a in repo.list_actions(db):
        try:
            key = tr.follow_up_key(a["staff_id"], a["course_id"], a["kind"], a["due_on"])
        except ValueError:
            continue  # a kind this version does not know
        latest[key] = a
    return latest


def follow_ups(
    db: sqlite_utils.Database,
    within_days: int = tr.DEFAULT_WITHIN_DAYS,
    office: str | None = None,
    role: str | None = None,
    *,
    include_dismissed: bool = False,
) -> list[dict[str, Any]]:
    """The manager's queue: what the rules give, with planned dates; dismissed ones are left
    out (they stay recorded). Soonest due first.

    Each row: staff_id, staff_name, office, course_id, course_code, course_name, kind (value),
    due_on, completed_on, expires_on, failed_on, since (ISO dates or None), status ("open",
    "overdue", "planned" or "dismissed"), planned_on, reason, decided_by, action_id.
    """
    loaded = _load(db, within_days=within_days, office=office, role=role)
    people = {s["id"]: s for s in loaded.staff}
    course_rows = {c["id"]: c for c in loaded.courses}
    decisions = _decisions(db)
    today = clock.today()
    out = []
    for cell in loaded.cells.values():
        f = cell.follow_up
        if f is None:
            continue
        decision = decisions.get(f.key)
        status = "overdue" if f.due_on < today else "open"
        if decision is not None:
            status = decision["status"]
            if status == "dismissed" and not include_dismissed:
                continue
        person, course = people[f.staff_id], course_rows[f.course_id]
        out.append(
            {
                "key": ":".join(str(k) for k in f.key),
                "staff_id": f.staff_id,
                "staff_name": person["name"],
                "office": person["office"],
                "roles": person["roles"],
                "course_id": f.course_id,
                "course_code": course["code"],
                "course_name": course["name"],
                "kind": f.kind.value,
                "due_on": f.due_on.isoformat(),
                "completed_on": _iso(f.completed_on),
                "expires_on": _iso(f.expires_on),
                "failed_on": _iso(f.failed_on),
                "since": _iso(f.since),
                "status": status,
                "planned_on": decision["planned_on"] if decision else None,
                "reason": decision["reason"] if decision else "",
                "decided_by": decision["decided_by"] if decision else "",
                "action_id": decision["id"] if decision else None,
            }
        )
    out.sort(key=lambda r: (r["due_on"], r["staff_name"], r["course_code"]))
    return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _current(
    db: sqlite_utils.Database,
    staff_id: int,
    course_id: int,
    kind: FollowUpKind | str,
    due_on: date | str | None,
) -> tr.FollowUp:
    """The open follow-up the manager is acting on. A "due soon" that has expired since the
    list was shown is the same follow-up; anything else that changed is refused."""
    k = FollowUpKind(kind)
    loaded = _load(db, within_days=_LOOKUP_DAYS, staff_ids=[staff_id])
    cell = loaded.cells.get((staff_id, course_id))
    f = cell.follow_up if cell else None
    same = f is not None and (
        f.kind is k or (k is FollowUpKind.DUE_SOON and f.kind is FollowUpKind.EXPIRED)
    )
    if f is None or not same or (due_on is not None and f.due_on != _d(due_on)):
        raise DomainError(
            _(
                "This “{kind}” follow-up is no longer open (the training may have been recorded "
                "since). Refresh the list."
            ).format(kind=k.label)
        )
    return f


def plan_follow_up(
    db: sqlite_utils.Database,
    staff_id: int,
    course_id: int,
    kind: FollowUpKind | str,
    planned_on: date | str | None,
    actor: Actor,
    *,
    due_on: date | str | None = None,
) -> int:
    """Plan when the person will take the course; the queue shows the date. ``due_on``, when
    given (the due date the manager saw), must still be the follow-up's."""
    access.require(Permission.MANAGE_TRAINING, actor)
    with db.atomic():
        if planned_on is None:
            raise ValidationError(_("is required."), field="Planned date")
        day = _d(planned_on)
        if day < clock.today():
            raise ValidationError(_("cannot be in the past."), field="Planned date")
        f = _current(db, staff_id, course_id, kind, due_on)
        return repo.insert_action(
            db,
            {
                "staff_id": staff_id,
                "course_id": course_id,
                "kind": f.kind.value,
                "due_on": f.due_on.isoformat(),
                "status": "planned",
                "planned_on": day.isoformat(),
                "reason": "",
                "decided_at": clock.now_iso(),
                "decided_by": actor.name,
            },
        )


def dismiss_follow_up(
    db: sqlite_utils.Database,
    staff_id: int,
    course_id: int,
    kind: FollowUpKind | str,
    reason: str,
    actor: Actor,
    *,
    due_on: date | str | None = None,
) -> int:
    """Take a follow-up off the queue, for a reason that is recorded (see ``plan_follow_up``
    for ``due_on``)."""
    access.require(Permission.MANAGE_TRAINING, actor)
    text = " ".join((reason or "").split())
    with db.atomic():
        if not text:
            raise ValidationError(_("say why this follow-up is dismissed."), field="Reason")
        if len(text) > 500:
            raise ValidationError(
                _("is too long ({n} characters at most).").format(n=500), field="Reason"
            )
        f = _current(db, staff_id, course_id, kind, due_on)
        return repo.insert_action(
            db,
            {
                "staff_id": staff_id,
                "course_id": course_id,
                "kind": f.kind.value,
                "due_on": f.due_on.isoformat(),
                "status": "dismissed",
                "planned_on": None,
                "reason": text,
                "decided_at": clock.now_iso(),
                "decided_by": actor.name,
            },
        )


# --- matrix ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Matrix:
    """Active staff (rows, by name) against active courses (columns, catalogue order)."""

    today: date
    within_days: int
    staff: list[Row]
    courses: list[Row]
    cells: dict[tuple[int, int], tr.Cell]
    counts: dict[int, dict[CellStatus, int]]

    def cell(self, staff_id: int, course_id: int) -> tr.Cell:
        return self.cells.get((staff_id, course_id), tr.Cell(CellStatus.NOT_REQUIRED))


def matrix(
    db: sqlite_utils.Database,
    office: str | None = None,
    role: str | None = None,
    within_days: int = tr.DEFAULT_WITHIN_DAYS,
) -> Matrix:
    loaded = _load(db, within_days=within_days, office=office, role=role)
    counts = tr.column_counts(loaded.cells, [c["id"] for c in loaded.courses])
    return Matrix(clock.today(), within_days, loaded.staff, loaded.courses, loaded.cells, counts)


def offices(db: sqlite_utils.Database) -> list[str]:
    """The offices of active staff, for filters."""
    today = clock.today().isoformat()
    return sorted({s["office"] for s in staff_repo.list_staff(db, active_on=today) if s["office"]})


def active_staff(db: sqlite_utils.Database) -> list[Row]:
    return staff_repo.list_staff(db, active_on=clock.today().isoformat())


# --- link to caseloads ----------------------------------------------------------------------


def expired_mandatory(
    db: sqlite_utils.Database,
    staff_id: int,
    course_codes: Sequence[str] = (VALIDATION_COURSE_CODE,),
) -> list[str]:
    """Warnings, one per course in ``course_codes`` that is required for the person (by role)
    and that they do not hold today: expired, never completed, or last attempt failed. Empty
    when all is well (a course that is merely due soon is still held)."""
    person = staff_repo.get_staff(db, staff_id)
    if person is None:
        return []
    today = clock.today()
    who = to_staff(person)
    changes = [to_role_change(c) for c in repo.list_role_changes(db, staff_id)]
    attempts = [to_record(r) for r in repo.attempts(db, [staff_id])]
    out = []
    for code in course_codes:
        row = repo.find_course_by_code(db, code)
        if row is None or not row["is_active"]:
            continue
        course = to_course(row)
        if not course.is_required_for(who):
            continue
        cell = tr.assess(course, who, attempts, changes, today)
        held = cell.completed_on is not None and (
            cell.expires_on is None or cell.expires_on >= today
        )
        if held:
            continue
        values = {"name": who.name, "course": course.name, "code": course.code}
        if cell.expires_on is not None:
            out.append(timeline.TRAINING_EXPIRED.say(day=cell.expires_on, **values))
        elif cell.last_result is TrainingResult.FAILED:
            out.append(timeline.TRAINING_FAILED.say(day=cell.last_attempt_on, **values))
        else:
            out.append(timeline.TRAINING_NEVER.say(**values))
    return out
