"""Run the real command line in a child process, with its own home folder, so that logs and
settings never touch the developer's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(
    args: list[str], home: Path, *, timeout: int = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS`` offscreen, with HOME and the XDG folders under ``home``
    (and ``env`` added to the environment)."""
    env = {
        **os.environ,
        # English unless a test asks (AEO_DESK_LANG): the developer's locale must not matter
        "LANGUAGE": "",
        "LC_ALL": "C.UTF-8",
        **(env or {}),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,  # never a terminal: a prompt must not wait for a person
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
