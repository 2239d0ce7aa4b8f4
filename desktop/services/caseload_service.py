"""What the caseload list needs: matching ids in order, and rows for a block of ids."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from db.repositories import cases as case_repo
from db.repositories.cases import SORT_KEYS, CaseQuery
from db.repositories.common import Row
from desktop.services import clock

__all__ = ["SORT_KEYS", "CaseQuery", "counts", "rows_for", "search_ids"]


def search_ids(db: sqlite_utils.Database, query: CaseQuery) -> list[int]:
    return case_repo.search_case_ids(db, query)


def rows_for(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, Row]:
    return case_repo.fetch_list_rows(db, ids)


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {
        "total": case_repo.count_cases(db),
        "overdue": case_repo.count_overdue(db, clock.today().isoformat()),
    }
