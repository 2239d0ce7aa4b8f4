"""Operators: size class (EU Recommendation 2003/361), identifiers and form validation."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.operators import (
    SECTORS,
    Identifier,
    IdScheme,
    OperatorInput,
    SizeClass,
    normalise_identifier,
    size_class,
    validate_operator,
)
from desktop.services import demo

MICRO, SMALL, MEDIUM, LARGE = SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM, SizeClass.LARGE
M = 1_000_000


@pytest.mark.parametrize(
    ("headcount", "turnover", "balance", "expected"),
    [
        # Headcount boundaries, no financial figures: the headcount alone decides.
        (0, None, None, MICRO),
        (9, None, None, MICRO),
        (10, None, None, SMALL),
        (49, None, None, SMALL),
        (50, None, None, MEDIUM),
        (249, None, None, MEDIUM),
        (250, None, None, LARGE),
        # Micro: <= 2 M turnover or balance sheet.
        (9, 2 * M, None, MICRO),
        (9, 2 * M + 1, None, SMALL),
        (9, None, 2 * M, MICRO),
        (9, None, 2 * M + 1, SMALL),
        (9, 2 * M + 1, 2 * M, MICRO),  # either ceiling is enough
        (9, 2 * M, 2 * M + 1, MICRO),
        (9, 2 * M + 1, 2 * M + 1, SMALL),
        # Small: <= 10 M.
        (10, 2 * M, 2 * M, SMALL),  # 10 staff is no longer micro, whatever the money
        (49, 10 * M, None, SMALL),
        (49, 10 * M + 1, None, MEDIUM),
        (49, 10 * M + 1, 10 * M, SMALL),
        (49, 10 * M + 1, 10 * M + 1, MEDIUM),
        # Medium: <= 50 M turnover or <= 43 M balance sheet.
        (249, 50 * M, None, MEDIUM),
        (249, 50 * M + 1, None, LARGE),
        (249, None, 43 * M, MEDIUM),
        (249, None, 43 * M + 1, LARGE),
        (249, 50 * M + 1, 43 * M, MEDIUM),  # the 43 M balance-sheet rule
        (249, 60 * M, 43 * M + 1, LARGE),
        (249, 45 * M, 45 * M, MEDIUM),  # balance over 43 M, turnover under 50 M
        (250, 1 * M, 1 * M, LARGE),  # 250 staff is large, whatever the money
        # Few staff but big money: the financial ceiling pushes it up.
        (9, 100 * M, 100 * M, LARGE),
        (5, 30 * M, None, MEDIUM),
        (0, 0.0, 0.0, MICRO),
    ],
)
def test_size_class(
    headcount: int, turnover: float | None, balance: float | None, expected: SizeClass
) -> None:
    assert size_class(headcount, turnover, balance) is expected


def test_msme_means_micro_small_or_medium() -> None:
    assert [c for c in SizeClass if c.is_msme] == [MICRO, SMALL, MEDIUM]
    assert LARGE.label == "Large"


# --- identifiers ---------------------------------------------------------------------------


def test_a_valid_eori() -> None:
    ident = normalise_identifier("EORI", "FR", "FR12345678901234")
    assert ident == Identifier(IdScheme.EORI, "FR", "FR12345678901234")
    assert ident.display == "EORI FR12345678901234"


def test_an_eori_of_17_characters_is_the_longest_allowed() -> None:
    value = "DE" + "1" * 15
    assert normalise_identifier("EORI", "DE", value).value == value


def test_an_eori_longer_than_17_characters_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        normalise_identifier("EORI", "DE", "DE" + "1" * 16)
    assert info.value.fields == ["Identifier (EORI)"]
    assert "17 characters at most" in str(info.value)


def test_lowercase_and_spaces_are_normalised() -> None:
    ident = normalise_identifier(" eori ", "fr", " fr 1234 5678\t90 ")
    assert ident == Identifier(IdScheme.EORI, "FR", "FR1234567890")


def test_the_country_comes_from_the_eori_when_left_empty() -> None:
    assert normalise_identifier("EORI", "", "NL000000001").country == "NL"


def test_an_eori_of_another_country_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        normalise_identifier("EORI", "DE", "FR12345678901234")
    assert info.value.fields == ["Identifier (EORI)"]
    assert "the EORI starts with FR, not DE" in str(info.value)


@pytest.mark.parametrize("value", ["F1234567", "1234567890", "FR", "FR-12345", "FR12_345", "É1234"])
def test_a_malformed_eori_is_refused(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalise_identifier("EORI", "", value)
    assert "Identifier (EORI)" in info.value.fields
    assert f"'{value}' is not a valid EORI" in str(info.value)


def test_an_unknown_scheme_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        normalise_identifier("DUNS", "FR", "123456789")
    assert info.value.fields == ["Identifier scheme"]
    assert "'DUNS' is not one of EORI, TIN, VAT" in str(info.value)


def test_vat_and_tin_need_a_country() -> None:
    assert normalise_identifier("vat", "fr", " fr12345678901 ") == Identifier(
        IdScheme.VAT, "FR", "FR12345678901"
    )
    with pytest.raises(ValidationError) as info:
        normalise_identifier("TIN", "France", "12345678")
    assert info.value.fields == ["Identifier country"]
    with pytest.raises(ValidationError) as info:
        normalise_identifier("TIN", "FR", "!")
    assert info.value.fields == ["Identifier (TIN)"]


def test_the_row_number_names_the_identifier() -> None:
    with pytest.raises(ValidationError) as info:
        normalise_identifier("EORI", "FR", "nonsense!", row=3)
    assert info.value.fields == ["Identifier 3 (EORI)"]
    assert str(info.value).startswith("Identifier 3 (EORI): 'nonsense!'")


# --- validate_operator ---------------------------------------------------------------------


def _input(**overrides: object) -> OperatorInput:
    fields: dict[str, object] = {
        "name": "Vauban Chimie SAS",
        "headcount": 42,
        "turnover_eur": 8 * M,
        "balance_sheet_eur": 5 * M,
        "roles": ("importer", "exporter"),
        "region": " Grand Est ",
        "identifiers": (("EORI", "FR", "FR00000000000042"),),
    }
    fields.update(overrides)
    return OperatorInput(**fields)  # type: ignore[arg-type]


def _fields(data: OperatorInput) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_operator(data)
    return info.value.problems


def test_a_valid_operator_gets_its_size_class() -> None:
    op = validate_operator(_input(name="  Vauban   Chimie  SAS "))
    assert op.name == "Vauban Chimie SAS"
    assert op.size_class is SMALL
    assert op.region == "Grand Est"
    assert op.identifiers == (Identifier(IdScheme.EORI, "FR", "FR00000000000042"),)


@pytest.mark.parametrize(
    ("overrides", "field", "text"),
    [
        ({"name": "   "}, "Name", "is required"),
        ({"name": "x" * 201}, "Name", "longer than 200"),
        ({"headcount": None}, "Headcount", "is required"),
        ({"headcount": -1}, "Headcount", "cannot be negative"),
        ({"turnover_eur": -1.0}, "Turnover", "cannot be negative"),
        ({"balance_sheet_eur": -0.5}, "Balance sheet", "cannot be negative"),
        ({"roles": ("importer", "smuggler")}, "Supply-chain roles", "smuggler"),
        (
            {"identifiers": (("EORI", "FR", "FR1"), ("EORI", "FR", "FR!"))},
            "Identifier 2 (EORI)",
            "not a valid EORI",
        ),
        (
            {"identifiers": (("EORI", "FR", "FR1"), ("EORI", "", "fr 1"))},
            "Identifier 2",
            "EORI FR1 is listed twice",
        ),
        ({"identifiers": (("EORI", "DE", "FR1"),)}, "Identifier 1 (EORI)", "not DE"),
        ({"identifiers": (("LEI", "FR", "X"),)}, "Identifier 1 scheme", "'LEI'"),
    ],
)
def test_each_problem_names_its_field(overrides: dict[str, object], field: str, text: str) -> None:
    problems = _fields(_input(**overrides))
    assert list(problems) == [field]
    assert text in problems[field]


def test_every_problem_is_reported_at_once() -> None:
    problems = _fields(
        _input(
            name="",
            headcount=-3,
            turnover_eur=-1.0,
            identifiers=(("EORI", "FR", "FR1"), ("TIN", "FR", "?")),
        )
    )
    assert list(problems) == ["Name", "Headcount", "Turnover", "Identifier 2 (TIN)"]


def test_blank_identifier_rows_are_skipped() -> None:
    op = validate_operator(_input(identifiers=(("", "", ""), ("VAT", "FR", "FR99"))))
    assert [i.display for i in op.identifiers] == ["VAT FR99"]


def test_the_form_and_the_demo_offer_the_same_sectors() -> None:
    # The demo keeps its own table (the roles each sector draws from); same names, though.
    assert len(set(SECTORS)) == len(SECTORS)
    assert list(SECTORS) == sorted(SECTORS)
    assert set(demo.SECTORS) == set(SECTORS)


def test_text_limits_match_the_import_template() -> None:
    from desktop.domain.errors import ValidationError
    from desktop.domain.operators import OperatorInput, validate_operator

    base = dict(name="Opale SARL", headcount=5, identifiers=())
    validate_operator(OperatorInput(**base, address="x" * 500))
    for field, kwargs in (
        ("Address", {"address": "x" * 501}),
        ("Sector", {"sector": "s" * 101}),
        ("Region", {"region": "r" * 101}),
    ):
        try:
            validate_operator(OperatorInput(**base, **kwargs))
        except ValidationError as exc:
            assert field in exc.problems
        else:
            raise AssertionError(f"{field} over its limit was accepted")
