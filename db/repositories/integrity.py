"""Integrity checks, record counts and whole-file copies (the SQL behind backups and verify)."""

from __future__ import annotations

import os
import sqlite3

import sqlite_utils

from db.connection import cipher_connect
from db.errors import SQL_ERRORS, classify

#: The tables whose row counts a backup listing shows (a constant whitelist, Rule 6).
COUNTED_TABLES = ("operators", "cases", "audits")


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA quick_check``: ``["ok"]`` for a sound file, else the problems found."""
    return [str(r[0]) for r in db.conn.execute("PRAGMA quick_check").fetchall()]


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA integrity_check`` (slower, also checks indexes against tables)."""
    return [str(r[0]) for r in db.conn.execute("PRAGMA integrity_check").fetchall()]


def foreign_key_problems(db: sqlite_utils.Database) -> list[str]:
    """One line per row whose foreign key points at nothing (``PRAGMA foreign_key_check``)."""
    rows = db.conn.execute("PRAGMA foreign_key_check").fetchall()
    return [
        f"{table} row {rowid} points at a missing {parent} row" for table, rowid, parent, _ in rows
    ]


def counts(db: sqlite_utils.Database) -> dict[str, int | None]:
    """Rows in each of :data:`COUNTED_TABLES`; ``None`` for a table the file does not have."""
    present = {
        r[0]
        for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    }
    result: dict[str, int | None] = {}
    for table in COUNTED_TABLES:
        if table in present:
            # The identifier comes from the constant whitelist above, never from input.
            result[table] = int(db.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
        else:
            result[table] = None
    return result


def copy_to_file(
    db: sqlite_utils.Database, dest: str | os.PathLike[str], *, key: bytes | None = None
) -> None:
    """Copy the whole database to ``dest`` with the online backup API, as one standalone file.

    The copy is switched to the rollback journal, so it is complete without ``-wal``/``-shm``
    files (WAL is a property of the file; opening it with ``connect()`` turns WAL back on).
    The source must have no open transaction: ``backup()`` would hang (platform notes).
    An encrypted source (``key``) gives a copy encrypted with the same key.
    """
    if db.conn.in_transaction:
        raise RuntimeError("copy_to_file() called inside a transaction")
    try:
        target = cipher_connect(str(dest), key) if key is not None else sqlite3.connect(str(dest))
        try:
            db.conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            target.close()
    except SQL_ERRORS as exc:
        err = classify(exc, str(dest))
        if err is None:
            raise
        raise err from exc


def change_signature(db: sqlite_utils.Database) -> tuple[int, int]:
    """Changes made on this connection, and the version other connections have moved: when
    either differs from an earlier reading, the file has changed since."""
    return db.conn.total_changes, int(db.conn.execute("PRAGMA data_version").fetchone()[0])


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the WAL into the main file (so that copying the main file copies everything)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def export_converted(
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    source_key: bytes | None,
    dest_key: bytes | None,
) -> None:
    """Copy ``source`` into a new file ``dest`` with ``sqlcipher_export``: encrypted with
    ``dest_key``, or plain when it is None (``source_key`` opens an encrypted source).

    ``sqlcipher_export`` copies the schema and the rows, not the header fields: the schema
    version and the application id are set again on the copy. ATTACH ... KEY takes no bound
    parameters: the path is ours (quotes doubled) and the key a hex literal.
    """
    conn = cipher_connect(str(source), source_key)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        literal = f"x'{dest_key.hex()}'" if dest_key is not None else ""
        quoted = str(dest).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted}' AS converted KEY \"{literal}\"")
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {version}")
        conn.execute(f"PRAGMA converted.application_id = {app_id}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
