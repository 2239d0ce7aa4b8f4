"""The contact-point and training lists export what their screens show, read back cell by
cell against the services that fill those screens."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.services import contact_service, list_exports, training_service


def _read(path: Path) -> list[list[object]]:
    ws = load_workbook(path, read_only=True).active
    ws.reset_dimensions()  # write_only files carry no dimension record
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    width = len(rows[0])
    return [r + [None] * (width - len(r)) for r in rows]  # empty trailing cells are not stored


def _day(value: object) -> object:
    return value.date() if hasattr(value, "date") else value


def test_coverage_export_matches_the_coverage_list(demo_db, tmp_path: Path) -> None:
    expected = contact_service.coverage(demo_db)
    assert expected
    n = list_exports.KINDS["contacts"](demo_db, tmp_path / "c.xlsx")
    rows = _read(tmp_path / "c.xlsx")
    assert n == len(expected) == len(rows) - 1
    assert rows[0][:2] == ["Size", "Operator"]
    for got, want in zip(rows[1:], expected, strict=True):
        assert got[1] == want["name"]
        assert got[3] == want["region"]
        assert _day(got[6]) == (
            date.fromisoformat(want["last_contact_on"]) if want["last_contact_on"] else None
        )


def test_contact_log_export_has_every_entry(demo_db, tmp_path: Path) -> None:
    expected = contact_service.contact_log(demo_db, limit=1_000_000)
    n = list_exports.KINDS["contact-log"](demo_db, tmp_path / "log.xlsx")
    rows = _read(tmp_path / "log.xlsx")
    assert n == len(expected) == len(rows) - 1
    assert [r[5] for r in rows[1:]] == [e["topic"] for e in expected]


@pytest.mark.parametrize("query", [None, {"within_days": 7}])
def test_training_follow_ups_export(demo_db, tmp_path: Path, query) -> None:
    expected = training_service.follow_ups(demo_db, **(query or {}))
    n = list_exports.KINDS["training"](demo_db, tmp_path / "t.xlsx", query=query)
    rows = _read(tmp_path / "t.xlsx")
    assert n == len(expected) == len(rows) - 1
    assert [r[1] for r in rows[1:]] == [e["staff_name"] for e in expected]


def test_training_matrix_export_has_a_column_per_course(demo_db, tmp_path: Path) -> None:
    m = training_service.matrix(demo_db)
    n = list_exports.KINDS["training-matrix"](demo_db, tmp_path / "m.xlsx")
    rows = _read(tmp_path / "m.xlsx")
    assert n == len(m.staff)
    assert rows[0] == ["Person", "Office", *(c["code"] for c in m.courses)]
    first = m.staff[0]
    cell = m.cell(first["id"], m.courses[0]["id"])
    assert rows[1][0] == first["name"]
    assert str(rows[1][2]).startswith(cell.status.value.replace("_", " "))


def test_answers_export_has_every_checklist_answer(demo_db, tmp_path: Path) -> None:
    total = demo_db.conn.execute("SELECT count(*) FROM audit_answers").fetchone()[0]
    assert total > 1000  # the demo's audits
    n = list_exports.KINDS["answers"](demo_db, tmp_path / "a.xlsx")
    rows = _read(tmp_path / "a.xlsx")
    assert n == total == len(rows) - 1
    first = demo_db.conn.execute(
        "SELECT a.reference, i.code, aa.note FROM audit_answers aa "
        "JOIN audits a ON a.id = aa.audit_id JOIN checklist_items i ON i.id = aa.item_id "
        "ORDER BY aa.audit_id, i.section_id, i.position LIMIT 1"
    ).fetchone()
    assert (rows[1][0], rows[1][3]) == first[:2]
    assert (rows[1][7] or "") == first[2]
