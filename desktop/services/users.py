"""Users, roles and signing in (Qt-free).

A user row (in the database: name, roles, linked staff member) says what someone may do; the
key slot (beside the database, :mod:`keyring`) says whether they know their password and
holds the database key. Signing in needs both, and the key file must belong to the database
(``keys.db_id``), so a key file copied next to another database opens nothing.
"""

from __future__ import annotations

import json
import os
import secrets
import string
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from db.repositories import settings as settings_repo
from db.repositories import users as repo
from db.repositories.common import Row, new_uuid
from desktop.domain.errors import DomainError, NotFoundError, ValidationError
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission
from desktop.services import access, clock, keyring
from desktop.services.access import PermissionDeniedError
from desktop.services.actor import Actor
from desktop.services.database import open_database, remember_key

__all__ = ["PermissionDeniedError", "Session", "User"]

ROLES = ("validator", "contact_officer", "manager", "admin")
ROLE_LABELS = {
    "validator": "Validator",
    "contact_officer": "Contact officer",
    "manager": "Manager",
    "admin": "Administrator",
}


def role_label(role: str) -> str:
    """A role's name in the current language (the code itself for an unknown role)."""
    return _(ROLE_LABELS[role]) if role in ROLE_LABELS else role


@dataclass(frozen=True)
class User:
    id: int
    uuid: str
    username: str
    staff_id: int | None
    staff_name: str | None
    roles: tuple[str, ...]
    is_active: bool

    @property
    def display_name(self) -> str:
        return self.staff_name or self.username

    def actor(self) -> Actor:
        return Actor(
            name=self.display_name,
            staff_id=self.staff_id,
            roles=frozenset(self.roles),
            user_uuid=self.uuid,
        )


@dataclass(frozen=True)
class Session:
    """Who is signed in, with the database key (memory only) and their open connection."""

    db_path: Path
    user: User
    db_key: bytes
    encrypted: bool
    must_change: bool
    db: sqlite_utils.Database

    @property
    def actor(self) -> Actor:
        return self.user.actor()

    @property
    def key(self) -> bytes | None:
        """The key to open the file with: ``None`` for an unencrypted file."""
        return self.db_key if self.encrypted else None


def _user(row: Row) -> User:
    return User(
        id=int(row["id"]),
        uuid=row["uuid"],
        username=row["username"],
        staff_id=row["staff_id"],
        staff_name=row.get("staff_name"),
        roles=tuple(json.loads(row["roles"])),
        is_active=bool(row["is_active"]),
    )


def users_set_up(db_path: str | os.PathLike[str]) -> bool:
    """True when the database has users (and so a key file): a sign-in is needed."""
    return keyring.exists(db_path)


def list_users(db: sqlite_utils.Database) -> list[User]:
    return [_user(r) for r in repo.list_users(db)]


def _clean_roles(roles: tuple[str, ...] | list[str]) -> list[str]:
    cleaned = [r for r in ROLES if r in set(roles)]
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValidationError(
            _("unknown role {roles}.").format(roles=", ".join(sorted(unknown))), field="Roles"
        )
    if not cleaned:
        raise ValidationError(_("give the user at least one role."), field="Roles")
    return cleaned


def _clean_username(db: sqlite_utils.Database, username: str, user_id: int | None = None) -> str:
    name = " ".join(username.split())
    if not name:
        raise ValidationError(_("is required."), field="User name")
    if len(name) > 64:
        raise ValidationError(_("at most {count} characters.").format(count=64), field="User name")
    taken = repo.find_by_username(db, name)
    if taken is not None and taken["id"] != user_id:
        raise ValidationError(_("'{name}' is already taken.").format(name=name), field="User name")
    return name


def create_first_admin(
    db_path: str | os.PathLike[str],
    db: sqlite_utils.Database,
    username: str,
    password: str,
    *,
    staff_id: int | None = None,
    roles: tuple[str, ...] = ("admin", "manager"),
) -> Session:
    """The first run: make the administrator, the key file and the database key."""
    if keyring.exists(db_path) or repo.count_users(db):
        raise DomainError(_("Users are already set up for this database: sign in instead."))
    name = _clean_username(db, username)
    keyring.check_password(password, name)
    roles_ = _clean_roles(roles)
    if "admin" not in roles_:
        raise ValidationError(_("the first user must be an administrator."), field="Roles")
    db_id = new_uuid()
    ring, db_key = keyring.create(db_path, db_id)
    with db.atomic():
        settings_repo.put(db, "keys.db_id", db_id)
        user_id = repo.insert_user(
            db,
            {
                "uuid": new_uuid(),
                "username": name,
                "staff_id": staff_id,
                "roles": roles_,
                "created_at": clock.now_iso(),
                "created_by": name,
            },
        )
        user = _user(repo.get_user(db, user_id) or {})
        keyring.set_password(ring, user.uuid, user.username, password, db_key)
    return Session(Path(db_path), user, db_key, False, False, db)


def sign_in(db_path: str | os.PathLike[str], username: str, password: str) -> Session:
    """Check the password against its slot, open the database (with its key if encrypted),
    and return the session. Wrong password, waits and lockouts raise :class:`AuthError`."""
    ring = keyring.load(db_path)
    unlocked = keyring.unlock(ring, username, password)
    db = open_database(db_path, key=unlocked.db_key if ring.encrypted else None)
    try:
        if settings_repo.get(db, "keys.db_id") != ring.db_id:
            raise keyring.AuthError(
                _(
                    "The key file {key_file} belongs to another database; nothing was opened."
                ).format(key_file=ring.path.name)
            )
        row = repo.get_user_by_uuid(db, unlocked.user_uuid)
        if row is None or not row["is_active"]:
            raise keyring.AuthError(
                _("{user} may no longer sign in here.").format(user=unlocked.username)
            )
        user = _user(row)
        with db.atomic():
            repo.touch_login(db, user.id, clock.now_iso())
    except BaseException:
        db.close()
        raise
    return Session(Path(db_path), user, unlocked.db_key, ring.encrypted, unlocked.must_change, db)


def verify_password(session: Session, password: str) -> None:
    """Re-enter the password (unlocking the screen, leaving site mode); counts failures."""
    ring = keyring.load(session.db_path)
    keyring.unlock(ring, session.user.username, password)


def change_password(session: Session, old: str, new: str) -> Session:
    ring = keyring.load(session.db_path)
    keyring.unlock(ring, session.user.username, old)
    if old == new:
        raise ValidationError(
            _("choose a password different from the old one."), field="New password"
        )
    keyring.set_password(ring, session.user.uuid, session.user.username, new, session.db_key)
    return Session(
        session.db_path, session.user, session.db_key, session.encrypted, False, session.db
    )


def require_admin(actor: Actor) -> None:
    access.require(Permission.MANAGE_USERS, actor)


def temporary_password() -> str:
    """Twelve characters from an alphabet without look-alikes, for a reset."""
    alphabet = "".join(c for c in string.ascii_letters + string.digits if c not in "Il1O0o")
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(12))
        if len(set(candidate)) >= 6:
            return candidate


def create_user(
    session: Session,
    username: str,
    roles: tuple[str, ...] | list[str],
    *,
    staff_id: int | None = None,
    temporary: str | None = None,
) -> tuple[User, str]:
    """An administrator adds a user with a temporary password (changed at first sign-in)."""
    require_admin(session.actor)
    db = session.db
    name = _clean_username(db, username)
    roles_ = _clean_roles(roles)
    if staff_id is not None and repo.user_of_staff(db, staff_id) is not None:
        raise ValidationError(_("this staff member already has a user."), field="Staff member")
    password = temporary or temporary_password()
    keyring.check_password(password, name)
    ring = keyring.load(session.db_path)
    with db.atomic():
        user_id = repo.insert_user(
            db,
            {
                "uuid": new_uuid(),
                "username": name,
                "staff_id": staff_id,
                "roles": roles_,
                "created_at": clock.now_iso(),
                "created_by": session.user.username,
            },
        )
        user = _user(repo.get_user(db, user_id) or {})
        keyring.set_password(ring, user.uuid, name, password, session.db_key, must_change=True)
    return user, password


def reset_password(session: Session, user_id: int, temporary: str | None = None) -> str:
    """An administrator sets a temporary password; the user must change it at next sign-in.
    Only that user's slot is rewritten (which also clears a lockout)."""
    require_admin(session.actor)
    row = repo.get_user(session.db, user_id)
    if row is None:
        raise NotFoundError(_("This user does not exist (any more)."))
    password = temporary or temporary_password()
    ring = keyring.load(session.db_path)
    keyring.set_password(
        ring, row["uuid"], row["username"], password, session.db_key, must_change=True
    )
    return password


def update_user(
    session: Session,
    user_id: int,
    *,
    roles: tuple[str, ...] | list[str],
    staff_id: int | None,
    is_active: bool,
) -> None:
    require_admin(session.actor)
    db = session.db
    row = repo.get_user(db, user_id)
    if row is None:
        raise NotFoundError(_("This user does not exist (any more)."))
    roles_ = _clean_roles(roles)
    admins = [u for u in list_users(db) if u.is_active and "admin" in u.roles and u.id != user_id]
    if not admins and ("admin" not in roles_ or not is_active):
        raise ValidationError(_("the unit needs at least one active administrator."), field="Roles")
    other = repo.user_of_staff(db, staff_id) if staff_id is not None else None
    if other is not None and other["id"] != user_id:
        raise ValidationError(_("this staff member already has a user."), field="Staff member")
    with db.atomic():
        repo.update_user(
            db,
            user_id,
            {
                "roles": json.dumps(roles_),
                "staff_id": staff_id,
                "is_active": int(is_active),
                "updated_at": clock.now_iso(),
            },
        )
    if not is_active:
        ring = keyring.load(session.db_path)
        keyring.remove(ring, row["uuid"])


def activate(session: Session) -> None:
    """Make ``session`` the one this process works as (the app after sign-in, the command
    line): its roles apply to every service, and background jobs get the key."""
    access.sign_in(session.actor)
    remember_key(session.db_path, session.key)


def deactivate(db_path: str | os.PathLike[str] | None = None) -> None:
    """Signed out (or locked): no one's roles, no key kept for background jobs."""
    access.sign_in(None)
    if db_path is not None:
        remember_key(db_path, None)
    keyring.forget_derived_keys()
