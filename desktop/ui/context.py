"""What every page needs: the main-thread connection, the file path, settings, the actor, and
(for a database with users) the signed-in session."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from desktop.services.actor import Actor
from desktop.ui.settings import Settings

if TYPE_CHECKING:
    from desktop.services.users import Session


@dataclass
class AppContext:
    db: sqlite_utils.Database
    path: Path
    settings: Settings
    actor: Actor = field(default_factory=Actor.system_user)
    #: Who signed in (``None``: a database without users, where no one signs in).
    session: Session | None = None

    @classmethod
    def signed_in(cls, session: Session, settings: Settings) -> AppContext:
        """The context of a sign-in: the session's own connection and its actor."""
        return cls(
            db=session.db,
            path=session.db_path,
            settings=settings,
            actor=session.actor,
            session=session,
        )
