"""Errors that carry a message for the user. Everything else escaping the core is a bug."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from desktop.domain.i18n import _


class DomainError(Exception):
    """A rule of the business was broken; ``message`` can be shown as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


_NUMBER = re.compile(r"\d+")


def field_label(field: str) -> str:
    """A field label as shown: translated, numbered ones too ("Attendee 3", "Identifier 2
    (EORI)") through a ``{n}`` entry ("Attendee {n}")."""
    shown = _(field)
    if shown == field and (number := _NUMBER.search(field)):
        template = _NUMBER.sub("{n}", field, count=1)
        translated = _(template)
        if translated != template:
            return translated.format(n=number.group())
    return shown


class ValidationError(DomainError):
    """One or more fields hold impossible values. ``problems`` maps field label -> message.

    Field labels stay in English, because the UI finds its widgets by them; they are
    translated only in the text shown. Messages come already translated (``_()``).
    """

    def __init__(self, problems: dict[str, str] | str, field: str | None = None) -> None:
        if isinstance(problems, str):
            problems = {field or "": problems}
        self.problems = dict(problems)
        lines = [
            _("{field}: {message}").format(field=field_label(f), message=m) if f else m
            for f, m in self.problems.items()
        ]
        super().__init__("\n".join(lines))

    @property
    def fields(self) -> list[str]:
        return list(self.problems)


class InvalidTransitionError(DomainError):
    """A case cannot move from one state to another; the message lists the legal moves.

    ``current``, ``target`` and ``legal`` are state codes; ``label`` names them for people.
    """

    def __init__(
        self,
        current: str,
        target: str,
        legal: Iterable[str],
        *,
        label: Callable[[str], str] = str,
    ) -> None:
        legal = list(legal)
        if legal:
            text = _("A case in state '{current}' cannot move to '{target}'. Legal: {legal}.")
        else:
            text = _(
                "A case in state '{current}' cannot move to '{target}'. "
                "Legal: none (this is a final state)."
            )
        super().__init__(
            text.format(
                current=label(current),
                target=label(target),
                legal=", ".join(label(s) for s in legal),
            )
        )
        self.current = current
        self.target = target
        self.legal = legal


class NotFoundError(DomainError):
    """A record the user asked for does not exist (any more)."""


class Problems:
    """Collects field problems, then raises them all at once."""

    def __init__(self) -> None:
        self._problems: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self._problems.setdefault(field, message)

    def __bool__(self) -> bool:
        return bool(self._problems)

    def raise_if_any(self) -> None:
        if self._problems:
            raise ValidationError(self._problems)
