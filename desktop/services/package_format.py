"""The encrypted envelope of field-laptop packages (Qt-free, no database; docs/package-format.md).

A package travels on a USB stick between the office and a validator's laptop. A stick can be
lost, pulled out during a copy or edited by hand, so the envelope must (1) keep the payload
secret without the unit passphrase, (2) detect any change to any byte, and (3) tell the
officer *which* of those went wrong in one plain sentence. What goes inside the payload is
another module's business: here it is opaque bytes.

Layout: ``MAGIC | header length (4 bytes, big-endian) | header JSON | AES-256-GCM ciphertext``.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import errno
import functools
import hashlib
import hmac
import json
import os
import secrets
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.domain.errors import DomainError
from desktop.domain.i18n import _

FORMAT_VERSION = 1
MAGIC = b"AEODESK-PKG\n"
KINDS = ("checkout", "return")
CIPHER = "AES-256-GCM"
MAX_HEADER_BYTES = 64 * 1024
# AESGCM refuses more than 2**31 - 1 bytes in one call; keep a margin below that.
MAX_COMPRESSED_BYTES = 2**31 - 64
# A header is attacker-controlled before anything is authenticated, so it must not be able
# to make the KDF allocate gigabytes: scrypt needs 128 * n * r bytes.
MAX_KDF_MEMORY = 256 * 1024 * 1024
_PREFIX = len(MAGIC) + 4
_TAG = 16
_KEY_CHECK_LABEL = b"AEO Desk package key check v1"


class PackageError(DomainError):
    """A package cannot be written or read; the message is for the officer."""


class NotAPackageError(PackageError):
    """The file is not an AEO Desk package at all (wrong file picked)."""


class PackageTooNewError(PackageError):
    """A newer AEO Desk wrote the package: update this one instead of guessing."""


class WrongUnitError(PackageError):
    """The package belongs to another unit: refuse it before asking for the passphrase."""


class WrongPassphraseError(PackageError):
    """The key check failed: the passphrase (not the file) is the likely problem."""


class PackageDamagedError(PackageError):
    """Bytes are missing, extra or changed; nothing was read into the database."""


class PackageTooLargeError(PackageError):
    """The payload exceeds what one AES-GCM message can hold."""


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters; stored in each header so the default can rise later."""

    n: int
    r: int
    p: int

    def problem(self) -> str | None:
        """Why these parameters are refused, or None. Bounds keep a forged header cheap."""
        n, r, p = self.n, self.r, self.p
        if any(type(v) is not int for v in (n, r, p)):
            return "the key settings are not numbers"
        if n & (n - 1) or not 2**10 <= n <= 2**20 or not 1 <= r <= 16 or not 1 <= p <= 4:
            return "the key settings are out of range"
        if 128 * n * r > MAX_KDF_MEMORY:
            return "the key settings need too much memory"
        return None


DEFAULT_KDF = KdfParams(n=2**15, r=8, p=1)


@dataclass(frozen=True)
class PackageHeader:
    """The clear part of a package: readable without the passphrase, authenticated with it."""

    format: int
    kind: str
    package_id: str
    unit_id: str
    unit_name: str
    created_at: str  # ISO 8601
    created_by: str
    app_version: str
    schema_version: int
    extra: dict[str, Any]
    kdf: KdfParams
    salt: bytes
    cipher: str
    nonce: bytes
    key_check: bytes
    ciphertext_bytes: int


# The header JSON keys: the dataclass fields, with the salt nested inside "kdf".
_FIELDS = frozenset(f.name for f in dataclasses.fields(PackageHeader)) - {"salt"}


class _BadHeaderError(Exception):
    """Internal: the header dict is malformed. Reader -> damaged; writer -> bug."""


def write_package(
    path: Path | str,
    *,
    kind: str,
    package_id: str,
    unit_id: str,
    unit_name: str,
    created_at: datetime | str,
    created_by: str,
    app_version: str,
    schema_version: int,
    extra: dict[str, Any],
    payload: bytes,
    passphrase: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> PackageHeader:
    """Encrypt ``payload`` into a new package at ``path``, replacing any file only on success."""
    path = Path(path)
    if kind not in KINDS:
        raise ValueError(f"package kind must be one of {KINDS}, not {kind!r}")
    if not passphrase:
        raise PackageError(_("Enter the unit passphrase."))
    if (why := kdf.problem()) is not None:
        raise ValueError(f"bad KDF parameters {kdf}: {why}")
    compressed = zlib.compress(payload, 1)  # photos do not compress: be fast
    if len(compressed) > MAX_COMPRESSED_BYTES:
        raise PackageTooLargeError(
            _(
                "Cannot write {name}: the package would be larger than 2 GB. Put less work "
                "into one package."
            ).format(name=path.name)
        )
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    enc_key, check_key = _derive_keys(passphrase, salt, kdf.n, kdf.r, kdf.p)
    fields: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "kind": kind,
        "package_id": package_id,
        "unit_id": unit_id,
        "unit_name": unit_name,
        "created_at": created_at.isoformat() if isinstance(created_at, datetime) else created_at,
        "created_by": created_by,
        "app_version": app_version,
        "schema_version": schema_version,
        "extra": extra,
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
        "cipher": CIPHER,
        "nonce": _b64(nonce),
        "key_check": _b64(_key_check(check_key, package_id)),
        "ciphertext_bytes": len(compressed) + _TAG,
    }
    raw = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    header_bytes = raw.encode("utf-8")
    try:  # Parse what was serialised: the writer never makes a header its reader refuses.
        header = _header_from_dict(json.loads(raw))
    except _BadHeaderError as e:
        raise ValueError(f"cannot build a package header: {e}") from e
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise ValueError(f"package header is {len(header_bytes)} bytes; the limit is 64 KiB")
    # AAD = the header exactly as written: changing any header byte (unit, kind, extra, ...)
    # makes decryption fail, although the header itself stays readable without the key.
    ciphertext = AESGCM(enc_key).encrypt(nonce, compressed, header_bytes)
    length = struct.pack(">I", len(header_bytes))
    _write_atomically(path, (MAGIC, length, header_bytes, ciphertext))
    return header


def read_header(path: Path | str) -> PackageHeader:
    """The clear header of ``path``, checked but not decrypted, to show before the passphrase.

    The file size is checked too, so a truncated copy is reported before the officer types
    the passphrase for nothing.
    """
    path = Path(path)
    try:
        with open(path, "rb") as f:
            prefix = f.read(_PREFIX + MAX_HEADER_BYTES)
            size = os.fstat(f.fileno()).st_size
    except OSError as e:
        raise PackageError(_read_message(path.name, e)) from e
    header, _body_start, end = _parse_prefix(prefix, path.name)
    _check_size(header, end, size, path.name)
    return header


def read_package(
    path: Path | str, passphrase: str, *, expected_unit_id: str | None = None
) -> tuple[PackageHeader, bytes]:
    """Check, decrypt and decompress ``path``; returns its header and payload bytes."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            data = f.read(len(MAGIC))
            if data == MAGIC:  # Do not load a whole video picked by mistake into memory.
                data += f.read()
    except OSError as e:
        raise PackageError(_read_message(path.name, e)) from e
    return read_package_bytes(data, passphrase, expected_unit_id=expected_unit_id, name=path.name)


def read_package_bytes(
    data: bytes,
    passphrase: str,
    *,
    expected_unit_id: str | None = None,
    name: str | None = None,
) -> tuple[PackageHeader, bytes]:
    """Like :func:`read_package` on bytes already in memory; ``name`` is used in messages."""
    header, header_bytes, end = _parse_prefix(data, name)
    # Cheap, specific checks come before the (deliberately slow) KDF.
    if expected_unit_id is not None and header.unit_id != expected_unit_id:
        raise WrongUnitError(
            _(
                'This package belongs to the unit "{unit}": it was made for another unit and '
                "cannot be opened here."
            ).format(unit=header.unit_name)
        )
    _check_size(header, end, len(data), name)
    if not passphrase:
        raise PackageError(_("Enter the unit passphrase."))
    kdf = header.kdf
    enc_key, check_key = _derive_keys(passphrase, header.salt, kdf.n, kdf.r, kdf.p)
    # Without the key check, a wrong passphrase and a damaged file both end as InvalidTag.
    if not hmac.compare_digest(_key_check(check_key, header.package_id), header.key_check):
        raise WrongPassphraseError(_("The passphrase is wrong for this package."))
    try:
        compressed = AESGCM(enc_key).decrypt(header.nonce, data[end:], header_bytes)
        return header, zlib.decompress(compressed)
    except (InvalidTag, zlib.error) as e:
        raise _damaged(name, _("its contents do not match their seal")) from e


@functools.lru_cache(maxsize=8)
def _derive_keys(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(encryption key, key-check key) from one 64-byte scrypt output, split in halves.

    scrypt's output is already uniformly random, so a split needs no HKDF. NFC makes the
    same typed passphrase give the same bytes on every keyboard/OS. Cached: the header
    preview, the import and a re-read should pay ~0.1 s of KDF once, not three times.
    """
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    out = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(secret)
    return out[:32], out[32:]


def _key_check(check_key: bytes, package_id: str) -> bytes:
    msg = _KEY_CHECK_LABEL + package_id.encode("utf-8")
    return hmac.new(check_key, msg, hashlib.sha256).digest()[:16]


def _parse_prefix(data: bytes, name: str | None) -> tuple[PackageHeader, bytes, int]:
    """(header, header bytes, offset of the ciphertext) from the start of a package."""
    if not data:
        if name:
            text = _('The file "{name}" is empty: it is not an AEO Desk package.')
        else:
            text = _("This file is empty: it is not an AEO Desk package.")
        raise NotAPackageError(text.format(name=name))
    if not data.startswith(MAGIC):
        if name:
            text = _('The file "{name}" is not an AEO Desk package.')
        else:
            text = _("This file is not an AEO Desk package.")
        raise NotAPackageError(text.format(name=name))
    if len(data) < _PREFIX:
        raise _damaged(name, _("it is truncated before its description"))
    (length,) = struct.unpack_from(">I", data, len(MAGIC))
    if not 0 < length <= MAX_HEADER_BYTES:
        raise _damaged(name, _("its description has an impossible size"))
    end = _PREFIX + length
    if len(data) < end:
        raise _damaged(name, _("it is truncated inside its description"))
    header_bytes = data[_PREFIX:end]
    try:
        fields = json.loads(header_bytes.decode("utf-8"))
    except (ValueError, RecursionError) as e:  # bad UTF-8 or JSON; absurd nesting
        raise _damaged(name, _("its description cannot be read")) from e
    version = fields.get("format") if isinstance(fields, dict) else None
    if type(version) is int and version > FORMAT_VERSION:
        raise PackageTooNewError(
            _(
                "This package was made by a newer AEO Desk (package format {version}; this "
                "version reads format {known}). Update AEO Desk to open it."
            ).format(version=version, known=FORMAT_VERSION)
        )
    try:
        return _header_from_dict(fields), header_bytes, end
    except _BadHeaderError as e:
        raise _damaged(name, _("its description is not valid")) from e


def _header_from_dict(fields: Any) -> PackageHeader:
    """Strict: exact key set and types, so a format-1 header means exactly one thing."""
    if not isinstance(fields, dict) or set(fields) != _FIELDS:
        raise _BadHeaderError("wrong set of fields")
    kdf = fields["kdf"]
    if not isinstance(kdf, dict) or kdf.keys() != {"name", "n", "r", "p", "salt"}:
        raise _BadHeaderError("kdf")
    params = KdfParams(n=kdf["n"], r=kdf["r"], p=kdf["p"])
    if kdf["name"] != "scrypt" or params.problem() is not None:
        raise _BadHeaderError("kdf parameters")
    header = PackageHeader(
        format=_typed(fields, "format", int),
        kind=_typed(fields, "kind", str),
        package_id=_typed(fields, "package_id", str),
        unit_id=_typed(fields, "unit_id", str),
        unit_name=_typed(fields, "unit_name", str),
        created_at=_typed(fields, "created_at", str),
        created_by=_typed(fields, "created_by", str),
        app_version=_typed(fields, "app_version", str),
        schema_version=_typed(fields, "schema_version", int),
        extra=_typed(fields, "extra", dict),
        kdf=params,
        salt=_unb64(kdf["salt"], 16),
        cipher=_typed(fields, "cipher", str),
        nonce=_unb64(fields["nonce"], 12),
        key_check=_unb64(fields["key_check"], 16),
        ciphertext_bytes=_typed(fields, "ciphertext_bytes", int),
    )
    if header.format != FORMAT_VERSION or header.kind not in KINDS or header.cipher != CIPHER:
        raise _BadHeaderError("format, kind or cipher")
    if not header.package_id or not header.unit_id:
        raise _BadHeaderError("empty id")
    if not _TAG <= header.ciphertext_bytes <= MAX_COMPRESSED_BYTES + _TAG:
        raise _BadHeaderError("ciphertext_bytes")
    try:
        datetime.fromisoformat(header.created_at)
    except ValueError as e:
        raise _BadHeaderError("created_at") from e
    return header


def _typed(fields: dict[str, Any], key: str, kind: type) -> Any:
    value = fields[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _BadHeaderError(key)
    return value


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: Any, size: int) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True) if isinstance(text, str) else b""
    except ValueError as e:  # binascii.Error, or non-ASCII text
        raise _BadHeaderError("base64") from e
    if len(raw) != size:
        raise _BadHeaderError("base64 length")
    return raw


def _check_size(header: PackageHeader, end: int, size: int, name: str | None) -> None:
    expected = end + header.ciphertext_bytes
    if size < expected:
        raise _damaged(
            name,
            _("truncated: {size} of {expected} bytes present").format(size=size, expected=expected),
        )
    if size > expected:
        raise _damaged(
            name, _("{extra} unexpected bytes follow its end").format(extra=size - expected)
        )


def _damaged(name: str | None, detail: str) -> PackageDamagedError:
    """The refusal for a damaged package; ``detail`` (translated) says what is wrong."""
    if name:
        text = _(
            'The package "{name}" is damaged or has been altered ({detail}). Nothing was changed.'
        )
    else:
        text = _("The package is damaged or has been altered ({detail}). Nothing was changed.")
    return PackageDamagedError(text.format(name=name, detail=detail))


def _write_atomically(path: Path, chunks: tuple[bytes, ...]) -> None:
    """Write to ``<path>.part``, fsync, then rename over ``path``.

    A stick pulled out or a full disk mid-write must leave either the old file or the new
    one, never half a package that the other side would report as damaged.
    """
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, path)
    except OSError as e:
        _remove_quietly(part)
        raise PackageError(_write_message(path.name, e)) from e
    except BaseException:
        _remove_quietly(part)
        raise
    if os.name == "posix":  # Make the rename itself durable; best effort.
        with contextlib.suppress(OSError):
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _remove_quietly(part: Path) -> None:
    with contextlib.suppress(OSError):
        part.unlink(missing_ok=True)


def _write_message(name: str, e: OSError) -> str:
    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        text = _("Not enough space to write {name}: the disk is full.")
    elif e.errno in (errno.EACCES, errno.EPERM):
        text = _("Cannot write {name}: you are not allowed to write to that folder.")
    elif e.errno == errno.EROFS:
        text = _("Cannot write {name}: the drive is read-only.")
    elif e.errno == errno.ENOENT:
        text = _("Cannot write {name}: the folder does not exist (was the USB stick removed?).")
    else:
        text = _("Cannot write {name}: {reason}.")
    return text.format(name=name, reason=e.strerror or _("the system refused"))


def _read_message(name: str, e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        text = _("Cannot find the file {name} (was the USB stick removed?).")
    elif isinstance(e, PermissionError):
        text = _("Cannot read {name}: you are not allowed to open it.")
    else:
        text = _("Cannot read {name}: {reason}.")
    return text.format(name=name, reason=e.strerror or _("the system refused"))
