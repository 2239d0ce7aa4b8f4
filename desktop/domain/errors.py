"""Errors that carry a message for the user. Everything else escaping the core is a bug."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.i18n import _


class DomainError(Exception):
    """A rule of the business was broken; ``message`` can be shown as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """One or more fields hold impossible values. ``problems`` maps field label -> message.

    Field labels stay in English, because the UI finds its widgets by them; they are
    translated only in the text shown. Messages come already translated (``_()``).
    """

    def __init__(self, problems: dict[str, str] | str, field: str | None = None) -> None:
        if isinstance(problems, str):
            problems = {field or "": problems}
        self.problems = dict(problems)
        lines = [f"{_(f)}: {m}" if f else m for f, m in self.problems.items()]
        super().__init__("\n".join(lines))

    @property
    def fields(self) -> list[str]:
        return list(self.problems)


class InvalidTransitionError(DomainError):
    """A case cannot move from one state to another; the message lists the legal moves."""

    def __init__(self, current: str, target: str, legal: Iterable[str]) -> None:
        legal = list(legal)
        options = ", ".join(legal) if legal else "none (this is a final state)"
        super().__init__(
            f"A case in state '{current}' cannot move to '{target}'. Legal: {options}."
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
