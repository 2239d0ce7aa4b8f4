"""Checklist templates (parsing, validation, scope) and the scoring rule, as pure functions."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from helpers.audits import MINI_AEOC, MINI_AEOF, MINI_MSME, mini_data, mini_template
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import checklists as cl
from desktop.domain.errors import ValidationError

R = cl.Result
MUST, SHOULD = cl.Requirement.MUST, cl.Requirement.SHOULD


def _items(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """code -> item dict, for mutating the mini checklist in place."""
    found: dict[str, dict[str, Any]] = {}

    def walk(sections: list[dict[str, Any]]) -> None:
        for s in sections:
            for i in s.get("items", []):
                found[i["code"]] = i
            walk(s.get("sections", []))

    walk(data["sections"])
    return found


def _section(data: dict[str, Any], code: str) -> dict[str, Any]:
    def walk(sections: list[dict[str, Any]]) -> dict[str, Any] | None:
        for s in sections:
            if s["code"] == code:
                return s
            sub = walk(s.get("sections", []))
            if sub is not None:
                return sub
        return None

    found = walk(data["sections"])
    assert found is not None
    return found


# --- parsing --------------------------------------------------------------------------------


def test_parse_accepts_the_mini_fixture() -> None:
    t = cl.parse_template(mini_data())
    assert (t.code, t.version, t.name) == ("TEST-MINI", "1", "Mini checklist for tests")
    assert t.programmes == ("AEOF", "AEOC", "AEOS")
    assert t.msme_track is False
    assert [(d, s.code) for d, s in t.walk()] == [(1, "A"), (1, "G"), (2, "G.1")]
    assert sorted(i.code for i in t.all_items()) == sorted(MINI_AEOF)
    a1 = next(i for i in t.all_items() if i.code == "A.1")
    assert a1.requirement is MUST
    assert a1.applies_to == ("AEOC", "AEOS", "AEOF", "MSME")
    assert a1.msme_keeps is True
    assert a1.saq == "2.1"
    assert next(i for i in t.all_items() if i.code == "G.1.2").saq is None


def test_parse_accepts_three_levels_of_sections() -> None:
    data = mini_data()
    g1 = _section(data, "G.1")
    g1["sections"] = [{"code": "G.1.9", "title": "Deepest", "items": [_item("G.1.9.1")]}]
    t = cl.parse_template(data)
    assert (3, "G.1.9") in [(d, s.code) for d, s in t.walk()]


def _item(code: str, **changes: Any) -> dict[str, Any]:
    item = {
        "code": code,
        "text": "Something is in place.",
        "guidance": "",
        "requirement": "should",
        "applies_to": ["AEOF"],
        "msme_keeps": False,
        "saq": None,
    }
    item.update(changes)
    return item


def _set(code: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        _items(data)[code][key] = value

    return change


def _drop(code: str, key: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        del _items(data)[code][key]

    return change


def _too_deep(data: dict[str, Any]) -> None:
    g1 = _section(data, "G.1")
    g1["sections"] = [
        {
            "code": "G.1.9",
            "title": "Level 3",
            "sections": [{"code": "G.1.9.9", "title": "Level 4", "items": [_item("G.1.9.9.1")]}],
        }
    ]


def _empty_section(data: dict[str, Any]) -> None:
    a = _section(data, "A")
    a["items"] = []
    a["sections"] = []


def _section_reuses_item_code(data: dict[str, Any]) -> None:
    _section(data, "G.1")["code"] = "A.1"


def _item_reuses_section_code(data: dict[str, Any]) -> None:
    _items(data)["G.2"]["code"] = "G.1"


def _item_reuses_item_code(data: dict[str, Any]) -> None:
    _items(data)["G.3"]["code"] = "A.2"


REFUSALS: dict[str, tuple[Callable[[dict[str, Any]], None], tuple[str, ...]]] = {
    # name: (how to break the mini fixture, what the message must contain)
    "item code used twice": (_item_reuses_item_code, ("item A.2", "used twice")),
    "section code used by an item": (_item_reuses_section_code, ("item G.1", "used twice")),
    "item code used by a section": (_section_reuses_item_code, ("section A.1", "used twice")),
    "empty section": (_empty_section, ("section A", "empty")),
    "nesting deeper than 3": (_too_deep, ("section G.1.9.9", "at most 3 levels")),
    "unknown requirement": (_set("A.2", "requirement", "could"), ("item A.2", "'requirement'")),
    "requirement missing": (_drop("G.3", "requirement"), ("item G.3", "'requirement'")),
    "requirement in capitals": (_set("A.1", "requirement", "MUST"), ("item A.1", "requirement")),
    "applies_to unknown programme": (
        _set("G.2", "applies_to", ["AEOF", "AEOX"]),
        ("item G.2", "'applies_to'"),
    ),
    "applies_to empty": (_set("G.2", "applies_to", []), ("item G.2", "'applies_to'")),
    "applies_to not a list": (_set("G.2", "applies_to", "AEOF"), ("item G.2", "'applies_to'")),
    "msme_keeps a string": (_set("G.1.2", "msme_keeps", "yes"), ("item G.1.2", "'msme_keeps'")),
    "msme_keeps a number": (_set("G.1.2", "msme_keeps", 1), ("item G.1.2", "'msme_keeps'")),
    "msme_keeps missing": (_drop("A.1", "msme_keeps"), ("item A.1", "'msme_keeps'")),
    "item text empty": (_set("A.2", "text", "   "), ("item A.2", "'text'")),
    "item code invalid": (_set("A.2", "code", "a 2"), ("item a 2", "not a valid code")),
    "saq a number": (_set("G.2", "saq", 6.4), ("item G.2", "'saq'")),
    "section title missing": (
        lambda d: _section(d, "G.1").pop("title"),
        ("section G.1", "'title'"),
    ),
    "section not an object": (
        lambda d: _section(d, "G")["sections"].append("G.2"),
        ("in G", "a section must be an object"),
    ),
    "item not an object": (
        lambda d: _section(d, "A")["items"].append(["A.3"]),
        ("section A", "an item must be an object"),
    ),
    "wrong format string": (
        lambda d: d.update(format="aeo-desk-checklist/2"),
        ("aeo-desk-checklist/2", "expected aeo-desk-checklist/1"),
    ),
    "format missing": (lambda d: d.pop("format"), ("unknown format",)),
    "unknown template programme": (
        lambda d: d.update(programmes=["AEOF", "XYZ"]),
        ("Template TEST-MINI 1", "'programmes'"),
    ),
    "no sections": (lambda d: d.update(sections=[]), ("Template TEST-MINI 1", "no sections")),
    "no name": (lambda d: d.pop("name"), ("Template TEST-MINI 1", "'name'")),
    "no version": (lambda d: d.update(version=""), ("Template TEST-MINI", "'version'")),
}


@pytest.mark.parametrize("case", list(REFUSALS), ids=list(REFUSALS))
def test_parse_refuses_a_broken_template_naming_where(case: str) -> None:
    breaker, expected = REFUSALS[case]
    data = mini_data()
    breaker(data)
    with pytest.raises(ValidationError) as exc:
        cl.parse_template(data)
    for part in expected:
        assert part in str(exc.value), f"{part!r} not in {exc.value}"


@pytest.mark.parametrize(
    "data",
    ["{not json", json.dumps([mini_data()]), None, 42, "aeo-desk-checklist/1"],
    ids=["non-JSON text", "a JSON list", "null", "a number", "a string"],
)
def test_parse_refuses_anything_that_is_not_a_json_object(data: Any) -> None:
    with pytest.raises(ValidationError, match="not a checklist template"):
        cl.parse_template(data)


def test_a_refusal_names_the_template_item_in_its_field() -> None:
    data = mini_data()
    _items(data)["A.2"]["requirement"] = "could"
    with pytest.raises(ValidationError) as exc:
        cl.parse_template(data)
    assert exc.value.fields == ["Template TEST-MINI 1, item A.2"]


@pytest.mark.parametrize(
    ("breaker", "place"),
    [
        (_set("A.2", "requirement", "could"), (None, "A.2", "requirement")),
        (_set("A.2", "code", "a 2"), (None, "a 2", None)),
        (lambda d: _section(d, "G.1").pop("title"), ("G.1", None, "title")),
        (lambda d: d.update(programmes=["XYZ"]), (None, None, "programmes")),
    ],
    ids=["item key", "item code", "section key", "template key"],
)
def test_a_refusal_carries_its_codes_and_key(breaker: Any, place: tuple[Any, ...]) -> None:
    """A reader of another form of the template (a workbook) finds the place by these, not
    by reading back the label, which is in the chosen language."""
    data = mini_data()
    breaker(data)
    with pytest.raises(cl.TemplateError) as exc:
        cl.parse_template(data)
    found = exc.value.place
    assert (found.section, found.item, found.key) == place
    assert exc.value.fields == [found.label]


# --- serialisation --------------------------------------------------------------------------


def test_template_to_json_round_trips() -> None:
    t = mini_template()
    text = json.dumps(cl.template_to_json(t))
    assert cl.parse_template(json.loads(text)) == t


def test_template_to_json_gives_back_the_fixture() -> None:
    assert cl.template_to_json(mini_template()) == mini_data()


def test_template_to_json_keeps_a_three_level_tree() -> None:
    data = mini_data()
    _section(data, "G.1")["sections"] = [
        {"code": "G.1.9", "title": "Deepest", "items": [_item("G.1.9.1", saq="x")]}
    ]
    t = cl.parse_template(data)
    assert cl.parse_template(cl.template_to_json(t)) == t


# --- scope ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("programme", "msme_track", "expected"),
    [
        ("AEOF", False, MINI_AEOF),
        ("AEOC", False, MINI_AEOC),
        ("AEOS", False, ("A.1", "G.1.1", "G.1.2", "G.2", "G.3")),
        ("MSME", False, ("A.1", "G.1.1", "G.1.2")),
        ("MSME", True, MINI_MSME),
        ("AEOF", True, ("A.1", "G.1.1", "G.1.2")),  # the track keeps only msme_keeps items
        ("AEOC", True, ("A.1",)),
        ("T1", False, ()),
    ],
)
def test_in_scope(programme: str, msme_track: bool, expected: tuple[str, ...]) -> None:
    t = mini_template()
    got = {i.code for i in t.all_items() if cl.in_scope(i, programme, msme_track)}
    assert got == set(expected)


# --- scoring --------------------------------------------------------------------------------


def _score(*pairs: tuple[cl.Requirement, cl.Result]) -> cl.Score:
    return cl.score(cl.ScoredItem(f"I.{n}", req, res) for n, (req, res) in enumerate(pairs, 1))


def test_must_weighs_two_and_should_one() -> None:
    assert _score((MUST, R.MET), (SHOULD, R.NOT_MET)).percent == 66.7  # 2 of 3
    assert _score((MUST, R.NOT_MET), (SHOULD, R.MET)).percent == 33.3  # 1 of 3


def test_partially_met_scores_half() -> None:
    assert _score((SHOULD, R.PARTIALLY_MET)).percent == 50.0
    assert _score((MUST, R.PARTIALLY_MET)).percent == 50.0
    assert _score((MUST, R.PARTIALLY_MET), (SHOULD, R.MET)).percent == 66.7  # (1 + 1) / 3
    assert _score((MUST, R.MET), (SHOULD, R.PARTIALLY_MET)).percent == 83.3  # 2.5 / 3


def test_not_applicable_and_not_assessed_are_left_out() -> None:
    s = _score((MUST, R.MET), (MUST, R.NOT_APPLICABLE), (SHOULD, R.NOT_ASSESSED))
    assert s.percent == 100.0
    assert (s.total, s.answered, s.shortfalls, s.must_not_met) == (3, 2, 0, 0)
    s = _score((SHOULD, R.NOT_MET), (MUST, R.NOT_APPLICABLE), (MUST, R.NOT_ASSESSED))
    assert s.percent == 0.0


def test_percent_is_none_while_nothing_scorable_is_answered() -> None:
    assert _score().percent is None
    assert _score((MUST, R.NOT_ASSESSED)).percent is None
    assert _score((MUST, R.NOT_APPLICABLE), (SHOULD, R.NOT_APPLICABLE)).percent is None


@pytest.mark.parametrize(
    ("met", "not_met", "percent"),
    [(1, 2, 33.3), (2, 1, 66.7), (1, 5, 16.7), (5, 3, 62.5), (1, 0, 100.0), (2, 997, 0.2)],
)
def test_percent_is_rounded_to_one_decimal(met: int, not_met: int, percent: float) -> None:
    s = _score(*[(SHOULD, R.MET)] * met, *[(SHOULD, R.NOT_MET)] * not_met)
    assert s.percent == percent


def test_progress_counts_every_answer_including_not_applicable() -> None:
    s = _score(
        (MUST, R.MET), (SHOULD, R.NOT_APPLICABLE), (SHOULD, R.NOT_MET), (MUST, R.NOT_ASSESSED)
    )
    assert (s.answered, s.total) == (3, 4)
    assert s.progress == 0.75
    assert _score().progress == 1.0
    assert _score((MUST, R.NOT_ASSESSED)).progress == 0.0


def test_counts_shortfalls_and_musts_not_met() -> None:
    s = _score(
        (MUST, R.NOT_MET),
        (MUST, R.PARTIALLY_MET),
        (SHOULD, R.NOT_MET),
        (SHOULD, R.PARTIALLY_MET),
        (MUST, R.MET),
    )
    assert s.shortfalls == 4
    assert s.must_not_met == 1


# --- outcome --------------------------------------------------------------------------------


def test_one_must_not_met_among_twenty_met_is_not_met() -> None:
    s = _score(*[(MUST, R.MET)] * 20, (MUST, R.NOT_MET))
    assert s.percent == 95.2
    assert cl.outcome(s) is cl.Outcome.NOT_MET


def test_a_must_partially_met_is_an_improvement_plan() -> None:
    s = _score(*[(MUST, R.MET)] * 20, (MUST, R.PARTIALLY_MET))
    assert cl.outcome(s) is cl.Outcome.IMPROVEMENT_PLAN


def test_below_fifty_percent_is_not_met_without_any_must() -> None:
    s = _score((SHOULD, R.MET), (SHOULD, R.NOT_MET), (SHOULD, R.PARTIALLY_MET), (SHOULD, R.NOT_MET))
    assert s.percent == 37.5
    assert s.must_not_met == 0
    assert cl.outcome(s) is cl.Outcome.NOT_MET


def test_exactly_fifty_percent_is_not_below_fifty() -> None:
    s = _score((SHOULD, R.MET), (SHOULD, R.NOT_MET))
    assert s.percent == 50.0
    assert cl.outcome(s) is cl.Outcome.IMPROVEMENT_PLAN


def test_shortfalls_give_an_improvement_plan() -> None:
    s = _score(*[(MUST, R.MET)] * 3, (SHOULD, R.NOT_MET))
    assert cl.outcome(s) is cl.Outcome.IMPROVEMENT_PLAN
    s = _score(*[(SHOULD, R.MET)] * 3, (SHOULD, R.PARTIALLY_MET))
    assert cl.outcome(s) is cl.Outcome.IMPROVEMENT_PLAN


def test_no_shortfall_is_met() -> None:
    assert cl.outcome(_score((MUST, R.MET), (SHOULD, R.MET))) is cl.Outcome.MET
    s = _score((MUST, R.MET), (SHOULD, R.NOT_APPLICABLE), (MUST, R.NOT_APPLICABLE))
    assert cl.outcome(s) is cl.Outcome.MET


# --- answers --------------------------------------------------------------------------------


@pytest.mark.parametrize("result", [R.PARTIALLY_MET, R.NOT_MET])
def test_a_shortfall_needs_a_severity(result: cl.Result) -> None:
    with pytest.raises(ValidationError) as exc:
        cl.check_answer(result, None, "Seal log missing")
    assert exc.value.fields == ["Severity"]
    assert cl.check_answer(result, cl.Severity.MAJOR, "") is cl.Severity.MAJOR


@pytest.mark.parametrize("result", [R.MET, R.NOT_APPLICABLE, R.NOT_ASSESSED])
def test_other_results_drop_the_severity(result: cl.Result) -> None:
    assert cl.check_answer(result, cl.Severity.CRITICAL, "") is None
    assert cl.check_answer(result, None, "") is None


# --- properties -----------------------------------------------------------------------------

requirements = st.sampled_from(list(cl.Requirement))
results = st.sampled_from(list(cl.Result))
scored = st.lists(
    st.builds(cl.ScoredItem, st.just("X.1"), requirements, results), min_size=0, max_size=40
)


@given(scored)
def test_percent_stays_within_0_and_100(items: list[cl.ScoredItem]) -> None:
    s = cl.score(items)
    scorable = [i for i in items if i.result.points is not None]
    if scorable:
        assert s.percent is not None
        assert 0.0 <= s.percent <= 100.0
    else:
        assert s.percent is None
    assert 0.0 <= s.progress <= 1.0


@given(scored, requirements, st.integers(min_value=0, max_value=40))
def test_adding_a_met_item_never_lowers_the_percent(
    items: list[cl.ScoredItem], req: cl.Requirement, at: int
) -> None:
    before = cl.score(items).percent
    items.insert(min(at, len(items)), cl.ScoredItem("X.2", req, R.MET))
    after = cl.score(items).percent
    assert after is not None
    assert before is None or after >= before


@given(scored)
def test_a_must_not_met_always_gives_not_met(items: list[cl.ScoredItem]) -> None:
    items.append(cl.ScoredItem("X.3", MUST, R.NOT_MET))
    assert cl.outcome(cl.score(items)) is cl.Outcome.NOT_MET


@given(scored, st.randoms(use_true_random=False))
def test_the_score_ignores_item_order(items: list[cl.ScoredItem], rnd: Any) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert cl.score(shuffled) == cl.score(items)
