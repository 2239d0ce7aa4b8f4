"""Weighted workload and the explained suggestion of who should take the next case."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.cases import CaseKind
from desktop.domain.operators import SizeClass

#: How much one open case weighs, by kind: a full application is the unit.
KIND_WEIGHTS: dict[CaseKind, float] = {
    CaseKind.INITIAL: 1.0,
    CaseKind.RENEWAL: 0.8,
    CaseKind.REASSESSMENT: 0.7,
    CaseKind.MONITORING: 0.4,
}

#: Multiplier by operator size: bigger operators mean bigger audits.
SIZE_WEIGHTS: dict[SizeClass, float] = {
    SizeClass.MICRO: 0.8,
    SizeClass.SMALL: 1.0,
    SizeClass.MEDIUM: 1.2,
    SizeClass.LARGE: 1.5,
}


def case_weight(kind: CaseKind, size: SizeClass) -> float:
    return KIND_WEIGHTS[kind] * SIZE_WEIGHTS[size]


@dataclass(frozen=True)
class ValidatorLoad:
    staff_id: int
    name: str
    office: str
    capacity: float
    open_cases: int
    load: float

    @property
    def utilisation(self) -> float:
        """Load as a share of capacity; no capacity counts as full."""
        return self.load / self.capacity if self.capacity > 0 else float("inf")

    @property
    def headroom(self) -> float:
        return self.capacity - self.load


def weighted_load(cases: Iterable[tuple[CaseKind, SizeClass]]) -> float:
    return round(sum(case_weight(k, s) for k, s in cases), 2)


@dataclass(frozen=True)
class Suggestion:
    staff_id: int | None
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.reasons)


#: Utilisations within this much of the lowest count as a tie (5 percentage points).
TIE_BAND = 0.05
_EPSILON = 1e-9  # 0.55 - 0.50 is 0.05000000000000004 in floating point


def suggest(
    loads: Sequence[ValidatorLoad],
    *,
    incoming: float = 1.0,
    region: str = "",
    exclude: Iterable[int] = (),
) -> Suggestion:
    """Pick the least-utilised validator who can take ``incoming`` more load, and say why.

    Everyone within :data:`TIE_BAND` (5 percentage points) of the lowest utilisation is tied;
    among them an office in the operator's region comes first, then the larger headroom, then
    the name. ``exclude`` removes people (e.g. the current one).
    """
    excluded = set(exclude)
    pool = [v for v in loads if v.staff_id not in excluded and v.capacity > 0]
    if not pool:
        return Suggestion(None, ("No active validator with a caseload capacity is available.",))
    fits = [v for v in pool if v.load + incoming <= v.capacity]
    candidates = fits or pool

    lowest = min(v.utilisation for v in candidates)
    tied = [v for v in candidates if v.utilisation - lowest <= TIE_BAND + _EPSILON]
    others = [v for v in candidates if v not in tied]

    def tie_break(v: ValidatorLoad) -> tuple[int, float, str]:
        local = 0 if region and v.office.lower() == region.lower() else 1
        return (local, -v.headroom, v.name)

    ranked = sorted(tied, key=tie_break) + sorted(
        others, key=lambda v: (v.utilisation, -v.headroom, v.name)
    )
    best = ranked[0]
    reasons = [
        f"{best.name}: load {best.load:.1f} of {best.capacity:.1f} "
        f"({best.utilisation:.0%}), {best.open_cases} open cases;",
    ]
    if fits:
        reasons.append(f"lowest utilisation among {len(fits)} validators with room for it.")
    else:
        reasons.append(f"everyone is at capacity; {best.name} is the least over it.")
    if region and best.office.lower() == region.lower():
        reasons.append(f"Office in the operator's region ({region}).")
    if len(ranked) > 1:
        nxt = ranked[1]
        reasons.append(f"Next: {nxt.name} at {nxt.utilisation:.0%}.")
    return Suggestion(best.staff_id, tuple(reasons))
