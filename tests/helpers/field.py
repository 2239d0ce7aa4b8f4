"""Two real database files, an office master and a validator's laptop, and the packages
between them (field_service)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from db.repositories import field as field_repo
from desktop.domain import checklists as cl
from desktop.services import audit_service, field_service
from desktop.services.actor import Actor
from desktop.services.database import open_database
from desktop.services.package_format import KdfParams
from helpers.audits import AUDITOR, answer_all, case_in, item_ids, plan, plan_actions, write_png
from helpers.builders import make_validator

PASS = "correct horse battery staple"
#: Cheap scrypt settings: the tests exercise the format, not the cost.
CHEAP = KdfParams(n=2**12, r=8, p=1)
MANAGER = Actor(name="Hélène Manager")
VALIDATOR_ACTOR = Actor(name="Claire Dubois")


@dataclass
class Office:
    db: sqlite_utils.Database
    validator_id: int
    cases: list[int]
    audit_id: int
    items: dict[str, int]


def build_office(db: sqlite_utils.Database, tmp: Path) -> Office:
    """Two cases for one validator; the first has an audit with answers, a finding, an
    action and an attachment."""
    validator = make_validator(db, name="Ana Silva")
    first = case_in(db, validator_id=validator)
    second = case_in(db, validator_id=validator)
    audit_id = plan(db, case_id=first, lead_validator_id=validator)
    codes = list(item_ids(db, audit_id))
    items = answer_all(db, audit_id, cl.Result.MET, overrides={codes[0]: cl.Result.NOT_MET})
    plan_actions(db, audit_id)
    audit_service.add_evidence(
        db, audit_id, write_png(tmp, "gate.png", 4096), AUDITOR, item_id=items[codes[1]]
    )
    return Office(db, validator, [first, second], audit_id, items)


def new_laptop(tmp: Path, name: str = "laptop.sqlite") -> sqlite_utils.Database:
    """A fresh database of its own (its own unit and installation ids)."""
    return open_database(tmp / name)


def check_out(office: Office, tmp: Path, **kw: Any) -> Path:
    out = tmp / "out.aeopkg"
    field_service.check_out(
        office.db,
        kw.pop("cases", office.cases),
        validator_id=office.validator_id,
        laptop=kw.pop("laptop", "LAP-0427"),
        out_path=out,
        passphrase=kw.pop("passphrase", PASS),
        actor=MANAGER,
        kdf=CHEAP,
        **kw,
    )
    return out


def snapshot(db: sqlite_utils.Database, case_uuids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The portable rows of these cases, sorted, for a row-by-row comparison across files."""
    tr = field_repo.Translator(db)
    ids = [tr.id_of("cases", u) for u in case_uuids]
    bundle = field_service.read_bundle(db, [i for i in ids if i is not None])
    return {t: sorted(rs, key=lambda r: r["uuid"]) for t, rs in bundle.rows.items()}


def case_uuids(db: sqlite_utils.Database, case_ids: list[int]) -> list[str]:
    tr = field_repo.Translator(db)
    return [tr.uuid_of("cases", c) for c in case_ids]
