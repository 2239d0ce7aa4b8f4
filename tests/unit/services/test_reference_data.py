"""Reference data the forms and the toolbar need: who is in post, which programme a case
starts on."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlite_utils
from helpers.builders import make_validator, programme_id
from helpers.clock import FROZEN_TODAY

from desktop.domain.operators import SizeClass
from desktop.services import reference_data

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_active_staff_are_those_in_post_today(db: sqlite_utils.Database) -> None:
    day = timedelta(days=1)
    make_validator(db, name="Anne (in post)")
    make_validator(db, name="Bruno (leaving next month)", active_to=str(FROZEN_TODAY + 30 * day))
    make_validator(db, name="Chloé (last day today)", active_to=str(FROZEN_TODAY))
    make_validator(db, name="Denis (left yesterday)", active_to=str(FROZEN_TODAY - day))
    make_validator(db, name="Emma (starts tomorrow)", active_from=str(FROZEN_TODAY + day))
    make_validator(db, name="Farid (started today)", active_from=str(FROZEN_TODAY))
    make_validator(db, name="Gaëlle (manager)", roles=["manager"])
    assert [p["name"] for p in reference_data.active_staff(db)] == [
        "Anne (in post)",
        "Bruno (leaving next month)",
        "Chloé (last day today)",
        "Farid (started today)",
        "Gaëlle (manager)",
    ]


@pytest.mark.parametrize("size", ["micro", "small", "medium", SizeClass.SMALL])
def test_an_msme_starts_on_the_msme_track(db: sqlite_utils.Database, size: str) -> None:
    assert reference_data.default_programme_id(db, size) == programme_id(db, "MSME")


def test_a_large_operator_has_no_default_programme(db: sqlite_utils.Database) -> None:
    assert reference_data.default_programme_id(db, "large") is None


def test_the_msme_track_is_found_by_its_flag_not_its_label(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.conn.execute(
            "UPDATE programmes SET code = 'PME', name = 'Parcours simplifié PME' "
            "WHERE is_msme_track = 1"
        )
        db.conn.execute("UPDATE programmes SET name = 'MSME-friendly AEOC' WHERE code = 'AEOC'")
    msme = programme_id(db, "PME")
    assert reference_data.default_programme_id(db, "micro") == msme


def test_an_inactive_msme_track_is_not_offered(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.conn.execute("UPDATE programmes SET is_active = 0 WHERE is_msme_track = 1")
    assert reference_data.default_programme_id(db, "small") is None
