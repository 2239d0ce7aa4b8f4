"""Legal deadline clocks (Union Customs Code defaults, editable per programme).

Calendar days throughout. The extension of the decision period needs a reason.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.cases import CaseState
from desktop.domain.errors import Problems, ValidationError
from desktop.domain.i18n import _


@dataclass(frozen=True)
class DeadlineRules:
    acceptance_days: int = 30
    decision_days: int = 120
    extension_days: int = 60
    effective_days: int = 5
    validity_years: int | None = 3
    renewal_notice_months: int = 6

    def validate(self) -> None:
        p = Problems()
        if self.acceptance_days <= 0:
            p.add("Acceptance days", _("must be at least 1."))
        if self.decision_days <= 0:
            p.add("Decision days", _("must be at least 1."))
        if self.extension_days < 0:
            p.add("Extension days", _("cannot be negative."))
        if self.effective_days < 0:
            p.add("Effective after (days)", _("cannot be negative."))
        if self.validity_years is not None and self.validity_years <= 0:
            p.add("Validity (years)", _("must be at least 1, or empty for no expiry."))
        if self.renewal_notice_months < 0:
            p.add("Renewal notice (months)", _("cannot be negative."))
        p.raise_if_any()


@dataclass(frozen=True)
class CaseDates:
    received_on: date
    accepted_on: date | None = None
    decided_on: date | None = None
    extension_days: int = 0


@dataclass(frozen=True)
class Deadlines:
    acceptance_due: date
    decision_due: date | None
    effective_on: date | None
    expires_on: date | None
    renewal_opens: date | None


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def compute(rules: DeadlineRules, dates: CaseDates, *, granted: bool = False) -> Deadlines:
    acceptance_due = dates.received_on + timedelta(days=rules.acceptance_days)
    decision_due = None
    if dates.accepted_on is not None:
        decision_due = dates.accepted_on + timedelta(
            days=rules.decision_days + dates.extension_days
        )
    effective_on = expires_on = renewal_opens = None
    if granted and dates.decided_on is not None:
        effective_on = dates.decided_on + timedelta(days=rules.effective_days)
        if rules.validity_years:
            expires_on = add_months(effective_on, 12 * rules.validity_years)
            renewal_opens = add_months(expires_on, -rules.renewal_notice_months)
    return Deadlines(acceptance_due, decision_due, effective_on, expires_on, renewal_opens)


def next_deadline(state: CaseState, deadlines: Deadlines) -> date | None:
    """The clock that matters now: acceptance, then decision, then the authorisation's expiry."""
    if state in (CaseState.RECEIVED, CaseState.INFO_REQUESTED):
        return deadlines.acceptance_due
    if state.is_open and state not in (CaseState.UNDER_REASSESSMENT, CaseState.SUSPENDED):
        return deadlines.decision_due
    if state is CaseState.ACTIVE:
        return deadlines.expires_on
    return None


def check_extension(rules: DeadlineRules, already: int, days: int, reason: str) -> int:
    """Validate an extension of the decision period; return the new total extension."""
    p = Problems()
    if days <= 0:
        p.add("Extension (days)", _("must be at least 1."))
    elif already + days > rules.extension_days:
        p.add(
            "Extension (days)",
            _("the programme allows {days} days in all; {already} already granted.").format(
                days=rules.extension_days, already=already
            ),
        )
    if not reason.strip():
        p.add("Reason", _("an extension of the decision period needs a reason."))
    p.raise_if_any()
    return already + days


def check_case_dates(dates: CaseDates, today: date) -> None:
    p = Problems()
    if dates.received_on > today:
        p.add("Received on", _("cannot be in the future."))
    if dates.accepted_on is not None and dates.accepted_on < dates.received_on:
        p.add("Accepted on", _("cannot be before the date of receipt."))
    if dates.decided_on is not None and dates.decided_on < dates.received_on:
        p.add("Decided on", _("a decision cannot be dated before receipt."))
    if (
        dates.decided_on is not None
        and dates.accepted_on is not None
        and dates.decided_on < dates.accepted_on
    ):
        p.add("Decided on", _("a decision cannot be dated before acceptance."))
    p.raise_if_any()


def days_left(due: date | None, today: date) -> int | None:
    return None if due is None else (due - today).days


def parse_date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            _("'{text}' is not a date (use YYYY-MM-DD).").format(text=text), field=field
        ) from None
