"""Export… on the caseload and the audits page: the file holds exactly what the list shows
(filters, sort order, visible columns in their on-screen order), written on the worker."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.domain.errors import DomainError
from desktop.ui.main_window import MainWindow
from desktop.ui.models.case_table_model import CaseColumn
from desktop.ui.widgets.audits_page import ALL, UPCOMING_MINE
from desktop.ui.widgets.case_filter_bar import OPEN


def read_back(path: Path) -> tuple[list[Any], list[list[Any]]]:
    wb = load_workbook(path, read_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # a write-only file has no dimension record
        found = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    width = len(found[0])
    return found[0], [r + [None] * (width - len(r)) for r in found[1:]]


def as_shown(value: Any) -> str:
    """A cell as the table would show it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value)


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The file chosen in the save dialog; each call records that the dialog was asked."""
    folder = tmp_path / "exports"
    folder.mkdir()
    asked: list[Path] = []

    def dialog(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        path = folder / f"export-{len(asked)}"  # no extension: .xlsx is added
        asked.append(path.with_suffix(".xlsx"))
        return str(path), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def _wait_for_export(qtbot, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(lambda: path.exists(), timeout=20_000)
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=5_000)


def test_caseload_export_holds_what_the_table_shows(
    qtbot, window: MainWindow, save_as: list[Path]
) -> None:
    page = window.caseload
    header = page.table.horizontalHeader()
    # Filters: MSME operators, open cases.
    page.filter_bar.msme_check.setChecked(True)
    page.filter_bar.state_combo.setCurrentIndex(page.filter_bar.state_combo.findData(OPEN))
    qtbot.waitUntil(lambda: page.model.query.msme_only and page.model.query.open_only)
    # Sort: click the Operator header (in SQL, through the page).
    x = header.sectionViewportPosition(CaseColumn.OPERATOR) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: page.model.query.sort_key == "operator")
    # Columns: hide Priority, move Region to second place.
    header.hideSection(CaseColumn.PRIORITY)
    header.moveSection(header.visualIndex(CaseColumn.REGION), 1)

    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(save_as) == 1  # Ctrl+Shift+E asked where to save
    _wait_for_export(qtbot, window, save_as[0])

    got_header, rows = read_back(save_as[0])
    visible = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    assert visible[:2] == [CaseColumn.REFERENCE, CaseColumn.REGION]
    assert CaseColumn.PRIORITY not in visible
    model = page.model
    assert got_header == [model.headerData(c, Qt.Orientation.Horizontal) for c in visible]
    assert len(rows) == model.rowCount() > 0
    for r, row in enumerate(rows):
        shown = [model.index(r, c).data() for c in visible]
        shown = ["" if s == "—" else s for s in shown]  # no validator: an empty cell
        assert [as_shown(v) for v in row] == shown, r
    days = got_header.index("Days left")
    assert any(isinstance(row[days], int) for row in rows)  # a number, not text


def test_the_export_button_and_a_failure(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.ui import workers

    shown: list[BaseException] = []
    monkeypatch.setattr(workers, "show_error", lambda _parent, exc: shown.append(exc))
    nowhere = tmp_path / "no such folder" / "cases.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(nowhere), ""))
    )
    qtbot.mouseClick(window.caseload.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert isinstance(shown[0], DomainError)
    assert str(nowhere) in str(shown[0])
    assert not nowhere.parent.exists()


def test_cancelling_the_dialog_exports_nothing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert window.caseload.request_export() is None


def test_audit_list_and_follow_up_export_as_shown(
    qtbot, window: MainWindow, save_as: list[Path]
) -> None:
    window.show_page(MainWindow.AUDITS)
    page = window.audits
    page.scope_combo.setCurrentIndex(ALL)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    _wait_for_export(qtbot, window, save_as[0])
    header, rows = read_back(save_as[0])
    assert header[:4] == ["Reference", "Planned start", "Planned end", "Status"]
    shown = page.audit_model.rows()
    assert [r[0] for r in rows] == [a["reference"] for a in shown]
    assert len(rows) == 50

    window.statusBar().clearMessage()
    page.window_spin.setValue(60)
    qtbot.mouseClick(page.follow_export_button, Qt.MouseButton.LeftButton)
    _wait_for_export(qtbot, window, save_as[1])
    header, rows = read_back(save_as[1])
    assert header == [
        "Due", "Status", "Operator", "Audit", "Item", "Severity", "Corrective action", "Owner",
        "Lead validator",
    ]  # fmt: skip
    follow = page.follow_model.rows()
    assert len(rows) == len(follow) > 0
    assert [(as_shown(r[0]), r[1], r[3], r[6]) for r in rows] == [
        (a["due_on"], a["follow_up_status"].capitalize(), a["audit_reference"], a["description"])
        for a in follow
    ]


def test_my_audits_without_acting_as_is_explained(
    qtbot, window: MainWindow, save_as: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.widgets import audits_page

    shown: list[BaseException] = []
    monkeypatch.setattr(audits_page, "show_error", lambda _parent, exc: shown.append(exc))
    window.show_page(MainWindow.AUDITS)
    page = window.audits
    page.scope_combo.setCurrentIndex(UPCOMING_MINE)
    assert page.request_export_audits() is None
    assert save_as == []
    assert len(shown) == 1 and "Acting as" in str(shown[0])
