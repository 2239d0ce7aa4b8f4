"""Contact points end to end on a real file: assignments and their refusals, history,
handovers (preview, distribution, all or nothing), coverage, loads, rules, tenure, validator
conflicts and the contact log with its follow-ups. "Today" is 2026-06-15."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

import pytest
import sqlite_utils
from helpers.builders import make_case, make_operator, make_validator
from helpers.clock import FROZEN_TODAY

from db.repositories import contacts as contact_repo
from desktop.domain import i18n
from desktop.domain.contacts import ContactRules
from desktop.domain.errors import DomainError, NotFoundError, ValidationError
from desktop.services import contact_service as cs
from desktop.services.actor import Actor
from desktop.services.contact_service import Move

pytestmark = pytest.mark.usefixtures("frozen_clock")

T = FROZEN_TODAY
ME = Actor("Manager")
SIZES = {
    "micro": {"headcount": 4, "turnover_eur": 800_000.0, "balance_sheet_eur": 500_000.0},
    "small": {"headcount": 20, "turnover_eur": 4e6, "balance_sheet_eur": 3e6},
    "medium": {"headcount": 120, "turnover_eur": 30e6, "balance_sheet_eur": 20e6},
    "large": {"headcount": 900, "turnover_eur": 300e6, "balance_sheet_eur": 200e6},
}


def _days(n: int) -> date:
    return T + timedelta(days=n)


def officer(db: sqlite_utils.Database, name: str, **overrides: Any) -> int:
    return make_validator(db, name=name, roles=["contact officer"], **overrides)


def operator(db: sqlite_utils.Database, name: str, size: str = "small", **overrides: Any) -> int:
    return make_operator(db, name=name, **{**SIZES[size], **overrides})


@pytest.fixture
def people(db: sqlite_utils.Database) -> dict[str, int]:
    return {
        "anne": officer(db, "Anne Officer"),
        "bruno": officer(db, "Bruno Officer"),
        "chloe": officer(db, "Chloé Officer"),
        "gone": officer(db, "Gaston Gone", active_to="2026-01-31"),
        "future": officer(db, "Fanny Future", active_from="2026-09-01"),
        "validator": make_validator(db, name="Victor Validator"),
    }


def _snapshot(db: sqlite_utils.Database) -> dict[str, list[Any]]:
    return {
        t: db.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
        for t in ("contact_assignments", "contact_handovers", "contact_log")
    }


# --- assign -----------------------------------------------------------------------------------


def test_assign_primary_and_backup_then_current_contacts(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")
    p = cs.assign(db, op, people["anne"], "primary", _days(-30), ME, note="First contact")
    b = cs.assign(db, op, people["bruno"], "backup", _days(-10), ME)
    current = cs.current_contacts(db, op)
    assert current["primary"] is not None and current["primary"]["id"] == p
    assert current["primary"]["officer_name"] == "Anne Officer"
    assert current["primary"]["note"] == "First contact"
    assert current["primary"]["created_by"] == "Manager"
    assert current["backup"] is not None and current["backup"]["id"] == b
    # Before the backup started, only the primary was active.
    before = cs.current_contacts(db, op, on=_days(-20))
    assert before["primary"] is not None and before["backup"] is None


def test_a_second_primary_is_refused_with_who_and_since(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")
    cs.assign(db, op, people["anne"], "primary", date(2026, 1, 5), ME)
    before = _snapshot(db)
    with pytest.raises(ValidationError) as err:
        cs.assign(db, op, people["bruno"], "primary", _days(0), ME)
    assert err.value.fields == ["Role"]
    assert str(err.value) == (
        "Role: Azur Textiles SARL already has Anne Officer as primary since 2026-01-05; "
        "end that first or use a handover."
    )
    assert _snapshot(db) == before


def test_a_primary_overlapping_a_planned_end_is_refused(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")
    first = cs.assign(db, op, people["anne"], "primary", _days(-100), ME)
    cs.end_assignment(db, first, _days(10), ME)
    with pytest.raises(ValidationError, match="until 2026-06-25") as err:
        cs.assign(db, op, people["bruno"], "primary", _days(10), ME)
    assert err.value.fields == ["Role"]
    # The day after the end is free.
    cs.assign(db, op, people["bruno"], "primary", _days(11), ME)


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("gone", "Gaston Gone is not in post on 2026-06-15 (left on 2026-01-31)."),
        ("future", "Fanny Future is not in post on 2026-06-15 (starts on 2026-09-01)."),
        ("validator", "Victor Validator is not a contact officer (roles: validator)."),
    ],
)
def test_officers_who_cannot_be_contacts_are_refused(
    db: sqlite_utils.Database, people: dict[str, int], who: str, message: str
) -> None:
    op = operator(db, "Azur Textiles SARL")
    with pytest.raises(ValidationError) as err:
        cs.assign(db, op, people[who], "primary", T, ME)
    assert err.value.problems == {"Officer": message}
    assert contact_repo.count_assignments(db) == 0


def test_an_officer_in_post_on_the_start_date_is_fine_even_if_gone_now(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")
    # History: Gaston was the contact until he left (the last day in post counts).
    cs.assign(db, op, people["gone"], "primary", date(2026, 1, 31), ME)
    with pytest.raises(ValidationError) as err:
        cs.assign(db, operator(db, "Other SA"), people["gone"], "primary", date(2026, 2, 1), ME)
    assert err.value.fields == ["Officer"]


def test_start_more_than_a_year_ahead_is_refused(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")
    with pytest.raises(ValidationError) as err:
        cs.assign(db, op, people["anne"], "primary", _days(366), ME)
    assert err.value.fields == ["Start date"]
    cs.assign(db, op, people["anne"], "primary", _days(365), ME)


def test_unknown_role_missing_operator_and_same_person_twice_are_refused(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")
    with pytest.raises(ValidationError) as err:
        cs.assign(db, op, people["anne"], "deputy", T, ME)
    assert err.value.fields == ["Role"]
    with pytest.raises(ValidationError) as err:
        cs.assign(db, 99999, people["anne"], "primary", T, ME)
    assert err.value.fields == ["Operator"]
    cs.assign(db, op, people["anne"], "primary", T, ME)
    with pytest.raises(ValidationError, match="two people") as err:
        cs.assign(db, op, people["anne"], "backup", T, ME)
    assert err.value.fields == ["Officer"]


def test_the_unique_index_refusal_becomes_the_same_message(
    db: sqlite_utils.Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    op = operator(db, "Azur Textiles SARL")
    cs.assign(db, op, people["anne"], "primary", date(2026, 1, 5), ME)
    # As if another connection had written between the check and the insert.
    monkeypatch.setattr(contact_repo, "overlapping", lambda *a, **k: None)
    with pytest.raises(ValidationError) as err:
        cs.assign(db, op, people["bruno"], "primary", T, ME)
    assert err.value.fields == ["Role"]
    assert "already has Anne Officer as primary since 2026-01-05" in str(err.value)
    assert isinstance(err.value.__cause__, sqlite3.IntegrityError)


def test_assign_many_is_all_or_nothing(db: sqlite_utils.Database, people: dict[str, int]) -> None:
    free = [operator(db, f"Free {n} SARL") for n in range(3)]
    taken = operator(db, "Taken SA")
    cs.assign(db, taken, people["bruno"], "primary", _days(-5), ME)
    with pytest.raises(ValidationError, match="Taken SA already has Bruno Officer"):
        cs.assign_many(db, [*free, taken], people["anne"], "primary", T, ME)
    assert contact_repo.count_assignments(db) == 1
    ids = cs.assign_many(db, free, people["anne"], "primary", T, ME)
    assert len(ids) == 3
    with pytest.raises(ValidationError) as err:
        cs.assign_many(db, [], people["anne"], "primary", T, ME)
    assert err.value.fields == ["Operators"]


# --- end and history --------------------------------------------------------------------------


def test_end_keeps_history_and_refuses_an_end_before_the_start(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")
    first = cs.assign(db, op, people["anne"], "primary", date(2025, 3, 1), ME)
    with pytest.raises(ValidationError) as err:
        cs.end_assignment(db, first, date(2025, 2, 28), ME)
    assert err.value.fields == ["End date"]
    cs.end_assignment(db, first, date(2025, 3, 1), ME)  # a single day is possible
    with pytest.raises(ValidationError, match="already ended on 2025-03-01"):
        cs.end_assignment(db, first, _days(-1), ME)
    second = cs.assign(db, op, people["bruno"], "primary", date(2025, 3, 2), ME)
    backup = cs.assign(db, op, people["chloe"], "backup", date(2025, 6, 1), ME)
    history = cs.history(db, op)
    assert [h["id"] for h in history] == [backup, second, first]  # newest first
    assert [h["officer_name"] for h in history] == [
        "Chloé Officer",
        "Bruno Officer",
        "Anne Officer",
    ]
    assert [h["status"] for h in history] == ["active", "active", "ended"]
    assert history[2]["end_on"] == "2025-03-01"
    with pytest.raises(NotFoundError):
        cs.end_assignment(db, 99999, T, ME)


# --- handover ---------------------------------------------------------------------------------


def _portfolio(db: sqlite_utils.Database, officer_id: int, sizes: list[str]) -> list[int]:
    ops = [operator(db, f"Op {n:02d} {size}", size) for n, size in enumerate(sizes)]
    for op in ops:
        cs.assign(db, op, officer_id, "primary", date(2025, 1, 1), ME)
    return ops


def test_preview_spreads_msmes_first_over_two_successors_the_least_loaded_first(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    sizes = ["large", "micro", "small", "medium", "large", "micro"]
    ops = _portfolio(db, people["anne"], sizes)
    # Chloé already carries one operator, Bruno none: Bruno takes the first.
    cs.assign(db, operator(db, "Chloé's own SA"), people["chloe"], "primary", _days(-3), ME)
    moves = cs.handover_preview(db, people["anne"], [people["chloe"], people["bruno"]], _days(1))
    assert all(isinstance(m, Move) for m in moves)
    assert [m.size_class for m in moves] == ["micro", "micro", "small", "medium", "large", "large"]
    assert [m.to_officer_name for m in moves] == ["Bruno Officer", "Chloé Officer"] * 3
    assert {m.operator_id for m in moves} == set(ops)
    assert all(m.from_officer_id == people["anne"] and m.role == "primary" for m in moves)
    assert contact_repo.count_handovers(db) == 0  # a preview writes nothing


def test_handover_ends_the_old_and_starts_the_new_on_the_effective_date(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    ops = _portfolio(db, people["anne"], ["micro", "small", "medium", "large"])
    backup_op = operator(db, "Backup Only SARL")
    cs.assign(db, backup_op, people["chloe"], "primary", date(2025, 1, 1), ME)
    cs.assign(db, backup_op, people["anne"], "backup", date(2025, 1, 1), ME)
    hid = cs.handover(
        db, people["anne"], [people["bruno"], people["chloe"]], _days(1), "Rotation", ME
    )
    moved = db.conn.execute(
        "SELECT operator_id, officer_id, role, start_on, end_on, handover_id "
        "FROM contact_assignments WHERE handover_id = ? ORDER BY operator_id",
        [hid],
    ).fetchall()
    assert len(moved) == 5
    assert all(r[3] == "2026-06-16" and r[4] is None for r in moved)
    # Chloé is Backup Only's primary, so its backup went to Bruno.
    assert (backup_op, people["bruno"], "backup") == moved[-1][:3]
    ended = db.conn.execute(
        "SELECT count(*) FROM contact_assignments WHERE officer_id = ? AND end_on = '2026-06-15'",
        [people["anne"]],
    ).fetchone()[0]
    assert ended == 5
    assert cs.open_assignments(db, people["anne"]) == []
    assert {m["officer_id"] for m in cs.open_assignments(db, people["bruno"])} == {people["bruno"]}
    # The day before the handover, Anne was still everyone's contact.
    assert cs.current_contacts(db, ops[0], on=_days(0))["primary"]["officer_id"] == people["anne"]
    assert cs.current_contacts(db, ops[0], on=_days(1))["primary"]["handover_id"] == hid
    [h] = cs.handovers(db)
    assert (h["id"], h["from_officer_name"], h["moved"], h["note"]) == (
        hid,
        "Anne Officer",
        5,
        "Rotation",
    )
    assert h["effective_on"] == "2026-06-16" and h["created_by"] == "Manager"
    assert sorted(h["successors"]) == [("Bruno Officer", 3), ("Chloé Officer", 2)]


def test_handover_of_a_selection_moves_only_those(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    ops = _portfolio(db, people["anne"], ["micro", "small", "large"])
    cs.handover(db, people["anne"], [people["bruno"]], T, "", ME, operator_ids=ops[:2])
    assert [r["operator_id"] for r in cs.open_assignments(db, people["anne"])] == [ops[2]]
    with pytest.raises(ValidationError) as err:
        cs.handover_preview(db, people["anne"], [people["bruno"]], T, operator_ids=[ops[0]])
    assert err.value.fields == ["Operators"]


@pytest.mark.parametrize(
    ("successors", "field", "message"),
    [
        (["bruno", "gone"], "Successor", "Gaston Gone is not in post on 2026-06-16"),
        (["anne"], "Successor", "Anne Officer cannot be their own successor"),
        (["validator"], "Successor", "Victor Validator is not a contact officer"),
        ([], "Successor", "choose at least one successor"),
    ],
)
def test_a_bad_successor_moves_nothing(
    db: sqlite_utils.Database,
    people: dict[str, int],
    successors: list[str],
    field: str,
    message: str,
) -> None:
    _portfolio(db, people["anne"], ["micro", "small"])
    before = _snapshot(db)
    with pytest.raises(ValidationError, match=message) as err:
        cs.handover(db, people["anne"], [people[s] for s in successors], _days(1), "x", ME)
    assert err.value.fields == [field]
    assert _snapshot(db) == before


def test_handover_fails_as_a_whole_when_a_write_fails(
    db: sqlite_utils.Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _portfolio(db, people["anne"], ["micro", "small", "medium"])
    before = _snapshot(db)

    def broken(*_: Any, **__: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(contact_repo, "insert_assignments_many", broken)
    with pytest.raises(sqlite3.OperationalError):
        cs.handover(db, people["anne"], [people["bruno"]], _days(1), "", ME)
    assert _snapshot(db) == before  # the handover row and the ended rows are gone too


def test_handover_refuses_dates_it_cannot_keep(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    ops = _portfolio(db, people["anne"], ["micro"])
    with pytest.raises(ValidationError) as err:  # the assignment started on 2025-01-01
        cs.handover(db, people["anne"], [people["bruno"]], date(2025, 1, 1), "", ME)
    assert err.value.fields == ["Effective date"]
    with pytest.raises(ValidationError) as err:
        cs.handover(db, people["anne"], [people["bruno"]], _days(366), "", ME)
    assert err.value.fields == ["Effective date"]
    cs.handover(db, people["anne"], [people["bruno"]], date(2025, 1, 2), "", ME)
    assert cs.history(db, ops[0])[1]["end_on"] == "2025-01-01"
    with pytest.raises(ValidationError, match="carries no operators") as err:
        cs.handover(db, people["anne"], [people["bruno"]], _days(1), "", ME)
    assert err.value.fields == ["Operators"]


def test_handover_with_no_fitting_successor_names_the_successor(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Twin SA")
    cs.assign(db, op, people["bruno"], "primary", date(2025, 1, 1), ME)
    cs.assign(db, op, people["anne"], "backup", date(2025, 1, 1), ME)
    with pytest.raises(ValidationError, match="Bruno Officer is already the primary") as err:
        cs.handover_preview(db, people["anne"], [people["bruno"]], T)
    assert err.value.fields == ["Successor"]


def test_outgoing_officers_lists_who_holds_open_assignments(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    cs.assign(db, operator(db, "A SA"), people["gone"], "primary", date(2025, 6, 1), ME)
    cs.assign(db, operator(db, "B SA"), people["anne"], "primary", date(2025, 6, 1), ME)
    found = {r["name"]: (r["n"], r["in_post"]) for r in cs.outgoing_officers(db)}
    assert found == {"Anne Officer": (1, True), "Gaston Gone": (1, False)}


# --- coverage and loads -----------------------------------------------------------------------


def test_coverage_lists_operators_without_a_primary_msmes_first_then_by_name(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    names = {
        "Zeta Large SA": "large",
        "Alpha Large SA": "large",
        "Yankee Medium SA": "medium",
        "Bravo Micro SARL": "micro",
        "Xray Small SARL": "small",
        "Able Micro SARL": "micro",
    }
    ids = {n: operator(db, n, size) for n, size in names.items()}
    covered = operator(db, "Covered Micro SARL", "micro")
    cs.assign(db, covered, people["anne"], "primary", _days(-1), ME)
    # A backup alone does not cover; a primary that ended does not either.
    cs.assign(db, ids["Able Micro SARL"], people["bruno"], "backup", _days(-1), ME)
    ended = cs.assign(db, ids["Zeta Large SA"], people["anne"], "primary", date(2025, 1, 1), ME)
    cs.end_assignment(db, ended, date(2025, 12, 31), ME)
    found = cs.coverage(db)
    assert [r["name"] for r in found] == [
        "Able Micro SARL", "Bravo Micro SARL", "Xray Small SARL", "Yankee Medium SA",
        "Alpha Large SA", "Zeta Large SA",
    ]  # fmt: skip
    assert found[0]["backup_name"] == "Bruno Officer"
    assert found[-1]["previous_primary"] == "Anne Officer (to 2025-12-31)"
    i18n.set_language("fr")
    try:
        french = cs.coverage(db)[-1]["previous_primary"]
    finally:
        i18n.set_language("en")
    assert french == "Anne Officer (jusqu'au 2025-12-31)"
    # On a day before the covered one's primary started, it was uncovered too.
    assert "Covered Micro SARL" in [r["name"] for r in cs.coverage(db, on=_days(-2))]
    assert cs.coverage_summary(db) == {"operators": 6, "msmes": 4}


def test_coverage_filters_by_region_sector_and_size(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    operator(db, "North Micro", "micro", region="Normandie", sector="Chemicals")
    operator(db, "North Large", "large", region="Normandie", sector="Warehousing")
    operator(db, "South Micro", "micro", region="Occitanie", sector="Chemicals")
    assert [r["name"] for r in cs.coverage(db, region="Normandie")] == [
        "North Micro",
        "North Large",
    ]
    assert [r["name"] for r in cs.coverage(db, sector="Chemicals")] == [
        "North Micro",
        "South Micro",
    ]
    assert [r["name"] for r in cs.coverage(db, size_class="large")] == ["North Large"]
    assert [
        r["name"]
        for r in cs.coverage(db, region="Occitanie", sector="Chemicals", size_class="micro")
    ] == ["South Micro"]
    assert cs.coverage(db, region="Bretagne") == []
    with pytest.raises(ValidationError) as err:
        cs.coverage(db, size_class="huge")
    assert err.value.fields == ["Size"]
    filters = cs.coverage_filters(db)
    assert filters["regions"] == ["Normandie", "Occitanie"]
    assert filters["sectors"] == ["Chemicals", "Warehousing"]


def test_officer_loads_count_primaries_msmes_backups_against_the_maximum(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    cs.set_rules(db, max_operators=3)
    _portfolio(db, people["anne"], ["micro", "small", "large"])  # at the maximum
    _portfolio(db, people["bruno"], ["micro", "micro", "medium", "large"])  # over it
    backup_of = operator(db, "Backed SA", "large")
    cs.assign(db, backup_of, people["chloe"], "backup", _days(-1), ME)
    cs.assign(db, operator(db, "Left Behind SA"), people["gone"], "primary", date(2025, 1, 1), ME)
    loads = {r["name"]: r for r in cs.officer_loads(db)}
    # Officers in post (Fanny starts in September; Victor is no contact officer), plus
    # Gaston, who has left but still carries an operator.
    assert list(loads) == ["Anne Officer", "Bruno Officer", "Chloé Officer", "Gaston Gone"]
    a, b, c, g = loads.values()
    assert (a["operators"], a["msmes"], a["backups"], a["over_max"]) == (3, 2, 0, False)
    assert (b["operators"], b["msmes"], b["backups"], b["over_max"]) == (4, 3, 0, True)
    assert (c["operators"], c["backups"], c["over_max"]) == (0, 1, False)
    assert all(r["max_operators"] == 3 for r in loads.values())
    assert g["needs_handover"] and not a["needs_handover"]
    # Before the portfolios started, nobody carried anything.
    assert all(r["operators"] == 0 for r in cs.officer_loads(db, on=date(2024, 12, 31)))


def test_default_maximum_is_forty(db: sqlite_utils.Database, people: dict[str, int]) -> None:
    assert {r["max_operators"] for r in cs.officer_loads(db)} == {40}


# --- rules, tenure, conflicts -----------------------------------------------------------------


def test_rules_default_store_and_refuse_naming_the_field(db: sqlite_utils.Database) -> None:
    assert cs.rules(db) == ContactRules(40, 5, "warn")
    assert cs.set_rules(db, max_operators=25) == ContactRules(25, 5, "warn")
    cs.set_rules(db, max_years=3, validator_conflict="refuse")
    assert cs.rules(db) == ContactRules(25, 3, "refuse")
    stored = dict(db.conn.execute("SELECT key, value FROM app_settings WHERE key LIKE 'contact%'"))
    assert stored["contact_max_operators"] == "25"
    for kwargs, field in [
        ({"max_operators": 0}, "Maximum operators"),
        ({"max_years": 99}, "Maximum years"),
        ({"validator_conflict": "maybe"}, "Validator conflict"),
    ]:
        with pytest.raises(ValidationError) as err:
            cs.set_rules(db, **kwargs)
        assert err.value.fields == [field]
    assert cs.rules(db) == ContactRules(25, 3, "refuse")  # a refusal changes nothing


def test_long_tenure_starts_the_day_after_the_anniversary(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    old = officer(db, "Olga Old", active_from="2015-01-01")
    exactly = operator(db, "Exactly Five SA")
    longer = operator(db, "Five And A Day SA")
    ended = operator(db, "Ended Long Ago SA")
    cs.assign(db, exactly, old, "primary", date(2021, 6, 15), ME)
    cs.assign(db, longer, old, "primary", date(2021, 6, 14), ME)
    gone = cs.assign(db, ended, old, "primary", date(2016, 1, 1), ME)
    cs.end_assignment(db, gone, date(2024, 1, 1), ME)
    cs.assign(db, operator(db, "Backup SA"), old, "backup", date(2016, 1, 1), ME)
    found = cs.long_tenure(db)
    assert [(r["operator_name"], r["officer_name"]) for r in found] == [
        ("Five And A Day SA", "Olga Old")
    ]
    assert found[0]["years"] == 5.0
    assert [r["operator_name"] for r in cs.long_tenure(db, on=_days(1))] == [
        "Five And A Day SA",
        "Exactly Five SA",
    ]
    cs.set_rules(db, max_years=6)
    assert cs.long_tenure(db, on=_days(1)) == []


def test_assignment_conflicts_name_each_operator_the_validator_is_contact_of(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    both = make_validator(db, name="Dora Double", roles=["validator", "contact officer"])
    op1 = operator(db, "Primary Of Dora SA")
    op2 = operator(db, "Backup Of Dora SA")
    op3 = operator(db, "Nothing To Do SA")
    cs.assign(db, op1, both, "primary", _days(-10), ME)
    cs.assign(db, op2, both, "backup", _days(-10), ME)
    cases = [make_case(db, operator_id=op) for op in (op1, op2, op3)]
    mode, messages = cs.assignment_conflicts(db, cases, both)
    assert mode == "warn"
    assert messages == [
        "Dora Double is the backup contact officer of Backup Of Dora SA (since 2026-06-05); "
        "validator and contact officer should be two people.",
        "Dora Double is the primary contact officer of Primary Of Dora SA (since 2026-06-05); "
        "validator and contact officer should be two people.",
    ]
    assert cs.assignment_conflicts(db, cases[2:], both) == ("warn", [])
    assert cs.assignment_conflicts(db, cases, people["anne"]) == ("warn", [])
    cs.set_rules(db, validator_conflict="refuse")
    assert cs.assignment_conflicts(db, cases[:1], both)[0] == "refuse"
    assert len(cs.assignment_conflicts(db, cases[:1], both)[1]) == 1
    cs.set_rules(db, validator_conflict="off")
    assert cs.assignment_conflicts(db, cases, both) == ("off", [])


# --- contact log ------------------------------------------------------------------------------


def test_log_contact_and_list_newest_first(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")
    other = operator(db, "Other SA")
    first = cs.log_contact(
        db, op, people["anne"], _days(-20), "visit", "Introductory visit", ME,
        advice="Start with the self-assessment", follow_up_on=_days(-5),
    )  # fmt: skip
    second = cs.log_contact(db, other, people["bruno"], _days(-2), "seminar", "MSME seminar", ME)
    log = cs.contact_log(db)
    assert [r["id"] for r in log] == [second, first]
    assert log[1]["operator_name"] == "Azur Textiles SARL"
    assert log[1]["officer_name"] == "Anne Officer"
    assert log[1]["advice"] == "Start with the self-assessment"
    assert log[1]["follow_up_status"] == "overdue" and log[1]["created_by"] == "Manager"
    assert log[0]["follow_up_status"] == "none"
    assert [r["id"] for r in cs.contact_log(db, operator_id=op)] == [first]
    assert len(cs.contact_log(db, limit=1)) == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"channel": "fax"}, "Channel"),
        ({"contact_on": _days(1)}, "Contact date"),
        ({"topic": "  "}, "Topic"),
        ({"follow_up_on": _days(-11)}, "Follow-up date"),
        ({"operator_id": 99999}, "Operator"),
        ({"officer": "gone"}, "Officer"),
    ],
)
def test_bad_log_entries_are_refused_naming_the_field(
    db: sqlite_utils.Database, people: dict[str, int], kwargs: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {
        "operator_id": operator(db, "Azur Textiles SARL"),
        "officer_id": people[kwargs.pop("officer", "anne")],
        "contact_on": _days(-10),
        "channel": "phone",
        "topic": "Question",
        "actor": ME,
        "follow_up_on": None,
    }
    values.update(kwargs)
    with pytest.raises(ValidationError) as err:
        cs.log_contact(db, **values)
    assert err.value.fields == [field]
    assert cs.contact_log(db) == []


def test_follow_ups_due_within_the_window_and_overdue_then_done(
    db: sqlite_utils.Database, people: dict[str, int]
) -> None:
    op = operator(db, "Azur Textiles SARL")

    def log(follow: int | None, ago: int = 30) -> int:
        return cs.log_contact(
            db, op, people["anne"], _days(-ago), "phone", f"Call {follow}", ME,
            follow_up_on=None if follow is None else _days(follow),
        )  # fmt: skip

    overdue = log(-1)
    today = log(0)
    last_day = log(14)
    log(15)  # later than the window
    log(None)  # no follow-up asked for
    due = cs.follow_ups_due(db)
    assert [r["id"] for r in due] == [overdue, today, last_day]
    assert [r["overdue"] for r in due] == [True, False, False]
    assert [r["id"] for r in cs.follow_ups_due(db, within_days=0)] == [overdue, today]
    with pytest.raises(ValidationError) as err:
        cs.complete_follow_up(db, overdue, done_on=_days(1))
    assert err.value.fields == ["Done on"]
    with pytest.raises(ValidationError) as err:
        cs.complete_follow_up(db, overdue, done_on=_days(-31))  # before the contact
    assert err.value.fields == ["Done on"]
    cs.complete_follow_up(db, overdue)
    assert [r["id"] for r in cs.follow_ups_due(db)] == [today, last_day]
    done = next(r for r in cs.contact_log(db) if r["id"] == overdue)
    assert done["follow_up_done_on"] == "2026-06-15" and done["follow_up_status"] == "done"
    with pytest.raises(DomainError, match="already done"):
        cs.complete_follow_up(db, overdue)
    with pytest.raises(ValidationError) as err:
        cs.complete_follow_up(db, log(None))
    assert err.value.fields == ["Follow-up date"]
    with pytest.raises(NotFoundError):
        cs.complete_follow_up(db, 99999)
