"""The command line end to end: build a demo, then open the main window with --smoke."""

from pathlib import Path

from helpers.cli import run_cli as _run


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
