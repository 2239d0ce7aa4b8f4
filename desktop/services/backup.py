"""Backups, rotation, restore and integrity checks of a database file (Qt-free; Rule 21).

File names in a backup folder carry the moment (UTC) they were made and their kind:

- ``aeo-desk-YYYYmmdd-HHMMSS.sqlite``: a manual backup (``make_backup(kind="manual")``,
  ``aeo-desk backup``). Rotation never deletes these.
- ``aeo-desk-YYYYmmdd-HHMMSS-auto.sqlite``: an automatic one (on close, on the timer).
  :func:`rotate` keeps the newest of each of the last 12 days, 10 ISO weeks and 9 months
  (Anki's scheme) and deletes the rest.

Every backup is a standalone SQLite file (no ``-wal``), written to ``<dest>.tmp`` with the
online backup API from a fresh read-only connection, then renamed with ``os.replace``: a
failure never leaves a half-written backup behind. All of this can take more than 100 ms:
the UI runs it through ``run_in_background`` (Rule 9). :func:`restore` expects the app to
have closed its connections to ``db_path`` first.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlite_utils

from db import migrations
from db.connection import APPLICATION_ID, application_id, connect, keys_path
from db.errors import DATABASE_ERRORS, DbError, NotAnAeoDatabaseError, StorageUnavailable
from db.repositories import event_chain, integrity
from desktop.domain.errors import DomainError
from desktop.domain.i18n import _
from desktop.services import clock, session_keys

logger = logging.getLogger(__name__)

KINDS = ("manual", "auto")
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9
BACKUP_DIR_NAME = "backups"
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME_RE = re.compile(r"^aeo-desk-(\d{8}-\d{6})(?:-(auto))?\.sqlite$")
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One file of a backup folder, as the Restore dialog lists it."""

    path: Path
    made_at: datetime  # UTC; from the file name, else the file's modification time
    size: int  # bytes
    kind: str  # "manual", "auto" or "other" (a file not named by make_backup)
    ok: bool  # PRAGMA quick_check passed and the file is an AEO Desk database
    operators: int | None = None
    cases: int | None = None
    audits: int | None = None
    problem: str | None = None  # why ok is False


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    problems: list[str] = field(default_factory=list)
    #: Case events checked in the hash chain (0 for a file from before the chain).
    events: int = 0


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def backup_name(made_at: datetime, kind: str = "manual") -> str:
    stamp = made_at.astimezone(UTC).strftime(_STAMP_FORMAT)
    return f"aeo-desk-{stamp}.sqlite" if kind == "manual" else f"aeo-desk-{stamp}-{kind}.sqlite"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """``(made_at, kind)`` of a name that :func:`backup_name` made, else ``None``."""
    match = _NAME_RE.match(name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return made_at, match.group(2) or "manual"


# --- making backups -------------------------------------------------------------------------


def change_signature(db: sqlite_utils.Database) -> tuple[int, int]:
    """Compare two readings to know whether there is anything new to back up."""
    return integrity.change_signature(db)


def make_backup(
    db_path: Path,
    dest: Path | None = None,
    *,
    backup_dir: Path | None = None,
    kind: str = "manual",
    key: bytes | None = None,
) -> Path:
    """Copy ``db_path`` to ``dest`` (default: a new name in ``backup_dir``, itself by default
    ``<db folder>/backups/``) and return the path written.

    An encrypted database (``key``) gives an encrypted backup, and its key slots
    (``<file>.keys``) are copied beside it: without them the backup could not be opened.

    Raises :class:`StorageUnavailable` (folder not writable, disk full, source unreadable).
    """
    key = key if key is not None else session_keys.key_for(db_path)
    if kind not in KINDS:
        raise DomainError(
            _("Unknown kind of backup '{kind}' (expected one of {kinds}).").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        )
    db_path = Path(db_path)
    if not db_path.is_file():
        raise StorageUnavailable(_no_database(db_path), path=str(db_path))
    if dest is None:
        folder = Path(backup_dir) if backup_dir is not None else default_backup_dir(db_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            what = _("The backup folder {folder} cannot be created").format(folder=folder)
            raise _os_error(exc, folder, what) from exc
        when = clock.now()
        dest = folder / backup_name(when, kind)
        while dest.exists():  # two backups in one second: never overwrite the first
            when += timedelta(seconds=1)
            dest = folder / backup_name(when, kind)
    dest = Path(dest)
    folder = dest.parent
    if not folder.is_dir():
        raise StorageUnavailable(
            _("The backup folder {folder} does not exist.").format(folder=folder), path=str(dest)
        )
    if not os.access(folder, os.W_OK):
        raise StorageUnavailable(
            _("The backup folder {folder} is not writable: choose another folder.").format(
                folder=folder
            ),
            path=str(dest),
        )
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        source = connect(db_path, readonly=True, key=key)  # fresh: no open transaction
        try:
            _copy(source, tmp, key)
        finally:
            source.close()
        os.replace(tmp, dest)
        slots = keys_path(db_path)
        if slots.is_file():
            shutil.copyfile(slots, keys_path(dest))
    except OSError as exc:
        _remove_quietly(tmp)
        what = _("The backup {file} could not be written").format(file=dest)
        raise _os_error(exc, dest, what) from exc
    except StorageUnavailable as exc:
        _remove_quietly(tmp)
        raise StorageUnavailable(
            _("The backup {file} could not be written: {reason}").format(
                file=dest, reason=exc.message
            ),
            path=str(dest),
        ) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    logger.info("backup of %s written to %s", db_path, dest)
    return dest


def _copy(source: sqlite_utils.Database, tmp: Path, key: bytes | None = None) -> None:
    """The copy itself (a seam for tests that inject a disk-full failure)."""
    integrity.copy_to_file(source, tmp, key=key)


def _os_error(exc: OSError, path: Path, what: str) -> StorageUnavailable:
    """``what`` failed (a translated clause: "The backup X could not be written")."""
    if exc.errno == errno.ENOSPC:
        return StorageUnavailable(_("{what}: the disk is full.").format(what=what), path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageUnavailable(
            _("{what}: the folder is not writable.").format(what=what), path=str(path)
        )
    return StorageUnavailable(
        _("{what}: {reason}.").format(what=what, reason=exc.strerror or exc), path=str(path)
    )


def _no_database(db_path: Path) -> str:
    return _("There is no database file at {path}.").format(path=db_path)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        logger.warning("could not remove %s", path)


# --- rotation -------------------------------------------------------------------------------


def rotate(backup_dir: Path, now: datetime) -> list[Path]:
    """Delete the automatic backups that Anki's scheme does not keep; return what was deleted.

    Kept: the newest automatic backup of each of the last 12 days, of each of the last 10 ISO
    weeks and of each of the last 9 calendar months (UTC, counting today's), and any backup
    stamped after ``now``. Manual backups and other files are never touched.
    """
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        return []
    now = now if now.tzinfo is not None else now.replace(tzinfo=UTC)
    now = now.astimezone(UTC)
    today = now.date()
    days = {today - timedelta(days=i) for i in range(KEEP_DAILY)}
    weeks = {_iso_week(today - timedelta(weeks=i)) for i in range(KEEP_WEEKLY)}
    months = {_month_back(today, i) for i in range(KEEP_MONTHLY)}
    autos: list[tuple[datetime, Path]] = []
    for path in backup_dir.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is not None and parsed[1] == "auto" and path.is_file():
            autos.append((parsed[0], path))
    autos.sort(reverse=True)
    seen_days: set[date] = set()
    seen_weeks: set[tuple[int, int]] = set()
    seen_months: set[tuple[int, int]] = set()
    deleted: list[Path] = []
    for made_at, path in autos:
        if made_at > now:
            continue
        day, week, month = made_at.date(), _iso_week(made_at.date()), _month(made_at.date())
        keep = False
        if day in days and day not in seen_days:
            seen_days.add(day)
            keep = True
        if week in weeks and week not in seen_weeks:
            seen_weeks.add(week)
            keep = True
        if month in months and month not in seen_months:
            seen_months.add(month)
            keep = True
        if keep:
            continue
        try:
            path.unlink()
        except OSError as exc:
            logger.warning("could not delete old backup %s: %s", path, exc)
            continue
        deleted.append(path)
    deleted.sort()
    return deleted


def _iso_week(day: date) -> tuple[int, int]:
    year, week, _weekday = day.isocalendar()
    return year, week


def _month(day: date) -> tuple[int, int]:
    return day.year, day.month


def _month_back(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) - months
    return index // 12, index % 12 + 1


# --- listing, checking, restoring -----------------------------------------------------------


def list_backups(backup_dir: Path, key: bytes | None = None) -> list[BackupInfo]:
    """Every ``*.sqlite`` file of ``backup_dir``, newest first, with counts and a quick check
    (encrypted ones are opened with ``key``)."""
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        return []
    key = key if key is not None else session_keys.any_key()
    infos = [_info(p, key) for p in backup_dir.glob("*.sqlite") if p.is_file()]
    infos.sort(key=lambda i: (i.made_at, i.path.name), reverse=True)
    return infos


def newest_good_backup(backup_dir: Path, key: bytes | None = None) -> BackupInfo | None:
    """What to offer when the database is found damaged on open."""
    return next((i for i in list_backups(backup_dir, key) if i.ok), None)


def _info(path: Path, key: bytes | None = None) -> BackupInfo:
    stat = path.stat()
    parsed = parse_backup_name(path.name)
    if parsed is not None:
        made_at, kind = parsed
    else:
        made_at, kind = datetime.fromtimestamp(stat.st_mtime, UTC), "other"
    problems, counts = _check_file(path, full=False, with_counts=True, key=_key_for(path, key))
    return BackupInfo(
        path=path,
        made_at=made_at,
        size=stat.st_size,
        kind=kind,
        ok=not problems,
        operators=counts.get("operators"),
        cases=counts.get("cases"),
        audits=counts.get("audits"),
        problem=problems[0] if problems else None,
    )


def _key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key, for a file that is encrypted (a backup may predate encryption, or not)."""
    if key is None:
        return None
    try:
        with path.open("rb") as fh:
            return None if fh.read(16) == b"SQLite format 3\x00" else key
    except OSError:
        return key


def _check_file(
    path: Path,
    *,
    full: bool,
    with_counts: bool = False,
    foreign_keys: bool = False,
    key: bytes | None = None,
) -> tuple[list[str], dict[str, int | None]]:
    """Problems found in ``path`` (empty: sound AEO Desk file) and, if asked, its counts."""
    counts: dict[str, int | None] = {}
    try:
        db = connect(path, readonly=True, key=key)
    except DbError as exc:
        return [exc.message], counts
    try:
        check = integrity.integrity_check(db) if full else integrity.quick_check(db)
        problems = [p for p in check if p != "ok"]
        if problems:
            return problems, counts
        try:
            migrations.check_compatible(db)
        except DbError as exc:
            return [exc.message], counts
        if application_id(db) != APPLICATION_ID:
            return [_("The file is not an AEO Desk database (it has no AEO Desk schema).")], counts
        if foreign_keys:
            problems.extend(integrity.foreign_key_problems(db))
            counts["events"], broken = _chain_problem(db)
            if broken:
                problems.append(broken)
        if with_counts:
            counts = integrity.counts(db)
        return problems, counts
    except DATABASE_ERRORS as exc:
        return [_("The file is damaged: {reason}.").format(reason=exc)], counts
    finally:
        db.close()


def _chain_problem(db: sqlite_utils.Database) -> tuple[int, str | None]:
    """The case history's hash chain: (events checked, the first break in words)."""
    if "hash" not in {r[1] for r in db.conn.execute("PRAGMA table_info(case_events)")}:
        return 0, None  # a file from before the chain (it is sealed when migrated)
    checked, broken = event_chain.verify(db)
    if broken is None:
        return checked, None
    found = db.conn.execute("SELECT reference FROM cases WHERE id = ?", [broken.case_id])
    ref = (found.fetchone() or [_("case id {id}").format(id=broken.case_id)])[0]
    return checked, _(
        "The case history is broken at event {event} ({case}, recorded {at}): {reason}."
    ).format(event=broken.event_id, case=ref, at=broken.at, reason=broken.reason)


def verify(db_path: Path, *, full: bool = True, key: bytes | None = None) -> VerifyResult:
    """``integrity_check`` (``full``) or ``quick_check``, ``foreign_key_check``, then the
    hash chain of the case history."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise StorageUnavailable(_no_database(db_path), path=str(db_path))
    key = key if key is not None else session_keys.key_for(db_path)
    problems, counts = _check_file(
        db_path, full=full, foreign_keys=True, key=_key_for(db_path, key)
    )
    return VerifyResult(ok=not problems, problems=problems, events=int(counts.get("events") or 0))


def restore(db_path: Path, backup: Path, key: bytes | None = None) -> Path | None:
    """Put ``backup`` in place of ``db_path``, after setting the current file aside.

    The backup is checked first (``integrity_check`` and the AEO Desk schema); nothing is
    moved if it fails. The current file and its ``-wal``/``-shm`` go to
    ``<stem>.before-restore-<stamp>.sqlite`` (+ ``-wal``/``-shm``) in the same folder; that
    path is returned (``None`` when there was no current file). Close every connection to
    ``db_path`` before calling this.
    """
    db_path, backup = Path(db_path), Path(backup)
    if not backup.is_file():
        raise StorageUnavailable(
            _("There is no backup file at {path}.").format(path=backup), path=str(backup)
        )
    key = _key_for(backup, key if key is not None else session_keys.any_key())
    problems, _counts = _check_file(backup, full=True, key=key)
    if problems:
        detail = problems[0]
        if _is_foreign(backup):
            raise NotAnAeoDatabaseError(
                _("{file} is not an AEO Desk backup: {reason}").format(file=backup, reason=detail),
                path=str(backup),
            )
        raise DomainError(
            _("The backup {file} is damaged and cannot be restored: {reason}").format(
                file=backup, reason=detail
            )
        )
    folder = db_path.parent
    tmp = db_path.with_name(db_path.name + ".restore.tmp")
    try:  # with the backup API: a backup that is a WAL file comes in with its -wal content
        source = connect(backup, readonly=True, key=key)
        try:
            _copy(source, tmp, key)
        finally:
            source.close()
    except OSError as exc:
        _remove_quietly(tmp)
        what = _("The backup cannot be copied into {folder}").format(folder=folder)
        raise _os_error(exc, db_path, what) from exc
    except StorageUnavailable as exc:
        _remove_quietly(tmp)
        raise StorageUnavailable(
            _("The backup cannot be copied into {folder}: {reason}").format(
                folder=folder, reason=exc.message
            ),
            path=str(db_path),
        ) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    stamp = clock.now().astimezone(UTC).strftime(_STAMP_FORMAT)
    aside: Path | None = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.sqlite")
    moved: list[tuple[Path, Path]] = []
    try:
        if db_path.exists():
            assert aside is not None
            for suffix in ("", *_SIDE_FILES):
                src = Path(f"{db_path}{suffix}")
                if src.exists():
                    dst = Path(f"{aside}{suffix}")
                    os.replace(src, dst)
                    moved.append((src, dst))
        else:
            aside = None
        os.replace(tmp, db_path)
    except OSError as exc:
        for src, dst in reversed(moved):  # put the current file back as it was
            try:
                os.replace(dst, src)
            except OSError:
                logger.error("could not move %s back to %s", dst, src)
        _remove_quietly(tmp)
        what = _("{file} could not be replaced by the backup").format(file=db_path)
        raise _os_error(exc, db_path, what) from exc
    logger.info("restored %s from %s (previous file set aside as %s)", db_path, backup, aside)
    return aside


def _is_foreign(path: Path) -> bool:
    """True when ``path`` opens and is sound, but is not an AEO Desk file."""
    try:
        db = connect(path, readonly=True)
    except NotAnAeoDatabaseError:
        return True
    except DbError:
        return False
    try:
        return application_id(db) != APPLICATION_ID
    except DATABASE_ERRORS:
        return False
    finally:
        db.close()


__all__ = [
    "BackupInfo",
    "VerifyResult",
    "backup_name",
    "default_backup_dir",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "parse_backup_name",
    "restore",
    "rotate",
    "verify",
]
