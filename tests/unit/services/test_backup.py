"""Backups, rotation, restore and verify on real files (issue 8, items 1 and 2)."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from helpers.cli import run_cli as _run

from db.errors import NotAnAeoDatabaseError, StorageUnavailable
from desktop.domain.errors import DomainError
from desktop.services import backup
from desktop.services.database import open_database

ROOT = Path(__file__).resolve().parents[3]


def _dump(path: Path) -> list[str]:
    """The whole content of a database file, as SQL text (schema and rows)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _corrupt(path: Path) -> None:
    """Write garbage over the middle of the file (the header stays a valid SQLite header)."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2 - 4096)
        fh.write(os.urandom(16) * 512)


def _add_operator(db: sqlite_utils.Database, name: str) -> None:
    now = "2026-06-15T10:00:00Z"
    with db.atomic():
        db.execute(
            "INSERT INTO operators (uuid, name, headcount, size_class, created_at, updated_at) "
            "VALUES (?, ?, 5, 'small', ?, ?)",
            [f"uuid-{name}", name, now, now],
        )


# --- make_backup ----------------------------------------------------------------------------


def test_backup_round_trip_copies_everything_and_leaves_the_original_alone(
    demo_db_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, source)
    before = source.read_bytes()

    out = backup.make_backup(source, tmp_path / "copy.sqlite")

    assert out == tmp_path / "copy.sqlite"
    assert _dump(out) == _dump(source)
    assert source.read_bytes() == before
    assert not Path(f"{out}-wal").exists()  # a standalone file
    assert list(tmp_path.glob("*.tmp")) == []


def test_default_name_goes_to_the_backups_folder(db_path: Path, frozen_clock: datetime) -> None:
    out = backup.make_backup(db_path)
    assert out == db_path.parent / "backups" / "aeo-desk-20260615-100000.sqlite"
    auto = backup.make_backup(db_path, backup_dir=db_path.parent / "elsewhere", kind="auto")
    assert auto == db_path.parent / "elsewhere" / "aeo-desk-20260615-100000-auto.sqlite"
    assert auto.is_file()


def test_backup_while_a_wal_and_open_read_and_write_transactions_exist(
    db: sqlite_utils.Database, db_path: Path, tmp_path: Path
) -> None:
    _add_operator(db, "Committed Ltd")  # committed, still in the WAL
    assert Path(f"{db_path}-wal").stat().st_size > 0
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM operators").fetchone()  # holds a read snapshot
    db.execute("BEGIN IMMEDIATE")
    db.execute(
        "UPDATE operators SET name = 'Uncommitted' WHERE name = 'Committed Ltd'"
    )  # never committed
    try:
        out = backup.make_backup(db_path, tmp_path / "b.sqlite")
    finally:
        db.execute("ROLLBACK")
        reader.rollback()
        reader.close()
    copy = sqlite_utils.Database(out)
    names = [r[0] for r in copy.execute("SELECT name FROM operators").fetchall()]
    copy.close()
    assert names == ["Committed Ltd"]


@pytest.mark.parametrize("where", ["copy", "replace"])
def test_disk_full_leaves_no_partial_file(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "copy":
        real_copy = backup._copy

        def copy_then_fail(
            source: sqlite_utils.Database, tmp: Path, key: bytes | None = None
        ) -> None:
            real_copy(source, tmp)  # a partial file exists when the disk fills up
            full()

        monkeypatch.setattr(backup, "_copy", copy_then_fail)
    else:
        monkeypatch.setattr(backup.os, "replace", full)
    dest = tmp_path / "out" / "b.sqlite"
    dest.parent.mkdir()

    with pytest.raises(StorageUnavailable, match="disk is full") as info:
        backup.make_backup(db_path, dest)

    assert str(dest) in str(info.value)
    assert list(dest.parent.iterdir()) == []


def test_unwritable_backup_folder_is_a_clear_error(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        backup.os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode)
    )
    with pytest.raises(StorageUnavailable, match="not writable") as info:
        backup.make_backup(db_path, backup_dir=folder)
    assert str(folder) in str(info.value)
    assert list(folder.iterdir()) == []


# --- rotation -------------------------------------------------------------------------------


def _touch(folder: Path, at: datetime, kind: str = "auto") -> Path:
    path = folder / backup.backup_name(at, kind)
    path.write_bytes(b"")
    return path


def test_rotation_keeps_12_daily_10_weekly_9_monthly_and_every_manual(tmp_path: Path) -> None:
    now = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)  # a Monday
    # Two automatic backups a day (09:00 and 18:00) for 400 days, a few manual ones.
    made = {}
    for days_ago in range(400):
        day = now - timedelta(days=days_ago)
        for hour in (9, 18):
            at = day.replace(hour=hour)
            if at <= now:
                made[at] = _touch(tmp_path, at)
    manual = [_touch(tmp_path, now - timedelta(days=d), "manual") for d in (3, 100, 399)]
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"")

    deleted = backup.rotate(tmp_path, now)

    survivors = sorted(at for at, p in made.items() if p.exists())
    # Daily: 2026-06-04 .. 06-15, newest of each (today's is 09:00, the 18:00 is still to come).
    daily = [now.replace(hour=9)] + [
        (now - timedelta(days=d)).replace(hour=18) for d in range(1, 12)
    ]
    # Weekly: newest of ISO weeks back to the week of Monday 2026-04-13: each week's Sunday
    # 18:00 (the current week is covered by today).
    weekly = [datetime(2026, 6, 14, 18, tzinfo=UTC) - timedelta(weeks=w) for w in range(9)]
    # Monthly: newest of each month from 2025-10 to 2026-06: the month's last day, 18:00.
    monthly = [
        datetime(y, m, d, 18, tzinfo=UTC)
        for y, m, d in [
            (2025, 10, 31), (2025, 11, 30), (2025, 12, 31), (2026, 1, 31),
            (2026, 2, 28), (2026, 3, 31), (2026, 4, 30), (2026, 5, 31),
        ]
    ]  # fmt: skip
    expected = sorted(set(daily) | set(weekly) | set(monthly))
    assert survivors == expected
    assert len(expected) == 12 + 7 + 7  # 2 Sundays are among the days, 31 May is a Sunday
    assert all(p.exists() for p in manual) and other.exists()
    assert sorted(deleted) == sorted(p for at, p in made.items() if at not in expected)
    assert backup.rotate(tmp_path, now) == []  # idempotent


def test_rotation_counts_exactly_12_days_10_weeks_9_months(tmp_path: Path) -> None:
    """One backup a day at noon for two years: exactly which of them survive."""
    now = datetime(2026, 6, 15, 13, 0, tzinfo=UTC)
    made = {}
    for days_ago in range(730):
        at = (now - timedelta(days=days_ago)).replace(hour=12)
        made[at] = _touch(tmp_path, at)
    backup.rotate(tmp_path, now)
    kept = {at.date() for at, p in made.items() if p.exists()}
    days = {(now - timedelta(days=d)).date() for d in range(12)}
    # 10 ISO weeks: this one (today) and the 9 before it, each kept by its Sunday.
    sundays = {datetime(2026, 6, 14).date() - timedelta(weeks=w) for w in range(9)}
    month_ends = {
        datetime(y, m, 1).date() - timedelta(days=1)
        for y, m in [(2026, 6), (2026, 5), (2026, 4), (2026, 3), (2026, 2), (2026, 1),
                     (2025, 12), (2025, 11)]
    }  # fmt: skip
    # The current week and month are represented by today (Monday 15 June).
    assert kept == days | sundays | month_ends
    assert min(kept) == datetime(2025, 10, 31).date()


# --- list_backups ---------------------------------------------------------------------------


def test_list_backups_shows_counts_size_and_flags_a_corrupt_file(
    demo_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    good = backup.make_backup(
        demo_db_path, folder / backup.backup_name(datetime(2026, 6, 1, tzinfo=UTC))
    )
    bad = folder / backup.backup_name(datetime(2026, 6, 2, tzinfo=UTC), "auto")
    shutil.copy(good, bad)
    _corrupt(bad)
    demo = sqlite_utils.Database(demo_db_path)
    want = {t: demo[t].count for t in ("operators", "cases", "audits")}
    demo.close()

    infos = backup.list_backups(folder)

    assert [i.path for i in infos] == [bad, good]  # newest first
    newest, older = infos
    assert (older.ok, older.kind, older.size) == (True, "manual", good.stat().st_size)
    assert older.made_at == datetime(2026, 6, 1, tzinfo=UTC)
    assert {"operators": older.operators, "cases": older.cases, "audits": older.audits} == want
    assert want["operators"] > 0 and want["cases"] > 0 and want["audits"] > 0
    assert newest.ok is False and newest.kind == "auto" and newest.problem
    assert backup.newest_good_backup(folder) == older


# --- restore --------------------------------------------------------------------------------


def test_restore_sets_the_current_file_aside_and_the_backup_opens(
    db: sqlite_utils.Database, db_path: Path, tmp_path: Path, frozen_clock: datetime
) -> None:
    _add_operator(db, "Before Backup")
    saved = backup.make_backup(db_path, tmp_path / "saved.sqlite")
    _add_operator(db, "After Backup")
    db.close()
    current = _dump(db_path)

    aside = backup.restore(db_path, saved)

    assert aside == db_path.with_name("aeo.before-restore-20260615-100000.sqlite")
    assert aside is not None and _dump(aside) == current  # nothing lost by restoring
    assert not Path(f"{db_path}-wal").exists()
    restored = open_database(db_path)
    try:
        names = {r[0] for r in restored.execute("SELECT name FROM operators").fetchall()}
    finally:
        restored.close()
    assert "Before Backup" in names and "After Backup" not in names
    assert _dump(db_path) == _dump(saved)


def test_restore_refuses_a_corrupt_backup_and_moves_nothing(
    demo_db_path: Path, tmp_path: Path
) -> None:
    current = tmp_path / "aeo.sqlite"
    shutil.copy(demo_db_path, current)
    bad = tmp_path / "bad.sqlite"
    shutil.copy(demo_db_path, bad)
    _corrupt(bad)
    before = current.read_bytes()

    with pytest.raises(DomainError, match="damaged") as info:
        backup.restore(current, bad)

    assert str(bad) in str(info.value)
    assert current.read_bytes() == before
    assert not list(tmp_path.glob("*before-restore*")) and not list(tmp_path.glob("*.tmp"))


def test_restore_refuses_a_file_that_is_not_aeo_desk(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite_utils.Database(other)["things"].insert({"a": 1})
    with pytest.raises(NotAnAeoDatabaseError, match="not an AEO Desk") as info:
        backup.restore(db_path, other)
    assert str(other) in str(info.value)
    text = tmp_path / "notes.sqlite"
    text.write_text("hello " * 1000)
    with pytest.raises(NotAnAeoDatabaseError, match=r"notes\.sqlite"):
        backup.restore(db_path, text)
    assert db_path.is_file() and not list(tmp_path.glob("*before-restore*"))


# --- verify ---------------------------------------------------------------------------------


def test_verify_a_good_and_a_corrupted_file(demo_db_path: Path, tmp_path: Path) -> None:
    good = backup.verify(demo_db_path)
    assert (good.ok, good.problems) == (True, [])
    assert good.events > 1000  # the demo's case history, every event in the chain
    assert backup.verify(demo_db_path, full=False).ok
    bad = tmp_path / "bad.sqlite"
    shutil.copy(demo_db_path, bad)
    _corrupt(bad)
    result = backup.verify(bad)
    assert result.ok is False and result.problems


def test_verify_reports_broken_foreign_keys(db_path: Path) -> None:
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute(
        "INSERT INTO operator_identifiers (uuid, operator_id, scheme, country, value) "
        "VALUES ('u1', 999, 'EORI', 'FR', 'FR123')",
    )
    db.conn.commit()
    db.close()
    result = backup.verify(db_path)
    assert result.ok is False
    assert any("operator_identifiers" in p for p in result.problems)


# --- the command line -----------------------------------------------------------------------


def test_cli_backup_and_verify(demo_db_path: Path, tmp_path: Path) -> None:
    src = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, src)
    out = tmp_path / "copy.sqlite"

    done = _run(["backup", "--db", str(src), "--out", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"backup written to {out} (") and "MB)" in done.stdout
    assert _dump(out) == _dump(src)

    default = _run(["backup", "--db", str(src)], tmp_path)
    assert default.returncode == 0, default.stderr
    assert len(list((tmp_path / "backups").glob("aeo-desk-*.sqlite"))) == 1

    ok = _run(["verify", "--db", str(out)], tmp_path)
    assert ok.returncode == 0
    assert ok.stdout.startswith("ok: integrity, foreign keys, and ")

    _corrupt(out)
    bad = _run(["verify", "--db", str(out)], tmp_path)
    assert bad.returncode == 1
    assert len(bad.stderr.strip().splitlines()) == 1 and str(out) in bad.stderr

    missing = _run(["backup", "--db", str(tmp_path / "nope.sqlite")], tmp_path)
    assert missing.returncode == 1
    assert len(missing.stderr.strip().splitlines()) == 1 and "nope.sqlite" in missing.stderr
