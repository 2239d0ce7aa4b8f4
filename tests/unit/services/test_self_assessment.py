"""The operator's self-assessment round trip: export a protected workbook for a case, fill it
in with openpyxl as an operator would (only the Answer and Comment cells), import it, and find
the answers beside the audit. Workbooks for another case, or with a changed structure, are
refused with the reason."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.audits import MINI_AEOF, MINI_MSME, case_in, install_mini, item_ids, plan
from helpers.builders import make_case, make_validator, programme_id
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.repositories.common import rows, scalar
from desktop.domain import checklists as cl
from desktop.domain.errors import DomainError, NotFoundError, ValidationError
from desktop.services import self_assessment as sa
from desktop.services import templates
from desktop.services.actor import Actor
from desktop.services.database import open_database
from desktop.services.self_assessment import (
    SHEET_ANSWERS,
    SHEET_INSTRUCTIONS,
    SHEET_META,
    AlreadyImportedError,
    OperatorAnswer,
    SelfAnswer,
)

ACTOR = Actor("Claire Dubois")
ANSWERS = ("Yes", "Partly", "No", "Not applicable")


def fill(path: Path, answers: dict[int, Any] | None = None, *, respondent: str = "") -> Path:
    """Fill in the workbook as the operator does: only the Answer and Comment cells (and the
    respondent cell), then save. Without ``answers``, every row cycles through the choices."""
    wb = load_workbook(path)
    ws = wb[SHEET_ANSWERS]
    for r in range(2, ws.max_row + 1):
        value = answers.get(r) if answers is not None else ANSWERS[r % 4]
        ws.cell(r, sa.ANSWER_COLUMN).value = value
        if value is not None:
            ws.cell(r, sa.COMMENT_COLUMN).value = f"comment on row {r}"
    if respondent:
        cell = wb[SHEET_META]["B7"].value
        wb[SHEET_INSTRUCTIONS][cell].value = respondent
    wb.save(path)
    return path


def edit(path: Path, change: Any) -> Path:
    wb = load_workbook(path)
    change(wb[SHEET_ANSWERS])
    wb.save(path)
    return path


def sa_count(db: sqlite_utils.Database) -> tuple[int, int]:
    return (
        int(scalar(db, "SELECT count(*) FROM self_assessments")),
        int(scalar(db, "SELECT count(*) FROM self_assessment_answers")),
    )


def in_scope_codes(db: sqlite_utils.Database, template_id: int, programme: str) -> list[str]:
    t = templates.template(db, template_id)
    return [i.code for i in t.all_items() if cl.in_scope(i, programme, programme == "MSME")]


@pytest.fixture
def case_id(db: sqlite_utils.Database, frozen_clock: datetime) -> int:
    validator = make_validator(db, name="Claire Dubois", email="claire.dubois@douane.example")
    return make_case(db, validator_id=validator)


@pytest.fixture
def exported(db: sqlite_utils.Database, case_id: int, tmp_path: Path) -> Path:
    path = tmp_path / "self-assessment.xlsx"
    sa.export_workbook(db, case_id, path, ACTOR)
    return path


# --- export ---------------------------------------------------------------------------------


def test_export_writes_one_row_per_applicable_item(
    db: sqlite_utils.Database, case_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "sa.xlsx"
    n = sa.export_workbook(db, case_id, path, ACTOR)
    default = templates.default_for(db, "AEOF").template_id
    codes = in_scope_codes(db, default, "AEOF")
    assert n == len(codes) > 10
    wb = load_workbook(path)
    assert wb.sheetnames == [SHEET_INSTRUCTIONS, SHEET_ANSWERS, SHEET_META]
    assert wb.active is not None and wb.active.title == SHEET_INSTRUCTIONS
    ws = wb[SHEET_ANSWERS]
    assert [c.value for c in ws[1]] == [t for t, _w, _wrap in sa.COLUMNS]
    assert [ws.cell(r, 2).value for r in range(2, ws.max_row + 1)] == codes
    t = templates.template(db, default)
    first = next(i for i in t.all_items() if i.code == codes[0])
    assert (ws["C2"].value, ws["D2"].value) == (first.text, first.guidance)
    assert ws["A2"].value.startswith(t.sections[0].code + " ")
    assert ws["E2"].value is None and ws["F2"].value is None
    assert not (tmp_path / "sa.xlsx.tmp").exists()


def test_the_workbook_is_protected_with_a_dropdown_and_a_hidden_token(
    db: sqlite_utils.Database, case_id: int, exported: Path
) -> None:
    wb = load_workbook(exported)
    ws = wb[SHEET_ANSWERS]
    last = ws.max_row
    assert ws.protection.sheet is True
    assert wb[SHEET_INSTRUCTIONS].protection.sheet is True
    assert wb.security is not None and wb.security.lockStructure
    for r in range(2, last + 1):
        for col in range(1, 5):
            assert ws.cell(r, col).protection.locked, (r, col)
        assert not ws.cell(r, sa.ANSWER_COLUMN).protection.locked
        assert not ws.cell(r, sa.COMMENT_COLUMN).protection.locked
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list"
    assert dv.formula1 == '"Yes,Partly,No,Not applicable"'
    assert str(dv.sqref) == f"E2:E{last}"
    assert dv.showErrorMessage
    meta_ws = wb[SHEET_META]
    assert meta_ws.sheet_state == "veryHidden"
    meta = {r[0].value: r[1].value for r in meta_ws.iter_rows()}
    (record,) = rows(db, "SELECT * FROM self_assessment_workbooks WHERE case_id = ?", [case_id])
    assert meta["token"] == record["token"] and len(record["token"]) == 32
    assert meta["format"] == sa.FORMAT
    pairs = [[ws.cell(r, 2).value, ws.cell(r, 3).value] for r in range(2, last + 1)]
    digest = hashlib.sha256(json.dumps(pairs, ensure_ascii=False).encode()).hexdigest()
    assert meta["structure_sha256"] == record["structure_sha256"] == digest
    assert record["created_by"] == ACTOR.name


def test_the_instructions_are_plain_and_name_the_validator(exported: Path) -> None:
    wb = load_workbook(exported)
    text = "\n".join(
        str(c.value) for row in wb[SHEET_INSTRUCTIONS].iter_rows() for c in row if c.value
    )
    for phrase in (
        "Authorised Economic Operator",
        "Partly",
        "Not applicable",
        "you do not need a customs department",
        "Claire Dubois, claire.dubois@douane.example",
        "Do not".lower(),
    ):
        assert phrase.lower() in text.lower(), phrase


def test_a_password_protects_sheets_and_structure(
    db: sqlite_utils.Database, case_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "locked.xlsx"
    sa.export_workbook(db, case_id, path, ACTOR, password="s3cret")
    wb = load_workbook(path)
    assert wb[SHEET_ANSWERS].protection.password
    assert wb.security is not None and wb.security.workbookPassword


def test_the_msme_track_asks_only_what_it_keeps(
    db: sqlite_utils.Database, frozen_clock: datetime, tmp_path: Path
) -> None:
    case = make_case(db, programme_id=programme_id(db, "MSME"))
    n = sa.export_workbook(db, case, tmp_path / "msme.xlsx", ACTOR)
    template_id = templates.default_for(db, "MSME").template_id
    assert n == len(in_scope_codes(db, template_id, "MSME"))
    # With an audit on the case, its checklist decides.
    audit = plan(db, case_id=case_in(db, programme="MSME"), template_id=install_mini(db))
    case_of_audit = int(scalar(db, "SELECT case_id FROM audits WHERE id = ?", [audit]))
    path = tmp_path / "msme-audit.xlsx"
    assert sa.export_workbook(db, case_of_audit, path, ACTOR) == len(MINI_MSME)
    ws = load_workbook(path)[SHEET_ANSWERS]
    assert tuple(ws.cell(r, 2).value for r in range(2, ws.max_row + 1)) == MINI_MSME


def test_export_of_a_missing_case_and_a_failed_write(
    db: sqlite_utils.Database, case_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(NotFoundError):
        sa.export_workbook(db, 999_999, tmp_path / "x.xlsx", ACTOR)
    target = tmp_path / "existing.xlsx"
    target.write_bytes(b"the previous file")
    before = scalar(db, "SELECT count(*) FROM self_assessment_workbooks")

    def full_disk(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    with pytest.raises(DomainError, match=r"could not be written.*No space left on device"):
        sa.export_workbook(db, case_id, target, ACTOR)
    assert target.read_bytes() == b"the previous file"  # the old file is untouched
    assert not (tmp_path / "existing.xlsx.tmp").exists()  # and no half-written file is left
    assert scalar(db, "SELECT count(*) FROM self_assessment_workbooks") == before  # no token

    def crash(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half a file")
        raise RuntimeError("killed")

    monkeypatch.setattr(Workbook, "save", crash)
    with pytest.raises(RuntimeError):
        sa.export_workbook(db, case_id, target, ACTOR)
    assert target.read_bytes() == b"the previous file"
    assert not (tmp_path / "existing.xlsx.tmp").exists()


# --- the round trip -------------------------------------------------------------------------


def test_round_trip_puts_the_answers_beside_the_audit(
    db: sqlite_utils.Database, frozen_clock: datetime, tmp_path: Path
) -> None:
    audit = plan(db)  # the mini checklist, on AEOF
    case = int(scalar(db, "SELECT case_id FROM audits WHERE id = ?", [audit]))
    path = tmp_path / "sa.xlsx"
    assert sa.export_workbook(db, case, path, ACTOR) == len(MINI_AEOF)
    ws = load_workbook(path)[SHEET_ANSWERS]
    code = {r: ws.cell(r, 2).value for r in range(2, ws.max_row + 1)}
    assert sorted(code.values()) == sorted(MINI_AEOF)  # in the checklist screen's order
    filled = {2: "Yes", 3: "partly", 4: "No", 5: "Not applicable", 6: " N/A ", 7: None}
    fill(path, filled, respondent="Jean Dupont, manager")
    sa_id = sa.import_workbook(db, path, ACTOR, case_id=case)
    by_code = sa.answers_for_case(db, case)
    assert by_code == {
        code[2]: OperatorAnswer(SelfAnswer.YES, "comment on row 2"),
        code[3]: OperatorAnswer(SelfAnswer.PARTLY, "comment on row 3"),
        code[4]: OperatorAnswer(SelfAnswer.NO, "comment on row 4"),
        code[5]: OperatorAnswer(SelfAnswer.NOT_APPLICABLE, "comment on row 5"),
        code[6]: OperatorAnswer(SelfAnswer.NOT_APPLICABLE, "comment on row 6"),
    }  # row 7 was left unanswered
    answer, comment = by_code[code[3]]  # a plain pair too
    assert (answer.label, comment) == ("Partly", "comment on row 3")
    assert list(item_ids(db, audit)) == list(code.values())
    ids = item_ids(db, audit)
    assert sa.for_audit(db, audit) == {ids[code]: a for code, a in by_code.items()}
    latest = sa.latest(db, case)
    assert latest is not None and latest["id"] == sa_id
    assert (latest["respondent"], latest["imported_by"], latest["file_name"]) == (
        "Jean Dupont, manager",
        ACTOR.name,
        "sa.xlsx",
    )
    # A second, corrected workbook becomes the latest; the first is kept in the history.
    fill(path, {r: "Yes" for r in range(2, 8)})
    second = sa.import_workbook(db, path, ACTOR, case_id=case)
    assert second != sa_id
    assert {a.answer for a in sa.answers_for_case(db, case).values()} == {SelfAnswer.YES}
    assert [h["id"] for h in sa.history(db, case)] == [second, sa_id]


def test_for_audit_maps_by_code_when_the_audit_uses_another_template_version(
    db: sqlite_utils.Database, case_id: int, exported: Path
) -> None:
    fill(exported)
    sa.import_workbook(db, exported, ACTOR)
    assert len(sa.answers_for_case(db, case_id)) > 10
    audit = plan(db, case_id=case_id)  # planned after the export, with the mini checklist
    answers = sa.for_audit(db, audit)
    ids = item_ids(db, audit)
    default_codes = set(sa.answers_for_case(db, case_id))
    assert set(answers) == {ids[c] for c in ids if c in default_codes}
    with pytest.raises(NotFoundError):
        sa.for_audit(db, 999_999)
    assert sa.answers_for_case(db, 999_999) == {}


def test_the_same_file_twice_is_refused_politely(
    db: sqlite_utils.Database, case_id: int, exported: Path
) -> None:
    fill(exported)
    first = sa.import_workbook(db, exported, ACTOR)
    before = sa_count(db)
    with pytest.raises(
        AlreadyImportedError, match=r"already imported on .* by Claire Dubois; noth"
    ):
        sa.import_workbook(db, exported, ACTOR, case_id=case_id)
    assert sa_count(db) == before
    try:
        sa.import_workbook(db, exported, ACTOR)
    except AlreadyImportedError as exc:
        assert exc.self_assessment_id == first


# --- refusals -------------------------------------------------------------------------------


def test_another_cases_workbook_is_refused(
    db: sqlite_utils.Database, case_id: int, exported: Path
) -> None:
    other = make_case(db)
    fill(exported)
    refs = {r["id"]: r["reference"] for r in rows(db, "SELECT id, reference FROM cases")}
    name = scalar(
        db,
        "SELECT o.name FROM cases c JOIN operators o ON o.id = c.operator_id WHERE c.id = ?",
        [case_id],
    )
    with pytest.raises(DomainError) as refused:
        sa.import_workbook(db, exported, ACTOR, case_id=other)
    assert str(refused.value) == (
        f"self-assessment.xlsx is the self-assessment of case {refs[case_id]} ({name}), "
        f"not of case {refs[other]}."
    )
    assert sa_count(db) == (0, 0)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda ws: ws.delete_rows(4), r"row 4 holds item .*, which belongs on row 5; row 4"),
        (lambda ws: ws.insert_rows(3), r"row 3 should hold item .*, but it is empty"),
        (lambda ws: ws.cell(5, 3, "Something easier."), r"row 5, Criterion: the text of item"),
        (lambda ws: ws.move_range("A2:F2", rows=200), "row 2 should hold item"),
        (
            lambda ws: [ws.cell(2, c, ws.cell(3, c).value) for c in (1, 2, 3, 4)],
            "row 2 holds item .*, which belongs on row 3",
        ),
        (lambda ws: ws.cell(ws.max_row + 1, 2, "Z.9"), "row .* was added below the last"),
        (lambda ws: ws.cell(1, 5, "Reply"), "the header row of the sheet"),
        (lambda ws: ws.cell(3, 2, "ZZ.1"), "row 3 holds 'ZZ.1', which is not a question"),
    ],
)
def test_a_changed_structure_is_refused(
    db: sqlite_utils.Database, case_id: int, exported: Path, change: Any, reason: str
) -> None:
    fill(exported)
    edit(exported, change)
    with pytest.raises(DomainError, match=reason):
        sa.import_workbook(db, exported, ACTOR, case_id=case_id)
    assert sa_count(db) == (0, 0)


def test_invalid_answers_are_refused_naming_row_and_column(
    db: sqlite_utils.Database, case_id: int, exported: Path
) -> None:
    fill(exported)

    def spoil(ws: Worksheet) -> None:
        ws.cell(5, sa.ANSWER_COLUMN, "Maybe")
        ws.cell(7, sa.ANSWER_COLUMN, 42)
        ws.cell(8, sa.ANSWER_COLUMN, '=IF(1,"Yes","No")')
        ws.cell(9, sa.COMMENT_COLUMN, "x" * 5000)

    edit(exported, spoil)
    with pytest.raises(ValidationError) as refused:
        sa.import_workbook(db, exported, ACTOR, case_id=case_id)
    code5 = load_workbook(exported)[SHEET_ANSWERS].cell(5, 2).value
    assert refused.value.problems == {
        "Row 5, Answer": f"'Maybe' (item {code5}) is not one of Yes, Partly, No, Not applicable.",
        "Row 7, Answer": refused.value.problems["Row 7, Answer"],
        "Row 8, Answer": "is a formula; pick the answer from the list.",
        "Row 9, Comment": "is 5,000 characters long; at most 4,000.",
    }
    assert refused.value.problems["Row 7, Answer"].startswith("'42'")
    assert sa_count(db) == (0, 0)


def test_an_empty_workbook_is_refused(
    db: sqlite_utils.Database, case_id: int, exported: Path
) -> None:
    with pytest.raises(DomainError, match="has no answers yet"):
        sa.import_workbook(db, exported, ACTOR, case_id=case_id)


def test_files_that_are_not_self_assessment_workbooks(
    db: sqlite_utils.Database, case_id: int, exported: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    with pytest.raises(DomainError, match="not an AEO Desk self-assessment workbook"):
        sa.import_workbook(db, plain, ACTOR)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 nope")
    with pytest.raises(DomainError, match="is not an Excel workbook that can be read"):
        sa.import_workbook(db, junk, ACTOR)
    with pytest.raises(DomainError, match=r"Cannot read missing\.xlsx"):
        sa.import_workbook(db, tmp_path / "missing.xlsx", ACTOR)
    # The hidden sheet says something else, or its token was changed.
    fill(exported)
    wb = load_workbook(exported)
    wb[SHEET_META]["B1"] = "something/2"
    wb.save(tmp_path / "format.xlsx")
    with pytest.raises(DomainError, match="not an AEO Desk self-assessment workbook"):
        sa.import_workbook(db, tmp_path / "format.xlsx", ACTOR)
    wb = load_workbook(exported)
    wb[SHEET_META]["B2"] = "0" * 32
    wb.save(tmp_path / "token.xlsx")
    with pytest.raises(DomainError, match="not made by this AEO Desk database"):
        sa.import_workbook(db, tmp_path / "token.xlsx", ACTOR)
    wb = load_workbook(exported)
    wb[SHEET_META]["B3"] = "f" * 64
    wb.save(tmp_path / "hash.xlsx")
    with pytest.raises(DomainError, match="its structure record does not match"):
        sa.import_workbook(db, tmp_path / "hash.xlsx", ACTOR)
    assert sa_count(db) == (0, 0)


def test_a_workbook_from_another_database_is_refused(
    db: sqlite_utils.Database, case_id: int, exported: Path, _template_db_path: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    fill(exported)
    other_path = tmp_path / "other.sqlite"
    shutil.copy(_template_db_path, other_path)
    other = open_database(other_path)
    try:
        with pytest.raises(DomainError, match="not made by this AEO Desk database"):
            sa.import_workbook(other, exported, ACTOR)
    finally:
        other.close()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_its_save_imports(
    db: sqlite_utils.Database, case_id: int, exported: Path, tmp_path: Path
) -> None:
    """An operator with LibreOffice: the file converts without a complaint, and the answers of
    the file LibreOffice saves come back the same."""
    fill(exported)
    out = tmp_path / "lo"
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
         "--outdir", str(out), str(exported)],
        capture_output=True, text=True, timeout=180, check=False,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    converted = out / exported.name
    original = load_workbook(exported)[SHEET_ANSWERS]
    again = load_workbook(converted)[SHEET_ANSWERS]
    assert [[c.value for c in r] for r in again.iter_rows()] == [
        [c.value for c in r] for r in original.iter_rows()
    ]
    sa.import_workbook(db, converted, ACTOR, case_id=case_id)
    assert len(sa.answers_for_case(db, case_id)) == original.max_row - 1
