"""Key slots beside the database: who may sign in, and the database key (Qt-free).

Disk encryption's design, KeePassXC's care:

- A random 32-byte **database key** is made once, when the first user is created. It is what
  SQLCipher encrypts the file with (when encryption is on), and it never changes, so backups
  stay readable.
- Each user has a **slot** in ``<database>.keys``: scrypt turns the user's password and a
  random salt into 64 bytes; the first half wraps the database key (AES-256-GCM), the second
  half makes a verifier that tells a wrong password from a damaged slot. Changing a password
  rewraps only that user's slot; nobody else's password is needed.
- Repeated wrong passwords bring an increasing wait (from the 3rd failure: 1, 2, 4... up to
  60 seconds, during which no password is even tried), then a 15-minute lockout after the
  10th. The counters live in the slot, outside the encrypted file, because they are needed
  before it can be opened. Someone who can edit the file can reset them, but each guess
  still costs one scrypt run: the counters slow down the login screen, scrypt slows down
  everything else.

The slot file is JSON, written atomically (``.part`` + fsync + rename). What a user may do
(roles) is not here but in the ``users`` table, inside the (encrypted) database, where it
cannot be changed by editing this file.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from db.connection import keys_path
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.i18n import _
from desktop.services import clock

FORMAT = 1
#: scrypt cost for passwords: 32 MiB and about 0.1 s; stored per slot, so it can be raised.
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**15, 8, 1
MIN_PASSWORD = 10
FREE_FAILURES = 2
MAX_WAIT_SECONDS = 60
LOCKOUT_AFTER = 10
LOCKOUT = timedelta(minutes=15)
_VERIFY_LABEL = b"AEO Desk login v1"


class AuthError(DomainError):
    """A sign-in that did not succeed; the message says why and what to do."""


class WrongPasswordError(AuthError):
    pass


class LockedOutError(AuthError):
    def __init__(self, message: str, wait_seconds: int) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


@dataclass(frozen=True)
class Slot:
    user_uuid: str
    username: str
    n: int
    r: int
    p: int
    salt: bytes
    verifier: bytes
    nonce: bytes
    wrapped_key: bytes
    must_change: bool = False
    failures: int = 0
    last_failure: str | None = None
    locked_until: str | None = None
    changed_at: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "user": self.user_uuid,
            "username": self.username,
            "kdf": {
                "name": "scrypt",
                "n": self.n,
                "r": self.r,
                "p": self.p,
                "salt": _b64(self.salt),
            },
            "verifier": _b64(self.verifier),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
            "must_change": self.must_change,
            "failures": self.failures,
            "last_failure": self.last_failure,
            "locked_until": self.locked_until,
            "changed_at": self.changed_at,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Slot:
        kdf = d["kdf"]
        return cls(
            user_uuid=str(d["user"]),
            username=str(d["username"]),
            n=int(kdf["n"]),
            r=int(kdf["r"]),
            p=int(kdf["p"]),
            salt=_unb64(kdf["salt"]),
            verifier=_unb64(d["verifier"]),
            nonce=_unb64(d["nonce"]),
            wrapped_key=_unb64(d["wrapped_key"]),
            must_change=bool(d.get("must_change", False)),
            failures=int(d.get("failures", 0)),
            last_failure=d.get("last_failure"),
            locked_until=d.get("locked_until"),
            changed_at=str(d.get("changed_at", "")),
        )


@dataclass
class Keyring:
    """The slots of one database file, and whether that file is encrypted."""

    path: Path
    db_id: str
    encrypted: bool = False
    slots: list[Slot] = field(default_factory=list)

    def slot(self, username: str) -> Slot | None:
        wanted = _norm_name(username)
        return next((s for s in self.slots if _norm_name(s.username) == wanted), None)

    def slot_of(self, user_uuid: str) -> Slot | None:
        return next((s for s in self.slots if s.user_uuid == user_uuid), None)

    def _put(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.user_uuid != slot.user_uuid] + [slot]


@dataclass(frozen=True)
class Unlocked:
    """A successful sign-in: who, and the database key (kept in memory only)."""

    user_uuid: str
    username: str
    db_key: bytes
    must_change: bool


# --- the file -------------------------------------------------------------------------------


def exists(db_path: str | os.PathLike[str]) -> bool:
    return keys_path(db_path).is_file()


def load(db_path: str | os.PathLike[str]) -> Keyring:
    path = keys_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AuthError(
            _(
                "{name} has no key file ({key_file}): no one can sign in. Restore the key file "
                "from a backup folder, or ask the unit administrator."
            ).format(name=Path(db_path).name, key_file=path.name)
        ) from None
    except (OSError, ValueError) as exc:
        raise AuthError(
            _("The key file {key_file} cannot be read: {reason}.").format(
                key_file=path.name, reason=exc
            )
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AuthError(
            _("The key file {key_file} is damaged or from a newer AEO Desk.").format(
                key_file=path.name
            )
        )
    try:
        slots = [Slot.from_json(d) for d in data["slots"]]
    except (KeyError, TypeError, ValueError):
        raise AuthError(
            _("The key file {key_file} is damaged.").format(key_file=path.name)
        ) from None
    return Keyring(path, str(data["db_id"]), bool(data.get("encrypted")), slots)


def save(ring: Keyring) -> None:
    """Write atomically: a power cut leaves the old file or the new one, never half."""
    text = json.dumps(
        {
            "format": FORMAT,
            "db_id": ring.db_id,
            "encrypted": ring.encrypted,
            "slots": [s.as_json() for s in ring.slots],
        },
        indent=1,
    )
    part = ring.path.with_name(ring.path.name + ".part")
    try:
        with part.open("w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, ring.path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        raise DomainError(
            _("The key file {key_file} cannot be written: {reason}.").format(
                key_file=ring.path.name, reason=exc.strerror
            )
        ) from None


def create(db_path: str | os.PathLike[str], db_id: str) -> tuple[Keyring, bytes]:
    """A new, empty key file and a new random database key (kept by the caller until the
    first slot is added)."""
    path = keys_path(db_path)
    if path.exists():
        raise DomainError(
            _("{key_file} already exists: users are set up for this database.").format(
                key_file=path.name
            )
        )
    return Keyring(path, db_id), secrets.token_bytes(32)


# --- passwords --------------------------------------------------------------------------------


def check_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            _("use at least {count} characters.").format(count=MIN_PASSWORD), field="Password"
        )
    if _norm_name(username) and _norm_name(username) in _norm_name(password):
        raise ValidationError(_("must not contain the user name."), field="Password")
    if len(set(password)) < 4:
        raise ValidationError(_("too simple: use more different characters."), field="Password")


@functools.lru_cache(maxsize=8)
def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    raw = hashlib.scrypt(
        unicodedata.normalize("NFC", password).encode(),
        salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=64,
    )  # fmt: skip
    return raw[:32], raw[32:]


def forget_derived_keys() -> None:
    """Drop cached derivations (on lock and sign-out)."""
    _derive.cache_clear()


def _verifier(check_key: bytes, user_uuid: str) -> bytes:
    return hmac.new(check_key, _VERIFY_LABEL + user_uuid.encode(), hashlib.sha256).digest()[:16]


def make_slot(
    user_uuid: str,
    username: str,
    password: str,
    db_key: bytes,
    *,
    must_change: bool = False,
    n: int = DEFAULT_N,
) -> Slot:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek, check = _derive(password, salt, n, DEFAULT_R, DEFAULT_P)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, user_uuid.encode())
    return Slot(
        user_uuid=user_uuid,
        username=username,
        n=n,
        r=DEFAULT_R,
        p=DEFAULT_P,
        salt=salt,
        verifier=_verifier(check, user_uuid),
        nonce=nonce,
        wrapped_key=wrapped,
        must_change=must_change,
        changed_at=clock.now_iso(),
    )


def set_password(
    ring: Keyring,
    user_uuid: str,
    username: str,
    password: str,
    db_key: bytes,
    *,
    must_change: bool = False,
    n: int = DEFAULT_N,
) -> None:
    """Add or rewrap one user's slot (and save the file). Only that slot changes."""
    check_password(password, username)
    ring._put(make_slot(user_uuid, username, password, db_key, must_change=must_change, n=n))
    save(ring)


def remove(ring: Keyring, user_uuid: str) -> None:
    ring.slots = [s for s in ring.slots if s.user_uuid != user_uuid]
    save(ring)


def rename(ring: Keyring, user_uuid: str, username: str) -> None:
    slot = ring.slot_of(user_uuid)
    if slot is not None:
        ring._put(replace(slot, username=username))
        save(ring)


# --- signing in -----------------------------------------------------------------------------


def wait_seconds(slot: Slot, now: datetime) -> int:
    """How long this user must wait before the next try (0: may try now)."""
    if slot.locked_until and datetime.fromisoformat(slot.locked_until) > now:
        return int((datetime.fromisoformat(slot.locked_until) - now).total_seconds()) + 1
    if slot.failures <= FREE_FAILURES or not slot.last_failure:
        return 0
    delay = min(2 ** (slot.failures - FREE_FAILURES - 1), MAX_WAIT_SECONDS)
    ready = datetime.fromisoformat(slot.last_failure) + timedelta(seconds=delay)
    return max(0, int((ready - now).total_seconds()) + (1 if ready > now else 0))


def unlock(ring: Keyring, username: str, password: str) -> Unlocked:
    """Check a password against its slot and return the database key.

    Refused without trying the password while the user must wait or is locked out.
    """
    slot = ring.slot(username)
    if slot is None:
        # Same cost and message as a wrong password: the name alone reveals nothing.
        _derive(password, b"\0" * 16, DEFAULT_N, DEFAULT_R, DEFAULT_P)
        raise WrongPasswordError(_("The user name or the password is wrong."))
    now = clock.now()
    wait = wait_seconds(slot, now)
    if wait:
        locked = bool(slot.locked_until and datetime.fromisoformat(slot.locked_until) > now)
        if locked:
            until = datetime.fromisoformat(slot.locked_until or "").astimezone()
            what = _(
                "Too many wrong passwords: {user} is locked until {time}. An administrator can "
                "reset the password."
            ).format(user=slot.username, time=f"{until:%H:%M}")
        else:
            what = _(
                "Too many wrong passwords: wait {seconds} seconds before trying again."
            ).format(seconds=wait)
        raise LockedOutError(what, wait)
    kek, check = _derive(password, slot.salt, slot.n, slot.r, slot.p)
    if not hmac.compare_digest(_verifier(check, slot.user_uuid), slot.verifier):
        _failed(ring, slot, now)
        raise WrongPasswordError(_("The user name or the password is wrong."))
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, slot.user_uuid.encode())
    except InvalidTag:
        raise AuthError(
            _("The key slot of {user} is damaged; ask an administrator to reset it.").format(
                user=slot.username
            )
        ) from None
    if slot.failures or slot.locked_until:
        ring._put(replace(slot, failures=0, last_failure=None, locked_until=None))
        save(ring)
    return Unlocked(slot.user_uuid, slot.username, key, slot.must_change)


def _failed(ring: Keyring, slot: Slot, now: datetime) -> None:
    failures = slot.failures + 1
    locked = (now + LOCKOUT).isoformat() if failures >= LOCKOUT_AFTER else None
    ring._put(replace(slot, failures=failures, last_failure=now.isoformat(), locked_until=locked))
    save(ring)


def _norm_name(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
