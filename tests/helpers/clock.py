"""A fixed "now" for tests (the clock is the one thing the house style lets tests replace)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from desktop.services import clock

#: The "now" of every test that freezes time: a Monday morning in June.
FROZEN_NOW = datetime(2026, 6, 15, 10, 0, 0, tzinfo=UTC)
#: Its date where the tests run (``clock.today()`` uses the local time zone).
FROZEN_TODAY: date = FROZEN_NOW.astimezone().date()


@contextmanager
def frozen(at: datetime = FROZEN_NOW) -> Iterator[datetime]:
    """Make :func:`desktop.services.clock.now` return ``at`` inside the block."""
    clock.set_clock(lambda: at)
    try:
        yield at
    finally:
        clock.reset()
