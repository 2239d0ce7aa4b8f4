"""The one clock of the app. Tests replace it (the clock is something a person "does")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    return _now()


def now_iso() -> str:
    return now().astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def today() -> date:
    return now().astimezone().date()


def set_clock(fn: Callable[[], datetime]) -> None:
    global _now
    _now = fn


def reset() -> None:
    set_clock(lambda: datetime.now(UTC))
