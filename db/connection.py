"""The one place that opens a database connection.

Every connection gets the same set-up: foreign keys on, WAL, ``synchronous=FULL`` (so a commit
that returned is on disk, even after a power cut), a busy timeout, and a DEBUG trace of every
statement (when this module's logger is enabled for DEBUG). Environment failures come out as
:mod:`db.errors` classes with readable messages.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from db.errors import (
    SQL_ERRORS,
    EncryptedDatabaseError,
    NotAnAeoDatabaseError,
    StorageUnavailable,
    cipher_driver,
    classify,
)
from db.i18n import _

logger = logging.getLogger(__name__)

#: ``PRAGMA application_id`` of an AEO Desk file: the bytes "AEOD".
APPLICATION_ID = int.from_bytes(b"AEOD", "big")
BUSY_TIMEOUT_MS = 3000
_SQLITE_MAGIC = b"SQLite format 3\x00"


#: Logged statements are cut to this many characters (bulk inserts can be very long).
TRACE_MAX_CHARS = 300


def _trace(sql: str) -> None:
    """SQLite's trace callback: every statement the connection runs, values bound in.

    It sees the repositories' ``db.conn.execute`` calls as well as sqlite-utils' own, which
    sqlite-utils' ``tracer=`` would not.
    """
    logger.debug("SQL %s", " ".join(sql.split())[:TRACE_MAX_CHARS])


def _precheck(path: Path, readonly: bool, encrypted: bool = False) -> None:
    if path.is_dir():
        raise StorageUnavailable(
            _("{path} is a folder, not a database file.").format(path=path), path=str(path)
        )
    if not path.parent.exists():
        raise StorageUnavailable(
            _("The folder {folder} does not exist.").format(folder=path.parent), path=str(path)
        )
    if path.exists():
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise StorageUnavailable(
                _("The database file cannot be read ({path}): {reason}.").format(
                    path=path, reason=exc.strerror
                ),
                path=str(path),
            ) from exc
        if head and head != _SQLITE_MAGIC and not encrypted:
            if keys_path(path).is_file():
                raise EncryptedDatabaseError(
                    _("{name} is encrypted: sign in to open it.").format(name=path.name),
                    path=str(path),
                )
            size = path.stat().st_size
            if size >= 4096 and size % 1024 == 0:  # whole pages: maybe an encrypted database
                raise NotAnAeoDatabaseError(
                    _(
                        "{name} is not an SQLite file: either not an AEO Desk database, or "
                        "an encrypted one whose key file ({key_file}) is missing."
                    ).format(name=path.name, key_file=keys_path(path).name),
                    path=str(path),
                )
            raise NotAnAeoDatabaseError(
                _("{name} is not an AEO Desk database (it is not an SQLite file).").format(
                    name=path.name
                ),
                path=str(path),
            )
        if not readonly and not os.access(path, os.W_OK):
            raise StorageUnavailable(
                _(
                    "The database file {path} is read-only. Copy it to a writable folder, "
                    "or ask for write permission."
                ).format(path=path),
                path=str(path),
            )
    if not readonly and not os.access(path.parent, os.W_OK):
        raise StorageUnavailable(
            _(
                "The folder {folder} is read-only: AEO Desk needs to write its database "
                "and journal files there."
            ).format(folder=path.parent),
            path=str(path),
        )


def keys_path(path: str | os.PathLike[str]) -> Path:
    """The key slots of a database live beside it: ``<file>.keys``."""
    return Path(f"{os.fspath(path)}.keys")


#: SQLCipher settings of every encrypted AEO Desk file. HMAC-SHA256 instead of SQLCipher 4's
#: default SHA-512: each page is still authenticated, and reading is faster on CPUs that hash
#: SHA-256 in hardware (docs/benchmarks.md). They are part of the file format: every
#: connection sets them before its key.
CIPHER_SETTINGS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA cipher_default_hmac_algorithm = HMAC_SHA256",
)
#: An encrypted page costs a decryption each time it is read from disk, so encrypted
#: connections keep more of them (64 MB, used only as pages are read).
CIPHER_CACHE_KB = 65536


def cipher_connect(target: str, key: bytes | None, *, uri: bool = False) -> Any:
    """An SQLCipher connection with the house cipher settings, keyed when ``key`` is given
    (a raw 32-byte key: SQLCipher's own key derivation is skipped, the key is derived
    already). PRAGMA takes no bound parameters, so the key is written as a hex literal."""
    if cipher_driver is None:
        raise StorageUnavailable(_("This AEO Desk cannot open encrypted files (no SQLCipher)."))
    conn = cipher_driver.connect(target, uri=uri)
    for pragma in CIPHER_SETTINGS:
        conn.execute(pragma)
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA cache_size = -{CIPHER_CACHE_KB}")
    return conn


def _open(p: Path, readonly: bool, key: bytes | None) -> Any:
    target = f"{p.resolve().as_uri()}?mode=ro" if readonly else str(p)
    if key is not None:
        return cipher_connect(target, key, uri=readonly)
    return sqlite3.connect(target, uri=readonly)


def connect(
    path: str | os.PathLike[str], *, readonly: bool = False, key: bytes | None = None
) -> sqlite_utils.Database:
    """Open (or create) the database file at ``path`` with the house pragmas; with ``key``
    (32 bytes) the file is an SQLCipher one, encrypted with that key.

    Raises :class:`~db.errors.DbError` subclasses for anything the user can act on.
    """
    p = Path(path)
    _precheck(p, readonly, encrypted=key is not None)
    try:
        conn = _open(p, readonly, key)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema is the first real access: a non-database file fails here.
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL is a persistent property of the file: switch only a file that is ours or still
        # empty, never another program's file that check_compatible() is about to refuse.
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if not readonly and (app_id == APPLICATION_ID or (app_id == 0 and objects == 0)):
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                logger.warning("journal_mode is %s, not WAL, for %s", mode, p)
        conn.execute("PRAGMA synchronous = FULL")
    except SQL_ERRORS as exc:
        err = classify(exc, str(p))
        if err is None:
            raise
        if key is not None and isinstance(err, NotAnAeoDatabaseError):
            raise EncryptedDatabaseError(
                _(
                    "{name} cannot be opened with this key: the wrong key, or not an encrypted "
                    "AEO Desk file."
                ).format(name=p.name),
                path=str(p),
            ) from exc
        raise err from exc
    if logger.isEnabledFor(logging.DEBUG):
        conn.set_trace_callback(_trace)
    return sqlite_utils.Database(conn, execute_plugins=False)


def application_id(db: sqlite_utils.Database) -> int:
    return int(db.conn.execute("PRAGMA application_id").fetchone()[0])


def user_tables(db: sqlite_utils.Database) -> list[str]:
    rows = db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [r[0] for r in rows]
