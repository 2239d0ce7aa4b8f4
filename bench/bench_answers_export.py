"""Export 1,000,000 checklist answers in bounded memory (issue 5).

    .venv/bin/python bench/bench_answers_export.py [--answers 1000000] [--write]

Builds a throw-away database (a small demo, then bulk answers on generated audits) unless it
exists, then exports every answer through the same path as ``aeo-desk export answers`` in a
fresh process and reports time and peak resident memory. Baseline in the same run: the same
rows read from SQLite and written as CSV by the standard library (the floor for any streaming
export).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB = ROOT / ".demo" / "aeo-answers.sqlite"
CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop.services.database import open_database
from desktop.services import list_exports
db = open_database(Path(sys.argv[1]))
t = time.perf_counter()
n = list_exports.KINDS["answers"](db, Path(sys.argv[2]))
took = time.perf_counter() - t
print(json.dumps({"rows": n, "seconds": took,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
CSV_CHILD = """
import csv, json, resource, sqlite3, sys, time
t = time.perf_counter()
c = sqlite3.connect(sys.argv[1])
cur = c.execute(sys.argv[3])
with open(sys.argv[2], "w", newline="") as fh:
    w = csv.writer(fh)
    n = 0
    while rows := cur.fetchmany(5000):
        w.writerows(rows)
        n += len(rows)
print(json.dumps({"rows": n, "seconds": time.perf_counter() - t,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build(path: Path, answers: int) -> None:
    sys.path.insert(0, str(ROOT))
    from desktop.services.demo import create_demo_file

    create_demo_file(path, scale="small", seed=3)
    c = sqlite3.connect(path)
    audit = c.execute("SELECT * FROM audits LIMIT 1").fetchone()
    cols = [d[0] for d in c.execute("SELECT * FROM audits LIMIT 1").description]
    base = dict(zip(cols, audit, strict=True))
    items = [
        r[0]
        for r in c.execute(
            "SELECT id FROM checklist_items WHERE template_id = ?", [base["template_id"]]
        )
    ]
    per = len(items)
    n_audits = answers // per + 1
    rng = random.Random(1)
    results = ["met"] * 8 + ["partially_met", "not_met", "not_applicable"]
    with c:
        start = c.execute("SELECT max(id) FROM audits").fetchone()[0] + 1
        c.executemany(
            "INSERT INTO audits (id, uuid, reference, case_id, template_id, programme_code, "
            "is_msme_track, status, planned_start, planned_end, sites, lead_validator_id, team, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'in_progress', ?, ?, '[]', ?, "
            "'[]', ?, ?)",
            [
                (
                    start + k,
                    f"bench-{k}",
                    f"AUD-2099-{k:06d}",
                    base["case_id"],
                    base["template_id"],
                    base["programme_code"],
                    base["is_msme_track"],
                    base["planned_start"],
                    base["planned_end"],
                    base["lead_validator_id"],
                    base["created_at"],
                    base["created_at"],
                )
                for k in range(n_audits)
            ],
        )

        def rows():
            made = 0
            for k in range(n_audits):
                for item in items:
                    if made >= answers:
                        return
                    r = rng.choice(results)
                    sev = "minor" if r in ("partially_met", "not_met") else None
                    yield (
                        f"b{made}",
                        start + k,
                        item,
                        r,
                        sev,
                        "Checked on site.",
                        "2026-05-01T10:00:00Z",
                        "Bench",
                    )
                    made += 1

        c.executemany(
            "INSERT INTO audit_answers (uuid, audit_id, item_id, result, severity, note, "
            "answered_at, answered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )
    c.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if not DB.exists():
        DB.parent.mkdir(exist_ok=True)
        t = time.perf_counter()
        build(DB, args.answers)
        print(f"built {DB} in {time.perf_counter() - t:.1f} s", flush=True)
    out = DB.with_name("answers.xlsx")
    ours = json.loads(
        subprocess.run(
            [sys.executable, "-c", CHILD, str(DB), str(out)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
    )
    sql = (
        "SELECT a.reference, c.reference, o.name, i.code, i.requirement, aa.result, "
        "aa.severity, aa.note, aa.answered_at, aa.answered_by FROM audit_answers aa "
        "JOIN audits a ON a.id = aa.audit_id JOIN checklist_items i ON i.id = aa.item_id "
        "JOIN cases c ON c.id = a.case_id JOIN operators o ON o.id = c.operator_id "
        "ORDER BY aa.audit_id, i.section_id, i.position"
    )
    base = json.loads(
        subprocess.run(
            [sys.executable, "-c", CSV_CHILD, str(DB), str(DB.with_name("answers.csv")), sql],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    ok = ours["peak_mb"] < 300
    lines = [
        f"{ours['rows']:,} checklist answers; fresh process each; peak = max resident set.",
        "",
        "| measurement | AEO Desk (.xlsx, write_only) | baseline (same rows to CSV) | ratio | "
        "target | ok |",
        "|---|---:|---:|---:|---|---|",
        f"| time | {ours['seconds']:.1f} s | {base['seconds']:.1f} s | "
        f"{ours['seconds'] / base['seconds']:.1f}x | bounded memory | |",
        f"| peak memory | {ours['peak_mb']:.0f} MB | {base['peak_mb']:.0f} MB | "
        f"{ours['peak_mb'] / base['peak_mb']:.1f}x | < 300 MB | {'yes' if ok else 'NO'} |",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        doc = ROOT / "docs" / "benchmarks.md"
        text = doc.read_text()
        marker = "<!-- bench_answers_export -->"
        section = (
            f"{marker}\n## Exporting 1,000,000 checklist answers\n\n"
            f"`bench/bench_answers_export.py` on {time.strftime('%Y-%m-%d')}:\n\n"
            f"{report}\n{marker}"
        )
        if marker in text:
            head, _, rest = text.partition(marker)
            text = head + section + rest.partition(marker)[2]
        else:
            text = text.rstrip() + "\n\n" + section + "\n"
        doc.write_text(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
