"""Permissions are enforced in the services: each role calls them directly."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.audits import case_in, install_mini, item_ids, plan
from helpers.builders import make_validator

from desktop.domain import checklists as cl
from desktop.domain.permissions import Permission, allowed, refusal
from desktop.services import (
    access,
    audit_service,
    case_service,
    contact_service,
    field_service,
    templates,
)
from desktop.services.access import PermissionDeniedError
from desktop.services.actor import Actor


def as_role(*roles: str, staff_id: int | None = None) -> Actor:
    return Actor(name=f"{'/'.join(roles)} user", staff_id=staff_id, roles=frozenset(roles))


@pytest.fixture
def unit(db, frozen_clock):
    ana = make_validator(db, name="Ana Silva")
    ben = make_validator(db, name="Ben Okafor")
    officer = make_validator(db, name="Chloé Martin", roles=["contact_officer"])
    mine = case_in(db, validator_id=ana)
    theirs = case_in(db, validator_id=ben)
    my_audit = plan(db, case_id=mine, lead_validator_id=ana)
    their_audit = plan(db, case_id=theirs, lead_validator_id=ben)
    yield {
        "db": db, "ana": ana, "ben": ben, "officer": officer, "mine": mine, "theirs": theirs,
        "my_audit": my_audit, "their_audit": their_audit,
    }  # fmt: skip
    access.sign_in(None)


def test_validator_edits_only_their_own_cases(unit):
    db, ana = unit["db"], as_role("validator", staff_id=unit["ana"])
    case_service.extend_decision_period(db, unit["mine"], 10, "Waiting for the operator", ana)
    with pytest.raises(PermissionDeniedError, match="only the cases assigned to you"):
        case_service.extend_decision_period(db, unit["theirs"], 10, "Not mine", ana)


def test_validator_works_only_on_their_own_audits(unit):
    db, ana = unit["db"], as_role("validator", staff_id=unit["ana"])
    item = next(iter(item_ids(db, unit["my_audit"]).values()))
    audit_service.answer(db, unit["my_audit"], item, cl.Result.MET, ana)
    other = next(iter(item_ids(db, unit["their_audit"]).values()))
    with pytest.raises(PermissionDeniedError, match="audits you lead"):
        audit_service.answer(db, unit["their_audit"], other, cl.Result.MET, ana)


@pytest.mark.parametrize(
    "call",
    [
        lambda u, a: case_service.assign(u["db"], [u["theirs"]], u["ana"], a),
        lambda u, a: field_service.force_release(u["db"], [u["mine"]], "because", a),
        lambda u, a: templates.set_retired(u["db"], install_mini(u["db"]), True),
    ],
    ids=["assign", "force-release", "retire-template"],
)
def test_validator_calling_manager_or_admin_services_is_refused(unit, call):
    ana = as_role("validator", staff_id=unit["ana"])
    access.sign_in(ana)  # the services without an actor argument ask who is signed in
    with pytest.raises(PermissionDeniedError, match=r"Only an? "):
        call(unit, ana)


def test_manager_assigns_and_releases_but_does_not_manage_templates(unit):
    db, boss = unit["db"], as_role("manager")
    assert case_service.assign(db, [unit["theirs"]], unit["ana"], boss) == 1
    case_service.extend_decision_period(db, unit["theirs"], 5, "Manager's call", boss)
    access.sign_in(boss)
    with pytest.raises(PermissionDeniedError, match="Only an administrator"):
        templates.set_retired(db, install_mini(db), True)


def test_admin_manages_templates_but_does_not_assign(unit):
    db, admin = unit["db"], as_role("admin")
    access.sign_in(admin)
    templates.set_retired(db, install_mini(db), True)
    with pytest.raises(PermissionDeniedError, match="Only a manager can assign work"):
        case_service.assign(db, [unit["mine"]], unit["ben"], admin)


def test_contact_officer_logs_contacts_but_does_not_change_cases(unit):
    db, officer = unit["db"], as_role("contact_officer", staff_id=unit["officer"])
    operator_id = db.execute(
        "SELECT operator_id FROM cases WHERE id = ?", [unit["mine"]]
    ).fetchone()[0]
    contact_service.log_contact(
        db, operator_id, unit["officer"], date(2026, 6, 15), "phone", "AEO renewal", officer
    )
    with pytest.raises(PermissionDeniedError, match="Only a validator or manager"):
        case_service.extend_decision_period(db, unit["mine"], 10, "No", officer)


def test_no_signed_in_user_means_no_checks(unit):
    """A database without users (maintenance, the command line): nothing to check against."""
    case_service.assign(unit["db"], [unit["mine"]], unit["ben"], Actor(name="maintenance"))


def test_read_policy_for_validators(unit):
    db = unit["db"]
    ana = as_role("validator", staff_id=unit["ana"])
    assert access.readable_validator(db, ana) is None  # the default: validators read all
    db.execute("UPDATE app_settings SET value = '0' WHERE key = 'policy.validators_read_all'")
    assert access.readable_validator(db, ana) == unit["ana"]
    assert access.readable_validator(db, as_role("manager")) is None


def test_every_permission_has_a_role_and_a_sentence():
    for p in Permission:
        assert any(allowed({r}, p) for r in ("validator", "contact_officer", "manager", "admin"))
        assert refusal(p).startswith("Only ") and refusal(p).endswith(".")
