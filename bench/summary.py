"""The numbers on the box: one table, at the top of docs/benchmarks.md, of every figure that
has a target, gathered from the sections the benchmarks wrote (``make bench`` runs it last).

    .venv/bin/python bench/summary.py [--check]

Each row keeps the baseline it was measured against in the same run; the sections below the
table say how, and on what machine.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
START, END = "<!-- summary -->", "<!-- /summary -->"
_SECTION = re.compile(r"<!-- (bench_\w+) -->\n## (.+?)\n(.*?)<!-- \1 -->", re.S)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def rows(text: str) -> list[list[str]]:
    """(area, measurement, ours, baseline, baseline time, ratio, target, ok) per row with a
    target, section by section."""
    out = []
    for _name, title, body in _SECTION.findall(text):
        header: list[str] | None = None
        for line in body.splitlines():
            if not line.startswith("|"):
                header = None
                continue
            cells = _cells(line)
            if header is None:
                header = [c.lower() for c in cells]
                continue
            if set(line) <= set("|-: "):
                continue
            row = dict(zip(header, cells, strict=False))
            if not row.get("target"):
                continue
            ours = cells[1] if len(cells) > 1 else ""
            base, base_time = row.get("baseline", ""), row.get("baseline time", "")
            named = [h for h in header if h.startswith("baseline (")]
            if named and not base:  # "baseline (same rows to CSV)": the label is the header's
                base, base_time = named[0][len("baseline (") : -1], row[named[0]]
            out.append(
                [
                    title,
                    row.get("measurement", cells[0]),
                    ours,
                    base,
                    base_time,
                    row.get("ratio", ""),
                    row.get("target", ""),
                    row.get("ok", ""),
                ]
            )
    return out


def table(found: list[list[str]]) -> str:
    head = "| area | measurement | AEO Desk | baseline | baseline time | ratio | target | ok |"
    lines = [head, "|---|---|---:|---|---:|---:|---|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in found]
    met = sum(r[7].lower() == "yes" for r in found)
    missed = sum(r[7].lower() == "no" for r in found)
    return (
        "## Results at a glance\n\n"
        f"Every figure with a target ({met} met, {missed} missed), each beside the baseline it "
        "was measured against in the same run. `make bench` runs every benchmark and then this "
        "table (`bench/summary.py`); the sections below give the machine, the method and the "
        "breakdowns.\n\n" + "\n".join(lines) + "\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the table; write nothing")
    args = parser.parse_args()
    text = DOC.read_text(encoding="utf-8")
    block = f"{START}\n{table(rows(text))}{END}"
    if args.check:
        print(block)
        return 0
    if START in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _m: block, text, flags=re.S)
    else:
        first = text.index("<!-- bench_")
        text = text[:first] + block + "\n\n" + text[first:]
    DOC.write_text(text, encoding="utf-8")
    print(f"summary written to {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
