"""The one clock of the app. Tests replace it (the clock is something a person "does").

``set_clock`` replaces it for the whole process (tests); ``override`` for the current thread
only (the demo builder stamps historical audits on a worker while the UI keeps real time).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731
_local = threading.local()


def now() -> datetime:
    fn = getattr(_local, "fn", None)
    return fn() if fn is not None else _now()


def now_iso() -> str:
    return now().astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def today() -> date:
    return now().astimezone().date()


def set_clock(fn: Callable[[], datetime]) -> None:
    global _now
    _now = fn


def reset() -> None:
    set_clock(lambda: datetime.now(UTC))


@contextmanager
def override() -> Iterator[Callable[[datetime], None]]:
    """For this thread only: ``with override() as set_to: set_to(moment)`` makes ``now()``
    return ``moment`` until the block ends (then the previous clock is back)."""
    previous = getattr(_local, "fn", None)

    def set_to(moment: datetime) -> None:
        _local.fn = lambda: moment

    try:
        yield set_to
    finally:
        _local.fn = previous
