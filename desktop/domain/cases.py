"""The case lifecycle as an explicit transition table (product.md, "Case lifecycle")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from desktop.domain.errors import InvalidTransitionError, ValidationError
from desktop.domain.i18n import _


class CaseState(Enum):
    RECEIVED = "received"
    INFO_REQUESTED = "info_requested"
    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not_accepted"
    UNDER_EXAMINATION = "under_examination"
    AUDIT_SCHEDULED = "audit_scheduled"
    AUDIT_DONE = "audit_done"
    IMPROVEMENT_PLAN = "improvement_plan"
    DECISION_PENDING = "decision_pending"
    GRANTED = "granted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    ACTIVE = "active"
    UNDER_REASSESSMENT = "under_reassessment"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    EXPIRED = "expired"
    RENEWED = "renewed"

    @property
    def label(self) -> str:
        return _(STATE_LABELS[self])

    @property
    def is_open(self) -> bool:
        """Open = work is still to be done by a validator (counts towards workload)."""
        return self in OPEN_STATES

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]


S = CaseState

STATE_LABELS: dict[CaseState, str] = {
    S.RECEIVED: "Received",
    S.INFO_REQUESTED: "Information requested",
    S.ACCEPTED: "Accepted",
    S.NOT_ACCEPTED: "Not accepted",
    S.UNDER_EXAMINATION: "Under examination",
    S.AUDIT_SCHEDULED: "Audit scheduled",
    S.AUDIT_DONE: "Audit done",
    S.IMPROVEMENT_PLAN: "Improvement plan",
    S.DECISION_PENDING: "Decision pending",
    S.GRANTED: "Granted",
    S.REJECTED: "Rejected",
    S.WITHDRAWN: "Withdrawn",
    S.ACTIVE: "Active",
    S.UNDER_REASSESSMENT: "Under reassessment",
    S.SUSPENDED: "Suspended",
    S.REVOKED: "Revoked",
    S.EXPIRED: "Expired",
    S.RENEWED: "Renewed",
}

#: States before a decision; "withdrawn" is legal from each of them.
APPLICATION_OPEN: tuple[CaseState, ...] = (
    S.RECEIVED,
    S.INFO_REQUESTED,
    S.ACCEPTED,
    S.UNDER_EXAMINATION,
    S.AUDIT_SCHEDULED,
    S.AUDIT_DONE,
    S.IMPROVEMENT_PLAN,
    S.DECISION_PENDING,
)

OPEN_STATES: frozenset[CaseState] = frozenset(
    (*APPLICATION_OPEN, S.UNDER_REASSESSMENT, S.SUSPENDED)
)

#: The whole lifecycle. Order within a tuple is the order actions are offered in the UI.
TRANSITIONS: dict[CaseState, tuple[CaseState, ...]] = {
    S.RECEIVED: (S.ACCEPTED, S.INFO_REQUESTED, S.NOT_ACCEPTED, S.WITHDRAWN),
    S.INFO_REQUESTED: (S.RECEIVED, S.NOT_ACCEPTED, S.WITHDRAWN),
    S.ACCEPTED: (S.UNDER_EXAMINATION, S.WITHDRAWN),
    S.NOT_ACCEPTED: (),
    S.UNDER_EXAMINATION: (S.AUDIT_SCHEDULED, S.DECISION_PENDING, S.WITHDRAWN),
    S.AUDIT_SCHEDULED: (S.AUDIT_DONE, S.WITHDRAWN),
    S.AUDIT_DONE: (S.DECISION_PENDING, S.IMPROVEMENT_PLAN, S.WITHDRAWN),
    S.IMPROVEMENT_PLAN: (S.DECISION_PENDING, S.WITHDRAWN),
    S.DECISION_PENDING: (S.GRANTED, S.REJECTED, S.WITHDRAWN),
    S.GRANTED: (S.ACTIVE,),
    S.REJECTED: (),
    S.WITHDRAWN: (),
    S.ACTIVE: (S.UNDER_REASSESSMENT, S.SUSPENDED, S.EXPIRED, S.REVOKED),
    S.UNDER_REASSESSMENT: (S.ACTIVE, S.SUSPENDED, S.REVOKED),
    S.SUSPENDED: (S.ACTIVE, S.REVOKED),
    S.REVOKED: (),
    S.EXPIRED: (S.RENEWED,),
    S.RENEWED: (),
}

#: Moving into these states needs a written reason (it is kept in the case's timeline).
REASON_REQUIRED: frozenset[CaseState] = frozenset(
    {
        S.INFO_REQUESTED,
        S.NOT_ACCEPTED,
        S.REJECTED,
        S.WITHDRAWN,
        S.UNDER_REASSESSMENT,
        S.SUSPENDED,
        S.REVOKED,
    }
)

#: What the action button says for a move into a state.
ACTION_LABELS: dict[CaseState, str] = {
    S.RECEIVED: "Information received",
    S.INFO_REQUESTED: "Request information…",
    S.ACCEPTED: "Accept application",
    S.NOT_ACCEPTED: "Do not accept…",
    S.UNDER_EXAMINATION: "Start examination",
    S.AUDIT_SCHEDULED: "Audit scheduled",
    S.AUDIT_DONE: "Audit done",
    S.IMPROVEMENT_PLAN: "Improvement plan",
    S.DECISION_PENDING: "Ready for decision",
    S.GRANTED: "Grant authorisation",
    S.REJECTED: "Reject…",
    S.WITHDRAWN: "Record withdrawal…",
    S.ACTIVE: "Set active",
    S.UNDER_REASSESSMENT: "Reassess…",
    S.SUSPENDED: "Suspend…",
    S.REVOKED: "Revoke…",
    S.EXPIRED: "Mark expired",
    S.RENEWED: "Mark renewed",
}


def action_label(target: CaseState) -> str:
    """What the action button says for a move into ``target``, in the current language."""
    return _(ACTION_LABELS[target])


class CaseKind(Enum):
    INITIAL = "initial"
    MONITORING = "monitoring"
    REASSESSMENT = "reassessment"
    RENEWAL = "renewal"

    @property
    def label(self) -> str:
        return _(KIND_LABELS[self])

    @property
    def start_state(self) -> CaseState:
        """Applications (initial, renewal) start at "received"; work on a granted
        authorisation starts where that authorisation is."""
        return {
            CaseKind.INITIAL: S.RECEIVED,
            CaseKind.RENEWAL: S.RECEIVED,
            CaseKind.MONITORING: S.ACTIVE,
            CaseKind.REASSESSMENT: S.UNDER_REASSESSMENT,
        }[self]


#: English kind labels (translated by :attr:`CaseKind.label`; stored English in the timeline).
KIND_LABELS: dict[CaseKind, str] = {
    CaseKind.INITIAL: "Initial application",
    CaseKind.MONITORING: "Monitoring",
    CaseKind.REASSESSMENT: "Reassessment",
    CaseKind.RENEWAL: "Renewal",
}


class Priority(Enum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def label(self) -> str:
        return _(self.value.capitalize())


def parse_state(value: str) -> CaseState:
    try:
        return CaseState(value)
    except ValueError:
        legal = ", ".join(s.value for s in CaseState)
        raise ValidationError(
            _("unknown state '{value}'. Known: {known}.").format(value=value, known=legal),
            field="State",
        ) from None


def legal_next(state: CaseState) -> tuple[CaseState, ...]:
    return TRANSITIONS[state]


def needs_reason(target: CaseState) -> bool:
    return target in REASON_REQUIRED


@dataclass(frozen=True)
class Transition:
    """A checked move, ready to be recorded as an event."""

    source: CaseState
    target: CaseState
    on: date
    reason: str


def check_transition(
    current: CaseState, target: CaseState, *, on: date, reason: str = "", not_before: date
) -> Transition:
    """Validate one move. ``not_before`` is the latest date already on the case's timeline."""
    if target not in TRANSITIONS[current]:
        raise InvalidTransitionError(
            current.value,
            target.value,
            [s.value for s in TRANSITIONS[current]],
            label=lambda code: CaseState(code).label,
        )
    reason = reason.strip()
    if needs_reason(target) and not reason:
        raise ValidationError(
            _("a reason is required to move a case to '{state}'.").format(state=target.label),
            field="Reason",
        )
    if on < not_before:
        raise ValidationError(
            _("{date} is before the case's last recorded date ({last}).").format(
                date=on.isoformat(), last=not_before.isoformat()
            ),
            field="Date",
        )
    return Transition(current, target, on, reason)
