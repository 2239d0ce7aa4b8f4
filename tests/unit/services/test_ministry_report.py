"""The ministry workbook: every figure against the same figure computed directly in SQL (other
queries than the repository's) on the small demo, the workbook read back cell by cell, its
charts, atomic writing under injected failures, and ``aeo-desk export ministry``."""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import zipfile
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.cli import run_cli
from helpers.clock import FROZEN_NOW, FROZEN_TODAY
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer import excel as openpyxl_excel

from db.repositories import ministry as ministry_repo
from desktop.domain.deadlines import add_months
from desktop.domain.errors import DomainError, ValidationError
from desktop.services import access
from desktop.services import ministry_report as mr
from desktop.services.actor import Actor

ROOT = Path(__file__).resolve().parents[3]

#: The period most tests use: ends on the demo's "today" (no event after it: quick path).
P_FROM, P_TO = date(2025, 6, 1), FROZEN_TODAY
#: A period in the past: states at its end are replayed from the timelines.
H_FROM, H_TO = date(2025, 1, 1), date(2025, 9, 30)

AUTHORISED = ("granted", "active", "under_reassessment")
APP_KINDS = ("initial", "renewal")
APP_OPEN = (
    "received",
    "info_requested",
    "accepted",
    "under_examination",
    "audit_scheduled",
    "audit_done",
    "improvement_plan",
    "decision_pending",
)
MSME = ("micro", "small", "medium")
FORMULA_NAME = '=HYPERLINK("http://x","click")'


def q(db: sqlite_utils.Database, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    return db.conn.execute(sql, params).fetchall()


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# --- the data: the small demo, plus contacts, training and a few late or extended decisions ----


def _enrich(db: sqlite_utils.Database) -> None:
    """Add what the demo may not hold, robust to what it does hold (unique active primary)."""
    now = "2026-06-15T10:00:00Z"
    with db.atomic():
        officers = [
            r[0]
            for r in q(db, "SELECT id FROM staff WHERE roles LIKE '%contact officer%' ORDER BY id")
        ]
        ops = [r[0] for r in q(db, "SELECT id FROM operators ORDER BY id")]
        free = {
            r[0]
            for r in q(
                db,
                "SELECT id FROM operators o WHERE NOT EXISTS (SELECT 1 FROM contact_assignments a "
                "WHERE a.operator_id = o.id AND a.end_on IS NULL)",
            )
        }
        n = 0
        for i, op in enumerate(ops):
            if op not in free or i % 3 == 2:
                continue
            officer = officers[i % len(officers)]
            role = "primary" if i % 5 else "backup"
            start = "2024-03-01" if i % 2 else "2026-06-16"  # some start after the period
            # some ended before the period end
            end = "2025-12-31" if i % 7 == 0 and start < "2025" else None
            uuid = f"00000000-0000-7000-8000-{900000000000 + n:012d}"
            n += 1
            db.execute(
                "INSERT INTO contact_assignments (uuid, operator_id, officer_id, role, start_on, "
                "end_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'test')",
                [uuid, op, officer, role, start, end, now],
            )
        courses = [
            ("MIN-ETH", "Ethics", '["validator", "manager"]', 24, 1),
            ("MIN-AUD", "Audit techniques", '["validator"]', 12, 1),
            ("MIN-CON", "Advising MSMEs", '["contact officer"]', None, 1),
            ("MIN-OLD", "Retired course", '["validator"]', 12, 0),
        ]
        ids = []
        for k, (code, name, req, refresh, active) in enumerate(courses):
            db.execute(
                "INSERT INTO courses (uuid, code, name, required_for, refresh_months, is_active, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [f"00000000-0000-7000-8000-{800000000000 + k:012d}", code, name, req, refresh,
                 active, now, now],
            )  # fmt: skip
            ids.append(int(q(db, "SELECT id FROM courses WHERE code = ?", [code])[0][0]))
        staff = [r[0] for r in q(db, "SELECT id FROM staff ORDER BY id")]
        days = ("2023-01-31", "2024-06-30", "2025-03-31", "2025-11-30", "2026-05-31", "2026-06-20")
        results = ("passed", "attended", "failed")
        m = 0
        for i, person in enumerate(staff):
            for j, course in enumerate(ids):
                if (i + j) % 4 == 0:
                    continue  # never taken
                for k in range(1 + (i + j) % 3):
                    day = days[(i * 3 + j + k) % len(days)]
                    result = results[(i + j + k) % 3] if k else "passed"
                    db.execute(
                        "INSERT INTO training_records (uuid, staff_id, course_id, completed_on, "
                        "result, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 'test')",
                        [f"00000000-0000-7000-8000-{700000000000 + m:012d}", person, course, day,
                         result, now],
                    )  # fmt: skip
                    m += 1
        # Some decisions were late, some had the decision period extended.
        decided = [
            r[0]
            for r in q(
                db,
                "SELECT id FROM cases WHERE decided_on BETWEEN ? AND ? AND decision_due IS NOT "
                "NULL ORDER BY id",
                [P_FROM.isoformat(), P_TO.isoformat()],
            )
        ]
        for i, case_id in enumerate(decided[:12]):
            if i % 2:
                db.execute(
                    "UPDATE cases SET decision_due = date(decided_on, '-3 days') WHERE id = ?",
                    [case_id],
                )
            if i % 3 == 0:
                db.execute(
                    "UPDATE cases SET extension_days = 30, extension_reason = 'Site visit' "
                    "WHERE id = ?",
                    [case_id],
                )
        # A name that Excel would take for a formula.
        db.execute("UPDATE programmes SET name = ? WHERE code = 'T2'", [FORMULA_NAME])


@pytest.fixture
def rich_db(demo_db: sqlite_utils.Database) -> sqlite_utils.Database:
    _enrich(demo_db)
    return demo_db


@pytest.fixture
def figures(rich_db: sqlite_utils.Database) -> mr.MinistryFigures:
    return mr.figures(rich_db, P_FROM, P_TO)


# --- direct SQL -----------------------------------------------------------------------------


def _state_end(db: sqlite_utils.Database, to: date) -> None:
    """TEMP TABLE se: every case that existed at ``to`` with its state then (a correlated
    ORDER BY ... LIMIT 1, not the repository's GROUP BY)."""
    db.execute("DROP TABLE IF EXISTS temp.se")
    db.execute(
        """CREATE TEMP TABLE se AS
        SELECT * FROM (
            SELECT c.id, c.kind, c.programme_id, c.operator_id, c.received_on,
                   (SELECT e.to_state FROM case_events e
                    WHERE e.case_id = c.id AND e.kind IN ('created', 'transition')
                      AND e.effective_on <= ?
                    ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) AS st
            FROM cases c
        ) WHERE st IS NOT NULL""",
        [to.isoformat()],
    )


def _register(alias: str = "o") -> str:
    return (
        f"(date({alias}.created_at) <= :to OR EXISTS (SELECT 1 FROM cases x "
        f"WHERE x.operator_id = {alias}.id AND x.received_on <= :to))"
    )


def direct_operators(db: sqlite_utils.Database, to: date) -> Counter[tuple[str, str]]:
    _state_end(db, to)
    found = q(
        db,
        f"""SELECT o.size_class,
            CASE WHEN EXISTS (SELECT 1 FROM se WHERE se.operator_id = o.id
                              AND se.st IN {_in(AUTHORISED)}) THEN 'authorised'
                 WHEN EXISTS (SELECT 1 FROM se WHERE se.operator_id = o.id
                              AND se.st = 'suspended') THEN 'suspended'
                 WHEN EXISTS (SELECT 1 FROM se WHERE se.operator_id = o.id
                              AND se.kind IN {_in(APP_KINDS)} AND se.st IN {_in(APP_OPEN)})
                      THEN 'applicant'
                 ELSE 'none' END AS status,
            count(*)
        FROM operators o WHERE {_register()} GROUP BY 1, 2""",
        {"to": to.isoformat()},
    )
    return Counter({(size, status): n for size, status, n in found})


def _check_operators(f: mr.MinistryFigures, expected: Counter[tuple[str, str]]) -> None:
    rows = {r.label: r for r in f.operators}
    assert [r.label for r in f.operators] == ["Micro", "Small", "Medium", "Large", "All MSMEs",
                                              "Total"]  # fmt: skip
    statuses = ("authorised", "suspended", "applicant", "none")
    for size in ("micro", "small", "medium", "large"):
        r = rows[size.capitalize()]
        assert [getattr(r, s) for s in statuses] == [expected[size, s] for s in statuses]
        assert r.total == sum(expected[size, s] for s in statuses)
    for label, sizes in (("All MSMEs", MSME), ("Total", (*MSME, "large"))):
        r = rows[label]
        assert r.is_total
        for s in statuses:
            assert getattr(r, s) == sum(expected[z, s] for z in sizes)
    for s in (*statuses, "total"):
        col = statuses if s == "total" else (s,)
        msme = sum(expected[z, c] for z in MSME for c in col)
        everyone = sum(expected[z, c] for z in (*MSME, "large") for c in col)
        share = getattr(f.msme_share, s)
        assert share == (pytest.approx(msme / everyone) if everyone else None)


def test_operators_by_size_class_and_status(rich_db, figures) -> None:
    expected = direct_operators(rich_db, P_TO)
    assert sum(expected.values()) == 300  # the whole small demo is in the register
    assert expected[("micro", "authorised")] > 0 and expected[("small", "applicant")] > 0
    _check_operators(figures, expected)


def test_operators_at_a_past_period_end_are_replayed_from_the_timelines(rich_db) -> None:
    f = mr.figures(rich_db, H_FROM, H_TO)
    expected = direct_operators(rich_db, H_TO)
    _check_operators(f, expected)
    # Not the same as today: cases received since are not there, states have moved on.
    assert f.operators[-1].total < 300
    assert expected != direct_operators(rich_db, P_TO)


def test_the_quick_path_and_the_replay_agree_when_nothing_is_later(rich_db, monkeypatch) -> None:
    quick = mr.figures(rich_db, P_FROM, P_TO)
    monkeypatch.setattr(
        ministry_repo, "state_end_cte", lambda db, to: ministry_repo._STATE_REPLAYED
    )
    replayed = mr.figures(rich_db, P_FROM, P_TO)
    assert replayed.operators == quick.operators
    assert replayed.applications == quick.applications


def _by_code(db: sqlite_utils.Database) -> dict[int, str]:
    return {i: c for i, c in q(db, "SELECT id, code FROM programmes ORDER BY id")}


@pytest.mark.parametrize(("fr", "to"), [(P_FROM, P_TO), (H_FROM, H_TO)])
def test_applications_by_programme(rich_db, fr: date, to: date) -> None:
    f = mr.figures(rich_db, fr, to)
    p = {"fr": fr.isoformat(), "to": to.isoformat()}
    codes = _by_code(rich_db)
    exp: dict[str, Counter[str]] = defaultdict(Counter)
    for code, n in q(
        rich_db,
        f"SELECT p.code, count(*) FROM cases c JOIN programmes p ON p.id = c.programme_id "
        f"WHERE c.kind IN {_in(APP_KINDS)} AND c.received_on >= :fr AND c.received_on <= :to "
        "GROUP BY p.code",
        p,
    ):
        exp[code]["received"] = n
    for code, state, n in q(
        rich_db,
        f"""SELECT p.code, e.to_state, count(DISTINCT e.case_id)
        FROM case_events e JOIN cases c ON c.id = e.case_id
        JOIN programmes p ON p.id = c.programme_id
        WHERE e.kind = 'transition' AND e.effective_on >= :fr AND e.effective_on <= :to
          AND c.kind IN {_in(APP_KINDS)} GROUP BY 1, 2""",
        p,
    ):
        exp[code][state] = n
    _state_end(rich_db, to)
    for code, age in q(
        rich_db,
        f"""SELECT p.code, julianday(:to) - julianday(se.received_on) FROM se
        JOIN programmes p ON p.id = se.programme_id
        WHERE se.kind IN {_in(APP_KINDS)} AND se.st IN {_in(APP_OPEN)}""",
        p,
    ):
        exp[code]["pending"] += 1
        bucket = next(
            b for limit, b in ((30, "age_0_30"), (60, "age_31_60"), (120, "age_61_120"),
                               (180, "age_121_180"), (10**9, "age_over_180")) if age <= limit
        )  # fmt: skip
        exp[code][bucket] += 1
    fields = (
        *("received", "accepted", "not_accepted", "granted", "rejected", "withdrawn", "pending"),
        *("age_0_30", "age_31_60", "age_61_120", "age_121_180", "age_over_180"),
    )
    assert [r.programme_code for r in f.applications] == [*codes.values(), ""]
    for r in f.applications[:-1]:
        assert {k: getattr(r, k) for k in fields} == {k: exp[r.programme_code][k] for k in fields}
    total = f.applications[-1]
    assert total.is_total and total.programme == "Total"
    for k in fields:
        assert getattr(total, k) == sum(c[k] for c in exp.values())
    assert total.received > 0 and total.granted > 0 and total.pending > 0


def test_processing_times_by_programme(rich_db, figures) -> None:
    found = q(
        rich_db,
        f"""SELECT p.code, julianday(e.effective_on) - julianday(c.received_on),
                   julianday(e.effective_on) - julianday(c.accepted_on),
                   c.decision_due, e.effective_on, c.extension_days, e.to_state
        FROM case_events e JOIN cases c ON c.id = e.case_id
        JOIN programmes p ON p.id = c.programme_id
        WHERE e.kind = 'transition' AND e.to_state IN ('granted', 'rejected')
          AND e.effective_on BETWEEN ? AND ? AND c.kind IN {_in(APP_KINDS)}""",
        [P_FROM.isoformat(), P_TO.isoformat()],
    )
    groups: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in found:
        groups[row[0]].append(row)
        groups[""].append(row)

    def check(r: mr.ProcessingRow, rows: list[tuple[Any, ...]]) -> None:
        assert r.decisions == len(rows)
        assert r.granted == sum(x[6] == "granted" for x in rows)
        assert r.rejected == sum(x[6] == "rejected" for x in rows)
        receipt = [x[1] for x in rows]
        acceptance = [x[2] for x in rows if x[2] is not None]
        for got, values, fn in (
            (r.mean_days_from_receipt, receipt, statistics.mean),
            (r.median_days_from_receipt, receipt, statistics.median),
            (r.mean_days_from_acceptance, acceptance, statistics.mean),
            (r.median_days_from_acceptance, acceptance, statistics.median),
        ):
            assert got == (pytest.approx(fn(values)) if values else None)
        with_due = [x for x in rows if x[3] is not None]
        assert r.with_deadline == len(with_due)
        assert r.within_deadline == sum(x[4] <= x[3] for x in with_due)
        assert r.share_within_deadline == (
            pytest.approx(r.within_deadline / len(with_due)) if with_due else None
        )
        assert r.with_extension == sum(x[5] > 0 for x in rows)

    for r in figures.processing:
        check(r, groups[r.programme_code])
    total = figures.processing[-1]
    assert total.is_total
    assert 0 < total.within_deadline < total.with_deadline  # _enrich made some late
    assert total.with_extension > 0


def test_audits_by_outcome_and_findings_by_section(rich_db, figures) -> None:
    p = [P_FROM.isoformat(), P_TO.isoformat()]
    audits = q(
        rich_db,
        "SELECT programme_code, outcome, is_msme_track, score FROM audits "
        "WHERE status = 'finalised' AND date(finalised_at) BETWEEN ? AND ?",
        p,
    )
    assert audits, "the demo has audits finalised in the period"
    by_code = {r.programme_code: r for r in figures.audits}
    for code in [*_by_code(rich_db).values(), "Total"]:
        rows = [a for a in audits if code == "Total" or a[0] == code]
        r = by_code[code]
        assert (r.met, r.improvement_plan, r.not_met, r.total, r.msme_track) == (
            sum(a[1] == "met" for a in rows),
            sum(a[1] == "improvement_plan" for a in rows),
            sum(a[1] == "not_met" for a in rows),
            len(rows),
            sum(a[2] for a in rows),
        )
        scores = [a[3] for a in rows if a[3] is not None]
        assert r.mean_score == (pytest.approx(statistics.mean(scores)) if scores else None)

    # Findings: the top-level section found by walking up the tree (recursive CTE).
    found = q(
        rich_db,
        """WITH RECURSIVE up (leaf, id, parent_id, code, title) AS (
            SELECT id, id, parent_id, code, title FROM checklist_sections
            UNION ALL
            SELECT up.leaf, s.id, s.parent_id, s.code, s.title
            FROM up JOIN checklist_sections s ON s.id = up.parent_id
        )
        SELECT up.code, up.title, f.severity, count(*)
        FROM findings f JOIN audits a ON a.id = f.audit_id
        JOIN checklist_items i ON i.id = f.item_id
        JOIN up ON up.leaf = i.section_id AND up.parent_id IS NULL
        WHERE a.status = 'finalised' AND date(a.finalised_at) BETWEEN ? AND ?
        GROUP BY 1, 2, 3""",
        p,
    )
    exp: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for code, title, severity, n in found:
        exp[code, title][severity] = n
    got = {(r.section_code, r.section_title): r for r in figures.findings if not r.is_total}
    assert set(got) == set(exp)
    for key, r in got.items():
        assert (r.minor, r.major, r.critical) == tuple(exp[key][s] for s in
                                                       ("minor", "major", "critical"))  # fmt: skip
        assert r.total == sum(exp[key].values())
    total = figures.findings[-1]
    assert total.is_total and total.total == sum(n for *_, n in found) > 0


def test_corrective_actions_by_severity(rich_db, figures) -> None:
    rows = q(
        rich_db,
        "SELECT f.severity, a.due_on, a.status, a.completed_on, a.verified_on, "
        "date(a.created_at) FROM corrective_actions a JOIN findings f ON f.id = a.finding_id",
    )
    fr, to = P_FROM.isoformat(), P_TO.isoformat()

    def expected(sel: list[tuple[Any, ...]]) -> tuple[int, ...]:
        done = [(r, r[3] if r[2] in ("done", "verified") else None) for r in sel]
        return (
            sum(fr <= r[1] <= to for r in sel),
            sum(fr <= r[1] <= to and d is not None and d <= r[1] for r, d in done),
            sum(d is not None and fr <= d <= to for _r, d in done),
            sum(r[2] == "verified" and fr <= r[4] <= to for r in sel),
            sum(r[5] <= to and (d is None or d > to) for r, d in done),
            sum(r[5] <= to and r[1] < to and (d is None or d > to) for r, d in done),
        )

    assert [r.severity for r in figures.actions] == ["Minor", "Major", "Critical", "Total"]
    for r in figures.actions:
        sel = [x for x in rows if r.is_total or x[0] == r.severity.lower()]
        got = (r.due, r.done_on_time, r.done, r.verified, r.open_at_end, r.overdue_at_end)
        assert got == expected(sel)
    assert figures.actions[-1].overdue_at_end > 0


def test_contact_coverage_and_officer_loads(rich_db, figures) -> None:
    to = {"to": P_TO.isoformat()}
    msmes = q(
        rich_db,
        f"""SELECT o.size_class, o.region,
            (SELECT count(*) FROM contact_assignments a WHERE a.operator_id = o.id
             AND a.role = 'primary' AND a.start_on <= :to
             AND coalesce(a.end_on, '9999-12-31') >= :to) > 0
        FROM operators o WHERE o.size_class IN {_in(MSME)} AND {_register()}""",
        to,
    )
    by_size = {r.label: r for r in figures.coverage_by_size}
    assert list(by_size) == ["Micro", "Small", "Medium", "All MSMEs"]
    for label, r in by_size.items():
        sel = [m for m in msmes if label == "All MSMEs" or m[0] == label.lower()]
        assert (r.msmes, r.covered, r.uncovered) == (
            len(sel),
            sum(m[2] for m in sel),
            len(sel) - sum(m[2] for m in sel),
        )
        assert r.share == pytest.approx(r.covered / r.msmes)
    assert 0 < by_size["All MSMEs"].covered < by_size["All MSMEs"].msmes
    regions = sorted({m[1] for m in msmes})
    assert [r.label for r in figures.coverage_by_region] == [*regions, "All MSMEs"]
    for r in figures.coverage_by_region[:-1]:
        sel = [m for m in msmes if m[1] == r.label]
        assert (r.msmes, r.covered) == (len(sel), sum(m[2] for m in sel))

    loads = q(
        rich_db,
        f"""SELECT s.name, s.office,
            (SELECT count(*) FROM contact_assignments a WHERE a.officer_id = s.id
             AND a.role = 'primary' AND a.start_on <= :to
             AND coalesce(a.end_on, '9999-12-31') >= :to),
            (SELECT count(*) FROM contact_assignments a JOIN operators o ON o.id = a.operator_id
             WHERE a.officer_id = s.id AND a.role = 'primary' AND a.start_on <= :to
             AND coalesce(a.end_on, '9999-12-31') >= :to AND o.size_class IN {_in(MSME)}),
            (SELECT count(*) FROM contact_assignments a WHERE a.officer_id = s.id
             AND a.role = 'backup' AND a.start_on <= :to
             AND coalesce(a.end_on, '9999-12-31') >= :to)
        FROM staff s
        WHERE (s.roles LIKE '%"contact officer"%' AND s.active_from <= :to
               AND coalesce(s.active_to, '9999-12-31') >= :to)
           OR EXISTS (SELECT 1 FROM contact_assignments a WHERE a.officer_id = s.id
                      AND a.start_on <= :to AND coalesce(a.end_on, '9999-12-31') >= :to)
        ORDER BY s.name COLLATE NOCASE, s.id""",
        to,
    )
    got = [(r.officer, r.office, r.primary, r.primary_msme, r.backup) for r in figures.officers]
    assert got[:-1] == [tuple(x) for x in loads]
    total = figures.officers[-1]
    assert total.is_total and total.primary == sum(x[2] for x in loads) > 0
    assert total.total == total.primary + total.backup


def _expected_training(db: sqlite_utils.Database, to: date) -> dict[tuple[str, str], Counter]:
    """In Python from plain SELECTs, with the domain's month arithmetic (not SQLite's)."""
    staff = [
        (sid, office, set(json.loads(roles)))
        for sid, office, roles, start, end in q(
            db, "SELECT id, office, roles, active_from, active_to FROM staff"
        )
        if date.fromisoformat(start) <= to and (end is None or date.fromisoformat(end) >= to)
    ]
    courses = [
        (cid, code, set(json.loads(req)), refresh)
        for cid, code, req, refresh in q(
            db, "SELECT id, code, required_for, refresh_months FROM courses WHERE is_active = 1"
        )
    ]
    latest: dict[tuple[int, int], date] = {}
    for sid, cid, day, result in q(
        db, "SELECT staff_id, course_id, completed_on, result FROM training_records"
    ):
        d = date.fromisoformat(day)
        if result in ("passed", "attended") and d <= to:
            latest[sid, cid] = max(d, latest.get((sid, cid), d))
    out: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for sid, office, roles in staff:
        for cid, code, req, refresh in courses:
            if not roles & req:
                continue
            done = latest.get((sid, cid))
            if done is None:
                status = "missing"
            elif refresh is None or to <= add_months(done, refresh):
                status = "valid"
            else:
                status = "expired"
            for key in ((code, office or "(no office)"), (code, "All offices"), ("Total", "")):
                out[key]["required"] += 1
                out[key][status] += 1
    return out


@pytest.mark.parametrize("to", [P_TO, date(2026, 3, 1), date(2025, 7, 31)])
def test_training_compliance_by_course_and_office(rich_db, to: date) -> None:
    f = mr.figures(rich_db, date(2025, 1, 1), to)
    exp = _expected_training(rich_db, to)
    got = {}
    for r in (*f.training_by_course, *f.training_by_office):
        key = ("Total", "") if r.is_total else (r.course_code, r.office)
        got[key] = Counter(
            {k: getattr(r, k) for k in ("required", "valid", "expired", "missing") if getattr(r, k)}
        )
        assert r.compliance == pytest.approx(r.valid / r.required)
    assert got == {k: +v for k, v in exp.items()}
    assert "MIN-OLD" not in {k[0] for k in got}  # retired courses are history
    assert all(exp["Total", ""][k] > 0 for k in ("valid", "expired", "missing"))


def test_training_expiry_clamps_to_the_end_of_a_shorter_month(rich_db) -> None:
    """Completed 30 November + 3 months = 28 February (not SQLite's 2 March): expired on
    1 March."""
    person = q(rich_db, "SELECT id FROM staff WHERE roles LIKE '%contact officer%' LIMIT 1")[0][0]
    course = q(rich_db, "SELECT id FROM courses WHERE code = 'MIN-CON'")[0][0]
    with rich_db.atomic():
        rich_db.execute("UPDATE courses SET refresh_months = 3 WHERE id = ?", [course])
        rich_db.execute("DELETE FROM training_records WHERE course_id = ?", [course])
        rich_db.execute(
            "INSERT INTO training_records (uuid, staff_id, course_id, completed_on, result, "
            "created_at, created_by) VALUES ('00000000-0000-7000-8000-000000000001', ?, ?, "
            "'2025-11-30', 'passed', '2025-11-30T10:00:00Z', 'test')",
            [person, course],
        )
    for to, valid in ((date(2026, 2, 28), 1), (date(2026, 3, 1), 0)):
        f = mr.figures(rich_db, date(2026, 1, 1), to)
        row = next(r for r in f.training_by_course if r.course_code == "MIN-CON")
        assert (row.valid, row.expired) == (valid, 1 - valid)


def test_period_must_run_forwards_and_end_by_today(rich_db) -> None:
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        mr.figures(rich_db, date(2026, 1, 2), date(2026, 1, 1))
    with pytest.raises(ValidationError, match="cannot end after today"):
        mr.figures(rich_db, date(2026, 1, 1), date(2026, 6, 16))
    one_day = mr.figures(rich_db, date(2026, 6, 15), date(2026, 6, 15))
    assert one_day.applications[-1].received >= 0


def test_an_empty_database_gives_zeros_not_errors(db: sqlite_utils.Database, tmp_path) -> None:
    f = mr.figures(db, date(2025, 1, 1), date(2025, 12, 31))
    assert [r.total for r in f.operators] == [0] * 6
    assert f.msme_share.total is None
    assert f.findings == (mr.FindingRow("Total", "", 0, 0, 0, 0, True),)
    assert f.training_by_course[-1].required == 0 and f.training_by_office == ()
    counts = mr.write_ministry_workbook(
        f, tmp_path / "empty.xlsx", unit="Unit", made_by="me", app_version="1"
    )
    assert counts[mr.SHEET_OPERATORS] == 7
    wb = load_workbook(tmp_path / "empty.xlsx")
    assert wb.sheetnames == list(mr.SHEETS)


# --- who made it -----------------------------------------------------------------------------


def _about_fields(path: Path) -> dict[str, Any]:
    ws = load_workbook(path)[mr.SHEET_ABOUT]
    return {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(7, 17)}


@pytest.mark.parametrize("signed_in", [True, False])
def test_made_by_is_the_signed_in_user_else_the_system_user(
    rich_db, tmp_path: Path, signed_in: bool
) -> None:
    if signed_in:
        access.sign_in(Actor(name="Ana Silva", roles=frozenset({"manager"})))
    who = "Ana Silva" if signed_in else Actor.system_user().name
    out = tmp_path / "m.xlsx"
    mr.export(rich_db, out, P_FROM, P_TO)  # nobody named: the rule of xlsx_writer.made_by
    fields = _about_fields(out)
    assert fields["Made by"] == who
    assert fields["Made at"] == FROZEN_NOW.astimezone().replace(tzinfo=None)
    wb = load_workbook(out)
    assert wb.properties.creator == wb.properties.lastModifiedBy == who
    assert wb.properties.created == FROZEN_NOW.replace(tzinfo=None)
    assert wb[mr.SHEET_OPERATORS].oddFooter.left.text.startswith(f"Made by {who} on ")
    # A name the caller gives comes first (the GUI's acting user).
    mr.export(rich_db, out, P_FROM, P_TO, made_by="Bo Lind")
    assert _about_fields(out)["Made by"] == "Bo Lind"


# --- staff codes ------------------------------------------------------------------------------

CODE = re.compile(r"^ST-[0-9A-F]{6}$")


def _staff(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """Every staff member's name -> (uuid, office)."""
    return {r[0]: (r[1], r[2]) for r in q(db, "SELECT name, uuid, office FROM staff")}


def test_staff_codes_replace_the_officers_names(rich_db, figures, tmp_path: Path) -> None:
    unit_id = q(rich_db, "SELECT value FROM app_settings WHERE key = 'unit.id'")[0][0]
    assert unit_id
    coded = mr.figures(rich_db, P_FROM, P_TO, staff_codes=True)
    assert coded.staff_codes and not figures.staff_codes
    staff = _staff(rich_db)
    # The same loads, each officer under the code of their uuid, sorted by code.
    expected = sorted(
        (mr.staff_code(unit_id, staff[r.officer][0]), r.office, r.primary, r.primary_msme,
         r.backup, r.total)
        for r in figures.officers[:-1]
    )  # fmt: skip
    got = [(r.officer, r.office, r.primary, r.primary_msme, r.backup, r.total)
           for r in coded.officers[:-1]]  # fmt: skip
    assert got == expected and len(got) > 1
    assert all(CODE.match(r.officer) for r in coded.officers[:-1])
    assert len({r.officer for r in coded.officers[:-1]}) == len(got)
    assert coded.officers[-1] == figures.officers[-1]  # the total row is the same
    # Nothing else changes.
    assert coded.operators == figures.operators and coded.training_by_office == (
        figures.training_by_office
    )

    out = tmp_path / "coded.xlsx"
    mr.write_ministry_workbook(coded, out, unit="Unit", made_by="me", app_version="1")
    assert _about_fields(out)["Staff names replaced by codes"] == "yes"
    wb = load_workbook(out)
    text = {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert not text & set(staff), "a staff member's name is in the workbook"
    assert {r.officer for r in coded.officers[:-1]} <= text


def test_staff_codes_are_stable_per_unit(rich_db) -> None:
    def codes(period: tuple[date, date]) -> dict[str, str]:
        """Each officer's name -> code in an export of ``period``."""
        named = mr.figures(rich_db, *period).officers[:-1]
        coded = mr.figures(rich_db, *period, staff_codes=True).officers[:-1]

        def load(r: mr.OfficerRow) -> tuple[Any, ...]:
            return (r.office, r.primary, r.primary_msme, r.backup)

        by_load = {load(r): r.officer for r in coded}
        alike = Counter(load(r) for r in coded)  # a load only one officer has tells who it is
        return {r.officer: by_load[load(r)] for r in named if alike[load(r)] == 1}

    now, then = codes((P_FROM, P_TO)), codes((H_FROM, H_TO))
    assert codes((P_FROM, P_TO)) == now  # the next export: the same codes
    both = set(now) & set(then)
    assert both and all(now[name] == then[name] for name in both)  # another period too
    with rich_db.atomic():
        rich_db.execute("UPDATE app_settings SET value = 'another unit' WHERE key = 'unit.id'")
    assert not set(codes((P_FROM, P_TO)).values()) & set(now.values())  # another unit


def test_staff_code_is_the_documented_hash() -> None:
    import hashlib

    unit, uuid = "0123abcd", "00000000-0000-7000-8000-000000000042"
    digest = hashlib.sha256((unit + uuid).encode()).hexdigest()
    assert mr.staff_code(unit, uuid) == "ST-" + digest[:6].upper()


@settings(max_examples=50, deadline=None)
@given(
    unit=st.text(min_size=0, max_size=40),
    uuids=st.sets(st.uuids().map(str), min_size=1, max_size=300),
)
def test_different_staff_get_different_codes(unit: str, uuids: set[str]) -> None:
    codes = mr.staff_code_map(unit, uuids)
    assert set(codes) == uuids
    assert len(set(codes.values())) == len(uuids)
    assert codes == mr.staff_code_map(unit, sorted(uuids))  # the same people: the same codes
    assert all(re.match(r"^ST-[0-9A-F]{6,}$", c) for c in codes.values())


def test_codes_that_clash_get_longer_until_they_differ() -> None:
    uuids = [f"00000000-0000-7000-8000-{n:012d}" for n in range(200)]
    codes = mr.staff_code_map("unit", uuids, length=1)  # 16 codes for 200 people: clashes
    assert len(set(codes.values())) == 200
    assert all(c.startswith("ST-") for c in codes.values())
    full = mr.staff_code_map("unit", uuids)
    assert all(len(c) == len("ST-") + 6 for c in full.values())  # no clash at 6 digits here


# --- the workbook ---------------------------------------------------------------------------


def _table(ws: Worksheet, t: mr.Table) -> list[list[Any]]:
    return [
        [ws.cell(row, col).value for col in range(1, len(t.columns) + 1)]
        for row in range(t.first_row, t.last_row + 1)
    ]


@pytest.fixture
def written(figures, tmp_path: Path) -> tuple[Path, dict[str, int], tuple[mr.SheetLayout, ...]]:
    out = tmp_path / "ministry.xlsx"
    seen: list[tuple[int, int, str]] = []
    counts = mr.write_ministry_workbook(
        figures,
        out,
        unit="=Unité AEO",
        made_by="@Camille Martin",
        app_version="1.2.3",
        progress=lambda done, total, label: seen.append((done, total, label)),
    )
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _t, _l in seen] == sorted(d for d, _t, _l in seen)
    layout = mr.workbook_layout(
        figures, unit="=Unité AEO", made_by="@Camille Martin", app_version="1.2.3",
        made_at=datetime(2026, 6, 15, 12, 0),
    )  # fmt: skip
    return out, counts, layout


def test_the_about_sheet_says_what_the_file_is(written, figures, tmp_path) -> None:
    out, counts, layout = written
    assert sorted(p.name for p in tmp_path.iterdir() if "ministry" in p.name) == ["ministry.xlsx"]
    wb = load_workbook(out)
    assert wb.sheetnames == list(mr.SHEETS)
    ws = wb[mr.SHEET_ABOUT]
    assert ws["A1"].value == "AEO Desk ministry workbook"
    fields_table, sheets_table = layout[0].tables
    values = {
        ws.cell(r, 1).value: ws.cell(r, 2)
        for r in range(fields_table.first_row, fields_table.last_row + 1)
    }
    assert values["Unit"].value == "=Unité AEO"
    assert values["Unit"].data_type == "s" and values["Unit"].quotePrefix
    assert values["Made by"].value == "@Camille Martin" and values["Made by"].quotePrefix
    assert values["Period from"].value == datetime(2025, 6, 1)
    assert values["Period from"].number_format == "yyyy-mm-dd"
    assert values["Period to"].value == datetime.combine(P_TO, datetime.min.time())
    made_at = values["Made at"].value
    assert isinstance(made_at, datetime) and made_at.date() == FROZEN_TODAY
    assert values["Application version"].value == "1.2.3"
    assert values["Database schema version"].value == figures.schema_version >= 4
    assert values["SQLite version"].value == figures.sqlite_version
    assert values["Staff names replaced by codes"].value == "no"
    listed = {
        ws.cell(r, 1).value: ws.cell(r, 2).value
        for r in range(sheets_table.first_row, sheets_table.last_row + 1)
    }
    assert listed == counts
    assert list(counts) == list(mr.SHEETS)
    assert counts[mr.SHEET_ABOUT] == 10 + 8
    # Who and when, in the document properties and on every printed page too.
    assert wb.properties.creator == wb.properties.lastModifiedBy == "@Camille Martin"
    assert wb.properties.created == FROZEN_NOW.replace(tzinfo=None)
    local = FROZEN_NOW.astimezone().strftime("%Y-%m-%d %H:%M")
    for name in mr.SHEETS:
        footer = wb[name].oddFooter.left.text
        assert footer == f"Made by @Camille Martin on {local} — AEO Desk =Unité AEO", name
    # Each sheet's count is the rows of its tables, as written.
    for sheet in layout[1:]:
        assert counts[sheet.name] == sum(len(t.rows) for t in sheet.tables) > 0


def test_key_tables_read_back_cell_by_cell(written, figures) -> None:
    out, _counts, layout = written
    wb = load_workbook(out)
    sheets = {s.name: s for s in layout}

    ops = sheets[mr.SHEET_OPERATORS]
    ws = wb[mr.SHEET_OPERATORS]
    assert [c.value for c in ws[ops.tables[0].header_row]][:6] == [
        "Size class", "Authorised", "Suspended", "Applicant", "None", "Total",
    ]  # fmt: skip
    assert _table(ws, ops.tables[0]) == [
        [r.label, r.authorised, r.suspended, r.applicant, r.none, r.total]
        for r in figures.operators
    ]
    share = _table(ws, ops.tables[1])[0]
    assert share[0] == "MSME share"
    assert share[5] == pytest.approx(figures.msme_share.total)
    assert ws.cell(ops.tables[1].first_row, 6).number_format == "0.0%"
    total_row = ops.tables[0].last_row
    assert ws.cell(total_row, 1).font.b and not ws.cell(ops.tables[0].first_row, 1).font.b
    assert ws.cell(ops.tables[0].header_row, 2).font.b
    assert ws.cell(ops.tables[0].header_row, 2).fill.fgColor.rgb.endswith("DDE4EE")
    assert ws.freeze_panes == f"B{ops.tables[0].first_row}"
    assert ws.auto_filter.ref == f"A{ops.tables[0].header_row}:F{ops.tables[0].last_data_row}"
    assert ws.column_dimensions["A"].width == 16

    apps = sheets[mr.SHEET_APPLICATIONS]
    ws = wb[mr.SHEET_APPLICATIONS]
    rows = _table(ws, apps.tables[0])
    for got, r in zip(rows, figures.applications, strict=True):
        assert got[2:] == [
            r.received, r.accepted, r.not_accepted, r.granted, r.rejected, r.withdrawn,
            r.pending, r.age_0_30, r.age_31_60, r.age_61_120, r.age_121_180, r.age_over_180,
        ]  # fmt: skip
        assert all(isinstance(v, int) for v in got[2:])
    t2 = next(g for g in rows if g[0] == "T2")
    assert t2[1] == FORMULA_NAME  # a name that looks like a formula stays text
    t2_cell = ws.cell(apps.tables[0].first_row + rows.index(t2), 2)
    assert t2_cell.data_type == "s" and t2_cell.quotePrefix
    assert rows[-1][:2] == ["Total", "All programmes"]

    proc = sheets[mr.SHEET_PROCESSING]
    ws = wb[mr.SHEET_PROCESSING]
    for got, r in zip(_table(ws, proc.tables[0]), figures.processing, strict=True):
        assert got[2:5] == [r.decisions, r.granted, r.rejected]
        assert got[5] == pytest.approx(r.mean_days_from_receipt)
        assert got[6] == pytest.approx(r.median_days_from_receipt)
        assert got[11] == pytest.approx(r.share_within_deadline)
        assert got[12] == r.with_extension
    assert ws.cell(proc.tables[0].first_row, 12).number_format == "0.0%"

    aud = sheets[mr.SHEET_AUDITS]
    ws = wb[mr.SHEET_AUDITS]
    assert _table(ws, aud.tables[1]) == [
        [r.section_code, r.section_title or None, r.minor, r.major, r.critical, r.total]
        for r in figures.findings
    ]
    for sheet in layout:
        got_ws = wb[sheet.name]
        assert got_ws["A1"].value == sheet.title
        for t in sheet.tables:
            assert got_ws.cell(t.header_row - 1, 1).value == t.title
            assert [got_ws.cell(t.header_row, c + 1).value for c in range(len(t.columns))] == [
                c.header for c in t.columns
            ]
            assert len(_table(got_ws, t)) == len(t.rows)


def test_native_charts_on_the_key_sheets(written) -> None:
    out, _counts, layout = written
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        charts = sorted(n for n in names if n.startswith("xl/charts/chart"))
        assert len(charts) == sum(len(s.charts) for s in layout) >= 5
        sheet_files = {s.name: f"xl/worksheets/_rels/sheet{i}.xml.rels" for i, s in
                       enumerate(layout, 1)}  # fmt: skip
        for name in (mr.SHEET_OPERATORS, mr.SHEET_APPLICATIONS, mr.SHEET_AUDITS):
            assert "drawing" in z.read(sheet_files[name]).decode()
        xml = "".join(z.read(c).decode() for c in charts)
        assert "<c:barChart>" in xml or "<barChart>" in xml
        assert "'Operators'!$A$" in xml and "'Audits'!$A$" in xml
        # Totals stay out of the charts: the operators' chart stops at "Large".
        ops = next(s for s in layout if s.name == mr.SHEET_OPERATORS).tables[0]
        assert f"'Operators'!$A${ops.first_row}:$A${ops.first_row + 3}" in xml


def test_atomic_an_injected_disk_full_leaves_the_old_file_and_no_temporary_files(
    figures, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "ministry.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"last month's workbook")
    before = list(openpyxl_writer.ALL_TEMP_FILES)
    calls = {"n": 0}
    real = openpyxl_excel.ExcelWriter.write_worksheet

    def fail_on_third(self: Any, ws: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real(self, ws)

    monkeypatch.setattr(openpyxl_excel.ExcelWriter, "write_worksheet", fail_on_third)
    with pytest.raises(DomainError, match=r"could not be written to .*ministry\.xlsx: No space"):
        mr.write_ministry_workbook(figures, out, unit="U", made_by="me", app_version="1")
    assert out.read_bytes() == b"last month's workbook"
    assert sorted(p.name for p in out.parent.iterdir()) == ["ministry.xlsx"]
    assert before == openpyxl_writer.ALL_TEMP_FILES
    assert all(os.path.exists(p) for p in before)


def test_atomic_a_failed_rename_and_a_bug_leave_no_tmp(
    figures, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "ministry.xlsx"
    out.parent.mkdir()

    def no_permission(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(mr.os, "replace", no_permission)
    with pytest.raises(DomainError, match="Permission denied"):
        mr.write_ministry_workbook(figures, out, unit="U", made_by="me", app_version="1")
    assert list(out.parent.iterdir()) == []

    def bug(src: object, dst: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(mr.os, "replace", bug)
    with pytest.raises(RuntimeError, match="a bug"):
        mr.write_ministry_workbook(figures, out, unit="U", made_by="me", app_version="1")
    assert list(out.parent.iterdir()) == []


def test_a_missing_folder_is_named_in_the_error(figures, tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "m.xlsx"
    with pytest.raises(DomainError, match=r"no such folder/m\.xlsx: No such file or directory"):
        mr.write_ministry_workbook(figures, out, unit="U", made_by="me", app_version="1")
    assert not out.parent.exists()


def test_export_reports_progress_on_one_scale(rich_db, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    counts = mr.export(
        rich_db, tmp_path / "m.xlsx", P_FROM, P_TO, made_by="me",
        progress=lambda d, t, _label: seen.append((d, t)),
    )  # fmt: skip
    assert counts == mr.write_ministry_workbook(
        mr.figures(rich_db, P_FROM, P_TO), tmp_path / "n.xlsx", unit="", made_by="", app_version=""
    )
    assert len({t for _d, t in seen}) == 1
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert load_workbook(tmp_path / "m.xlsx")[mr.SHEET_ABOUT]["B7"].value == "AEO Unit"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(written, tmp_path: Path) -> None:
    out, _counts, _layout = written
    conv = tmp_path / "conv"
    result = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "xlsx", "--outdir", str(conv), str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    back = load_workbook(conv / "ministry.xlsx")
    assert back.sheetnames == list(mr.SHEETS)
    original = load_workbook(out)
    for name in mr.SHEETS:
        a, b = original[name], back[name]
        for row in a.iter_rows():
            for cell in row:
                if cell.value is not None:
                    other = b.cell(cell.row, cell.column).value
                    if isinstance(cell.value, float):
                        assert other == pytest.approx(cell.value)
                    else:
                        assert other == cell.value, (name, cell.coordinate)


# --- the command line -----------------------------------------------------------------------


def _cli(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(["export", "ministry", *args], home)


def test_cli_writes_the_workbook(demo_db_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, db)
    out = tmp_path / "out" / "AEO-ministry.xlsx"
    out.parent.mkdir()
    result = _cli(
        ["--db", str(db), "--out", str(out), "--from", "2025-06-01", "--to", "2026-06-15"],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert f"written to {out}" in result.stdout and "on 8 sheets" in result.stdout
    assert sorted(p.name for p in out.parent.iterdir()) == ["AEO-ministry.xlsx"]
    wb = load_workbook(out)
    assert wb[mr.SHEET_ABOUT]["B7"].value == "AEO Unit"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--from", "2025-02-30", "--to", "2025-03-01"], 2, "'2025-02-30' is not a date"),
        (["--from", "2025-03-01", "--to", "2025-02-01"], 2, "--to 2025-02-01 is before --from"),
        (["--from", "2025-01-01"], 2, "required: --to"),
    ],
)
def test_cli_usage_errors_exit_2(args: list[str], code: int, message: str, tmp_path: Path) -> None:
    result = _cli(["--db", str(tmp_path / "x.sqlite"), "--out", str(tmp_path / "m.xlsx"), *args],
                  tmp_path)  # fmt: skip
    assert result.returncode == code
    assert message in result.stderr
    assert not (tmp_path / "m.xlsx").exists()


def test_cli_runtime_errors_exit_1_with_one_line(demo_db_path: Path, tmp_path: Path) -> None:
    missing = _cli(
        ["--db", str(tmp_path / "none.sqlite"), "--out", str(tmp_path / "m.xlsx"),
         "--from", "2025-01-01", "--to", "2025-02-01"],
        tmp_path,
    )  # fmt: skip
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0 and "does not exist" in missing.stderr
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, db)
    bad_folder = _cli(
        ["--db", str(db), "--out", str(tmp_path / "nowhere" / "m.xlsx"),
         "--from", "2025-01-01", "--to", "2025-02-01"],
        tmp_path,
    )  # fmt: skip
    assert bad_folder.returncode == 1
    assert bad_folder.stderr.strip().count("\n") == 0
    assert "could not be written to" in bad_folder.stderr
