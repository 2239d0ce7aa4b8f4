"""Read-only lists the forms and filters need: programmes, staff, unit settings."""

from __future__ import annotations

import sqlite_utils

from db.repositories import operators as operator_repo
from db.repositories import programmes as programme_repo
from db.repositories import settings as settings_repo
from db.repositories import staff as staff_repo
from db.repositories.common import Row
from desktop.domain.operators import SizeClass
from desktop.services import clock


def programmes(db: sqlite_utils.Database, *, active_only: bool = False) -> list[Row]:
    return programme_repo.list_programmes(db, active_only=active_only)


def default_programme_id(db: sqlite_utils.Database, size_class: str | SizeClass) -> int | None:
    """The programme a new case starts on for an operator of ``size_class``: the unit's active
    MSME track (``is_msme_track``) for micro, small and medium operators; None otherwise, or
    when the unit runs no such track."""
    if not SizeClass(size_class).is_msme:
        return None
    for p in programme_repo.list_programmes(db, active_only=True):
        if p["is_msme_track"]:
            return int(p["id"])
    return None


def validators(db: sqlite_utils.Database, *, active_only: bool = True) -> list[Row]:
    on = clock.today().isoformat() if active_only else None
    return staff_repo.list_staff(db, role="validator", active_on=on)


def staff(db: sqlite_utils.Database) -> list[Row]:
    return staff_repo.list_staff(db)


def active_staff(db: sqlite_utils.Database) -> list[Row]:
    """Staff in post today: started, and not yet gone (an end date still ahead counts)."""
    return staff_repo.list_staff(db, active_on=clock.today().isoformat())


def unit_name(db: sqlite_utils.Database) -> str:
    return settings_repo.get(db, "unit_name", "AEO Unit") or "AEO Unit"


def regions(db: sqlite_utils.Database) -> list[str]:
    return operator_repo.distinct_regions(db)


def demo_users_hint(db: sqlite_utils.Database) -> str | None:
    """For a demo database with users: who to sign in as (shown on the sign-in screen)."""
    return settings_repo.get(db, "demo.users_hint")
