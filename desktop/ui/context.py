"""What every page needs: the main-thread connection, the file path, settings, the actor."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop.services.actor import Actor
from desktop.ui.settings import Settings


@dataclass
class AppContext:
    db: sqlite_utils.Database
    path: Path
    settings: Settings
    actor: Actor = field(default_factory=Actor.system_user)
