"""The manager's dashboard figures."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

import sqlite_utils

from db.repositories import cases as case_repo
from db.repositories.common import Row
from desktop.domain.cases import CaseState
from desktop.domain.i18n import _
from desktop.domain.workload import ValidatorLoad
from desktop.services import clock
from desktop.services.workload_service import validator_loads

#: The row of the cases no one has (its English name; shown translated).
UNASSIGNED = "(unassigned)"
#: The deadline lists show at most this many cases each (the totals say how many there are).
LIST_LIMIT = 500


@dataclass(frozen=True)
class Dashboard:
    states: list[CaseState]
    #: validator name -> state -> open cases
    open_by_validator: dict[str, dict[CaseState, int]]
    loads: list[ValidatorLoad]
    overdue: list[Row]
    upcoming: list[Row]
    horizon_days: int
    #: How many cases are overdue / due within the horizon: more than the lists hold when
    #: they reach the limit.
    overdue_total: int
    upcoming_total: int


def build(
    db: sqlite_utils.Database, *, horizon_days: int = 14, list_limit: int = LIST_LIMIT
) -> Dashboard:
    today = clock.today()
    before = today.isoformat()
    between = (today.isoformat(), (today + timedelta(days=horizon_days)).isoformat())
    grid: dict[str, dict[CaseState, int]] = defaultdict(lambda: defaultdict(int))
    seen: set[CaseState] = set()
    found = case_repo.open_by_validator_and_state(db)
    ids_by_name: dict[str, set[int]] = defaultdict(set)
    for r in found:
        if r["validator_id"] is not None:
            ids_by_name[r["validator_name"]].add(r["validator_id"])
    for r in found:
        state = CaseState(r["state"])
        name = r["validator_name"] or _(UNASSIGNED)
        if r["validator_id"] is not None and len(ids_by_name[name]) > 1:
            name = f"{name} (#{r['validator_id']})"  # namesakes stay apart
        grid[name][state] += r["n"]
        seen.add(state)
    states = [s for s in CaseState if s in seen]
    return Dashboard(
        states=states,
        open_by_validator={k: dict(v) for k, v in grid.items()},
        loads=validator_loads(db),
        overdue=case_repo.deadline_list(db, before=before, limit=list_limit),
        upcoming=case_repo.deadline_list(db, between=between, limit=list_limit),
        horizon_days=horizon_days,
        overdue_total=case_repo.count_deadlines(db, before=before),
        upcoming_total=case_repo.count_deadlines(db, between=between),
    )
