"""Ministry workbook benchmark on the large demo (100,000 cases), against xlsxwriter.

    .venv/bin/pip install xlsxwriter     # the baseline only; not an AEO Desk dependency
    .venv/bin/python bench/bench_ministry.py [--db PATH] [--runs 3] [--write]

Target (issue 5): the workbook in at most 1.5x the time xlsxwriter's ``constant_memory`` mode
takes to write the same cells, measured in the same run, with peak memory under 300 MB.

"The same cells" is exact: both writers take the one :func:`workbook_layout` (every value,
number format, style, width, frozen pane, autofilter and chart of the file) and write it with
the same atomic steps (``.tmp``, fsync, ``os.replace``). Two comparisons are printed:

* **the workbook**: what a user waits for, figures counted in SQL plus the file, against the
  same SQL plus xlsxwriter writing the same cells (the baseline needs the numbers too);
* **writing alone**: openpyxl ``write_only`` against xlsxwriter ``constant_memory``, from the
  same figures.

Medians of ``--runs`` runs (``--write-runs`` for writing alone), ours and the baseline in
turns, after one warm-up each. Peak memory is the resident set high-water mark
(``ru_maxrss``) of a fresh process that counts and writes the workbook once.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / ".demo" / "aeo-large.sqlite"
MAX_RATIO = 1.5
MAX_PEAK_MB = 300.0

MEMORY_PROBE = """
import resource, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from desktop.services import ministry_report as mr
from desktop.services.database import connect_worker
db = connect_worker(Path(sys.argv[2]))
f = mr.figures(db, date.fromisoformat(sys.argv[3]), date.fromisoformat(sys.argv[4]))
mr.write_ministry_workbook(f, Path(sys.argv[5]), unit="Bench", made_by="bench", app_version="0")
db.close()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


# --- the baseline: the same layout, written with xlsxwriter -----------------------------------


def write_with_xlsxwriter(layout: Sequence[Any], path: Path) -> None:
    """Every cell, format, width, pane, filter and chart of ``layout`` with xlsxwriter's
    ``constant_memory`` mode, atomically (as the app writes)."""
    import xlsxwriter

    from desktop.services.ministry_report import NUMBER_FORMATS, safe_text

    tmp = path.with_name(path.name + ".tmp")
    wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
    cache: dict[tuple[Any, ...], Any] = {}

    def fmt(**props: Any) -> Any:
        key = tuple(sorted(props.items()))
        if key not in cache:
            cache[key] = wb.add_format(props)
        return cache[key]

    title = fmt(bold=True, font_size=14)
    table_title = fmt(bold=True, font_size=12)
    note = fmt(italic=True, font_color="#555555")
    header = fmt(bold=True, bg_color="#DDE4EE", text_wrap=True, valign="top")

    def put(ws: Any, r: int, c: int, value: Any, kind: str, bold: bool) -> None:
        if value is None or value == "":
            return
        extra = {"bold": True} if bold else {}
        if isinstance(value, str):
            text = safe_text(value)
            if text.startswith(("=", "+", "-", "@")):
                ws.write_string(r, c, text, fmt(quote_prefix=True, **extra))
            else:
                ws.write_string(r, c, text, fmt(**extra) if extra else None)
        elif isinstance(value, datetime):
            ws.write_datetime(
                r, c, value.replace(tzinfo=None), fmt(num_format=NUMBER_FORMATS["datetime"])
            )
        elif isinstance(value, date):
            ws.write_datetime(
                r,
                c,
                datetime(value.year, value.month, value.day),
                fmt(num_format=NUMBER_FORMATS["date"]),
            )
        else:
            number_format = NUMBER_FORMATS.get(kind)
            if number_format is None and isinstance(value, int):
                number_format = NUMBER_FORMATS["int"]
            ws.write_number(r, c, value, fmt(num_format=number_format, **extra))

    for sheet in layout:
        ws = wb.add_worksheet(sheet.name)
        for i, width in enumerate(sheet.widths):
            ws.set_column(i, i, width)
        if sheet.freeze:
            first = int(sheet.freeze[1:])
            ws.freeze_panes(first - 1, 1)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        if sheet.filter_table is not None:
            t = sheet.tables[sheet.filter_table]
            last = max(t.last_data_row, t.header_row + 1)
            ws.autofilter(t.header_row - 1, 0, last - 1, len(t.columns) - 1)
        ws.write_string(0, 0, sheet.title, title)
        for i, text in enumerate(sheet.notes, 1):
            ws.write_string(i, 0, text, note)
        for t in sheet.tables:
            ws.write_string(t.header_row - 2, 0, t.title, table_title)
            lines = max(
                -(-int(1.25 * len(c.header)) // max(int(sheet.widths[i]) - 2, 4))
                for i, c in enumerate(t.columns)
            )
            if lines > 1:
                ws.set_row(t.header_row - 1, 15 * min(lines, 4))
            for c, col in enumerate(t.columns):
                ws.write_string(t.header_row - 1, c, col.header, header)
            first_total = len(t.rows) - t.total_rows
            for i, values in enumerate(t.rows):
                r = t.first_row - 1 + i
                for c, (value, col) in enumerate(zip(values, t.columns, strict=True)):
                    put(ws, r, c, value, col.kind, i >= first_total)
        for spec in sheet.charts:
            t = sheet.tables[spec.table]
            chart = wb.add_chart(
                {
                    "type": "bar" if spec.horizontal else "column",
                    **({"subtype": "stacked"} if spec.stacked else {}),
                }
            )
            for col in spec.series:
                chart.add_series(
                    {
                        "name": [sheet.name, t.header_row - 1, col - 1],
                        "categories": [
                            sheet.name,
                            t.first_row - 1,
                            spec.categories - 1,
                            t.last_data_row - 1,
                            spec.categories - 1,
                        ],
                        "values": [
                            sheet.name,
                            t.first_row - 1,
                            col - 1,
                            t.last_data_row - 1,
                            col - 1,
                        ],
                    }
                )
            chart.set_title({"name": spec.title})
            axis: dict[str, Any] = {"name": spec.y_title} if spec.y_title else {}
            if spec.percent:
                axis.update(num_format="0%", min=0, max=1)
            chart.set_y_axis(axis)
            if len(spec.series) == 1:
                chart.set_legend({"none": True})
            chart.set_size({"width": 756, "height": 283})  # 20 x 7.5 cm, as openpyxl
            ws.insert_chart(spec.anchor, chart)
    wb.close()
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# --- measuring ---------------------------------------------------------------------------------


def _medians(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[float, float]:
    """Medians of ``a`` and ``b``, run in turns (a, b, a, b, ...) after one warm-up each, so
    that a busy machine slows both alike."""
    a()
    b()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((a, times[0]), (b, times[1])):
            t = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t)
    return statistics.median(times[0]), statistics.median(times[1])


def _peak_mb(db: Path, fr: date, to: date, out: Path) -> float:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MEMORY_PROBE), str(ROOT), str(db),
         fr.isoformat(), to.isoformat(), str(out)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    kib = int(result.stdout.strip().splitlines()[-1])  # Linux: KiB
    return kib / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=3, help="runs of the whole workbook")
    parser.add_argument(
        "--write-runs", type=int, default=15, help="runs of writing alone (it is quick)"
    )
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    try:
        import xlsxwriter
    except ImportError:
        print("the baseline needs xlsxwriter: .venv/bin/pip install xlsxwriter", file=sys.stderr)
        return 2
    from desktop.services import clock
    from desktop.services import ministry_report as mr
    from desktop.services.database import connect_worker
    from desktop.services.demo import create_demo_file

    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        print(f"building the large demo at {args.db} (about a minute)…", flush=True)
        t = time.perf_counter()
        create_demo_file(args.db, scale="large", seed=1)
        print(f"  built in {time.perf_counter() - t:.1f} s", flush=True)

    # The demo's timelines end on the day it was built: periods end there at the latest.
    db = connect_worker(args.db)
    last_day = date.fromisoformat(
        db.conn.execute("SELECT max(received_on) FROM cases").fetchone()[0]
    )
    n_cases = db.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    n_events = db.conn.execute("SELECT count(*) FROM case_events").fetchone()[0]
    today = min(clock.today(), last_day)
    periods = {
        "last quarter (states replayed from the timelines)": mr.last_quarter(today),
        "12 months to today (current states)": (today - timedelta(days=364), today),
    }
    out_dir = Path(tempfile.mkdtemp(prefix="bench-ministry-"))
    ours_path, base_path = out_dir / "ours.xlsx", out_dir / "xlsxwriter.xlsx"

    rows: list[tuple[str, float, str, float, float | None]] = []
    cells = 0
    made_at = clock.now().astimezone()
    for label, (fr, to) in periods.items():
        figures = mr.figures(db, fr, to)

        def layout(f: mr.MinistryFigures = figures) -> tuple[mr.SheetLayout, ...]:
            return mr.workbook_layout(
                f, unit="Bench", made_by="bench", app_version="0", made_at=made_at
            )

        def ours_all(fr: date = fr, to: date = to) -> None:
            f = mr.figures(db, fr, to)
            mr.write_ministry_workbook(f, ours_path, unit="Bench", made_by="bench", app_version="0")

        def base_all(fr: date = fr, to: date = to) -> None:
            f = mr.figures(db, fr, to)
            write_with_xlsxwriter(
                mr.workbook_layout(
                    f, unit="Bench", made_by="bench", app_version="0", made_at=made_at
                ),
                base_path,
            )

        def ours_write(f: mr.MinistryFigures = figures) -> None:
            mr.write_ministry_workbook(f, ours_path, unit="Bench", made_by="bench", app_version="0")

        def base_write() -> None:
            write_with_xlsxwriter(layout(), base_path)

        a, b = _medians(ours_all, base_all, args.runs)
        rows.append(
            (f"Workbook, {label}: figures + file", a, "same SQL + xlsxwriter", b, MAX_RATIO)
        )
        a, b = _medians(ours_write, base_write, max(args.runs, args.write_runs))
        rows.append((f"Writing alone, {label}", a, "xlsxwriter constant_memory", b, MAX_RATIO))
        sql, _ = _medians(lambda fr=fr, to=to: mr.figures(db, fr, to), lambda: None, args.runs)
        rows.append((f"Figures alone (SQL), {label}", sql, "", 0.0, None))
        cells = sum(
            len(t.rows) * len(t.columns) + len(t.columns) + 1 for s in layout() for t in s.tables
        )
    fr, to = periods["last quarter (states replayed from the timelines)"]
    peak = _peak_mb(args.db, fr, to, out_dir / "probe.xlsx")
    db.close()

    lines = [
        f"Database: {n_cases:,} cases, {n_events:,} case events (large demo). "
        f"Python {platform.python_version()}, xlsxwriter {xlsxwriter.__version__}, "
        f"{os.cpu_count()} cores. Medians of {args.runs} runs ({max(args.runs, args.write_runs)} "
        "for writing alone), ours and the baseline in turns, after a warm-up. "
        f"About {cells:,} cells on 8 sheets, with native charts.",
        "",
        "| measurement | AEO Desk | baseline | baseline time | ratio | target | ok |",
        "|---|---:|---|---:|---:|---|---|",
    ]
    ok_all = True
    for label, ours_t, base_label, base_t, max_ratio in rows:
        if max_ratio is None:
            lines.append(f"| {label} | {ours_t * 1000:.0f} ms | | | | | |")
            continue
        ratio = ours_t / base_t if base_t else float("inf")
        ok = ratio <= max_ratio
        if label.startswith("Workbook"):
            ok_all &= ok
        lines.append(
            f"| {label} | {ours_t * 1000:.0f} ms | {base_label} | {base_t * 1000:.0f} ms | "
            f"{ratio:.2f}x | <= {max_ratio}x | {'yes' if ok else 'NO'} |"
        )
    peak_ok = peak < MAX_PEAK_MB
    ok_all &= peak_ok
    lines.append(
        f"| Peak memory (resident, fresh process), last quarter | {peak:.0f} MB | | | | "
        f"< {MAX_PEAK_MB:.0f} MB | {'yes' if peak_ok else 'NO'} |"
    )
    report = "\n".join(lines)
    print(report)
    if args.write:
        out = ROOT / "docs" / "benchmarks.md"
        text = out.read_text() if out.exists() else ""
        marker = "<!-- bench_ministry -->"
        day = time.strftime("%Y-%m-%d")
        section = (
            f"{marker}\n## Ministry workbook (issue 5)\n\n"
            f"`bench/bench_ministry.py` on {day}:\n\n{report}\n{marker}"
        )
        if marker in text:
            head, _, rest = text.partition(marker)
            _, _, tail = rest.partition(marker)
            text = head + section + tail
        else:
            text = (text or "# Benchmarks\n\n") + "\n" + section + "\n"
        out.write_text(text)
        print(f"written to {out}")
    for p in out_dir.iterdir():
        p.unlink()
    out_dir.rmdir()
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
