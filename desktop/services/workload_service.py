"""Weighted workload per validator, and the explained suggestion for the next case."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from db.repositories import cases as case_repo
from desktop.domain.cases import CaseKind
from desktop.domain.operators import SizeClass
from desktop.domain.workload import Suggestion, ValidatorLoad, case_weight, suggest
from desktop.services import assignment_checks, reference_data
from desktop.services.assignment_checks import AssignmentCheck


def validator_loads(db: sqlite_utils.Database) -> list[ValidatorLoad]:
    """Every active validator with their weighted open load, even with no cases."""
    load: dict[int, float] = defaultdict(float)
    count: dict[int, int] = defaultdict(int)
    for r in case_repo.open_case_mix_by_validator(db):
        w = case_weight(CaseKind(r["kind"]), SizeClass(r["size_class"]))
        load[r["validator_id"]] += w * r["n"]
        count[r["validator_id"]] += r["n"]
    return [
        ValidatorLoad(
            staff_id=s["id"],
            name=s["name"],
            office=s["office"],
            capacity=float(s["caseload_capacity"]),
            open_cases=count[s["id"]],
            load=round(load[s["id"]], 2),
        )
        for s in reference_data.validators(db)
    ]


def suggest_for_cases(
    db: sqlite_utils.Database, case_ids: Sequence[int], loads: Sequence[ValidatorLoad] | None = None
) -> Suggestion:
    """Who should take these cases: weight of the incoming cases, region of their operators."""
    rows = case_repo.get_cases(db, case_ids)
    incoming = sum(case_weight(CaseKind(r["kind"]), SizeClass(r["size_class"])) for r in rows)
    regions = {r["region"] for r in rows if r["region"]}
    region = regions.pop() if len(regions) == 1 else ""
    current = {r["validator_id"] for r in rows}
    exclude = current if len(current) == 1 and None not in current else set()
    return suggest(
        loads if loads is not None else validator_loads(db),
        incoming=incoming or 1.0,
        region=region,
        exclude={int(x) for x in exclude if x is not None},
    )


@dataclass(frozen=True)
class AssignmentView:
    """What the assignment dialog shows: everyone's load and the explained suggestion."""

    case_ids: tuple[int, ...]
    loads: list[ValidatorLoad]
    suggestion: Suggestion
    #: staff id -> what assigning these cases to them would warn about, or be refused for
    checks: dict[int, AssignmentCheck] = field(default_factory=dict)


def assignment_view(db: sqlite_utils.Database, case_ids: Sequence[int]) -> AssignmentView:
    loads = validator_loads(db)
    checks = {v.staff_id: assignment_checks.check(db, case_ids, v.staff_id) for v in loads}
    blocked = [sid for sid, c in checks.items() if c.refusals]
    suggestion = suggest_for_cases(
        db, case_ids, loads=[v for v in loads if v.staff_id not in blocked]
    )
    return AssignmentView(tuple(case_ids), loads, suggestion, checks)
