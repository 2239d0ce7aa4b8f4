"""The command line end to end: build a demo, then open the main window with --smoke."""

import os
import subprocess
import sys
from pathlib import Path


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def test_demo_then_smoke(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    built = _run(["demo", "--db", str(db), "--seed", "3"], tmp_path)
    assert built.returncode == 0, built.stderr
    assert "600 cases" in built.stdout
    smoke = _run(["--db", str(db), "--smoke"], tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert "Traceback" not in smoke.stderr


def test_smoke_on_a_new_file_creates_an_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    smoke = _run(["--db", str(db), "--smoke"], tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert db.exists()


def test_gui_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database\n")
    result = _run(["--db", str(bad), "--smoke"], tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not an AEO Desk database" in lines[0]
