"""Storage errors, classified the qutebrowser way.

Callers catch these (never bare ``sqlite3`` errors): each carries a message a user can read.
Anything else that escapes the storage layer is a bug.
"""

from __future__ import annotations

import sqlite3

from db.i18n import _

try:  # SQLCipher for encrypted files: its own module, with its own exception classes
    from sqlcipher3 import dbapi2 as cipher_driver
except ImportError:  # pragma: no cover - a dependency; kept optional for a bare checkout
    cipher_driver = None

#: Catch these, not ``sqlite3.X`` alone: an encrypted file's connection raises SQLCipher's.
SQL_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
if cipher_driver is not None:
    SQL_ERRORS += (cipher_driver.Error,)
    DATABASE_ERRORS += (cipher_driver.DatabaseError,)
    INTEGRITY_ERRORS += (cipher_driver.IntegrityError,)
    OPERATIONAL_ERRORS += (cipher_driver.OperationalError,)


class DbError(Exception):
    """Base class: a storage problem that is explained to the user, not a bug."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class StorageUnavailable(DbError):  # noqa: N818 - name fixed by the house style
    """The environment stops us: disk full, read-only media, locked or unreadable file."""


class NotAnAeoDatabaseError(DbError):
    """The file exists but is not an AEO Desk database (another app's, or not SQLite at all)."""


class SchemaTooNewError(DbError):
    """The file was written by a newer AEO Desk than this one."""


class EncryptedDatabaseError(DbError):
    """The file is encrypted and was opened without its key, or with the wrong one."""


#: sqlite error name -> what to tell the user (``{where}``: " (path)" or nothing; ``{detail}``:
#: sqlite's own words). Translated when raised.
_KNOWN_CODES = {
    "SQLITE_FULL": "The disk is full{where}: {detail}",
    "SQLITE_READONLY": "The database file is read-only{where}: {detail}",
    "SQLITE_READONLY_DBMOVED": "The database file was moved while open{where}: {detail}",
    "SQLITE_BUSY": "The database is in use by another program{where}: {detail}",
    "SQLITE_LOCKED": "The database is locked by another connection{where}: {detail}",
    "SQLITE_CANTOPEN": "The database file cannot be opened{where}: {detail}",
    "SQLITE_IOERR": "A disk read or write failed{where}: {detail}",
    "SQLITE_CORRUPT": "The database file is damaged{where}: {detail}",
    "SQLITE_NOTADB": "The file is not a database{where}: {detail}",
    "SQLITE_PERM": "Permission denied{where}: {detail}",
}


def classify(exc: Exception, path: str | None = None) -> DbError | None:
    """Map an environment-caused sqlite3 error to a :class:`DbError`; ``None`` means a bug."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    where = f" ({path})" if path else ""
    if name == "SQLITE_NOTADB" or "file is not a database" in text:
        return NotAnAeoDatabaseError(
            _("The file is not an AEO Desk database{where}.").format(where=where), path=path
        )
    for code, template in _KNOWN_CODES.items():
        if name == code or name.startswith(code + "_"):
            message = _(template).format(where=where, detail=text)
            return StorageUnavailable(message, path=path)
    lowered = text.lower()
    if "database is locked" in lowered:
        return StorageUnavailable(
            _("The database is in use by another program{where}.").format(where=where), path=path
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StorageUnavailable(
            _("The database file is read-only{where}.").format(where=where), path=path
        )
    if "disk is full" in lowered or "disk i/o" in lowered:
        return StorageUnavailable(
            _("A disk write failed{where}: {detail}").format(where=where, detail=text), path=path
        )
    if "unable to open" in lowered:
        return StorageUnavailable(
            _("The database file cannot be opened{where}.").format(where=where), path=path
        )
    return None
