"""Checklist templates as Excel workbooks: export, edit in a spreadsheet, import back.

Every refusal names the sheet, the row number and the column, and installs nothing."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.repositories.common import scalar
from desktop.domain import checklists as cl
from desktop.domain.errors import DomainError, ValidationError
from desktop.services import template_xlsx, templates
from desktop.services.template_xlsx import ITEM_COLUMNS, SHEET_ITEMS, SHEET_TEMPLATE

MINI_PATH = Path(__file__).resolve().parents[2] / "fixtures" / "mini-checklist.json"
HEADERS = [
    "Section path",
    "Section code",
    "Section title",
    "Item code",
    "Requirement",
    "Text",
    "Guidance",
    "Applies to",
    "MSME keeps",
    "SAQ ref",
]


def _mini_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MINI_PATH.read_text(encoding="utf-8"))
    return copy.deepcopy(data)


def _install(db: sqlite_utils.Database, data: dict[str, Any]) -> int:
    t = templates.read_template_text(json.dumps(data), "test")
    template_id, _new = templates.install(db, t, "test")
    return template_id


def _template_count(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM checklist_templates"))


def _column(title: str) -> int:
    return HEADERS.index(title) + 1


@pytest.fixture
def mini_id(db: sqlite_utils.Database) -> int:
    return templates.import_file(db, MINI_PATH)


@pytest.fixture
def mini_xlsx(db: sqlite_utils.Database, mini_id: int, tmp_path: Path) -> Path:
    path = tmp_path / "mini.xlsx"
    template_xlsx.export_template(db, mini_id, path)
    return path


Edit = Callable[[Worksheet, Worksheet], None]


def _edit(path: Path, change: Edit) -> Path:
    """Change the exported workbook the way a person would in Excel, and save it."""
    wb = load_workbook(path)
    change(wb[SHEET_TEMPLATE], wb[SHEET_ITEMS])
    wb.save(path)
    return path


def _row_of(ws: Worksheet, item_code: str) -> int:
    for row in ws.iter_rows(min_row=2):
        if row[_column("Item code") - 1].value == item_code:
            return int(row[0].row)
    raise AssertionError(f"no row for item {item_code}")


def _section_row(ws: Worksheet, path: str) -> int:
    for row in ws.iter_rows(min_row=2):
        if row[0].value == path and not row[_column("Item code") - 1].value:
            return int(row[0].row)
    raise AssertionError(f"no section row for {path}")


def _set_version(version: str) -> Edit:
    def change(template: Worksheet, _items: Worksheet) -> None:
        for row in template.iter_rows(min_row=2):
            if row[0].value == "Version":
                row[1].value = version

    return change


def _refused(db: sqlite_utils.Database, path: Path) -> dict[str, str]:
    """Import ``path``, expect a refusal and nothing installed; return the problems."""
    before = _template_count(db)
    with pytest.raises(ValidationError) as info:
        template_xlsx.import_template(db, path)
    assert _template_count(db) == before
    return info.value.problems


# --- round trip -----------------------------------------------------------------------------


def _bundled_or_mini(db: sqlite_utils.Database) -> int:
    bundled = [t for t in templates.list_templates(db) if t["source"].startswith("bundled:")]
    if bundled:
        return int(bundled[0]["id"])
    return templates.import_file(db, MINI_PATH)


def test_round_trip_changes_only_the_version(db: sqlite_utils.Database, tmp_path: Path) -> None:
    original_id = _bundled_or_mini(db)
    path = tmp_path / "template.xlsx"
    template_xlsx.export_template(db, original_id, path)
    _edit(path, _set_version("2099.1"))

    new_id = template_xlsx.import_template(db, path)

    assert new_id != original_id
    before = cl.template_to_json(templates.template(db, original_id))
    after = cl.template_to_json(templates.template(db, new_id))
    assert after["version"] == "2099.1"
    assert {**after, "version": before["version"]} == before
    row = next(t for t in templates.list_templates(db) if t["id"] == new_id)
    assert row["source"] == "xlsx:template.xlsx"


def test_every_template_survives_the_round_trip(
    db: sqlite_utils.Database, mini_id: int, tmp_path: Path
) -> None:
    for t in templates.list_templates(db):
        original = templates.template(db, t["id"])
        path = tmp_path / f"{t['id']}.xlsx"
        template_xlsx.export_template(db, t["id"], path)
        assert template_xlsx.read_template_xlsx(path) == original


def test_reimporting_the_same_workbook_is_harmless(
    db: sqlite_utils.Database, mini_id: int, mini_xlsx: Path
) -> None:
    assert template_xlsx.import_template(db, mini_xlsx) == mini_id


def test_text_excel_would_read_as_a_formula_stays_text(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    data = _mini_data()
    data["version"] = "formula"
    data["description"] = "+ a note"
    first = data["sections"][0]["items"][0]
    first["text"] = '=HYPERLINK("http://example.com","click")'
    first["guidance"] = "- ask for the register\n- check two entries"
    data["sections"][0]["items"][1]["text"] = "@SUM(A1:A2)"
    template_id = _install(db, data)
    path = tmp_path / "formula.xlsx"
    template_xlsx.export_template(db, template_id, path)

    ws = load_workbook(path)[SHEET_ITEMS]
    cell = ws.cell(_row_of(ws, "A.1"), _column("Text"))
    assert cell.data_type == "s"
    assert cell.value == first["text"]
    assert cell.quotePrefix
    assert template_xlsx.read_template_xlsx(path) == templates.template(db, template_id)


# --- layout ---------------------------------------------------------------------------------


def test_layout_of_the_workbook(mini_xlsx: Path) -> None:
    wb = load_workbook(mini_xlsx)
    assert wb.sheetnames == [SHEET_TEMPLATE, SHEET_ITEMS]

    header = wb[SHEET_TEMPLATE]
    fields = {row[0].value: row[1].value for row in header.iter_rows(min_row=2)}
    assert fields == {
        "Format": cl.FORMAT,
        "Code": "TEST-MINI",
        "Version": "1",
        "Name": "Mini checklist for tests",
        "Description": "Two sections, one with a subsection; Must and Should items.",
        "Programmes": "AEOF, AEOC, AEOS",
        "MSME track": "no",
    }

    ws = wb[SHEET_ITEMS]
    assert [c.value for c in ws[1]] == HEADERS == [c[0] for c in ITEM_COLUMNS]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:J{ws.max_row}"
    assert ws.column_dimensions["F"].width >= 40
    assert ws.cell(2, _column("Text")).alignment.wrap_text
    table = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    codes = [(r[0], r[3]) for r in table]
    assert codes == [
        ("A", None),
        ("A", "A.1"),
        ("A", "A.2"),
        ("G", None),
        ("G", "G.2"),
        ("G", "G.3"),
        ("G > G.1", None),
        ("G > G.1", "G.1.1"),
        ("G > G.1", "G.1.2"),
    ]
    g11 = table[7]
    assert g11 == [
        "G > G.1",
        "G.1",
        "Seals",
        "G.1.1",
        "Must",
        "Seals meet ISO 17712.",
        "Inspect the seal stock.",
        "AEOS, AEOF, MSME",
        "yes",
        "6.5",
    ]
    assert table[8][_column("SAQ ref") - 1] in (None, "")  # no SAQ reference


def test_a_section_without_items_of_its_own_keeps_its_row(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    data = _mini_data()
    data["version"] = "nested"
    item = {**data["sections"][1]["sections"][0]["items"][0], "code": "H.1.1.1"}
    data["sections"].append(
        {
            "code": "H",
            "title": "Conveyance security",
            "items": [],
            "sections": [
                {
                    "code": "H.1",
                    "title": "Seals on conveyances",
                    "items": [],
                    "sections": [{"code": "H.1.1", "title": "Seal log", "items": [item]}],
                }
            ],
        }
    )
    template_id = _install(db, data)
    path = tmp_path / "nested.xlsx"
    template_xlsx.export_template(db, template_id, path)

    ws = load_workbook(path)[SHEET_ITEMS]
    for p in ("H", "H > H.1", "H > H.1 > H.1.1"):
        assert _section_row(ws, p)
    assert ws.cell(_section_row(ws, "H > H.1"), _column("Section title")).value == (
        "Seals on conveyances"
    )
    assert template_xlsx.read_template_xlsx(path) == templates.template(db, template_id)


def test_export_is_atomic(db: sqlite_utils.Database, mini_id: int, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "mini.xlsx"
    path.write_bytes(b"the previous export")
    template_xlsx.export_template(db, mini_id, path)
    assert load_workbook(path).sheetnames == [SHEET_TEMPLATE, SHEET_ITEMS]
    assert [p.name for p in out.iterdir()] == ["mini.xlsx"]  # no *.tmp left

    with pytest.raises(DomainError, match="could not be written"):
        template_xlsx.export_template(db, mini_id, out / "missing" / "mini.xlsx")
    assert [p.name for p in out.iterdir()] == ["mini.xlsx"]


def test_a_failed_save_keeps_the_previous_file(
    db: sqlite_utils.Database, mini_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "mini.xlsx"
    path.write_bytes(b"the previous export")

    def full_disk(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(template_xlsx.os, "replace", full_disk)
    with pytest.raises(DomainError, match="No space left on device"):
        template_xlsx.export_template(db, mini_id, path)
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == ["mini.xlsx"]


# --- what a spreadsheet does to values --------------------------------------------------------


def test_values_excel_turned_into_numbers_or_booleans_are_read_as_text(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(template: Worksheet, items: Worksheet) -> None:
        for row in template.iter_rows(min_row=2):
            if row[0].value == "Version":
                row[1].value = 7
        row = _row_of(items, "A.1")
        items.cell(row, _column("SAQ ref")).value = 2.5
        items.cell(row, _column("MSME keeps")).value = True
        items.cell(row, _column("Requirement")).value = "MUST"
        items.cell(row, _column("Applies to")).value = "aeoc,AEOS ,  aeof, msme"

    template_id = template_xlsx.import_template(db, _edit(mini_xlsx, change))
    t = templates.template(db, template_id)
    assert t.version == "7"
    a1 = next(i for i in t.all_items() if i.code == "A.1")
    assert (a1.saq, a1.msme_keeps, a1.requirement) == ("2.5", True, cl.Requirement.MUST)
    assert a1.applies_to == ("AEOC", "AEOS", "AEOF", "MSME")


def test_blank_rows_and_extra_columns_are_ignored(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(template: Worksheet, items: Worksheet) -> None:
        _set_version("2")(template, items)
        items.cell(1, 11).value = "My notes"
        items.cell(3, 11).value = "ask Claire"
        items.insert_rows(5, amount=2)

    template_id = template_xlsx.import_template(db, _edit(mini_xlsx, change))
    assert [i.code for i in templates.template(db, template_id).all_items()] == [
        "A.1",
        "A.2",
        "G.2",
        "G.3",
        "G.1.1",
        "G.1.2",
    ]


def test_row_numbers_count_blank_rows(db: sqlite_utils.Database, mini_xlsx: Path) -> None:
    def change(_template: Worksheet, items: Worksheet) -> None:
        items.insert_rows(3, amount=4)
        items.cell(_row_of(items, "G.3"), _column("Requirement")).value = "maybe"

    problems = _refused(db, _edit(mini_xlsx, change))
    assert list(problems) == ["Items row 11, Requirement"]


# --- refusals -------------------------------------------------------------------------------


def test_a_file_that_is_not_a_workbook_is_refused(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    fake = tmp_path / "template.xlsx"
    fake.write_text("code,version\nX,1\n", encoding="utf-8")
    problems = _refused(db, fake)
    assert list(problems) == ["File"]
    assert "template.xlsx is not an Excel workbook" in problems["File"]

    csv = tmp_path / "template.csv"
    csv.write_text("code,version\n", encoding="utf-8")
    assert list(_refused(db, csv)) == ["File"]
    assert _refused(db, tmp_path / "gone.xlsx") == {
        "File": "cannot read gone.xlsx: No such file or directory."
    }


def test_a_missing_sheet_is_refused(db: sqlite_utils.Database, mini_xlsx: Path) -> None:
    wb = load_workbook(mini_xlsx)
    wb[SHEET_ITEMS].title = "Criteria"
    wb.save(mini_xlsx)
    problems = _refused(db, mini_xlsx)
    assert list(problems) == ["Items"]
    assert "no sheet named 'Items'" in problems["Items"]
    assert "Criteria" in problems["Items"]


def test_a_renamed_or_missing_header_column_is_refused(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(_template: Worksheet, items: Worksheet) -> None:
        items.cell(1, _column("Requirement")).value = "Req."
        items.delete_cols(_column("SAQ ref"))

    problems = _refused(db, _edit(mini_xlsx, change))
    assert set(problems) == {"Items row 1, Requirement", "Items row 1, SAQ ref"}
    assert "missing from the header row" in problems["Items row 1, Requirement"]
    assert "'Req.'" in problems["Items row 1, Requirement"]


def test_the_message_names_sheet_row_and_column(db: sqlite_utils.Database, mini_xlsx: Path) -> None:
    row = 0

    def change(_template: Worksheet, items: Worksheet) -> None:
        nonlocal row
        row = _row_of(items, "G.3")
        items.cell(row, _column("Requirement")).value = "maybe"

    with pytest.raises(ValidationError) as info:
        template_xlsx.import_template(db, _edit(mini_xlsx, change))
    assert str(info.value) == f"Items row {row}, Requirement: 'maybe' is not Must or Should."


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("Requirement", None, "is required (Must or Should)."),
        ("Text", None, "is required"),
        ("Text", "   ", "is required"),
        ("Applies to", None, "is required"),
        ("Applies to", "AEOS, AEOX", "'AEOX' is not a programme code"),
        ("Applies to", "AEOS, AEOS", "AEOS is listed twice."),
        ("MSME keeps", None, "is required (yes or no)."),
        ("MSME keeps", "perhaps", "'perhaps' is not yes or no."),
        ("Section title", None, "is required"),
        ("Section code", "G.9", "'G.9' is not the last code of the section path"),
        ("Section path", None, "is required"),
        ("Section path", "G >  > G.1", "has an empty part"),
        ("Item code", "g-1", "not a valid code"),
    ],
)
def test_a_bad_cell_is_refused(
    db: sqlite_utils.Database, mini_xlsx: Path, column: str, value: Any, message: str
) -> None:
    row = 0

    def change(_template: Worksheet, items: Worksheet) -> None:
        nonlocal row
        # G.1.1 is the first item of subsection G.1: its row defines nothing else.
        row = _row_of(items, "G.1.1")
        if column == "Section title":  # the row that defines the section
            row = _section_row(items, "G > G.1")
        items.cell(row, _column(column)).value = value

    problems = _refused(db, _edit(mini_xlsx, change))
    where = f"Items row {row}, {column}"
    assert where in problems, problems
    assert message in problems[where]


def test_a_section_code_only_the_domain_refuses_is_pointed_at_its_row(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    row = 0

    def change(_template: Worksheet, items: Worksheet) -> None:
        nonlocal row
        row = _section_row(items, "G > G.1")
        for r in items.iter_rows(min_row=2):
            if r[0].value == "G > G.1":
                r[0].value = "G > g1"
                r[_column("Section code") - 1].value = "g1"

    problems = _refused(db, _edit(mini_xlsx, change))
    assert problems == {f"Items row {row}, Section code": "'g1' is not a valid code."}


def test_a_conflicting_section_title_is_refused(db: sqlite_utils.Database, mini_xlsx: Path) -> None:
    row = 0

    def change(_template: Worksheet, items: Worksheet) -> None:
        nonlocal row
        row = _row_of(items, "G.1.2")
        items.cell(row, _column("Section title")).value = "Seal control"

    problems = _refused(db, _edit(mini_xlsx, change))
    assert problems == {
        f"Items row {row}, Section title": "'Seal control' differs from the title 'Seals' "
        f"given on row {row - 2}."
    }


def test_item_details_on_a_section_row_are_refused(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    row = 0

    def change(_template: Worksheet, items: Worksheet) -> None:
        nonlocal row
        row = _section_row(items, "A")
        items.cell(row, _column("Text")).value = "A forgotten item."

    problems = _refused(db, _edit(mini_xlsx, change))
    assert "has item details (Text)" in problems[f"Items row {row}, Item code"]


def test_duplicate_item_codes_name_both_rows(db: sqlite_utils.Database, mini_xlsx: Path) -> None:
    first = second = 0

    def change(_template: Worksheet, items: Worksheet) -> None:
        nonlocal first, second
        first, second = _row_of(items, "A.1"), _row_of(items, "G.3")
        items.cell(second, _column("Item code")).value = "A.1"

    problems = _refused(db, _edit(mini_xlsx, change))
    message = problems[f"Items row {second}, Item code"]
    assert f"row {first}" in message
    assert "'A.1' is already used" in message


def test_an_item_code_may_not_repeat_a_section_code(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    row = 0

    def change(_template: Worksheet, items: Worksheet) -> None:
        nonlocal row
        row = _row_of(items, "G.1.2")
        items.cell(row, _column("Item code")).value = "G.1"

    problems = _refused(db, _edit(mini_xlsx, change))
    assert "section G.1 on row" in problems[f"Items row {row}, Item code"]


def test_nesting_deeper_than_three_levels_is_refused(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(_template: Worksheet, items: Worksheet) -> None:
        items.append(["G > G.1 > G.1.9", "G.1.9", "Deeper"])
        deep = ["G > G.1 > G.1.9 > G.1.9.1", "G.1.9.1", "Too deep", "G.1.9.1.1"]
        items.append([*deep, "Must", "Text.", "", "AEOS", "yes", ""])

    problems = _refused(db, _edit(mini_xlsx, change))
    assert "nests 4 levels deep; sections nest at most 3." in problems["Items row 12, Section path"]


def test_a_section_whose_parent_comes_later_is_refused(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(_template: Worksheet, items: Worksheet) -> None:
        items.append(["K > K.1", "K.1", "Partners", "K.1.1", "Should", "T.", "", "AEOS", "no", ""])
        items.append(["K", "K", "Trading partner security", None])
        items.append(["K", "K", "Trading partner security", "K.2", "Must", "T.", "", "AEOS", "no"])

    problems = _refused(db, _edit(mini_xlsx, change))
    assert problems["Items row 11, Section path"] == (
        "the parent section 'K' is not defined on an earlier row."
    )


def test_a_section_moved_under_another_parent_is_refused(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(_template: Worksheet, items: Worksheet) -> None:
        items.append(["A > G.1", "G.1", "Seals", "A.9", "Must", "T.", "", "AEOS", "no", ""])

    problems = _refused(db, _edit(mini_xlsx, change))
    assert "section G.1 is under 'G > G.1' on row" in problems["Items row 11, Section path"]


def test_a_section_left_without_items_is_refused(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(_template: Worksheet, items: Worksheet) -> None:
        items.append(["L", "L", "Crisis management"])

    problems = _refused(db, _edit(mini_xlsx, change))
    assert problems == {"Items row 11, Section code": "section L has no items and no subsections."}


def test_template_sheet_problems_name_their_row(db: sqlite_utils.Database, mini_xlsx: Path) -> None:
    def change(template: Worksheet, _items: Worksheet) -> None:
        for row in template.iter_rows(min_row=2):
            if row[0].value == "Programmes":
                row[1].value = "AEOF, AEOZ"
            if row[0].value == "MSME track":
                row[1].value = "sometimes"
            if row[0].value == "Name":
                row[1].value = None
            if row[0].value == "Format":
                row[1].value = "my-format/2"

    problems = _refused(db, _edit(mini_xlsx, change))
    assert problems == {
        "Template row 2, Format": f"'my-format/2' is not {cl.FORMAT}.",
        "Template row 5, Name": "is required.",
        "Template row 7, Programmes": "'AEOZ' is not a programme code "
        f"(known: {', '.join(cl.PROGRAMME_CODES)}).",
        "Template row 8, MSME track": "'sometimes' is not yes or no.",
    }


def test_a_missing_or_unknown_template_field_is_refused(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(template: Worksheet, _items: Worksheet) -> None:
        template.cell(4, 1).value = "Versoin"

    problems = _refused(db, _edit(mini_xlsx, change))
    assert set(problems) == {"Template row 4, Field", "Template, Version"}
    assert "unknown field 'Versoin'" in problems["Template row 4, Field"]


def test_the_same_version_with_other_content_points_at_the_version_row(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(_template: Worksheet, items: Worksheet) -> None:
        items.cell(_row_of(items, "A.1"), _column("Text")).value = "Changed, same version."

    problems = _refused(db, _edit(mini_xlsx, change))
    assert list(problems) == ["Template row 4, Version"]
    assert "new version" in problems["Template row 4, Version"]


def test_all_problems_are_reported_at_once_and_nothing_is_installed(
    db: sqlite_utils.Database, mini_xlsx: Path
) -> None:
    def change(template: Worksheet, items: Worksheet) -> None:
        _set_version("3")(template, items)
        items.cell(_row_of(items, "A.1"), _column("Requirement")).value = "maybe"
        items.cell(_row_of(items, "G.2"), _column("Applies to")).value = "XX"
        items.cell(_row_of(items, "G.1.2"), _column("Text")).value = None

    problems = _refused(db, _edit(mini_xlsx, change))
    assert len(problems) == 3
    assert all(p.startswith("Items row ") for p in problems)


def test_a_long_list_of_problems_is_cut_short(db: sqlite_utils.Database, mini_xlsx: Path) -> None:
    def change(_template: Worksheet, items: Worksheet) -> None:
        for n in range(60):
            items.append(["A", "A", "Compliance record", f"A.{n + 10}", "often", "T.", "", "AEOC"])

    problems = _refused(db, _edit(mini_xlsx, change))
    assert len(problems) == template_xlsx.MAX_PROBLEMS + 1
    assert "more problem(s)" in problems[""]
