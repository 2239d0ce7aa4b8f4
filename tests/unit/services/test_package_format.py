"""The package envelope: round trips, and one plain, specific error per way a file can break."""

from __future__ import annotations

import errno
import io
import json
import os
import random
import struct
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import package_format as pf
from desktop.services.package_format import (
    DEFAULT_KDF,
    FORMAT_VERSION,
    MAGIC,
    KdfParams,
    NotAPackageError,
    PackageDamagedError,
    PackageError,
    PackageHeader,
    PackageTooLargeError,
    PackageTooNewError,
    WrongPassphraseError,
    WrongUnitError,
    read_header,
    read_package,
    read_package_bytes,
    write_package,
)

CHEAP = KdfParams(n=2**12, r=8, p=1)
PASS = "correct horse battery staple"
PAYLOAD = b'{"cases": [1, 2, 3]}' * 50
EXTRA = {"checkout_id": "co-7", "sequence": 3, "laptop_id": "LAPTOP-02", "notes": ["a", None]}


def _write(path: Path, **overrides: Any) -> PackageHeader:
    args: dict[str, Any] = {
        "kind": "checkout",
        "package_id": "pkg-0001",
        "unit_id": "unit-ab12",
        "unit_name": "AEO Unit Brașov",
        "created_at": "2025-03-04T10:20:30+02:00",
        "created_by": "Ioana Pop",
        "app_version": "1.4.0",
        "schema_version": 12,
        "extra": EXTRA,
        "payload": PAYLOAD,
        "passphrase": PASS,
        "kdf": CHEAP,
    }
    args.update(overrides)
    return write_package(path, **args)


def _assert_plain(error: PackageError) -> None:
    """An officer reads this: one or two sentences, no internals."""
    message = str(error)
    assert message == error.message
    assert message[0].isupper() and message.endswith(".")
    assert "\n" not in message and len(message) < 300
    for jargon in ("Traceback", "InvalidTag", "Error", "zlib", "JSON", "AAD", "None"):
        assert jargon not in message


def _split(data: bytes) -> tuple[int, dict[str, Any], int]:
    """(offset of the header JSON, the header dict, offset of the ciphertext)."""
    (length,) = struct.unpack_from(">I", data, len(MAGIC))
    start = len(MAGIC) + 4
    return start, json.loads(data[start : start + length]), start + length


def _rewrite_header(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """A well-formed file with a changed header (new length, same ciphertext)."""
    _, header, end = _split(data)
    change(header)
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    return MAGIC + struct.pack(">I", len(raw)) + raw + data[end:]


def _read(data: bytes, **kwargs: Any) -> tuple[PackageHeader, bytes]:
    return read_package_bytes(data, kwargs.pop("passphrase", PASS), name="p.aeopkg", **kwargs)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    path = tmp_path / "p.aeopkg"
    _write(path)
    return path


@pytest.fixture
def no_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Proves a check happens before the slow KDF."""

    def fail(*args: object) -> None:
        raise AssertionError("the KDF must not run")

    monkeypatch.setattr(pf, "_derive_keys", fail)


# ---- round trips ---------------------------------------------------------------------------


def test_round_trip_returns_payload_and_header(package: Path) -> None:
    header, payload = read_package(package, PASS, expected_unit_id="unit-ab12")
    assert payload == PAYLOAD
    assert header == read_header(package)
    assert (header.format, header.kind, header.package_id) == (1, "checkout", "pkg-0001")
    assert (header.unit_id, header.unit_name) == ("unit-ab12", "AEO Unit Brașov")
    assert header.created_at == "2025-03-04T10:20:30+02:00"
    assert (header.created_by, header.app_version, header.schema_version) == (
        "Ioana Pop",
        "1.4.0",
        12,
    )
    assert header.extra == EXTRA
    assert header.kdf == CHEAP and len(header.salt) == 16 and len(header.nonce) == 12
    assert header.cipher == "AES-256-GCM"
    assert not list(package.parent.glob("*.part"))


def test_write_returns_the_header_the_reader_sees(tmp_path: Path) -> None:
    path = tmp_path / "r.aeopkg"
    written = _write(path, kind="return", extra={"sequence": 1}, payload=b"")
    assert written == read_header(path)
    assert read_package(path, PASS) == (written, b"")


def test_layout_magic_length_sorted_compact_header(package: Path) -> None:
    data = package.read_bytes()
    start, header, end = _split(data)
    assert data.startswith(MAGIC) and header["format"] == FORMAT_VERSION
    raw = data[start:end].decode()
    assert raw == json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert "Brașov" in raw  # UTF-8, not \u escapes
    assert header["kdf"]["name"] == "scrypt"
    assert len(data) - end == header["ciphertext_bytes"]


def test_datetime_created_at_is_stored_as_iso(tmp_path: Path) -> None:
    header = _write(tmp_path / "d.aeopkg", created_at=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert header.created_at == "2025-01-02T03:04:05+00:00"


def test_default_kdf_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "default.aeopkg"
    _write(path, kdf=DEFAULT_KDF)
    header, payload = read_package(path, PASS)
    assert header.kdf == KdfParams(n=2**15, r=8, p=1) and payload == PAYLOAD


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    path = tmp_path / "n.aeopkg"
    _write(path, passphrase="cafe\u0301 Brașov")  # decomposed é
    assert read_package(path, "caf\u00e9 Brașov")[1] == PAYLOAD  # composed é


def test_derived_keys_are_cached(package: Path) -> None:
    pf._derive_keys.cache_clear()
    read_package(package, PASS)
    read_package(package, PASS)
    info = pf._derive_keys.cache_info()
    assert (info.misses, info.hits) == (1, 1)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(payload=st.binary(max_size=5000), extra=st.dictionaries(st.text(), st.integers()))
def test_any_payload_round_trips(tmp_path: Path, payload: bytes, extra: dict[str, int]) -> None:
    path = tmp_path / "h.aeopkg"
    _write(path, payload=payload, extra=extra)
    header, read = read_package(path, PASS)
    assert read == payload and header.extra == extra


# ---- writer --------------------------------------------------------------------------------


def test_empty_passphrase_is_refused(tmp_path: Path, package: Path) -> None:
    with pytest.raises(PackageError, match=r"^Enter the unit passphrase\.$"):
        _write(tmp_path / "x.aeopkg", passphrase="")
    with pytest.raises(PackageError, match=r"^Enter the unit passphrase\.$"):
        read_package(package, "")
    assert not (tmp_path / "x.aeopkg").exists()


def test_unknown_kind_is_a_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="kind"):
        _write(tmp_path / "x.aeopkg", kind="export")


def test_too_large_payload_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pf, "MAX_COMPRESSED_BYTES", 100)
    path = tmp_path / "big.aeopkg"
    with pytest.raises(PackageTooLargeError) as caught:
        _write(path, payload=random.Random(1).randbytes(1000))
    _assert_plain(caught.value)
    assert not list(tmp_path.iterdir())
    _write(path, payload=b"\0" * 1000)  # compresses below the limit: accepted


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_full_disk_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pf.os, failing, full)
    with pytest.raises(PackageError) as caught:
        _write(tmp_path / "p.aeopkg")
    assert str(caught.value) == "Not enough space to write p.aeopkg: the disk is full."
    assert not list(tmp_path.iterdir())  # no target, no .part


@pytest.mark.parametrize(
    ("code", "wording"),
    [
        (errno.EACCES, "you are not allowed to write to that folder"),
        (errno.EROFS, "the drive is read-only"),
        (errno.EIO, "Input/output error"),
    ],
)
def test_write_errors_are_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, wording: str
) -> None:
    def refuse(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(pf.os, "fsync", refuse)
    with pytest.raises(PackageError, match=rf"^Cannot write p\.aeopkg: {wording}\.$") as caught:
        _write(tmp_path / "p.aeopkg")
    _assert_plain(caught.value)
    assert not list(tmp_path.iterdir())


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="the folder does not exist"):
        _write(tmp_path / "stick" / "p.aeopkg")


def test_existing_target_is_replaced_only_on_success(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(pf.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(errno.EIO, "I/O")))
        with pytest.raises(PackageError, match=r"^Cannot write p\.aeopkg: I/O\.$"):
            _write(package, payload=b"new")
    assert read_package(package, PASS)[1] == PAYLOAD
    assert sorted(p.name for p in package.parent.iterdir()) == ["p.aeopkg"]
    _write(package, payload=b"new")
    assert read_package(package, PASS)[1] == b"new"


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root (or Windows) ignores mode bits"
)
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PackageError, match=r"^Cannot write p\.aeopkg: ") as caught:
            _write(folder / "p.aeopkg")
        _assert_plain(caught.value)
        assert not list(folder.iterdir())
    finally:
        folder.chmod(0o700)


def test_missing_file_names_it(tmp_path: Path) -> None:
    for reader in (read_header, lambda p: read_package(p, PASS)):
        with pytest.raises(PackageError, match=r"gone\.aeopkg") as caught:
            reader(tmp_path / "gone.aeopkg")
        _assert_plain(caught.value)
    with pytest.raises(PackageError, match="Cannot read"):
        read_header(tmp_path)  # a folder


# ---- reader: wrong file, wrong passphrase, wrong unit, too new -------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [b"", random.Random(2).randbytes(300), _zip_bytes(), MAGIC[:5]],
    ids=["empty", "random", "zip", "half magic"],
)
def test_not_a_package(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(data)
    for read in (read_header, lambda p: read_package(p, PASS)):
        with pytest.raises(NotAPackageError, match=r"book\.xlsx") as caught:
            read(path)
        _assert_plain(caught.value)
    if not data:
        assert "is empty" in str(caught.value)


def test_wrong_passphrase(package: Path) -> None:
    with pytest.raises(WrongPassphraseError) as caught:
        read_package(package, PASS + "!")
    assert str(caught.value) == "The passphrase is wrong for this package."


def test_wrong_unit_is_refused_before_the_kdf(package: Path, no_kdf: None) -> None:
    with pytest.raises(WrongUnitError) as caught:
        read_package(package, "whatever", expected_unit_id="unit-other")
    assert "AEO Unit Brașov" in str(caught.value) and "another unit" in str(caught.value)
    _assert_plain(caught.value)


def test_newer_format_is_refused(package: Path, no_kdf: None) -> None:
    data = _rewrite_header(package.read_bytes(), lambda h: h.update(format=2, future={"x": 1}))
    package.write_bytes(data)
    for read in (read_header, lambda p: read_package(p, PASS)):
        with pytest.raises(PackageTooNewError) as caught:
            read(package)
        assert "format 2" in str(caught.value) and "format 1" in str(caught.value)
        assert "newer AEO Desk" in str(caught.value)
        _assert_plain(caught.value)


# ---- reader: damage --------------------------------------------------------------------------


def _flip_at(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def _value_offset(data: bytes, key: str, skip: int = 2) -> int:
    """Index of a byte inside the JSON value of ``key`` (``skip`` bytes past the colon)."""
    return data.index(f'"{key}":'.encode()) + len(key) + 3 + skip


def _put(data: bytes, index: int, byte: bytes) -> bytes:
    return data[:index] + byte + data[index + 1 :]


def _swap_b64(data: bytes, key: str) -> bytes:
    """Change one base64 digit in the middle of ``key``'s value, keeping it valid base64."""
    i = _value_offset(data, key, skip=6)
    return _put(data, i, b"B" if data[i : i + 1] != b"B" else b"C")


REGIONS: dict[str, tuple[Callable[[bytes], bytes], type[PackageError]]] = {
    "magic": (lambda d: _flip_at(d, 3), NotAPackageError),
    "header length": (lambda d: _flip_at(d, len(MAGIC) + 2), PackageDamagedError),
    "unit name": (lambda d: _flip_at(d, _value_offset(d, "unit_name")), PackageDamagedError),
    "created_by": (lambda d: _flip_at(d, _value_offset(d, "created_by")), PackageDamagedError),
    "extra": (lambda d: _flip_at(d, _value_offset(d, "laptop_id", 3)), PackageDamagedError),
    "schema": (lambda d: _flip_at(d, _value_offset(d, "schema_version", 1)), PackageDamagedError),
    "json syntax": (lambda d: _flip_at(d, len(MAGIC) + 4), PackageDamagedError),
    "nonce digit": (lambda d: _swap_b64(d, "nonce"), PackageDamagedError),
    "nonce bad base64": (lambda d: _put(d, _value_offset(d, "nonce"), b"*"), PackageDamagedError),
    "length field": (
        lambda d: _flip_at(d, _value_offset(d, "ciphertext_bytes", 0)),
        PackageDamagedError,
    ),
    "salt": (lambda d: _swap_b64(d, "salt"), WrongPassphraseError),
    "key check": (lambda d: _swap_b64(d, "key_check"), WrongPassphraseError),
    "kdf r": (lambda d: d.replace(b'"r":8', b'"r":9'), WrongPassphraseError),
    "ciphertext middle": (lambda d: _flip_at(d, _split(d)[2] + 40), PackageDamagedError),
    "last byte (tag)": (lambda d: _flip_at(d, len(d) - 1), PackageDamagedError),
}


@pytest.mark.parametrize("region", REGIONS)
def test_one_flipped_byte_is_detected(package: Path, region: str) -> None:
    change, expected = REGIONS[region]
    original = package.read_bytes()
    damaged = change(original)
    assert damaged != original and len(damaged) == len(original)
    with pytest.raises(PackageError) as caught:
        _read(damaged)
    assert type(caught.value) is expected
    _assert_plain(caught.value)
    if expected is PackageDamagedError:
        assert "damaged or has been altered" in str(caught.value)
        assert str(caught.value).endswith("Nothing was changed.")


def test_header_change_with_valid_structure_is_damaged(package: Path) -> None:
    """The worst case: a neat edit (another unit, kind) must still fail, via the AAD."""
    for change in ({"unit_id": "unit-zz99"}, {"kind": "return"}, {"extra": {}}):
        data = _rewrite_header(package.read_bytes(), lambda h, c=change: h.update(c))
        with pytest.raises(PackageDamagedError, match="do not match their seal"):
            _read(data)


def test_same_header_serialised_differently_is_damaged(package: Path) -> None:
    """The AAD is the header's bytes, not its meaning: even a re-spaced header fails."""
    data = package.read_bytes()
    _, header, end = _split(data)
    raw = json.dumps(header, sort_keys=True, indent=1).encode()
    with pytest.raises(PackageDamagedError, match="do not match their seal"):
        _read(MAGIC + struct.pack(">I", len(raw)) + raw + data[end:])


def test_truncation(package: Path) -> None:
    data = package.read_bytes()
    start, _, end = _split(data)
    for size in (0, 5):
        with pytest.raises(NotAPackageError):
            _read(data[:size])
    for size in (len(MAGIC) + 2, start + 10):  # inside the length, inside the header
        with pytest.raises(PackageDamagedError, match="truncated"):
            _read(data[:size])
    for size in (end, end + 20, len(data) - 1):
        with pytest.raises(PackageDamagedError) as caught:
            _read(data[:size])
        assert f"truncated: {size} of {len(data)} bytes present" in str(caught.value)
        _assert_plain(caught.value)


def test_truncated_file_is_reported_by_read_header(package: Path, no_kdf: None) -> None:
    data = package.read_bytes()
    package.write_bytes(data[:-1])
    with pytest.raises(PackageDamagedError, match=f"truncated: {len(data) - 1} of {len(data)}"):
        read_header(package)


def test_trailing_bytes_are_damage(package: Path) -> None:
    package.write_bytes(package.read_bytes() + b"\0\0\0")
    for read in (read_header, lambda p: read_package(p, PASS)):
        with pytest.raises(PackageDamagedError, match="3 unexpected bytes") as caught:
            read(package)
        _assert_plain(caught.value)


@pytest.mark.parametrize(
    "kdf",
    [
        {"n": 2**12 + 1},
        {"n": 2**9},
        {"n": 2**21},
        {"n": "4096"},
        {"n": True},
        {"r": 0},
        {"r": 17},
        {"p": 0},
        {"p": 5},
        {"n": 2**20, "r": 16},  # in each bound, but 2 GiB of memory
        {"name": "pbkdf2"},
        {"salt": "c2hvcnQ="},
    ],
    ids=str,
)
def test_kdf_out_of_bounds_is_damage(package: Path, no_kdf: None, kdf: dict[str, Any]) -> None:
    data = _rewrite_header(package.read_bytes(), lambda h: h["kdf"].update(kdf))
    with pytest.raises(PackageDamagedError) as caught:
        _read(data)
    _assert_plain(caught.value)


@pytest.mark.parametrize(
    "change",
    [
        lambda h: h.update(format=0),
        lambda h: h.update(format="1"),
        lambda h: h.pop("format"),
        lambda h: h.update(kind="export"),
        lambda h: h.update(cipher="AES-128-CBC"),
        lambda h: h.update(extra=[1]),
        lambda h: h.update(schema_version=True),
        lambda h: h.update(unit_name=None),
        lambda h: h.update(created_at="yesterday"),
        lambda h: h.update(package_id=""),
        lambda h: h.update(ciphertext_bytes=3),
        lambda h: h.update(unexpected=1),
        lambda h: h.pop("key_check"),
        lambda h: h.update(nonce="AAAA"),
        lambda h: h.update(nonce="ÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀ"),
        lambda h: h.clear(),
    ],
)
def test_bad_header_fields_are_damage(package: Path, no_kdf: None, change: Any) -> None:
    package.write_bytes(_rewrite_header(package.read_bytes(), change))
    with pytest.raises(PackageDamagedError) as caught:
        read_header(package)
    _assert_plain(caught.value)


@pytest.mark.parametrize(
    "header",
    [b"", b"[1, 2]", b"\xff\xfe", b"[" * 50_000, b"{}" * (pf.MAX_HEADER_BYTES // 2 + 1)],
    ids=["empty", "list", "not utf-8", "deep nesting", "over 64 KiB"],
)
def test_unreadable_header_is_damage(header: bytes) -> None:
    data = MAGIC + struct.pack(">I", len(header)) + header + b"\0" * 32
    with pytest.raises(PackageDamagedError):
        _read(data)
