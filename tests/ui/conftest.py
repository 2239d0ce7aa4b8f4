"""GUI fixtures: the small demo (copied per test), a UI context and a shown main window."""

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.services.actor import Actor
from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


@pytest.fixture
def ui_ctx(demo_db_path: Path, tmp_path: Path, frozen_clock: datetime) -> Iterator[AppContext]:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, path)
    db = open_database(path)
    ctx = AppContext(
        db=db, path=path, settings=Settings(tmp_path / "ui.ini"), actor=Actor("Test Manager")
    )
    try:
        yield ctx
    finally:
        db.close()


@pytest.fixture
def window(qtbot, ui_ctx: AppContext) -> Iterator[MainWindow]:
    set_quiet(True)
    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Only the save dialog (a person's choice of file) is replaced: each call picks the next
    ``export-N.xlsx`` in ``tmp_path`` and records it."""
    asked: list[Path] = []

    def dialog(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(tmp_path / f"export-{len(asked)}.xlsx")
        return str(asked[-1]), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked
