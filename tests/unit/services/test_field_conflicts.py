"""Check-in conflicts are shown, decided by a person, and never overwrite silently."""

from __future__ import annotations

import pytest
from helpers.audits import AUDITOR
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

from db.repositories import audits as audit_repo
from db.repositories import field as field_repo
from desktop.domain import checklists as cl
from desktop.domain.errors import DomainError
from desktop.services import audit_service, field_service


@pytest.fixture
def office(db, tmp_path, frozen_clock):
    return build_office(db, tmp_path)


def _laptop_audit(laptop, office):
    uuid = snapshot(office.db, case_uuids(office.db, office.cases))["audits"][0]["uuid"]
    audit_id = field_repo.Translator(laptop).id_of("audits", uuid)
    return audit_id, list(audit_service.checklist(laptop, audit_id).items.values())


def _answer(db, audit_id, item, result=cl.Result.NOT_APPLICABLE, note=""):
    sev = cl.Severity.MINOR if result.is_shortfall else None
    audit_service.answer(db, audit_id, item.id, result, AUDITOR, severity=sev, note=note)


def _answers(db, audit_id):
    return {a["item_id"]: (a["result"], a["note"]) for a in audit_repo.answers(db, audit_id)}


def _out_and_back(office, tmp_path, work):
    """Check out, open on a fresh laptop, let ``work(laptop)`` change things, return."""
    pkg = check_out(office, tmp_path)
    laptop = new_laptop(tmp_path)
    field_service.open_package(laptop, pkg, PASS, VALIDATOR_ACTOR)
    work(laptop)
    ret = tmp_path / f"ret-{field_repo.next_return_seq(laptop)}.aeopkg"
    field_service.return_cases(laptop, ret, PASS, VALIDATOR_ACTOR, kdf=CHEAP)
    return laptop, ret


def test_forced_release_then_office_edit_is_a_conflict(office, tmp_path):
    changed = {}

    def work(laptop):
        audit_id, items = _laptop_audit(laptop, office)
        _answer(laptop, audit_id, items[2], cl.Result.NOT_APPLICABLE, "laptop says n/a")
        changed["item_code"] = items[2].code

    _laptop, ret = _out_and_back(office, tmp_path, work)
    field_service.force_release(office.db, office.cases, "Laptop stolen at the port", MANAGER)
    items = {i.code: i for i in audit_service.checklist(office.db, office.audit_id).items.values()}
    _answer(office.db, office.audit_id, items[changed["item_code"]], cl.Result.MET, "office: met")
    before = snapshot(office.db, case_uuids(office.db, office.cases))

    with pytest.raises(field_service.ConflictsError) as caught:
        field_service.check_in(office.db, ret, PASS, MANAGER)
    plan = caught.value.plan
    assert {c.reason.split()[0] for c in plan.case_conflicts} == {"A"}  # "A manager released…"
    (row,) = plan.row_conflicts
    assert row.table == "audit_answers"
    assert row.office["note"] == "office: met" and row.laptop["note"] == "laptop says n/a"
    assert snapshot(office.db, case_uuids(office.db, office.cases)) == before  # nothing changed

    # Deciding: merge the cases, keep the office's answer.
    decisions = {c.key: "merge" for c in plan.case_conflicts} | {row.key: "office"}
    done = field_service.check_in(office.db, ret, PASS, MANAGER, decisions=decisions)
    assert done.package_id == plan.package_id
    item_id = items[changed["item_code"]].id
    assert _answers(office.db, office.audit_id)[item_id] == ("met", "office: met")


def test_forced_release_conflict_resolved_for_the_laptop(office, tmp_path):
    code = {}

    def work(laptop):
        audit_id, items = _laptop_audit(laptop, office)
        _answer(laptop, audit_id, items[2], cl.Result.NOT_APPLICABLE, "laptop says n/a")
        code["c"] = items[2].code

    _laptop, ret = _out_and_back(office, tmp_path, work)
    field_service.force_release(office.db, office.cases, "Needed urgently", MANAGER)
    items = {i.code: i for i in audit_service.checklist(office.db, office.audit_id).items.values()}
    _answer(office.db, office.audit_id, items[code["c"]], cl.Result.MET, "office: met")
    field_service.check_in(office.db, ret, PASS, MANAGER, resolve_all="laptop")
    assert _answers(office.db, office.audit_id)[items[code["c"]].id] == (
        "not_applicable",
        "laptop says n/a",
    )


def test_untouched_rows_of_a_released_case_merge_without_conflict(office, tmp_path):
    def work(laptop):
        audit_id, items = _laptop_audit(laptop, office)
        _answer(laptop, audit_id, items[3], cl.Result.NOT_APPLICABLE, "only the laptop")

    _laptop, ret = _out_and_back(office, tmp_path, work)
    field_service.force_release(office.db, office.cases, "Audit moved", MANAGER)
    with pytest.raises(field_service.ConflictsError) as caught:
        field_service.check_in(office.db, ret, PASS, MANAGER)
    assert caught.value.plan.row_conflicts == []
    assert len(caught.value.plan.case_conflicts) == 2
    field_service.check_in(office.db, ret, PASS, MANAGER, resolve_all="office")
    notes = [n for _r, n in _answers(office.db, office.audit_id).values()]
    assert "only the laptop" in notes


def test_discarding_a_case_keeps_the_office_version(office, tmp_path):
    def work(laptop):
        audit_id, items = _laptop_audit(laptop, office)
        _answer(laptop, audit_id, items[3], cl.Result.NOT_APPLICABLE, "discard me")

    _laptop, ret = _out_and_back(office, tmp_path, work)
    field_service.force_release(office.db, office.cases, "Audit moved", MANAGER)
    before = snapshot(office.db, case_uuids(office.db, office.cases))
    with pytest.raises(field_service.ConflictsError) as caught:
        field_service.check_in(office.db, ret, PASS, MANAGER)
    decisions = {c.key: "discard" for c in caught.value.plan.case_conflicts}
    field_service.check_in(office.db, ret, PASS, MANAGER, decisions=decisions)
    assert snapshot(office.db, case_uuids(office.db, office.cases)) == before


def test_both_sides_answer_the_same_item_apart(office, tmp_path):
    """The item was unanswered at check-out: two rows with different UUIDs meet."""
    last = list(audit_service.checklist(office.db, office.audit_id).items.values())[-1]
    with office.db.atomic():  # build_office answered every item: clear the last one
        office.db.conn.execute(
            "DELETE FROM audit_answers WHERE audit_id = ? AND item_id = ?",
            [office.audit_id, last.id],
        )

    def work(laptop):
        audit_id, items = _laptop_audit(laptop, office)
        mine = next(i for i in items if i.code == last.code)
        _answer(laptop, audit_id, mine, cl.Result.NOT_APPLICABLE, "laptop")

    _laptop, ret = _out_and_back(office, tmp_path, work)
    field_service.force_release(office.db, office.cases, "Audit moved", MANAGER)
    _answer(office.db, office.audit_id, last, cl.Result.MET, "office")
    with pytest.raises(field_service.ConflictsError) as caught:
        field_service.check_in(office.db, ret, PASS, MANAGER)
    (row,) = caught.value.plan.row_conflicts
    assert (row.office["note"], row.laptop["note"]) == ("office", "laptop")
    field_service.check_in(office.db, ret, PASS, MANAGER, resolve_all="laptop")
    assert _answers(office.db, office.audit_id)[last.id] == ("not_applicable", "laptop")


def test_older_package_after_newer_one(office, tmp_path):
    """Two returns from one checkout (the first covers one case, the second the other plus a
    rewrite of the first): the first arriving last is flagged."""
    pkg = check_out(office, tmp_path)
    laptop = new_laptop(tmp_path)
    field_service.open_package(laptop, pkg, PASS, VALIDATOR_ACTOR)
    audit_id, items = _laptop_audit(laptop, office)
    _answer(laptop, audit_id, items[2], cl.Result.NOT_APPLICABLE, "first")
    tr = field_repo.Translator(laptop)
    first_case = tr.id_of("cases", case_uuids(office.db, office.cases)[0])
    old = tmp_path / "old.aeopkg"
    field_service.return_cases(laptop, old, PASS, VALIDATOR_ACTOR, case_ids=[first_case], kdf=CHEAP)
    new = tmp_path / "new.aeopkg"
    field_service.return_cases(laptop, new, PASS, VALIDATOR_ACTOR, again=True, kdf=CHEAP)
    field_service.check_in(office.db, new, PASS, MANAGER)
    with pytest.raises(field_service.ConflictsError) as caught:
        field_service.check_in(office.db, old, PASS, MANAGER)
    reasons = " ".join(c.reason for c in caught.value.plan.case_conflicts)
    assert "already checked in" in reasons and "#1" in reasons


def test_package_for_cases_checked_out_to_another_laptop(office, tmp_path):
    """After a forced release the case goes out again to a second laptop; the first laptop's
    package cannot be merged into it."""
    _laptop, ret = _out_and_back(office, tmp_path, lambda laptop: None)
    field_service.force_release(office.db, office.cases, "Reassigned", MANAGER)
    check_out(office, tmp_path, laptop="LAP-9999")
    with pytest.raises(field_service.ConflictsError) as caught:
        field_service.check_in(office.db, ret, PASS, MANAGER)
    assert all(not c.can_merge for c in caught.value.plan.case_conflicts)
    assert "LAP-9999" in caught.value.plan.case_conflicts[0].reason
    before = snapshot(office.db, case_uuids(office.db, office.cases))
    field_service.check_in(office.db, ret, PASS, MANAGER, resolve_all="laptop")
    assert snapshot(office.db, case_uuids(office.db, office.cases)) == before
    with pytest.raises(field_service.CaseCheckedOutError):
        field_service.require_editable(office.db, office.cases[0])  # still out to LAP-9999


def test_laptop_cannot_reopen_a_case_with_unreturned_changes(office, tmp_path):
    pkg = check_out(office, tmp_path)
    laptop = new_laptop(tmp_path)
    field_service.open_package(laptop, pkg, PASS, VALIDATOR_ACTOR)
    audit_id, items = _laptop_audit(laptop, office)
    _answer(laptop, audit_id, items[2], cl.Result.NOT_APPLICABLE, "unsent")
    field_service.force_release(office.db, office.cases, "Reassigned", MANAGER)
    pkg2 = tmp_path / "second.aeopkg"
    field_service.check_out(
        office.db,
        office.cases,
        validator_id=office.validator_id,
        laptop="LAP-0427",
        out_path=pkg2,
        passphrase=PASS,
        actor=MANAGER,
        kdf=CHEAP,
    )
    with pytest.raises(DomainError, match="not returned"):
        field_service.open_package(laptop, pkg2, PASS, VALIDATOR_ACTOR)
