"""GUI fixtures: the small demo (copied per test), a UI context and a shown main window."""

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

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
