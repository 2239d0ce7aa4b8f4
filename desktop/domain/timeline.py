"""The words of a case's timeline (``case_events.detail``): stored in English, shown in the
reader's language.

Events are stored data: they are sealed in the hash chain, travel between the office and the
field laptops, and a demo writes them too. So the text kept is always the English one, made
from a :class:`Template` here (``ASSIGNED.render(name="Anne Leroy")``), and it is translated
only when shown (:func:`describe`): the stored text is matched against the templates, and the
translated template is filled with the values found, themselves translated when they are
labels (state and kind names, field names). Text that no template matches (older events,
text typed by people) is shown as it is.

The assignment warnings come from the training and contact services as :class:`Said` texts:
strings in the reader's language (they are shown before the assignment too) that keep their
English form, which is what is stored.

The demo's sign-in hint (the ``demo.users_hint`` setting) is kept the same way:
:data:`USERS_HINT`, shown with :func:`describe_users_hint`.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache

from desktop.domain.cases import KIND_LABELS, STATE_LABELS
from desktop.domain.i18n import _


class Kind(Enum):
    """What a template's field holds, and so how it is matched and translated."""

    TEXT = "text"  # a name, a reference, a date: kept as it is
    LABEL = "label"  # one of the field's choices: translated
    LABELS = "labels"  # choices joined by ", ", each translated
    DETAIL = "detail"  # another timeline text (without a warning)
    SENTENCES = "sentences"  # warnings joined by " ", each translated when known


@dataclass(frozen=True)
class Field:
    kind: Kind = Kind.TEXT
    #: The English labels a LABEL or LABELS field takes.
    choices: tuple[str, ...] = ()


TEXT = Field()


class Said(str):
    """A text in the reader's language that keeps its English form (:attr:`english`), for
    what is both shown now and stored (an assignment's warnings)."""

    english: str

    def __new__(cls, shown: str, english: str) -> Said:
        said = super().__new__(cls, shown)
        said.english = english
        return said


@dataclass(frozen=True)
class Template:
    """An English text with named ``{fields}``; its translation is in the catalogs."""

    text: str
    fields: Mapping[str, Field] = field(default_factory=dict, hash=False, compare=False)

    def render(self, **values: object) -> str:
        """The English text to store."""
        return self.text.format(**values)

    def say(self, **values: object) -> Said:
        """The text in the reader's language (label fields translated too), keeping its
        English form."""
        shown = {
            name: _(str(value)) if self.spec(name).kind is Kind.LABEL else value
            for name, value in values.items()
        }
        return Said(_(self.text).format(**shown), self.render(**values))

    def spec(self, name: str) -> Field:
        """What the field ``name`` holds."""
        return self.fields.get(name, TEXT)


#: The case fields an edit names in the timeline ("Changed priority, summary"), by column.
EDITED_FIELDS: dict[str, str] = {
    "priority": "priority",
    "programme_id": "programme id",
    "received_on": "received on",
    "summary": "summary",
}

_STATE = Field(Kind.LABEL, tuple(STATE_LABELS.values()))

CREATED = Template(
    "{kind} registered as {reference}", {"kind": Field(Kind.LABEL, tuple(KIND_LABELS.values()))}
)
ASSIGNED_NOBODY = Template("Assigned to nobody")
REASSIGNED_NOBODY = Template("Reassigned to nobody")
ASSIGNED = Template("Assigned to {name}")
REASSIGNED = Template("Reassigned to {name}")
MOVED = Template("{from_state} → {to_state}", {"from_state": _STATE, "to_state": _STATE})
CHANGED = Template(
    "Changed {fields}", {"fields": Field(Kind.LABELS, tuple(EDITED_FIELDS.values()))}
)
EXTENDED = Template("Decision period extended by {days} days (to {due})")
#: What the demo writes (no due date).
EXTENDED_DAYS = Template("Decision period extended by {days} days")
#: An assignment with its warnings (``detail`` is one of the assignment texts above).
WITH_WARNING = Template(
    "{detail}. Warning: {warnings}",
    {"detail": Field(Kind.DETAIL), "warnings": Field(Kind.SENTENCES)},
)

#: The warnings an assignment may record (made by the training and contact services).
TRAINING_EXPIRED = Template("{name}'s mandatory training “{course}” ({code}) expired on {day}.")
TRAINING_FAILED = Template(
    "{name} has not passed the mandatory training “{course}” ({code}) (last attempt failed on "
    "{day})."
)
TRAINING_NEVER = Template("{name} has never completed the mandatory training “{course}” ({code}).")
CONTACT_CONFLICT = Template(
    "{officer} is the {role} contact officer of {operator} (since {start}); validator and "
    "contact officer should be two people.",
    {"role": Field(Kind.LABEL, ("primary", "backup"))},
)
WARNINGS: tuple[Template, ...] = (
    TRAINING_EXPIRED,
    TRAINING_FAILED,
    TRAINING_NEVER,
    CONTACT_CONFLICT,
)

#: Every timeline text, tried in this order (the fixed texts before those they would match).
DETAILS: tuple[Template, ...] = (
    WITH_WARNING,
    CREATED,
    ASSIGNED_NOBODY,
    REASSIGNED_NOBODY,
    ASSIGNED,
    REASSIGNED,
    MOVED,
    CHANGED,
    EXTENDED,
    EXTENDED_DAYS,
)
#: What a WITH_WARNING's ``detail`` may be.
_ASSIGNMENTS = (ASSIGNED_NOBODY, REASSIGNED_NOBODY, ASSIGNED, REASSIGNED)

#: The demo's sign-in hint, kept in the ``demo.users_hint`` setting.
USERS_HINT = Template("Demo database: sign in as {users} or {last}, password {password}")


def assignment(reassigned: bool, name: str | None, warnings: Sequence[str] = ()) -> str:
    """The English text of an assignment (``name`` None: unassigned), with its warnings
    (:class:`Said`, stored in English; a plain string is stored as it is)."""
    if name is None:
        detail = (REASSIGNED_NOBODY if reassigned else ASSIGNED_NOBODY).render()
    else:
        detail = (REASSIGNED if reassigned else ASSIGNED).render(name=name)
    if warnings:
        detail = WITH_WARNING.render(
            detail=detail, warnings=" ".join(getattr(w, "english", w) for w in warnings)
        )
    return detail


def describe(detail: str) -> str:
    """A stored timeline text in the current language (unknown text as it is)."""
    found = _convert(detail, DETAILS)
    return detail if found is None else found


def describe_users_hint(hint: str) -> str:
    """The stored sign-in hint of a demo database in the current language."""
    found = _convert(hint, (USERS_HINT,))
    return hint if found is None else found


# --- matching ---------------------------------------------------------------------------------


def _convert(text: str, templates: Iterable[Template]) -> str | None:
    """English ``text`` as the first template that matches it says it in the current
    language; None when none matches."""
    for template in templates:
        match = _regex(template).fullmatch(text)
        if match is None:
            continue
        found = _fill(template, match)
        if found is not None:
            return found
    return None


def _fill(template: Template, match: re.Match[str]) -> str | None:
    values: dict[str, str] = {}
    for name, raw in match.groupdict().items():
        value = _value(template.spec(name), raw)
        if value is None:
            return None
        values[name] = value
    return _(template.text).format(**values)


def _value(spec: Field, raw: str) -> str | None:
    if spec.kind is Kind.LABEL:
        return _(raw)
    if spec.kind is Kind.LABELS:
        return ", ".join(_(item) for item in raw.split(", "))
    if spec.kind is Kind.DETAIL:
        return _convert(raw, _ASSIGNMENTS)
    if spec.kind is Kind.SENTENCES:
        return _sentences(raw)
    return raw


def _sentences(text: str) -> str:
    """English warnings joined by spaces, each translated when known; the rest as it is."""
    out: list[str] = []
    rest = text
    while rest:
        # The shortest sentence that matches: a name field could stretch over the next one.
        found = [
            (match.end(), template, match)
            for template in WARNINGS
            if (match := _regex(template, prefix=True).match(rest)) is not None
        ]
        said = None
        for end, template, match in sorted(found, key=lambda f: f[0]):
            said = _fill(template, match)
            if said is not None:
                out.append(said)
                rest = rest[end:].lstrip(" ")
                break
        if said is None:
            out.append(rest)
            break
    return " ".join(out)


@cache
def _regex(template: Template, prefix: bool = False) -> re.Pattern[str]:
    """English ``template`` as a pattern with one named group per field (``prefix``: it
    matches a sentence at the start of a text, followed by a space or the end)."""
    text = template.text
    parts: list[str] = []
    seen: set[str] = set()
    for literal, name, _spec, _conv in string.Formatter().parse(text):
        parts.append(re.escape(literal))
        if name is None:
            continue
        if name in seen:
            parts.append(f"(?P={name})")
            continue
        seen.add(name)
        parts.append(f"(?P<{name}>{_group(template.spec(name))})")
    pattern = "".join(parts)
    return re.compile(pattern + r"(?= |\Z)" if prefix else pattern, re.DOTALL)


def _group(spec: Field) -> str:
    if spec.kind in (Kind.LABEL, Kind.LABELS):
        one = "|".join(re.escape(c) for c in sorted(spec.choices, key=len, reverse=True))
        return f"(?:{one})" if spec.kind is Kind.LABEL else f"(?:{one})(?:, (?:{one}))*"
    return ".+?"
