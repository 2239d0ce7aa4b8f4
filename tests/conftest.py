"""Shared fixtures for the whole suite (non-GUI and GUI).

Databases are real SQLite files: one migrated template per session, copied into ``tmp_path``
for each test (house style, Part 4; anki's ``getEmptyCol()``). Nothing mocks SQLite; the clock
is the only thing replaced, and only where a test asks for ``frozen_clock``.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils
from helpers.clock import FROZEN_NOW, frozen

from desktop.services.database import open_database
from desktop.services.demo import build_demo

#: The demo every test that asks for ``demo_db`` gets (built once per session).
DEMO_SCALE = "small"
DEMO_SEED = 7


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need a QApplication (``qtbot`` pulls in ``qapp``) get the ``gui`` marker,
    so that ``pytest -m "not gui"`` is the fast loop (qutebrowser's tests/conftest.py)."""
    run_slow = os.environ.get("AEO_DESK_SLOW") == "1"
    skip_slow = pytest.mark.skip(reason="slow: set AEO_DESK_SLOW=1 to run it")
    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
        if "slow" in item.keywords and not run_slow:
            item.add_marker(skip_slow)


def _close_cleanly(db: sqlite_utils.Database) -> None:
    """Fold the WAL into the main file, so that copying the main file copies everything."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


@pytest.fixture(scope="session")
def _template_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    with frozen():
        _close_cleanly(open_database(path))
    return path


@pytest.fixture
def db_path(_template_db_path: Path, tmp_path: Path) -> Path:
    """A migrated, empty AEO Desk database file (default programmes only), this test's own."""
    path = tmp_path / "aeo.sqlite"
    shutil.copy(_template_db_path, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[sqlite_utils.Database]:
    """An open connection to ``db_path``, closed after the test."""
    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def frozen_clock() -> Iterator[datetime]:
    """Fix "now" at 2026-06-15T10:00:00Z for the test; the real clock comes back after."""
    with frozen(FROZEN_NOW) as at:
        yield at


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo (seed 7), built once per session with "today" = 2026-06-15.

    Treat this file as read-only: copy it (``demo_db`` does) before writing to it.
    """
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with frozen():
        db = open_database(path)
        try:
            build_demo(db, scale=DEMO_SCALE, seed=DEMO_SEED)
        finally:
            _close_cleanly(db)
    return path


@pytest.fixture
def demo_db(
    demo_db_path: Path, tmp_path: Path, frozen_clock: datetime
) -> Iterator[sqlite_utils.Database]:
    """This test's own copy of the demo, open, with the clock at the demo's "today"."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(autouse=True)
def _nobody_signed_in() -> Iterator[None]:
    """Each test starts and ends with no signed-in user, no remembered keys and English
    messages (the sign-in state and the language are process-wide, as in the app)."""
    from desktop.domain import i18n
    from desktop.services import access, session_keys

    yield
    access.sign_in(None)
    session_keys.forget_all()
    i18n.set_language("en")


@pytest.fixture
def french() -> Iterator[None]:
    """The core's messages and labels in French for one test (desktop.domain.i18n)."""
    from desktop.domain import i18n

    i18n.set_language("fr")
    try:
        yield
    finally:
        i18n.set_language("en")


@pytest.fixture
def spanish() -> Iterator[None]:
    """The core's messages and labels in Spanish for one test (desktop.domain.i18n)."""
    from desktop.domain import i18n

    i18n.set_language("es")
    try:
        yield
    finally:
        i18n.set_language("en")
