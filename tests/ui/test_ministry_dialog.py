"""The ministry workbook dialog: period presets, the file chooser, the worker and its progress
bar, and a failure that leaves the dialog usable."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services import ministry_report
from desktop.ui.dialogs.ministry_dialog import (
    MinistryDialog,
    last_month,
    last_quarter,
    this_year,
)
from desktop.ui.errors import set_quiet

TODAY = date(2026, 6, 15)  # the frozen clock of ui_ctx


@pytest.fixture
def dialog(qtbot, ui_ctx) -> MinistryDialog:
    set_quiet(True)
    d = MinistryDialog(None, ui_ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _chooser(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def fake(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_presets() -> None:
    assert last_month(TODAY) == (date(2026, 5, 1), date(2026, 5, 31))
    assert last_month(date(2026, 1, 10)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert last_quarter(TODAY) == (date(2026, 1, 1), date(2026, 3, 31))
    assert last_quarter(date(2026, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert this_year(TODAY) == (date(2026, 1, 1), TODAY)


def test_quick_buttons_set_the_period(qtbot, dialog: MinistryDialog) -> None:
    assert dialog.period() == (date(2026, 5, 1), date(2026, 5, 31))  # last month by default
    qtbot.mouseClick(dialog.quick_buttons["last_quarter"], Qt.MouseButton.LeftButton)
    assert dialog.period() == (date(2026, 1, 1), date(2026, 3, 31))
    qtbot.mouseClick(dialog.quick_buttons["this_year"], Qt.MouseButton.LeftButton)
    assert dialog.period() == (date(2026, 1, 1), TODAY)
    assert dialog.to_edit.maximumDate() == QDate(2026, 6, 15)


def test_create_asks_for_a_file_then_writes_it_with_progress(
    qtbot, dialog: MinistryDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "ministry"
    out.parent.mkdir()
    asked = _chooser(monkeypatch, out)  # no extension typed: .xlsx is added
    dialog.set_period(date(2025, 6, 1), TODAY)
    steps: list[int] = []
    with qtbot.waitSignal(dialog.written, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.running
        assert not dialog.create_button.isEnabled() and not dialog.from_edit.isEnabled()
        assert dialog.last_job is not None
        dialog.last_job.progress.connect(lambda done, _total, _label: steps.append(done))
    written = out.with_name("ministry.xlsx")
    assert blocker.args == [written]
    assert len(asked) == 1
    suggested = Path(asked[0][2])
    assert suggested.name == "AEO-ministry-2025-06-01-2026-06-15.xlsx"
    assert dialog.path_edit.text() == str(written)
    assert not dialog.running and dialog.create_button.isEnabled()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "Written to" in dialog.status_label.text()
    assert steps == sorted(steps)
    assert sorted(p.name for p in written.parent.iterdir()) == ["ministry.xlsx"]  # no .tmp
    assert dialog.last_counts is not None
    wb = load_workbook(written)
    assert wb.sheetnames == list(ministry_report.SHEETS)
    about = wb[ministry_report.SHEET_ABOUT]
    fields = {about.cell(r, 1).value: about.cell(r, 2).value for r in range(7, 17)}
    assert fields["Made by"] == "Test Manager"
    assert fields["Staff names replaced by codes"] == "no"
    assert wb.properties.creator == "Test Manager"
    assert fields["Period from"].date() == date(2025, 6, 1)
    # A second run writes to the same file without asking again.
    with qtbot.waitSignal(dialog.written, timeout=30000):
        dialog.request_export()
    assert len(asked) == 1


def test_cancelled_chooser_starts_nothing(
    dialog: MinistryDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    _chooser(monkeypatch, None)
    assert dialog.request_export() is None
    assert not dialog.running and dialog.last_job is None


def test_a_failure_is_shown_and_the_dialog_stays_usable(
    qtbot, dialog: MinistryDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "desktop.ui.dialogs.ministry_dialog.show_error", lambda _p, exc: shown.append(exc)
    )
    dialog.path_edit.setText(str(tmp_path / "missing folder" / "m.xlsx"))
    dialog.request_export()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert len(shown) == 1 and "could not be written to" in str(shown[0])
    assert "not written" in dialog.status_label.text()
    assert dialog.create_button.isEnabled()
    # A backwards period is refused before any work.
    dialog.from_edit.setDate(QDate(2026, 3, 1))
    dialog.to_edit.setDate(QDate(2026, 2, 1))
    assert dialog.request_export() is None
    assert len(shown) == 2 and "before it starts" in str(shown[1])


def test_staff_names_can_be_replaced_by_codes(
    qtbot, dialog: MinistryDialog, ui_ctx, tmp_path: Path
) -> None:
    box = dialog.staff_codes_check
    assert box.text() == "Replace staff names with codes" and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    dialog.set_period(date(2025, 6, 1), TODAY)
    out = tmp_path / "coded.xlsx"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.written, timeout=30000):
        dialog.request_export()
        assert not box.isEnabled()  # not while the workbook is made
    assert box.isEnabled()
    wb = load_workbook(out)
    about = wb[ministry_report.SHEET_ABOUT]
    fields = {about.cell(r, 1).value: about.cell(r, 2).value for r in range(7, 17)}
    assert fields["Staff names replaced by codes"] == "yes"
    assert fields["Made by"] == "Test Manager"  # the maker is still named
    f = ministry_report.figures(ui_ctx.db, date(2025, 6, 1), TODAY, staff_codes=True)
    officers = [r.officer for r in f.officers if not r.is_total]
    assert officers and all(o.startswith("ST-") for o in officers)
    names = {r[0] for r in ui_ctx.db.conn.execute("SELECT name FROM staff")}
    cells = {
        c.value
        for row in wb[ministry_report.SHEET_CONTACTS].iter_rows()
        for c in row
        if isinstance(c.value, str)
    }
    assert set(officers) <= cells and not cells & names
