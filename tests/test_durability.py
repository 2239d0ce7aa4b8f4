"""Durability: every edit a service call has returned survives a SIGKILL.

A child process opens a copy of the small demo and makes seeded random edits of every kind
through the services the UI calls (create a case, move it, assign it, extend its decision
period; create and rename operators; answer audit items; log a contact; assign a contact
officer; record a training). Before each call it prints ``TRY <kind> <json>`` and, once the
call has returned, ``ACK <kind> <json of what must now be true>``. The parent kills the child
with SIGKILL at a random moment, reopens the file and checks: ``integrity_check`` is ``ok``,
``foreign_key_check`` is empty, and every acknowledged write is there exactly as acknowledged.
The one call that was running when the kill landed (a ``TRY`` with no answer) may or may not
have committed; for what it touches, either value is accepted.

10 seeded trials run by default; ``AEO_DESK_SLOW=1`` (``make slow``) also runs 100.
See docs/durability.md.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from desktop.services.database import open_database

ROOT = Path(__file__).resolve().parent.parent
LINE = re.compile(r"(TRY|ACK|NO) ([a-z_]+) (\{.*\})\n")
KINDS = (
    "create_case",
    "transition",
    "assign_case",
    "extend",
    "create_operator",
    "update_operator",
    "answer",
    "log_contact",
    "assign_contact",
    "training",
)
#: How many calls a child makes if nobody kills it first.
OPS = 400

CHILD = """
import json
import random
import sys
from datetime import timedelta

root, path, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[:0] = [root, root + "/tests"]

from helpers.clock import FROZEN_NOW

from db.repositories import staff as staff_repo
from desktop.domain import checklists as cl
from desktop.domain.cases import CaseState, legal_next
from desktop.domain.contacts import CONTACT_OFFICER_ROLE, Channel
from desktop.domain.errors import DomainError
from desktop.domain.operators import OperatorInput
from desktop.services import (
    audit_service, case_service, clock, contact_service, operator_service, training_service,
)
from desktop.services.actor import Actor
from desktop.services.database import open_database

clock.set_clock(lambda: FROZEN_NOW)  # the demo's "today"
db = open_database(path)
rnd = random.Random(seed)
actor = Actor(name="crash child")
today = clock.today()


def ids(sql, params=()):
    return [r[0] for r in db.execute(sql, params).fetchall()]


operators = ids("SELECT id FROM operators")
programmes = ids("SELECT id FROM programmes")
cases = ids("SELECT id FROM cases")
staff = [r["id"] for r in staff_repo.list_staff(db, active_on=today.isoformat())]
validators = [r["id"] for r in staff_repo.list_staff(db, role="validator",
                                                     active_on=today.isoformat())]
officers = [r["id"] for r in staff_repo.list_staff(db, role=CONTACT_OFFICER_ROLE,
                                                   active_on=today.isoformat())]
courses = ids("SELECT id FROM courses")
items = {
    a: audit_service.checklist(db, a).ordered_ids()
    for a in ids("SELECT id FROM audits WHERE status IN ('planned', 'in_progress')")
}
items = {a: i for a, i in items.items() if i}


class Skip(Exception):
    pass


def one(sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def create_case(step):
    op, prog = rnd.choice(operators), rnd.choice(programmes)
    data = case_service.CaseInput(op, prog, summary=f"crash {seed}-{step}")

    def call():
        case_id = case_service.create_case(db, data, actor)
        cases.append(case_id)
        return {"case_id": case_id, "reference": one("SELECT reference FROM cases WHERE id = ?",
                                                     [case_id])}

    return {"operator_id": op, "programme_id": prog}, call


def transition(step):
    case_id = rnd.choice(cases)
    targets = legal_next(CaseState(one("SELECT state FROM cases WHERE id = ?", [case_id])))
    if not targets:
        raise Skip
    target = rnd.choice(targets)
    return {"case_id": case_id, "state": target.value}, lambda: case_service.transition(
        db, case_id, target, actor, reason=f"crash {seed}-{step}"
    )


def assign_case(step):
    chosen = rnd.sample(cases, rnd.randint(1, 3))
    staff_id = rnd.choice([*validators, None])
    return {"case_ids": chosen, "staff_id": staff_id}, lambda: case_service.assign(
        db, chosen, staff_id, actor
    )


def extend(step):
    rows = [r for r in db.query("SELECT * FROM cases") if case_service.has_decision_period(r)]
    if not rows:
        raise Skip
    row, days = rnd.choice(rows), rnd.randint(1, 10)
    intent = {"case_id": row["id"], "extension_days": row["extension_days"] + days}
    return intent, lambda: case_service.extend_decision_period(
        db, row["id"], days, f"crash {seed}-{step}", actor
    )


def create_operator(step):
    name = f"Crash operator {seed}-{step}"

    def call():
        operator_id = operator_service.create_operator(
            db, OperatorInput(name, rnd.randint(1, 900), sector="Testing")
        )
        operators.append(operator_id)
        return {"operator_id": operator_id}

    return {"name": name}, call


def update_operator(step):
    row = operator_service.get_operator(db, rnd.choice(operators))
    name = f"Renamed {seed}-{step}"
    data = OperatorInput(
        name, row["headcount"], row["turnover_eur"], row["balance_sheet_eur"], row["sector"],
        tuple(row["roles"]), row["region"], row["address"],
        tuple((i["scheme"], i["country"], i["value"]) for i in row["identifiers"]),
    )
    return {"operator_id": row["id"], "name": name}, lambda: operator_service.update_operator(
        db, row["id"], data
    )


def answer(step):
    if not items:
        raise Skip
    audit_id = rnd.choice(sorted(items))
    item_id = rnd.choice(items[audit_id])
    result = rnd.choice([r for r in cl.Result if r is not cl.Result.NOT_ASSESSED])
    severity = cl.Severity.MAJOR if result.is_shortfall else None
    intent = {"audit_id": audit_id, "item_id": item_id, "result": result.value}
    return intent, lambda: audit_service.answer(
        db, audit_id, item_id, result, actor, severity=severity, note=f"crash {seed}-{step}"
    )


def log_contact(step):
    op, officer = rnd.choice(operators), rnd.choice(staff)
    topic = f"Crash topic {seed}-{step}"
    on = today - timedelta(days=rnd.randint(0, 30))

    def call():
        return {"log_id": contact_service.log_contact(
            db, op, officer, on, rnd.choice(list(Channel)).value, topic, actor
        )}

    return {"operator_id": op, "officer_id": officer, "topic": topic}, call


def assign_contact(step):
    if not officers:
        raise Skip
    op, officer = rnd.choice(operators), rnd.choice(officers)
    role = rnd.choice(["primary", "backup"])

    def call():
        return {"assignment_id": contact_service.assign(db, op, officer, role, today, actor)}

    return {"operator_id": op, "officer_id": officer, "role": role}, call


def training(step):
    person, course = rnd.choice(staff), rnd.choice(courses)
    on = (today - timedelta(days=rnd.randint(0, 2000))).isoformat()
    result = rnd.choice(["passed", "failed", "attended"])

    def call():
        return {"record_id": training_service.record(db, person, course, on, result, actor)}

    return {"staff_id": person, "course_id": course, "completed_on": on, "result": result}, call


def emit(tag, kind, data):
    print(f"{tag} {kind} {json.dumps(data, sort_keys=True)}", flush=True)


KINDS = {f.__name__: f for f in (create_case, transition, assign_case, extend, create_operator,
                                 update_operator, answer, log_contact, assign_contact, training)}
print("READY", flush=True)
for step in range(int(sys.argv[4])):
    kind = rnd.choice(sorted(KINDS))
    try:
        intent, call = KINDS[kind](step)
    except Skip:
        continue
    emit("TRY", kind, intent)
    try:
        facts = call()
    except DomainError as exc:
        emit("NO", kind, {"error": str(exc)[:100]})
        continue
    emit("ACK", kind, {**intent, **(facts if isinstance(facts, dict) else {})})
print("DONE", flush=True)
"""


def _registers(kind: str, d: dict[str, Any]) -> dict[Hashable, Any]:
    """What a write of ``kind`` with facts ``d`` leaves true: key -> value.

    A later write to the same key replaces the value (last write wins); creates make keys of
    their own, known only once the call has returned.
    """
    match kind:
        case "create_case" if "case_id" in d:
            return {("case", d["case_id"]): (d["reference"], d["operator_id"], d["programme_id"])}
        case "transition":
            return {("state", d["case_id"]): d["state"]}
        case "assign_case":
            return {("validator", c): d["staff_id"] for c in d["case_ids"]}
        case "extend":
            return {("extension", d["case_id"]): d["extension_days"]}
        case "create_operator" if "operator_id" in d:
            return {("operator_name", d["operator_id"]): d["name"]}
        case "update_operator":
            return {("operator_name", d["operator_id"]): d["name"]}
        case "answer":
            return {("answer", d["audit_id"], d["item_id"]): d["result"]}
        case "log_contact" if "log_id" in d:
            return {("log", d["log_id"]): (d["operator_id"], d["officer_id"], d["topic"])}
        case "assign_contact" if "assignment_id" in d:
            return {("contact", d["assignment_id"]): (d["operator_id"], d["officer_id"], d["role"])}
        case "training" if "record_id" in d:
            return {
                ("training", d["record_id"]): (
                    d["staff_id"],
                    d["course_id"],
                    d["completed_on"],
                    d["result"],
                )
            }
    return {}


def _one(db: sqlite_utils.Database, sql: str, params: list[Any]) -> Any:
    row = db.execute(sql, params).fetchone()
    if row is None:
        return None
    return row[0] if len(row) == 1 else tuple(row)


def _stored(db: sqlite_utils.Database, key: tuple[Any, ...]) -> Any:
    what, *ids = key
    sql = {
        "case": "SELECT reference, operator_id, programme_id FROM cases WHERE id = ?",
        "state": "SELECT state FROM cases WHERE id = ?",
        "validator": "SELECT validator_id FROM cases WHERE id = ?",
        "extension": "SELECT extension_days FROM cases WHERE id = ?",
        "operator_name": "SELECT name FROM operators WHERE id = ?",
        "answer": "SELECT result FROM audit_answers WHERE audit_id = ? AND item_id = ?",
        "log": "SELECT operator_id, officer_id, topic FROM contact_log WHERE id = ?",
        "contact": "SELECT operator_id, officer_id, role FROM contact_assignments WHERE id = ?",
        "training": "SELECT staff_id, course_id, completed_on, result FROM training_records "
        "WHERE id = ?",
    }[what]
    return _one(db, sql, ids)


def _normal(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _trial(source: Path, tmp_path: Path, rnd: random.Random, n: int) -> tuple[int, set[str]]:
    """Copy the demo, run one child, kill it, check the file. Returns (ACKs, kinds ACKed)."""
    path = tmp_path / f"trial-{n}.sqlite"
    shutil.copy(source, path)
    script = tmp_path / "child.py"
    if not script.exists():
        script.write_text(textwrap.dedent(CHILD), encoding="utf-8")
    kill_after = rnd.randint(1, 60)
    delay = rnd.choice((0.0, rnd.uniform(0, 0.003), rnd.uniform(0, 0.02)))
    seed = rnd.randrange(1_000_000)
    output: list[str] = []
    with subprocess.Popen(
        [sys.executable, str(script), str(ROOT), str(path), str(seed), str(OPS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        acks = 0
        for line in child.stdout:
            output.append(line)
            acks += line.startswith("ACK ")
            if acks >= kill_after or line.startswith("DONE"):
                break
        if delay:
            time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        # read through the same buffered file: communicate() would skip what it holds
        output += child.stdout.read().splitlines(keepends=True)
        err = child.stderr.read()
    if "DONE\n" not in output:
        assert child.returncode == -signal.SIGKILL, err
    assert output and output[0] == "READY\n", err

    # a line counts once it is whole: a kill in the middle of a print is not an ACK
    parsed = [(m[1], m[2], json.loads(m[3])) for ln in output if (m := LINE.fullmatch(ln))]
    expected: dict[Hashable, Any] = {}
    for tag, kind, data in parsed:
        if tag == "ACK":
            expected.update(_registers(kind, data))
    in_flight: dict[Hashable, Any] = {}
    if parsed and parsed[-1][0] == "TRY":  # killed during this call: committed or not
        in_flight = _registers(parsed[-1][1], parsed[-1][2])

    db = open_database(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for key, value in expected.items():
            allowed = [_normal(value)]
            if key in in_flight:
                allowed.append(_normal(in_flight[key]))
            stored = _stored(db, key)  # type: ignore[arg-type]
            assert stored in allowed, (
                f"seed {seed}: {key} is {stored!r} after {acks} ACKs, expected one of {allowed}"
            )
    finally:
        db.close()
    path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return sum(tag == "ACK" for tag, _, _ in parsed), {k for t, k, _ in parsed if t == "ACK"}


def _run(demo_db_path: Path, tmp_path: Path, trials: int, seed: int) -> set[str]:
    rnd = random.Random(seed)
    counts, kinds = [], set()
    for n in range(trials):
        acked, acked_kinds = _trial(demo_db_path, tmp_path, rnd, n)
        counts.append(acked)
        kinds |= acked_kinds
    assert max(counts) > 0
    return kinds


def test_acknowledged_edits_survive_sigkill(demo_db_path: Path, tmp_path: Path) -> None:
    kinds = _run(demo_db_path, tmp_path, trials=10, seed=20260615)
    # the edits really were of every kind
    assert kinds == set(KINDS)


@pytest.mark.slow
def test_acknowledged_edits_survive_sigkill_100_times(demo_db_path: Path, tmp_path: Path) -> None:
    kinds = _run(demo_db_path, tmp_path, trials=100, seed=1)
    assert kinds == set(KINDS)
