"""The keys of the encrypted files the user has signed in to, in memory only (Qt-free).

Background jobs, backups and checks open their own connections; they find the key here
instead of having it passed through every call. Signing out or locking forgets it.
"""

from __future__ import annotations

import os
from pathlib import Path

_keys: dict[str, bytes] = {}


def _name(path: str | os.PathLike[str]) -> str:
    return str(Path(path).resolve())


def remember(path: str | os.PathLike[str], key: bytes | None) -> None:
    if key is None:
        _keys.pop(_name(path), None)
    else:
        _keys[_name(path)] = key


def key_for(path: str | os.PathLike[str]) -> bytes | None:
    return _keys.get(_name(path))


def any_key() -> bytes | None:
    """The key of the file signed in to (for its backups, which live in another folder)."""
    return next(iter(_keys.values()), None)


def forget_all() -> None:
    _keys.clear()
