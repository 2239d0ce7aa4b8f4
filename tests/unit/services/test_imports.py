"""Bulk imports: the dry run names every problem by row and column, the import is all or
nothing, and importing the same file again changes nothing."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_operator, make_validator
from openpyxl import Workbook, load_workbook

from db.repositories import imports as import_repo
from db.repositories.common import new_uuid, rows, scalar
from desktop import cli
from desktop.domain.errors import DomainError
from desktop.services import clock, imports, operator_service
from desktop.services.actor import Actor
from desktop.services.imports import Action, ImportRefusedError

ACTOR = Actor("Importer")
OPS = [
    "Name", "EORI", "VAT", "Headcount", "Turnover (EUR)", "Balance sheet (EUR)", "Sector",
    "Roles", "Region", "Address",
]  # fmt: skip
STAFF = ["Name", "Email", "Roles", "Office", "Capacity", "Active from", "Active to"]
TRAINING = ["Staff email", "Staff name", "Course code", "Completed on", "Result", "Certificate"]


def write_xlsx(path: Path, rows_: list[list[Any]], sheet: str = "Sheet1", **extra: Any) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for r in rows_:
        ws.append(r)
    for name, extra_rows in extra.items():
        other = wb.create_sheet(name.replace("_", " "))
        for r in extra_rows:
            other.append(r)
    wb.save(path)
    return path


def write_csv(path: Path, rows_: list[list[Any]], delimiter: str = ",", bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows_)
    return path


def op_row(name: str, eori: str, headcount: Any = 12, **kw: Any) -> list[Any]:
    values = {
        "VAT": "", "Turnover (EUR)": 1_500_000, "Balance sheet (EUR)": "", "Sector": "Furniture",
        "Roles": "importer", "Region": "Bretagne", "Address": "1 quai Est",
    }  # fmt: skip
    values.update({k.replace("_", " "): v for k, v in kw.items()})
    return [name, eori, values["VAT"], headcount, *(values[c] for c in OPS[4:])]


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    tables = ("operators", "operator_identifiers", "staff", "staff_role_changes",
              "training_records")  # fmt: skip
    return {t: int(scalar(db, f"SELECT count(*) FROM {t}")) for t in tables}


def errors_of(plan: imports.ImportPlan) -> list[str]:
    return [str(e) for e in plan.errors]


# --- templates ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", imports.KINDS)
def test_template_has_the_header_an_example_and_a_read_me(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.xlsx"
    imports.template_workbook(kind, path)
    lay = imports.layout(kind)
    wb = load_workbook(path)
    assert wb.sheetnames == [lay.sheet, "Example", "Read me"]
    titles = [c.title for c in lay.columns]
    assert [c.value for c in wb[lay.sheet][1]] == titles
    assert wb[lay.sheet].max_row >= 1 and wb[lay.sheet]["A2"].value is None
    assert [c.value for c in wb["Example"][1]] == titles
    assert any(c.value not in (None, "") for c in wb["Example"][2])
    readme = [c.value for row in wb["Read me"].iter_rows() for c in row if c.value]
    for title in titles:
        assert title in readme
    assert lay.matched_by in readme
    assert not (tmp_path / f"{kind}.xlsx.tmp").exists()


def test_the_example_rows_import_cleanly(db: sqlite_utils.Database, tmp_path: Path) -> None:
    for kind in ("operators", "staff"):
        path = tmp_path / f"{kind}.xlsx"
        imports.template_workbook(kind, path)
        empty = imports.plan_import(db, kind, path)
        assert errors_of(empty) == [f"File: {kind}.xlsx has a header row but no rows to import."]
        wb = load_workbook(path)
        data, example = wb[imports.layout(kind).sheet], wb["Example"]
        for cell in example[2]:
            data.cell(2, cell.column, cell.value)
        wb.save(path)
        plan = imports.plan_import(db, kind, path)
        assert plan.ok, errors_of(plan)
        assert (plan.to_add, plan.to_update, plan.to_skip) == (1, 0, 0)
        assert imports.run_import(db, kind, path, ACTOR).added == 1


def test_an_unknown_kind_is_refused(db: sqlite_utils.Database, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="Unknown import kind 'cases'"):
        imports.plan_import(db, "cases", tmp_path / "x.csv")


# --- operators ------------------------------------------------------------------------------


def test_dry_run_writes_nothing_then_the_import_adds_everything(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "ops.xlsx",
        [
            OPS,
            op_row("Atelier Nord", "FR11111111111", 8, Roles="importer, Exporter"),
            op_row("Bocage Meubles", "FR22222222222", "1 500", VAT="FR40222222222"),
            op_row("Port Sud", "", 60, VAT="ES B12345678", **{"Turnover (EUR)": "2,5M"}),
        ],
        sheet="Operators",
    )
    before = counts(db)
    plan = imports.plan_import(db, "operators", path)
    assert plan.ok, errors_of(plan)
    assert [(r.row, r.action, r.key) for r in plan.rows] == [
        (2, Action.ADD, "EORI FR11111111111"),
        (3, Action.ADD, "EORI FR22222222222"),
        (4, Action.ADD, "VAT ES B12345678"),
    ]
    assert counts(db) == before
    result = imports.run_import(db, "operators", path, ACTOR)
    assert (result.added, result.updated, result.skipped) == (3, 0, 0)
    after = counts(db)
    assert after["operators"] == before["operators"] + 3
    assert after["operator_identifiers"] == before["operator_identifiers"] + 4
    atelier = operator_service.get_operator(db, result.ids[0])
    assert atelier["roles"] == ["importer", "exporter"]
    assert atelier["size_class"] == "micro"
    bocage = operator_service.get_operator(db, result.ids[1])
    assert bocage["headcount"] == 1500 and bocage["size_class"] == "large"
    assert {(i["scheme"], i["country"], i["value"]) for i in bocage["identifiers"]} == {
        ("EORI", "FR", "FR22222222222"),
        ("VAT", "FR", "FR40222222222"),
    }
    port = operator_service.get_operator(db, result.ids[2])
    assert port["turnover_eur"] == 2_500_000
    assert port["identifiers"] == [{"scheme": "VAT", "country": "ES", "value": "ES B12345678"}]


def test_importing_the_same_file_again_changes_nothing(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "ops.csv",
        [OPS, op_row("Atelier Nord", "FR11111111111"), op_row("Bocage", "FR22222222222")],
    )
    imports.run_import(db, "operators", path, ACTOR)
    snapshot = rows(db, "SELECT * FROM operators ORDER BY id")
    before = counts(db)
    plan = imports.plan_import(db, "operators", path)
    assert (plan.to_add, plan.to_update, plan.to_skip) == (0, 0, 2)
    result = imports.run_import(db, "operators", path, ACTOR)
    assert (result.added, result.updated, result.skipped, result.ids) == (0, 0, 2, ())
    assert counts(db) == before
    assert rows(db, "SELECT * FROM operators ORDER BY id") == snapshot


def test_an_update_changes_the_given_columns_and_keeps_empty_ones(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    operator_id = make_operator(
        db, name="Opale SARL", turnover_eur=4e6, identifiers=[("EORI", "FR", "FR00000000000777")]
    )
    path = write_xlsx(
        tmp_path / "ops.xlsx",
        [OPS, op_row("Opale SARL", "fr 0000 0000 0007 77", 22, **{"Turnover (EUR)": None})],
    )
    plan = imports.plan_import(db, "operators", path)
    assert plan.ok, errors_of(plan)
    (row,) = plan.rows
    assert (row.action, row.target_id) == (Action.UPDATE, operator_id)
    assert set(row.changes) == {"Headcount", "Sector", "Address"}  # Region is the same
    imports.run_import(db, "operators", path, ACTOR)
    op = operator_service.get_operator(db, operator_id)
    assert op["headcount"] == 22
    assert op["turnover_eur"] == 4e6  # the empty cell kept it
    assert op["sector"] == "Furniture"


def test_a_row_without_eori_is_matched_by_vat_then_tin(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    by_vat = make_operator(db, identifiers=[("VAT", "DE", "DE123456789")])
    by_tin = make_operator(db, identifiers=[("TIN", "IT", "12345678901")])
    path = write_csv(
        tmp_path / "ops.csv",
        [
            ["Name", "VAT", "TIN", "Country", "Headcount"],
            ["Bayern GmbH", "DE123456789", "", "", 30],
            ["Roma Srl", "", "12345678901", "IT", 31],
        ],
    )
    plan = imports.plan_import(db, "operators", path)
    assert plan.ok, errors_of(plan)
    assert [(r.action, r.target_id) for r in plan.rows] == [
        (Action.UPDATE, by_vat),
        (Action.UPDATE, by_tin),
    ]


def test_every_problem_is_named_by_row_and_column(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    make_operator(db, name="Taken SA", identifiers=[("VAT", "FR", "FR99999999999")])
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            OPS,
            op_row("Good One", "FR10000000001"),
            op_row("Bad EORI", "12XX"),
            op_row("Bad count", "FR10000000003", "abc"),
            op_row("Formula", "FR10000000004", "=SUM(A1:A3)"),
            op_row("X" * 5000, "FR10000000005"),
            op_row("Pirates", "FR10000000006", Roles="importer, pirate"),
            op_row("Half", "FR10000000007", 2.5),
            op_row(datetime(2024, 1, 2), "FR10000000008"),
            op_row("No id", ""),
            op_row("Twice", "FR10000000001"),
            op_row("Clash", "FR10000000011", VAT="FR99999999999"),
            op_row("Minus", "FR10000000012", -3),
            op_row("", "FR10000000013"),
            op_row("Error cell", "FR10000000014", "#N/A"),
            op_row("Money", "FR10000000015", **{"Turnover (EUR)": "lots"}),
        ],
    )
    plan = imports.plan_import(db, "operators", path)
    found = {(e.row, e.column) for e in plan.errors}
    assert found == {
        (3, "EORI"),
        (4, "Headcount"),
        (5, "Headcount"),
        (6, "Name"),
        (7, "Roles"),
        (8, "Headcount"),
        (9, "Name"),
        (10, "EORI"),
        (11, "EORI"),
        (12, "VAT"),
        (13, "Headcount"),
        (14, "Name"),
        (15, "Headcount"),
        (16, "Turnover (EUR)"),
    }
    text = "\n".join(errors_of(plan))
    assert "Row 3, EORI: '12XX' is not a valid EORI" in text
    assert "Row 4, Headcount: 'abc' is not a whole number." in text
    assert "Row 5, Headcount: is a formula (=SUM(A1:A3)); type the value itself." in text
    assert "Row 6, Name: is 5,000 characters long; at most 200 are allowed." in text
    assert "Row 7, Roles: unknown: 'pirate'" in text
    assert "Row 8, Headcount: '2.5' is not a whole number." in text
    assert "Row 9, Name: is a date or time" in text
    assert "Row 10, EORI: give an EORI, a VAT or a TIN" in text
    assert "Row 11, EORI: EORI FR10000000001 is also on row 2." in text
    assert "Row 12, VAT: VAT FR99999999999 already belongs to Taken SA." in text
    assert "Row 13, Headcount: cannot be negative." in text
    assert "Row 14, Name: is required." in text
    assert "Row 15, Headcount: holds the Excel error #N/A." in text
    assert "Row 16, Turnover (EUR): 'lots' is not an amount in EUR." in text
    assert plan.to_add == 1  # the good row is planned, but nothing runs while errors remain
    before = counts(db)
    with pytest.raises(ImportRefusedError, match=r"Nothing was imported: bad\.xlsx has 14 errors"):
        imports.run_import(db, "operators", path, ACTOR)
    assert counts(db) == before


def test_header_problems(db: sqlite_utils.Database, tmp_path: Path) -> None:
    missing = write_csv(tmp_path / "m.csv", [["Name", "EORI"], ["A", "FR1"]])
    assert errors_of(imports.plan_import(db, "operators", missing)) == [
        "Row 1, Headcount: this required column is missing from the header."
    ]
    no_id = write_csv(tmp_path / "n.csv", [["Name", "Headcount"], ["A", 1]])
    assert errors_of(imports.plan_import(db, "operators", no_id)) == [
        "Row 1, EORI: the file needs an EORI, a VAT or a TIN column to match operators."
    ]
    typo = write_csv(tmp_path / "t.csv", [["Name", "EORI", "Headcount", "Turnvoer (EUR)"]])
    assert errors_of(imports.plan_import(db, "operators", typo)) == [
        "Row 1, column D 'Turnvoer (EUR)': unknown column; did you mean 'Turnover (EUR)'?"
    ]
    twice = write_csv(tmp_path / "d.csv", [["Name", "EORI", "Headcount", "eori number"]])
    assert errors_of(imports.plan_import(db, "operators", twice)) == [
        "Row 1, EORI: the column appears twice (columns B and D)."
    ]
    # Aliases, any order, any case; an unrelated column is ignored with a note.
    extra = write_csv(
        tmp_path / "e.csv",
        [["EMPLOYEES", "company name", "Internal notes", "eori_number"], ["7", "Ok", "x", "FR1"]],
    )
    plan = imports.plan_import(db, "operators", extra)
    assert plan.ok, errors_of(plan)
    assert plan.warnings == ("column C 'Internal notes' is not an import column and is ignored.",)
    stray = write_csv(tmp_path / "s.csv", [["Name", "EORI", "Headcount", ""], ["A", "FR1", 1, "?"]])
    assert errors_of(imports.plan_import(db, "operators", stray)) == [
        "Row 2, column D: holds a value, but the column has no header."
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "File: empty.csv is empty: there is no header row."),
        ("blank.csv", b"\n \n;;\n", "File: blank.csv is empty: there is no header row."),
        ("latin.csv", "Name;Société\n".encode("latin-1"), "File: latin.csv is not UTF-8"),
        ("nul.csv", b"Name,EORI,Headcount\nA\x00,FR1,1\n", "Row 2, Name: contains control"),
        ("junk.xlsx", b"PK\x03\x04 not really a zip", "File: junk.xlsx is not an Excel workbook"),
        ("text.xlsx", b"Name,EORI\n", "File: text.xlsx is not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "File: old.xls: save the file as an Excel workbook"),
        ("notes.txt", b"hello", "File: notes.txt: only .xlsx and .csv files can be imported."),
    ],
)
def test_unreadable_files_are_an_error_in_the_plan(
    db: sqlite_utils.Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    plan = imports.plan_import(db, "operators", path)
    assert not plan.ok and not plan.rows
    assert message in "\n".join(errors_of(plan))
    with pytest.raises(ImportRefusedError):
        imports.run_import(db, "operators", path, ACTOR)


def test_missing_and_empty_workbooks(db: sqlite_utils.Database, tmp_path: Path) -> None:
    plan = imports.plan_import(db, "operators", tmp_path / "gone.xlsx")
    assert errors_of(plan)[0].startswith("File: cannot read gone.xlsx")
    empty = write_xlsx(tmp_path / "empty.xlsx", [])
    assert errors_of(imports.plan_import(db, "operators", empty)) == [
        "File: empty.xlsx is empty: there is no header row."
    ]
    only_readme = write_xlsx(tmp_path / "r.xlsx", [["hello"]], sheet="Read me")
    assert (
        "the workbook has no sheet to import"
        in errors_of(imports.plan_import(db, "operators", only_readme))[0]
    )


def test_the_data_sheet_is_found_by_name_and_other_sheets_are_ignored(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["anything", "=1+1"])
    ops = wb.create_sheet("operators ")
    ops.append(OPS)
    ops.append(op_row("Atelier", "FR11111111111"))
    wb.create_sheet("Example").append(["whatever"])
    wb.save(tmp_path / "multi.xlsx")
    plan = imports.plan_import(db, "operators", tmp_path / "multi.xlsx")
    assert plan.ok, errors_of(plan)
    assert plan.to_add == 1
    assert plan.warnings == (
        "only the sheet 'operators ' is read; other sheets are ignored (Notes).",
    )


def test_csv_with_semicolons_a_bom_and_numbers_as_text(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "ops.csv",
        [
            ["Name", "EORI", "Headcount", "Turnover (EUR)", "Balance sheet (EUR)", "Roles"],
            ["Société Générale de Bois", "FR33333333333", "1 200", "12,5M", "750k", "carrier"],
            ["Pêcheries", "FR44444444444", "9", "1500,50", "", "importer; exporter"],
        ],
        delimiter=";",
        bom=True,
    )
    plan = imports.plan_import(db, "operators", path)
    assert plan.ok, errors_of(plan)
    result = imports.run_import(db, "operators", path, ACTOR)
    first = operator_service.get_operator(db, result.ids[0])
    assert (first["name"], first["headcount"]) == ("Société Générale de Bois", 1200)
    assert (first["turnover_eur"], first["balance_sheet_eur"]) == (12_500_000, 750_000)
    second = operator_service.get_operator(db, result.ids[1])
    assert second["turnover_eur"] == 1500.5
    assert second["roles"] == ["importer", "exporter"]


def test_row_numbers_follow_the_spreadsheet_with_blank_rows(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "gaps.xlsx",
        [[], OPS, [], op_row("Ok", "FR11111111111"), [None, None], op_row("Bad", "FR2", "x")],
    )
    plan = imports.plan_import(db, "operators", path)
    assert errors_of(plan) == ["Row 6, Headcount: 'x' is not a whole number."]
    assert [r.row for r in plan.rows] == [4]


def test_too_many_rows_are_refused(
    db: sqlite_utils.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imports, "MAX_ROWS", 3)
    padded = [[row, [], [""] * 3] for row in (op_row(f"Op {n}", f"FR{n:011d}") for n in range(6))]
    table = [OPS, *(r for triple in padded for r in triple)]
    path = write_csv(tmp_path / "big.csv", table)
    assert errors_of(imports.plan_import(db, "operators", path)) == [
        "Row 11: the file has more than 3 rows; split it."  # blank lines do not count
    ]
    xlsx = write_xlsx(tmp_path / "big.xlsx", table)
    assert errors_of(imports.plan_import(db, "operators", xlsx)) == [
        "Row 11: the file has more than 3 rows; split it."
    ]


# --- staff ----------------------------------------------------------------------------------


def test_staff_are_added_then_matched_by_email(
    db: sqlite_utils.Database, tmp_path: Path, frozen_clock: datetime
) -> None:
    existing = make_validator(db, name="Lou Bernard", email="Lou.Bernard@douane.example")
    path = write_xlsx(
        tmp_path / "staff.xlsx",
        [
            STAFF,
            ["Ana Costa", "ana.costa@douane.example", "validator, Manager", "Nantes", 7.5,
             date(2024, 1, 8), None],
            ["Lou  Bernard", "lou.bernard@DOUANE.example", "validator", "Bretagne", 10,
             "2020-01-01", None],
        ],
        sheet="Staff",
    )  # fmt: skip
    plan = imports.plan_import(db, "staff", path)
    assert plan.ok, errors_of(plan)
    assert [(r.action, r.target_id) for r in plan.rows] == [
        (Action.ADD, None),
        (Action.SKIP, existing),
    ]
    result = imports.run_import(db, "staff", path, ACTOR)
    ana = next(s for s in import_repo.all_staff(db) if s["id"] == result.ids[0])
    assert ana["roles"] == ["validator", "manager"]
    assert (ana["office"], ana["caseload_capacity"], ana["active_from"]) == (
        "Nantes",
        7.5,
        "2024-01-08",
    )
    # A change of roles is an update, and recorded as a role change (onboarding follows it).
    wb = load_workbook(path)
    wb["Staff"]["C3"] = "validator, contact officer"
    wb.save(path)
    before = counts(db)
    plan = imports.plan_import(db, "staff", path)
    assert [(r.action, r.changes) for r in plan.rows] == [
        (Action.SKIP, ()),
        (Action.UPDATE, ("Roles",)),
    ]
    imports.run_import(db, "staff", path, ACTOR)
    assert counts(db)["staff_role_changes"] == before["staff_role_changes"] + 1
    change = rows(db, "SELECT * FROM staff_role_changes ORDER BY id DESC LIMIT 1")[0]
    assert (change["staff_id"], json.loads(change["roles"])) == (
        existing,
        ["validator", "contact officer"],
    )
    assert change["changed_on"] == clock.today().isoformat()
    assert imports.plan_import(db, "staff", path).to_skip == 2


def test_staff_problems(db: sqlite_utils.Database, tmp_path: Path) -> None:
    make_validator(db, email="dup@douane.example")
    make_validator(db, email="DUP@douane.example")
    path = write_csv(
        tmp_path / "staff.csv",
        [
            STAFF,
            ["A", "not-an-email", "", "", "", "2024-01-01", ""],
            ["B", "b@douane.example", "boss", "", "", "01/03/2024", ""],
            ["C", "c@douane.example", "", "", "-1", "2024-02-30", ""],
            ["D", "d@douane.example", "", "", "", "2024-05-01", "2024-04-30"],
            ["E", "D@douane.example", "", "", "lots", "2024-05-01", ""],
            ["F", "dup@douane.example", "", "", "", "2024-05-01", ""],
            ["", "", "", "", "", "", "2025-01-01"],
        ],
    )
    assert errors_of(imports.plan_import(db, "staff", path)) == [
        "Row 2, Email: 'not-an-email' is not an email address.",
        "Row 3, Roles: unknown: 'boss'; the choices are validator, contact officer, manager, "
        "admin.",
        "Row 3, Active from: '01/03/2024' is not a date: use an Excel date cell or write it as "
        "YYYY-MM-DD (for example 2026-03-12).",
        "Row 4, Capacity: '-1' is not a number (0 or more, like 7.5).",
        "Row 4, Active from: '2024-02-30' is not a date in the calendar.",
        "Row 5, Active to: the person would leave (2024-04-30) before starting (2024-05-01).",
        "Row 6, Capacity: 'lots' is not a number (0 or more, like 7.5).",
        "Row 6, Email: d@douane.example is also on row 5.",
        "Row 7, Email: dup@douane.example belongs to 2 staff members in the database "
        f"({', '.join(s['name'] for s in import_repo.all_staff(db) if 'dup' in s['email'].lower())}"
        "); correct them first.",
        "Row 8, Name: is required.",
        "Row 8, Email: is required.",
        "Row 8, Active from: is required.",
    ]


# --- training records -----------------------------------------------------------------------


def add_course(db: sqlite_utils.Database, code: str, *, active: bool = True) -> int:
    now = clock.now_iso()
    with db.atomic():
        cur = db.conn.execute(
            "INSERT INTO courses (uuid, code, name, is_active, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [new_uuid(), code, f"Course {code}", int(active), now, now],
        )
    return int(cur.lastrowid or 0)


def test_training_records_by_email_or_name_and_course_code(
    db: sqlite_utils.Database, tmp_path: Path, frozen_clock: datetime
) -> None:
    ana = make_validator(db, name="Ana Costa", email="ana@douane.example")
    lou = make_validator(db, name="Lou Bernard", email="lou@douane.example")
    make_validator(db, name="Sam Twin", email="sam1@douane.example")
    make_validator(db, name="Sam Twin", email="sam2@douane.example")
    sec = add_course(db, "ZZSEC")
    add_course(db, "ZZOLD", active=False)
    path = write_xlsx(
        tmp_path / "training.xlsx",
        [
            TRAINING,
            ["ANA@douane.example", "", "zzsec", date(2026, 3, 12), "Passed", "C-1"],
            ["", "lou  bernard", "ZZSEC", "2026-03-12", "attended", None],
            ["", "Sam Twin", "ZZSEC", "2026-03-12", "passed", None],
            ["nobody@douane.example", "", "ZZSEC", "2026-03-12", "passed", None],
            ["ana@douane.example", "Lou Bernard", "ZZSEC", "2026-03-13", "passed", None],
            ["lou@douane.example", "", "NOPE", "2026-03-12", "passed", None],
            ["lou@douane.example", "", "ZZOLD", "2026-03-12", "passed", None],
            ["lou@douane.example", "", "ZZSEC", "2026-07-01", "passed", None],
            ["lou@douane.example", "", "ZZSEC", "2026-03-12", "maybe", None],
            ["", "", "ZZSEC", "2026-03-12", "passed", None],
            ["Ana@douane.example", "", "ZZSEC", datetime(2026, 3, 12), "passed", None],
        ],
    )
    plan = imports.plan_import(db, "training", path)
    codes = sorted(r["code"] for r in rows(db, "SELECT code FROM courses"))  # seeded ones too
    unknown_course = (
        f"Row 7, Course code: no course has the code 'NOPE' (codes: {', '.join(codes[:12])})."
    )
    assert "ZZSEC" in codes
    assert errors_of(plan) == [
        "Row 4, Staff name: 2 staff members are called 'Sam Twin'; give the Staff email.",
        "Row 5, Staff email: no staff member has the email nobody@douane.example.",
        "Row 6, Staff name: 'Lou Bernard' is not the name of ana@douane.example (Ana Costa).",
        unknown_course,
        "Row 8, Course code: ZZOLD (Course ZZOLD) is retired.",
        "Row 9, Completed on: 2026-07-01 is in the future; record courses once done.",
        "Row 10, Result: 'maybe' is not one of passed, failed, attended.",
        "Row 11, Staff email: is required (or the Staff name).",
        "Row 12, Completed on: the same person, course and date are on row 2.",
    ]
    fixed = load_workbook(path)
    ws = fixed.active
    assert ws is not None
    ws.delete_rows(4, 9)
    fixed.save(path)
    plan = imports.plan_import(db, "training", path)
    assert plan.ok, errors_of(plan)
    result = imports.run_import(db, "training", path, ACTOR)
    assert result.added == 2
    records = rows(
        db, "SELECT staff_id, course_id, completed_on, result, certificate_ref, created_by "
        "FROM training_records ORDER BY staff_id"
    )  # fmt: skip
    assert records == [
        {"staff_id": ana, "course_id": sec, "completed_on": "2026-03-12", "result": "passed",
         "certificate_ref": "C-1", "created_by": "Importer"},
        {"staff_id": lou, "course_id": sec, "completed_on": "2026-03-12", "result": "attended",
         "certificate_ref": "", "created_by": "Importer"},
    ]  # fmt: skip
    # Again: nothing changes. A corrected result is an update of the same record.
    assert imports.plan_import(db, "training", path).to_skip == 2
    ws = load_workbook(path)
    sheet = ws.active
    assert sheet is not None
    sheet["E3"] = "passed"
    ws.save(path)
    plan = imports.plan_import(db, "training", path)
    assert [(r.action, r.changes) for r in plan.rows] == [
        (Action.SKIP, ()),
        (Action.UPDATE, ("Result",)),
    ]
    imports.run_import(db, "training", path, ACTOR)
    assert counts(db)["training_records"] == 2
    assert scalar(db, "SELECT result FROM training_records WHERE staff_id = ?", [lou]) == "passed"


# --- the command line -----------------------------------------------------------------------


def test_cli_dry_run_import_and_errors(
    db: sqlite_utils.Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_csv(tmp_path / "ops.csv", [OPS, op_row("Atelier", "FR11111111111")])
    before = counts(db)
    assert cli.main(["import", "operators", str(good), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "ops.csv (operators): 1 to add, 0 to update, 0 unchanged, 0 errors." in out
    assert "dry run: nothing was written" in out
    assert counts(db) == before
    assert cli.main(["import", "operators", str(good), "--db", str(db_path)]) == 0
    assert "imported: ops.csv (operators): 1 added, 0 updated, 0 unchanged." in (
        capsys.readouterr().out
    )
    assert counts(db)["operators"] == before["operators"] + 1
    bad = write_csv(
        tmp_path / "bad.csv", [OPS, op_row("New", "FR22222222222"), op_row("Bad", "X", "?")]
    )
    assert cli.main(["import", "operators", str(bad), "--db", str(db_path)]) == 1
    captured = capsys.readouterr()
    assert "Row 3, EORI: 'X' is not a valid EORI" in captured.out
    assert "aeo-desk: nothing imported: 2 error(s)" in captured.err
    assert counts(db)["operators"] == before["operators"] + 1
    assert cli.main(["import", "staff", str(good), "--db", str(tmp_path / "none.db")]) == 1
    with pytest.raises(SystemExit) as usage:
        cli.main(["import", "cases", str(good), "--db", str(db_path)])
    assert usage.value.code == 2
    assert set(cli.IMPORT_KINDS) == set(imports.KINDS)


def test_the_documented_layouts_match_the_code() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "imports.md").read_text("utf-8")
    sections = {part.split("\n", 1)[0]: part for part in doc.split("\n## ")}
    for lay in imports.LAYOUTS.values():
        section = sections[lay.sheet.capitalize()]
        for c in lay.columns:
            line = next(x for x in section.splitlines() if x.startswith(f"| {c.title} |"))
            assert ("| yes |" in line) == c.required or "one of the two" in line, c.title
            for alias in c.aliases:
                assert alias in line, (c.title, alias)
