"""The contact-point and training screens export what they show, with their filters."""

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from desktop.services import training_service
from desktop.ui.main_window import MainWindow


def _rows(path: Path) -> list[list[object]]:
    ws = load_workbook(path, read_only=True).active
    ws.reset_dimensions()
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_training_queue_export_follows_the_window(
    qtbot, window: MainWindow, ui_ctx, tmp_path, monkeypatch
) -> None:
    window.show_page(MainWindow.TRAINING)
    page = window.page(MainWindow.TRAINING)
    page.window_spin.setValue(7)
    out = tmp_path / "queue.xlsx"
    _save_to(monkeypatch, out)
    job = page.request_export()
    qtbot.waitUntil(out.exists, timeout=10000)
    assert job is not None
    rows = _rows(out)
    expected = training_service.follow_ups(ui_ctx.db, within_days=7)
    assert len(rows) - 1 == len(expected)
    assert [r[1] for r in rows[1:]] == [e["staff_name"] for e in expected]


def test_coverage_export_follows_the_size_filter(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    window.show_page(MainWindow.CONTACTS)
    page = window.page(MainWindow.CONTACTS)
    page.size_combo.setCurrentIndex(page.size_combo.findData("micro"))
    out = tmp_path / "coverage.xlsx"
    _save_to(monkeypatch, out)
    page.tabs.setCurrentIndex(0)
    page.request_export()
    qtbot.waitUntil(out.exists, timeout=10000)
    rows = _rows(out)
    assert len(rows) > 1
    assert {r[0] for r in rows[1:]} == {"Micro"}
    qtbot.waitUntil(lambda: page.jobs_in_flight == 0, timeout=10000)
