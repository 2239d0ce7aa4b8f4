"""Site audits end to end on a real file: plan, checklist scope, answers (committed one by
one), evidence, findings and corrective actions, finalise, reopen, follow-up."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.audits import (
    AUDITOR,
    MINI_AEOC,
    MINI_AEOF,
    MINI_MSME,
    answer_all,
    case_in,
    install_data,
    install_mini,
    item_ids,
    plan,
    plan_actions,
    png_bytes,
    template_data,
    write_png,
)
from helpers.builders import make_validator
from helpers.clock import FROZEN_NOW, FROZEN_TODAY, frozen

from db.repositories import cases as case_repo
from desktop.domain import checklists as cl
from desktop.domain.cases import CaseState
from desktop.domain.errors import DomainError, NotFoundError, ValidationError
from desktop.services import audit_service, templates
from desktop.services.audit_service import AuditPlan

pytestmark = pytest.mark.usefixtures("frozen_clock")

R = cl.Result
SEV = cl.Severity


def _audit(db: sqlite_utils.Database, audit_id: int) -> dict[str, Any]:
    return audit_service.checklist(db, audit_id).audit


def _case_state(db: sqlite_utils.Database, case_id: int) -> str:
    row = case_repo.get_case(db, case_id)
    assert row is not None
    return str(row["state"])


def _snapshot(db: sqlite_utils.Database, audit_id: int) -> dict[str, Any]:
    """Everything an audit holds, to show that a refused call changed nothing."""
    q = "SELECT * FROM {} WHERE audit_id = ? ORDER BY id"
    return {
        "audit": list(db.query("SELECT * FROM audits WHERE id = ?", [audit_id])),
        "answers": list(db.query(q.format("audit_answers"), [audit_id])),
        "findings": list(db.query(q.format("findings"), [audit_id])),
        "evidence": list(db.query(q.format("audit_evidence"), [audit_id])),
        "actions": list(
            db.query(
                "SELECT ca.* FROM corrective_actions ca JOIN findings f ON f.id = ca.finding_id "
                "WHERE f.audit_id = ? ORDER BY ca.id",
                [audit_id],
            )
        ),
    }


def _answer(
    db: sqlite_utils.Database,
    audit_id: int,
    code: str,
    result: cl.Result,
    severity: cl.Severity | None = None,
    note: str = "",
) -> audit_service.Saved:
    return audit_service.answer(
        db, audit_id, item_ids(db, audit_id)[code], result, AUDITOR, severity=severity, note=note
    )


# --- planning -------------------------------------------------------------------------------


def test_plan_audit_schedules_the_case(db: sqlite_utils.Database) -> None:
    case_id = case_in(db)
    assert _case_state(db, case_id) == "under_examination"
    lead = make_validator(db)
    member = make_validator(db)
    audit_id = plan(
        db,
        case_id=case_id,
        lead_validator_id=lead,
        team=(member,),
        sites=(" Rennes warehouse ", "", "Brest quay"),
    )
    audit = _audit(db, audit_id)
    assert audit["status"] == "planned"
    assert audit["sites"] == ["Rennes warehouse", "Brest quay"]
    assert audit["team"] == [member]
    assert audit["lead_validator_id"] == lead
    assert audit["programme_code"] == "AEOF"
    assert audit["planned_start"] == (FROZEN_TODAY + timedelta(days=1)).isoformat()
    assert _case_state(db, case_id) == "audit_scheduled"
    moves = [
        (e["from_state"], e["to_state"])
        for e in case_repo.list_events(db, case_id)
        if e["kind"] == "transition"
    ]
    assert moves[-1] == ("under_examination", "audit_scheduled")


def test_plan_audit_leaves_a_case_that_cannot_be_scheduled(db: sqlite_utils.Database) -> None:
    case_id = case_in(db, CaseState.ACCEPTED)
    audit_id = plan(db, case_id=case_id)
    assert _audit(db, audit_id)["status"] == "planned"
    assert _case_state(db, case_id) == "accepted"


def _plan_input(db: sqlite_utils.Database, **changes: Any) -> AuditPlan:
    start = FROZEN_TODAY + timedelta(days=7)
    fields: dict[str, Any] = {
        "case_id": case_in(db),
        "planned_start": start,
        "planned_end": start + timedelta(days=1),
        "lead_validator_id": make_validator(db),
        "sites": ("Rennes warehouse",),
        "team": (),
        "template_id": install_mini(db),
    }
    fields.update(changes)
    return AuditPlan(**fields)


def _not_a_validator(db: sqlite_utils.Database) -> int:
    return make_validator(db, roles=["manager"], name="Marc Lefèvre")


PLAN_PROBLEMS: dict[str, tuple[Any, str, str]] = {
    # name: (changes, field, message part)
    "end before start": (
        lambda db: {"planned_end": FROZEN_TODAY + timedelta(days=6)},
        "End date",
        "before the start",
    ),
    "longer than 30 days": (
        lambda db: {"planned_end": FROZEN_TODAY + timedelta(days=38)},
        "End date",
        "30 days",
    ),
    "no site": (lambda db: {"sites": ()}, "Sites", "at least one site"),
    "only blank sites": (lambda db: {"sites": (" ", "")}, "Sites", "at least one site"),
    "no lead": (lambda db: {"lead_validator_id": None}, "Lead validator", "is required"),
    "lead not a validator": (
        lambda db: {"lead_validator_id": _not_a_validator(db)},
        "Lead validator",
        "Marc Lefèvre is not a validator",
    ),
    "lead does not exist": (
        lambda db: {"lead_validator_id": 9999},
        "Lead validator",
        "does not exist",
    ),
    "team member twice": (
        lambda db: {"team": (m := make_validator(db), m)},
        "Team",
        "twice",
    ),
    "lead also in the team": (
        lambda db: {"lead_validator_id": (m := make_validator(db)), "team": (m,)},
        "Team",
        "already on the audit",
    ),
    "team member not a validator": (
        lambda db: {"team": (_not_a_validator(db),)},
        "Team",
        "is not a validator",
    ),
    "no such case": (lambda db: {"case_id": 9999}, "Case", "existing case"),
    "no such template": (lambda db: {"template_id": 9999}, "Template", "does not exist"),
}


@pytest.mark.parametrize("case", list(PLAN_PROBLEMS), ids=list(PLAN_PROBLEMS))
def test_plan_audit_validation(db: sqlite_utils.Database, case: str) -> None:
    changes, field, message = PLAN_PROBLEMS[case]
    data = _plan_input(db, **changes(db))
    audits_before = db["audits"].count
    with pytest.raises(ValidationError) as exc:
        audit_service.plan_audit(db, data, AUDITOR)
    assert field in exc.value.fields
    assert message in exc.value.problems[field]
    assert db["audits"].count == audits_before
    if case != "no such case":
        assert _case_state(db, data.case_id) == "under_examination"


def test_plan_audit_reports_every_field_problem_at_once(db: sqlite_utils.Database) -> None:
    data = _plan_input(
        db,
        planned_end=FROZEN_TODAY,
        lead_validator_id=None,
        sites=(),
        team=(3, 3),
    )
    with pytest.raises(ValidationError) as exc:
        audit_service.plan_audit(db, data, AUDITOR)
    assert set(exc.value.fields) == {"End date", "Lead validator", "Sites", "Team"}


def test_references_count_up_per_year_of_the_visit(db: sqlite_utils.Database) -> None:
    first = plan(db)
    second = plan(db)
    next_year = date(FROZEN_TODAY.year + 1, 1, 10)
    third = plan(db, planned_start=next_year, planned_end=next_year)
    year = FROZEN_TODAY.year
    assert [_audit(db, a)["reference"] for a in (first, second, third)] == [
        f"AUD-{year}-0001",
        f"AUD-{year}-0002",
        f"AUD-{year + 1}-0001",
    ]
    assert audit_service.audit_by_reference(db, f" aud-{year}-0002 ")["id"] == second
    with pytest.raises(NotFoundError):
        audit_service.audit_by_reference(db, f"AUD-{year}-0099")


def test_reference_numbers_are_compared_as_numbers(db: sqlite_utils.Database) -> None:
    for _ in range(10):
        plan(db)
    year = FROZEN_TODAY.year
    assert audit_service.next_reference(db, year) == f"AUD-{year}-0011"


def test_only_a_planned_audit_can_be_cancelled(db: sqlite_utils.Database) -> None:
    cancelled = plan(db)
    audit_service.cancel(db, cancelled)
    assert _audit(db, cancelled)["status"] == "cancelled"
    with pytest.raises(DomainError, match="was cancelled"):
        _answer(db, cancelled, "A.1", R.MET)
    started = plan(db)
    _answer(db, started, "A.1", R.MET)
    with pytest.raises(DomainError, match="has started"):
        audit_service.cancel(db, started)


# --- checklist scope ------------------------------------------------------------------------


def test_checklist_of_a_full_programme(db: sqlite_utils.Database) -> None:
    data = audit_service.checklist(db, plan(db, programme="AEOF"))
    assert [(s.code, s.depth, s.parent_code) for s in data.sections] == [
        ("A", 1, None),
        ("G", 1, None),
        ("G.1", 2, "G"),
    ]
    assert {i.code for i in data.items.values()} == set(MINI_AEOF)
    by_code = {s.code: s for s in data.sections}
    code = {i.id: i.code for i in data.items.values()}
    assert [code[i] for i in by_code["A"].item_ids] == ["A.1", "A.2"]
    assert [code[i] for i in by_code["G"].item_ids] == ["G.2", "G.3"]
    assert {code[i] for i in by_code["G"].all_item_ids} == {"G.1.1", "G.1.2", "G.2", "G.3"}
    assert data.overall().total == 6
    assert data.overall().percent is None
    assert not data.is_locked


def test_checklist_keeps_only_the_programme_items_and_hides_empty_sections(
    db: sqlite_utils.Database,
) -> None:
    data = audit_service.checklist(db, plan(db, programme="AEOC"))
    assert {i.code for i in data.items.values()} == set(MINI_AEOC)
    assert [s.code for s in data.sections] == ["A"]


def test_msme_track_keeps_only_the_items_it_keeps(db: sqlite_utils.Database) -> None:
    audit_id = plan(db, programme="MSME")
    data = audit_service.checklist(db, audit_id)
    assert data.audit["is_msme_track"] == 1
    assert {i.code for i in data.items.values()} == set(MINI_MSME)
    # G has no item of its own in scope, but its subsection has: it stays, as a heading
    by_code = {s.code: s for s in data.sections}
    assert list(by_code) == ["A", "G", "G.1"]
    assert by_code["G"].item_ids == ()
    assert len(by_code["G"].all_item_ids) == 2


def test_checklist_of_a_missing_audit(db: sqlite_utils.Database) -> None:
    with pytest.raises(NotFoundError):
        audit_service.checklist(db, 4242)


# --- answers --------------------------------------------------------------------------------


def test_an_answer_is_committed_before_answer_returns(
    db: sqlite_utils.Database, db_path: Path
) -> None:
    audit_id = plan(db)
    item = item_ids(db, audit_id)["A.2"]
    other = sqlite3.connect(db_path)
    try:
        audit_service.answer(db, audit_id, item, R.NOT_MET, AUDITOR, severity=SEV.MAJOR)
        assert not db.conn.in_transaction
        seen = other.execute(
            "SELECT result, severity FROM audit_answers WHERE audit_id = ? AND item_id = ?",
            [audit_id, item],
        ).fetchall()
        assert seen == [("not_met", "major")]
        assert other.execute(
            "SELECT status, last_item_id FROM audits WHERE id = ?", [audit_id]
        ).fetchone() == ("in_progress", item)
        assert other.execute(
            "SELECT severity FROM findings WHERE audit_id = ?", [audit_id]
        ).fetchall() == [("major",)]
    finally:
        other.close()


def test_the_first_answer_starts_the_audit(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    assert _audit(db, audit_id)["started_at"] is None
    _answer(db, audit_id, "A.1", R.MET)
    audit = _audit(db, audit_id)
    assert audit["status"] == "in_progress"
    assert audit["started_at"] == "2026-06-15T10:00:00Z"
    with frozen(FROZEN_NOW + timedelta(hours=2)):
        _answer(db, audit_id, "A.2", R.NOT_APPLICABLE)
    audit = _audit(db, audit_id)
    assert audit["started_at"] == "2026-06-15T10:00:00Z"
    assert audit["updated_at"] == "2026-06-15T12:00:00Z"
    assert audit["last_item_id"] == item_ids(db, audit_id)["A.2"]


def test_an_answer_records_who_when_and_the_note(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    saved = _answer(db, audit_id, "A.1", R.MET, severity=SEV.CRITICAL, note="  All clear. ")
    assert saved == audit_service.Saved(item_ids(db, audit_id)["A.1"], R.MET, None, False)
    data = audit_service.checklist(db, audit_id)
    a = data.answers[saved.item_id]
    assert (a["result"], a["severity"], a["note"]) == ("met", None, "All clear.")
    assert (a["answered_by"], a["answered_at"]) == ("Claire Dubois", "2026-06-15T10:00:00Z")
    assert data.result_of(saved.item_id) is R.MET
    assert data.overall().answered == 1


def test_a_shortfall_keeps_a_finding_in_step(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    item = item_ids(db, audit_id)["G.1.2"]
    saved = _answer(db, audit_id, "G.1.2", R.PARTIALLY_MET, SEV.MINOR, "Log has gaps.")
    assert saved.has_finding and saved.severity is SEV.MINOR
    finding = audit_service.checklist(db, audit_id).findings[item]
    assert (finding["severity"], finding["description"]) == ("minor", "Log has gaps.")
    assert finding["item_code"] == "G.1.2"

    _answer(db, audit_id, "G.1.2", R.NOT_MET, SEV.CRITICAL, "No log at all.")
    findings = audit_service.checklist(db, audit_id).findings
    assert len(findings) == 1
    assert (findings[item]["severity"], findings[item]["description"]) == (
        "critical",
        "No log at all.",
    )
    assert findings[item]["id"] == finding["id"]

    saved = _answer(db, audit_id, "G.1.2", R.MET)
    assert not saved.has_finding
    assert audit_service.checklist(db, audit_id).findings == {}
    assert db["findings"].count == 0


def test_not_applicable_also_removes_the_finding(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    _answer(db, audit_id, "G.2", R.NOT_MET, SEV.MAJOR)
    _answer(db, audit_id, "G.2", R.NOT_APPLICABLE)
    assert audit_service.checklist(db, audit_id).findings == {}


def test_a_shortfall_without_severity_is_refused(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    before = _snapshot(db, audit_id)
    with pytest.raises(ValidationError) as exc:
        _answer(db, audit_id, "G.2", R.NOT_MET)
    assert exc.value.fields == ["Severity"]
    assert _snapshot(db, audit_id) == before


def test_an_answer_with_actions_cannot_stop_being_a_shortfall(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    _answer(db, audit_id, "G.2", R.NOT_MET, SEV.MAJOR, "Nobody watches.")
    plan_actions(db, audit_id)
    before = _snapshot(db, audit_id)
    for result in (R.MET, R.NOT_APPLICABLE, R.NOT_ASSESSED):
        with pytest.raises(DomainError, match="corrective actions planned"):
            _answer(db, audit_id, "G.2", result)
    assert _snapshot(db, audit_id) == before
    # a change of severity keeps it a shortfall, and keeps the actions
    _answer(db, audit_id, "G.2", R.PARTIALLY_MET, SEV.MINOR, "Sometimes watched.")
    assert len(audit_service.actions(db, audit_id)) == 1


def test_a_note_of_4000_characters_is_the_limit(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    _answer(db, audit_id, "A.1", R.MET, note="x" * 4000)
    before = _snapshot(db, audit_id)
    with pytest.raises(ValidationError) as exc:
        _answer(db, audit_id, "A.2", R.MET, note="x" * 4001)
    assert exc.value.fields == ["Note"]
    assert _snapshot(db, audit_id) == before


def test_an_item_of_another_template_is_refused(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    other = install_data(db, template_data(code="TEST-OTHER", items=2))
    foreign = next(iter(db.query("SELECT id FROM checklist_items WHERE template_id = ?", [other])))
    before = _snapshot(db, audit_id)
    with pytest.raises(NotFoundError, match="not part of the audit's checklist"):
        audit_service.answer(db, audit_id, foreign["id"], R.MET, AUDITOR)
    assert _snapshot(db, audit_id) == before


def test_an_item_outside_the_audit_scope_is_refused(db: sqlite_utils.Database) -> None:
    audit_id = plan(db, programme="AEOC")  # scope: A.1, A.2
    template_id = _audit(db, audit_id)["template_id"]
    g3 = next(
        iter(
            db.query(
                "SELECT id FROM checklist_items WHERE template_id = ? AND code = 'G.3'",
                [template_id],
            )
        )
    )["id"]
    with pytest.raises(NotFoundError):
        audit_service.answer(db, audit_id, g3, R.NOT_MET, AUDITOR, severity=SEV.MAJOR)


def test_a_finalised_audit_refuses_answers_and_changes_nothing(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    answer_all(db, audit_id)
    audit_service.finalise(db, audit_id, AUDITOR)
    before = _snapshot(db, audit_id)
    with pytest.raises(DomainError, match="finalised and locked"):
        _answer(db, audit_id, "A.1", R.NOT_MET, SEV.MAJOR, "Changed my mind.")
    assert _snapshot(db, audit_id) == before
    assert audit_service.checklist(db, audit_id).is_locked


def test_remember_position(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    item = item_ids(db, audit_id)["G.3"]
    audit_service.remember_position(db, audit_id, item)
    assert _audit(db, audit_id)["last_item_id"] == item
    assert _audit(db, audit_id)["status"] == "planned"


# --- evidence -------------------------------------------------------------------------------


def test_evidence_is_stored_with_its_sha256_and_size(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    audit_id = plan(db)
    item = item_ids(db, audit_id)["G.1.1"]
    path = write_png(tmp_path, "Seal stock.PNG", size=5000)
    content = path.read_bytes()
    evidence_id = audit_service.add_evidence(db, audit_id, path, AUDITOR, item_id=item)
    [meta] = audit_service.checklist(db, audit_id).evidence
    assert meta["id"] == evidence_id
    assert meta["item_id"] == item
    assert (meta["file_name"], meta["media_type"]) == ("Seal stock.PNG", "image/png")
    assert meta["size"] == len(content) == 5000
    assert meta["sha256"] == hashlib.sha256(content).hexdigest()
    assert "content" not in meta
    stored = audit_service.evidence_content(db, evidence_id)
    assert stored["content"] == content
    assert hashlib.sha256(stored["content"]).hexdigest() == stored["sha256"]


def test_evidence_without_an_item_belongs_to_the_audit(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    audit_id = plan(db)
    path = tmp_path / "minutes.txt"
    path.write_text("Opening meeting, 9:00.", encoding="utf-8")
    audit_service.add_evidence(db, audit_id, path, AUDITOR)
    [meta] = audit_service.checklist(db, audit_id).evidence
    assert (meta["item_id"], meta["media_type"], meta["size"]) == (None, "text/plain", 22)


def _evidence_problem(tmp_path: Path, case: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    if case == "too large":
        monkeypatch.setattr(audit_service, "MAX_EVIDENCE_BYTES", 4096)
        return write_png(tmp_path, "huge-photo.png", size=4097)
    if case == "unknown extension":
        path = tmp_path / "setup.exe"
        path.write_bytes(b"MZ" + bytes(100))
        return path
    if case == "no extension":
        path = tmp_path / "README"
        path.write_text("hello", encoding="utf-8")
        return path
    if case == "missing":
        return tmp_path / "gone.pdf"
    if case == "unreadable":
        path = tmp_path / "folder.jpg"  # a folder: stat() works, reading fails (even as root)
        path.mkdir()
        return path
    if case == "empty":
        path = tmp_path / "blank.txt"
        path.write_bytes(b"")
        return path
    if case == "png that is not a PNG":
        path = tmp_path / "scan.png"
        path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))  # a JPEG, renamed
        return path
    if case == "pdf that is not a PDF":
        path = tmp_path / "certificate.pdf"
        path.write_text("<html>Error 404</html>", encoding="utf-8")
        return path
    raise AssertionError(case)


EVIDENCE_PROBLEMS = {
    "too large": "huge-photo.png is 0.0 MB; the limit is",
    "unknown extension": "setup.exe: this type of file is not accepted",
    "no extension": "README: this type of file is not accepted",
    "missing": "gone.pdf cannot be read",
    "unreadable": "folder.jpg cannot be read",
    "empty": "blank.txt is empty",
    "png that is not a PNG": "scan.png does not look like what its name says (image/png)",
    "pdf that is not a PDF": (
        "certificate.pdf does not look like what its name says (application/pdf)"
    ),
}


@pytest.mark.parametrize("case", list(EVIDENCE_PROBLEMS), ids=list(EVIDENCE_PROBLEMS))
def test_evidence_problems_are_refused_naming_the_file(
    db: sqlite_utils.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    audit_id = plan(db)
    path = _evidence_problem(tmp_path, case, monkeypatch)
    with pytest.raises(ValidationError) as exc:
        audit_service.add_evidence(db, audit_id, path, AUDITOR)
    assert exc.value.fields == ["Evidence"]
    assert EVIDENCE_PROBLEMS[case] in str(exc.value)
    assert db["audit_evidence"].count == 0


def test_evidence_at_the_size_limit_is_accepted(
    db: sqlite_utils.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_service, "MAX_EVIDENCE_BYTES", 4096)
    audit_id = plan(db)
    audit_service.add_evidence(db, audit_id, write_png(tmp_path, size=4096), AUDITOR)
    assert db["audit_evidence"].count == 1


def test_an_empty_picture_is_reported_as_empty(db: sqlite_utils.Database, tmp_path: Path) -> None:
    audit_id = plan(db)
    path = tmp_path / "photo.png"
    path.write_bytes(b"")
    with pytest.raises(ValidationError, match=r"photo\.png is empty"):
        audit_service.add_evidence(db, audit_id, path, AUDITOR)


def test_evidence_for_a_finalised_audit_is_refused(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    audit_id = plan(db)
    answer_all(db, audit_id)
    audit_service.finalise(db, audit_id, AUDITOR)
    with pytest.raises(DomainError, match="finalised"):
        audit_service.add_evidence(db, audit_id, write_png(tmp_path), AUDITOR)
    assert db["audit_evidence"].count == 0


def test_evidence_can_be_removed_while_the_audit_is_open(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    audit_id = plan(db)
    keep = audit_service.add_evidence(db, audit_id, write_png(tmp_path, "a.png"), AUDITOR)
    drop = audit_service.add_evidence(db, audit_id, write_png(tmp_path, "b.png"), AUDITOR)
    audit_service.remove_evidence(db, drop)
    assert [e["id"] for e in audit_service.checklist(db, audit_id).evidence] == [keep]
    with pytest.raises(NotFoundError):
        audit_service.evidence_content(db, drop)
    answer_all(db, audit_id)
    audit_service.finalise(db, audit_id, AUDITOR)
    with pytest.raises(DomainError, match="finalised"):
        audit_service.remove_evidence(db, keep)
    assert audit_service.evidence_content(db, keep)["content"] == png_bytes(1024)


# --- finalise -------------------------------------------------------------------------------


def test_finalise_refuses_while_items_are_unanswered(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    _answer(db, audit_id, "A.1", R.MET)
    _answer(db, audit_id, "A.2", R.NOT_APPLICABLE)
    _answer(db, audit_id, "G.2", R.NOT_ASSESSED)
    before = _snapshot(db, audit_id)
    with pytest.raises(DomainError, match=r"^4 item\(s\) are not assessed yet"):
        audit_service.finalise(db, audit_id, AUDITOR)
    assert _snapshot(db, audit_id) == before


def test_finalise_met(db: sqlite_utils.Database) -> None:
    case_id = case_in(db)
    audit_id = plan(db, case_id=case_id)
    answer_all(db, audit_id, overrides={"A.2": R.NOT_APPLICABLE})
    done = audit_service.finalise(db, audit_id, AUDITOR)
    assert done == audit_service.Finalised(cl.Outcome.MET, 100.0, "audit_done")
    audit = _audit(db, audit_id)
    assert (audit["status"], audit["outcome"], audit["score"]) == ("finalised", "met", 100.0)
    assert (audit["finalised_by"], audit["finalised_at"]) == (
        "Claire Dubois",
        "2026-06-15T10:00:00Z",
    )
    assert _case_state(db, case_id) == "audit_done"
    with pytest.raises(DomainError, match="finalised"):
        audit_service.finalise(db, audit_id, AUDITOR)


def test_finalise_with_shortfalls_needs_an_action_per_finding(db: sqlite_utils.Database) -> None:
    case_id = case_in(db)
    audit_id = plan(db, case_id=case_id)
    answer_all(
        db, audit_id, overrides={"G.2": R.PARTIALLY_MET, "A.2": R.NOT_MET, "G.1.1": R.NOT_MET}
    )
    # G.1.1 is a Must: not met would decide the outcome; answer it partially met instead
    _answer(db, audit_id, "G.1.1", R.PARTIALLY_MET, SEV.MAJOR)
    ids = item_ids(db, audit_id)
    audit_service.add_action(
        db, audit_id, ids["G.2"], "Supervise loading.", "M. Leroy", FROZEN_TODAY
    )
    before = _snapshot(db, audit_id)
    with pytest.raises(DomainError, match=r"Missing for: A\.2, G\.1\.1\.$") as exc:
        audit_service.finalise(db, audit_id, AUDITOR)
    assert "G.2" not in str(exc.value)
    assert _snapshot(db, audit_id) == before
    assert _case_state(db, case_id) == "audit_scheduled"

    for code in ("A.2", "G.1.1"):
        audit_service.add_action(db, audit_id, ids[code], "Fix.", "M. Leroy", FROZEN_TODAY)
    done = audit_service.finalise(db, audit_id, AUDITOR)
    # weights 2+1+2+1+1+2 = 9; got 2 + 0 + 1 + 1 + 0.5 + 2 = 6.5
    assert done == audit_service.Finalised(cl.Outcome.IMPROVEMENT_PLAN, 72.2, "improvement_plan")
    assert _audit(db, audit_id)["outcome"] == "improvement_plan"
    moves = [e["to_state"] for e in case_repo.list_events(db, case_id) if e["kind"] == "transition"]
    assert moves[-2:] == ["audit_done", "improvement_plan"]
    assert _case_state(db, case_id) == "improvement_plan"


def test_a_must_not_met_is_not_met_whatever_the_score(db: sqlite_utils.Database) -> None:
    case_id = case_in(db)
    audit_id = plan(db, case_id=case_id)
    answer_all(db, audit_id, overrides={"G.3": R.NOT_MET}, severity=SEV.CRITICAL)
    done = audit_service.finalise(db, audit_id, AUDITOR)  # no action needed to record it
    assert done == audit_service.Finalised(cl.Outcome.NOT_MET, 77.8, "audit_done")
    assert _case_state(db, case_id) == "audit_done"
    assert "rejected" not in {e["to_state"] for e in case_repo.list_events(db, case_id)}


def test_below_half_is_not_met(db: sqlite_utils.Database) -> None:
    audit_id = plan(db, programme="AEOC")  # A.1 (must), A.2 (should)
    answer_all(db, audit_id, overrides={"A.1": R.PARTIALLY_MET, "A.2": R.NOT_MET})
    done = audit_service.finalise(db, audit_id, AUDITOR)
    assert (done.outcome, done.score) == (cl.Outcome.NOT_MET, 33.3)


def test_finalise_does_not_move_a_case_that_was_not_scheduled(db: sqlite_utils.Database) -> None:
    case_id = case_in(db, CaseState.ACCEPTED)
    audit_id = plan(db, case_id=case_id)
    answer_all(db, audit_id)
    assert audit_service.finalise(db, audit_id, AUDITOR).case_state == "accepted"
    assert _case_state(db, case_id) == "accepted"


# --- reopen ---------------------------------------------------------------------------------


def test_reopen_needs_a_reason_and_a_finalised_audit(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    answer_all(db, audit_id)
    with pytest.raises(DomainError, match="Only a finalised audit"):
        audit_service.reopen(db, audit_id, "Typo in a note.", AUDITOR)
    audit_service.finalise(db, audit_id, AUDITOR)
    before = _snapshot(db, audit_id)
    with pytest.raises(ValidationError) as exc:
        audit_service.reopen(db, audit_id, "   ", AUDITOR)
    assert exc.value.fields == ["Reason"]
    assert _snapshot(db, audit_id) == before
    assert audit_service.revisions(db, audit_id) == []


def test_reopen_records_a_revision_with_a_snapshot(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    ids = answer_all(db, audit_id)
    audit_service.finalise(db, audit_id, AUDITOR)
    answers_before = sorted(audit_service.checklist(db, audit_id).answers.values(), key=str)

    with frozen(FROZEN_NOW + timedelta(days=2)):
        assert audit_service.reopen(db, audit_id, " Operator sent new evidence. ", AUDITOR) == 1

    [rev] = audit_service.revisions(db, audit_id)
    assert rev == {
        "revision": 1,
        "reason": "Operator sent new evidence.",
        "reopened_at": "2026-06-17T10:00:00Z",
        "reopened_by": "Claire Dubois",
    }
    [row] = db.query("SELECT snapshot FROM audit_revisions WHERE audit_id = ?", [audit_id])
    snapshot = json.loads(row["snapshot"])
    assert (snapshot["outcome"], snapshot["score"]) == ("met", 100.0)
    assert snapshot["finalised_by"] == "Claire Dubois"
    assert sorted(snapshot["answers"], key=str) == answers_before

    audit = _audit(db, audit_id)
    assert (audit["status"], audit["revision"], audit["outcome"], audit["score"]) == (
        "in_progress",
        1,
        None,
        None,
    )
    assert not audit_service.checklist(db, audit_id).is_locked
    audit_service.answer(
        db, audit_id, ids["A.2"], R.PARTIALLY_MET, AUDITOR, severity=SEV.MINOR, note="Late."
    )
    plan_actions(db, audit_id)
    done = audit_service.finalise(db, audit_id, AUDITOR)
    assert done.outcome is cl.Outcome.IMPROVEMENT_PLAN
    assert done.case_state == "improvement_plan"
    # the snapshot of revision 1 still holds the answer as it was
    [row] = db.query("SELECT snapshot FROM audit_revisions WHERE audit_id = ?", [audit_id])
    old = {a["item_id"]: a["result"] for a in json.loads(row["snapshot"])["answers"]}
    assert old[ids["A.2"]] == "met"
    audit_service.reopen(db, audit_id, "Second look.", AUDITOR)
    assert [r["revision"] for r in audit_service.revisions(db, audit_id)] == [1, 2]


# --- corrective actions ---------------------------------------------------------------------


@pytest.fixture
def shortfall(db: sqlite_utils.Database) -> tuple[int, int]:
    """(audit id, item id) of an audit whose G.2 is not met."""
    audit_id = plan(db)
    _answer(db, audit_id, "G.2", R.NOT_MET, SEV.MAJOR, "Nobody watches loading.")
    return audit_id, item_ids(db, audit_id)["G.2"]


def test_add_action(db: sqlite_utils.Database, shortfall: tuple[int, int]) -> None:
    audit_id, item = shortfall
    due = FROZEN_TODAY + timedelta(days=30)
    action_id = audit_service.add_action(
        db, audit_id, item, "  Appoint a loading supervisor. ", " M. Leroy ", due
    )
    [row] = audit_service.actions(db, audit_id)
    assert row["id"] == action_id
    assert (row["description"], row["owner"], row["due_on"]) == (
        "Appoint a loading supervisor.",
        "M. Leroy",
        due.isoformat(),
    )
    assert (row["status"], row["follow_up_status"], row["item_code"]) == ("open", "open", "G.2")


@pytest.mark.parametrize(
    ("description", "owner", "due", "fields"),
    [
        ("", "M. Leroy", 10, ["Action"]),
        ("Fix.", "  ", 10, ["Owner"]),
        ("Fix.", "M. Leroy", None, ["Due date"]),
        ("Fix.", "M. Leroy", -1, ["Due date"]),
        (" ", "", -5, ["Action", "Owner", "Due date"]),
    ],
    ids=["no description", "no owner", "no due date", "due in the past", "all three"],
)
def test_add_action_validation(
    db: sqlite_utils.Database,
    shortfall: tuple[int, int],
    description: str,
    owner: str,
    due: int | None,
    fields: list[str],
) -> None:
    audit_id, item = shortfall
    due_on = None if due is None else FROZEN_TODAY + timedelta(days=due)
    with pytest.raises(ValidationError) as exc:
        audit_service.add_action(db, audit_id, item, description, owner, due_on)
    assert exc.value.fields == fields
    if due is not None and due < 0:
        assert "cannot be in the past" in exc.value.problems["Due date"]
    assert db["corrective_actions"].count == 0


def test_an_action_due_today_is_accepted(
    db: sqlite_utils.Database, shortfall: tuple[int, int]
) -> None:
    audit_id, item = shortfall
    audit_service.add_action(db, audit_id, item, "Fix.", "M. Leroy", FROZEN_TODAY)
    assert db["corrective_actions"].count == 1


def test_an_action_needs_a_finding(db: sqlite_utils.Database) -> None:
    audit_id = plan(db)
    _answer(db, audit_id, "G.2", R.MET)
    with pytest.raises(ValidationError) as exc:
        audit_service.add_action(
            db, audit_id, item_ids(db, audit_id)["G.2"], "Fix.", "M. Leroy", FROZEN_TODAY
        )
    assert exc.value.fields == ["Item"]


def test_complete_then_verify(db: sqlite_utils.Database, shortfall: tuple[int, int]) -> None:
    audit_id, item = shortfall
    action_id = audit_service.add_action(
        db, audit_id, item, "Fix.", "M. Leroy", FROZEN_TODAY + timedelta(days=10)
    )
    with pytest.raises(DomainError, match="Only an action marked done"):
        audit_service.verify_action(db, action_id, AUDITOR)
    with pytest.raises(ValidationError) as exc:
        audit_service.complete_action(db, action_id, "  ")
    assert exc.value.fields == ["Evidence of completion"]
    with pytest.raises(ValidationError) as exc:
        audit_service.complete_action(db, action_id, "Done.", FROZEN_TODAY + timedelta(days=1))
    assert exc.value.fields == ["Completed on"]
    [row] = audit_service.actions(db, audit_id)
    assert row["status"] == "open"

    audit_service.complete_action(db, action_id, " Supervisor appointed, see letter. ")
    [row] = audit_service.actions(db, audit_id)
    assert (row["status"], row["completed_on"], row["completion_note"]) == (
        "done",
        FROZEN_TODAY.isoformat(),
        "Supervisor appointed, see letter.",
    )
    with pytest.raises(DomainError, match="already marked done"):
        audit_service.complete_action(db, action_id, "Again.")

    audit_service.verify_action(db, action_id, AUDITOR)
    [row] = audit_service.actions(db, audit_id)
    assert (row["status"], row["verified_on"], row["verified_by"]) == (
        "verified",
        FROZEN_TODAY.isoformat(),
        "Claire Dubois",
    )
    with pytest.raises(DomainError, match="Only an action marked done"):
        audit_service.verify_action(db, action_id, AUDITOR)


def test_missing_actions_are_not_found(db: sqlite_utils.Database) -> None:
    with pytest.raises(NotFoundError):
        audit_service.complete_action(db, 777, "Done.")
    with pytest.raises(NotFoundError):
        audit_service.verify_action(db, 777, AUDITOR)


def test_follow_up_lists_due_and_overdue_actions(db: sqlite_utils.Database) -> None:
    lead = make_validator(db)
    audit_id = plan(db, lead_validator_id=lead)
    answer_all(
        db,
        audit_id,
        overrides={"A.2": R.NOT_MET, "G.2": R.NOT_MET, "G.1.2": R.PARTIALLY_MET},
        severity=SEV.MINOR,
    )
    ids = item_ids(db, audit_id)
    soon = audit_service.add_action(
        db, audit_id, ids["A.2"], "Soon.", "A", FROZEN_TODAY + timedelta(days=5)
    )
    later = audit_service.add_action(
        db, audit_id, ids["G.2"], "Later.", "B", FROZEN_TODAY + timedelta(days=40)
    )
    done = audit_service.add_action(
        db, audit_id, ids["G.1.2"], "Done.", "C", FROZEN_TODAY + timedelta(days=2)
    )
    audit_service.complete_action(db, done, "Sent the new log.")
    other_audit = plan(db)
    _answer(db, other_audit, "G.3", R.PARTIALLY_MET, SEV.MINOR)
    others = audit_service.add_action(
        db, other_audit, item_ids(db, other_audit)["G.3"], "Other.", "D", FROZEN_TODAY
    )

    found = audit_service.follow_up(db)
    assert [(r["id"], r["follow_up_status"]) for r in found] == [(others, "open"), (soon, "open")]

    with frozen(FROZEN_NOW + timedelta(days=10)):
        found = audit_service.follow_up(db)
        assert [(r["id"], r["follow_up_status"]) for r in found] == [
            (others, "overdue"),
            (soon, "overdue"),
            (later, "open"),
        ]
        mine = audit_service.follow_up(db, staff_id=lead)
        assert [(r["id"], r["follow_up_status"]) for r in mine] == [
            (soon, "overdue"),
            (later, "open"),
        ]
        assert mine[0]["audit_reference"] == _audit(db, audit_id)["reference"]
        statuses = {r["id"]: r["follow_up_status"] for r in audit_service.actions(db, audit_id)}
        assert statuses == {soon: "overdue", later: "open", done: "done"}

    with frozen(FROZEN_NOW + timedelta(days=5)):
        due_today = audit_service.follow_up(db, within_days=0, staff_id=lead)
        assert [(r["id"], r["follow_up_status"]) for r in due_today] == [(soon, "open")]


def test_upcoming_lists_planned_and_running_audits(db: sqlite_utils.Database) -> None:
    lead = make_validator(db)
    planned = plan(db, lead_validator_id=lead)
    running = plan(db, lead_validator_id=lead)
    _answer(db, running, "A.1", R.MET)
    finished = plan(db, lead_validator_id=lead)
    answer_all(db, finished)
    audit_service.finalise(db, finished, AUDITOR)
    plan(db)  # someone else's
    assert [a["id"] for a in audit_service.upcoming(db, staff_id=lead)] == [planned, running]
    everything = audit_service.upcoming(db, staff_id=lead, include_done=True)
    assert [a["id"] for a in everything] == [planned, running, finished]


@pytest.mark.parametrize("programme", ["AEOF", "AEOC", "MSME", "T1"])
def test_a_whole_audit_on_the_bundled_default_template(
    db: sqlite_utils.Database, programme: str
) -> None:
    try:
        choice = templates.default_for(db, programme)
    except DomainError:
        pytest.skip("no bundled template")
    case_id = case_in(db, programme=programme)
    audit_id = plan(db, case_id=case_id, template_id=choice.template_id)
    data = audit_service.checklist(db, audit_id)
    assert data.items, f"nothing in scope for {programme}"
    assert {i.section_code for i in data.items.values()} <= {s.code for s in data.sections}
    answer_all(db, audit_id, overrides={next(iter(item_ids(db, audit_id))): R.PARTIALLY_MET})
    plan_actions(db, audit_id)
    done = audit_service.finalise(db, audit_id, AUDITOR)
    assert done.outcome is cl.Outcome.IMPROVEMENT_PLAN
    assert done.score is not None and 90.0 <= done.score < 100.0
    assert _case_state(db, case_id) == "improvement_plan"
