"""Contact points: the rules that do not need a database.

An operator's contact officer (primary, optionally a backup) holds the post from ``start_on``
to ``end_on`` inclusive; an open assignment has no end. The unit's integrity rules (a maximum
load per officer, a tenure limit, what to do when a case's validator is also the operator's
contact) are a :class:`ContactRules` value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.i18n import _

#: How far ahead an assignment, a handover or a follow-up may be dated.
MAX_DAYS_AHEAD = 365
#: Free text limits (note, topic, advice).
MAX_NOTE = 2000
MAX_TOPIC = 200
MAX_ADVICE = 4000


class ContactRole(Enum):
    PRIMARY = "primary"
    BACKUP = "backup"

    @property
    def label(self) -> str:
        return _("Primary") if self is ContactRole.PRIMARY else _("Backup")


def role_noun(role: str) -> str:
    """ "primary" or "backup" as it reads inside a sentence, in the current language."""
    return {"primary": _("primary"), "backup": _("backup")}.get(role, role)


class Channel(Enum):
    VISIT = "visit"
    PHONE = "phone"
    EMAIL = "email"
    SEMINAR = "seminar"
    OUTREACH = "outreach"

    @property
    def label(self) -> str:
        return _(CHANNEL_LABELS[self])


#: English labels; :attr:`Channel.label` gives them in the current language.
CHANNEL_LABELS = {
    Channel.VISIT: "Visit",
    Channel.PHONE: "Phone",
    Channel.EMAIL: "E-mail",
    Channel.SEMINAR: "Seminar",
    Channel.OUTREACH: "Outreach event",
}


class ConflictMode(Enum):
    """What to do when a case's validator is also the operator's contact officer."""

    WARN = "warn"
    REFUSE = "refuse"
    OFF = "off"


#: Coverage order: MSMEs first, the smallest first.
SIZE_ORDER = {"micro": 0, "small": 1, "medium": 2, "large": 3}
MSME = frozenset({"micro", "small", "medium"})

#: The role a staff member needs to be a contact officer.
CONTACT_OFFICER_ROLE = "contact officer"


@dataclass(frozen=True)
class ContactRules:
    max_operators: int = 40
    max_years: int = 5
    validator_conflict: str = ConflictMode.WARN.value


#: Bounds of the configurable rules (inclusive).
MAX_OPERATORS_RANGE = (1, 1000)
MAX_YEARS_RANGE = (1, 40)


def check_rules(rules: ContactRules) -> ContactRules:
    """Return ``rules`` if every value is possible; raise ValidationError naming the field."""
    p = Problems()
    lo, hi = MAX_OPERATORS_RANGE
    if not lo <= rules.max_operators <= hi:
        p.add(
            "Maximum operators",
            _("must be between {lo} and {hi} (got {value}).").format(
                lo=lo, hi=hi, value=rules.max_operators
            ),
        )
    lo, hi = MAX_YEARS_RANGE
    if not lo <= rules.max_years <= hi:
        p.add(
            "Maximum years",
            _("must be between {lo} and {hi} (got {value}).").format(
                lo=lo, hi=hi, value=rules.max_years
            ),
        )
    modes = [m.value for m in ConflictMode]
    if rules.validator_conflict not in modes:
        p.add(
            "Validator conflict",
            _("must be one of {modes} (got '{value}').").format(
                modes=", ".join(modes), value=rules.validator_conflict
            ),
        )
    p.raise_if_any()
    return rules


def is_active(start_on: date, end_on: date | None, on: date) -> bool:
    """Whether an assignment (or a staff member's time in post) covers ``on``; both ends count."""
    return start_on <= on and (end_on is None or end_on >= on)


def overlaps(end_on: date | None, new_start: date) -> bool:
    """Whether an existing assignment (with its end, or open) overlaps a new open-ended one
    that starts on ``new_start``. Its own start does not matter: an open-ended new one reaches
    every later day."""
    return end_on is None or end_on >= new_start


def add_years(d: date, years: int) -> date:
    """``d`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def tenure_exceeded(start_on: date, on: date, max_years: int) -> bool:
    """True once an officer has held the post for *longer* than ``max_years``: on the
    anniversary itself not yet, from the next day on."""
    return on > add_years(start_on, max_years)


def years_between(start_on: date, on: date) -> float:
    return max(0.0, (on - start_on).days / 365.25)


def check_date_not_too_far(value: date, today: date, field: str, what: str) -> None:
    """Refuse a date more than :data:`MAX_DAYS_AHEAD` days after ``today``. ``what`` names
    the date in English ("The start date"); the message gives it in the current language."""
    latest = today + timedelta(days=MAX_DAYS_AHEAD)
    if value > latest:
        raise ValidationError(
            _("{what} {day} is more than a year ahead; {latest} at the latest.").format(
                what=_date_name(what), day=value, latest=latest
            ),
            field=field,
        )


def _date_name(what: str) -> str:
    """The subject of :func:`check_date_not_too_far`'s message, translated."""
    return {
        "The start date": _("The start date"),
        "The end date": _("The end date"),
        "The effective date": _("The effective date"),
    }.get(what, what)


def size_rank(size_class: str) -> int:
    return SIZE_ORDER.get(size_class, len(SIZE_ORDER))


@dataclass(frozen=True)
class MoveItem:
    """One assignment to hand over (what :func:`distribute` needs to know about it)."""

    operator_id: int
    operator_name: str
    size_class: str
    role: str


def handover_order(items: Sequence[MoveItem]) -> list[MoveItem]:
    """MSMEs first (micro, small, medium, large), primaries before backups, then by name."""
    return sorted(
        items,
        key=lambda m: (size_rank(m.size_class), m.role != "primary", m.operator_name.lower(),
                       m.operator_id),
    )  # fmt: skip


def distribute(
    items: Sequence[MoveItem],
    successors: Sequence[int],
    loads: dict[int, int],
    holders: dict[tuple[int, str], int] | None = None,
) -> list[tuple[MoveItem, int | None]]:
    """Give each item a successor, round-robin, the least-loaded successor first.

    ``successors`` are taken in ascending order of ``loads`` (ties keep the given order), and
    the items in :func:`handover_order`, so that MSMEs are spread over the successors first.
    ``holders`` maps (operator_id, role) -> the officer who holds that role after the move; an
    officer is never given both roles of one operator, so such an item goes to the next
    successor in turn. When no successor fits, the item gets ``None``.
    """
    order = sorted(
        dict.fromkeys(successors),
        key=lambda s: loads.get(s, 0),
    )
    holding = dict(holders or {})
    result: list[tuple[MoveItem, int | None]] = []
    turn = 0
    for item in handover_order(items):
        other = "backup" if item.role == "primary" else "primary"
        chosen: int | None = None
        for k in range(len(order)):
            candidate = order[(turn + k) % len(order)]
            if holding.get((item.operator_id, other)) != candidate:
                chosen = candidate
                turn = (turn + k + 1) % len(order)
                break
        if chosen is not None:
            holding[(item.operator_id, item.role)] = chosen
        result.append((item, chosen))
    return result


class FollowUpStatus(Enum):
    NONE = "none"  # no follow-up asked for
    DONE = "done"
    OVERDUE = "overdue"  # the date has passed
    DUE = "due"  # within the window (today included)
    LATER = "later"  # further ahead than the window

    @property
    def label(self) -> str:
        return {
            FollowUpStatus.NONE: _("No follow-up"),
            FollowUpStatus.DONE: _("Done"),
            FollowUpStatus.OVERDUE: _("Overdue"),
            FollowUpStatus.DUE: _("Due soon"),
            FollowUpStatus.LATER: _("Later"),
        }[self]


def follow_up_status(
    follow_up_on: date | None, done_on: date | None, today: date, within_days: int
) -> FollowUpStatus:
    if follow_up_on is None:
        return FollowUpStatus.NONE
    if done_on is not None:
        return FollowUpStatus.DONE
    if follow_up_on < today:
        return FollowUpStatus.OVERDUE
    if follow_up_on <= today + timedelta(days=within_days):
        return FollowUpStatus.DUE
    return FollowUpStatus.LATER


@dataclass(frozen=True)
class ContactEntry:
    """A contact to record, before it is checked."""

    contact_on: date
    channel: str
    topic: str
    advice: str = ""
    follow_up_on: date | None = None


def check_contact(entry: ContactEntry, today: date) -> ContactEntry:
    """Return the entry, trimmed, or raise ValidationError naming every wrong field."""
    p = Problems()
    if entry.channel not in {c.value for c in Channel}:
        labels = ", ".join(c.label.lower() for c in Channel)
        p.add("Channel", _("choose one of: {labels}.").format(labels=labels))
    if entry.contact_on > today:
        p.add("Contact date", _("cannot be in the future ({day}).").format(day=entry.contact_on))
    topic = entry.topic.strip()
    if not topic:
        p.add("Topic", _("is required: say what the contact was about."))
    elif len(topic) > MAX_TOPIC:
        p.add("Topic", _("is longer than {n} characters.").format(n=MAX_TOPIC))
    if len(entry.advice) > MAX_ADVICE:
        p.add("Advice", _("is longer than {n} characters.").format(n=MAX_ADVICE))
    if entry.follow_up_on is not None:
        if entry.follow_up_on < entry.contact_on:
            p.add(
                "Follow-up date",
                _("cannot be before the contact ({follow_up} < {contact}).").format(
                    follow_up=entry.follow_up_on, contact=entry.contact_on
                ),
            )
        elif entry.follow_up_on > today + timedelta(days=MAX_DAYS_AHEAD):
            p.add("Follow-up date", _("is more than a year ahead."))
    p.raise_if_any()
    return ContactEntry(
        contact_on=entry.contact_on,
        channel=entry.channel,
        topic=topic,
        advice=entry.advice.strip(),
        follow_up_on=entry.follow_up_on,
    )
