"""Two instances on one file: the second is told the file is in use, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.errors import StorageUnavailable
from desktop.services import instance_lock
from desktop.services.database import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

_HOLDER = """
import sys, time
from desktop.services.instance_lock import acquire
lock = acquire(sys.argv[1])
print("READY", flush=True)
time.sleep(600)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
    }


def _smoke(db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), "--smoke"],
        capture_output=True,
        text=True,
        timeout=180,
        env=_env(tmp_path),
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "unit.sqlite"
    open_database(path).close()
    return path


@pytest.fixture
def holder(db_path: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
        cwd=Path(__file__).resolve().parents[1],
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "READY", child.stderr.read() if child.stderr else line
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)


def test_a_second_acquire_names_the_holder(db_path: Path, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(StorageUnavailable) as caught:
        instance_lock.acquire(db_path)
    message = str(caught.value)
    assert "already open" in message
    assert f"process {holder.pid}" in message
    assert "Close it there first" in message


def test_second_instance_smoke_is_one_line_and_exit_1(
    db_path: Path, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    result = _smoke(db_path, tmp_path)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "already open" in lines[0] and str(holder.pid) in lines[0]
    assert "Traceback" not in result.stderr
    assert "database is locked" not in result.stderr


def test_no_stale_lock_after_sigkill(
    db_path: Path, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    with instance_lock.acquire(db_path) as lock:
        assert lock.held
        assert lock.path.read_text().split()[0] == str(os.getpid())
    assert not lock.path.exists()
    result = _smoke(db_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_release_lets_the_next_one_in(db_path: Path) -> None:
    first = instance_lock.acquire(db_path)
    with pytest.raises(StorageUnavailable):
        instance_lock.acquire(db_path)
    first.release()
    first.release()
    instance_lock.acquire(db_path).release()
