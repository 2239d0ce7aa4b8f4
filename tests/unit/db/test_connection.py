"""The connection: house pragmas, and environment failures classified for the user."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from db.connection import BUSY_TIMEOUT_MS, TRACE_MAX_CHARS, connect
from db.errors import DbError, StorageUnavailable, classify
from db.repositories import cases as case_repo
from db.repositories import settings as settings_repo
from db.repositories.integrity import copy_to_file
from desktop.services.database import open_database

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_REASON = "root may write to read-only files and folders (os.access says writable)"


def test_every_connection_gets_the_house_pragmas(db: sqlite_utils.Database) -> None:
    pragma = {
        name: db.conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")
    }
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "busy_timeout": BUSY_TIMEOUT_MS,
        "synchronous": 2,  # FULL
    }


def test_a_missing_folder_is_reported_readably(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "folder" / "aeo.sqlite"
    with pytest.raises(StorageUnavailable) as info:
        open_database(path)
    assert str(info.value) == f"The folder {path.parent} does not exist."
    assert info.value.path == str(path)
    assert not path.parent.exists()


def test_a_folder_is_not_a_database_file(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable) as info:
        open_database(tmp_path)
    assert "is a folder, not a database file" in str(info.value)


@pytest.fixture
def restore_modes(tmp_path: Path) -> Iterator[list[Path]]:
    """Paths a test made read-only get their write bits back (so tmp_path can be cleaned)."""
    changed: list[Path] = []
    yield changed
    for p in changed:
        p.chmod(p.stat().st_mode | stat.S_IWUSR)


@pytest.mark.skipif(AS_ROOT, reason=ROOT_REASON)
def test_a_read_only_file_is_reported_readably(db_path: Path, restore_modes: list[Path]) -> None:
    db_path.chmod(0o444)
    restore_modes.append(db_path)
    with pytest.raises(StorageUnavailable) as info:
        open_database(db_path)
    assert str(info.value).startswith(f"The database file {db_path} is read-only.")
    assert "writable folder" in str(info.value)


@pytest.mark.skipif(AS_ROOT, reason=ROOT_REASON)
@pytest.mark.parametrize("existing", [True, False], ids=["existing-file", "new-file"])
def test_a_read_only_folder_is_reported_readably(
    db_path: Path, restore_modes: list[Path], existing: bool
) -> None:
    folder = db_path.parent / "readonly"
    folder.mkdir()
    path = folder / "aeo.sqlite"
    if existing:
        db_path.replace(path)
    folder.chmod(0o555)
    restore_modes.append(folder)
    with pytest.raises(StorageUnavailable) as info:
        open_database(path)
    assert str(info.value).startswith(f"The folder {folder} is read-only")
    assert "journal files" in str(info.value)


def test_a_write_through_a_read_only_connection_is_storage_unavailable(db_path: Path) -> None:
    """The same SQLITE_READONLY error a read-only medium gives, reproducible even as root."""
    db = connect(db_path, readonly=True)
    try:
        assert db.conn.execute("SELECT count(*) FROM programmes").fetchone()[0] == 6
        with pytest.raises(sqlite3.OperationalError) as info:
            settings_repo.put(db, "unit_name", "Unit B")
    finally:
        db.close()
    err = classify(info.value, str(db_path))
    assert isinstance(err, StorageUnavailable)
    assert str(err).startswith(f"The database file is read-only ({db_path})")


def test_a_locked_database_is_storage_unavailable(db: sqlite_utils.Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        # The house timeout is 3 s; the test need not wait that long to see the same error.
        db.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(sqlite3.OperationalError) as info:
            settings_repo.put(db, "unit_name", "Unit B")
        err = classify(info.value, str(db_path))
        assert isinstance(err, StorageUnavailable)
        assert str(err).startswith("The database is in use by another program")
        assert not db.conn.in_transaction  # nothing half-open is left behind
        other.execute("ROLLBACK")
    finally:
        other.close()
    settings_repo.put(db, "unit_name", "Unit B")  # works once the lock is gone
    assert settings_repo.get(db, "unit_name") == "Unit B"


def test_a_constraint_violation_is_a_bug_not_the_environment(db: sqlite_utils.Database) -> None:
    with pytest.raises(sqlite3.IntegrityError) as info, db.atomic():
        db.conn.execute("INSERT INTO app_settings (key, value) VALUES ('k', NULL)")
    assert classify(info.value) is None


@pytest.mark.parametrize(
    ("errorname", "message", "start"),
    [
        ("SQLITE_FULL", "database or disk is full", "The disk is full"),
        ("SQLITE_IOERR_WRITE", "disk I/O error", "A disk read or write failed"),
        ("SQLITE_CORRUPT", "database disk image is malformed", "The database file is damaged"),
        ("SQLITE_CANTOPEN", "unable to open database file", "The database file cannot be opened"),
    ],
)
def test_classify_known_environment_codes(errorname: str, message: str, start: str) -> None:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorname = errorname  # type: ignore[attr-defined]
    err = classify(exc, "/data/aeo.sqlite")
    assert isinstance(err, StorageUnavailable)
    assert str(err).startswith(f"{start} (/data/aeo.sqlite)")
    assert isinstance(err, DbError)


def test_backup_copies_the_whole_database(db: sqlite_utils.Database, tmp_path: Path) -> None:
    settings_repo.put(db, "unit_name", "Unité AEO de Lille")
    dest = tmp_path / "copy.sqlite"
    copy_to_file(db, dest)
    copy = open_database(dest)
    try:
        assert settings_repo.get(copy, "unit_name") == "Unité AEO de Lille"
    finally:
        copy.close()


def test_backup_refuses_to_run_inside_a_transaction(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    with db.atomic():
        db.conn.execute("INSERT INTO app_settings (key, value) VALUES ('k', 'v')")
        with pytest.raises(RuntimeError, match="inside a transaction"):
            copy_to_file(db, tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()


def _sql_messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "db.connection" and r.getMessage().startswith("SQL ")
    ]


def test_at_debug_every_statement_is_logged_repository_queries_included(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="db.connection")
    db = connect(db_path)
    try:
        caplog.clear()
        assert case_repo.count_overdue(db, "2026-06-15") == 0  # plain db.conn.execute
        db.execute("SELECT 42")  # through sqlite-utils
    finally:
        db.close()
    logged = _sql_messages(caplog)
    assert (
        "SQL SELECT count(*) FROM cases c WHERE c.is_open = 1 AND c.next_deadline IS NOT NULL "
        "AND c.next_deadline < '2026-06-15'"
    ) in logged  # one line, the bound value in place
    assert logged.count("SQL SELECT 42") == 1  # not twice (trace callback and tracer)


def test_a_long_statement_is_trimmed_in_the_log(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="db.connection")
    db = connect(db_path)
    try:
        caplog.clear()
        db.conn.execute(f"SELECT '{'x' * 1000}'")
    finally:
        db.close()
    [message] = _sql_messages(caplog)
    assert message == "SQL " + f"SELECT '{'x' * 1000}'"[:TRACE_MAX_CHARS]


def test_without_debug_nothing_is_traced(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="db.connection")
    db = connect(db_path)
    try:
        case_repo.count_cases(db)
    finally:
        db.close()
    assert _sql_messages(caplog) == []
