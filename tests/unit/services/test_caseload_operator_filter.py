"""Site mode's filter: one operator's cases, even beside another operator of the same name."""

from __future__ import annotations

from helpers.builders import make_case, make_operator

from desktop.services import caseload_service
from desktop.services.caseload_service import CaseQuery


def test_operator_filter_keeps_only_that_operator(db, frozen_clock):
    one = make_operator(db, name="Atlantic Freight SARL")
    twin = make_operator(db, name="Atlantic Freight SARL")
    mine = {make_case(db, operator_id=one) for _ in range(3)}
    make_case(db, operator_id=twin)
    found = caseload_service.search_ids(db, CaseQuery(operator_id=one))
    assert set(found) == mine
    assert caseload_service.search_ids(db, CaseQuery(operator_id=one, search="Atlantic")) != []
