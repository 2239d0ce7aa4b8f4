"""The audit report: its data (read once from a real database) and the Excel workbook, read
back with openpyxl. The command line's ``export audit`` runs here too, in a subprocess."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_case, make_validator
from helpers.cli import run_cli as _run
from helpers.clock import FROZEN_NOW, FROZEN_TODAY, frozen
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.domain import i18n
from desktop.domain.checklists import (
    ActionStatus,
    AuditStatus,
    Outcome,
    Requirement,
    Result,
    Severity,
)
from desktop.domain.errors import DomainError
from desktop.domain.operators import SizeClass
from desktop.services import access, audit_report, audit_service, templates
from desktop.services.actor import Actor
from desktop.services.audit_report import AuditReport, report_data, write_xlsx
from desktop.services.audit_service import AuditPlan

ROOT = Path(__file__).resolve().parents[3]
MINI = ROOT / "tests" / "fixtures" / "mini-checklist.json"
VALIDATOR = Actor(name="Camille Martin")
FORMULA_NOTE = "=SUM(A1)"
#: (item code, result, severity, note) for the mini checklist.
MINI_ANSWERS: tuple[tuple[str, Result, Severity | None, str], ...] = (
    ("A.1", Result.MET, None, FORMULA_NOTE),
    ("A.2", Result.PARTIALLY_MET, Severity.MINOR, "The last notification was 3 weeks late."),
    ("G.2", Result.NOT_APPLICABLE, None, "No loading on the day."),
    ("G.3", Result.MET, None, "+2 reports read"),
    ("G.1.1", Result.MET, None, ""),
    ("G.1.2", Result.NOT_MET, Severity.MAJOR, "-no seal log is kept at the Rennes depot"),
)
#: Result and section of each item.
EXPECTED = {code: result for code, result, _s, _n in MINI_ANSWERS}
SECTION_OF = {"A.1": "A", "A.2": "A", "G.2": "G", "G.3": "G", "G.1.1": "G.1", "G.1.2": "G.1"}
NOTE_OF = {code: note for code, _r, _s, note in MINI_ANSWERS}


@dataclass(frozen=True)
class BuiltAudit:
    audit_id: int
    reference: str
    item_ids: dict[str, int]


def build_audit(
    db: sqlite_utils.Database,
    template_path: Path = MINI,
    *,
    answers: tuple[tuple[str, Result, Severity | None, str], ...] = MINI_ANSWERS,
    finalise: bool = True,
    evidence_dir: Path | None = None,
) -> BuiltAudit:
    """A planned, answered (and, by default, finalised) audit: one corrective action per
    finding, due in a month. Call it with the clock frozen."""
    template_id = templates.import_file(db, template_path)
    lead = make_validator(db, name="Camille Martin")
    member = make_validator(db, name="Yann Le Goff")
    case_id = make_case(db)
    audit_id = audit_service.plan_audit(
        db,
        AuditPlan(
            case_id=case_id,
            planned_start=FROZEN_TODAY,
            planned_end=FROZEN_TODAY + timedelta(days=1),
            lead_validator_id=lead,
            sites=("Rennes depot, 4 rue du Port", "Saint-Malo quay 3"),
            team=(member,),
            template_id=template_id,
        ),
        VALIDATOR,
    )
    data = audit_service.checklist(db, audit_id)
    item_ids = {it.code: item_id for item_id, it in data.items.items()}
    for code, result, severity, note in answers:
        audit_service.answer(
            db, audit_id, item_ids[code], result, VALIDATOR, severity=severity, note=note
        )
        if result.is_shortfall:
            audit_service.add_action(
                db,
                audit_id,
                item_ids[code],
                f"Fix {code}: write the procedure and train the staff.",
                "Marie Dupont, quality manager",
                FROZEN_TODAY + timedelta(days=30),
            )
    if evidence_dir is not None:
        photo = evidence_dir / "seal-stock.png"
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        audit_service.add_evidence(db, audit_id, photo, VALIDATOR, item_id=item_ids["A.1"])
    if finalise:
        audit_service.finalise(db, audit_id, VALIDATOR)
    reference = audit_service.checklist(db, audit_id).audit["reference"]
    return BuiltAudit(audit_id, reference, item_ids)


@pytest.fixture
def built(db: sqlite_utils.Database, frozen_clock: datetime, tmp_path: Path) -> BuiltAudit:
    return build_audit(db, evidence_dir=tmp_path)


@pytest.fixture
def report(db: sqlite_utils.Database, built: BuiltAudit) -> AuditReport:
    return report_data(db, built.audit_id)


# --- the data -------------------------------------------------------------------------------


def test_report_header(report: AuditReport, built: BuiltAudit) -> None:
    assert report.reference == built.reference == f"AUD-{FROZEN_TODAY.year}-0001"
    assert report.case_reference == f"AEO-{FROZEN_TODAY.year}-00001"
    assert report.operator_name.startswith("Opale Textiles")
    assert report.size_class is SizeClass.SMALL
    assert report.programme_code == "AEOF"
    assert report.programme_name == "AEO Full (simplifications + security)"
    assert (report.template_code, report.template_version) == ("TEST-MINI", "1")
    assert report.template_name == "Mini checklist for tests"
    assert report.status is AuditStatus.FINALISED
    assert report.is_final
    assert report.revision == 0
    assert report.planned_start == FROZEN_TODAY
    assert report.planned_end == FROZEN_TODAY + timedelta(days=1)
    assert report.sites == ("Rennes depot, 4 rue du Port", "Saint-Malo quay 3")
    assert report.lead_validator == "Camille Martin"
    assert report.team == ("Yann Le Goff",)
    assert report.finalised_at == FROZEN_NOW
    assert report.finalised_by == "Camille Martin"
    assert report.generated_at == FROZEN_NOW


def test_report_scores_follow_the_written_rule(report: AuditReport) -> None:
    # Must weighs 2, Should 1; met 1, partially 0.5, not met 0; not applicable left out.
    # A: (2*1 + 1*0.5) / 3; G.1: (2*1 + 1*0) / 3; G: (2 + 0 + 2*1) / 5; all: 6.5 / 8.
    assert report.outcome is Outcome.IMPROVEMENT_PLAN
    assert report.score == 81.2
    assert (report.answered, report.total, report.shortfalls) == (6, 6, 2)
    by_code = {s.code: s for s in report.sections}
    assert list(by_code) == ["A", "G", "G.1"]
    assert by_code["A"].score == 83.3
    assert by_code["G"].score == 80.0
    assert by_code["G.1"].score == 66.7
    assert (by_code["G.1"].depth, by_code["G.1"].answered, by_code["G.1"].total) == (2, 2, 2)
    assert by_code["G"].shortfalls == 1


def test_report_items_findings_and_actions(report: AuditReport, built: BuiltAudit) -> None:
    # The checklist's own order (audit_service.checklist), whatever it is.
    assert [i.item_code for i in report.items] == list(built.item_ids)
    assert {i.item_code: i.result for i in report.items} == EXPECTED
    assert {i.item_code: i.section_code for i in report.items} == SECTION_OF
    first = next(i for i in report.items if i.item_code == "A.1")
    assert (first.requirement, first.note, first.evidence) == (
        Requirement.MUST,
        FORMULA_NOTE,
        ("seal-stock.png",),
    )
    assert {i.item_code: i.severity for i in report.items if i.severity} == {
        "A.2": Severity.MINOR,
        "G.1.2": Severity.MAJOR,
    }
    assert [(f.item_code, f.severity) for f in report.findings] == [
        ("A.2", Severity.MINOR),
        ("G.1.2", Severity.MAJOR),
    ]
    assert report.findings[1].description == NOTE_OF["G.1.2"]
    assert [(a.item_code, a.status, a.due_on) for a in report.actions] == [
        ("A.2", ActionStatus.OPEN, FROZEN_TODAY + timedelta(days=30)),
        ("G.1.2", ActionStatus.OPEN, FROZEN_TODAY + timedelta(days=30)),
    ]


def test_an_open_action_past_its_due_date_is_overdue(
    db: sqlite_utils.Database, built: BuiltAudit
) -> None:
    first = audit_service.actions(db, built.audit_id)[0]
    audit_service.complete_action(db, first["id"], "Procedure signed, staff trained.")
    audit_service.verify_action(db, first["id"], VALIDATOR)
    with frozen(FROZEN_NOW + timedelta(days=45)):
        later = report_data(db, built.audit_id)
    assert [a.status for a in later.actions] == [ActionStatus.VERIFIED, ActionStatus.OVERDUE]
    assert later.actions[0].completed_on == FROZEN_TODAY
    assert later.actions[0].verified_by == "Camille Martin"


def test_an_audit_in_progress_has_no_outcome_yet(
    db: sqlite_utils.Database, frozen_clock: datetime
) -> None:
    built = build_audit(db, answers=MINI_ANSWERS[:2], finalise=False)
    report = report_data(db, built.audit_id)
    assert report.status is AuditStatus.IN_PROGRESS
    assert not report.is_final
    assert report.outcome is None
    assert audit_report.outcome_text(report) == "Not final (the audit is in progress)"
    assert (report.answered, report.total) == (2, 6)
    assert report.score == 83.3  # the current score, over what is answered
    assert report.finalised_at is None
    results = {i.item_code: i.result for i in report.items}
    assert [c for c, r in results.items() if r is not Result.NOT_ASSESSED] == ["A.1", "A.2"]


# --- the workbook ---------------------------------------------------------------------------


def _rows(ws: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def test_workbook_sheets_and_tables(report: AuditReport, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    n = write_xlsx(report, out)
    assert n == 6 + 2  # checklist items + findings/actions rows
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("report")) == [
        "report.xlsx"
    ]
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Checklist", "Findings and actions"]

    checklist = wb["Checklist"]
    rows = _rows(checklist)
    assert rows[0][:8] == (
        "Section",
        "Item",
        "Requirement",
        "Criterion",
        "Result",
        "Severity",
        "Note",
        "Evidence",
    )
    assert all(c.font.b for c in checklist[1])
    assert checklist.freeze_panes == "C2"
    assert checklist.auto_filter.ref == "A1:J7"
    assert [r[1] for r in rows[1:]] == [i.item_code for i in report.items]
    assert {r[1]: r[4] for r in rows[1:]} == {c: r.label for c, r in EXPECTED.items()}
    assert {r[1]: r[0] for r in rows[1:]} == SECTION_OF
    by_item = {r[1]: r for r in rows[1:]}
    assert by_item["A.2"][5] == "Minor"
    assert by_item["A.1"][7] == "seal-stock.png"
    assert checklist["D2"].alignment.wrap_text
    assert checklist.column_dimensions["D"].width == 60
    assert isinstance(checklist["I2"].value, datetime)

    findings = wb["Findings and actions"]
    rows = _rows(findings)
    assert rows[0][:9] == (
        "Item",
        "Requirement",
        "Criterion",
        "Severity",
        "Finding",
        "Corrective action",
        "Owner",
        "Due",
        "Status",
    )
    assert findings.freeze_panes == "B2"
    assert findings.auto_filter.ref == "A1:M3"
    assert [(r[0], r[3], r[8]) for r in rows[1:]] == [
        ("A.2", "Minor", "Open"),
        ("G.1.2", "Major", "Open"),
    ]
    assert rows[1][5] == "Fix A.2: write the procedure and train the staff."
    due = findings["H2"]
    assert isinstance(due.value, datetime)  # a real date cell (openpyxl reads it as datetime)
    assert due.value.date() == FROZEN_TODAY + timedelta(days=30)
    assert due.number_format == "yyyy-mm-dd"


def test_workbook_summary(report: AuditReport, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_xlsx(report, out)
    ws = load_workbook(out)["Summary"]
    rows = _rows(ws)
    assert rows[0][0] == f"AEO site audit report {report.reference}"
    fields = {r[0]: r[1] for r in rows if r[0] and r[1] is not None}
    assert fields["Audit reference"] == report.reference
    assert fields["Operator"] == report.operator_name
    assert fields["Team"] == "Yann Le Goff"
    assert fields["Overall score"] == 81.2
    assert fields["Outcome"] == "Met with an improvement plan"
    assert fields["Planned start"].date() == FROZEN_TODAY
    header = next(i for i, r in enumerate(rows, 1) if r[:2] == ("Section", "Title"))
    assert ws.auto_filter.ref == f"A{header}:F{header + 3}"
    assert all(ws.cell(header, c).font.b for c in range(1, 7))
    assert [r[0] for r in rows[header : header + 3]] == ["A", "G", "G.1"]
    assert rows[header][4] == 83.3
    assert ws.cell(header + 3, 2).alignment.indent == 2  # G.1 under G
    assert rows[header + 3][:5] == ("Overall", "All items in scope", 6, 6, 81.2)


@pytest.mark.parametrize("signed_in", [True, False])
def test_the_report_says_who_made_it_and_when(
    db: sqlite_utils.Database, built: BuiltAudit, tmp_path: Path, signed_in: bool
) -> None:
    if signed_in:
        access.sign_in(Actor(name="Ana Silva", roles=frozenset({"manager"})))
    who = "Ana Silva" if signed_in else Actor.system_user().name
    report = report_data(db, built.audit_id)
    assert (report.generated_by, report.generated_at) == (who, FROZEN_NOW)
    out = tmp_path / "report.xlsx"
    write_xlsx(report, out)
    wb = load_workbook(out)
    fields = {r[0]: r[1] for r in _rows(wb["Summary"]) if r[0] and r[1] is not None}
    assert fields["Generated by"] == who
    assert fields["Generated at"] == FROZEN_NOW.astimezone().replace(tzinfo=None)
    assert wb.properties.creator == wb.properties.lastModifiedBy == who
    assert wb.properties.created == FROZEN_NOW.replace(tzinfo=None)


def test_the_actor_asking_comes_first(db: sqlite_utils.Database, built: BuiltAudit) -> None:
    access.sign_in(Actor(name="Ana Silva", roles=frozenset({"manager"})))
    assert report_data(db, built.audit_id, actor=VALIDATOR).generated_by == "Camille Martin"


def test_text_that_looks_like_a_formula_stays_text(report: AuditReport, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_xlsx(report, out)
    ws = load_workbook(out)["Checklist"]
    by_item = {row[1].value: row for row in ws.iter_rows(min_row=2)}
    for code, text in (
        ("A.1", FORMULA_NOTE),
        ("G.1.2", NOTE_OF["G.1.2"]),
        ("G.3", "+2 reports read"),
    ):
        cell = by_item[code][6]
        assert cell.value == text
        assert cell.data_type == "s"
        assert cell.quotePrefix
    assert not by_item["A.2"][6].quotePrefix  # ordinary text is left alone
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in s or b"<f " in s for s in sheets)  # no formula anywhere


def test_characters_xml_forbids_are_dropped(
    db: sqlite_utils.Database, frozen_clock: datetime, tmp_path: Path
) -> None:
    answers = (("A.1", Result.MET, None, "bell\x07 and null\x00 gone"),)
    built = build_audit(db, answers=answers, finalise=False)
    out = tmp_path / "report.xlsx"
    write_xlsx(report_data(db, built.audit_id), out)
    assert load_workbook(out)["Checklist"]["G2"].value == "bell and null gone"


def test_rewriting_replaces_the_file(report: AuditReport, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"an older report")
    write_xlsx(report, out)
    assert load_workbook(out).sheetnames[0] == "Summary"
    assert not (tmp_path / "report.xlsx.tmp").exists()


def test_a_missing_folder_is_a_domain_error_and_leaves_nothing(
    report: AuditReport, tmp_path: Path
) -> None:
    out = tmp_path / "no" / "such" / "folder" / "report.xlsx"
    with pytest.raises(DomainError, match=r"could not be written to .*report\.xlsx"):
        write_xlsx(report, out)
    assert not (tmp_path / "no").exists()


def test_a_failure_while_writing_keeps_the_old_file(
    report: AuditReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"the good old report")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(audit_report.os, "replace", fail)
    with pytest.raises(DomainError, match="No space left on device"):
        write_xlsx(report, out)
    assert out.read_bytes() == b"the good old report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("report")) == [
        "report.xlsx"
    ]


def test_a_bug_while_writing_is_not_disguised_and_leaves_no_tmp(
    report: AuditReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(src: object, dst: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(audit_report.os, "replace", boom)
    with pytest.raises(RuntimeError, match="a bug"):
        write_xlsx(report, tmp_path / "report.xlsx")
    assert list(tmp_path.glob("report*")) == []


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def cli_db(db: sqlite_utils.Database, db_path: Path, built: BuiltAudit) -> Path:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db_path


def test_cli_exports_xlsx(cli_db: Path, built: BuiltAudit, tmp_path: Path) -> None:
    out = tmp_path / "out" / "report.xlsx"
    out.parent.mkdir()
    result = _run(
        ["export", "audit", "--db", str(cli_db), "--audit", built.reference, "--out", str(out)],
        tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"audit report {built.reference} written to {out} (8 rows)\n"
    assert load_workbook(out).sheetnames == ["Summary", "Checklist", "Findings and actions"]
    assert [p.name for p in out.parent.iterdir()] == ["report.xlsx"]


def test_cli_exports_pdf(cli_db: Path, built: BuiltAudit, tmp_path: Path) -> None:
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    result = _run(
        # lower case works too: references are matched in upper case
        [
            "export",
            "audit",
            "--db",
            str(cli_db),
            "--audit",
            built.reference.lower(),
            "--out",
            str(out),
        ],
        tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"audit report {built.reference} written to {out} (1 page)\n"
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == ["report.pdf"]


def test_cli_unknown_audit_is_one_line_and_exit_1(cli_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    result = _run(
        ["export", "audit", "--db", str(cli_db), "--audit", "AUD-2026-9999", "--out", str(out)],
        tmp_path / "home",
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["aeo-desk: There is no audit AUD-2026-9999."]
    assert result.stdout == ""
    assert not out.exists()


def test_cli_missing_database_is_exit_1_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    result = _run(
        ["export", "audit", "--db", str(missing), "--audit", "AUD-2026-0001", "--out",
         str(tmp_path / "r.xlsx")],
        tmp_path / "home",
    )  # fmt: skip
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert not missing.exists()


@pytest.mark.parametrize("name", ["report.csv", "report", "report.xlsx.bak"])
def test_cli_unknown_extension_is_a_usage_error(name: str, tmp_path: Path) -> None:
    result = _run(
        ["export", "audit", "--db", "x.sqlite", "--audit", "AUD-2026-0001", "--out", name],
        tmp_path / "home",
    )
    assert result.returncode == 2
    assert "usage: aeo-desk export audit" in result.stderr
    assert "must end in .xlsx or .pdf" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_export_needs_a_kind(tmp_path: Path) -> None:
    result = _run(["export"], tmp_path / "home")
    assert result.returncode == 2
    assert "usage: aeo-desk export" in result.stderr


def test_the_report_is_frozen_plain_data(report: AuditReport) -> None:
    """The PDF side gets plain values and needs nothing from the database."""
    with pytest.raises(AttributeError):
        report.reference = "X"  # type: ignore[misc]
    assert isinstance(report.planned_start, date)
    assert all(isinstance(name, str) for i in report.items for name in i.evidence)


def test_the_report_holds_codes_and_words_them_when_written(
    db: sqlite_utils.Database, built: BuiltAudit, tmp_path: Path
) -> None:
    """Labels are made when the report is written, in the language of that moment."""
    report = report_data(db, built.audit_id)
    i18n.set_language("fr")
    try:
        write_xlsx(report, tmp_path / "rapport.xlsx")
        assert audit_report.outcome_text(report) == Outcome.IMPROVEMENT_PLAN.label
    finally:
        i18n.set_language("en")
    wb = load_workbook(tmp_path / "rapport.xlsx")
    findings = _rows(wb["Constats et actions"])
    assert [r[3] for r in findings[1:]] == ["Mineur", "Majeur"]
    summary = {r[0]: r[1] for r in _rows(wb["Résumé"]) if r[0]}
    assert summary["Statut"] != "Finalised"
    assert isinstance(summary["Score global"], float)
