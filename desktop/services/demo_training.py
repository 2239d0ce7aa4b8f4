"""Demo training data: the default catalogue, a few years of records for the demo's staff, role
changes and a few decisions of the manager, so that every follow-up kind shows up the way it
would in a real unit.

A few stories are written on purpose (so that each kind is always there); chance does the rest:

* a validator whose "Validation and audit techniques" expired about six weeks ago (the case
  assignment warns about them), and another whose refresher is due in a couple of weeks;
* a validator who failed "Security criteria" last month and needs a retake;
* a validator who also became a contact officer 45 days ago: has attended the legal basis
  course since, but not "AEO programme basics" (onboarding), and lacks the MSME outreach course
  of their new role (missing);
* a contact officer who changed role 70 days ago and did all the onboarding since;
* a manager who moved from validation 400 days ago (history only).

Call it inside the caller's transaction (``with db.atomic():``); it opens none of its own
beyond the savepoints of the services it uses. Deterministic for a given ``rng`` and ``today``.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from db.repositories import staff as staff_repo
from db.repositories import training as repo
from db.repositories.common import Row
from desktop.domain import training as tr
from desktop.domain.deadlines import add_months
from desktop.services import training_service
from desktop.services.training_service import VALIDATION_COURSE_CODE

#: Courses with an exam (passed / failed); the others are completed by attending.
EXAM_COURSES = frozenset({"VAL", "CMP", "RSK", "SEC", "MSME"})
#: Chance of each state for a required course, when no story says otherwise.
_WEIGHTS = {"valid": 84, "due_soon": 6, "expired": 5, "missing": 2, "failed": 3}
_VALID, _DUE, _EXPIRED, _MISSING, _FAILED = "valid", "due_soon", "expired", "missing", "failed"


def _active(s: Row, today: date) -> bool:
    return s["active_from"] <= today.isoformat() and (
        not s["active_to"] or s["active_to"] >= today.isoformat()
    )


class _Builder:
    def __init__(self, rng: random.Random, today: date, courses: list[Row], manager: str) -> None:
        self.rng = rng
        self.today = today
        self.courses = courses
        self.manager = manager
        self.records: list[dict[str, Any]] = []
        self.serial = 0

    def add(self, person: Row, course: Row, on: date, result: str) -> None:
        if on > self.today:
            return
        self.serial += 1
        code = course["code"]
        certificate = f"{code}-{on.year}-{self.serial:04d}" if result == "passed" else ""
        self.records.append(
            {
                "staff_id": person["id"],
                "course_id": course["id"],
                "completed_on": on.isoformat(),
                "result": result,
                "certificate_ref": certificate,
                "session_ref": f"{code}-{on:%Y%m}",
                "created_at": f"{on.isoformat()}T16:00:00Z",
                "created_by": self.manager,
            }
        )

    def completes(self, course: Row) -> str:
        return "passed" if course["code"] in EXAM_COURSES else "attended"

    def _between(self, first: date, last: date) -> date:
        if last <= first:
            return last
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def story(self, person: Row, course: Row, state: str) -> None:
        """Records that put ``person`` in ``state`` for ``course`` today (or as near as their
        start date allows: a state that cannot fit becomes "valid")."""
        months = course["refresh_months"]
        start = date.fromisoformat(person["active_from"])
        done = self.completes(course)
        today = self.today
        if state == _FAILED and course["code"] not in EXAM_COURSES:
            state = _EXPIRED  # nobody fails a course without an exam
        if state in (_DUE, _EXPIRED) and months is None:
            state = _VALID
        if state == _DUE:
            completed = add_months(today + timedelta(days=self.rng.randint(2, 26)), -months)
            if completed >= start:
                self._earlier_cycle(person, course, completed)
                self.add(person, course, completed, done)
                return
            state = _VALID
        if state == _EXPIRED:
            completed = add_months(today - timedelta(days=self.rng.randint(5, 240)), -months)
            if completed >= start:
                self.add(person, course, completed, done)
                return
            state = _VALID
        if state == _FAILED:
            if self.rng.random() < 0.5 and months is not None:
                old = add_months(today - timedelta(days=self.rng.randint(20, 200)), -months)
                if old >= start:
                    self.add(person, course, old, done)
            self.add(person, course, today - timedelta(days=self.rng.randint(8, 75)), "failed")
            return
        if state == _VALID:
            last = today - timedelta(days=10)
            first = start
            if months is not None:
                first = max(start, add_months(today, -months) + timedelta(days=45))
            completed = self._between(first, last)
            self._earlier_cycle(person, course, completed)
            self.add(person, course, completed, done)

    def _earlier_cycle(self, person: Row, course: Row, completed: date) -> None:
        months = course["refresh_months"]
        start = date.fromisoformat(person["active_from"])
        if months is None or self.rng.random() < 0.5:
            return
        earlier = add_months(completed, -months) - timedelta(days=self.rng.randint(0, 40))
        if earlier >= start:
            self.add(person, course, earlier, self.completes(course))


def build_demo_training(
    db: sqlite_utils.Database, rng: random.Random, today: date
) -> dict[str, int]:
    """Seed the catalogue if it is empty, then records, role changes and follow-up decisions
    for the staff already in ``db``. Returns counts of what was added."""
    added_courses = training_service.seed_default_catalogue(db)
    courses = repo.list_courses(db, include_retired=False)
    by_code = {c["code"]: c for c in courses}
    staff = sorted(staff_repo.list_staff(db), key=lambda s: s["id"])
    managers = [s for s in staff if "manager" in s["roles"]]
    manager = managers[0]["name"] if managers else "Training officer"
    b = _Builder(rng, today, courses, manager)
    active = [s for s in staff if _active(s, today)]
    planned: dict[tuple[int, str], str] = {}
    changes: list[dict[str, Any]] = []

    def first(pred: Any, taken: set[int]) -> Row | None:
        for s in active:
            if s["id"] not in taken and pred(s):
                return s
        return None

    taken: set[int] = set()

    def roles_are(*roles: str) -> Any:
        return lambda s: set(s["roles"]) == set(roles)

    # Stories (see the module doc). Each needs the right course in the catalogue.
    if VALIDATION_COURSE_CODE in by_code:
        # Long enough in post for a 24-month course to have expired since.
        long_ago = add_months(today - timedelta(days=60), -24).isoformat()
        v = first(lambda s: "validator" in s["roles"] and s["active_from"] <= long_ago, taken)
        if v is not None:
            taken.add(v["id"])
            planned[(v["id"], VALIDATION_COURSE_CODE)] = "expired_42"
        two_years = add_months(today, -24).isoformat()
        v = first(lambda s: "validator" in s["roles"] and s["active_from"] <= two_years, taken)
        if v is not None:
            taken.add(v["id"])
            planned[(v["id"], VALIDATION_COURSE_CODE)] = _DUE
    if "SEC" in by_code:
        v = first(roles_are("validator"), taken)
        if v is not None:
            taken.add(v["id"])
            planned[(v["id"], "SEC")] = _FAILED
    newcomer = first(roles_are("validator", "contact officer"), taken)
    if newcomer is not None:
        taken.add(newcomer["id"])
        changed = today - timedelta(days=45)
        changes.append(_change(newcomer, changed, newcomer["roles"]))
        for code, state in (("BAS", "before"), ("LEG", "after"), ("MSME", _MISSING)):
            planned[(newcomer["id"], code)] = state
    settled = first(roles_are("contact officer"), taken)
    if settled is not None:
        taken.add(settled["id"])
        changes.append(_change(settled, today - timedelta(days=70), settled["roles"]))
        planned[(settled["id"], "BAS")] = planned[(settled["id"], "LEG")] = "after"
        planned[(settled["id"], "DPR")] = _MISSING
    mover = first(lambda s: "manager" in s["roles"], taken)
    if mover is not None:
        changes.append(_change(mover, today - timedelta(days=400), mover["roles"]))

    states, weights = list(_WEIGHTS), list(_WEIGHTS.values())
    for person in staff:
        roles = set(person["roles"])
        is_active = _active(person, today)
        for course in courses:
            required = bool(roles & set(course["required_for"]))
            story = planned.get((person["id"], course["code"]))
            if story == "expired_42":
                expired_on = today - timedelta(days=42)
                b.add(person, course, add_months(expired_on, -course["refresh_months"]), "passed")
            elif story in ("before", "after"):
                is_newcomer = newcomer is not None and person["id"] == newcomer["id"]
                change = today - timedelta(days=45 if is_newcomer else 70)
                b.add(person, course, change - timedelta(days=rng.randint(200, 500)), "attended")
                if story == "after":
                    b.add(person, course, change + timedelta(days=rng.randint(5, 25)), "attended")
            elif story is not None:
                b.story(person, course, story)
            elif required and is_active:
                b.story(person, course, rng.choices(states, weights)[0])
            elif required or (is_active and rng.random() < 0.08):
                # Rotated out: what they held when they left; or took a course they did not need.
                b.story(person, course, _VALID)

    repo.insert_records_many(db, b.records)
    for c in changes:
        repo.insert_role_change(db, c)
    actions = _decisions(db, staff, courses, b.records, changes, today, manager, rng, planned)
    return {
        "courses": added_courses,
        "training_records": len(b.records),
        "role_changes": len(changes),
        "follow_up_actions": actions,
    }


def _change(person: Row, on: date, roles: list[str]) -> dict[str, Any]:
    return {
        "staff_id": person["id"],
        "changed_on": on.isoformat(),
        "roles": list(roles),
        "created_at": f"{on.isoformat()}T09:00:00Z",
    }


def _decisions(
    db: sqlite_utils.Database,
    staff: list[Row],
    courses: list[Row],
    records: list[dict[str, Any]],
    changes: list[dict[str, Any]],
    today: date,
    manager: str,
    rng: random.Random,
    stories: dict[tuple[int, str], str],
) -> int:
    """A few planned dates and two dismissals, never hiding the last follow-up of a kind nor
    one of the written stories."""
    found = tr.follow_ups(
        [training_service.to_course(c) for c in courses],
        [training_service.to_staff(s) for s in staff],
        [training_service.to_record(r) for r in records],
        [training_service.to_role_change(c) for c in changes],
        today,
    )
    code_of = {c["id"]: c["code"] for c in courses}
    free = [f for f in found if (f.staff_id, code_of[f.course_id]) not in stories]
    left = Counter(f.kind for f in found)
    decided_at = f"{(today - timedelta(days=3)).isoformat()}T09:30:00Z"
    count = 0

    def act(f: tr.FollowUp, status: str, planned_on: date | None, reason: str) -> None:
        nonlocal count
        repo.insert_action(
            db,
            {
                "staff_id": f.staff_id,
                "course_id": f.course_id,
                "kind": f.kind.value,
                "due_on": f.due_on.isoformat(),
                "status": status,
                "planned_on": planned_on.isoformat() if planned_on else None,
                "reason": reason,
                "decided_at": decided_at,
                "decided_by": manager,
            },
        )
        count += 1

    plans = (
        (tr.FollowUpKind.EXPIRED, 21),
        (tr.FollowUpKind.DUE_SOON, 14),
        (tr.FollowUpKind.MISSING, 35),
    )
    used: set[tuple[int, int]] = set()
    for kind, days in plans:
        options = [f for f in free if f.kind is kind and (f.staff_id, f.course_id) not in used]
        if options:
            f = rng.choice(options)
            used.add((f.staff_id, f.course_id))
            act(f, "planned", today + timedelta(days=days), "")
    dismissals = (
        (
            tr.FollowUpKind.MISSING,
            "Exempt: holds the equivalent certificate from the previous post (checked).",
        ),
        (tr.FollowUpKind.EXPIRED, "Leaves the unit at the end of the month; no refresher."),
    )
    for kind, reason in dismissals:
        options = [f for f in free if f.kind is kind and (f.staff_id, f.course_id) not in used]
        if options and left[kind] >= 2:
            f = rng.choice(options)
            used.add((f.staff_id, f.course_id))
            left[kind] -= 1
            act(f, "dismissed", None, reason)
    return count
