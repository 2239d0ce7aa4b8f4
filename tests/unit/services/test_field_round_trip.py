"""Check out, work on the laptop, return, check in: between two real database files."""

from __future__ import annotations

import sqlite3

import pytest
from helpers.audits import AUDITOR, write_png
from helpers.field import (
    CHEAP,
    MANAGER,
    PASS,
    VALIDATOR_ACTOR,
    build_office,
    case_uuids,
    check_out,
    new_laptop,
    snapshot,
)

from db.repositories import field as field_repo
from desktop.domain import checklists as cl
from desktop.domain.cases import CaseState
from desktop.services import audit_service, case_service, field_service


@pytest.fixture
def office(db, tmp_path, frozen_clock):
    return build_office(db, tmp_path)


def test_round_trip(office, tmp_path):
    uuids = case_uuids(office.db, office.cases)
    pkg = check_out(office, tmp_path)

    # At the office the cases are now read-only, whatever path tries to write.
    with pytest.raises(field_service.CaseCheckedOutError):
        field_service.require_editable(office.db, office.cases[0])
    with pytest.raises(field_service.CaseCheckedOutError, match="Ana Silva's laptop"):
        case_service.transition(office.db, office.cases[1], CaseState.AUDIT_SCHEDULED, MANAGER)
    with office.db.atomic(), pytest.raises(sqlite3.IntegrityError, match="checked out"):
        office.db.execute("UPDATE cases SET summary = 'x' WHERE id = ?", [office.cases[1]])

    laptop = new_laptop(tmp_path)
    opened = field_service.open_package(laptop, pkg, PASS, VALIDATOR_ACTOR)
    assert len(opened.references) == 2
    assert snapshot(laptop, uuids) == snapshot(office.db, uuids)

    # Work on the laptop: change answers, add an attachment, close an action, log a visit.
    tr = field_repo.Translator(laptop)
    audit_id = tr.id_of("audits", snapshot(office.db, uuids)["audits"][0]["uuid"])
    items = list(audit_service.checklist(laptop, audit_id).items.values())
    audit_service.answer(
        laptop,
        audit_id,
        items[2].id,
        cl.Result.PARTIALLY_MET,
        AUDITOR,
        severity=cl.Severity.MINOR,
        note="Seals not logged on Sundays",
    )
    audit_service.answer(laptop, audit_id, items[1].id, cl.Result.NOT_APPLICABLE, AUDITOR)
    audit_service.add_evidence(
        laptop, audit_id, write_png(tmp_path, "seal.png", 9000), AUDITOR, item_id=items[2].id
    )
    (action,) = audit_service.actions(laptop, audit_id)
    audit_service.complete_action(laptop, action["id"], "New CCTV invoice attached")
    assert field_service.pending_changes(laptop)
    ret = tmp_path / "ret.aeopkg"
    result = field_service.return_cases(laptop, ret, PASS, VALIDATOR_ACTOR, kdf=CHEAP)
    assert result.seq == 1
    # Returned copies are read-only on the laptop.
    with pytest.raises(field_service.CaseCheckedOutError, match="returned"):
        audit_service.answer(laptop, audit_id, items[3].id, cl.Result.NOT_APPLICABLE, AUDITOR)

    plan = field_service.check_in(office.db, ret, PASS, MANAGER)
    assert plan.conflicts == 0
    assert plan.counts["answers"]["changed"] >= 1
    assert plan.counts["attachments"]["added"] == 1
    assert plan.counts["actions"]["changed"] == 1
    assert snapshot(office.db, uuids) == snapshot(laptop, uuids)
    field_service.require_editable(office.db, office.cases[0])  # released

    # The same package again changes nothing.
    before = snapshot(office.db, uuids)
    again = field_service.check_in(office.db, ret, PASS, MANAGER)
    assert again.already_applied is not None
    assert snapshot(office.db, uuids) == before
