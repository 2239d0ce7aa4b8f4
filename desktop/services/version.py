"""The installed AEO Desk's version, as packages and workbooks record it."""

from __future__ import annotations

import importlib.metadata


def app_version() -> str:
    """The installed version ("unknown" when run from a bare source tree)."""
    try:
        return importlib.metadata.version("aeo-desk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"
