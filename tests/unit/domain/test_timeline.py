"""The case timeline is stored in English and shown in the reader's language."""

from __future__ import annotations

import string
from collections.abc import Iterator

import pytest

from desktop.domain import i18n, timeline
from desktop.domain.cases import KIND_LABELS, STATE_LABELS, CaseKind, CaseState
from desktop.domain.timeline import Kind, Template

#: Values for each template's fields (labels in English, as they are stored).
SAMPLES: dict[Template, dict[str, str]] = {
    timeline.CREATED: {"kind": "Initial application", "reference": "AEO-2026-00042"},
    timeline.ASSIGNED_NOBODY: {},
    timeline.REASSIGNED_NOBODY: {},
    timeline.ASSIGNED: {"name": "Anne Leroy"},
    timeline.REASSIGNED: {"name": "Zoé d'Arc-Martin"},
    timeline.MOVED: {"from_state": "Under examination", "to_state": "Audit scheduled"},
    timeline.CHANGED: {"fields": "priority, programme id, received on"},
    timeline.EXTENDED: {"days": "30", "due": "2026-07-16"},
    timeline.EXTENDED_DAYS: {"days": "45"},
    timeline.TRAINING_EXPIRED: {
        "name": "Anne Leroy",
        "course": "Validation and audit techniques",
        "code": "VAL",
        "day": "2026-01-31",
    },
    timeline.TRAINING_FAILED: {
        "name": "Anne Leroy",
        "course": "Validation and audit techniques",
        "code": "VAL",
        "day": "2026-02-01",
    },
    timeline.TRAINING_NEVER: {
        "name": "Anne Leroy",
        "course": "Validation and audit techniques",
        "code": "VAL",
    },
    timeline.CONTACT_CONFLICT: {
        "officer": "Nina Roux",
        "role": "backup",
        "operator": "Bocage SARL",
        "start": "2026-01-05",
    },
    timeline.USERS_HINT: {"users": "admin, manager", "last": "validator", "password": "pw"},
}
ALL = [*timeline.DETAILS, *timeline.WARNINGS, timeline.USERS_HINT]
SIMPLE = [t for t in ALL if t is not timeline.WITH_WARNING]
LANGS = ("fr", "es")


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_language(request.param)
    try:
        yield request.param
    finally:
        i18n.set_language("en")


def _fields(text: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}


def _show(template: Template, values: dict[str, str], code: str) -> str:
    """What the catalog says for ``template`` with ``values`` (labels translated)."""
    cat = i18n.catalog(code)
    shown = {}
    for name, value in values.items():
        kind = template.spec(name).kind
        if kind is Kind.LABEL:
            value = cat[value]
        elif kind is Kind.LABELS:
            value = ", ".join(cat[v] for v in value.split(", "))
        shown[name] = value
    return cat[template.text].format(**shown)


def _describe(template: Template, text: str) -> str:
    """``text`` shown: a warning as part of the assignment that recorded it."""
    if template is timeline.USERS_HINT:
        return timeline.describe_users_hint(text)
    if template in timeline.WARNINGS:
        said = timeline.describe(timeline.assignment(False, None, [text]))
        head = i18n._("{detail}. Warning: {warnings}").format(
            detail=i18n._("Assigned to nobody"), warnings=""
        )
        assert said.startswith(head)
        return said.removeprefix(head)
    return timeline.describe(text)


def test_every_template_has_samples() -> None:
    assert set(SIMPLE) == set(SAMPLES)
    for template in SIMPLE:
        assert set(SAMPLES[template]) == _fields(template.text), template.text


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("template", ALL, ids=[t.text for t in ALL])
def test_every_template_has_its_translation(template: Template, code: str) -> None:
    cat = i18n.catalog(code)
    assert template.text in cat
    assert _fields(cat[template.text]) == _fields(template.text)
    for name in _fields(template.text):
        for choice in template.spec(name).choices:
            assert choice in cat, f"{choice!r} ({name}) has no {code} translation"


@pytest.mark.parametrize("template", SIMPLE, ids=[t.text for t in SIMPLE])
def test_every_template_round_trips(template: Template, lang: str) -> None:
    """English render -> describe gives the catalog's text with the values."""
    values = SAMPLES[template]
    stored = template.render(**values)
    assert _describe(template, stored) == _show(template, values, lang)


@pytest.mark.parametrize("template", SIMPLE, ids=[t.text for t in SIMPLE])
def test_english_is_shown_as_it_is_stored(template: Template) -> None:
    stored = template.render(**SAMPLES[template])
    assert _describe(template, stored) == stored


@pytest.mark.parametrize("template", timeline.WARNINGS, ids=[t.text for t in timeline.WARNINGS])
def test_a_warning_is_said_in_the_readers_language_and_keeps_its_english(
    template: Template, lang: str
) -> None:
    values = SAMPLES[template]
    said = template.say(**values)  # as the training or contact service says it
    assert said == _show(template, values, lang)
    assert said != template.render(**values)
    assert said.english == template.render(**values)


def test_an_assignment_with_warnings(lang: str) -> None:
    never, conflict = timeline.TRAINING_NEVER, timeline.CONTACT_CONFLICT
    said = [never.say(**SAMPLES[never]), conflict.say(**SAMPLES[conflict])]
    assert said == [_show(never, SAMPLES[never], lang), _show(conflict, SAMPLES[conflict], lang)]
    stored = timeline.assignment(True, "Nina Roux", said)
    english = [never.render(**SAMPLES[never]), conflict.render(**SAMPLES[conflict])]
    assert stored == f"Reassigned to Nina Roux. Warning: {english[0]} {english[1]}"
    cat = i18n.catalog(lang)
    detail = cat["Reassigned to {name}"].format(name="Nina Roux")
    assert timeline.describe(stored) == cat["{detail}. Warning: {warnings}"].format(
        detail=detail, warnings=" ".join(said)
    )


def test_an_unknown_warning_is_kept_and_the_rest_translated(lang: str) -> None:
    never = timeline.TRAINING_NEVER
    stored = timeline.assignment(False, None, ["Something new.", "Another one."])
    assert stored == "Assigned to nobody. Warning: Something new. Another one."
    cat = i18n.catalog(lang)
    assert timeline.describe(stored) == cat["{detail}. Warning: {warnings}"].format(
        detail=cat["Assigned to nobody"], warnings="Something new. Another one."
    )
    first = never.render(**SAMPLES[never])
    mixed = timeline.assignment(False, "Anne Leroy", [first, "Something new."])
    assert timeline.describe(mixed).endswith(f"{_show(never, SAMPLES[never], lang)} Something new.")


def test_assignment_texts() -> None:
    assert timeline.assignment(False, "Anne Leroy") == "Assigned to Anne Leroy"
    assert timeline.assignment(True, "Anne Leroy") == "Reassigned to Anne Leroy"
    assert timeline.assignment(False, None) == "Assigned to nobody"
    assert timeline.assignment(True, None) == "Reassigned to nobody"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Applicant not established in the customs territory.",  # a reason someone typed
        "Attribué à Anne Leroy",  # an event written in French by an earlier version
        "Changed colour",  # not a field the timeline names
        "Granted → Somewhere else",  # not a state
        "Assigned",
    ],
)
def test_unknown_text_is_shown_as_it_is(text: str, lang: str) -> None:
    assert timeline.describe(text) == text
    assert timeline.describe_users_hint(text) == text


def test_every_move_and_kind_is_translated(lang: str) -> None:
    for state in CaseState:
        stored = timeline.MOVED.render(from_state=STATE_LABELS[state], to_state="Withdrawn")
        assert timeline.describe(stored) == f"{state.label} → {CaseState.WITHDRAWN.label}"
    for kind in CaseKind:
        stored = timeline.CREATED.render(kind=KIND_LABELS[kind], reference="R-1")
        assert timeline.describe(stored).startswith(kind.label)


def test_each_warning_is_read_as_its_own_sentence(lang: str) -> None:
    """A later warning's name field must not swallow an earlier sentence."""
    never, expired = timeline.TRAINING_NEVER, timeline.TRAINING_EXPIRED
    first = {"name": "Anne Leroy", "course": "Security", "code": "SEC"}
    second = {"name": "Anne Leroy", "course": "Validation", "code": "VAL", "day": "2026-01-01"}
    said = [never.say(**first), expired.say(**second)]
    stored = timeline.assignment(False, "Anne Leroy", said)
    cat = i18n.catalog(lang)
    assert timeline.describe(stored) == cat["{detail}. Warning: {warnings}"].format(
        detail=cat["Assigned to {name}"].format(name="Anne Leroy"), warnings=" ".join(said)
    )
