"""The core is Qt-free (and the domain storage-free), checked in a fresh interpreter.

pytest-qt loads Qt as pytest starts, so an in-process check would always see it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import importlib, json, pkgutil, sys
imported = []
for package in {packages!r}:
    pkg = importlib.import_module(package)
    imported.append(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
for name in {extra!r}:
    importlib.import_module(name)
    imported.append(name)
print(json.dumps({{"imported": imported, "loaded": sorted(sys.modules)}}))
"""


def _probe(packages: list[str], extra: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    code = _PROBE.format(packages=list(packages), extra=list(extra))
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.splitlines()[-1])
    return out["imported"], out["loaded"]


def _top(names: list[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


def test_db_domain_and_services_do_not_load_qt() -> None:
    imported, loaded = _probe(["db", "desktop.domain", "desktop.services"], ("desktop.cli",))
    # The walk really found the modules (so the check below cannot pass vacuously).
    for name in (
        "db.connection",
        "db.repositories.cases",
        "desktop.domain.cases",
        "desktop.services.case_service",
        "desktop.services.demo",
    ):
        assert name in imported
    assert "PySide6" not in loaded
    assert not _top(loaded) & {"PySide6", "shiboken6"}
    assert not [n for n in loaded if n.startswith("desktop.ui")]


def test_the_domain_needs_no_storage() -> None:
    imported, loaded = _probe(["desktop.domain"])
    assert "desktop.domain.cases" in imported
    forbidden = {"db", "sqlite3", "sqlite_utils", "openpyxl", "desktop.services"}
    assert forbidden.isdisjoint(loaded)
    assert not _top(loaded) & {"PySide6", "shiboken6"}


def test_the_probe_does_see_qt_when_it_is_imported() -> None:
    """Guards the guard: a Qt import in the probe does show up."""
    _, loaded = _probe([], ("PySide6.QtCore",))
    assert "PySide6" in _top(loaded)
