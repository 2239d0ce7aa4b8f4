"""Case use cases: create, edit, move through the lifecycle, extend, assign."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import sqlite_utils

from db.repositories import cases as case_repo
from db.repositories import operators as operator_repo
from db.repositories import programmes as programme_repo
from db.repositories import staff as staff_repo
from db.repositories.common import Row
from desktop.domain import deadlines as dl
from desktop.domain import timeline
from desktop.domain.cases import (
    KIND_LABELS,
    STATE_LABELS,
    CaseKind,
    CaseState,
    Priority,
    check_transition,
    legal_next,
)
from desktop.domain.errors import NotFoundError, Problems, ValidationError
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission
from desktop.services import access, assignment_checks, clock, field_locks
from desktop.services.actor import Actor


@dataclass(frozen=True)
class CaseInput:
    operator_id: int | None
    programme_id: int | None
    kind: str = CaseKind.INITIAL.value
    received_on: date | None = None
    priority: str = Priority.NORMAL.value
    validator_id: int | None = None
    summary: str = ""


@dataclass(frozen=True)
class CaseDetail:
    case: Row
    operator: Row
    events: list[Row]
    legal_next: tuple[CaseState, ...]
    deadlines: dl.Deadlines
    extension_left: int
    #: Whether :func:`extend_decision_period` would take an extension now (the same rule).
    can_extend: bool
    rules: dl.DeadlineRules = field(repr=False)


def has_decision_period(case: Row) -> bool:
    """An accepted application that is open and not decided has a decision period running.

    A decided case that is open again (an authorisation under reassessment) has none.
    """
    return (
        case["accepted_on"] is not None
        and case["decided_on"] is None
        and CaseState(case["state"]).is_open
    )


def rules_of(programme: Row) -> dl.DeadlineRules:
    return dl.DeadlineRules(
        acceptance_days=programme["acceptance_days"],
        decision_days=programme["decision_days"],
        extension_days=programme["extension_days"],
        effective_days=programme["effective_days"],
        validity_years=programme["validity_years"],
        renewal_notice_months=programme["renewal_notice_months"],
    )


def _d(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def derived_fields(
    rules: dl.DeadlineRules, state: CaseState, dates: dl.CaseDates
) -> dict[str, Any]:
    """Columns that follow from state, dates and rules (kept in the row for fast filtering)."""
    granted_states = {
        CaseState.GRANTED, CaseState.ACTIVE, CaseState.UNDER_REASSESSMENT, CaseState.SUSPENDED,
        CaseState.EXPIRED, CaseState.RENEWED, CaseState.REVOKED,
    }  # fmt: skip
    d = dl.compute(rules, dates, granted=state in granted_states)
    return {
        "is_open": int(state.is_open),
        "acceptance_due": _iso(d.acceptance_due),
        "decision_due": _iso(d.decision_due),
        "effective_on": _iso(d.effective_on),
        "expires_on": _iso(d.expires_on),
        "next_deadline": _iso(dl.next_deadline(state, d)),
    }


def _require_programme(db: sqlite_utils.Database, programme_id: int) -> Row:
    prog = programme_repo.get_programme(db, programme_id)
    if prog is None:
        raise ValidationError(_("the chosen programme does not exist."), field="Programme")
    return prog


def _check_validator(db: sqlite_utils.Database, staff_id: int, on: date) -> Row:
    person = staff_repo.get_staff(db, staff_id)
    if person is None:
        raise ValidationError(_("the chosen person does not exist."), field="Validator")
    if "validator" not in person["roles"]:
        raise ValidationError(
            _("{name} is not a validator.").format(name=person["name"]), field="Validator"
        )
    if person["active_from"] > on.isoformat() or (
        person["active_to"] and person["active_to"] < on.isoformat()
    ):
        raise ValidationError(
            _("{name} is not active on {date}.").format(name=person["name"], date=on),
            field="Validator",
        )
    return person


def _validate_input(db: sqlite_utils.Database, data: CaseInput) -> tuple[CaseKind, Priority, date]:
    p = Problems()
    today = clock.today()
    if data.operator_id is None or operator_repo.get_operator(db, data.operator_id) is None:
        p.add("Operator", _("choose an existing operator."))
    if data.programme_id is None or programme_repo.get_programme(db, data.programme_id) is None:
        p.add("Programme", _("choose a programme."))
    kind = priority = None
    try:
        kind = CaseKind(data.kind)
    except ValueError:
        p.add("Kind", _("unknown kind '{kind}'.").format(kind=data.kind))
    try:
        priority = Priority(data.priority)
    except ValueError:
        p.add("Priority", _("unknown priority '{priority}'.").format(priority=data.priority))
    received = data.received_on or today
    if received > today:
        p.add("Received on", _("cannot be in the future."))
    if len(data.summary) > 2000:
        p.add("Summary", _("is longer than {limit} characters.").format(limit=2000))
    p.raise_if_any()
    assert kind is not None and priority is not None
    return kind, priority, received


def next_reference(db: sqlite_utils.Database, year: int) -> str:
    return f"AEO-{year}-{case_repo.last_reference_number(db, year) + 1:05d}"


def create_case(db: sqlite_utils.Database, data: CaseInput, actor: Actor) -> int:
    access.require(Permission.CREATE_CASE, actor)
    kind, priority, received = _validate_input(db, data)
    assert data.programme_id is not None
    now = clock.now_iso()
    with db.atomic():
        rules = rules_of(_require_programme(db, data.programme_id))
        if data.validator_id is not None:
            _check_validator(db, data.validator_id, clock.today())
        state = kind.start_state
        dates = dl.CaseDates(received_on=received)
        item = {
            "reference": next_reference(db, received.year),
            "kind": kind.value,
            "programme_id": data.programme_id,
            "operator_id": data.operator_id,
            "state": state.value,
            "validator_id": data.validator_id,
            "priority": priority.value,
            "received_on": received.isoformat(),
            "extension_days": 0,
            "extension_reason": "",
            "summary": data.summary.strip(),
            "created_at": now,
            "updated_at": now,
            **derived_fields(rules, state, dates),
        }
        case_id = case_repo.insert_case(db, item)
        # Stored in English (the timeline is shown translated: timeline.describe).
        detail = timeline.CREATED.render(kind=KIND_LABELS[kind], reference=item["reference"])
        _event(db, case_id, actor, "created", on=received, to_state=state.value, detail=detail)
        if data.validator_id is not None:
            person = staff_repo.get_staff(db, data.validator_id)
            assert person is not None
            _event(db, case_id, actor, "assigned", on=clock.today(),
                   detail=timeline.ASSIGNED.render(name=person["name"]))  # fmt: skip
    return case_id


def update_case(db: sqlite_utils.Database, case_id: int, data: CaseInput, actor: Actor) -> None:
    """Edit priority, programme, summary and (before acceptance) the date of receipt."""
    access.require_case(db, case_id, Permission.EDIT_CASE, actor)
    current = _require_case(db, case_id)
    field_locks.require_editable(db, case_id)
    if data.received_on is None:  # not given: keep it (None means "today" only when creating)
        data = replace(data, received_on=date.fromisoformat(current["received_on"]))
    kind, priority, received = _validate_input(db, data)
    assert data.programme_id is not None
    if kind.value != current["kind"]:
        raise ValidationError(
            _("the kind of a case cannot change; create a new case."), field="Kind"
        )
    if data.operator_id != current["operator_id"]:
        raise ValidationError(_("a case cannot move to another operator."), field="Operator")
    state = CaseState(current["state"])
    dates = _dates(current)
    if received.isoformat() != current["received_on"]:
        if current["accepted_on"] or current["decided_on"]:
            raise ValidationError(
                _("the date of receipt cannot change once the application is accepted."),
                field="Received on",
            )
        # The timeline must stay in order: no state change before the application came in.
        last_move = case_repo.last_state_date(db, case_id, include_creation=False)
        if last_move is not None and received.isoformat() > last_move:
            raise ValidationError(
                _("cannot be after {date}, when the case last changed state.").format(
                    date=last_move
                ),
                field="Received on",
            )
        dates = dl.CaseDates(received, dates.accepted_on, dates.decided_on, dates.extension_days)
    changes: dict[str, Any] = {}
    if priority.value != current["priority"]:
        changes["priority"] = priority.value
    if data.programme_id != current["programme_id"]:
        changes["programme_id"] = data.programme_id
    if data.summary.strip() != current["summary"]:
        changes["summary"] = data.summary.strip()
    if received.isoformat() != current["received_on"]:
        changes["received_on"] = received.isoformat()
    if not changes:
        return
    with db.atomic():
        rules = rules_of(_require_programme(db, data.programme_id))
        changes.update(derived_fields(rules, state, dates))
        changes["updated_at"] = clock.now_iso()
        case_repo.update_case(db, case_id, changes)
        if "received_on" in changes:
            case_repo.set_created_date(db, case_id, changes["received_on"])
        edited = timeline.EDITED_FIELDS
        what = ", ".join(edited[k] for k in sorted(changes) if k in edited)
        _event(db, case_id, actor, "edited", on=clock.today(),
               detail=timeline.CHANGED.render(fields=what))  # fmt: skip


def _require_case(db: sqlite_utils.Database, case_id: int) -> Row:
    row = case_repo.get_case(db, case_id)
    if row is None:
        raise NotFoundError(_("Case {id} does not exist (any more).").format(id=case_id))
    return row


def _dates(row: Row) -> dl.CaseDates:
    received = _d(row["received_on"])
    assert received is not None
    return dl.CaseDates(
        received_on=received,
        accepted_on=_d(row["accepted_on"]),
        decided_on=_d(row["decided_on"]),
        extension_days=row["extension_days"],
    )


def _event(
    db: sqlite_utils.Database,
    case_id: int,
    actor: Actor,
    kind: str,
    *,
    on: date,
    from_state: str | None = None,
    to_state: str | None = None,
    detail: str = "",
    reason: str = "",
) -> None:
    case_repo.insert_event(
        db,
        {
            "case_id": case_id,
            "at": clock.now_iso(),
            "effective_on": on.isoformat(),
            "actor": actor.name,
            "actor_staff_id": actor.staff_id,
            "kind": kind,
            "from_state": from_state,
            "to_state": to_state,
            "detail": detail,
            "reason": reason,
        },
    )


def transition(
    db: sqlite_utils.Database,
    case_id: int,
    target: CaseState,
    actor: Actor,
    *,
    reason: str = "",
    on: date | None = None,
) -> None:
    """Move a case to ``target`` on date ``on`` (default today); refuse illegal moves."""
    access.require_case(db, case_id, Permission.EDIT_CASE, actor)
    on = on or clock.today()
    if on > clock.today():
        raise ValidationError(_("cannot be in the future."), field="Date")
    with db.atomic():
        row = _require_case(db, case_id)
        field_locks.require_editable(db, case_id)
        current = CaseState(row["state"])
        last = case_repo.last_state_date(db, case_id) or row["received_on"]
        move = check_transition(
            current, target, on=on, reason=reason, not_before=date.fromisoformat(last)
        )
        dates = _dates(row)
        if target is CaseState.ACCEPTED and dates.accepted_on is None:
            dates = dl.CaseDates(dates.received_on, on, dates.decided_on, dates.extension_days)
        if target in (CaseState.GRANTED, CaseState.REJECTED):
            dates = dl.CaseDates(dates.received_on, dates.accepted_on, on, dates.extension_days)
        dl.check_case_dates(dates, clock.today())
        rules = rules_of(_require_programme(db, row["programme_id"]))
        changes = {
            "state": target.value,
            "accepted_on": _iso(dates.accepted_on),
            "decided_on": _iso(dates.decided_on),
            "updated_at": clock.now_iso(),
            **derived_fields(rules, target, dates),
        }
        case_repo.update_case(db, case_id, changes)
        moved = timeline.MOVED.render(
            from_state=STATE_LABELS[current], to_state=STATE_LABELS[target]
        )
        _event(db, case_id, actor, "transition", on=move.on, from_state=current.value,
               to_state=target.value, detail=moved, reason=move.reason)  # fmt: skip


def extend_decision_period(
    db: sqlite_utils.Database, case_id: int, days: int, reason: str, actor: Actor
) -> None:
    access.require_case(db, case_id, Permission.EDIT_CASE, actor)
    with db.atomic():
        row = _require_case(db, case_id)
        field_locks.require_editable(db, case_id)
        state = CaseState(row["state"])
        if not has_decision_period(row):
            raise ValidationError(
                _("only an accepted, open application has a decision period to extend."),
                field="Extension (days)",
            )
        rules = rules_of(_require_programme(db, row["programme_id"]))
        total = dl.check_extension(rules, row["extension_days"], days, reason)
        dates = dl.CaseDates(_d(row["received_on"]) or clock.today(), _d(row["accepted_on"]),
                             _d(row["decided_on"]), total)  # fmt: skip
        changes = {
            "extension_days": total,
            "extension_reason": "; ".join(filter(None, [row["extension_reason"], reason.strip()])),
            "updated_at": clock.now_iso(),
            **derived_fields(rules, state, dates),
        }
        case_repo.update_case(db, case_id, changes)
        _event(db, case_id, actor, "extended", on=clock.today(),
               detail=timeline.EXTENDED.render(days=days, due=changes["decision_due"]),
               reason=reason.strip())  # fmt: skip


def assign(
    db: sqlite_utils.Database,
    case_ids: Sequence[int],
    staff_id: int | None,
    actor: Actor,
    *,
    reason: str = "",
) -> int:
    """Assign (or unassign, with ``None``) many cases in one transaction; return how many
    changed. Either every case is assigned or none is."""
    access.require(Permission.ASSIGN, actor)
    if not case_ids:
        raise ValidationError(_("select at least one case."), field="Cases")
    today = clock.today()
    with db.atomic():
        name: str | None = None  # unassigned
        warnings: list[str] = []
        if staff_id is not None:
            name = _check_validator(db, staff_id, today)["name"]
            checked = assignment_checks.check(db, case_ids, staff_id)
            if checked.refusals:
                raise ValidationError(" ".join(checked.refusals), field="Validator")
            warnings = checked.warnings
        found = case_repo.get_cases(db, case_ids)
        missing = set(case_ids) - {r["id"] for r in found}
        if missing:
            raise NotFoundError(
                _("{count} of the selected cases no longer exist.").format(count=len(missing))
            )
        for row in found:
            if row["validator_id"] != staff_id:
                field_locks.require_editable(db, int(row["id"]))
        changed = 0
        now = clock.now_iso()
        for row in found:
            if row["validator_id"] == staff_id:
                continue
            case_repo.update_case(db, row["id"], {"validator_id": staff_id, "updated_at": now})
            _event(db, row["id"], actor, "assigned", on=today,
                   detail=timeline.assignment(bool(row["validator_id"]), name, warnings),
                   reason=reason.strip())  # fmt: skip
            changed += 1
    return changed


def case_detail(db: sqlite_utils.Database, case_id: int) -> CaseDetail:
    row = _require_case(db, case_id)
    operator = operator_repo.get_operator(db, row["operator_id"])
    assert operator is not None
    programme = _require_programme(db, row["programme_id"])
    rules = rules_of(programme)
    state = CaseState(row["state"])
    d = dl.compute(rules, _dates(row), granted=row["effective_on"] is not None)
    extension_left = max(0, rules.extension_days - row["extension_days"])
    return CaseDetail(
        case=row,
        operator=operator,
        events=case_repo.list_events(db, case_id),
        legal_next=legal_next(state),
        deadlines=d,
        extension_left=extension_left,
        can_extend=has_decision_period(row) and extension_left > 0,
        rules=rules,
    )
