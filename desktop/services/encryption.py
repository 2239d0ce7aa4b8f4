"""Turn encryption at rest on for a database, or off again (an administrator's action).

The database key already exists (it was made with the first user, and every key slot wraps
it), so nobody's password has to change. Either way the steps are the same:

1. a backup of the file as it is now (kept: never rotated away);
2. ``sqlcipher_export`` into a new file beside it, encrypted with the key (or plain);
3. the new file is opened and checked (integrity, schema, counts equal to the old file's);
4. the new file replaces the old one, and the key file records the new state.

The caller closes every connection to the file first. A failure before step 4 leaves the old
file untouched; the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from db.connection import connect
from db.errors import SQL_ERRORS, cipher_driver
from db.repositories import integrity
from desktop.domain.errors import DomainError
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission
from desktop.services import access, backup, keyring
from desktop.services.actor import Actor

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Converted:
    path: Path
    backup: Path
    encrypted: bool


def encrypt(db_path: Path, db_key: bytes, actor: Actor) -> Converted:
    """Encrypt the file with the database key; a plain backup is kept."""
    return _convert(Path(db_path), db_key, actor, encrypt=True)


def decrypt(db_path: Path, db_key: bytes, actor: Actor) -> Converted:
    """Store the file unencrypted again; an encrypted backup is kept."""
    return _convert(Path(db_path), db_key, actor, encrypt=False)


def _convert(db_path: Path, db_key: bytes, actor: Actor, *, encrypt: bool) -> Converted:
    access.require(Permission.MANAGE_SECURITY, actor)
    if cipher_driver is None:
        raise DomainError(_("This AEO Desk cannot encrypt files (SQLCipher is not installed)."))
    ring = keyring.load(db_path)
    if ring.encrypted == encrypt:
        if encrypt:
            raise DomainError(_("{name} is already encrypted.").format(name=db_path.name))
        raise DomainError(_("{name} is not encrypted.").format(name=db_path.name))
    source_key = None if encrypt else db_key
    kept = backup.make_backup(db_path, kind="manual", key=source_key)
    before = _counts(db_path, source_key)
    tmp = db_path.with_name(db_path.name + ".convert.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        try:
            integrity.export_converted(db_path, tmp, source_key, db_key if encrypt else None)
        except SQL_ERRORS as exc:
            raise DomainError(
                _("The database could not be converted: {reason}.").format(reason=exc)
            ) from exc
        after = _counts(tmp, db_key if encrypt else None)
        if after != before:
            raise DomainError(
                _(
                    "The converted copy does not hold the same rows as the database; nothing "
                    "was changed."
                )
            )
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{db_path}{suffix}").unlink()
        os.replace(tmp, db_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    ring.encrypted = encrypt
    keyring.save(ring)
    logger.info("%s %s by %s (backup %s)", "encrypted" if encrypt else "decrypted", db_path,
                actor.name, kept)  # fmt: skip
    return Converted(db_path, kept, encrypt)


def _counts(path: Path, key: bytes | None) -> dict[str, int | None]:
    db = connect(path, readonly=True, key=key)
    try:
        check = integrity.quick_check(db)
        if check != ["ok"]:
            raise DomainError(
                _("{name} failed its check: {problem}").format(name=path.name, problem=check[0])
            )
        return integrity.counts(db)
    finally:
        db.close()
