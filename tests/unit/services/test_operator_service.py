"""Operator use cases on a real file."""

from __future__ import annotations

import pytest
import sqlite_utils
from helpers.builders import make_operator

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.operators import OperatorInput
from desktop.services import operator_service


def test_create_and_read_back(db: sqlite_utils.Database) -> None:
    operator_id = operator_service.create_operator(
        db,
        OperatorInput(
            name=" Gironde  Vins SAS ",
            headcount=8,
            turnover_eur=1.5e6,
            roles=("exporter",),
            region="Nouvelle-Aquitaine",
            identifiers=(("eori", "", "fr 0000 0000 1234 56"), ("VAT", "FR", "FR12")),
        ),
    )
    row = operator_service.get_operator(db, operator_id)
    assert (row["name"], row["size_class"], row["roles"]) == (
        "Gironde Vins SAS",
        "micro",
        ["exporter"],
    )
    assert row["identifiers"] == [
        {"scheme": "EORI", "country": "FR", "value": "FR00000000123456"},
        {"scheme": "VAT", "country": "FR", "value": "FR12"},
    ]


def test_an_identifier_of_another_operator_is_refused(db: sqlite_utils.Database) -> None:
    make_operator(db, name="Atlas Foods SARL", identifiers=[("EORI", "FR", "FR00000000000777")])
    with pytest.raises(ValidationError) as info:
        make_operator(db, identifiers=[("VAT", "FR", "FR1"), ("EORI", "FR", "FR00000000000777")])
    assert info.value.fields == ["Identifier 2"]
    assert "already belongs to Atlas Foods SARL" in str(info.value)


def test_an_operator_keeps_its_own_identifiers_on_update(db: sqlite_utils.Database) -> None:
    ident = ("EORI", "FR", "FR00000000000888")
    operator_id = make_operator(db, identifiers=[ident])
    operator_service.update_operator(
        db, operator_id, OperatorInput(name="Renamed SAS", headcount=300, identifiers=(ident,))
    )
    row = operator_service.get_operator(db, operator_id)
    assert (row["name"], row["size_class"]) == ("Renamed SAS", "large")


def test_a_missing_operator_is_not_found(db: sqlite_utils.Database) -> None:
    with pytest.raises(NotFoundError):
        operator_service.get_operator(db, 4242)
    with pytest.raises(NotFoundError):
        operator_service.update_operator(db, 4242, OperatorInput(name="X", headcount=1))


def test_find_operators_by_name_or_identifier(db: sqlite_utils.Database) -> None:
    atlas = make_operator(
        db, name="Atlas Foods SARL", identifiers=[("EORI", "FR", "FR0000000000A1")]
    )
    make_operator(db, name="Delta Atlas Transports", identifiers=[])
    found = operator_service.find_operators(db, "atlas")
    assert [r["name"] for r in found] == ["Atlas Foods SARL", "Delta Atlas Transports"]
    assert [r["id"] for r in operator_service.find_operators(db, "fr0000000000a")] == [atlas]
    assert operator_service.find_operators(db, "100%_") == []
