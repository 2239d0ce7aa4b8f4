"""Field laptop check-in benchmark (issue 6): a return package with 10,000 changed answers
and 500 attachments, against a raw insert of the same rows, measured in the same run.

    .venv/bin/python bench/bench_field.py [--dir DIR] [--runs 5] [--write] [--profile]

Target (issue 6): ``field_service.check_in`` in at most 3x the time of the raw insert.

Set-up (not timed): an office database (``open_database`` on a new file) with one validator
and 24 operators, each with one case and 4 audits on the bundled full WCO SAFE checklist (105
items in scope for AEOF), all made through the services. The 24 cases are checked out to the
validator and opened on a laptop database. There every item of every audit is answered
through ``audit_service.answer`` (10,080 answers, new since the check-out) and 500 JPEG files
of 150-300 KB of random bytes are attached through ``audit_service.add_evidence``. The return
package is written with the default scrypt settings (``package_format.DEFAULT_KDF``).

Measured, each on a fresh copy of the office file (copied before the clock starts, with no
``-wal`` left over), ours and the baseline in turns, after one warm-up each:

* **check-in**: ``field_service.check_in`` end to end (read, key derivation, decrypt,
  decompress, decode, plan, apply, commit) on a connection from ``db.connection.connect``.
  The envelope caches derived keys per process, so the cache is cleared before each run.
* **baseline**: the rows the warm-up check-in wrote (read back from its copy) inserted with
  plain ``sqlite3`` on a connection with the same pragmas (WAL, ``synchronous=FULL``, foreign
  keys): one transaction, one ``UPDATE`` releasing the cases (the lock triggers refuse writes
  to checked-out cases, in both runs), ``executemany`` of the answers and of the attachments
  (with their bytes), ``executemany`` of the audit rows the answers touched, committed.

Printed beside them: the key derivation alone (cold cache, same parameters and salt), and a
breakdown of the check-in: reading + decrypting + decompressing with the keys cached,
decoding the payload, planning (``preview_checkin`` minus the two before) and applying +
committing (the rest). ``--profile`` also prints the 25 costliest calls of one check-in by
cumulative time (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- bench_field -->"
MAX_RATIO = 3.0
CASES = 24
AUDITS_PER_CASE = 4
ATTACHMENTS = 500
ATTACHMENT_KB = (150, 300)
PASSPHRASE = "bench field laptop passphrase"
SIDES = ("-wal", "-shm", "-journal")


@dataclass
class Setup:
    master: Path  # the office file, checked out, waiting for the package
    package: Path
    audits: int = 0
    answers: int = 0
    attachments: int = 0
    attachment_bytes: int = 0
    build_seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class BaselineRows:
    """What the check-in wrote, in the office's own ids, to insert again raw."""

    answer_cols: list[str]
    answers: list[tuple[Any, ...]]
    evidence_cols: list[str]
    evidence: list[tuple[Any, ...]]
    audits: list[tuple[Any, ...]]  # status, started_at, last_item_id, updated_at, id


# --- set-up -------------------------------------------------------------------------------------


def jpeg_bytes(rnd: random.Random, size: int) -> bytes:
    """A JPEG-looking file of ``size`` bytes: SOI + JFIF APP0, random bytes (a photo does not
    compress either), EOI."""
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return head + rnd.randbytes(size - len(head) - 2) + b"\xff\xd9"


def build(folder: Path) -> Setup:
    from db.repositories import programmes as programme_repo
    from db.repositories import staff as staff_repo
    from desktop.domain import checklists as cl
    from desktop.domain.cases import CaseState
    from desktop.domain.operators import OperatorInput
    from desktop.services import (
        audit_service,
        case_service,
        clock,
        field_service,
        operator_service,
        templates,
    )
    from desktop.services.actor import Actor
    from desktop.services.audit_service import AuditPlan
    from desktop.services.case_service import CaseInput
    from desktop.services.database import open_database
    from desktop.services.package_format import DEFAULT_KDF

    office_actor, field_actor = Actor(name="Bench Manager"), Actor(name="Bench Validator")
    setup = Setup(master=folder / "office.sqlite", package=folder / "return.aeopkg")
    t = time.perf_counter()
    db = open_database(setup.master)
    template_id = templates.default_for(db, "AEOF").template_id
    programme = next(p["id"] for p in programme_repo.list_programmes(db) if p["code"] == "AEOF")
    with db.atomic():
        validator = staff_repo.insert_staff(
            db,
            {
                "name": "Bench Validator",
                "email": "bench.validator@douane.example",
                "roles": ["validator"],
                "office": "Bretagne",
                "caseload_capacity": 40.0,
                "active_from": "2020-01-01",
                "active_to": None,
                "updated_at": clock.now_iso(),
            },
        )
    case_ids = []
    start = clock.today() + timedelta(days=1)
    for n in range(CASES):
        operator = operator_service.create_operator(
            db,
            OperatorInput(
                name=f"Bench Logistics {n:02d} SAS",
                headcount=120 + n,
                turnover_eur=30e6,
                balance_sheet_eur=20e6,
                sector="Logistics",
                roles=("importer", "exporter"),
                region="Bretagne",
                address=f"{n + 1} quai du Port, 29200 Brest",
                identifiers=(("EORI", "FR", f"FR{n + 1:014d}"),),
            ),
        )
        case_id = case_service.create_case(
            db,
            CaseInput(operator_id=operator, programme_id=programme, validator_id=validator),
            office_actor,
        )
        for target in (CaseState.ACCEPTED, CaseState.UNDER_EXAMINATION):
            case_service.transition(db, case_id, target, office_actor)
        for k in range(AUDITS_PER_CASE):
            day = start + timedelta(days=2 * k)
            audit_service.plan_audit(
                db,
                AuditPlan(
                    case_id,
                    day,
                    day + timedelta(days=1),
                    validator,
                    sites=(f"Site {k + 1}, Brest",),
                    template_id=template_id,
                ),
                office_actor,
            )
        case_ids.append(case_id)
    checkout = folder / "checkout.aeopkg"
    field_service.check_out(
        db,
        case_ids,
        validator_id=validator,
        laptop="LAP-BENCH-01",
        out_path=checkout,
        passphrase=PASSPHRASE,
        actor=office_actor,
        kdf=DEFAULT_KDF,
    )
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    setup.build_seconds["office + check-out"] = time.perf_counter() - t

    t = time.perf_counter()
    laptop = open_database(folder / "laptop.sqlite")
    field_service.open_package(laptop, checkout, PASSPHRASE, field_actor)
    audit_ids = [int(r[0]) for r in laptop.conn.execute("SELECT id FROM audits ORDER BY id")]
    setup.audits = len(audit_ids)
    rnd = random.Random(6)
    results = (cl.Result.MET,) * 6 + (cl.Result.NOT_APPLICABLE,)
    items_of: dict[int, list[Any]] = {}
    with laptop.atomic():  # one commit for the whole set-up: it is not what is measured
        for audit_id in audit_ids:
            items = list(audit_service.checklist(laptop, audit_id).items.values())
            items_of[audit_id] = items
            for item in items:
                result = rnd.choice(results)
                audit_service.answer(
                    laptop,
                    audit_id,
                    item.id,
                    result,
                    field_actor,
                    note=f"{item.code}: seen on site; three records sampled, all in order."
                    if result is cl.Result.MET
                    else f"{item.code}: not applicable at this site.",
                )
                setup.answers += 1
    setup.build_seconds["laptop: open + 10k answers"] = time.perf_counter() - t

    t = time.perf_counter()
    photos = folder / "photos"
    photos.mkdir()
    with laptop.atomic():
        for n in range(ATTACHMENTS):
            audit_id = audit_ids[n % len(audit_ids)]
            item = rnd.choice(items_of[audit_id])
            path = photos / f"IMG_{4000 + n:04d}.jpg"
            path.write_bytes(jpeg_bytes(rnd, rnd.randint(*ATTACHMENT_KB) * 1024))
            audit_service.add_evidence(laptop, audit_id, path, field_actor, item_id=item.id)
            setup.attachment_bytes += path.stat().st_size
            path.unlink()
            setup.attachments += 1
    photos.rmdir()
    setup.build_seconds["laptop: 500 attachments"] = time.perf_counter() - t

    t = time.perf_counter()
    field_service.return_cases(laptop, setup.package, PASSPHRASE, field_actor, kdf=DEFAULT_KDF)
    laptop.close()
    setup.build_seconds["return package"] = time.perf_counter() - t
    for side in SIDES:
        assert not Path(f"{setup.master}{side}").exists(), f"{setup.master}{side} left over"
    return setup


# --- runs ---------------------------------------------------------------------------------------


def fresh_copy(src: Path, dst: Path) -> Path:
    drop(dst)
    shutil.copyfile(src, dst)
    return dst


def drop(path: Path) -> None:
    for suffix in ("", *SIDES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def connect(path: Path) -> Any:
    from db.connection import connect as app_connect

    return app_connect(path)


def check_in_once(setup: Setup, work: Path) -> tuple[float, Any]:
    from desktop.services import field_service, package_format
    from desktop.services.actor import Actor

    db = connect(fresh_copy(setup.master, work))
    package_format._derive_keys.cache_clear()  # the envelope caches keys per process
    t = time.perf_counter()
    plan = field_service.check_in(db, setup.package, PASSPHRASE, Actor(name="Bench Manager"))
    elapsed = time.perf_counter() - t
    db.close()
    if plan.conflicts or plan.already_applied is not None:
        raise SystemExit(f"the check-in did not go in cleanly: {plan.counts}")
    return elapsed, plan


def baseline_rows(checked_in: Path) -> BaselineRows:
    """The rows a check-in wrote, read back from its copy (the office had no answers and no
    attachments before)."""
    conn = sqlite3.connect(checked_in)

    def cols(table: str) -> list[str]:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "id"]

    answer_cols, evidence_cols = cols("audit_answers"), cols("audit_evidence")
    out = BaselineRows(
        answer_cols=answer_cols,
        answers=conn.execute(
            f"SELECT {', '.join(answer_cols)} FROM audit_answers ORDER BY id"
        ).fetchall(),
        evidence_cols=evidence_cols,
        evidence=conn.execute(
            f"SELECT {', '.join(evidence_cols)} FROM audit_evidence ORDER BY id"
        ).fetchall(),
        audits=conn.execute(
            "SELECT status, started_at, last_item_id, updated_at, id FROM audits ORDER BY id"
        ).fetchall(),
    )
    conn.close()
    return out


def raw_insert_once(setup: Setup, rows: BaselineRows, work: Path) -> float:
    """The same rows into a fresh copy: one transaction of plain executemany, committed."""
    db = connect(fresh_copy(setup.master, work))
    conn: sqlite3.Connection = db.conn
    answers_sql = (
        f"INSERT INTO audit_answers ({', '.join(rows.answer_cols)}) "
        f"VALUES ({', '.join('?' * len(rows.answer_cols))})"
    )
    evidence_sql = (
        f"INSERT INTO audit_evidence ({', '.join(rows.evidence_cols)}) "
        f"VALUES ({', '.join('?' * len(rows.evidence_cols))})"
    )
    t = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute(
        "UPDATE field_checkout_cases SET released_at = ?, released_by = 'bench', "
        "release_kind = 'checkin' WHERE released_at IS NULL",
        ["2026-01-01T00:00:00+00:00"],
    )
    conn.executemany(answers_sql, rows.answers)
    conn.executemany(evidence_sql, rows.evidence)
    conn.executemany(
        "UPDATE audits SET status = ?, started_at = ?, last_item_id = ?, updated_at = ? "
        "WHERE id = ?",
        rows.audits,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t
    n = conn.execute("SELECT count(*) FROM audit_answers").fetchone()[0]
    db.close()
    assert n == len(rows.answers), (n, len(rows.answers))
    return elapsed


def pieces_once(setup: Setup, work: Path) -> dict[str, float]:
    """The parts of a check-in, timed alone: the key derivation on a cold cache, then with
    the keys cached: reading + decrypting + decompressing, decoding, and a preview (read,
    decode and plan, without writing) on a fresh copy."""
    from desktop.services import field_service, package_format

    header = package_format.read_header(setup.package)
    kdf = header.kdf
    out = {}
    package_format._derive_keys.cache_clear()
    t = time.perf_counter()
    package_format._derive_keys(PASSPHRASE, header.salt, kdf.n, kdf.r, kdf.p)
    out["kdf"] = time.perf_counter() - t
    t = time.perf_counter()
    _, payload = package_format.read_package(setup.package, PASSPHRASE)
    out["read"] = time.perf_counter() - t
    t = time.perf_counter()
    field_service.decode_payload(payload)
    out["decode"] = time.perf_counter() - t
    del payload
    db = connect(fresh_copy(setup.master, work))
    t = time.perf_counter()
    field_service.preview_checkin(db, setup.package, PASSPHRASE)
    out["preview"] = time.perf_counter() - t
    db.close()
    drop(work)
    return out


def profile_check_in(setup: Setup, work: Path, top: int = 25) -> str:
    from desktop.services import field_service, package_format
    from desktop.services.actor import Actor

    db = connect(fresh_copy(setup.master, work))
    package_format._derive_keys.cache_clear()
    prof = cProfile.Profile()
    prof.enable()
    field_service.check_in(db, setup.package, PASSPHRASE, Actor(name="Bench Manager"))
    prof.disable()
    db.close()
    drop(work)
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# --- report -------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--profile", action="store_true", help="cProfile one check-in")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import cryptography

    from desktop.services import field_service, package_format

    with tempfile.TemporaryDirectory(prefix="aeo-bench-field-", dir=args.dir) as tmp:
        folder = Path(tmp)
        print(
            f"building {CASES} cases x {AUDITS_PER_CASE} audits, every item answered on the "
            f"laptop, {ATTACHMENTS} attachments…",
            flush=True,
        )
        t = time.perf_counter()
        setup = build(folder)
        print(f"  built in {time.perf_counter() - t:.1f} s", flush=True)
        for step, s in setup.build_seconds.items():
            print(f"    {step}: {s:.1f} s")
        size = setup.package.stat().st_size
        header = package_format.read_header(setup.package)
        kdf = header.kdf

        ours_copy, base_copy, side_copy = (
            folder / "run-checkin.sqlite",
            folder / "run-raw.sqlite",
            folder / "run-preview.sqlite",
        )
        # Warm-up: one check-in, whose rows become the baseline's, then one raw insert.
        _, plan = check_in_once(setup, ours_copy)
        rows = baseline_rows(ours_copy)
        drop(ours_copy)
        raw_insert_once(setup, rows, base_copy)
        drop(base_copy)
        answers = plan.counts.get("answers", {})
        attachments = plan.counts.get("attachments", {})
        changed_answers = answers.get("added", 0) + answers.get("changed", 0)
        added_files = attachments.get("added", 0)
        print(f"  check-in plan: {field_service.describe_counts(plan.counts)}")
        if changed_answers < 10_000 or added_files != ATTACHMENTS:
            print(f"unexpected plan: {plan.counts}", file=sys.stderr)
            return 2

        times: dict[str, list[float]] = {
            k: [] for k in ("checkin", "raw", "kdf", "read", "decode", "preview")
        }
        for run in range(args.runs):
            t_ours, _ = check_in_once(setup, ours_copy)
            drop(ours_copy)
            times["checkin"].append(t_ours)
            times["raw"].append(raw_insert_once(setup, rows, base_copy))
            drop(base_copy)
            for k, v in pieces_once(setup, side_copy).items():
                times[k].append(v)
            print(
                f"  run {run + 1}/{args.runs}: check-in {t_ours:.2f} s, "
                f"raw insert {times['raw'][-1]:.2f} s",
                flush=True,
            )
        profile = profile_check_in(setup, ours_copy) if args.profile else ""

    med = {k: statistics.median(v) for k, v in times.items()}
    ratio = med["checkin"] / med["raw"]
    no_kdf = med["checkin"] - med["kdf"]
    ratio_no_kdf = no_kdf / med["raw"]
    plan_only = med["preview"] - med["read"] - med["decode"]
    apply_only = med["checkin"] - med["kdf"] - med["preview"]
    ok = ratio <= MAX_RATIO
    mb = setup.attachment_bytes / 1e6
    base_label = (
        "raw insert of the same rows: one transaction, executemany, same pragmas, committed"
    )
    lines = [
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, cryptography "
        f"{cryptography.__version__}, {os.cpu_count()} cores; WAL, synchronous=FULL. "
        f"{CASES} cases, {setup.audits} audits on the full WCO SAFE checklist; on the laptop "
        f"{changed_answers:,} answers (every item, new since the check-out) and "
        f"{added_files} JPEG attachments ({mb:.1f} MB of random bytes, "
        f"{ATTACHMENT_KB[0]}-{ATTACHMENT_KB[1]} KB each). Return package: "
        f"{size / 1e6:.1f} MB, scrypt N=2^{kdf.n.bit_length() - 1}, r={kdf.r}, p={kdf.p} "
        f"(the default). Medians of {args.runs} runs, each on a fresh copy of the office "
        "file, ours and the baseline in turns, after a warm-up.",
        "",
        "| measurement | AEO Desk | baseline | baseline time | ratio | target | ok |",
        "|---|---:|---|---:|---:|---|---|",
        f"| Check-in, end to end (read, derive keys, decrypt, decompress, plan, apply, "
        f"commit) | {med['checkin'] * 1000:.0f} ms | {base_label} | {med['raw'] * 1000:.0f} ms "
        f"| {ratio:.2f}x | <= {MAX_RATIO:g}x | {'yes' if ok else 'NO'} |",
        f"| Check-in without the key derivation | {no_kdf * 1000:.0f} ms | same | "
        f"{med['raw'] * 1000:.0f} ms | {ratio_no_kdf:.2f}x | | |",
        f"| of which: key derivation (scrypt, cold cache) | {med['kdf'] * 1000:.0f} ms | | | | | |",
        f"| of which: read + decrypt + decompress (keys cached) | {med['read'] * 1000:.0f} ms "
        "| | | | | |",
        f"| of which: decode the payload (JSON) | {med['decode'] * 1000:.0f} ms | | | | | |",
        f"| of which: plan, compare with the office (preview minus the above) | "
        f"{plan_only * 1000:.0f} ms | | | | | |",
        f"| of which: apply + commit (the rest) | {apply_only * 1000:.0f} ms | | | | | |",
        f"| Return package size | {size / 1e6:.1f} MB | | | | | |",
    ]
    report = "\n".join(lines)
    print(report)
    if profile:
        print("\ncProfile of one check-in, top 25 by cumulative time:\n")
        print(profile)
    if args.write:
        out: Path = args.out
        text = out.read_text() if out.exists() else ""
        day = time.strftime("%Y-%m-%d")
        command = " ".join(
            ["QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_field.py", *sys.argv[1:]]
        )
        section = (
            f"{MARKER}\n## Field laptops: check-in (issue 6)\n\n`{command}` on {day}:\n\n"
            f"{report}\n{MARKER}"
        )
        if MARKER in text:
            head, _, rest = text.partition(MARKER)
            _, _, tail = rest.partition(MARKER)
            text = head + section + tail
        else:
            text = (text.rstrip("\n") + "\n\n" if text else "# Benchmarks\n\n") + section + "\n"
        out.write_text(text)
        print(f"written to {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
