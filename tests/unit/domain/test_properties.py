"""Property tests (hypothesis) of the pure rules."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.operators import (
    Identifier,
    IdScheme,
    SizeClass,
    normalise_identifier,
    size_class,
)

ORDER = {c: i for i, c in enumerate(SizeClass)}  # micro < small < medium < large
money = st.none() | st.floats(min_value=0, max_value=1e10, allow_nan=False)
headcounts = st.integers(min_value=0, max_value=100_000)


@given(headcounts, headcounts, money, money)
def test_size_class_is_monotonic_in_headcount(
    a: int, b: int, turnover: float | None, balance: float | None
) -> None:
    low, high = sorted((a, b))
    assert ORDER[size_class(low, turnover, balance)] <= ORDER[size_class(high, turnover, balance)]


@given(headcounts, st.floats(0, 1e10), st.floats(0, 1e10), money)
def test_size_class_is_monotonic_in_turnover(
    headcount: int, t1: float, t2: float, balance: float | None
) -> None:
    low, high = sorted((t1, t2))
    assert ORDER[size_class(headcount, low, balance)] <= ORDER[size_class(headcount, high, balance)]


@given(headcounts, money, money)
def test_size_class_never_below_what_the_headcount_alone_says(
    headcount: int, turnover: float | None, balance: float | None
) -> None:
    assert (
        ORDER[size_class(headcount, turnover, balance)] >= ORDER[size_class(headcount, None, None)]
    )


schemes = st.sampled_from(["EORI", "eori", " TIN", "VAT ", "vat"]) | st.text(max_size=6)
values = st.text(max_size=25) | st.from_regex(r"[A-Za-z]{2}[ 0-9A-Za-z]{0,18}", fullmatch=True)
countries = st.sampled_from(["", "FR", "de", " nl "]) | st.text(max_size=4)


@given(schemes, countries, values, st.integers(min_value=0, max_value=9))
def test_normalise_identifier_raises_only_validation_errors(
    scheme: str, country: str, value: str, row: int
) -> None:
    try:
        ident = normalise_identifier(scheme, country, value, row=row)
    except ValidationError as exc:
        assert exc.fields
        assert all(f.startswith("Identifier") for f in exc.fields)
        return
    # What comes out is normalised, and normalising it again changes nothing.
    assert isinstance(ident, Identifier)
    assert re.fullmatch(r"[A-Z]{2}", ident.country)
    if ident.scheme is IdScheme.EORI:
        assert re.fullmatch(r"[A-Z]{2}[A-Z0-9]{1,15}", ident.value)
        assert ident.value[:2] == ident.country
    assert normalise_identifier(ident.scheme.value, ident.country, ident.value) == ident
