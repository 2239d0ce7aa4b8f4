"""Disk full and read-only media (issue 8, item 4): real failures, injected without mocking
SQLite. Saves and imports under ``PRAGMA max_page_count`` (SQLITE_FULL) and ``PRAGMA
query_only`` (SQLITE_READONLY); exports and backups into a destination that cannot be
written. Each gets a readable message, nothing is half-saved, and no file is left behind."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from openpyxl import Workbook

from db.errors import StorageUnavailable, classify
from db.repositories.common import scalar
from desktop.domain.errors import DomainError
from desktop.domain.operators import OperatorInput
from desktop.services import backup, imports, list_exports, operator_service, xlsx_writer
from desktop.services.actor import Actor
from desktop.services.database import classify_storage_error

ACTOR = Actor("Storage Tester")
TABLES = ("operators", "operator_identifiers", "import_log")
OPS_HEADER = [
    "Name", "EORI", "VAT", "Headcount", "Turnover (EUR)", "Balance sheet (EUR)", "Sector",
    "Roles", "Region", "Address",
]  # fmt: skip
LONG = ("Zone industrielle du Grand Large, bâtiment B, " * 10)[:480]


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    present = set(db.table_names())
    return {t: int(scalar(db, f"SELECT count(*) FROM {t}")) for t in TABLES if t in present}


def integrity_ok(db: sqlite_utils.Database) -> bool:
    return [tuple(r) for r in db.execute("PRAGMA integrity_check").fetchall()] == [("ok",)]


@contextmanager
def disk_full(db: sqlite_utils.Database) -> Iterator[None]:
    """The file may not grow by one page: any write that needs space fails with SQLITE_FULL."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        db.execute("PRAGMA max_page_count = 4294967294")


@contextmanager
def read_only(db: sqlite_utils.Database) -> Iterator[None]:
    """The connection may not write at all (what read-only media look like to SQLite)."""
    db.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        db.execute("PRAGMA query_only = OFF")


def big_operator(n: int) -> OperatorInput:
    return OperatorInput(
        name=f"Grand Large Logistique {n:04d} SAS",
        headcount=40,
        turnover_eur=9_000_000.0,
        balance_sheet_eur=5_000_000.0,
        sector="Logistics",
        roles=("importer",),
        region="Bretagne",
        address=LONG,
        identifiers=(("EORI", "FR", f"FR{90000000000 + n}"),),
    )


def operators_file(path: Path, n: int) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(OPS_HEADER)
    for i in range(n):
        ws.append([f"Import Massif {i:04d} SARL", f"FR{80000000000 + i}", "", 12, 1_500_000,
                   "", "Furniture", "importer", "Bretagne", LONG])  # fmt: skip
    wb.save(path)
    return path


def create_many(db: sqlite_utils.Database) -> None:
    for n in range(200):
        operator_service.create_operator(db, big_operator(n))


def import_many(db: sqlite_utils.Database, path: Path) -> None:
    imports.run_import(db, "operators", path, ACTOR)


def storage_error(call: Callable[[], Any], path: str | None = None) -> StorageUnavailable:
    """Run ``call``, which must fail with an sqlite3 error that classifies as storage."""
    with pytest.raises(sqlite3.Error) as info:
        call()
    known = classify(info.value, path)
    assert isinstance(known, StorageUnavailable), info.value
    assert classify_storage_error(info.value, path) is not None
    return known


# --- saves and imports under disk full and read-only ---------------------------------------


def test_create_operator_on_a_full_disk_saves_nothing_and_works_once_there_is_room(
    demo_db: sqlite_utils.Database,
) -> None:
    before = counts(demo_db)
    with disk_full(demo_db):
        err = storage_error(lambda: create_many(demo_db), "demo.sqlite")
        # Each create is atomic: what was saved before the disk filled is whole, the failed
        # one is not there at all (no operator without its identifier).
        saved = counts(demo_db)
    assert str(err).startswith("The disk is full (demo.sqlite)")
    assert "database or disk is full" in str(err)
    assert saved["operators"] - before["operators"] == (
        saved["operator_identifiers"] - before["operator_identifiers"]
    )
    assert integrity_ok(demo_db)
    operator_service.create_operator(demo_db, big_operator(9999))
    assert counts(demo_db)["operators"] == saved["operators"] + 1
    assert integrity_ok(demo_db)


def test_import_on_a_full_disk_writes_no_row_and_succeeds_once_there_is_room(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = operators_file(tmp_path / "operators.xlsx", 150)
    before = counts(demo_db)
    with disk_full(demo_db):
        err = storage_error(lambda: import_many(demo_db, path))
        assert counts(demo_db) == before  # all or nothing
    assert str(err).startswith("The disk is full")
    assert integrity_ok(demo_db)
    import_many(demo_db, path)
    assert counts(demo_db)["operators"] == before["operators"] + 150
    assert integrity_ok(demo_db)


@pytest.mark.parametrize("write", ["create", "import"])
def test_saves_on_read_only_media_are_refused_with_a_clear_message(
    demo_db: sqlite_utils.Database, tmp_path: Path, write: str
) -> None:
    path = operators_file(tmp_path / "operators.xlsx", 20)
    call = {
        "create": lambda: operator_service.create_operator(demo_db, big_operator(1)),
        "import": lambda: import_many(demo_db, path),
    }[write]
    before = counts(demo_db)
    with read_only(demo_db):
        err = storage_error(call, "demo.sqlite")
        assert counts(demo_db) == before
    assert str(err).startswith("The database file is read-only (demo.sqlite)")
    assert "readonly" in str(err) or "read-only" in str(err)
    assert integrity_ok(demo_db)
    call()
    assert counts(demo_db)["operators"] > before["operators"]


# --- exports and backups into a destination that cannot be written -------------------------


def _not_a_folder(tmp_path: Path) -> Path:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    return blocker


def _leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix == ".tmp" or p.suffix == ".xlsx")


def test_export_into_a_folder_that_cannot_be_written_names_the_file_and_leaves_nothing(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    dest = _not_a_folder(tmp_path) / "operators.xlsx"
    with pytest.raises(DomainError) as info:
        list_exports.export_operators(demo_db, dest)
    assert str(dest) in str(info.value)
    assert str(info.value).startswith("The export could not be written to")
    assert _leftovers(tmp_path) == []


def test_export_on_a_full_disk_names_the_file_and_leaves_no_partial_file(
    demo_db: sqlite_utils.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl.workbook import workbook as wb_module

    def full(self: Any, filename: Any) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half a workbook")  # what a full disk leaves
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(wb_module.Workbook, "save", full)
    dest = tmp_path / "operators.xlsx"
    with pytest.raises(DomainError) as info:
        list_exports.export_operators(demo_db, dest)
    assert str(info.value) == (
        f"The export could not be written to {dest}: No space left on device."
    )
    assert not dest.exists()
    assert not xlsx_writer.tmp_path_for(dest).exists()
    assert _leftovers(tmp_path) == []


def test_export_keeps_the_previous_file_when_the_disk_fills(
    demo_db: sqlite_utils.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "operators.xlsx"
    list_exports.export_operators(demo_db, dest)
    good = dest.read_bytes()
    from openpyxl.workbook import workbook as wb_module

    def full(self: Any, filename: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(wb_module.Workbook, "save", full)
    with pytest.raises(DomainError):
        list_exports.export_operators(demo_db, dest)
    assert dest.read_bytes() == good
    assert not xlsx_writer.tmp_path_for(dest).exists()


def test_backup_into_a_folder_that_cannot_be_written_is_refused(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    db_path = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    blocker = _not_a_folder(tmp_path)
    with pytest.raises(StorageUnavailable) as info:
        backup.make_backup(db_path, backup_dir=blocker / "backups")
    assert str(blocker / "backups") in str(info.value)
    with pytest.raises(StorageUnavailable) as info:
        backup.make_backup(db_path, blocker / "backup.sqlite")
    assert str(blocker) in str(info.value)
    assert [p.name for p in tmp_path.rglob("*.tmp")] == []


def test_backup_on_a_full_disk_names_the_file_and_leaves_no_partial_file(
    demo_db: sqlite_utils.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])

    def full(source: sqlite_utils.Database, tmp: Path, key: bytes | None = None) -> None:
        tmp.write_bytes(b"SQLite format 3\x00 half a backup")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy", full)
    dest = tmp_path / "backups" / "manual.sqlite"
    dest.parent.mkdir()
    with pytest.raises(StorageUnavailable) as info:
        backup.make_backup(db_path, dest)
    assert str(info.value) == f"The backup {dest} could not be written: the disk is full."
    assert info.value.path == str(dest)
    assert list(dest.parent.iterdir()) == []


def test_backup_when_sqlite_reports_the_disk_full_leaves_no_partial_file(
    demo_db: sqlite_utils.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same through SQLite's own error: the copy's target may not grow past one page."""
    db_path = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    real_copy = backup._copy

    def tiny_target(source: sqlite_utils.Database, tmp: Path, key: bytes | None = None) -> None:
        target = sqlite3.connect(tmp)
        try:
            target.execute("PRAGMA max_page_count = 1")
            source.conn.backup(target)
        except sqlite3.Error as exc:
            known = classify(exc, str(tmp))
            assert known is not None, exc
            raise known from exc
        finally:
            target.close()
        real_copy(source, tmp)  # pragma: no cover - the backup above never fits

    monkeypatch.setattr(backup, "_copy", tiny_target)
    dest = tmp_path / "backups" / "manual.sqlite"
    dest.parent.mkdir()
    with pytest.raises(StorageUnavailable) as info:
        backup.make_backup(db_path, dest)
    assert str(info.value).startswith(f"The backup {dest} could not be written: The disk is full")
    assert list(dest.parent.iterdir()) == []
