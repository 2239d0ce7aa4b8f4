"""List exports on the small demo (the clock at 2026-06-15): each file read back with openpyxl
cell by cell against the same rows fetched here directly with SQL; filters, sort and columns;
formula-looking text; atomic writing; the command line; LibreOffice, when it is installed."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.cli import run_cli as _cli
from helpers.clock import FROZEN_NOW, FROZEN_TODAY
from openpyxl import Workbook, load_workbook

from db.repositories import exports as export_repo
from desktop.domain import checklists as cl
from desktop.domain.cases import CaseKind, CaseState, Priority
from desktop.domain.errors import DomainError
from desktop.services import access, audit_service, list_exports, reference_data, xlsx_writer
from desktop.services.actor import Actor
from desktop.services.caseload_service import CaseQuery
from desktop.services.list_exports import (
    ACTION_COLUMN_KEYS,
    AUDIT_COLUMN_KEYS,
    CASE_COLUMN_KEYS,
    KINDS,
    ActionListQuery,
    AuditListQuery,
    export_kind,
)

ROOT = Path(__file__).resolve().parents[3]
MSME = ("micro", "small", "medium")


def read_back(path: Path) -> tuple[list[Any], list[list[Any]]]:
    """(header, data rows) of the export's only sheet, the way a streaming reader sees them
    (a write-only file has no dimension record: reset_dimensions() first)."""
    wb = load_workbook(path, read_only=True)
    try:
        assert len(wb.sheetnames) == 1
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        found = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    width = len(found[0])
    return found[0], [r + [None] * (width - len(r)) for r in found[1:]]


def check_layout(path: Path, rows: int, columns: int) -> None:
    """The header is bold and filled, frozen, and under an autofilter over every row."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A2"
    last = ws.cell(1, columns).column_letter
    assert ws.auto_filter.ref == f"A1:{last}{max(rows + 1, 2)}"
    for cell in ws[1]:
        assert cell.font.b and cell.fill.fill_type == "solid"
    assert all(ws.column_dimensions[ws.cell(1, c).column_letter].width for c in range(1, columns))


def _day(text: str | None) -> datetime | None:
    """A date as openpyxl reads it back (a datetime at midnight)."""
    return datetime.fromisoformat(text[:10]) if text else None


def _text(value: str | None) -> str | None:
    return value or None  # an empty string is an empty cell


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the exports (the demo's copy lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def q(db: sqlite_utils.Database, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cur = db.conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# --- cases ----------------------------------------------------------------------------------

_CASES_SQL = (
    "SELECT c.id, c.reference, o.name AS operator, o.size_class, c.kind, p.code AS programme, "
    "c.state, c.is_open, s.name AS validator, c.priority, c.received_on, c.next_deadline, "
    "o.region, c.summary FROM cases c JOIN operators o ON o.id = c.operator_id "
    "JOIN programmes p ON p.id = c.programme_id LEFT JOIN staff s ON s.id = c.validator_id "
)


def expected_case(r: dict[str, Any]) -> dict[str, Any]:
    deadline = r["next_deadline"] if r["is_open"] else None
    return {
        "reference": r["reference"],
        "operator": r["operator"],
        "size": r["size_class"].capitalize(),
        "kind": CaseKind(r["kind"]).label,
        "programme": r["programme"],
        "state": CaseState(r["state"]).label,
        "validator": r["validator"],
        "priority": Priority(r["priority"]).label,
        "received": _day(r["received_on"]),
        "deadline": _day(deadline),
        "days_left": (date.fromisoformat(deadline) - FROZEN_TODAY).days if deadline else None,
        "region": _text(r["region"]),
        "summary": _text(r["summary"]),
    }


def test_every_case_cell_by_cell(demo_db: sqlite_utils.Database, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    assert export_kind(demo_db, "cases", out) == 600
    header, got = read_back(out)
    assert header == [
        "Reference", "Operator", "Size", "Kind", "Programme", "State", "Validator", "Priority",
        "Received", "Next deadline", "Days left", "Region", "Summary",
    ]  # fmt: skip
    expected = q(demo_db, _CASES_SQL + "ORDER BY c.received_on DESC, c.id DESC")
    assert len(got) == len(expected) == 600
    for row, want in zip(got, expected, strict=True):
        assert row == [expected_case(want)[k] for k in CASE_COLUMN_KEYS], want["reference"]
    check_layout(out, 600, len(header))
    # Real types: dates are dates, "days left" a number (negative when overdue).
    assert any(isinstance(r[8], datetime) for r in got)
    days = [r[10] for r in got if r[10] is not None]
    assert days and all(isinstance(d, int) for d in days) and min(days) < 0


def test_cases_follow_the_filters_the_sort_and_the_columns(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    query = CaseQuery(msme_only=True, open_only=True, sort_key="operator", descending=True)
    columns = ["region", "reference", "days_left", "operator"]
    out = tmp_path / "msme.xlsx"
    n = list_exports.export_cases(demo_db, out, query=query, columns=columns)
    header, got = read_back(out)
    assert header == ["Region", "Reference", "Days left", "Operator"]
    expected = q(
        demo_db,
        _CASES_SQL + "WHERE o.size_class IN (?, ?, ?) AND c.is_open = 1 "
        "ORDER BY o.name COLLATE NOCASE DESC, c.id DESC",
        MSME,
    )
    assert n == len(got) == len(expected) > 0
    assert got == [[expected_case(r)[k] for k in columns] for r in expected]
    check_layout(out, n, 4)


def test_cases_are_read_a_block_of_ids_at_a_time(
    demo_db: sqlite_utils.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks: list[int] = []
    real = export_repo.case_rows

    def spy(db: sqlite_utils.Database, ids: Any) -> Any:
        blocks.append(len(ids))
        return real(db, ids)

    monkeypatch.setattr(export_repo, "case_rows", spy)
    seen: list[tuple[int, int]] = []
    list_exports.export_cases(
        demo_db, tmp_path / "c.xlsx", progress=lambda d, t: seen.append((d, t))
    )
    assert blocks == [500, 100]
    assert seen[-1] == (600, 600)


def test_formula_looking_text_stays_text(demo_db: sqlite_utils.Database, tmp_path: Path) -> None:
    case_id, operator_id = demo_db.conn.execute(
        "SELECT id, operator_id FROM cases ORDER BY received_on DESC, id DESC LIMIT 1"
    ).fetchone()
    with demo_db.atomic():
        demo_db.execute("UPDATE operators SET name = '=1+1' WHERE id = ?", [operator_id])
        demo_db.execute("UPDATE cases SET summary = '@SUM(A1:A9)' WHERE id = ?", [case_id])
    cases, operators = tmp_path / "cases.xlsx", tmp_path / "operators.xlsx"
    export_kind(demo_db, "cases", cases)
    export_kind(demo_db, "operators", operators)
    ws = load_workbook(cases).worksheets[0]
    for cell in (ws["B2"], ws["M2"]):  # the newest case: its operator and its summary
        assert cell.data_type == "s" and cell.quotePrefix
    assert (ws["B2"].value, ws["M2"].value) == ("=1+1", "@SUM(A1:A9)")
    names = [c for c in load_workbook(operators).worksheets[0]["A"] if c.value == "=1+1"]
    assert len(names) == 1 and names[0].data_type == "s" and names[0].quotePrefix


# --- operators ------------------------------------------------------------------------------


def test_every_operator_cell_by_cell(demo_db: sqlite_utils.Database, tmp_path: Path) -> None:
    out = tmp_path / "operators.xlsx"
    assert export_kind(demo_db, "operators", out) == 300
    header, got = read_back(out)
    assert header == [
        "Operator", "EORI", "VAT", "TIN", "Size class", "MSME", "Sector", "Roles", "Region",
        "Address", "Headcount", "Turnover (EUR)", "Balance sheet (EUR)",
    ]  # fmt: skip
    idents: dict[tuple[int, str], list[str]] = {}
    for r in q(demo_db, "SELECT operator_id, scheme, value FROM operator_identifiers"):
        idents.setdefault((r["operator_id"], r["scheme"]), []).append(r["value"])
    expected = q(demo_db, "SELECT * FROM operators ORDER BY name COLLATE NOCASE, id")
    assert len(got) == len(expected) == 300
    for row, o in zip(got, expected, strict=True):
        ids = {
            s: "; ".join(sorted(idents.get((o["id"], s), []))) or None
            for s in ("EORI", "VAT", "TIN")
        }
        want = [
            o["name"],
            ids["EORI"],
            ids["VAT"],
            ids["TIN"],
            o["size_class"].capitalize(),
            "Yes" if o["size_class"] in MSME else "No",
            _text(o["sector"]),
            _text(", ".join(json.loads(o["roles"]))),
            _text(o["region"]),
            _text(o["address"]),
            o["headcount"],
            o["turnover_eur"],
            o["balance_sheet_eur"],
        ]
        assert row == want, o["name"]
    assert all(isinstance(r[10], int) for r in got)  # numbers are numbers
    assert any(r[1] for r in got) and any(r[5] == "Yes" for r in got)
    check_layout(out, 300, len(header))


# --- audits ---------------------------------------------------------------------------------


def test_every_audit_cell_by_cell(demo_db: sqlite_utils.Database, tmp_path: Path) -> None:
    out = tmp_path / "audits.xlsx"
    assert export_kind(demo_db, "audits", out) == 50
    header, got = read_back(out)
    assert header == [
        "Reference", "Planned start", "Planned end", "Status", "Operator", "Case", "Programme",
        "Lead validator", "Checklist template", "Outcome", "Score", "Finalised at",
    ]  # fmt: skip
    expected = q(
        demo_db,
        "SELECT a.*, c.reference AS case_ref, o.name AS operator, s.name AS lead, "
        "t.code || ' ' || t.version AS template FROM audits a "
        "JOIN cases c ON c.id = a.case_id JOIN operators o ON o.id = c.operator_id "
        "JOIN staff s ON s.id = a.lead_validator_id "
        "JOIN checklist_templates t ON t.id = a.template_id ORDER BY a.planned_start, a.id",
    )
    assert len(got) == len(expected) == 50
    for row, a in zip(got, expected, strict=True):
        final = a["status"] == "finalised"
        want = [
            a["reference"],
            _day(a["planned_start"]),
            _day(a["planned_end"]),
            audit_service.STATUS_LABELS[a["status"]],
            a["operator"],
            a["case_ref"],
            a["programme_code"],
            a["lead"],
            a["template"],
            cl.Outcome(a["outcome"]).label if final and a["outcome"] else None,
            pytest.approx(a["score"] / 100) if final and a["score"] is not None else None,
            xlsx_writer.to_datetime(a["finalised_at"]),
        ]
        assert row == want, a["reference"]
    scores = [r[10] for r in got if r[10] is not None]
    assert len(scores) == 29 and all(isinstance(v, int | float) for v in scores)  # finalised
    check_layout(out, 50, len(header))
    ws = load_workbook(out).worksheets[0]
    assert ws["K2"].number_format == xlsx_writer.PERCENT_FORMAT


@pytest.mark.parametrize("mine", [False, True])
def test_the_upcoming_audit_list_exports_as_shown(
    demo_db: sqlite_utils.Database, tmp_path: Path, mine: bool
) -> None:
    staff_id = 7 if mine else None  # the lead with the most audits in the demo
    shown = audit_service.upcoming(demo_db, staff_id=staff_id, include_done=False)
    out = tmp_path / "upcoming.xlsx"
    query = AuditListQuery(staff_id=staff_id, include_done=False)
    n = list_exports.export_audits(demo_db, out, query=query, columns=["reference", "status"])
    _header, got = read_back(out)
    assert n == len(shown) > 0
    assert [r[0] for r in got] == [a["reference"] for a in shown]
    assert {r[1] for r in got} <= {"Planned", "In progress"}


# --- corrective actions ---------------------------------------------------------------------


def test_every_corrective_action_cell_by_cell(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    out = tmp_path / "actions.xlsx"
    assert export_kind(demo_db, "actions", out) == 36
    header, got = read_back(out)
    assert len(header) == len(ACTION_COLUMN_KEYS)
    expected = q(
        demo_db,
        "SELECT ca.*, f.severity, f.description AS finding, i.code AS item, "
        "a.reference AS audit, c.reference AS case_ref, o.name AS operator, s.name AS lead "
        "FROM corrective_actions ca JOIN findings f ON f.id = ca.finding_id "
        "JOIN checklist_items i ON i.id = f.item_id JOIN audits a ON a.id = f.audit_id "
        "JOIN cases c ON c.id = a.case_id JOIN operators o ON o.id = c.operator_id "
        "JOIN staff s ON s.id = a.lead_validator_id ORDER BY ca.due_on, ca.id",
    )
    today = FROZEN_TODAY.isoformat()
    for row, a in zip(got, expected, strict=True):
        overdue = a["status"] == "open" and a["due_on"] < today
        want = [
            _day(a["due_on"]),
            "Overdue" if overdue else a["status"].capitalize(),
            (FROZEN_TODAY - date.fromisoformat(a["due_on"])).days if overdue else None,
            a["operator"],
            a["case_ref"],
            a["audit"],
            a["item"],
            a["severity"].capitalize(),
            _text(a["finding"]),
            a["description"],
            a["owner"],
            a["lead"],
            _day(a["completed_on"]),
            _text(a["completion_note"]),
            _day(a["verified_on"]),
            a["verified_by"],
        ]
        assert row == want, a["id"]
    statuses = [r[1] for r in got]
    assert statuses.count("Overdue") == 11  # open and past due on 2026-06-15
    assert all(isinstance(r[2], int) and r[2] > 0 for r in got if r[1] == "Overdue")
    check_layout(out, 36, len(header))


def test_the_follow_up_list_exports_as_shown(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    shown = audit_service.follow_up(demo_db, within_days=30)
    out = tmp_path / "follow-up.xlsx"
    query = ActionListQuery(within_days=30)
    n = list_exports.export_actions(
        demo_db, out, query=query, columns=["due_on", "status", "audit", "action"]
    )
    _header, got = read_back(out)
    assert n == len(shown) > 0
    assert got == [
        [
            _day(a["due_on"]),
            a["follow_up_status"].capitalize(),
            a["audit_reference"],
            a["description"],
        ]
        for a in shown
    ]


# --- the registry and safe writing ----------------------------------------------------------


def test_the_registry() -> None:
    assert list(KINDS) == [
        "cases", "operators", "audits", "actions", "contacts", "contact-log", "training",
        "training-matrix", "answers",
    ]  # fmt: skip
    assert tuple(list_exports.audit_columns()) == AUDIT_COLUMN_KEYS
    assert tuple(list_exports.action_columns(FROZEN_TODAY)) == ACTION_COLUMN_KEYS


def test_an_unknown_kind_or_column_is_refused(
    demo_db: sqlite_utils.Database, out_dir: Path
) -> None:
    with pytest.raises(DomainError, match="no list called 'ships'"):
        export_kind(demo_db, "ships", out_dir / "x.xlsx")
    with pytest.raises(ValueError, match="unknown column"):
        list_exports.export_cases(demo_db, out_dir / "x.xlsx", columns=["reference", "colour"])
    with pytest.raises(DomainError, match="no columns"):
        list_exports.export_cases(demo_db, out_dir / "x.xlsx", columns=[])
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_export_says_who_made_it_and_when(
    demo_db: sqlite_utils.Database, out_dir: Path, kind: str
) -> None:
    """The signed-in user and the clock's time, in the document properties and the printed
    footer; the sheet keeps its header on row 1."""
    access.sign_in(Actor(name="Ana Silva", roles=frozenset({"manager"})))
    out = out_dir / f"{kind}.xlsx"
    export_kind(demo_db, kind, out)
    wb = load_workbook(out)
    assert wb.properties.creator == wb.properties.lastModifiedBy == "Ana Silva"
    assert wb.properties.created == FROZEN_NOW.replace(tzinfo=None)
    unit = reference_data.unit_name(demo_db)
    local = FROZEN_NOW.astimezone().strftime("%Y-%m-%d %H:%M")
    footer = wb.worksheets[0].oddFooter.left.text
    assert footer == f"Exported by Ana Silva on {local} — AEO Desk {unit}".replace("&", "&&")
    header, _rows = read_back(out)  # still one sheet, the header on row 1
    assert header[0] is not None


def test_without_a_signed_in_user_the_system_user_made_it(
    demo_db: sqlite_utils.Database, out_dir: Path
) -> None:
    out = out_dir / "operators.xlsx"
    list_exports.export_operators(demo_db, out, columns=["name", "eori"])
    wb = load_workbook(out)
    system = Actor.system_user().name
    assert wb.properties.creator == system
    assert wb.worksheets[0].oddFooter.left.text.startswith(f"Exported by {system} on ")
    assert read_back(out)[0] == ["Operator", "EORI"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_full_disk_leaves_no_file_and_names_it(
    demo_db: sqlite_utils.Database,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    out = out_dir / f"{kind}.xlsx"

    def full_disk(self: Workbook, filename: Any) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 a first part")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    with pytest.raises(DomainError) as caught:
        export_kind(demo_db, kind, out)
    assert str(out) in str(caught.value) and "No space left on device" in str(caught.value)
    assert list(out_dir.iterdir()) == []


def test_a_failed_move_keeps_the_previous_file(
    demo_db: sqlite_utils.Database, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = out_dir / "cases.xlsx"
    out.write_bytes(b"yesterday's export")

    def full_disk(*_a: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_writer.os, "replace", full_disk)
    with pytest.raises(DomainError, match=r"cases\.xlsx: No space left on device"):
        export_kind(demo_db, "cases", out)
    assert out.read_bytes() == b"yesterday's export"
    assert [p.name for p in out_dir.iterdir()] == ["cases.xlsx"]


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def cli_db(demo_db_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, path)
    return path


@pytest.mark.parametrize(("kind", "rows"), [("operators", 300), ("audits", 50)])
def test_cli_exports_a_whole_list(cli_db: Path, tmp_path: Path, kind: str, rows: int) -> None:
    out = tmp_path / f"{kind}.xlsx"
    result = _cli(["export", kind, "--db", str(cli_db), "--out", str(out)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{rows} rows written to {out}"
    assert result.stderr == ""
    assert len(read_back(out)[1]) == rows
    assert not out.with_name(out.name + ".tmp").exists()


def test_cli_errors(cli_db: Path, tmp_path: Path) -> None:
    wrong = _cli(
        ["export", "cases", "--db", str(cli_db), "--out", str(tmp_path / "x.csv")], tmp_path
    )
    assert wrong.returncode == 2
    assert "must end in .xlsx" in wrong.stderr
    missing = _cli(
        [
            "export",
            "actions",
            "--db",
            str(tmp_path / "none.sqlite"),
            "--out",
            str(tmp_path / "a.xlsx"),
        ],
        tmp_path,
    )
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "does not exist" in missing.stderr
    nowhere = tmp_path / "no" / "folder" / "a.xlsx"
    failed = _cli(["export", "actions", "--db", str(cli_db), "--out", str(nowhere)], tmp_path)
    assert failed.returncode == 1
    assert failed.stderr.count("\n") == 1 and str(nowhere) in failed.stderr
    assert failed.stdout == ""


# --- compatibility --------------------------------------------------------------------------

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("kind", list(KINDS))
def test_libreoffice_opens_each_export_and_reads_the_same_cells(
    demo_db: sqlite_utils.Database, tmp_path: Path, kind: str
) -> None:
    """``libreoffice --headless --convert-to csv`` reads the file; a file it had to repair (or
    could not read) gives no CSV, or a CSV that differs from what openpyxl reads."""
    assert LIBREOFFICE is not None
    with demo_db.atomic():  # an operator met in every list, with a name Excel would compute
        demo_db.execute(
            "UPDATE operators SET name = '=1+1' WHERE id = (SELECT c.operator_id "
            "FROM corrective_actions ca JOIN findings f ON f.id = ca.finding_id "
            "JOIN audits a ON a.id = f.audit_id JOIN cases c ON c.id = a.case_id LIMIT 1)"
        )
    out = tmp_path / f"{kind}.xlsx"
    export_kind(demo_db, kind, out)
    converted = tmp_path / "csv"
    result = subprocess.run(
        [
            LIBREOFFICE,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",  # comma, double quote, UTF-8
            "--outdir",
            str(converted),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    csv_path = converted / f"{kind}.csv"
    assert csv_path.is_file(), result.stdout + result.stderr
    with csv_path.open(encoding="utf-8", newline="") as f:
        lo_rows = list(csv.reader(f))
    header, rows = read_back(out)
    assert lo_rows[0] == header
    assert any("=1+1" in r for r in lo_rows)  # text, not the number 2
    assert len(lo_rows) == len(rows) + 1
    # Text cells read the same, formula-looking ones included; dates show as yyyy-mm-dd.
    for lo, ours in zip(lo_rows[1:], rows, strict=True):
        for lo_cell, cell in zip(lo, ours, strict=False):
            if isinstance(cell, str):
                assert lo_cell == cell
            elif isinstance(cell, datetime) and cell.time() == datetime.min.time():
                assert lo_cell.startswith(cell.date().isoformat())
            elif cell is None:
                assert lo_cell == ""
