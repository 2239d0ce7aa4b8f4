"""Contact points: assign an operator's contact officers (history kept), hand an officer's
operators over to successors in one step, see coverage and loads, keep the contact log, and
apply the unit's integrity rules (maximum load, tenure, validator conflict).

Every write runs in one ``with db.atomic():`` (it nests as a savepoint inside a caller's).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from db.errors import INTEGRITY_ERRORS
from db.repositories import contacts as repo
from db.repositories import operators as operator_repo
from db.repositories import settings as settings_repo
from db.repositories import staff as staff_repo
from db.repositories.common import Row
from desktop.domain import contacts as dc
from desktop.domain import timeline
from desktop.domain.contacts import (
    CONTACT_OFFICER_ROLE,
    ContactEntry,
    ContactRole,
    ContactRules,
    FollowUpStatus,
    MoveItem,
)
from desktop.domain.errors import DomainError, NotFoundError, Problems, ValidationError
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission
from desktop.domain.training import role_label
from desktop.services import access, clock
from desktop.services.actor import Actor

logger = logging.getLogger(__name__)

#: app_settings keys of the rules.
KEY_MAX_OPERATORS = "contact_max_operators"
KEY_MAX_YEARS = "contact_max_years"
KEY_VALIDATOR_CONFLICT = "contact_validator_conflict"


@dataclass(frozen=True)
class Move:
    """One assignment a handover moves: who takes the operator over, in which role."""

    operator_id: int
    operator_name: str
    size_class: str
    role: str
    from_officer_id: int
    to_officer_id: int
    to_officer_name: str


# --- helpers ----------------------------------------------------------------------------------


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _in_post(person: Row, on: date) -> bool:
    return dc.is_active(date.fromisoformat(person["active_from"]), _d(person["active_to"]), on)


def _check_officer(db: sqlite_utils.Database, officer_id: int | None, on: date, field: str) -> Row:
    """The staff member, if they can be a contact officer on ``on``; else ValidationError."""
    if officer_id is None:
        raise ValidationError(_("choose an officer."), field=field)
    person = staff_repo.get_staff(db, officer_id)
    if person is None:
        raise ValidationError(_("the chosen person does not exist."), field=field)
    if CONTACT_OFFICER_ROLE not in person["roles"]:
        if person["roles"]:
            text = _("{name} is not a contact officer (roles: {roles}).").format(
                name=person["name"], roles=", ".join(role_label(r) for r in person["roles"])
            )
        else:
            text = _("{name} is not a contact officer (roles: none).").format(name=person["name"])
        raise ValidationError(text, field=field)
    if not _in_post(person, on):
        if person["active_from"] > on.isoformat():
            text = _("{name} is not in post on {day} (starts on {start}).").format(
                name=person["name"], day=on, start=person["active_from"]
            )
        else:
            text = _("{name} is not in post on {day} (left on {end}).").format(
                name=person["name"], day=on, end=person["active_to"]
            )
        raise ValidationError(text, field=field)
    return person


def _operator(db: sqlite_utils.Database, operator_id: int) -> Row:
    row = operator_repo.get_operator(db, operator_id)
    if row is None:
        raise ValidationError(_("the chosen operator does not exist."), field="Operator")
    return row


def _role(role: str) -> ContactRole:
    try:
        return ContactRole(role)
    except ValueError:
        raise ValidationError(
            _("must be primary or backup (got '{role}').").format(role=role), field="Role"
        ) from None


def _taken_message(operator_name: str, held: Row) -> str:
    values = {
        "operator": operator_name,
        "officer": held["officer_name"],
        "role": dc.role_noun(held["role"]),
        "start": held["start_on"],
        "end": held["end_on"],
    }
    if held["end_on"] is None:
        return _(
            "{operator} already has {officer} as {role} since {start}; end that first or use "
            "a handover."
        ).format(**values)
    return _(
        "{operator} has {officer} as {role} until {end}; start the new one after that, or "
        "change that end date."
    ).format(**values)


# --- assignments ------------------------------------------------------------------------------


def assign(
    db: sqlite_utils.Database,
    operator_id: int,
    officer_id: int,
    role: str,
    start_on: date,
    actor: Actor,
    note: str = "",
) -> int:
    """Make ``officer_id`` the operator's primary or backup contact from ``start_on``.

    Refused (ValidationError naming the field) for an officer who is not a contact officer or
    not in post on ``start_on``, a start more than a year ahead, an operator who already has
    someone in that role over that period, or the same person in both roles.
    """
    access.require(Permission.MANAGE_CONTACTS, actor)
    try:
        with db.atomic():
            return _assign(db, operator_id, officer_id, role, start_on, actor, note)
    except INTEGRITY_ERRORS as exc:
        # The partial unique index is the last line (another window, another connection).
        if repo.ONE_ACTIVE_MESSAGE not in str(exc):
            raise
        op = _operator(db, operator_id)
        held = repo.open_assignment(db, operator_id, role)
        if held is None:
            raise ValidationError(
                _("{operator} already has an active {role} contact.").format(
                    operator=op["name"], role=dc.role_noun(role)
                ),
                field="Role",
            ) from exc
        raise ValidationError(_taken_message(op["name"], held), field="Role") from exc


def _assign(
    db: sqlite_utils.Database,
    operator_id: int,
    officer_id: int,
    role: str,
    start_on: date,
    actor: Actor,
    note: str,
) -> int:
    the_role = _role(role)
    if len(note) > dc.MAX_NOTE:
        raise ValidationError(
            _("is longer than {n} characters.").format(n=dc.MAX_NOTE), field="Note"
        )
    op = _operator(db, operator_id)
    person = _check_officer(db, officer_id, start_on, "Officer")
    dc.check_date_not_too_far(start_on, clock.today(), "Start date", "The start date")
    held = repo.overlapping(db, operator_id, the_role.value, start_on.isoformat())
    if held is not None:
        raise ValidationError(_taken_message(op["name"], held), field="Role")
    other = "backup" if the_role is ContactRole.PRIMARY else "primary"
    twin = repo.overlapping(db, operator_id, other, start_on.isoformat())
    if twin is not None and twin["officer_id"] == officer_id:
        raise ValidationError(
            _(
                "{officer} is already the {role} contact of {operator}; the primary and the "
                "backup must be two people."
            ).format(officer=person["name"], role=dc.role_noun(other), operator=op["name"]),
            field="Officer",
        )
    return repo.insert_assignment(
        db,
        {
            "operator_id": operator_id,
            "officer_id": officer_id,
            "role": the_role.value,
            "start_on": start_on.isoformat(),
            "end_on": None,
            "note": note.strip(),
            "handover_id": None,
            "created_at": clock.now_iso(),
            "created_by": actor.name,
        },
    )


def assign_many(
    db: sqlite_utils.Database,
    operator_ids: Sequence[int],
    officer_id: int,
    role: str,
    start_on: date,
    actor: Actor,
    note: str = "",
) -> list[int]:
    """:func:`assign` for several operators at once: all of them, or none."""
    access.require(Permission.MANAGE_CONTACTS, actor)
    if not operator_ids:
        raise ValidationError(_("choose at least one operator."), field="Operators")
    with db.atomic():
        return [assign(db, op, officer_id, role, start_on, actor, note) for op in operator_ids]


def end_assignment(
    db: sqlite_utils.Database, assignment_id: int, end_on: date, actor: Actor
) -> None:
    """End an assignment on ``end_on`` (its last day). The row stays: history is kept."""
    access.require(Permission.MANAGE_CONTACTS, actor)
    with db.atomic():
        row = repo.get_assignment(db, assignment_id)
        if row is None:
            raise NotFoundError(
                _("Assignment {id} does not exist (any more).").format(id=assignment_id)
            )
        if row["end_on"] is not None:
            raise ValidationError(
                _("this assignment already ended on {end}.").format(end=row["end_on"]),
                field="End date",
            )
        if end_on.isoformat() < row["start_on"]:
            raise ValidationError(
                _("cannot be before the start date ({end} < {start}).").format(
                    end=end_on, start=row["start_on"]
                ),
                field="End date",
            )
        dc.check_date_not_too_far(end_on, clock.today(), "End date", "The end date")
        repo.set_end(db, assignment_id, end_on.isoformat())
        logger.info("contact assignment %s ended on %s by %s", assignment_id, end_on, actor.name)


def _with_status(r: Row, on: date) -> Row:
    start, end = date.fromisoformat(r["start_on"]), _d(r["end_on"])
    if start > on:
        r["status"] = "planned"
    elif dc.is_active(start, end, on):
        r["status"] = "active"
    else:
        r["status"] = "ended"
    return r


def history(db: sqlite_utils.Database, operator_id: int) -> list[Row]:
    """Every assignment of the operator, newest first, with officer names and a status
    (active, ended or planned, as of today)."""
    today = clock.today()
    return [_with_status(r, today) for r in repo.history(db, operator_id)]


def current_contacts(
    db: sqlite_utils.Database, operator_id: int, on: date | None = None
) -> dict[str, Row | None]:
    """{"primary": assignment or None, "backup": assignment or None}, active on ``on``."""
    day = on or clock.today()
    found: dict[str, Row | None] = {"primary": None, "backup": None}
    for r in repo.active_for_operator(db, operator_id, day.isoformat()):
        if found.get(r["role"]) is None:
            found[r["role"]] = r
    return found


def open_assignments(db: sqlite_utils.Database, officer_id: int) -> list[Row]:
    """The officer's assignments without an end (what a handover can move), MSMEs first."""
    return repo.open_of_officer(db, officer_id)


def outgoing_officers(db: sqlite_utils.Database) -> list[Row]:
    """Who can hand over: everyone holding open assignments (people who have left first need
    it most), with ``n`` open assignments and ``in_post`` today."""
    today = clock.today()
    found = repo.officers_with_open(db)
    for r in found:
        r["in_post"] = _in_post(r, today)
    return found


# --- handover ---------------------------------------------------------------------------------


def handover_preview(
    db: sqlite_utils.Database,
    from_officer_id: int,
    successors: Sequence[int],
    effective_on: date,
    operator_ids: Sequence[int] | None = None,
) -> list[Move]:
    """What a handover would move: every open assignment of the officer (or those of
    ``operator_ids``), spread round-robin over the successors, the least loaded first and
    MSMEs first. Nothing is written."""
    p = Problems()
    outgoing = staff_repo.get_staff(db, from_officer_id)
    if outgoing is None:
        p.add("Outgoing officer", _("the chosen person does not exist."))
    if not successors:
        p.add("Successor", _("choose at least one successor."))
    people: dict[int, Row] = {}
    for s in dict.fromkeys(successors):
        if s == from_officer_id:
            if outgoing:
                text = _("{name} cannot be their own successor.").format(name=outgoing["name"])
            else:
                text = _("The outgoing officer cannot be their own successor.")
            p.add("Successor", text)
            continue
        try:
            people[s] = _check_officer(db, s, effective_on, "Successor")
        except ValidationError as exc:
            p.add("Successor", exc.problems["Successor"])
    try:
        dc.check_date_not_too_far(
            effective_on, clock.today(), "Effective date", "The effective date"
        )
    except ValidationError as exc:
        p.add("Effective date", exc.problems["Effective date"])
    p.raise_if_any()
    assert outgoing is not None

    held = repo.open_of_officer(db, from_officer_id, operator_ids)
    if operator_ids is not None:
        missing = set(operator_ids) - {r["operator_id"] for r in held}
        if missing:
            names = repo.operator_names(db, sorted(missing))
            listed = ", ".join(sorted(names.get(i, f"#{i}") for i in missing)[:5])
            raise ValidationError(
                _("{name} is not the contact officer of {operators}.").format(
                    name=outgoing["name"], operators=listed
                ),
                field="Operators",
            )
    for r in held:
        if r["start_on"] >= effective_on.isoformat():
            raise ValidationError(
                _(
                    "{name} is {operator}'s {role} only from {start}; the handover must take "
                    "effect after that day."
                ).format(
                    name=outgoing["name"],
                    operator=r["operator_name"],
                    role=dc.role_noun(r["role"]),
                    start=r["start_on"],
                ),
                field="Effective date",
            )
    if not held:
        return []

    loads = {
        r["officer_id"]: int(r["operators"] or 0)
        for r in repo.loads(db, effective_on.isoformat(), list(people))
    }
    holders = {
        (h["operator_id"], h["role"]): h["officer_id"]
        for h in repo.open_holders(db, sorted({r["operator_id"] for r in held}))
    }
    items = [
        MoveItem(r["operator_id"], r["operator_name"], r["size_class"], r["role"]) for r in held
    ]
    moves: list[Move] = []
    for item, to in dc.distribute(items, list(people), loads, holders):
        if to is None:
            other = "backup" if item.role == "primary" else "primary"
            blocker = people.get(holders.get((item.operator_id, other), -1))
            values = {"role": dc.role_noun(other), "operator": item.operator_name}
            if blocker:
                text = _(
                    "{officer} is already the {role} contact of {operator}; add another "
                    "successor, or leave {operator} out."
                ).format(officer=blocker["name"], **values)
            else:
                text = _(
                    "the successor is already the {role} contact of {operator}; add another "
                    "successor, or leave {operator} out."
                ).format(**values)
            raise ValidationError(text, field="Successor")
        moves.append(
            Move(
                operator_id=item.operator_id,
                operator_name=item.operator_name,
                size_class=item.size_class,
                role=item.role,
                from_officer_id=from_officer_id,
                to_officer_id=to,
                to_officer_name=people[to]["name"],
            )
        )
    return moves


def handover(
    db: sqlite_utils.Database,
    from_officer_id: int,
    successors: Sequence[int],
    effective_on: date,
    note: str,
    actor: Actor,
    operator_ids: Sequence[int] | None = None,
) -> int:
    """Move the officer's operators (all, or ``operator_ids``) to the successors, in one
    transaction: each moved assignment ends the day before ``effective_on`` and the
    successor's starts on it, tagged with the handover. All or nothing. Returns its id."""
    access.require(Permission.MANAGE_CONTACTS, actor)
    if len(note) > dc.MAX_NOTE:
        raise ValidationError(
            _("is longer than {n} characters.").format(n=dc.MAX_NOTE), field="Note"
        )
    with db.atomic():
        moves = handover_preview(db, from_officer_id, successors, effective_on, operator_ids)
        if not moves:
            person = staff_repo.get_staff(db, from_officer_id)
            if person:
                text = _("{name} carries no operators to hand over.").format(name=person["name"])
            else:
                text = _("The officer carries no operators to hand over.")
            raise ValidationError(text, field="Operators")
        now = clock.now_iso()
        handover_id = repo.insert_handover(
            db,
            {
                "from_officer_id": from_officer_id,
                "effective_on": effective_on.isoformat(),
                "note": note.strip(),
                "moved": len(moves),
                "created_at": now,
                "created_by": actor.name,
            },
        )
        last_day = (effective_on - timedelta(days=1)).isoformat()
        ended = repo.end_open_many(
            db, [(last_day, m.operator_id, m.role, from_officer_id) for m in moves]
        )
        if ended != len(moves):
            raise DomainError(
                _("These assignments changed while the handover was prepared; preview it again.")
            )
        repo.insert_assignments_many(
            db,
            (
                {
                    "operator_id": m.operator_id,
                    "officer_id": m.to_officer_id,
                    "role": m.role,
                    "start_on": effective_on.isoformat(),
                    "end_on": None,
                    "note": note.strip(),
                    "handover_id": handover_id,
                    "created_at": now,
                    "created_by": actor.name,
                }
                for m in moves
            ),
        )
    return handover_id


def handovers(db: sqlite_utils.Database) -> list[Row]:
    """Every handover, newest first: from whom, effective when, how many moved, to whom
    (``successors``: (name, count) pairs), the note, who recorded it."""
    return repo.list_handovers(db)


# --- coverage and loads -----------------------------------------------------------------------


def coverage(
    db: sqlite_utils.Database,
    *,
    region: str | None = None,
    sector: str | None = None,
    size_class: str | None = None,
    on: date | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Operators without a primary contact on ``on`` (today), MSMEs first (micro, small,
    medium, then large), then by name; with the active backup, the previous primary and the
    last logged contact."""
    if size_class and size_class not in dc.SIZE_ORDER:
        raise ValidationError(
            _("unknown size class '{size}'.").format(size=size_class), field="Size"
        )
    day = on or clock.today()
    found = repo.uncovered(
        db,
        day.isoformat(),
        region=region or None,
        sector=sector or None,
        size_class=size_class or None,
        limit=limit,
    )
    for row in found:  # [name, last day] -> "Ana Silva (to 2025-07-12)", in the language
        if row["previous_primary"]:
            name, until = json.loads(row["previous_primary"])
            row["previous_primary"] = _("{name} (to {date})").format(name=name, date=until)
    return found


def coverage_summary(db: sqlite_utils.Database, on: date | None = None) -> dict[str, int]:
    """{"operators": n without a primary, "msmes": m of them}."""
    found = repo.count_uncovered(db, (on or clock.today()).isoformat())
    return {"operators": int(found["operators"]), "msmes": int(found["msmes"])}


def coverage_filters(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """The regions and sectors the coverage filters offer."""
    return {
        "regions": operator_repo.distinct_regions(db),
        "sectors": repo.distinct_sectors(db),
    }


def officer_loads(db: sqlite_utils.Database, on: date | None = None) -> list[Row]:
    """Per contact officer in post on ``on``: operators carried as primary, MSMEs among them,
    backups, the maximum and ``over_max``. Anyone else still carrying operators on that day
    (someone who has left, or lost the role) is listed too, with ``needs_handover``."""
    day = on or clock.today()
    limit = rules(db).max_operators
    counts = {r["officer_id"]: r for r in repo.loads(db, day.isoformat())}
    officers = staff_repo.list_staff(db, role=CONTACT_OFFICER_ROLE, active_on=day.isoformat())
    listed = {o["id"] for o in officers}
    others = [
        person
        for officer_id in counts
        if officer_id not in listed and (person := staff_repo.get_staff(db, officer_id))
    ]
    result = []
    for person in sorted([*officers, *others], key=lambda s: (s["name"].lower(), s["id"])):
        c = counts.get(person["id"], {})
        operators = int(c.get("operators") or 0)
        in_role = person["id"] in listed
        result.append(
            {
                "id": person["id"],
                "officer_id": person["id"],
                "name": person["name"],
                "office": person["office"],
                "active_to": person["active_to"],
                "operators": operators,
                "msmes": int(c.get("msmes") or 0),
                "backups": int(c.get("backups") or 0),
                "max_operators": limit,
                "over_max": operators > limit,
                "needs_handover": not in_role,
            }
        )
    return result


def long_tenure(db: sqlite_utils.Database, on: date | None = None) -> list[Row]:
    """Active primaries held by the same officer for longer than the rule's maximum years,
    the longest first."""
    day = on or clock.today()
    max_years = rules(db).max_years
    found = []
    # Only those that started before the limit's day can be over it (the rule decides).
    before = (dc.add_years(day, -max_years) + timedelta(days=1)).isoformat()
    for r in repo.active_primaries(db, day.isoformat(), before):
        start = date.fromisoformat(r["start_on"])
        if dc.tenure_exceeded(start, day, max_years):
            found.append({**r, "years": round(dc.years_between(start, day), 1)})
    return sorted(found, key=lambda r: (r["start_on"], r["operator_name"].lower()))


# --- rules ------------------------------------------------------------------------------------


def _int_setting(db: sqlite_utils.Database, key: str, default: int) -> int:
    value = settings_repo.get(db, key)
    try:
        return int(value) if value is not None else default
    except ValueError:
        logger.warning("setting %s holds %r, not a number; using %s", key, value, default)
        return default


def rules(db: sqlite_utils.Database) -> ContactRules:
    """The unit's contact rules (defaults until someone changes them)."""
    d = ContactRules()
    mode = settings_repo.get(db, KEY_VALIDATOR_CONFLICT) or d.validator_conflict
    if mode not in {m.value for m in dc.ConflictMode}:
        mode = d.validator_conflict
    return ContactRules(
        max_operators=_int_setting(db, KEY_MAX_OPERATORS, d.max_operators),
        max_years=_int_setting(db, KEY_MAX_YEARS, d.max_years),
        validator_conflict=mode,
    )


def set_rules(
    db: sqlite_utils.Database,
    *,
    max_operators: int | None = None,
    max_years: int | None = None,
    validator_conflict: str | None = None,
) -> ContactRules:
    """Change some rules (None keeps a value); refused as a whole if one value is wrong."""
    access.require(Permission.MANAGE_CONTACTS)
    with db.atomic():
        current = rules(db)
        changes: dict[str, Any] = {}
        if max_operators is not None:
            changes["max_operators"] = max_operators
        if max_years is not None:
            changes["max_years"] = max_years
        if validator_conflict is not None:
            changes["validator_conflict"] = validator_conflict
        new = dc.check_rules(replace(current, **changes))
        settings_repo.put(db, KEY_MAX_OPERATORS, str(new.max_operators))
        settings_repo.put(db, KEY_MAX_YEARS, str(new.max_years))
        settings_repo.put(db, KEY_VALIDATOR_CONFLICT, new.validator_conflict)
    return new


def assignment_conflicts(
    db: sqlite_utils.Database, case_ids: Sequence[int], staff_id: int
) -> tuple[str, list[str]]:
    """For a planned case assignment: (mode, messages). Each message names an operator of
    the cases for which ``staff_id`` is the active primary or backup contact today. ``mode``
    is the rule ("warn", "refuse" or "off"); with "off" there are no messages."""
    mode = rules(db).validator_conflict
    if mode == dc.ConflictMode.OFF.value or not case_ids:
        return mode, []
    found = repo.contacts_of_cases(db, case_ids, staff_id, clock.today().isoformat())
    return mode, [
        timeline.CONTACT_CONFLICT.say(
            officer=r["officer_name"],
            role=r["role"],
            operator=r["operator_name"],
            start=r["start_on"],
        )
        for r in found
    ]


# --- contact log ------------------------------------------------------------------------------


def log_contact(
    db: sqlite_utils.Database,
    operator_id: int,
    officer_id: int,
    contact_on: date,
    channel: str,
    topic: str,
    actor: Actor,
    advice: str = "",
    follow_up_on: date | None = None,
) -> int:
    """Record one interaction with an operator. Refusals name the field (Channel, Contact
    date, Topic, Follow-up date, Operator, Officer)."""
    access.require(Permission.LOG_CONTACT, actor)
    entry = dc.check_contact(
        ContactEntry(contact_on, channel, topic, advice, follow_up_on), clock.today()
    )
    with db.atomic():
        _operator(db, operator_id)
        person = staff_repo.get_staff(db, officer_id)
        if person is None:
            raise ValidationError(_("the chosen person does not exist."), field="Officer")
        if not _in_post(person, contact_on):
            raise ValidationError(
                _("{name} was not in post on {day}.").format(name=person["name"], day=contact_on),
                field="Officer",
            )
        return repo.insert_log(
            db,
            {
                "operator_id": operator_id,
                "officer_id": officer_id,
                "contact_on": entry.contact_on.isoformat(),
                "channel": entry.channel,
                "topic": entry.topic,
                "advice": entry.advice,
                "follow_up_on": entry.follow_up_on.isoformat() if entry.follow_up_on else None,
                "follow_up_done_on": None,
                "created_at": clock.now_iso(),
                "created_by": actor.name,
            },
        )


def _follow_up(r: Row, today: date, within_days: int) -> Row:
    status = dc.follow_up_status(
        _d(r["follow_up_on"]), _d(r["follow_up_done_on"]), today, within_days
    )
    r["follow_up_status"] = status.value
    r["overdue"] = status is FollowUpStatus.OVERDUE
    return r


def contact_log(
    db: sqlite_utils.Database, operator_id: int | None = None, limit: int = 500
) -> list[Row]:
    """The log, newest first (one operator's, or the unit's), with ``follow_up_status``."""
    today = clock.today()
    return [_follow_up(r, today, 14) for r in repo.list_log(db, operator_id, limit)]


def follow_ups_due(db: sqlite_utils.Database, within_days: int = 14) -> list[Row]:
    """Open follow-ups due within ``within_days`` (today included) and every overdue one,
    the oldest first, each with ``overdue``."""
    if within_days < 0:
        raise ValidationError(_("cannot be negative."), field="Within days")
    today = clock.today()
    until = (today + timedelta(days=within_days)).isoformat()
    return [_follow_up(r, today, within_days) for r in repo.open_follow_ups(db, until)]


def complete_follow_up(db: sqlite_utils.Database, log_id: int, done_on: date | None = None) -> None:
    """Mark the follow-up of a logged contact as done (today unless ``done_on``)."""
    access.require(Permission.LOG_CONTACT)
    day = done_on or clock.today()
    with db.atomic():
        r = repo.get_log(db, log_id)
        if r is None:
            raise NotFoundError(
                _("Contact log entry {id} does not exist (any more).").format(id=log_id)
            )
        if r["follow_up_on"] is None:
            raise ValidationError(_("this contact asked for no follow-up."), field="Follow-up date")
        if r["follow_up_done_on"] is not None:
            raise DomainError(
                _("This follow-up was already done on {day}.").format(day=r["follow_up_done_on"])
            )
        if day > clock.today():
            raise ValidationError(
                _("cannot be in the future ({day}).").format(day=day), field="Done on"
            )
        if day.isoformat() < r["contact_on"]:
            raise ValidationError(
                _("cannot be before the contact itself ({day}).").format(day=r["contact_on"]),
                field="Done on",
            )
        repo.set_follow_up_done(db, log_id, day.isoformat())
