"""Operator use cases."""

from __future__ import annotations

import sqlite_utils

from db.repositories import operators as operator_repo
from db.repositories.common import Row
from desktop.domain.errors import NotFoundError, Problems
from desktop.domain.i18n import _
from desktop.domain.operators import OperatorInput, ValidOperator, validate_operator
from desktop.domain.permissions import Permission
from desktop.services import access, clock


def _check_identifiers_free(
    db: sqlite_utils.Database, op: ValidOperator, operator_id: int | None
) -> None:
    p = Problems()
    for i, ident in enumerate(op.identifiers, start=1):
        owner = operator_repo.identifier_owner(db, ident.scheme.value, ident.country, ident.value)
        if owner is not None and owner["id"] != operator_id:
            p.add(
                f"Identifier {i}",
                _("{identifier} already belongs to {operator}.").format(
                    identifier=ident.display, operator=owner["name"]
                ),
            )
    p.raise_if_any()


def _item(op: ValidOperator) -> dict[str, object]:
    return {
        "name": op.name,
        "headcount": op.headcount,
        "turnover_eur": op.turnover_eur,
        "balance_sheet_eur": op.balance_sheet_eur,
        "size_class": op.size_class.value,
        "sector": op.sector,
        "roles": list(op.roles),
        "region": op.region,
        "address": op.address,
    }


def create_operator(db: sqlite_utils.Database, data: OperatorInput) -> int:
    access.require(Permission.EDIT_OPERATOR)
    op = validate_operator(data)
    now = clock.now_iso()
    with db.atomic():
        _check_identifiers_free(db, op, None)
        operator_id = operator_repo.insert_operator(
            db, {**_item(op), "created_at": now, "updated_at": now}
        )
        operator_repo.replace_identifiers(
            db, operator_id, [(i.scheme.value, i.country, i.value) for i in op.identifiers]
        )
    return operator_id


def update_operator(db: sqlite_utils.Database, operator_id: int, data: OperatorInput) -> None:
    access.require(Permission.EDIT_OPERATOR)
    op = validate_operator(data)
    with db.atomic():
        current = operator_repo.get_operator(db, operator_id)
        if current is None:
            raise NotFoundError(
                _("Operator {id} does not exist (any more).").format(id=operator_id)
            )
        _check_identifiers_free(db, op, operator_id)
        operator_repo.update_operator(db, operator_id, {**_item(op), "updated_at": clock.now_iso()})
        operator_repo.replace_identifiers(
            db, operator_id, [(i.scheme.value, i.country, i.value) for i in op.identifiers]
        )


def get_operator(db: sqlite_utils.Database, operator_id: int) -> Row:
    row = operator_repo.get_operator(db, operator_id)
    if row is None:
        raise NotFoundError(_("Operator {id} does not exist (any more).").format(id=operator_id))
    return row


def find_operators(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[Row]:
    return operator_repo.find_operators(db, text, limit=limit)
