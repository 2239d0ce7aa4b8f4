"""Bad input, fuzzed: random grids of cells of every type (huge strings, formulas, dates as
text, numbers as text, missing and extra columns, extra sheets, empty files) written as .xlsx
or .csv. The dry run never raises; the import writes every valid row or nothing at all; and a
file that was imported plans as "unchanged" the second time."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_validator
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from db.repositories.common import new_uuid, scalar
from desktop.services import clock, imports
from desktop.services.actor import Actor
from desktop.services.imports import ImportRefusedError

ACTOR = Actor("Fuzzer")
EMAILS = [f"person{n}@douane.example" for n in range(4)]
COURSES = ["FZA", "FZB", "FZOLD"]
FUZZ = settings(
    max_examples=45,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# --- cells ----------------------------------------------------------------------------------

_SPECIAL = st.sampled_from(
    [
        "=SUM(A1:A3)", "=1+1", "+33 1 23", "@cmd", "-5", "#N/A", "#REF!", "x" * 5000,
        "2024-01-02", "02/01/2024", "2024-02-30", "1 500", "1,500", "1,5", "2.5M", "750k",
        "TRUE", "  ", "\t", "importer, pirate", "n/a", "0", "1e400", "NaN", "-0",
    ]
)  # fmt: skip
_JUNK = st.one_of(
    st.none(),
    _SPECIAL,
    st.text(max_size=20),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2200, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2200, 1, 1)),
)
_WORD = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=10)
_NAME = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
_TEXT = st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=40)
_DAY = st.dates(min_value=date(2001, 1, 1), max_value=date(2026, 6, 1))


#: Values of the right type that are wrong all the same (unknown person, retired course...).
_WRONG = {
    "Staff email": st.sampled_from([None, "nobody@douane.example"]),
    "Staff name": st.sampled_from(["Person 0", "Someone Else", "person  1"]),
    "Course code": st.sampled_from(["FZOLD", "NOPE"]),
    "Active to": _DAY,
}


def _mixed(column: str, strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly good values for the column, sometimes wrong ones, sometimes anything at all."""
    wrong = _WRONG.get(column, _JUNK)
    return st.one_of(strategy, strategy, strategy, wrong, _JUNK)


_VALID = {
    "operators": {
        "Name": _NAME,
        "EORI": st.integers(0, 200).map(lambda n: f"FR{n:011d}"),
        "VAT": st.one_of(st.none(), st.none(), st.integers(0, 200).map(lambda n: f"DE{n:09d}")),
        "TIN": st.one_of(st.none(), st.none(), st.integers(0, 200).map(str)),
        "Country": st.sampled_from([None, "FR", "DE", "it"]),
        "Headcount": st.one_of(st.integers(0, 400), st.integers(0, 9000).map(lambda n: f"{n:,}")),
        "Turnover (EUR)": st.one_of(st.none(), st.floats(0, 1e9), st.sampled_from(["2.5M"])),
        "Balance sheet (EUR)": st.one_of(st.none(), st.integers(0, 10**9)),
        "Sector": st.one_of(st.none(), _NAME),
        "Roles": st.sampled_from([None, "importer", "exporter, carrier", "Forwarder"]),
        "Region": st.one_of(st.none(), _NAME),
        "Address": st.one_of(st.none(), _TEXT),
    },
    "staff": {
        "Name": _NAME,
        "Email": st.integers(0, 60).map(lambda n: f"Person{n}@douane.example"),
        "Roles": st.sampled_from([None, "validator", "manager, admin", "contact officer"]),
        "Office": st.one_of(st.none(), _NAME),
        "Capacity": st.one_of(st.none(), st.integers(0, 20), st.sampled_from(["7,5", "7.5"])),
        "Active from": st.one_of(_DAY, _DAY.map(date.isoformat)),
        "Active to": st.just(None),
    },
    "training": {
        "Staff email": st.sampled_from(EMAILS),
        "Staff name": st.none(),
        "Course code": st.sampled_from(["FZA", "FZB", "fza"]),
        "Completed on": st.one_of(_DAY, _DAY.map(date.isoformat)),
        "Result": st.sampled_from(["passed", "Failed", "attended"]),
        "Certificate": st.one_of(st.none(), _WORD),
        "Session": st.one_of(st.none(), _WORD),
    },
}


@st.composite
def grids(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    """A file's content: a header and rows. Half the files are "clean" (every column, in any
    order, with plausible values), the others mix in anything at all: missing, unknown and
    unnamed columns, junk cells, stray values right of the header."""
    columns = list(_VALID[kind])
    clean = draw(st.booleans())
    if clean:
        header: list[Any] = list(draw(st.permutations(columns)))
    else:
        chosen = draw(st.lists(st.sampled_from(columns), unique=True, max_size=len(columns)))
        header = [*chosen, *draw(st.lists(st.one_of(st.just(""), _JUNK), max_size=2))]
    body = []
    for _ in range(draw(st.integers(0, 5))):
        row = [
            draw(_VALID[kind][c] if clean else _mixed(c, _VALID[kind][c]))
            if c in _VALID[kind]
            else draw(_JUNK)
            for c in header
        ]
        if not clean:
            row += draw(st.lists(_JUNK, max_size=2))
        body.append(row)
    return {
        "header": header if clean or draw(st.integers(0, 9)) else [],  # or no header at all
        "rows": body,
        "format": draw(st.sampled_from(["xlsx", "xlsx", "csv,", "csv;"])),
        "extra_sheet": draw(st.booleans()),
        "lead": draw(st.integers(0, 2)),  # blank rows above the header
    }


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def write(grid: dict[str, Any], folder: Path) -> Path:
    table = [[] for _ in range(grid["lead"])] + [grid["header"], *grid["rows"]]
    if grid["format"] == "xlsx":
        path = folder / "fuzz.xlsx"
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        for r in table:
            ws.append([_plain(v) for v in r])
        if grid["extra_sheet"]:
            wb.create_sheet("Notes").append(["=1+1", "notes"])
        wb.save(path)
        return path
    path = folder / "fuzz.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=grid["format"][-1])
        writer.writerows([["" if v is None else str(v) for v in r] for r in table])
    return path


# --- the properties -------------------------------------------------------------------------

_TABLES = {
    "operators": ("operators", "operator_identifiers"),
    "staff": ("staff",),
    "training": ("training_records",),
}


def _counts(db: sqlite_utils.Database) -> dict[str, int]:
    names = ("operators", "operator_identifiers", "staff", "staff_role_changes",
             "training_records", "courses")  # fmt: skip
    return {t: int(scalar(db, f"SELECT count(*) FROM {t}")) for t in names}


def check(db: sqlite_utils.Database, kind: str, path: Path) -> None:
    plan = imports.plan_import(db, kind, path)  # must not raise
    event("imported" if plan.ok else "refused")
    if plan.ok and plan.to_add + plan.to_update:
        event("rows written")
    assert isinstance(plan, imports.ImportPlan)
    assert plan.ok == (plan.error_count == 0)
    assert all(e.message for e in plan.errors)
    assert all(e.row >= 0 for e in plan.errors)
    before = _counts(db)
    if not plan.ok:
        with pytest.raises(ImportRefusedError):
            imports.run_import(db, kind, path, ACTOR)
        assert _counts(db) == before  # nothing at all
        return
    result = imports.run_import(db, kind, path, ACTOR)
    assert (result.added, result.updated, result.skipped) == (
        plan.to_add,
        plan.to_update,
        plan.to_skip,
    )
    after = _counts(db)
    main_table = _TABLES[kind][0]
    assert after[main_table] == before[main_table] + plan.to_add  # every valid row
    untouched = set(before) - set(_TABLES[kind]) - {"staff_role_changes"}
    assert {t: after[t] for t in untouched} == {t: before[t] for t in untouched}
    again = imports.plan_import(db, kind, path)
    assert again.ok, [str(e) for e in again.errors]
    assert (again.to_add, again.to_update) == (0, 0)  # importing again changes nothing
    assert again.to_skip == len(plan.rows)


@pytest.fixture
def fuzz_db(db: sqlite_utils.Database, frozen_clock: datetime) -> sqlite_utils.Database:
    for n, email in enumerate(EMAILS):
        make_validator(db, name=f"Person {n}", email=email)
    now = clock.now_iso()
    with db.atomic():
        for code in COURSES:
            db.conn.execute(
                "INSERT INTO courses (uuid, code, name, is_active, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [new_uuid(), code, f"Course {code}", int(code != "FZOLD"), now, now],
            )
    return db


@FUZZ
@given(grid=grids("operators"))
def test_operator_imports_never_crash_and_are_all_or_nothing(
    fuzz_db: sqlite_utils.Database, tmp_path: Path, grid: dict[str, Any]
) -> None:
    check(fuzz_db, "operators", write(grid, tmp_path))


@FUZZ
@given(grid=grids("staff"))
def test_staff_imports_never_crash_and_are_all_or_nothing(
    fuzz_db: sqlite_utils.Database, tmp_path: Path, grid: dict[str, Any]
) -> None:
    check(fuzz_db, "staff", write(grid, tmp_path))


@FUZZ
@given(grid=grids("training"))
def test_training_imports_never_crash_and_are_all_or_nothing(
    fuzz_db: sqlite_utils.Database, tmp_path: Path, grid: dict[str, Any]
) -> None:
    check(fuzz_db, "training", write(grid, tmp_path))


@settings(FUZZ, max_examples=30)
@given(content=st.binary(max_size=300), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_arbitrary_bytes_are_a_clean_error(
    fuzz_db: sqlite_utils.Database, tmp_path: Path, content: bytes, suffix: str
) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(content)
    for kind in imports.KINDS:
        check(fuzz_db, kind, path)
