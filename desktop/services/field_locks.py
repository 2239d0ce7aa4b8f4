"""Is a case locked by a field-laptop check-out? (Qt-free; kept apart from field_service so
that the case and audit services can ask without importing the package machinery.)

The triggers of migration 0005 refuse the writes anyway; asking first gives the person a
sentence that says where the case is and what to do, instead of a database error.
"""

from __future__ import annotations

import sqlite_utils

from db.repositories import field as repo
from desktop.domain.errors import DomainError
from desktop.domain.i18n import _


class CaseCheckedOutError(DomainError):
    """A write to a case that is out on a field laptop (or returned from this one)."""


def lock_reason(db: sqlite_utils.Database, case_id: int) -> str | None:
    """Why this case is read-only here, or None when it is not."""
    found = repo.where_is(db, [case_id]).get(case_id)
    if found is None:
        return None
    if found["side"] == "office":
        return _(
            "This case is checked out to {where} since {since}. It is read-only here until it "
            "is checked in, or a manager forces a release."
        ).format(
            where=laptop_name(found["validator"], found["laptop"]),
            since=str(found["since"])[:10],
        )
    if found["status"] == "returned":
        return _(
            "This case was returned to the office; this copy is read-only. Ask the office to "
            "check it out to you again to change it."
        )
    return None


_DEFAULT_SUFFIX = "'s laptop"


def default_laptop_label(validator: str) -> str:
    """The label a laptop gets when nobody names it, as stored: always English, so that
    :func:`laptop_name` and :func:`laptop_label` show it in any language ("Ana Silva's
    laptop")."""
    return f"{validator}{_DEFAULT_SUFFIX}"


def laptop_label(laptop: str) -> str:
    """A laptop's label as shown on its own: the stored default ("Ana Silva's laptop") in the
    reader's language, any other label as it was typed."""
    if laptop.endswith(_DEFAULT_SUFFIX) and len(laptop) > len(_DEFAULT_SUFFIX):
        said = _("{name}'s laptop").format(name=laptop[: -len(_DEFAULT_SUFFIX)])
        return said[:1].upper() + said[1:]
    return laptop


def laptop_name(validator: str, laptop: str) -> str:
    """ "Ana Silva's laptop (LAP-0427)", or just "Ana Silva's laptop" for the default label,
    in the current language."""
    own = _("{name}'s laptop").format(name=validator)
    if laptop in ("", default_laptop_label(validator)):
        return own
    return _("{name}'s laptop ({laptop})").format(name=validator, laptop=laptop)


def require_editable(db: sqlite_utils.Database, case_id: int) -> None:
    """Raise :class:`CaseCheckedOutError` with a plain message if the case is locked here."""
    reason = lock_reason(db, case_id)
    if reason is not None:
        raise CaseCheckedOutError(reason)
