"""Quick search (FTS5 ``case_search``): what it finds, and how triggers keep it current."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
from helpers.builders import make_case, make_operator, programme_id
from hypothesis import given, settings
from hypothesis import strategies as st

from db.repositories import cases as case_repo
from db.repositories import operators as operator_repo
from db.repositories import search as search_repo
from db.repositories.cases import SORT_KEYS, CaseQuery, case_ids_sql, fts_query, search_case_ids
from desktop.domain.cases import CaseState
from desktop.domain.operators import OperatorInput
from desktop.services import case_service, operator_service
from desktop.services.actor import Actor
from desktop.services.database import open_database

VAUBAN_EORI = "FR00000000004242"


@pytest.fixture
def two_cases(db: sqlite_utils.Database, frozen_clock: object) -> tuple[int, int, int]:
    """(vauban operator id, vauban case id, other case id)."""
    vauban = make_operator(db, name="Vauban Chimie SAS", identifiers=[("EORI", "FR", VAUBAN_EORI)])
    other = make_operator(
        db, name="Étoile Textiles SARL", identifiers=[("EORI", "FR", "FR00000000009999")]
    )
    return vauban, make_case(db, operator_id=vauban), make_case(db, operator_id=other)


def _find(db: sqlite_utils.Database, text: str) -> list[int]:
    return sorted(search_case_ids(db, CaseQuery(search=text)))


def _reference(db: sqlite_utils.Database, case_id: int) -> str:
    row = case_repo.get_case(db, case_id)
    assert row is not None
    return str(row["reference"])


@pytest.mark.parametrize(
    "text",
    [
        "vauban",
        "VAUB",
        "vau chi",
        "Chimie Vauban",
        VAUBAN_EORI,
        VAUBAN_EORI.lower(),
        "FR000000000042",
    ],
)
def test_finds_by_operator_name_prefix_and_eori(
    db: sqlite_utils.Database, two_cases: tuple[int, int, int], text: str
) -> None:
    _, vauban_case, _ = two_cases
    assert _find(db, text) == [vauban_case]


def test_finds_by_reference(db: sqlite_utils.Database, two_cases: tuple[int, int, int]) -> None:
    _, vauban_case, other_case = two_cases
    assert _reference(db, other_case) == "AEO-2026-00002"
    assert _find(db, "AEO-2026-00002") == [other_case]
    assert _find(db, "aeo 2026 00001") == [vauban_case]
    assert _find(db, "AEO-2026") == [vauban_case, other_case]


def test_accents_are_ignored(db: sqlite_utils.Database, two_cases: tuple[int, int, int]) -> None:
    _, _, other_case = two_cases
    assert _find(db, "etoile") == [other_case]
    assert _find(db, "ÉTOILE text") == [other_case]


def test_no_match_empty_and_punctuation_only(
    db: sqlite_utils.Database, two_cases: tuple[int, int, int]
) -> None:
    _, vauban_case, other_case = two_cases
    assert _find(db, "Gironde") == []
    assert _find(db, "vauban etoile") == []  # every word must match
    assert _find(db, "") == [vauban_case, other_case]
    assert _find(db, "   ") == [vauban_case, other_case]
    assert _find(db, '"*-()') == []


def test_fts_query_quotes_every_word_as_a_prefix() -> None:
    assert fts_query('Vauban "OR" chimie*') == '"vauban"* AND "or"* AND "chimie"*'
    assert fts_query("--") is None


def test_the_index_follows_an_operator_rename(
    db: sqlite_utils.Database, two_cases: tuple[int, int, int]
) -> None:
    vauban, vauban_case, _ = two_cases
    operator_service.update_operator(
        db,
        vauban,
        OperatorInput(
            name="Morvan Polymères SA", headcount=20, identifiers=(("EORI", "FR", VAUBAN_EORI),)
        ),
    )
    assert _find(db, "vauban") == []
    assert _find(db, "morvan polym") == [vauban_case]
    assert _find(db, "polymeres") == [vauban_case]
    assert _find(db, VAUBAN_EORI) == [vauban_case]


def test_the_index_follows_identifier_changes(
    db: sqlite_utils.Database, two_cases: tuple[int, int, int]
) -> None:
    vauban, vauban_case, _ = two_cases
    with db.atomic():
        operator_repo.replace_identifiers(
            db, vauban, [("EORI", "FR", "FR00000000005151"), ("VAT", "FR", "FR55123456789")]
        )
    assert _find(db, VAUBAN_EORI) == []
    assert _find(db, "FR00000000005151") == [vauban_case]
    assert _find(db, "FR55123456789") == [vauban_case]
    with db.atomic():
        db.conn.execute(
            "UPDATE operator_identifiers SET value = 'FR66123456789' WHERE value = 'FR55123456789'"
        )
    assert _find(db, "FR55123456789") == []
    assert _find(db, "FR66123456789") == [vauban_case]
    with db.atomic():
        operator_repo.replace_identifiers(db, vauban, [])
    assert _find(db, "FR00000000005151") == []
    assert _find(db, "vauban") == [vauban_case]  # the name is still indexed


def test_a_new_case_of_a_known_operator_is_indexed(
    db: sqlite_utils.Database, two_cases: tuple[int, int, int]
) -> None:
    vauban, vauban_case, _ = two_cases
    third = make_case(db, operator_id=vauban, kind="monitoring")
    assert _find(db, VAUBAN_EORI) == sorted([vauban_case, third])


def test_bulk_load_rebuilds_the_index_once(db: sqlite_utils.Database, frozen_clock: object) -> None:
    vauban = make_operator(db, name="Vauban Chimie SAS", identifiers=[])
    with db.atomic(), search_repo.bulk_load(db):
        operator_repo.insert_identifiers_many(db, [(vauban, "EORI", "FR", VAUBAN_EORI)])
        assert db.conn.execute("SELECT count(*) FROM _bulk_load").fetchone()[0] == 1
    assert db.conn.execute("SELECT count(*) FROM _bulk_load").fetchone()[0] == 0
    case_id = make_case(db, operator_id=vauban)
    assert _find(db, VAUBAN_EORI) == [case_id]


def test_a_failed_bulk_load_leaves_nothing_behind(db: sqlite_utils.Database) -> None:
    with pytest.raises(ZeroDivisionError), db.atomic(), search_repo.bulk_load(db):
        _ = 1 / 0
    assert db.conn.execute("SELECT count(*) FROM _bulk_load").fetchone()[0] == 0


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_every_sort_key_lists_every_case(
    demo_db: sqlite_utils.Database, key: str, descending: bool
) -> None:
    ids = search_case_ids(demo_db, CaseQuery(sort_key=key, descending=descending))
    assert sorted(ids) == list(range(1, 601))


def test_sorting_by_reference(demo_db: sqlite_utils.Database) -> None:
    ids = search_case_ids(demo_db, CaseQuery(sort_key="reference", descending=False))
    by_id = {r["id"]: r["reference"] for r in case_repo.get_cases(demo_db, ids)}
    listed = [by_id[i] for i in ids]
    assert listed == sorted(listed)
    assert len(set(listed)) == 600


def test_an_unknown_sort_key_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown sort key"):
        case_repo.case_ids_sql(CaseQuery(sort_key="name; DROP TABLE cases"))


@pytest.fixture(scope="module")
def search_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite_utils.Database]:
    path: Path = tmp_path_factory.mktemp("search") / "search.sqlite"
    db = open_database(path)
    make_case(db, operator_id=make_operator(db, name="Vauban Chimie SAS"))
    try:
        yield db
    finally:
        db.close()


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_any_typed_text_is_a_safe_search(search_db: sqlite_utils.Database, text: str) -> None:
    try:
        ids = search_case_ids(search_db, CaseQuery(search=text))
    except sqlite3.Error as exc:  # pragma: no cover - the failure message is the point
        pytest.fail(f"search for {text!r} raised {exc!r}")
    assert set(ids) <= {1}


def test_a_typed_reference_is_a_prefix_range_on_the_reference(
    db: sqlite_utils.Database, frozen_clock: object
) -> None:
    ids = [make_case(db) for _ in range(12)]
    refs = {r[0]: r[1] for r in db.conn.execute("SELECT id, reference FROM cases").fetchall()}
    year = refs[ids[0]][4:8]
    exact = search_case_ids(db, CaseQuery(search=f"aeo-{year}-00007 "))
    assert [refs[i] for i in exact] == [f"AEO-{year}-00007"]
    prefix = search_case_ids(db, CaseQuery(search=f"AEO-{year}-0001", sort_key="reference"))
    assert [refs[i] for i in prefix] == [f"AEO-{year}-{n:05d}" for n in (10, 11, 12)][::-1]
    assert search_case_ids(db, CaseQuery(search="AEO-1999-00001")) == []
    sql, _ = case_repo.case_ids_sql(CaseQuery(search=f"AEO-{year}-00007"))
    assert "MATCH" not in sql


def _shown_deadlines(db: sqlite_utils.Database, ids: list[int]) -> list[str | None]:
    """The deadline the caseload shows for each id: none for a case that is not open."""
    found = case_repo.fetch_list_rows(db, ids)
    return [found[i]["next_deadline"] if found[i]["is_open"] else None for i in ids]


def _authorisation_in_force(db: sqlite_utils.Database) -> int:
    """A T1 authorisation granted in 2023: closed (active), its next date still recorded."""
    case_id = make_case(db, programme_id=programme_id(db, "T1"), received_on="2023-06-01")
    for target, on in (
        (CaseState.ACCEPTED, "2023-06-10"),
        (CaseState.UNDER_EXAMINATION, "2023-06-12"),
        (CaseState.DECISION_PENDING, "2023-07-20"),
        (CaseState.GRANTED, "2023-07-27"),
        (CaseState.ACTIVE, "2023-08-01"),
    ):
        case_service.transition(db, case_id, target, Actor("test"), on=date.fromisoformat(on))
    return case_id


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_cases_without_a_shown_deadline_sort_last_both_ways(
    demo_db: sqlite_utils.Database, descending: bool
) -> None:
    active = _authorisation_in_force(demo_db)
    ids = search_case_ids(demo_db, CaseQuery(sort_key="next_deadline", descending=descending))
    shown = _shown_deadlines(demo_db, ids)
    dated = [d for d in shown if d is not None]
    assert 0 < len(dated) < len(shown)
    assert shown == sorted(dated, reverse=descending) + [None] * (len(shown) - len(dated))
    # The authorisation keeps a date the list does not show, one among the open cases' dates:
    # it sorts with the cases that show none.
    kept = case_repo.fetch_list_rows(demo_db, [active])[active]
    assert (kept["is_open"], min(dated) < kept["next_deadline"] < max(dated)) == (0, True)
    assert ids.index(active) >= len(dated)


def test_sort_terms_that_do_not_follow_the_direction_stay_ascending() -> None:
    sql, _ = case_repo.case_ids_sql(CaseQuery(sort_key="next_deadline", descending=True))
    order = sql.partition(" ORDER BY ")[2]
    shown = case_repo.SHOWN_DEADLINE
    assert order == f"({shown}) IS NULL ASC, {shown} DESC, c.id DESC"


def test_msme_only_lists_micro_small_and_medium_operators(
    db: sqlite_utils.Database, frozen_clock: object
) -> None:
    micro = make_case(db, operator_id=make_operator(db, headcount=5, turnover_eur=1e6))
    medium = make_case(db, operator_id=make_operator(db, headcount=120, turnover_eur=30e6))
    make_case(db, operator_id=make_operator(db, headcount=400, turnover_eur=90e6))  # large
    assert sorted(search_case_ids(db, CaseQuery(msme_only=True))) == [micro, medium]


@pytest.mark.parametrize("driver", ["sqlite3", "sqlcipher3"])
@pytest.mark.parametrize("key", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_the_id_list_keeps_the_order_by_on_either_sqlite(
    demo_db_path: Path, driver: str, key: str, descending: bool
) -> None:
    """The JSON array comes out in the ORDER BY's order on Python's SQLite and on SQLCipher's
    newer one, for every sort, even those that need a sort of their own rather than an index.
    (Neither build drops the ORDER BY today even without the ``LIMIT -1``; the test holds the
    order whatever the SQL becomes.)"""
    if driver == "sqlcipher3":
        sqlcipher = pytest.importorskip("sqlcipher3.dbapi2")
        conn = sqlcipher.connect(f"file:{demo_db_path}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(f"file:{demo_db_path}?mode=ro", uri=True)
    try:
        narrow = CaseQuery(sort_key=key, descending=descending, open_only=True, msme_only=True)
        for q in (CaseQuery(sort_key=key, descending=descending), narrow):
            sql, params = case_ids_sql(q)
            expected = [row[0] for row in conn.execute(sql, params)]
            assert search_case_ids(sqlite_utils.Database(conn), q) == expected
    finally:
        conn.close()
