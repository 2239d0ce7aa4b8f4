"""Who does something: recorded on every event, and asked about by permission checks."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """``roles`` is what a signed-in user may do. ``None`` means no user is signed in at all:
    a database without users (set-up, maintenance from the command line, tests), where there
    is no one to check against. Every actor of a database with users comes from a sign-in
    (:class:`desktop.services.users.Session`) and has its roles."""

    name: str
    staff_id: int | None = None
    roles: frozenset[str] | None = None
    user_uuid: str | None = None

    @classmethod
    def system_user(cls) -> Actor:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "unknown"
        return cls(name=name)

    def has(self, *roles: str) -> bool:
        """True if unrestricted, or holding any of ``roles``."""
        return self.roles is None or bool(self.roles.intersection(roles))
