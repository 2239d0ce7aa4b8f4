"""Builders: rows made the way the app makes them, with sensible defaults.

Each takes ``**overrides`` for the fields a test cares about and returns the new id.
Operators and cases go through their services (so validation and events are real); staff have
no service yet and go through the repository inside ``db.atomic()``.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import sqlite_utils

from db.repositories import programmes as programme_repo
from db.repositories import staff as staff_repo
from desktop.domain.operators import OperatorInput
from desktop.services import case_service, clock, operator_service
from desktop.services.actor import Actor
from desktop.services.case_service import CaseInput

_serial = itertools.count(1)

#: Who the builders act as (recorded on events).
BUILDER_ACTOR = Actor(name="builder")


def _eori(n: int) -> str:
    return f"FR{n:014d}"


def make_operator(db: sqlite_utils.Database, **overrides: Any) -> int:
    """A small importer in Bretagne with one EORI, unless ``overrides`` say otherwise.

    ``identifiers`` takes (scheme, country, value) tuples; pass ``()`` for none.
    """
    n = next(_serial)
    fields: dict[str, Any] = {
        "name": f"Opale Textiles {n:03d} SARL",
        "headcount": 20,
        "turnover_eur": 4_000_000.0,
        "balance_sheet_eur": 3_000_000.0,
        "sector": "Textiles and clothing",
        "roles": ("importer",),
        "region": "Bretagne",
        "address": f"{n} rue du Port, 35000 Rennes",
        "identifiers": (("EORI", "FR", _eori(n)),),
    }
    fields.update(overrides)
    fields["roles"] = tuple(fields["roles"])
    fields["identifiers"] = tuple(tuple(i) for i in fields["identifiers"])
    return operator_service.create_operator(db, OperatorInput(**fields))


def make_validator(db: sqlite_utils.Database, **overrides: Any) -> int:
    """An active validator (capacity 10, office in Bretagne) unless ``overrides`` say otherwise.

    Use ``roles=["manager"]`` for someone who is not a validator, or ``active_to=...`` for
    someone who has rotated out.
    """
    n = next(_serial)
    item: dict[str, Any] = {
        "name": f"Camille Martin {n:03d}",
        "email": f"camille.martin.{n}@douane.example",
        "roles": ["validator"],
        "office": "Bretagne",
        "caseload_capacity": 10.0,
        "active_from": "2020-01-01",
        "active_to": None,
        "updated_at": clock.now_iso(),
    }
    item.update(overrides)
    with db.atomic():
        return staff_repo.insert_staff(db, item)


def programme_id(db: sqlite_utils.Database, code: str = "AEOF") -> int:
    """The id of one of the default programmes (AEOC, AEOS, AEOF, T1, T2, MSME)."""
    found = [p["id"] for p in programme_repo.list_programmes(db) if p["code"] == code]
    if not found:
        raise LookupError(f"no programme {code!r}")
    return int(found[0])


def make_case(db: sqlite_utils.Database, actor: Actor = BUILDER_ACTOR, **overrides: Any) -> int:
    """An initial application received today on programme AEOF, for a new operator, unless
    ``overrides`` (any :class:`CaseInput` field) say otherwise."""
    fields: dict[str, Any] = {
        "operator_id": None,
        "programme_id": None,
        "kind": "initial",
        "received_on": None,
        "priority": "normal",
        "validator_id": None,
        "summary": "",
    }
    fields.update(overrides)
    if fields["operator_id"] is None:
        fields["operator_id"] = make_operator(db)
    if fields["programme_id"] is None:
        fields["programme_id"] = programme_id(db)
    if isinstance(fields["received_on"], str):
        fields["received_on"] = date.fromisoformat(fields["received_on"])
    return case_service.create_case(db, CaseInput(**fields), actor)
