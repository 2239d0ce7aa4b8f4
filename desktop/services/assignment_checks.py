"""What to say (or refuse) before a case goes to a validator.

Two rules from issue 4 meet here: the validator should not also be the operator's contact
officer (the unit chooses: warn, refuse or off), and a validator whose mandatory validation
training has expired or is missing gets a warning. Warnings are recorded with the assignment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from desktop.services import contact_service, training_service


@dataclass(frozen=True)
class AssignmentCheck:
    warnings: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)


def check(db: sqlite_utils.Database, case_ids: Sequence[int], staff_id: int) -> AssignmentCheck:
    mode, conflicts = contact_service.assignment_conflicts(db, case_ids, staff_id)
    warnings = list(training_service.expired_mandatory(db, staff_id))
    refusals: list[str] = []
    if mode == "refuse":
        refusals += conflicts
    else:
        warnings += conflicts
    return AssignmentCheck(warnings, refusals)
