"""The command line, run the way a user runs it: ``python -m desktop ...`` in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import run_cli as _run

from desktop.services.database import open_database

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, home: Path
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    return path, _run(["demo", "--db", str(path), "--seed", "3"], home)


def test_demo_builds_a_database(built: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    path, result = built
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert f"demo database {path}:" in result.stdout
    assert "600 cases" in result.stdout
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite"]  # no leftovers
    db = open_database(path)
    try:
        assert db.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 600
    finally:
        db.close()


def test_demo_refuses_to_overwrite_without_force(
    built: tuple[Path, subprocess.CompletedProcess[str]], home: Path
) -> None:
    path, first = built
    assert first.returncode == 0
    before = path.read_bytes()
    result = _run(["demo", "--db", str(path)], home)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "already exists (use --force to replace it)" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [["--no-such-option"], ["demo", "--db", "x.sqlite", "--scale", "huge"], ["demo"]],
    ids=["unknown-option", "bad-choice", "missing-db"],
)
def test_usage_errors_exit_2(args: list[str], home: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "HOME": str(home)},
    )
    assert result.returncode == 2
    assert "usage: aeo-desk" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_text_file_as_database_is_one_line_and_exit_1(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    path.write_text("Minutes of the AEO unit meeting\n", encoding="utf-8")
    result = _run(["--db", str(path), "--smoke"], home)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "aeo-desk: minutes.sqlite is not an AEO Desk database (it is not an SQLite file)."
    ]
    assert path.read_text(encoding="utf-8") == "Minutes of the AEO unit meeting\n"
