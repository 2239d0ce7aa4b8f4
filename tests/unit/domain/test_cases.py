"""The case lifecycle: every legal move, every illegal one, reasons and dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.cases import (
    ACTION_LABELS,
    APPLICATION_OPEN,
    REASON_REQUIRED,
    STATE_LABELS,
    TRANSITIONS,
    CaseKind,
    CaseState,
    Transition,
    check_transition,
    legal_next,
    needs_reason,
    parse_state,
)
from desktop.domain.errors import InvalidTransitionError, ValidationError

S = CaseState
DAY = date(2026, 3, 2)

LEGAL = [(src, dst) for src, targets in TRANSITIONS.items() for dst in targets]
ILLEGAL = [(src, dst) for src in CaseState for dst in CaseState if dst not in TRANSITIONS[src]]


def _id(pair: tuple[CaseState, CaseState]) -> str:
    return f"{pair[0].value}->{pair[1].value}"


def test_the_table_covers_every_state_and_both_lists_partition_all_pairs() -> None:
    assert set(TRANSITIONS) == set(CaseState)
    assert len(LEGAL) + len(ILLEGAL) == len(CaseState) ** 2
    assert len(LEGAL) == 33


@pytest.mark.parametrize(("source", "target"), LEGAL, ids=[_id(p) for p in LEGAL])
def test_every_legal_transition_is_accepted(source: CaseState, target: CaseState) -> None:
    move = check_transition(
        source, target, on=DAY, reason="  Recorded in the file.  ", not_before=DAY
    )
    assert move == Transition(source, target, DAY, "Recorded in the file.")


@pytest.mark.parametrize(("source", "target"), ILLEGAL, ids=[_id(p) for p in ILLEGAL])
def test_every_illegal_transition_is_refused_with_the_legal_moves(
    source: CaseState, target: CaseState
) -> None:
    with pytest.raises(InvalidTransitionError) as info:
        check_transition(source, target, on=DAY, reason="a reason", not_before=DAY)
    err = info.value
    assert (err.current, err.target) == (source.value, target.value)
    assert err.legal == [s.value for s in TRANSITIONS[source]]
    message = str(err)
    assert f"'{source.label}'" in message  # named as people know them, not by code
    assert f"'{target.label}'" in message
    if TRANSITIONS[source]:
        listed = message.split("Legal: ", 1)[1].rstrip(".").split(", ")
        assert listed == [s.label for s in TRANSITIONS[source]]
    else:
        assert "none (this is a final state)" in message


def test_the_lifecycle_of_product_md() -> None:
    """Spot checks of the documented lifecycle, so that the table cannot drift silently."""
    assert set(legal_next(S.RECEIVED)) == {
        S.ACCEPTED,
        S.INFO_REQUESTED,
        S.NOT_ACCEPTED,
        S.WITHDRAWN,
    }
    assert S.RECEIVED in legal_next(S.INFO_REQUESTED)  # information requested <-> received
    assert set(legal_next(S.DECISION_PENDING)) == {S.GRANTED, S.REJECTED, S.WITHDRAWN}
    assert legal_next(S.GRANTED) == (S.ACTIVE,)
    assert set(legal_next(S.ACTIVE)) == {S.UNDER_REASSESSMENT, S.SUSPENDED, S.EXPIRED, S.REVOKED}
    assert set(legal_next(S.SUSPENDED)) == {S.ACTIVE, S.REVOKED}
    assert legal_next(S.EXPIRED) == (S.RENEWED,)


@pytest.mark.parametrize("state", APPLICATION_OPEN, ids=lambda s: s.value)
def test_withdrawn_is_legal_from_every_open_application_state(state: CaseState) -> None:
    assert S.WITHDRAWN in legal_next(state)


@pytest.mark.parametrize(
    "state", [s for s in CaseState if s not in APPLICATION_OPEN], ids=lambda s: s.value
)
def test_withdrawn_is_not_legal_once_the_application_is_over(state: CaseState) -> None:
    assert S.WITHDRAWN not in legal_next(state)


def test_final_and_open_states() -> None:
    assert {s for s in CaseState if s.is_final} == {
        S.NOT_ACCEPTED,
        S.REJECTED,
        S.WITHDRAWN,
        S.REVOKED,
        S.RENEWED,
    }
    assert {s for s in CaseState if s.is_open} == {
        *APPLICATION_OPEN,
        S.UNDER_REASSESSMENT,
        S.SUSPENDED,
    }


def test_every_state_is_reachable_from_received() -> None:
    seen, todo = {S.RECEIVED}, [S.RECEIVED]
    while todo:
        for nxt in TRANSITIONS[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(CaseState)


def test_every_state_has_a_label_and_an_action_label() -> None:
    assert set(STATE_LABELS) == set(CaseState)
    assert set(ACTION_LABELS) == set(CaseState)
    assert all(label.strip() for label in (*STATE_LABELS.values(), *ACTION_LABELS.values()))
    assert S.INFO_REQUESTED.label == "Information requested"


REASON_MOVES = [(src, dst) for src, dst in LEGAL if dst in REASON_REQUIRED]
PLAIN_MOVES = [(src, dst) for src, dst in LEGAL if dst not in REASON_REQUIRED]


def test_reason_required_states() -> None:
    assert {s for s in CaseState if needs_reason(s)} == {
        S.INFO_REQUESTED,
        S.NOT_ACCEPTED,
        S.REJECTED,
        S.WITHDRAWN,
        S.UNDER_REASSESSMENT,
        S.SUSPENDED,
        S.REVOKED,
    }


@pytest.mark.parametrize(("source", "target"), REASON_MOVES, ids=[_id(p) for p in REASON_MOVES])
@pytest.mark.parametrize("reason", ["", "   \n\t"], ids=["empty", "blank"])
def test_a_move_into_a_reason_state_needs_a_reason(
    source: CaseState, target: CaseState, reason: str
) -> None:
    with pytest.raises(ValidationError) as info:
        check_transition(source, target, on=DAY, reason=reason, not_before=DAY)
    assert info.value.fields == ["Reason"]
    assert target.label in str(info.value)


@pytest.mark.parametrize(("source", "target"), PLAIN_MOVES, ids=[_id(p) for p in PLAIN_MOVES])
def test_other_moves_need_no_reason(source: CaseState, target: CaseState) -> None:
    assert check_transition(source, target, on=DAY, not_before=DAY).reason == ""


def test_a_date_before_the_last_event_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        check_transition(S.RECEIVED, S.ACCEPTED, on=DAY - timedelta(days=1), not_before=DAY)
    assert info.value.fields == ["Date"]
    assert "2026-03-01 is before the case's last recorded date (2026-03-02)" in str(info.value)


def test_the_same_day_as_the_last_event_and_later_days_are_fine() -> None:
    assert check_transition(S.RECEIVED, S.ACCEPTED, on=DAY, not_before=DAY).on == DAY
    later = DAY + timedelta(days=400)
    assert check_transition(S.RECEIVED, S.ACCEPTED, on=later, not_before=DAY).on == later


def test_an_illegal_move_is_reported_before_a_missing_reason_or_a_bad_date() -> None:
    with pytest.raises(InvalidTransitionError):
        check_transition(S.REJECTED, S.WITHDRAWN, on=DAY - timedelta(days=9), not_before=DAY)


def test_parse_state() -> None:
    assert parse_state("audit_done") is S.AUDIT_DONE
    with pytest.raises(ValidationError) as info:
        parse_state("lost")
    assert info.value.fields == ["State"]
    assert "unknown state 'lost'" in str(info.value)
    assert "received" in str(info.value)


@pytest.mark.parametrize(
    ("kind", "start"),
    [
        (CaseKind.INITIAL, S.RECEIVED),
        (CaseKind.RENEWAL, S.RECEIVED),
        (CaseKind.MONITORING, S.ACTIVE),
        (CaseKind.REASSESSMENT, S.UNDER_REASSESSMENT),
    ],
)
def test_where_each_kind_of_case_starts(kind: CaseKind, start: CaseState) -> None:
    assert kind.start_state is start
    assert kind.label
