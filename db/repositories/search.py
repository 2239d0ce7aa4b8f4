"""The quick-search index (FTS5 ``case_search``) and bulk loading around it."""

from __future__ import annotations

import json
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


BULK_TABLES = ("operators", "operator_identifiers", "cases", "case_events")


@contextmanager
def bulk_load(db: sqlite_utils.Database, tables: tuple[str, ...] = BULK_TABLES) -> Iterator[None]:
    """Inside one transaction: insert many rows fast, then put everything back.

    The per-row search triggers stand aside and the search index is rebuilt once; the
    secondary indexes of ``tables`` are dropped and re-created from their own definitions
    in ``sqlite_master`` (sorting once beats 100,000 random index inserts). If the block
    fails, the transaction's rollback restores the indexes with everything else.
    """
    require_transaction(db)
    saved = [
        (name, sql)
        for name, sql in db.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN (SELECT value FROM json_each(?))",
            [json.dumps(list(tables))],
        ).fetchall()
    ]
    old_cache = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    db.conn.execute("PRAGMA cache_size = -262144")
    db.conn.execute("INSERT INTO _bulk_load (started_at) VALUES (datetime('now'))")
    try:
        for name, _sql in saved:
            db.conn.execute(f'DROP INDEX "{name}"')
        yield
        for _name, sql in saved:
            db.conn.execute(sql)
        db.conn.execute("DELETE FROM _bulk_load")
        rebuild(db)
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
