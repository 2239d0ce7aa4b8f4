"""Weighted workload and the explained suggestion of who takes the next case."""

from __future__ import annotations

import math

import pytest

from desktop.domain.cases import CaseKind
from desktop.domain.operators import SizeClass
from desktop.domain.workload import ValidatorLoad, case_weight, suggest, weighted_load

K, Z = CaseKind, SizeClass


def _v(
    staff_id: int,
    name: str,
    load: float,
    capacity: float = 10.0,
    office: str = "Bretagne",
    open_cases: int = 0,
) -> ValidatorLoad:
    return ValidatorLoad(staff_id, name, office, capacity, open_cases, load)


@pytest.mark.parametrize(
    ("kind", "size", "weight"),
    [
        (K.INITIAL, Z.SMALL, 1.0),
        (K.INITIAL, Z.LARGE, 1.5),
        (K.INITIAL, Z.MICRO, 0.8),
        (K.RENEWAL, Z.MEDIUM, 0.96),
        (K.REASSESSMENT, Z.SMALL, 0.7),
        (K.MONITORING, Z.MICRO, 0.32),
    ],
)
def test_case_weight_is_kind_times_size(kind: CaseKind, size: SizeClass, weight: float) -> None:
    assert case_weight(kind, size) == pytest.approx(weight)


def test_every_kind_and_size_has_a_weight_and_initial_small_is_the_unit() -> None:
    assert all(case_weight(k, z) > 0 for k in CaseKind for z in SizeClass)
    assert case_weight(K.INITIAL, Z.SMALL) == 1.0


def test_weighted_load_sums_and_rounds() -> None:
    cases = [(K.INITIAL, Z.SMALL), (K.MONITORING, Z.MICRO), (K.RENEWAL, Z.MEDIUM)]
    assert weighted_load(cases) == 2.28
    assert weighted_load([]) == 0


def test_utilisation_and_headroom() -> None:
    v = _v(1, "A", load=7.5, capacity=10)
    assert v.utilisation == 0.75
    assert v.headroom == 2.5
    assert math.isinf(_v(2, "B", load=0, capacity=0).utilisation)


def test_the_least_utilised_validator_with_room_is_suggested_and_explained() -> None:
    loads = [
        _v(1, "Anne", 8, open_cases=8),
        _v(2, "Bruno", 3, open_cases=3),
        _v(3, "Chloé", 6, open_cases=6),
    ]
    s = suggest(loads)
    assert s.staff_id == 2
    assert s.reasons[0] == "Bruno: load 3.0 of 10.0 (30%), 3 open cases;"
    assert "lowest utilisation among 3 validators with room for it." in s.text
    assert s.reasons[-1] == "Next: Chloé at 60%."


def test_someone_with_room_beats_a_lower_utilisation_without_room() -> None:
    loads = [_v(1, "Anne", 1, capacity=2), _v(2, "Bruno", 12, capacity=20)]
    s = suggest(loads, incoming=1.5)
    assert s.staff_id == 2
    assert "among 1 validators with room" in s.text


def test_a_tie_goes_to_the_validator_in_the_operators_region() -> None:
    loads = [_v(1, "Anne", 5, office="Bretagne"), _v(2, "Bruno", 5, office="Normandie")]
    assert suggest(loads).staff_id == 1  # no region: equal, then by name
    s = suggest(loads, region="normandie")
    assert s.staff_id == 2
    assert "Office in the operator's region (normandie)." in s.reasons
    assert "Next: Anne at 50%." in s.reasons


def test_the_region_does_not_beat_a_clearly_lower_utilisation() -> None:
    loads = [_v(1, "Anne", 2, office="Bretagne"), _v(2, "Bruno", 8, office="Normandie")]
    s = suggest(loads, region="Normandie")
    assert s.staff_id == 1
    assert "Office in the operator's region" not in s.text


def test_a_tie_without_region_goes_to_the_larger_headroom() -> None:
    loads = [_v(1, "Anne", 5, capacity=10), _v(2, "Bruno", 10, capacity=20)]
    assert suggest(loads).staff_id == 2


def test_when_everyone_is_at_capacity_the_least_over_it_is_suggested() -> None:
    loads = [_v(1, "Anne", 12), _v(2, "Bruno", 10), _v(3, "Chloé", 15)]
    s = suggest(loads)
    assert s.staff_id == 2
    assert "everyone is at capacity; Bruno is the least over it." in s.reasons
    assert "with room" not in s.text


@pytest.mark.parametrize(
    ("loads", "exclude"),
    [
        ([], ()),
        ([_v(1, "Anne", 0, capacity=0)], ()),
        ([_v(1, "Anne", 1)], (1,)),
    ],
    ids=["nobody", "no-capacity", "only-one-excluded"],
)
def test_nobody_available(loads: list[ValidatorLoad], exclude: tuple[int, ...]) -> None:
    s = suggest(loads, exclude=exclude)
    assert s.staff_id is None
    assert s.text == "No active validator with a caseload capacity is available."


def test_excluded_people_are_not_suggested() -> None:
    loads = [_v(1, "Anne", 0), _v(2, "Bruno", 5)]
    s = suggest(loads, exclude=[1])
    assert s.staff_id == 2
    assert not any(r.startswith("Next:") for r in s.reasons)  # nobody else left


@pytest.mark.parametrize(
    ("local_load", "lowest_load", "tied"),
    [
        (5.76, 5.74, True),  # 57.6 % vs 57.4 %: 0.2 points (rounding buckets used to split them)
        (5.50, 5.00, True),  # 55.0 % vs 50.0 %: exactly 5 points is still within the band
        (5.51, 5.00, False),  # 55.1 % vs 50.0 %: outside the band, the lower utilisation wins
    ],
)
def test_the_tie_band_is_five_points_from_the_lowest_utilisation(
    local_load: float, lowest_load: float, tied: bool
) -> None:
    loads = [
        _v(1, "Anne", local_load, office="Bretagne"),
        _v(2, "Bruno", lowest_load, office="Normandie"),
    ]
    s = suggest(loads, region="Bretagne")
    assert s.staff_id == (1 if tied else 2)
    assert ("Office in the operator's region (Bretagne)." in s.reasons) is tied


def test_the_band_is_measured_from_the_lowest_not_from_each_other() -> None:
    # Chloé is within 5 points of Bruno (the lowest), Anne within 5 of Chloé but not of Bruno.
    loads = [
        _v(1, "Anne", 5.8, office="Bretagne"),
        _v(2, "Bruno", 5.0, office="Normandie"),
        _v(3, "Chloé", 5.4, office="Normandie"),
    ]
    s = suggest(loads, region="Bretagne")
    assert s.staff_id == 2  # Anne is local but 8 points above the lowest
    # Within the band (Bruno, Chloé), neither local: the larger headroom, Bruno's, wins.
    assert s.reasons[-1] == "Next: Chloé at 54%."


def test_within_the_band_the_region_beats_headroom_and_headroom_beats_the_name() -> None:
    loads = [
        _v(1, "Anne", 5.2, capacity=10, office="Normandie"),  # 52 %, headroom 4.8
        _v(2, "Bruno", 10.0, capacity=20, office="Normandie"),  # 50 %, headroom 10
        _v(3, "Chloé", 5.4, capacity=10, office="Bretagne"),  # 54 %, local
    ]
    assert suggest(loads, region="Bretagne").staff_id == 3
    s = suggest(loads)
    assert s.staff_id == 2
    assert s.reasons[-1] == "Next: Anne at 52%."
    same = [_v(2, "Bruno", 5, office="Normandie"), _v(1, "Anne", 5, office="Normandie")]
    assert suggest(same).staff_id == 1  # equal in all else: by name
