"""Caseload benchmark on the large demo (100,000 cases): start-up, filter, quick search.

    make bench            # or: .venv/bin/python bench/bench_caseload.py [--db PATH] [--write]

Every figure is printed beside a baseline measured in the same run, because the machines are
noisy: start-up against a bare PySide6 window (both in fresh processes, from the first line of
the script to a shown, idle window), and each query against the same SQL run directly with
sqlite3. Medians of repeated runs. Targets (issue 2): start-up <= 1.5x the bare window;
filter and search <= 50 ms median and <= 2x the direct SQL.

Start-up runs from compiled bytecode, as an installed app does (pip compiles what it installs,
PyInstaller bundles bytecode, and Python caches it on first run): the app's own modules are
compiled first, because a machine with PYTHONDONTWRITEBYTECODE set (this one) would otherwise
compile them from source on every start, which PySide6's own modules never pay.
"""

from __future__ import annotations

import argparse
import compileall
import os
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / ".demo" / "aeo-large.sqlite"

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.setWindowTitle("bare"); w.show()
def idle():
    print(f"{time.perf_counter() - t0:.6f}"); app.quit()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))
app.exec()
"""

APP = """
import time; t0 = time.perf_counter()
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.app import _application
from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
app = _application()
path = Path(sys.argv[1])
db = open_database(path)
w = MainWindow(AppContext(db=db, path=path, settings=Settings(Path(tempfile.mkdtemp()) / "ui.ini")))
w.show()
def idle():
    print(f"{time.perf_counter() - t0:.6f}"); app.quit()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))
app.exec()
"""

#: Where start-up goes, step by step in one fresh process (printed as "step seconds" lines).
BREAKDOWN = """
import sys, tempfile, time
from pathlib import Path
marks = [("start", time.perf_counter())]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
marks.append(("PySide6 imports", time.perf_counter()))
import sqlite_utils
marks.append(("sqlite-utils import (with click, dateutil, pluggy)", time.perf_counter()))
from desktop.ui.app import _application
from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
marks.append(("AEO Desk's own modules", time.perf_counter()))
app = _application()
path = Path(sys.argv[1])
db = open_database(path)
marks.append(("application + open the database", time.perf_counter()))
w = MainWindow(AppContext(db=db, path=path, settings=Settings(Path(tempfile.mkdtemp()) / "ui.ini")))
w.show()
marks.append(("build and show the window", time.perf_counter()))
def idle():
    marks.append(("first page drawn, idle", time.perf_counter()))
    for (_, a), (name, b) in zip(marks, marks[1:]):
        print(f"{name}\t{b - a:.6f}")
    app.quit()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))
app.exec()
"""


def _breakdown(db: Path, runs: int) -> list[tuple[str, float]]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    steps: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(BREAKDOWN), str(db)],
            capture_output=True, text=True, env=env, check=True, cwd=ROOT,
        )  # fmt: skip
        for line in out.stdout.strip().splitlines():
            name, _, seconds = line.rpartition("\t")
            steps.setdefault(name, []).append(float(seconds))
    return [(name, statistics.median(times)) for name, times in steps.items()]


def _median_subprocess(code: str, args: list[str], runs: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code), *args],
            capture_output=True, text=True, env=env, check=True, cwd=ROOT,
        )  # fmt: skip
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def _median(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the page cache and statement cache once
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from desktop.services.demo import create_demo_file

    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        print(f"building the large demo at {args.db} (about a minute)…", flush=True)
        t = time.perf_counter()
        create_demo_file(args.db, scale="large", seed=1)
        print(f"  built in {time.perf_counter() - t:.1f} s", flush=True)

    from PySide6.QtWidgets import QApplication

    from db.repositories.cases import LIST_COLUMNS_SQL, case_ids_sql
    from desktop.services import clock
    from desktop.services.caseload_service import CaseQuery
    from desktop.services.database import open_database
    from desktop.ui.models.case_table_model import BLOCK, CaseColumn, CaseTableModel

    app = QApplication.instance() or QApplication([])
    db = open_database(args.db)
    raw = sqlite3.connect(str(args.db))
    n_cases = raw.execute("SELECT count(*) FROM cases").fetchone()[0]
    today = clock.today().isoformat()

    rows = []
    for package in ("desktop", "db", "resources"):
        compileall.compile_dir(ROOT / package, quiet=1)
    bare = _median_subprocess(BARE, [], max(5, args.runs // 3))
    ours = _median_subprocess(APP, [str(args.db)], max(5, args.runs // 3))
    rows.append(("Start-up to an idle main window", ours, "bare PySide6 window", bare, 1.5, None))

    model = CaseTableModel(db)
    scenarios = {
        "Filter: open MSME cases, overdue, newest first": CaseQuery(
            msme_only=True, overdue_on=today, sort_key="received_on", descending=True
        ),
        "Filter: state 'under examination', by deadline": CaseQuery(
            states=("under_examination",), sort_key="next_deadline", descending=False
        ),
        "Filter: one validator's open cases": CaseQuery(validator_id=20, open_only=True),
        "Quick search: operator name prefix 'atla'": CaseQuery(search="atla"),
        "Quick search: case reference": CaseQuery(search="AEO-2026-00042"),
        "Quick search: EORI prefix 'FR1004'": CaseQuery(search="FR1004"),
    }

    def first_page_via_model(q: CaseQuery) -> None:
        model.set_query(q)
        for r in range(min(BLOCK, model.rowCount())):
            model.data(model.index(r, CaseColumn.OPERATOR))

    def first_page_direct(q: CaseQuery) -> None:
        sql, params = case_ids_sql(q)
        ids = [r[0] for r in raw.execute(sql, params).fetchall()]
        page = ids[:BLOCK]
        raw.execute(
            LIST_COLUMNS_SQL + " WHERE c.id IN (SELECT value FROM json_each(?))",
            [str(page)],
        ).fetchall()

    for label, q in scenarios.items():
        q = replace(q)
        ours_t = _median(lambda q=q: first_page_via_model(q), args.runs)
        direct = _median(lambda q=q: first_page_direct(q), args.runs)
        model.set_query(q)
        rows.append((label, ours_t, "same SQL via sqlite3", direct, 2.0, model.rowCount()))

    lines = [
        f"Database: {n_cases:,} cases (large demo). Python {sys.version.split()[0]}, "
        f"Qt platform {app.platformName()}, {os.cpu_count()} cores. "
        f"Medians of {args.runs} runs (start-up: {max(5, args.runs // 3)} fresh processes).",
        "",
        "| measurement | AEO Desk | baseline | baseline time | ratio | target | rows | ok |",
        "|---|---:|---|---:|---:|---|---:|---|",
    ]
    ok_all = True
    for label, ours_t, base_label, base_t, max_ratio, count in rows:
        ratio = ours_t / base_t if base_t else float("inf")
        ok = ratio <= max_ratio and (count is None or ours_t <= 0.050)
        ok_all &= ok
        target = f"<= {max_ratio}x" + ("" if count is None else ", <= 50 ms")
        lines.append(
            f"| {label} | {ours_t * 1000:.1f} ms | {base_label} | {base_t * 1000:.1f} ms | "
            f"{ratio:.2f}x | {target} | {'' if count is None else f'{count:,}'} | "
            f"{'yes' if ok else 'NO'} |"
        )
    steps = _breakdown(args.db, max(5, args.runs // 3))
    lines += [
        "",
        "Where start-up goes (medians of fresh processes, same run; the bare window pays the "
        "PySide6 imports too):",
        "",
        "| step | time |",
        "|---|---:|",
        *(f"| {name} | {seconds * 1000:.0f} ms |" for name, seconds in steps),
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        out = ROOT / "docs" / "benchmarks.md"
        text = out.read_text() if out.exists() else ""
        marker = "<!-- bench_caseload -->"
        day = time.strftime("%Y-%m-%d")
        section = f"{marker}\n## Caseload (issue 2)\n\n`make bench` on {day}:\n\n{report}\n{marker}"
        if marker in text:
            head, _, rest = text.partition(marker)
            _, _, tail = rest.partition(marker)
            text = head + section + tail
        else:
            text = (text or "# Benchmarks\n\n") + section + "\n"
        out.write_text(text)
        print(f"written to {out}")
    db.close()
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
