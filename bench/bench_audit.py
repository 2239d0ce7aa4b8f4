"""Site audit benchmark: the cost of committing one answer, and of opening a large audit.

    .venv/bin/python bench/bench_audit.py [--dir DIR] [--answers 200] [--runs 15] [--write]

(a) One answer through ``audit_service.answer`` (validation, finding kept in step, audit row
    updated, committed with ``synchronous=FULL``), beside a baseline measured in the same run
    and the same folder: a bare ``sqlite3`` connection with the same pragmas (WAL,
    ``synchronous=FULL``) upserting one row into a table with the same columns and committing.
    Runs alternate between the two, so that disk noise hits both. Median of ``--answers``
    answers; target <= 2x the baseline.
(b) Opening an audit of 120 items (generated template, every item in scope for its
    programme) with 200 PNG attachments of about 50 KB each, added through
    ``audit_service.add_evidence``: ``audit_service.checklist()`` and, where the checklist
    widget exists, building it and opening the audit in it. Median of ``--runs``; target
    <= 300 ms.

Medians because the machines are noisy. Everything is built in a fresh temporary folder.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import sqlite3
import statistics
import struct
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- bench_audit -->"
ITEMS = 120
ATTACHMENTS = 200
PNG_SIDE = 128  # 128 x 128 RGB noise: about 49 KB once deflated (noise does not compress)

BASELINE_TABLE = """
CREATE TABLE audit_answers (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    audit_id INTEGER NOT NULL,
    item_id INTEGER NOT NULL,
    result TEXT NOT NULL,
    severity TEXT,
    note TEXT NOT NULL DEFAULT '',
    answered_at TEXT NOT NULL,
    answered_by TEXT NOT NULL,
    UNIQUE (audit_id, item_id)
) STRICT
"""
BASELINE_UPSERT = (
    "INSERT INTO audit_answers (uuid, audit_id, item_id, result, severity, note, answered_at, "
    "answered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (audit_id, item_id) DO UPDATE "
    "SET result = excluded.result, severity = excluded.severity, note = excluded.note, "
    "answered_at = excluded.answered_at, answered_by = excluded.answered_by"
)


def png(rnd: random.Random, side: int = PNG_SIDE) -> bytes:
    """A valid RGB PNG of random pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + rnd.randbytes(side * 3) for _ in range(side))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def template_json(items: int) -> dict[str, Any]:
    """``items`` items in 12 sections (three with a subsection), all in scope for AEOF."""
    sections: list[dict[str, Any]] = []
    per = items // 12
    n = 0
    for s in range(1, 13):
        own = [_item(f"S{s}.{k}", n + k) for k in range(1, per + 1)]
        n += per
        section: dict[str, Any] = {"code": f"S{s}", "title": f"Criterion {s}", "items": own}
        if s % 4 == 0:  # move half of the items into a subsection
            section["sections"] = [
                {"code": f"S{s}.X", "title": f"Criterion {s}, detail", "items": own[per // 2 :]}
            ]
            section["items"] = own[: per // 2]
        sections.append(section)
    return {
        "format": "aeo-desk-checklist/1",
        "code": "BENCH-120",
        "version": "1",
        "name": "Benchmark checklist, 120 items",
        "description": "",
        "programmes": ["AEOC", "AEOS", "AEOF"],
        "msme_track": False,
        "sections": sections,
    }


def _item(code: str, n: int) -> dict[str, Any]:
    return {
        "code": code,
        "text": f"Requirement {n}: the operator has a written, applied and checked procedure.",
        "guidance": "Ask for the procedure, then for three records that show it is applied.",
        "requirement": "must" if n % 3 == 0 else "should",
        "applies_to": ["AEOC", "AEOS", "AEOF", "T2"],
        "msme_keeps": n % 2 == 0,
        "saq": f"{n // 10}.{n % 10}",
    }


def _median(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the page cache and statement cache once
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def build(folder: Path) -> tuple[Any, int, int]:
    """A database with one 120-item template, two planned audits on it (the second one with
    200 attachments). Returns (db, audit for answers, audit with attachments)."""
    import json

    from db.repositories import programmes as programme_repo
    from db.repositories import staff as staff_repo
    from desktop.domain.cases import CaseState
    from desktop.domain.operators import OperatorInput
    from desktop.services import audit_service, case_service, clock, operator_service, templates
    from desktop.services.actor import Actor
    from desktop.services.audit_service import AuditPlan
    from desktop.services.case_service import CaseInput
    from desktop.services.database import open_database

    actor = Actor(name="bench")
    db = open_database(folder / "audit-bench.sqlite")
    t = templates.read_template_text(json.dumps(template_json(ITEMS)), "bench")
    template_id, _ = templates.install(db, t, "bench")
    programme = next(p["id"] for p in programme_repo.list_programmes(db) if p["code"] == "AEOF")
    with db.atomic():
        lead = staff_repo.insert_staff(
            db,
            {
                "name": "Bench Validator",
                "email": "bench@douane.example",
                "roles": ["validator"],
                "office": "Bretagne",
                "caseload_capacity": 10.0,
                "active_from": "2020-01-01",
                "active_to": None,
                "updated_at": clock.now_iso(),
            },
        )
    audits = []
    for n in range(2):
        operator = operator_service.create_operator(
            db,
            OperatorInput(
                name=f"Bench Logistics {n} SAS",
                headcount=120,
                turnover_eur=30e6,
                balance_sheet_eur=20e6,
                sector="Logistics",
                roles=("importer",),
                region="Bretagne",
                address="1 quai du Port, 29200 Brest",
                identifiers=(("EORI", "FR", f"FR{n + 1:014d}"),),
            ),
        )
        case_id = case_service.create_case(
            db, CaseInput(operator_id=operator, programme_id=programme), actor
        )
        for target in (CaseState.ACCEPTED, CaseState.UNDER_EXAMINATION):
            case_service.transition(db, case_id, target, actor)
        start = date.today() + timedelta(days=1)
        audits.append(
            audit_service.plan_audit(
                db,
                AuditPlan(case_id, start, start, lead, sites=("Brest",), template_id=template_id),
                actor,
            )
        )
    big = audits[1]
    ids = list(audit_service.checklist(db, big).items)
    assert len(ids) == ITEMS, f"{len(ids)} items in scope, expected {ITEMS}"
    rnd = random.Random(7)
    files = folder / "evidence"
    files.mkdir()
    for n in range(ATTACHMENTS):
        path = files / f"photo-{n:03d}.png"
        path.write_bytes(png(rnd))
        audit_service.add_evidence(db, big, path, actor, item_id=ids[(n * 7) % ITEMS])
    # half of the big audit answered, as in the middle of a visit
    for n, item_id in enumerate(ids[: ITEMS // 2]):
        audit_service.answer(db, big, item_id, _result(n), actor, severity=_severity(n))
    return db, audits[0], big


def _result(n: int) -> Any:
    from desktop.domain.checklists import Result

    return (Result.MET, Result.MET, Result.NOT_APPLICABLE, Result.PARTIALLY_MET)[n % 4]


def _severity(n: int) -> Any:
    from desktop.domain.checklists import Severity

    return Severity.MINOR if _result(n).is_shortfall else None


def bench_commit(db: Any, audit_id: int, folder: Path, answers: int) -> tuple[float, float]:
    """Median seconds of one answer through the service, and of the bare sqlite3 upsert."""
    from db.repositories.common import new_uuid
    from desktop.services import audit_service, clock
    from desktop.services.actor import Actor

    actor = Actor(name="bench")
    ids = list(audit_service.checklist(db, audit_id).items)
    raw = sqlite3.connect(folder / "baseline.sqlite")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute(BASELINE_TABLE)
    raw.commit()
    ours, base = [], []
    for n in range(answers + 5):  # the first 5 warm up and are dropped
        item_id = ids[n % len(ids)]
        result = _result(n)
        t = time.perf_counter()
        audit_service.answer(
            db, audit_id, item_id, result, actor, severity=_severity(n), note=f"Note {n}"
        )
        t_ours = time.perf_counter() - t
        t = time.perf_counter()
        raw.execute(
            BASELINE_UPSERT,
            [
                new_uuid(),
                audit_id,
                item_id,
                result.value,
                None if _severity(n) is None else _severity(n).value,
                f"Note {n}",
                clock.now_iso(),
                actor.name,
            ],
        )
        raw.commit()
        t_base = time.perf_counter() - t
        if n >= 5:
            ours.append(t_ours)
            base.append(t_base)
    raw.close()
    return statistics.median(ours), statistics.median(base)


def _checklist_widget_class() -> type | None:
    """The checklist screen's class (the one with ``open_audit``), if the UI has it yet."""
    for name in ("audit_checklist_page", "audit_checklist_widget"):
        try:
            module = importlib.import_module(f"desktop.ui.widgets.{name}")
        except ImportError:
            continue
        for c in vars(module).values():
            if (
                isinstance(c, type)
                and c.__module__ == module.__name__
                and callable(getattr(c, "open_audit", None))
            ):
                return c
    return None


def checklist_widget_opener(db: Any, path: Path, folder: Path) -> tuple[Callable[[int], Any], str]:
    """A function that builds the checklist screen and opens an audit in it, and what it does
    ("" when there is no such screen)."""
    cls = _checklist_widget_class()
    if cls is None:
        return lambda _audit_id: None, ""
    from PySide6.QtWidgets import QApplication

    from desktop.services.actor import Actor
    from desktop.ui.context import AppContext
    from desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(
        db=db, path=path, settings=Settings(folder / "ui.ini"), actor=Actor(name="bench")
    )

    def open_in_widget(audit_id: int) -> Any:
        w = cls(ctx)
        w.resize(1280, 800)
        w.open_audit(audit_id)
        w.deleteLater()
        return app

    return open_in_widget, f"{cls.__name__}(ctx) + open_audit()"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp)")
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory(prefix="aeo-bench-audit-", dir=args.dir) as tmp:
        folder = Path(tmp)
        from desktop.services import audit_service

        print(f"building a {ITEMS}-item audit with {ATTACHMENTS} attachments…", flush=True)
        t = time.perf_counter()
        db, answers_audit, big_audit = build(folder)
        print(f"  built in {time.perf_counter() - t:.1f} s", flush=True)
        evidence = audit_service.checklist(db, big_audit).evidence
        mb = sum(e["size"] for e in evidence) / 1e6

        rows: list[tuple[str, float, str, float | None, str, bool]] = []
        ours, base = bench_commit(db, answers_audit, folder, args.answers)
        ratio = ours / base if base else float("inf")
        rows.append(
            (
                f"Commit one answer (median of {args.answers})",
                ours,
                "bare sqlite3 upsert + commit, same pragmas",
                base,
                "<= 2x",
                ratio <= 2.0,
            )
        )
        t_service = _median(lambda: audit_service.checklist(db, big_audit), args.runs)
        rows.append(
            (
                f"Open an audit: checklist() ({ITEMS} items, {len(evidence)} attachments)",
                t_service,
                "",
                None,
                "<= 300 ms",
                t_service <= 0.300,
            )
        )
        opener, how = checklist_widget_opener(db, folder / "audit-bench.sqlite", folder)
        if how:
            t_ui = _median(lambda: opener(big_audit), args.runs)
            rows.append(
                (
                    f"Open an audit in the checklist screen: {how}",
                    t_ui,
                    "",
                    None,
                    "<= 300 ms",
                    t_ui <= 0.300,
                )
            )
        db.close()

    lines = [
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} cores; WAL, synchronous=FULL. Attachments: {len(evidence)} PNG "
        f"files, {mb:.1f} MB in all. Medians ({args.runs} runs for opening).",
        "",
        "| measurement | AEO Desk | baseline | baseline time | ratio | target | ok |",
        "|---|---:|---|---:|---:|---|---|",
    ]
    if not how:
        lines[0] += " No checklist widget found: the screen was not measured."
    ok_all = True
    for label, t_ours, base_label, t_base, target, ok in rows:
        ok_all &= ok
        base_cell = "" if t_base is None else f"{t_base * 1000:.2f} ms"
        ratio_cell = "" if t_base is None else f"{t_ours / t_base:.2f}x"
        lines.append(
            f"| {label} | {t_ours * 1000:.2f} ms | {base_label} | {base_cell} | {ratio_cell} | "
            f"{target} | {'yes' if ok else 'NO'} |"
        )
    report = "\n".join(lines)
    print(report)
    if args.write:
        out: Path = args.out
        text = out.read_text() if out.exists() else ""
        day = time.strftime("%Y-%m-%d")
        section = (
            f"{MARKER}\n## Site audits\n\n`bench/bench_audit.py` on {day}:\n\n{report}\n{MARKER}"
        )
        if MARKER in text:
            head, _, rest = text.partition(MARKER)
            _, _, tail = rest.partition(MARKER)
            text = head + section + tail
        else:
            text = (text.rstrip("\n") + "\n\n" if text else "# Benchmarks\n\n") + section + "\n"
        out.write_text(text)
        print(f"written to {out}")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
