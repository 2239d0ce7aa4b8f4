"""The one safe Excel writer: typed, styled, formula-safe, streamed and atomic. Every file is
read back with openpyxl (``reset_dimensions()`` first: a write-only file has no dimension
record)."""

from __future__ import annotations

import os
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers.clock import FROZEN_NOW
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from openpyxl.worksheet.worksheet import Worksheet

from desktop.domain.errors import DomainError
from desktop.services import access, xlsx_writer
from desktop.services.actor import Actor
from desktop.services.xlsx_writer import (
    XlsxColumn,
    atomic_save,
    escape_text,
    safe_sheet_title,
    set_text,
    to_datetime,
    write_table,
)

COLUMNS = [
    XlsxColumn("Name"),
    XlsxColumn("Count", "int"),
    XlsxColumn("Amount", "float"),
    XlsxColumn("Due", "date"),
    XlsxColumn("At", "datetime"),
    XlsxColumn("Score", "percent"),
]


def read(path: Path) -> Worksheet:
    """The first sheet, every cell with its style (openpyxl's ordinary mode)."""
    ws = load_workbook(path).worksheets[0]
    assert isinstance(ws, Worksheet)
    return ws


def values(path: Path) -> list[tuple[Any, ...]]:
    """Every row's values the way a streaming reader sees them: a write-only file has no
    dimension record, so the reader must reset its dimensions first."""
    wb = load_workbook(path, read_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        found = [tuple(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    width = max((len(r) for r in found), default=0)
    return [r + (None,) * (width - len(r)) for r in found]  # an empty row reads as ()


def test_header_is_styled_frozen_filtered_and_sized(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    rows = [("a", 1, 2.5, "2026-06-15", "2026-06-15T10:00:00Z", 87.5)] * 3
    assert write_table(out, "Things", COLUMNS, rows) == 3
    wb = load_workbook(out)
    assert wb.sheetnames == ["Things"]
    ws = wb["Things"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:F4"
    assert ws.print_title_rows == "$1:$1"
    header = next(ws.iter_rows(min_row=1, max_row=1))
    assert [c.value for c in header] == [c.header for c in COLUMNS]
    for cell in header:
        assert cell.font.b
        assert cell.fill.fill_type == "solid"
        assert cell.fill.fgColor.rgb.endswith(xlsx_writer.HEADER_FILL_COLOUR)
    assert ws.column_dimensions["A"].width == XlsxColumn("Name").shown_width
    assert ws.column_dimensions["E"].width == XlsxColumn("At", "datetime").shown_width
    assert wb.properties.title == "Things"
    assert wb.properties.creator == Actor.system_user().name  # nobody signed in


# --- who made the file, and when -------------------------------------------------------------

ANA = Actor(name="Ana Silva", roles=frozenset({"manager"}))


def test_made_by_is_the_actor_else_the_signed_in_user_else_the_system_user() -> None:
    system = Actor.system_user().name
    assert xlsx_writer.made_by() == system
    assert xlsx_writer.made_by(Actor("Bo Lind")) == "Bo Lind"
    assert xlsx_writer.made_by("  Bo Lind ") == "Bo Lind"
    access.sign_in(ANA)
    assert xlsx_writer.made_by() == "Ana Silva"
    assert xlsx_writer.made_by(None) == "Ana Silva"
    assert xlsx_writer.made_by(Actor("Bo Lind")) == "Bo Lind"  # the caller's actor first
    assert xlsx_writer.made_by("") == xlsx_writer.made_by(Actor(" ")) == "Ana Silva"
    access.sign_in(None)
    assert xlsx_writer.made_by("") == system


def _footer(by: str, unit: str | None) -> str:
    local = FROZEN_NOW.astimezone().strftime("%Y-%m-%d %H:%M")
    text = f"Exported by {by} on {local} — AEO Desk"
    return f"{text} {unit}" if unit else text


@pytest.mark.parametrize("signed_in", [True, False])
def test_the_file_says_who_made_it_and_when(
    tmp_path: Path, frozen_clock: datetime, signed_in: bool
) -> None:
    if signed_in:
        access.sign_in(ANA)
    who = "Ana Silva" if signed_in else Actor.system_user().name
    out = tmp_path / "t.xlsx"
    rows = [("a", 1, 2.5, "2026-06-15", "2026-06-15T10:00:00Z", 87.5)]
    write_table(out, "Things", COLUMNS, rows, unit="Unité R&D")
    wb = load_workbook(out)
    assert wb.properties.creator == wb.properties.lastModifiedBy == who
    assert wb.properties.created == FROZEN_NOW.replace(tzinfo=None)  # UTC, as Excel keeps it
    ws = wb["Things"]
    # In the printed footer, "&" is doubled (it starts Excel's footer codes).
    assert ws.oddFooter.left.text == _footer(who, "Unité R&&D")
    assert ws.oddFooter.right.text == "Page &P of &N"
    # The sheet itself is unchanged: one sheet, the header on row 1, then the data.
    assert wb.sheetnames == ["Things"]
    assert values(out)[0] == tuple(c.header for c in COLUMNS)
    assert values(out)[1][0] == "a" and len(values(out)) == 2


def test_the_callers_actor_comes_before_the_signed_in_user(
    tmp_path: Path, frozen_clock: datetime
) -> None:
    access.sign_in(ANA)
    out = tmp_path / "t.xlsx"
    write_table(out, "T", COLUMNS[:1], [("x",)], actor=Actor("Bo Lind"))
    wb = load_workbook(out)
    assert wb.properties.creator == "Bo Lind"
    assert wb["T"].oddFooter.left.text == _footer("Bo Lind", None)


@pytest.mark.parametrize(
    ("lead", "unit", "expected"),
    [
        (xlsx_writer.Lead.EXPORTED_BY, "Unit 7", "Exported by Bo on {when} — AEO Desk Unit 7"),
        (xlsx_writer.Lead.EXPORTED_BY, None, "Exported by Bo on {when} — AEO Desk"),
        (xlsx_writer.Lead.MADE_BY, "Unit 7", "Made by Bo on {when} — AEO Desk Unit 7"),
        (xlsx_writer.Lead.MADE_BY, None, "Made by Bo on {when} — AEO Desk"),
    ],
)
def test_the_footer_line_begins_as_the_file_asks(
    lead: xlsx_writer.Lead, unit: str | None, expected: str
) -> None:
    when = FROZEN_NOW.astimezone().strftime("%Y-%m-%d %H:%M")
    assert xlsx_writer.footer_text("Bo", FROZEN_NOW, unit, lead=lead) == expected.format(when=when)


def test_a_long_footer_is_cut_to_what_excel_keeps() -> None:
    wb = Workbook()
    ws = wb.active
    text = xlsx_writer.footer_text("A&B " * 40, FROZEN_NOW, "R&D " * 40)
    xlsx_writer.set_print_footer(ws, text)
    left = ws.oddFooter.left.text
    assert left.startswith("Exported by A&&B A&&B") and left.endswith("…")
    assert len(left) + len(ws.oddFooter.right.text) + 4 <= xlsx_writer.MAX_FOOTER
    assert (len(left[:-1]) - len(left[:-1].rstrip("&"))) % 2 == 0  # no half of a "&&"


def test_values_are_real_excel_types(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    rows = [
        ("plain", 3, 2.5, "2026-06-15", "2026-06-15T10:00:00Z", 87.5),
        ("from text", "7", "1,234.5", date(2026, 1, 2), datetime(2026, 1, 2, 8, 30), "50"),
        (None, None, None, None, None, None),
        ("not typed", "n/a", "?", "soon", "later", "high"),
        ("not finite", None, float("nan"), None, None, float("inf")),
    ]
    write_table(out, "T", COLUMNS, rows)
    ws = read(out)
    got = values(out)[1:]
    assert [tuple(c.value for c in r) for r in ws.iter_rows(min_row=2)] == got
    at = to_datetime("2026-06-15T10:00:00Z")  # local time, as Excel has no time zones
    assert got[0] == ("plain", 3, 2.5, datetime(2026, 6, 15), at, 0.875)
    assert got[1] == (
        "from text",
        7,
        1234.5,
        datetime(2026, 1, 2),
        datetime(2026, 1, 2, 8, 30),
        0.5,
    )
    assert got[2] == (None,) * 6
    assert got[3] == ("not typed", "n/a", "?", "soon", "later", "high")  # kept as text
    assert got[4] == ("not finite", None, None, None, None, None)  # Excel has no NaN
    row2 = ws[2]
    assert [c.data_type for c in row2] == ["s", "n", "n", "d", "d", "n"]
    assert row2[3].number_format == xlsx_writer.DATE_FORMAT
    assert row2[4].number_format == xlsx_writer.DATETIME_FORMAT
    assert row2[5].number_format == xlsx_writer.PERCENT_FORMAT
    assert row2[2].number_format == xlsx_writer.FLOAT_FORMAT


@pytest.mark.parametrize("text", ["=1+1", "+33 1 23 45", "-no seal log", "@SUM(A1:A2)", "=cmd|'"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, text: str) -> None:
    out = tmp_path / "t.xlsx"
    write_table(out, "T", [XlsxColumn(text), XlsxColumn("Other")], [(text, "ordinary")])
    ws = read(out)
    header, cell = ws["A1"], ws["A2"]
    for c in (header, cell):
        assert c.value == text
        assert c.data_type == "s"
        assert c.quotePrefix
    assert not ws["B2"].quotePrefix
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in s or b"<f " in s for s in sheets)  # no formula anywhere


def test_characters_xml_forbids_are_dropped(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write_table(out, "T", [XlsxColumn("Note")], [("bell\x07, null\x00 and \ud800 gone",)])
    assert read(out)["A2"].value == "bell, null and  gone"
    assert escape_text("tab\tand\nnewline stay") == "tab\tand\nnewline stay"


def test_an_empty_list_is_a_header_with_its_filter(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert write_table(out, "Empty", COLUMNS, iter(())) == 0
    ws = read(out)
    assert values(out) == [tuple(c.header for c in COLUMNS)]
    assert ws.auto_filter.ref == "A1:F2"
    assert ws.freeze_panes == "A2"


def test_progress_is_reported_as_rows_are_written(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    rows = [(f"r{n}",) for n in range(2500)]
    write_table(
        tmp_path / "t.xlsx", "T", [XlsxColumn("N")], rows, progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_a_row_of_the_wrong_length_is_a_bug_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="2 values for 1 columns"):
        write_table(tmp_path / "t.xlsx", "T", [XlsxColumn("N")], [("a", "b")])
    assert list(tmp_path.iterdir()) == []


def test_sheet_titles_are_made_legal() -> None:
    assert safe_sheet_title("Cases [open]: 2026/06") == "Cases  open   2026 06"[:31]
    assert len(safe_sheet_title("x" * 40)) == 31
    assert safe_sheet_title("'") == "Sheet"


# --- atomic writing -------------------------------------------------------------------------


def _no_space(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(28, "No space left on device")


def test_a_full_disk_on_the_final_move_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "list.xlsx"
    monkeypatch.setattr(xlsx_writer.os, "replace", _no_space)
    with pytest.raises(DomainError) as caught:
        write_table(out, "T", COLUMNS, [("a", 1, 1.0, None, None, None)])
    assert str(out) in str(caught.value)
    assert "No space left on device" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_half_way_through_saving_leaves_nothing_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "list.xlsx"
    out.write_bytes(b"the previous export")

    def half_then_full(self: Workbook, filename: str | Path) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half a zip")  # some bytes reach the disk
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", half_then_full)
    with pytest.raises(DomainError, match=r"could not be written to .*list\.xlsx: No space left"):
        write_table(out, "T", COLUMNS, ((f"r{n}", n, None, None, None, None) for n in range(5000)))
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]


def test_a_missing_folder_fails_before_any_row_is_read(tmp_path: Path) -> None:
    read_rows: list[int] = []

    def rows() -> Iterator[tuple[str]]:
        for n in range(10):
            read_rows.append(n)
            yield (f"r{n}",)

    out = tmp_path / "no" / "such" / "folder" / "list.xlsx"
    with pytest.raises(DomainError, match=r"could not be written to .*list\.xlsx"):
        write_table(out, "T", [XlsxColumn("N")], rows())
    assert read_rows == []
    assert not (tmp_path / "no").exists()


def test_a_bug_while_streaming_is_not_disguised_and_cleans_up(tmp_path: Path) -> None:
    before = set(ALL_TEMP_FILES)

    def rows() -> Iterator[tuple[str]]:
        for n in range(3000):
            if n == 2000:
                raise RuntimeError("a bug")
            yield (f"r{n}",)

    with pytest.raises(RuntimeError, match="a bug"):
        write_table(tmp_path / "list.xlsx", "T", [XlsxColumn("N")], rows())
    assert list(tmp_path.iterdir()) == []
    leftovers = set(ALL_TEMP_FILES) - before
    assert not [p for p in leftovers if os.path.exists(p)]  # openpyxl's stream file is gone


def test_atomic_save_and_set_text_for_ordinary_workbooks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    set_text(ws["A1"], '=HYPERLINK("http://x")')
    set_text(ws["A2"], "fine\x0b text")
    out = tmp_path / "wb.xlsx"
    atomic_save(wb, out, what="The report")
    back = load_workbook(out).active
    assert back is not None
    assert back["A1"].value == '=HYPERLINK("http://x")' and back["A1"].quotePrefix
    assert back["A2"].value == "fine text" and not back["A2"].quotePrefix
    monkeypatch.setattr(xlsx_writer.os, "replace", _no_space)
    with pytest.raises(DomainError, match=r"^The report could not be written to .*wb\.xlsx"):
        atomic_save(wb, out, what="The report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wb.xlsx"]


# --- memory ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_100000_rows_stream_in_bounded_memory(tmp_path: Path) -> None:
    """The whole point of write_only: memory does not grow with the rows (the platform notes
    measured 24 MB for 100,000 x 12; an in-memory workbook takes 431 MB). Four columns keep
    the test quick under tracemalloc; memory per row does not depend on them."""
    columns = [
        XlsxColumn("Reference"),
        XlsxColumn("Note"),
        XlsxColumn("Count", "int"),
        XlsxColumn("Received", "date"),
    ]

    def rows() -> Iterator[tuple[Any, ...]]:
        for n in range(100_000):
            note = f"=SUM(A{n})" if n % 10 == 0 else f"note {n}"
            yield (f"AEO-2026-{n:06d}", note, n, f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}")

    out = tmp_path / "big.xlsx"
    tracemalloc.start()
    try:
        written = write_table(out, "Big", columns, rows())
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == 100_000
    assert peak < 60 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
    # Every row is there (counted in the sheet's XML: reading 100,000 rows back through
    # openpyxl is tested on small files above and would double the time of this test).
    rows_seen, tail = 0, b""
    with zipfile.ZipFile(out) as z, z.open("xl/worksheets/sheet1.xml") as sheet:
        while chunk := sheet.read(1 << 20):
            rows_seen += (tail[-4:] + chunk).count(b"<row ")  # a tag may span two chunks
            tail = (tail + chunk)[-4096:]
    assert rows_seen == 100_001  # the header and every data row
    assert b"AEO-2026-099999" in tail
