"""The ministry workbook's figures: every number is counted here, in SQL, over a period.

Nothing here loads cases into Python: each function runs one aggregate query and returns a
handful of rows, totals included (a total row has the key ``NULL`` or ``0``, see each
function). The rules (which states mean "authorised", which kinds are applications) come from
the caller as lists, so that the domain keeps them; dates are ISO ``YYYY-MM-DD`` text and both
ends of a period count. The written definitions are in ``docs/ministry-workbook.md``.

**State at period end.** A case's state on a day is the ``to_state`` of its latest ``created``
or ``transition`` event dated (``effective_on``) on or before that day, the latest being the
highest (date, id); a case with no such event did not exist yet. When no event is dated after
the period end, that is exactly ``cases.state`` (the case service keeps the two in step), and
the quicker query is used.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from db.repositories.common import Row, rows, scalar

#: Operators counted at period end: recorded on or before it, or with a case received by then
#: (a register loaded after its cases still counts the operators they show). Needs the
#: ``with_cases`` CTE below: one scan of the cases, not a look-up per operator.
_IN_REGISTER = "(substr(o.created_at, 1, 10) <= :to OR o.id IN with_cases)"
_WITH_CASES = """with_cases AS MATERIALIZED (
    SELECT DISTINCT operator_id FROM cases NOT INDEXED WHERE received_on <= :to
)"""

#: ``state_end (case_id, state, kind, operator_id, programme_id, received_on)``: every case
#: that existed at ``:to`` with its state then. Materialized, so that grouping it never walks an
#: index of ``cases`` row by row (random reads: several times slower than one scan).
_STATE_REPLAYED = """state_end AS MATERIALIZED (
    SELECT c.id AS case_id, s.state, c.kind, c.operator_id, c.programme_id, c.received_on
    FROM (
        SELECT case_id, to_state AS state, max(effective_on || printf('%012d', id)) AS _latest
        FROM case_events
        WHERE kind IN ('created', 'transition') AND effective_on <= :to
        GROUP BY case_id
    ) s JOIN cases c ON c.id = s.case_id
)"""
_STATE_CURRENT = """state_end AS MATERIALIZED (
    SELECT id AS case_id, state, kind, operator_id, programme_id, received_on
    FROM cases NOT INDEXED
)"""


def _in(param: str) -> str:
    """``IN`` over the list bound as ``param`` (a constant name, never user text); see
    :func:`_query`."""
    return f"IN (:{param}__list)"


def _query(db: sqlite_utils.Database, sql: str, params: dict[str, Any]) -> list[Row]:
    """Run ``sql``; a list or tuple in ``params`` is bound value by value where
    :func:`_in` put it (``:name_0, :name_1, ...``)."""
    bound: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, list | tuple):
            keys = [f"{name}_{i}" for i in range(len(value))]
            sql = sql.replace(f":{name}__list", ", ".join(f":{k}" for k in keys))
            bound.update(zip(keys, value, strict=True))
        else:
            bound[name] = value
    return rows(db, sql, bound)


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values))


def environment(db: sqlite_utils.Database) -> Row:
    """SQLite's version, the schema version of the file and the unit's name."""
    found = rows(
        db,
        "SELECT sqlite_version() AS sqlite_version, "
        "(SELECT value FROM app_settings WHERE key = 'unit_name') AS unit_name",
    )[0]
    found["schema_version"] = int(db.conn.execute("PRAGMA user_version").fetchone()[0])
    return found


def state_end_cte(db: sqlite_utils.Database, to: str) -> str:
    """The ``state_end`` CTE for a period ending on ``to``: replayed from the timelines when
    anything is dated after ``to``, else the cases' current state."""
    later = scalar(
        db,
        "SELECT EXISTS (SELECT 1 FROM case_events "
        "WHERE effective_on > ? AND kind IN ('created', 'transition'))",
        [to],
    )
    return _STATE_REPLAYED if later else _STATE_CURRENT


# --- operators --------------------------------------------------------------------------------


def operators_by_size_and_status(
    db: sqlite_utils.Database,
    *,
    to: str,
    size_classes: Sequence[str],
    msme_classes: Sequence[str],
    authorised_states: Sequence[str],
    suspended_states: Sequence[str],
    application_kinds: Sequence[str],
    application_open_states: Sequence[str],
) -> list[Row]:
    """Operators in the register at ``to`` by size class and AEO status.

    One row per size class (``grp`` = the class, in the order given), then ``grp`` = 'msme'
    (all MSME classes) and 'total'; columns ``authorised``, ``suspended``, ``applicant``,
    ``none``, ``total``. Then a row ``grp`` = 'msme_share' whose columns are the MSMEs' share
    (0..1, NULL when the column is empty). Status at ``to``, first that applies: authorised
    (a case in an authorised state), suspended, applicant (an application in an open state),
    none.
    """

    def n(where: str) -> str:
        return f"coalesce(sum(n) FILTER (WHERE {where}), 0)"

    def share(where: str) -> str:
        msme = f"sum(n) FILTER (WHERE is_msme AND {where})"
        return f"1.0 * coalesce({msme}, 0) / nullif(sum(n) FILTER (WHERE {where}), 0)"

    ranks = ("rank = 3", "rank = 2", "rank = 1", "rank = 0", "1")
    counts = ", ".join(n(r) for r in ranks)
    names = ("authorised", "suspended", "applicant", '"none"', "total")
    named = ", ".join(f"{n(r)} AS {name}" for r, name in zip(ranks, names, strict=True))
    sql = f"""
    WITH {state_end_cte(db, to)}, {_WITH_CASES},
    op AS (
        SELECT operator_id,
               max(CASE
                   WHEN state {_in("authorised")} THEN 3
                   WHEN state {_in("suspended")} THEN 2
                   WHEN kind {_in("app_kinds")} AND state {_in("app_open")} THEN 1
                   ELSE 0 END) AS rank
        FROM state_end
        GROUP BY operator_id
    ),
    agg AS MATERIALIZED (
        SELECT o.size_class, o.size_class {_in("msme")} AS is_msme,
               coalesce(op.rank, 0) AS rank, count(*) AS n
        FROM operators o LEFT JOIN op ON op.operator_id = o.id
        WHERE {_IN_REGISTER}
        GROUP BY 1, 2, 3
    ),
    classes AS (SELECT key AS ord, value AS size_class FROM json_each(:classes))
    SELECT grp, authorised, suspended, applicant, "none", total FROM (
        SELECT k.ord AS ord, k.size_class AS grp, {named}
        FROM classes k LEFT JOIN agg ON agg.size_class = k.size_class
        GROUP BY k.ord, k.size_class
        UNION ALL
        SELECT 1000, 'msme', {counts} FROM agg WHERE is_msme
        UNION ALL
        SELECT 1001, 'total', {counts} FROM agg
        UNION ALL
        SELECT 1002, 'msme_share', {", ".join(share(r) for r in ranks)} FROM agg
    )
    ORDER BY ord
    """
    params = {
        "to": to,
        "classes": _json(size_classes),
        "msme": list(msme_classes),
        "authorised": list(authorised_states),
        "suspended": list(suspended_states),
        "app_kinds": list(application_kinds),
        "app_open": list(application_open_states),
    }
    return _query(db, sql, params)


# --- applications and processing ----------------------------------------------------------------

#: Programmes, then a total row (``grp`` = 0), as the left side of per-programme tables.
_PROGRAMMES = """g AS (
    SELECT id AS grp, code, name, id AS ord FROM programmes
    UNION ALL SELECT 0, NULL, NULL, 1e18
)"""


def applications(
    db: sqlite_utils.Database,
    *,
    period_from: str,
    to: str,
    application_kinds: Sequence[str],
    application_open_states: Sequence[str],
) -> list[Row]:
    """Applications per programme (``grp`` = programme id, ``code``, ``name``), then the total
    (``grp`` = 0).

    ``received``: received in the period. ``accepted``, ``not_accepted``, ``granted``,
    ``rejected``, ``withdrawn``: cases with a transition into that state dated in the period.
    ``pending`` and ``age_0_30`` .. ``age_over_180``: applications in an open state at ``to``,
    by days from receipt to ``to``.
    """
    sql = f"""
    WITH {state_end_cte(db, to)},
    g AS (SELECT id AS grp, code, name, id AS ord FROM programmes),
    rec_n AS MATERIALIZED (
        SELECT programme_id AS grp, count(*) AS n FROM cases NOT INDEXED
        WHERE kind {_in("app_kinds")} AND received_on BETWEEN :fr AND :to
        GROUP BY programme_id
    ),
    ev AS MATERIALIZED (
        -- Events first (one scan), then their case by its key: not the other way round.
        SELECT DISTINCT c.programme_id AS grp, e.case_id, e.to_state
        FROM case_events e NOT INDEXED CROSS JOIN cases c ON c.id = e.case_id
        WHERE e.kind = 'transition' AND e.effective_on BETWEEN :fr AND :to
          AND e.to_state IN ('accepted', 'not_accepted', 'granted', 'rejected', 'withdrawn')
          AND c.kind {_in("app_kinds")}
    ),
    ev_n AS MATERIALIZED (
        SELECT grp,
               count(*) FILTER (WHERE to_state = 'accepted') AS accepted,
               count(*) FILTER (WHERE to_state = 'not_accepted') AS not_accepted,
               count(*) FILTER (WHERE to_state = 'granted') AS granted,
               count(*) FILTER (WHERE to_state = 'rejected') AS rejected,
               count(*) FILTER (WHERE to_state = 'withdrawn') AS withdrawn
        FROM ev GROUP BY grp
    ),
    pend_n AS MATERIALIZED (
        SELECT grp, count(*) AS pending,
               count(*) FILTER (WHERE age <= 30) AS age_0_30,
               count(*) FILTER (WHERE age BETWEEN 31 AND 60) AS age_31_60,
               count(*) FILTER (WHERE age BETWEEN 61 AND 120) AS age_61_120,
               count(*) FILTER (WHERE age BETWEEN 121 AND 180) AS age_121_180,
               count(*) FILTER (WHERE age > 180) AS age_over_180
        FROM (
            SELECT programme_id AS grp,
                   CAST(julianday(:to) - julianday(received_on) AS INTEGER) AS age
            FROM state_end
            WHERE kind {_in("app_kinds")} AND state {_in("app_open")}
        )
        GROUP BY grp
    ),
    -- A case is in one programme: the totals are the sums of the programmes' counts.
    per AS MATERIALIZED (
        SELECT g.grp, g.ord, g.code, g.name,
               coalesce(rec_n.n, 0) AS received,
               coalesce(ev_n.accepted, 0) AS accepted,
               coalesce(ev_n.not_accepted, 0) AS not_accepted,
               coalesce(ev_n.granted, 0) AS granted,
               coalesce(ev_n.rejected, 0) AS rejected,
               coalesce(ev_n.withdrawn, 0) AS withdrawn,
               coalesce(pend_n.pending, 0) AS pending,
               coalesce(pend_n.age_0_30, 0) AS age_0_30,
               coalesce(pend_n.age_31_60, 0) AS age_31_60,
               coalesce(pend_n.age_61_120, 0) AS age_61_120,
               coalesce(pend_n.age_121_180, 0) AS age_121_180,
               coalesce(pend_n.age_over_180, 0) AS age_over_180
        FROM g
        LEFT JOIN rec_n ON rec_n.grp = g.grp
        LEFT JOIN ev_n ON ev_n.grp = g.grp
        LEFT JOIN pend_n ON pend_n.grp = g.grp
    )
    SELECT grp, code, name, received, accepted, not_accepted, granted, rejected, withdrawn,
           pending, age_0_30, age_31_60, age_61_120, age_121_180, age_over_180
    FROM (
        SELECT * FROM per
        UNION ALL
        SELECT 0, 1e18, NULL, NULL, sum(received), sum(accepted), sum(not_accepted),
               sum(granted), sum(rejected), sum(withdrawn), sum(pending), sum(age_0_30),
               sum(age_31_60), sum(age_61_120), sum(age_121_180), sum(age_over_180)
        FROM per
    )
    ORDER BY ord
    """
    params = {
        "fr": period_from,
        "to": to,
        "app_kinds": list(application_kinds),
        "app_open": list(application_open_states),
    }
    return _query(db, sql, params)


def processing(
    db: sqlite_utils.Database,
    *,
    period_from: str,
    to: str,
    application_kinds: Sequence[str],
) -> list[Row]:
    """Decisions (transitions into granted or rejected dated in the period) per programme,
    then the total (``grp`` = 0): counts, mean and median days from receipt and from
    acceptance to the decision, how many had a decision deadline and were decided on or
    before it, and how many had the decision period extended."""
    sql = f"""
    WITH {_PROGRAMMES},
    d AS MATERIALIZED (
        SELECT c.programme_id AS grp, e.to_state AS decision,
               julianday(e.effective_on) - julianday(c.received_on) AS from_receipt,
               julianday(e.effective_on) - julianday(c.accepted_on) AS from_acceptance,
               CASE WHEN c.decision_due IS NOT NULL
                    THEN e.effective_on <= c.decision_due END AS in_time,
               c.extension_days > 0 AS extended
        FROM case_events e NOT INDEXED CROSS JOIN cases c ON c.id = e.case_id
        WHERE e.kind = 'transition' AND e.to_state IN ('granted', 'rejected')
          AND e.effective_on BETWEEN :fr AND :to AND c.kind {_in("app_kinds")}
    ),
    dd AS MATERIALIZED (
        SELECT * FROM d
        UNION ALL SELECT 0, decision, from_receipt, from_acceptance, in_time, extended FROM d
    ),
    agg AS (
        SELECT grp, count(*) AS decisions,
               count(*) FILTER (WHERE decision = 'granted') AS granted,
               count(*) FILTER (WHERE decision = 'rejected') AS rejected,
               avg(from_receipt) AS mean_from_receipt,
               avg(from_acceptance) AS mean_from_acceptance,
               count(in_time) AS with_deadline,
               count(*) FILTER (WHERE in_time) AS within_deadline,
               1.0 * count(*) FILTER (WHERE in_time) / nullif(count(in_time), 0)
                   AS share_within_deadline,
               count(*) FILTER (WHERE extended) AS with_extension
        FROM dd GROUP BY grp
    ),
    r AS (
        SELECT grp, from_receipt AS v,
               row_number() OVER (PARTITION BY grp ORDER BY from_receipt) AS rn,
               count(*) OVER (PARTITION BY grp) AS cnt
        FROM dd WHERE from_receipt IS NOT NULL
    ),
    a AS (
        SELECT grp, from_acceptance AS v,
               row_number() OVER (PARTITION BY grp ORDER BY from_acceptance) AS rn,
               count(*) OVER (PARTITION BY grp) AS cnt
        FROM dd WHERE from_acceptance IS NOT NULL
    ),
    med_r AS (SELECT grp, avg(v) AS m FROM r WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2)
              GROUP BY grp),
    med_a AS (SELECT grp, avg(v) AS m FROM a WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2)
              GROUP BY grp)
    SELECT g.grp, g.code, g.name,
           coalesce(agg.decisions, 0) AS decisions,
           coalesce(agg.granted, 0) AS granted,
           coalesce(agg.rejected, 0) AS rejected,
           agg.mean_from_receipt, med_r.m AS median_from_receipt,
           agg.mean_from_acceptance, med_a.m AS median_from_acceptance,
           coalesce(agg.with_deadline, 0) AS with_deadline,
           coalesce(agg.within_deadline, 0) AS within_deadline,
           agg.share_within_deadline,
           coalesce(agg.with_extension, 0) AS with_extension
    FROM g
    LEFT JOIN agg ON agg.grp = g.grp
    LEFT JOIN med_r ON med_r.grp = g.grp
    LEFT JOIN med_a ON med_a.grp = g.grp
    ORDER BY g.ord
    """
    params = {"fr": period_from, "to": to, "app_kinds": list(application_kinds)}
    return _query(db, sql, params)


# --- audits, findings, corrective actions -------------------------------------------------------

_FINALISED_IN_PERIOD = (
    "a.status = 'finalised' AND substr(a.finalised_at, 1, 10) BETWEEN :fr AND :to"
)


def audit_outcomes(db: sqlite_utils.Database, *, period_from: str, to: str) -> list[Row]:
    """Audits finalised in the period (UTC date of ``finalised_at``) per programme code
    (``code``; every programme, then any other code found on an audit), then the total
    (``code`` NULL): by outcome, how many on the MSME track, and the mean score."""
    sql = f"""
    WITH fa AS MATERIALIZED (
        SELECT a.programme_code AS code, a.outcome, a.is_msme_track, a.score
        FROM audits a WHERE {_FINALISED_IN_PERIOD}
    ),
    codes AS (
        SELECT code, id AS ord FROM programmes
        UNION
        SELECT DISTINCT code, 1e17 FROM fa WHERE code NOT IN (SELECT code FROM programmes)
        UNION ALL SELECT NULL, 1e18
    ),
    agg AS (
        SELECT code, count(*) FILTER (WHERE outcome = 'met') AS met,
               count(*) FILTER (WHERE outcome = 'improvement_plan') AS improvement_plan,
               count(*) FILTER (WHERE outcome = 'not_met') AS not_met,
               count(*) AS total,
               count(*) FILTER (WHERE is_msme_track = 1) AS msme_track,
               avg(score) AS mean_score
        FROM (SELECT code, outcome, is_msme_track, score FROM fa
              UNION ALL SELECT NULL, outcome, is_msme_track, score FROM fa)
        GROUP BY code
    )
    SELECT k.code, coalesce(agg.met, 0) AS met,
           coalesce(agg.improvement_plan, 0) AS improvement_plan,
           coalesce(agg.not_met, 0) AS not_met, coalesce(agg.total, 0) AS total,
           coalesce(agg.msme_track, 0) AS msme_track, agg.mean_score
    FROM codes k LEFT JOIN agg ON agg.code IS k.code
    ORDER BY k.ord, k.code
    """
    return rows(db, sql, {"fr": period_from, "to": to})


def findings_by_section(db: sqlite_utils.Database, *, period_from: str, to: str) -> list[Row]:
    """Findings of the audits finalised in the period, by the top-level criteria section of
    their item (``code``, ``title``) and severity, sections in code order; then the total
    (``code`` NULL). Only sections with at least one finding."""
    sql = f"""
    WITH f AS MATERIALIZED (
        SELECT coalesce(gp.code, p.code, s.code) AS code,
               coalesce(gp.title, p.title, s.title) AS title,
               fi.severity
        FROM findings fi
        JOIN audits a ON a.id = fi.audit_id
        JOIN checklist_items i ON i.id = fi.item_id
        JOIN checklist_sections s ON s.id = i.section_id
        LEFT JOIN checklist_sections p ON p.id = s.parent_id
        LEFT JOIN checklist_sections gp ON gp.id = p.parent_id
        WHERE {_FINALISED_IN_PERIOD}
    )
    SELECT code, title, minor, major, critical, total FROM (
        SELECT 0 AS is_total, code, title,
               count(*) FILTER (WHERE severity = 'minor') AS minor,
               count(*) FILTER (WHERE severity = 'major') AS major,
               count(*) FILTER (WHERE severity = 'critical') AS critical,
               count(*) AS total
        FROM f GROUP BY code, title
        UNION ALL
        SELECT 1, NULL, NULL,
               count(*) FILTER (WHERE severity = 'minor'),
               count(*) FILTER (WHERE severity = 'major'),
               count(*) FILTER (WHERE severity = 'critical'),
               count(*)
        FROM f
    ) ORDER BY is_total, code, title
    """
    return rows(db, sql, {"fr": period_from, "to": to})


def corrective_actions(
    db: sqlite_utils.Database, *, period_from: str, to: str, severities: Sequence[str]
) -> list[Row]:
    """Corrective actions by the severity of their finding (``severity``, in the order given),
    then the total (``severity`` NULL).

    ``due``: due in the period; ``done_on_time``: of those, completed on or before the due
    date; ``done``: completed in the period; ``verified``: verified in the period;
    ``open_at_end``: created by ``to`` and not completed by then; ``overdue_at_end``: of
    those, due before ``to``."""
    sql = """
    WITH x AS MATERIALIZED (
        SELECT f.severity, ca.due_on,
               CASE WHEN ca.status IN ('done', 'verified') THEN ca.completed_on END AS done_on,
               CASE WHEN ca.status = 'verified' THEN ca.verified_on END AS verified_on,
               substr(ca.created_at, 1, 10) AS created_on
        FROM corrective_actions ca JOIN findings f ON f.id = ca.finding_id
    ),
    xx AS (SELECT * FROM x UNION ALL SELECT NULL, due_on, done_on, verified_on, created_on FROM x),
    sev AS (SELECT key AS ord, value AS severity FROM json_each(:sev) UNION ALL SELECT 1e9, NULL),
    agg AS (
        SELECT severity,
               count(*) FILTER (WHERE due_on BETWEEN :fr AND :to) AS due,
               count(*) FILTER (WHERE due_on BETWEEN :fr AND :to AND done_on <= due_on)
                   AS done_on_time,
               count(*) FILTER (WHERE done_on BETWEEN :fr AND :to) AS done,
               count(*) FILTER (WHERE verified_on BETWEEN :fr AND :to) AS verified,
               count(*) FILTER (WHERE created_on <= :to
                                AND (done_on IS NULL OR done_on > :to)) AS open_at_end,
               count(*) FILTER (WHERE created_on <= :to AND due_on < :to
                                AND (done_on IS NULL OR done_on > :to)) AS overdue_at_end
        FROM xx GROUP BY severity
    )
    SELECT s.severity, coalesce(due, 0) AS due, coalesce(done_on_time, 0) AS done_on_time,
           coalesce(done, 0) AS done, coalesce(verified, 0) AS verified,
           coalesce(open_at_end, 0) AS open_at_end, coalesce(overdue_at_end, 0) AS overdue_at_end
    FROM sev s LEFT JOIN agg ON agg.severity IS s.severity
    ORDER BY s.ord
    """
    return rows(db, sql, {"fr": period_from, "to": to, "sev": _json(severities)})


# --- contact coverage -----------------------------------------------------------------------------

_MSMES_AT_END = f"""{_WITH_CASES},
m AS MATERIALIZED (
    SELECT o.id, o.size_class, o.region,
           EXISTS (SELECT 1 FROM contact_assignments ca
                   WHERE ca.operator_id = o.id AND ca.role = 'primary' AND ca.start_on <= :to
                     AND (ca.end_on IS NULL OR ca.end_on >= :to)) AS covered
    FROM operators o
    WHERE o.size_class {_in("msme")} AND {_IN_REGISTER}
)"""


def coverage_by_size(
    db: sqlite_utils.Database, *, to: str, msme_classes: Sequence[str]
) -> list[Row]:
    """MSMEs in the register at ``to`` and those with an active primary contact then, per
    MSME size class (``grp``, in the order given), then all MSMEs (``grp`` NULL)."""
    sql = f"""
    WITH {_MSMES_AT_END},
    k AS (SELECT key AS ord, value AS grp FROM json_each(:order) UNION ALL SELECT 1e9, NULL),
    agg AS (
        SELECT grp, count(*) AS msmes, count(*) FILTER (WHERE covered) AS covered
        FROM (SELECT size_class AS grp, covered FROM m UNION ALL SELECT NULL, covered FROM m)
        GROUP BY grp
    )
    SELECT k.grp, coalesce(msmes, 0) AS msmes, coalesce(covered, 0) AS covered,
           coalesce(msmes, 0) - coalesce(covered, 0) AS uncovered,
           1.0 * covered / nullif(msmes, 0) AS share
    FROM k LEFT JOIN agg ON agg.grp IS k.grp ORDER BY k.ord
    """
    params = {"to": to, "msme": list(msme_classes), "order": _json(msme_classes)}
    return _query(db, sql, params)


def coverage_by_region(
    db: sqlite_utils.Database, *, to: str, msme_classes: Sequence[str]
) -> list[Row]:
    """The same per region (``grp``, '' for none; regions in order), then all (``grp``
    NULL)."""
    sql = f"""
    WITH {_MSMES_AT_END}
    SELECT grp, msmes, covered, msmes - covered AS uncovered,
           1.0 * covered / nullif(msmes, 0) AS share
    FROM (
        SELECT 0 AS is_total, region AS grp, count(*) AS msmes,
               count(*) FILTER (WHERE covered) AS covered
        FROM m GROUP BY region
        UNION ALL
        SELECT 1, NULL, count(*), count(*) FILTER (WHERE covered) FROM m
    ) ORDER BY is_total, grp
    """
    return _query(db, sql, {"to": to, "msme": list(msme_classes)})


def officer_loads(
    db: sqlite_utils.Database, *, to: str, msme_classes: Sequence[str], officer_role: str
) -> list[Row]:
    """Contact officers at ``to`` (staff in post holding ``officer_role``, and anyone holding
    an assignment then), by name: active primary and backup assignments, and the MSMEs among
    the primary ones; then the total (``staff_id`` NULL). ``staff_uuid`` is what a staff code
    is made from."""
    sql = f"""
    WITH act AS MATERIALIZED (
        SELECT ca.officer_id, ca.role, o.size_class {_in("msme")} AS is_msme
        FROM contact_assignments ca JOIN operators o ON o.id = ca.operator_id
        WHERE ca.start_on <= :to AND (ca.end_on IS NULL OR ca.end_on >= :to)
    ),
    officers AS (
        SELECT s.id FROM staff s
        WHERE s.active_from <= :to AND (s.active_to IS NULL OR s.active_to >= :to)
          AND EXISTS (SELECT 1 FROM json_each(s.roles) r WHERE r.value = :role)
        UNION
        SELECT officer_id FROM act
    ),
    agg AS (
        SELECT officer_id,
               count(*) FILTER (WHERE role = 'primary') AS primary_n,
               count(*) FILTER (WHERE role = 'primary' AND is_msme) AS primary_msme,
               count(*) FILTER (WHERE role = 'backup') AS backup_n
        FROM act GROUP BY officer_id
    )
    SELECT staff_id, staff_uuid, name, office, primary_n, primary_msme, backup_n,
           primary_n + backup_n AS total
    FROM (
        SELECT 0 AS is_total, s.id AS staff_id, s.uuid AS staff_uuid, s.name, s.office,
               coalesce(agg.primary_n, 0) AS primary_n,
               coalesce(agg.primary_msme, 0) AS primary_msme,
               coalesce(agg.backup_n, 0) AS backup_n
        FROM officers k JOIN staff s ON s.id = k.id LEFT JOIN agg ON agg.officer_id = k.id
        UNION ALL
        SELECT 1, NULL, NULL, NULL, NULL,
               count(*) FILTER (WHERE role = 'primary'),
               count(*) FILTER (WHERE role = 'primary' AND is_msme),
               count(*) FILTER (WHERE role = 'backup')
        FROM act
    ) ORDER BY is_total, name COLLATE NOCASE, staff_id
    """
    params = {"to": to, "msme": list(msme_classes), "role": officer_role}
    return _query(db, sql, params)


# --- training ---------------------------------------------------------------------------------

#: ``done`` + ``refresh_months`` calendar months, the day clamped to the end of a shorter month
#: (31 January + 1 month = 28 February), as ``desktop.domain.deadlines.add_months`` does.
_EXPIRY = """CASE
    WHEN date(done, '+' || refresh_months || ' months') IS NULL THEN NULL
    WHEN strftime('%d', date(done, '+' || refresh_months || ' months')) = strftime('%d', done)
        THEN date(done, '+' || refresh_months || ' months')
    ELSE date(done, '+' || refresh_months || ' months', 'start of month', '-1 day')
END"""


def training(db: sqlite_utils.Database, *, to: str) -> list[Row]:
    """Training compliance at ``to``: for each active course and each office, the staff in
    post then for whom the course is required, and how many of them hold a valid completion,
    an expired one, or none.

    Rows, ``lvl`` first: 0 = one course in one office (only offices with someone required),
    1 = one course in all offices, 2 = every course (``course_id`` NULL). Required:
    the course's ``required_for`` roles meet the person's roles. Completion: the latest
    ``passed`` or ``attended`` record dated on or before ``to``. Valid while ``to`` is on or
    before its expiry (completion + ``refresh_months``; never expires without them).
    """
    sql = f"""
    WITH st AS (
        SELECT id, office, roles FROM staff
        WHERE active_from <= :to AND (active_to IS NULL OR active_to >= :to)
    ),
    req AS (
        SELECT st.id AS staff_id, st.office, co.id AS course_id, co.refresh_months
        FROM st JOIN courses co ON co.is_active = 1
        WHERE EXISTS (SELECT 1 FROM json_each(co.required_for) r
                      JOIN json_each(st.roles) p ON p.value = r.value)
    ),
    last AS (
        SELECT staff_id, course_id, max(completed_on) AS done FROM training_records
        WHERE result IN ('passed', 'attended') AND completed_on <= :to
        GROUP BY staff_id, course_id
    ),
    x0 AS (
        SELECT req.course_id, req.office, req.refresh_months, last.done
        FROM req LEFT JOIN last ON last.staff_id = req.staff_id
                               AND last.course_id = req.course_id
    ),
    x AS MATERIALIZED (
        SELECT course_id, office, done,
               CASE WHEN done IS NULL THEN NULL
                    WHEN refresh_months IS NULL THEN '9999-12-31'
                    ELSE {_EXPIRY} END AS expires
        FROM x0
    ),
    xx AS (
        SELECT 0 AS lvl, course_id, office, done, expires FROM x
        UNION ALL SELECT 1, course_id, NULL, done, expires FROM x
        UNION ALL SELECT 2, NULL, NULL, done, expires FROM x
    )
    SELECT xx.lvl, xx.course_id, co.code, co.name, xx.office,
           count(*) AS required,
           count(*) FILTER (WHERE done IS NOT NULL AND expires >= :to) AS valid,
           count(*) FILTER (WHERE done IS NOT NULL AND expires < :to) AS expired,
           count(*) FILTER (WHERE done IS NULL) AS missing,
           1.0 * count(*) FILTER (WHERE done IS NOT NULL AND expires >= :to) / count(*)
               AS compliance
    FROM xx LEFT JOIN courses co ON co.id = xx.course_id
    GROUP BY xx.lvl, xx.course_id, xx.office
    ORDER BY xx.lvl, co.code, xx.course_id, xx.office
    """
    return rows(db, sql, {"to": to})
