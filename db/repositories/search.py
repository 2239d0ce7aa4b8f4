"""The quick-search index (FTS5 ``case_search``) and bulk loading around it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils

from db.repositories.common import require_transaction

_REBUILD = """
INSERT INTO case_search (rowid, reference, operator_name, identifiers)
SELECT c.id, c.reference, o.name,
       coalesce((SELECT group_concat(i.value, ' ') FROM operator_identifiers i
                 WHERE i.operator_id = o.id), '')
FROM cases c JOIN operators o ON o.id = c.operator_id
"""


def rebuild(db: sqlite_utils.Database) -> None:
    require_transaction(db)
    db.conn.execute("DELETE FROM case_search")
    db.conn.execute(_REBUILD)


@contextmanager
def bulk_load(db: sqlite_utils.Database) -> Iterator[None]:
    """Inside one transaction: insert many rows with the per-row search triggers off, then
    rebuild the search index once. Cache grows and syncs wait until the commit."""
    require_transaction(db)
    old_cache = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    db.conn.execute("PRAGMA cache_size = -262144")
    db.conn.execute("INSERT INTO _bulk_load (started_at) VALUES (datetime('now'))")
    try:
        yield
        db.conn.execute("DELETE FROM _bulk_load")
        rebuild(db)
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
