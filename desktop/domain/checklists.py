"""Checklist templates (a tree of sections whose leaves are items), answers and scoring.

Scoring rule (written down, as the product asks):

* Each assessed item scores met = 1, partially met = 0.5, not met = 0. "Not applicable" and
  "not assessed" items are left out of the score.
* Must items weigh 2, Should items weigh 1.
* A section's score is the weighted mean of its assessed items (subsections included), as a
  percentage; the overall score is the same over every item in scope.
* Outcome: **not met** if any Must item is not met (whatever the score) or the overall score
  is below 50 %; otherwise **improvement plan** if any item is partially met or not met;
  otherwise **met**.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import _, pgettext

FORMAT = "aeo-desk-checklist/1"
PROGRAMME_CODES = ("AEOC", "AEOS", "AEOF", "T1", "T2", "MSME")
MAX_DEPTH = 3
_CODE = re.compile(r"^[A-Z][A-Za-z0-9.\-]{0,19}$")


class Requirement(Enum):
    MUST = "must"
    SHOULD = "should"

    @property
    def weight(self) -> int:
        return 2 if self is Requirement.MUST else 1

    @property
    def label(self) -> str:
        """ "Must" / "Should", in the chosen language."""
        return _("Must") if self is Requirement.MUST else _("Should")


class Result(Enum):
    NOT_ASSESSED = "not_assessed"
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        labels = {
            Result.NOT_ASSESSED: _("Not assessed"),
            Result.MET: _("Met"),
            Result.PARTIALLY_MET: _("Partially met"),
            Result.NOT_MET: _("Not met"),
            Result.NOT_APPLICABLE: _("Not applicable"),
        }
        return labels[self]

    @property
    def is_shortfall(self) -> bool:
        return self in (Result.PARTIALLY_MET, Result.NOT_MET)

    @property
    def points(self) -> float | None:
        return {Result.MET: 1.0, Result.PARTIALLY_MET: 0.5, Result.NOT_MET: 0.0}.get(self)


class Severity(Enum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def label(self) -> str:
        labels = {
            Severity.MINOR: _("Minor"),
            Severity.MAJOR: _("Major"),
            Severity.CRITICAL: _("Critical"),
        }
        return labels[self]


class Outcome(Enum):
    MET = "met"
    IMPROVEMENT_PLAN = "improvement_plan"
    NOT_MET = "not_met"

    @property
    def label(self) -> str:
        labels = {
            Outcome.MET: _("Met"),
            Outcome.IMPROVEMENT_PLAN: _("Met with an improvement plan"),
            Outcome.NOT_MET: _("Not met"),
        }
        return labels[self]


class AuditStatus(Enum):
    """Where a site audit stands (``audits.status``)."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FINALISED = "finalised"
    CANCELLED = "cancelled"

    @property
    def english(self) -> str:
        return {
            AuditStatus.PLANNED: "Planned",
            AuditStatus.IN_PROGRESS: "In progress",
            AuditStatus.FINALISED: "Finalised",
            AuditStatus.CANCELLED: "Cancelled",
        }[self]

    @property
    def label(self) -> str:
        return pgettext("audit status", self.english)


class ActionStatus(Enum):
    """Where a corrective action stands; "overdue" is an open action past its due date
    (``audit_service.action_status``)."""

    OPEN = "open"
    OVERDUE = "overdue"
    DONE = "done"
    VERIFIED = "verified"

    @property
    def english(self) -> str:
        return {
            ActionStatus.OPEN: "Open",
            ActionStatus.OVERDUE: "Overdue",
            ActionStatus.DONE: "Done",
            ActionStatus.VERIFIED: "Verified",
        }[self]

    @property
    def label(self) -> str:
        return pgettext("action status", self.english)


@dataclass(frozen=True)
class Item:
    code: str
    text: str
    guidance: str
    requirement: Requirement
    applies_to: tuple[str, ...]
    msme_keeps: bool
    saq: str | None


@dataclass(frozen=True)
class Section:
    code: str
    title: str
    sections: tuple[Section, ...] = ()
    items: tuple[Item, ...] = ()

    def all_items(self) -> Iterator[Item]:
        yield from self.items
        for sub in self.sections:
            yield from sub.all_items()


@dataclass(frozen=True)
class Template:
    code: str
    version: str
    name: str
    description: str
    programmes: tuple[str, ...]
    msme_track: bool
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def all_items(self) -> Iterator[Item]:
        for s in self.sections:
            yield from s.all_items()

    def walk(self) -> Iterator[tuple[int, Section]]:
        """(depth, section) for every section, depth first, in order."""

        def rec(sections: Sequence[Section], depth: int) -> Iterator[tuple[int, Section]]:
            for s in sections:
                yield depth, s
                yield from rec(s.sections, depth + 1)

        yield from rec(self.sections, 1)


# --- parsing and validation ---------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where a problem is in a template. ``label`` names it for people, in the chosen language
    ("Template X 1, item A.1"); ``section`` / ``item`` carry the code of the section or item it
    is in, and ``key`` the JSON key it is about ("requirement"), so that a reader of another
    form of the template (``template_xlsx``) finds its own row and column without reading the
    label back."""

    label: str
    section: str | None = None
    item: str | None = None
    key: str | None = None

    def at(self, key: str) -> Place:
        """The same place, about its JSON ``key``."""
        return replace(self, key=key)


class TemplateError(ValidationError):
    """A template is broken; the problem's field is ``place.label``."""

    def __init__(self, message: str, place: Place) -> None:
        super().__init__(message, field=place.label)
        self.place = place


def where_section(where: str, code: str) -> Place:
    return Place(_("{where}, section {code}").format(where=where, code=code), section=code)


def where_item(where: str, code: str) -> Place:
    return Place(_("{where}, item {code}").format(where=where, code=code), item=code)


def _text(obj: Mapping[str, Any], key: str, where: Place, *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise TemplateError(_("'{key}' must be a non-empty text.").format(key=key), where.at(key))
    return value.strip()


def parse_template(data: Any) -> Template:
    """Build a :class:`Template` from its JSON form; refuse anything broken, naming where
    (:class:`TemplateError`)."""
    top = Place("Template")
    if not isinstance(data, dict):
        raise TemplateError(_("the file is not a checklist template (no JSON object)."), top)
    if data.get("format") != FORMAT:
        raise TemplateError(
            _("unknown format {found}; expected {expected}.").format(
                found=repr(data.get("format")), expected=FORMAT
            ),
            top.at("format"),
        )
    code = _text(data, "code", top)
    version = _text(data, "version", Place(_("Template {code}").format(code=code)))
    where = _("Template {code} {version}").format(code=code, version=version)
    template = Place(where)
    programmes = data.get("programmes", [])
    if not isinstance(programmes, list) or any(p not in PROGRAMME_CODES for p in programmes):
        raise TemplateError(
            _("'programmes' must list codes from {codes}.").format(
                codes=", ".join(PROGRAMME_CODES)
            ),
            template.at("programmes"),
        )
    seen: set[str] = set()

    def section(obj: Any, depth: int, path: str) -> Section:
        unnamed = Place(f"{where}, {path}")
        if not isinstance(obj, dict):
            raise TemplateError(_("a section must be an object."), unnamed)
        s_code = _text(obj, "code", unnamed)
        s_where = where_section(where, s_code)
        if not _CODE.match(s_code):
            raise TemplateError(_("'{code}' is not a valid code.").format(code=s_code), s_where)
        if s_code in seen:
            raise TemplateError(_("the code {code} is used twice.").format(code=s_code), s_where)
        seen.add(s_code)
        if depth > MAX_DEPTH:
            raise TemplateError(
                _("sections nest at most {depth} levels deep.").format(depth=MAX_DEPTH), s_where
            )
        subs = obj.get("sections") or []
        items = obj.get("items") or []
        if not isinstance(subs, list) or not isinstance(items, list):
            raise TemplateError(_("'sections' and 'items' must be lists."), s_where)
        if not subs and not items:
            raise TemplateError(_("the section is empty (no items and no subsections)."), s_where)
        return Section(
            code=s_code,
            title=_text(obj, "title", s_where),
            sections=tuple(section(x, depth + 1, _("in {code}").format(code=s_code)) for x in subs),
            items=tuple(item(x, s_code) for x in items),
        )

    def item(obj: Any, parent: str) -> Item:
        if not isinstance(obj, dict):
            raise TemplateError(_("an item must be an object."), where_section(where, parent))
        i_code = _text(
            obj,
            "code",
            Place(
                _("{where}, an item of section {code}").format(where=where, code=parent),
                section=parent,
            ),
        )
        i_where = where_item(where, i_code)
        if not _CODE.match(i_code):
            raise TemplateError(_("'{code}' is not a valid code.").format(code=i_code), i_where)
        if i_code in seen:
            raise TemplateError(_("the code {code} is used twice.").format(code=i_code), i_where)
        seen.add(i_code)
        try:
            requirement = Requirement(obj.get("requirement"))
        except ValueError:
            raise TemplateError(
                _("'requirement' must be 'must' or 'should'."), i_where.at("requirement")
            ) from None
        applies = obj.get("applies_to")
        if (
            not isinstance(applies, list)
            or not applies
            or any(a not in PROGRAMME_CODES for a in applies)
        ):
            raise TemplateError(
                _("'applies_to' must list codes from {codes}.").format(
                    codes=", ".join(PROGRAMME_CODES)
                ),
                i_where.at("applies_to"),
            )
        keeps = obj.get("msme_keeps")
        if not isinstance(keeps, bool):
            raise TemplateError(_("'msme_keeps' must be true or false."), i_where.at("msme_keeps"))
        saq = obj.get("saq")
        if saq is not None and not isinstance(saq, str):
            raise TemplateError(_("'saq' must be a text or null."), i_where.at("saq"))
        return Item(
            code=i_code,
            text=_text(obj, "text", i_where),
            guidance=_text(obj, "guidance", i_where, required=False),
            requirement=requirement,
            applies_to=tuple(applies),
            msme_keeps=keeps,
            saq=saq or None,
        )

    sections = data.get("sections")
    if not isinstance(sections, list) or not sections:
        raise TemplateError(_("the template has no sections."), template.at("sections"))
    return Template(
        code=code,
        version=version,
        name=_text(data, "name", template),
        description=_text(data, "description", template, required=False),
        programmes=tuple(programmes),
        msme_track=bool(data.get("msme_track", False)),
        sections=tuple(
            section(s, 1, _("section #{number}").format(number=n))
            for n, s in enumerate(sections, 1)
        ),
    )


def template_to_json(t: Template) -> dict[str, Any]:
    def item(i: Item) -> dict[str, Any]:
        return {
            "code": i.code,
            "text": i.text,
            "guidance": i.guidance,
            "requirement": i.requirement.value,
            "applies_to": list(i.applies_to),
            "msme_keeps": i.msme_keeps,
            "saq": i.saq,
        }

    def section(s: Section) -> dict[str, Any]:
        return {
            "code": s.code,
            "title": s.title,
            "sections": [section(x) for x in s.sections],
            "items": [item(i) for i in s.items],
        }

    return {
        "format": FORMAT,
        "code": t.code,
        "version": t.version,
        "name": t.name,
        "description": t.description,
        "programmes": list(t.programmes),
        "msme_track": t.msme_track,
        "sections": [section(s) for s in t.sections],
    }


def in_scope(item: Item, programme: str, msme_track: bool) -> bool:
    """Whether an audit for ``programme`` asks this item. On the MSME track, only the items
    the track keeps."""
    if programme not in item.applies_to:
        return False
    return item.msme_keeps if msme_track else True


# --- scoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoredItem:
    code: str
    requirement: Requirement
    result: Result


@dataclass(frozen=True)
class Score:
    total: int
    answered: int
    shortfalls: int
    must_not_met: int
    percent: float | None  # None while nothing scorable is answered

    @property
    def progress(self) -> float:
        return self.answered / self.total if self.total else 1.0


def score(items: Iterable[ScoredItem]) -> Score:
    total = answered = shortfalls = must_not_met = 0
    got = possible = 0.0
    for it in items:
        total += 1
        if it.result is Result.NOT_ASSESSED:
            continue
        answered += 1
        if it.result.is_shortfall:
            shortfalls += 1
        if it.result is Result.NOT_MET and it.requirement is Requirement.MUST:
            must_not_met += 1
        points = it.result.points
        if points is not None:
            w = it.requirement.weight
            got += w * points
            possible += w
    percent = round(100.0 * got / possible, 1) if possible else None
    return Score(total, answered, shortfalls, must_not_met, percent)


def outcome(overall: Score) -> Outcome:
    if overall.must_not_met or (overall.percent is not None and overall.percent < 50.0):
        return Outcome.NOT_MET
    if overall.shortfalls:
        return Outcome.IMPROVEMENT_PLAN
    return Outcome.MET


def check_answer(result: Result, severity: Severity | None, note: str) -> Severity | None:
    """A shortfall needs a severity; other results carry none."""
    if result.is_shortfall:
        if severity is None:
            raise ValidationError(
                _("a shortfall needs a severity (minor, major or critical)."), field="Severity"
            )
        return severity
    return None
