"""One AEO Desk at a time per database file.

A second instance on the same file is refused with a readable message (who holds it, since
when) instead of meeting a "database is locked" error later. The lock is an OS advisory lock
on ``<db path>.lock`` (``flock`` on POSIX, ``msvcrt.locking`` on Windows): the kernel drops it
when the holding process dies, even by SIGKILL, so there is never a stale lock to clear.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import logging
import os
import socket
import sys
from pathlib import Path
from types import TracebackType

from db.errors import StorageUnavailable
from desktop.domain.i18n import _

logger = logging.getLogger(__name__)

# Windows locks are mandatory, so lock a byte past the holder's info, not the info itself.
_WIN_LOCK_OFFSET = 4096
_NO_LOCK_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT}


def lock_path_for(db_path: str | os.PathLike[str]) -> Path:
    """``<db path>.lock``, for the file's real location (two spellings, one lock)."""
    path = Path(db_path).resolve()
    return path.with_name(path.name + ".lock")


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock without waiting; False if another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    """Our descriptor still names ``path`` (a releasing holder may have just unlinked it)."""
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _holder_text(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        raw = os.read(fd, 1024)
    except OSError:
        return ""
    return raw.decode("utf-8", errors="replace").strip()


def _already_open(text: str) -> str:
    """The refusal, naming the holder when its ``"pid host user started_at"`` can be read:
    "... already open in AEO Desk (process 1234 on host X, since 10:02). ..."."""
    parts = text.split()
    if len(parts) < 4 or not parts[0].isdigit():
        return _("This database is already open in AEO Desk. Close it there first, or open a copy.")
    pid, host, started = parts[0], parts[1], parts[3]
    try:
        when = dt.datetime.fromisoformat(started).astimezone()
    except ValueError:
        return _(
            "This database is already open in AEO Desk (process {pid} on host {host}). "
            "Close it there first, or open a copy."
        ).format(pid=pid, host=host)
    today = dt.datetime.now().astimezone().date()
    since = when.strftime("%H:%M") if when.date() == today else when.strftime("%Y-%m-%d %H:%M")
    return _(
        "This database is already open in AEO Desk (process {pid} on host {host}, since "
        "{since}). Close it there first, or open a copy."
    ).format(pid=pid, host=host, since=since)


def _whoami() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing the start-up for
        user = "unknown"
    host = socket.gethostname() or "unknown"
    started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    return f"{os.getpid()} {host.split()[0]} {user.split()[0] if user else 'unknown'} {started}\n"


class InstanceLock:
    """Held while this process has the database open. Use :func:`acquire` (or
    ``InstanceLock.acquire``) to take it, :meth:`release` or ``with`` to give it back."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        """False when no lock could be taken (a read-only folder) and none was needed."""
        return self._fd is not None

    @classmethod
    def acquire(cls, db_path: str | os.PathLike[str]) -> InstanceLock:
        """Lock ``db_path`` for this process, or raise :class:`StorageUnavailable` naming the
        process that has it open."""
        path = lock_path_for(db_path)
        for _attempt in range(5):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                if exc.errno in _NO_LOCK_ERRNOS:
                    # Read-only media or a missing folder: nobody else can lock here either,
                    # and opening the database reports the real problem.
                    logger.warning("no instance lock for %s: %s", path, exc)
                    return cls(path, None)
                raise StorageUnavailable(
                    _("The lock file cannot be created ({path}): {reason}.").format(
                        path=path, reason=exc.strerror
                    ),
                    path=str(path),
                ) from exc
            try:
                if not _try_lock(fd):
                    raise StorageUnavailable(_already_open(_holder_text(fd)), path=str(db_path))
                if not _same_file(fd, path):
                    os.close(fd)
                    continue
                os.lseek(fd, 0, os.SEEK_SET)
                os.ftruncate(fd, 0)
                os.write(fd, _whoami().encode("utf-8"))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                raise
            return cls(path, fd)
        raise StorageUnavailable(
            _(
                "The lock file keeps changing ({path}); another AEO Desk is starting or closing."
            ).format(path=path),
            path=str(db_path),
        )

    def release(self) -> None:
        """Give the lock back and remove the lock file. Safe to call twice."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # Unlink while still locked: a waiter that opened the old file sees it is gone.
            with contextlib.suppress(OSError):
                if _same_file(fd, self.path):
                    os.unlink(self.path)
        with contextlib.suppress(OSError):
            _unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        self.release()


def acquire(db_path: str | os.PathLike[str]) -> InstanceLock:
    """Take the one-instance lock on ``db_path``; see :meth:`InstanceLock.acquire`."""
    return InstanceLock.acquire(db_path)


__all__ = ["InstanceLock", "acquire", "lock_path_for"]
