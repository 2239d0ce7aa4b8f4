"""Open a database for use: checks, backup before migrating, migrations, default data."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import sqlite_utils

from db import migrations
from db.connection import connect
from db.errors import SQL_ERRORS, DbError, classify
from db.repositories import programmes, settings
from desktop.services import backup, clock, session_keys, templates, training_service

logger = logging.getLogger(__name__)

DEFAULT_PROGRAMMES = (
    dict(code="AEOC", name="AEO Customs simplifications", authorisation_type="AEOC", tier=None,
         is_msme_track=0, validity_years=None),
    dict(code="AEOS", name="AEO Security and safety", authorisation_type="AEOS", tier=None,
         is_msme_track=0, validity_years=None),
    dict(code="AEOF", name="AEO Full (simplifications + security)", authorisation_type="AEOF",
         tier=None, is_msme_track=0, validity_years=None),
    dict(code="T1", name="Tier 1 (10 criteria)", authorisation_type="TIER", tier=1,
         is_msme_track=0, validity_years=3),
    dict(code="T2", name="Tier 2 (12 criteria)", authorisation_type="TIER", tier=2,
         is_msme_track=0, validity_years=3),
    dict(code="MSME", name="MSME simplified track", authorisation_type="MSME", tier=1,
         is_msme_track=1, validity_years=3),
)  # fmt: skip


def open_database(
    path: str | os.PathLike[str], *, backup_dir: Path | None = None, key: bytes | None = None
) -> sqlite_utils.Database:
    """Open ``path`` (creating it if needed), migrate it and return the connection. An
    encrypted file needs its ``key`` (from a key slot: :mod:`desktop.services.keyring`).

    Before any migration of a file that already holds data, a copy is written next to it
    (or into ``backup_dir``). Raises :class:`db.errors.DbError` with a readable message.
    """
    db = connect(path, key=key)
    try:
        migrations.check_compatible(db)
        todo = migrations.pending(db)
        if todo and migrations.known_names()[0] not in todo:
            _backup_before_migration(Path(path), todo[0], backup_dir, key)
        try:
            migrations.apply(db)
        except SQL_ERRORS as exc:
            err = classify(exc, str(path))
            if err is None:
                raise
            raise err from exc
        if programmes.count(db) == 0:
            seed_defaults(db)
        templates.ensure_bundled(db)
        training_service.seed_default_catalogue(db)  # only when the catalogue is empty
    except BaseException:
        db.close()
        raise
    return db


def classify_storage_error(exc: Exception, path: str | None = None) -> DbError | None:
    """A storage error the user can act on (locked, full, read-only...), or None for a bug."""
    return classify(exc, path)


def remember_key(path: str | os.PathLike[str], key: bytes | None) -> None:
    """The key of an encrypted file the user has signed in to (``None`` forgets it), so that
    background jobs can open their own connections without passing it around."""
    session_keys.remember(path, key)


def key_for(path: str | os.PathLike[str]) -> bytes | None:
    return session_keys.key_for(path)


def connect_worker(path: str | os.PathLike[str], key: bytes | None = None) -> sqlite_utils.Database:
    """A connection for a background job: same pragmas, schema already migrated (an encrypted
    file with the key remembered at sign-in)."""
    return connect(path, key=key if key is not None else key_for(path))


def _backup_before_migration(
    path: Path, first: str, backup_dir: Path | None, key: bytes | None = None
) -> Path:
    """A manual (never rotated) backup in the backup folder, listed by the Restore dialog."""
    dest = backup.make_backup(path, backup_dir=backup_dir, kind="manual", key=key)
    logger.info("backed up %s to %s before migration %s", path, dest, first)
    return dest


def seed_defaults(db: sqlite_utils.Database) -> None:
    now = clock.now_iso()
    with db.atomic():
        programmes.insert_many(db, ({**p, "updated_at": now} for p in _with_defaults()))
        settings.put(db, "unit_name", "AEO Unit")


def _with_defaults() -> list[dict[str, object]]:
    base = dict(acceptance_days=30, decision_days=120, extension_days=60, effective_days=5,
                renewal_notice_months=6, is_active=1)  # fmt: skip
    return [{**base, **p} for p in DEFAULT_PROGRAMMES]


__all__ = ["DbError", "open_database", "seed_defaults"]
