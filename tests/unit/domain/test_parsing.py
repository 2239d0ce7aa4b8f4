"""Parsing what people type into the operator form: counts and EUR amounts."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.parsing import parse_amount, parse_count


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("35", 35),
        (" 35 ", 35),
        ("1 500", 1500),
        ("1\u202f500", 1500),
        ("1'500", 1500),
        ("1,500", 1500),
        ("12,345", 12345),
        ("1,234,567", 1_234_567),
        ("0", 0),
    ],
)
def test_counts_accept_digits_with_thousands_separators(text: str, value: int) -> None:
    assert parse_count(text, "Headcount") == value


@pytest.mark.parametrize(
    "text",
    [
        "1,5",  # a decimal comma, not fifteen
        "1,50",
        "1,50,000",  # groups of two are not thousands
        "1234,567",  # the first group has more than three digits
        "1,5000",
        ",500",
        "500,",
        "1,,500",
        "1.5",
        "1.500",
        "twelve",
    ],
)
def test_counts_refuse_anything_else_and_name_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_count(text, "Headcount")
    assert info.value.fields == ["Headcount"]
    assert info.value.problems["Headcount"].startswith(f"'{text}' is not a whole number")


def test_a_comma_that_is_not_a_thousands_separator_is_explained() -> None:
    with pytest.raises(ValidationError) as info:
        parse_count("1,5", "Headcount")
    assert str(info.value) == (
        "Headcount: '1,5' is not a whole number (a comma can only separate thousands, as in 1,500)."
    )


def test_counts_empty_negative_and_implausible() -> None:
    assert parse_count("", "Headcount", required=False) is None
    with pytest.raises(ValidationError, match=r"^Headcount: is required\.$"):
        parse_count("  ", "Headcount")
    with pytest.raises(ValidationError, match=r"^Headcount: cannot be negative\.$"):
        parse_count("-1,000", "Headcount")
    with pytest.raises(ValidationError, match=r"^Headcount: is implausibly large\.$"):
        parse_count("12,345,678", "Headcount")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2 500 000", 2_500_000.0),
        ("2,500,000", 2_500_000.0),
        ("2,500,000.50", 2_500_000.5),
        ("1,500", 1500.0),  # three digits after the comma: thousands
        ("1,5", 1.5),  # one or two: a decimal comma
        ("1500,50", 1500.5),
        ("1 500,50", 1500.5),
        ("12,5k", 12_500.0),
        ("1,5M", 1_500_000.0),
        ("2.5M", 2_500_000.0),
        ("750k", 750_000.0),
        ("3 bn", 3e9),
        ("4.2 mio", 4_200_000.0),
        ("1 000 EUR", 1000.0),
        ("1 000 €", 1000.0),
        ("", None),
    ],
)
def test_amounts(text: str, value: float | None) -> None:
    assert parse_amount(text, "Turnover") == value


@pytest.mark.parametrize(
    "text",
    [
        "1,50,000",  # neither thousands nor cents
        "1,500,00",
        "1,5,0",
        "1,500k",  # thousands grouping with a multiplier: 1.5 million or 1,500 thousand?
        "1,500.5k",
        "1.500,50",
        "1.000.000",
        ",5",
        "5,",
        "12 apples",
    ],
)
def test_ambiguous_or_malformed_amounts_are_refused_with_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount(text, "Turnover")
    assert info.value.fields == ["Turnover"]
    assert info.value.problems["Turnover"].startswith(f"'{text}' is not an amount in EUR")


def test_amounts_negative_and_implausible() -> None:
    with pytest.raises(ValidationError, match=r"^Turnover: cannot be negative\.$"):
        parse_amount("-1,5", "Turnover")
    with pytest.raises(ValidationError, match=r"^Turnover: is implausibly large\.$"):
        parse_amount("20000bn", "Turnover")
