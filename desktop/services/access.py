"""Permission checks for the services (Qt-free).

The checks live here, under every screen and command, not in the buttons: a validator who
calls a manager's service directly is refused all the same.

Who is asking: the ``actor`` a service was given when it is a signed-in user (it has roles),
else the user signed in to this process (:func:`sign_in`, set by the app and the command line
after a sign-in). With neither, no user is signed in at all: a database without users
(set-up, maintenance, tests), and nothing is checked.
"""

from __future__ import annotations

import sqlite_utils

from db.repositories import audits as audit_repo
from db.repositories import cases as case_repo
from db.repositories import settings as settings_repo
from desktop.domain.errors import DomainError, NotFoundError
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission, allowed, only_own, refusal
from desktop.services.actor import Actor

_current: Actor | None = None


class PermissionDeniedError(DomainError):
    """The signed-in user's roles do not allow this."""


def sign_in(actor: Actor | None) -> None:
    """The user signed in to this process (``None``: signed out)."""
    global _current
    _current = actor


def current() -> Actor | None:
    return _current


def who(actor: Actor | None = None) -> Actor | None:
    """The actor whose roles count: a given signed-in actor, else the signed-in user."""
    if actor is not None and actor.roles is not None:
        return actor
    return _current if _current is not None else actor


def require(permission: Permission, actor: Actor | None = None) -> None:
    a = who(actor)
    if a is None or a.roles is None:
        return
    if not allowed(a.roles, permission):
        raise PermissionDeniedError(refusal(permission))


def _owned_case(db: sqlite_utils.Database, case_id: int, staff_id: int | None) -> bool:
    row = case_repo.get_case(db, case_id)
    if row is None:
        raise NotFoundError(_("This case does not exist (any more)."))
    return staff_id is not None and row["validator_id"] == staff_id


def require_case(
    db: sqlite_utils.Database, case_id: int, permission: Permission, actor: Actor | None = None
) -> None:
    """``permission`` on one case: validators only on the cases assigned to them."""
    require(permission, actor)
    a = who(actor)
    if a is None or a.roles is None or not only_own(a.roles, permission):
        return
    if not _owned_case(db, case_id, a.staff_id):
        raise PermissionDeniedError(_("You can change only the cases assigned to you."))


def require_audit(
    db: sqlite_utils.Database, audit_id: int, permission: Permission, actor: Actor | None = None
) -> None:
    """``permission`` on one audit: validators only as its lead, in its team, or when its
    case is theirs."""
    require(permission, actor)
    a = who(actor)
    if a is None or a.roles is None or not only_own(a.roles, permission):
        return
    row = audit_repo.get_audit(db, audit_id)
    if row is None:
        raise NotFoundError(_("Audit {id} does not exist (any more).").format(id=audit_id))
    mine = a.staff_id is not None and (
        row["lead_validator_id"] == a.staff_id or a.staff_id in row["team"]
    )
    if not mine and not _owned_case(db, int(row["case_id"]), a.staff_id):
        raise PermissionDeniedError(_("You can work only on the audits you lead or take part in."))


def validators_read_all(db: sqlite_utils.Database) -> bool:
    """The unit's policy: may a validator read every case, or only their own?"""
    return settings_repo.get(db, "policy.validators_read_all", "1") == "1"


def readable_validator(db: sqlite_utils.Database, actor: Actor | None = None) -> int | None:
    """The staff id a case list must be limited to (a validator, when the policy says so),
    else None (every case)."""
    a = who(actor)
    if a is None or a.roles is None or validators_read_all(db):
        return None
    if a.roles & {"manager", "admin", "contact_officer"}:
        return None
    return a.staff_id if a.staff_id is not None else -1
