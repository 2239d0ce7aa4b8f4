"""Migrations and the checks that refuse files that are not ours, or too new for us."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from db import migrations
from db.connection import APPLICATION_ID, connect
from db.errors import NotAnAeoDatabaseError, SchemaTooNewError
from desktop.services.database import open_database

CORE_TABLES = {
    "programmes",
    "operators",
    "operator_identifiers",
    "staff",
    "cases",
    "case_events",
    "app_settings",
    "case_search",
}


@contextmanager
def _raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection in autocommit mode, closed at the end of the block."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _migration_rows(path: Path) -> list[tuple[object, ...]]:
    with _raw(path) as conn:
        return conn.execute("SELECT * FROM _sqlite_migrations ORDER BY id").fetchall()


def _pragma(path: Path, name: str) -> object:
    with _raw(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def _schema(path: Path) -> list[tuple[object, ...]]:
    with _raw(path) as conn:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_migrations_apply_to_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    try:
        tables = set(db.table_names())
        assert tables >= CORE_TABLES
        assert migrations.pending(db) == []
        assert [m.name for m in migrations.migrations.applied(db)] == migrations.known_names()
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert db.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        codes = [r[0] for r in db.conn.execute("SELECT code FROM programmes ORDER BY code")]
        assert codes == ["AEOC", "AEOF", "AEOS", "MSME", "T1", "T2"]
    finally:
        db.close()


def test_a_zero_byte_file_is_treated_as_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    open_database(path).close()
    assert _pragma(path, "user_version") == migrations.SCHEMA_VERSION


def test_re_applying_is_a_no_op(db_path: Path) -> None:
    rows_before = _migration_rows(db_path)
    schema_before = _schema(db_path)
    assert [r[2] for r in rows_before] == migrations.known_names()

    db = open_database(db_path)
    try:
        assert migrations.apply(db) == []
        assert db.conn.execute("SELECT count(*) FROM programmes").fetchone()[0] == 6
    finally:
        db.close()

    assert _migration_rows(db_path) == rows_before
    assert _schema(db_path) == schema_before
    assert _pragma(db_path, "user_version") == migrations.SCHEMA_VERSION


def test_apply_returns_what_it_applied_the_first_time_only(tmp_path: Path) -> None:
    db = connect(tmp_path / "raw.sqlite")
    try:
        migrations.check_compatible(db)
        assert migrations.apply(db) == migrations.known_names()
        assert migrations.apply(db) == []
    finally:
        db.close()


def test_a_higher_user_version_means_a_newer_app(db_path: Path) -> None:
    with _raw(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    rows_before = _migration_rows(db_path)
    with pytest.raises(SchemaTooNewError) as info:
        open_database(db_path)
    assert "newer AEO Desk" in str(info.value)
    assert f"this version knows {migrations.SCHEMA_VERSION}" in str(info.value)
    # Refused, and left alone.
    assert _pragma(db_path, "user_version") == migrations.SCHEMA_VERSION + 1
    assert _migration_rows(db_path) == rows_before


def test_an_unknown_migration_name_means_a_newer_app(db_path: Path) -> None:
    with _raw(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('aeo_desk', '0099_add_future_things', '2030-01-01 00:00:00+00:00')"
        )
    with pytest.raises(SchemaTooNewError) as info:
        open_database(db_path)
    assert "Install the newer version" in str(info.value)


def test_migrations_of_another_set_are_not_ours_to_judge(db_path: Path) -> None:
    with _raw(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('some_plugin', '0001_plugin_table', '2030-01-01 00:00:00+00:00')"
        )
    open_database(db_path).close()  # no exception


def test_a_text_file_named_sqlite_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    text = "Minutes of the AEO unit meeting\nItem 1: backlog\n" * 5
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotAnAeoDatabaseError) as info:
        open_database(path)
    assert "notes.sqlite is not an AEO Desk database" in str(info.value)
    assert path.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_a_short_text_file_is_not_a_database_either(tmp_path: Path) -> None:
    path = tmp_path / "short.sqlite"
    path.write_bytes(b"hello")
    with pytest.raises(NotAnAeoDatabaseError):
        open_database(path)


def test_a_damaged_sqlite_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    with pytest.raises(NotAnAeoDatabaseError):
        open_database(path)


def test_another_programs_sqlite_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "inventory.sqlite"
    with _raw(path) as conn:
        conn.execute("CREATE TABLE parts (id INTEGER PRIMARY KEY, label TEXT)")
        conn.execute("INSERT INTO parts (label) VALUES ('bolt')")
    schema_before = _schema(path)
    with pytest.raises(NotAnAeoDatabaseError) as info:
        open_database(path)
    assert "not an AEO Desk database" in str(info.value)
    assert "parts" in str(info.value)
    assert _schema(path) == schema_before
    assert _pragma(path, "journal_mode") == "delete"  # not switched to WAL behind its back


def test_a_file_with_another_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with _raw(path) as conn:
        conn.execute("PRAGMA application_id = 1234")
    with pytest.raises(NotAnAeoDatabaseError) as info:
        open_database(path)
    assert "belongs to another application" in str(info.value)


def test_a_file_with_data_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    """Rule 7: a copy of the old file exists before any migration touches it."""
    path = tmp_path / "old.sqlite"
    old = connect(path)
    migrations.check_compatible(old)
    migrations.migrations.apply(old, stop_before="0002_create_audit_tables")
    old.execute("PRAGMA user_version = 1")
    old.close()
    db = open_database(path)
    db.close()
    copies = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    try:
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
    finally:
        copy.close()
    assert "cases" in tables and "audits" not in tables  # the file as it was


def test_a_new_file_needs_no_backup(tmp_path: Path) -> None:
    open_database(tmp_path / "new.sqlite").close()
    assert not (tmp_path / "backups").exists()
