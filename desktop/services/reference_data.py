"""Read-only lists the forms and filters need: programmes, staff, unit settings."""

from __future__ import annotations

import sqlite_utils

from db.repositories import operators as operator_repo
from db.repositories import programmes as programme_repo
from db.repositories import settings as settings_repo
from db.repositories import staff as staff_repo
from db.repositories.common import Row
from desktop.services import clock


def programmes(db: sqlite_utils.Database, *, active_only: bool = False) -> list[Row]:
    return programme_repo.list_programmes(db, active_only=active_only)


def validators(db: sqlite_utils.Database, *, active_only: bool = True) -> list[Row]:
    on = clock.today().isoformat() if active_only else None
    return staff_repo.list_staff(db, role="validator", active_on=on)


def staff(db: sqlite_utils.Database) -> list[Row]:
    return staff_repo.list_staff(db)


def unit_name(db: sqlite_utils.Database) -> str:
    return settings_repo.get(db, "unit_name", "AEO Unit") or "AEO Unit"


def regions(db: sqlite_utils.Database) -> list[str]:
    return operator_repo.distinct_regions(db)
