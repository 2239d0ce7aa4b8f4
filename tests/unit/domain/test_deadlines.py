"""Legal deadline clocks (UCC defaults): acceptance, decision, extension, validity."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import deadlines as dl
from desktop.domain.cases import APPLICATION_OPEN, CaseState
from desktop.domain.errors import ValidationError

RULES = dl.DeadlineRules()  # the defaults: 30 / 120 / 60 / 5 / 3 years / 6 months
S = CaseState


def test_default_rules_are_the_union_customs_code_ones() -> None:
    assert (
        dl.DeadlineRules(
            acceptance_days=30,
            decision_days=120,
            extension_days=60,
            effective_days=5,
            validity_years=3,
            renewal_notice_months=6,
        )
        == RULES
    )
    RULES.validate()  # no exception


def test_acceptance_is_due_30_calendar_days_after_receipt() -> None:
    d = dl.compute(RULES, dl.CaseDates(received_on=date(2026, 1, 10)))
    assert d.acceptance_due == date(2026, 2, 9)
    assert d.decision_due is None
    assert (d.effective_on, d.expires_on, d.renewal_opens) == (None, None, None)


def test_decision_is_due_120_days_after_acceptance() -> None:
    d = dl.compute(RULES, dl.CaseDates(date(2026, 1, 10), accepted_on=date(2026, 2, 1)))
    assert d.decision_due == date(2026, 6, 1)
    assert d.acceptance_due == date(2026, 2, 9)  # stays what it was


@pytest.mark.parametrize(
    ("extension", "due"), [(0, date(2026, 6, 1)), (30, date(2026, 7, 1)), (60, date(2026, 7, 31))]
)
def test_an_extension_moves_the_decision_deadline(extension: int, due: date) -> None:
    dates = dl.CaseDates(date(2026, 1, 10), accepted_on=date(2026, 2, 1), extension_days=extension)
    assert dl.compute(RULES, dates).decision_due == due


def test_a_grant_is_effective_5_days_after_the_decision_and_valid_3_years() -> None:
    dates = dl.CaseDates(date(2025, 9, 1), date(2025, 9, 20), decided_on=date(2026, 1, 12))
    d = dl.compute(RULES, dates, granted=True)
    assert d.effective_on == date(2026, 1, 17)
    assert d.expires_on == date(2029, 1, 17)
    assert d.renewal_opens == date(2028, 7, 17)  # six months before expiry


def test_end_of_month_clamping_through_the_validity_clock() -> None:
    # Decided 24 Feb 2028 -> effective on leap day 29 Feb 2028; 2031 has no 29 Feb.
    dates = dl.CaseDates(date(2027, 9, 1), date(2027, 9, 20), decided_on=date(2028, 2, 24))
    d = dl.compute(RULES, dates, granted=True)
    assert d.effective_on == date(2028, 2, 29)
    assert d.expires_on == date(2031, 2, 28)
    assert d.renewal_opens == date(2030, 8, 28)


def test_no_validity_means_no_expiry_and_no_renewal() -> None:
    rules = dl.DeadlineRules(validity_years=None)
    dates = dl.CaseDates(date(2025, 9, 1), date(2025, 9, 20), decided_on=date(2026, 1, 12))
    d = dl.compute(rules, dates, granted=True)
    assert d.effective_on == date(2026, 1, 17)
    assert (d.expires_on, d.renewal_opens) == (None, None)


def test_a_rejection_starts_no_validity_clock() -> None:
    dates = dl.CaseDates(date(2025, 9, 1), date(2025, 9, 20), decided_on=date(2026, 1, 12))
    d = dl.compute(RULES, dates, granted=False)
    assert (d.effective_on, d.expires_on) == (None, None)


def test_programme_rules_change_the_clocks() -> None:
    rules = dl.DeadlineRules(
        acceptance_days=10,
        decision_days=90,
        effective_days=0,
        validity_years=5,
        renewal_notice_months=3,
    )
    dates = dl.CaseDates(date(2026, 1, 1), date(2026, 1, 5), decided_on=date(2026, 3, 1))
    d = dl.compute(rules, dates, granted=True)
    assert d.acceptance_due == date(2026, 1, 11)
    assert d.decision_due == date(2026, 4, 5)
    assert d.effective_on == date(2026, 3, 1)
    assert d.expires_on == date(2031, 3, 1)
    assert d.renewal_opens == date(2030, 12, 1)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 8, 31), -6, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2026, 5, 31), -15, date(2025, 2, 28)),
        (date(2026, 6, 15), 0, date(2026, 6, 15)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(
    start: date, months: int, expected: date
) -> None:
    assert dl.add_months(start, months) == expected


def test_check_extension_allows_up_to_60_days_in_all() -> None:
    assert dl.check_extension(RULES, 0, 60, "Complex supply chain") == 60
    assert dl.check_extension(RULES, 30, 30, "Second site visit") == 60


@pytest.mark.parametrize(("already", "days"), [(0, 61), (45, 30), (60, 1)])
def test_check_extension_refuses_more_than_the_programme_allows(already: int, days: int) -> None:
    with pytest.raises(ValidationError) as info:
        dl.check_extension(RULES, already, days, "a reason")
    assert info.value.fields == ["Extension (days)"]
    assert f"allows 60 days in all; {already} already granted" in str(info.value)


@pytest.mark.parametrize("days", [0, -5])
def test_check_extension_needs_a_positive_number_of_days(days: int) -> None:
    with pytest.raises(ValidationError) as info:
        dl.check_extension(RULES, 0, days, "a reason")
    assert info.value.fields == ["Extension (days)"]


def test_check_extension_needs_a_reason_and_reports_every_problem() -> None:
    with pytest.raises(ValidationError) as info:
        dl.check_extension(RULES, 0, 90, "   ")
    assert info.value.fields == ["Extension (days)", "Reason"]
    assert "needs a reason" in info.value.problems["Reason"]


DEADLINES = dl.Deadlines(
    acceptance_due=date(2026, 2, 9),
    decision_due=date(2026, 6, 1),
    effective_on=date(2026, 6, 6),
    expires_on=date(2029, 6, 6),
    renewal_opens=date(2028, 12, 6),
)


def _expected_next(state: CaseState) -> date | None:
    if state in (S.RECEIVED, S.INFO_REQUESTED):
        return DEADLINES.acceptance_due
    if state in APPLICATION_OPEN:
        return DEADLINES.decision_due
    if state is S.ACTIVE:
        return DEADLINES.expires_on
    return None


@pytest.mark.parametrize("state", list(CaseState), ids=lambda s: s.value)
def test_next_deadline_is_the_clock_that_matters_in_each_state(state: CaseState) -> None:
    assert dl.next_deadline(state, DEADLINES) == _expected_next(state)


def test_next_deadline_spot_checks() -> None:
    assert dl.next_deadline(S.INFO_REQUESTED, DEADLINES) == date(2026, 2, 9)
    assert dl.next_deadline(S.AUDIT_DONE, DEADLINES) == date(2026, 6, 1)
    assert dl.next_deadline(S.ACTIVE, DEADLINES) == date(2029, 6, 6)
    assert dl.next_deadline(S.SUSPENDED, DEADLINES) is None
    assert dl.next_deadline(S.GRANTED, DEADLINES) is None


def test_rules_validation_names_each_bad_field() -> None:
    bad = dl.DeadlineRules(
        acceptance_days=0,
        decision_days=-1,
        extension_days=-1,
        effective_days=-1,
        validity_years=0,
        renewal_notice_months=-1,
    )
    with pytest.raises(ValidationError) as info:
        bad.validate()
    assert info.value.fields == [
        "Acceptance days",
        "Decision days",
        "Extension days",
        "Effective after (days)",
        "Validity (years)",
        "Renewal notice (months)",
    ]


def test_check_case_dates() -> None:
    today = date(2026, 6, 15)
    dl.check_case_dates(dl.CaseDates(today, today, today), today)  # all on one day is fine
    with pytest.raises(ValidationError) as info:
        dl.check_case_dates(dl.CaseDates(date(2026, 6, 16)), today)
    assert info.value.fields == ["Received on"]
    with pytest.raises(ValidationError) as info:
        dl.check_case_dates(dl.CaseDates(date(2026, 5, 1), decided_on=date(2026, 4, 30)), today)
    assert info.value.fields == ["Decided on"]
    assert "before receipt" in str(info.value)
    with pytest.raises(ValidationError) as info:
        dl.check_case_dates(
            dl.CaseDates(date(2026, 5, 1), date(2026, 5, 10), decided_on=date(2026, 5, 5)), today
        )
    assert "before acceptance" in str(info.value)
    with pytest.raises(ValidationError) as info:
        dl.check_case_dates(dl.CaseDates(date(2026, 5, 1), accepted_on=date(2026, 4, 1)), today)
    assert info.value.fields == ["Accepted on"]


def test_days_left_and_parse_date() -> None:
    assert dl.days_left(date(2026, 6, 20), date(2026, 6, 15)) == 5
    assert dl.days_left(date(2026, 6, 10), date(2026, 6, 15)) == -5
    assert dl.days_left(None, date(2026, 6, 15)) is None
    assert dl.parse_date(" 2026-02-28 ", "Received on") == date(2026, 2, 28)
    with pytest.raises(ValidationError) as info:
        dl.parse_date("28/02/2026", "Received on")
    assert info.value.fields == ["Received on"]
    assert "YYYY-MM-DD" in str(info.value)
