"""Operators: size class (EU Recommendation 2003/361) and identifier rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.i18n import _


class SizeClass(Enum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"

    @property
    def is_msme(self) -> bool:
        return self is not SizeClass.LARGE

    @property
    def label(self) -> str:
        return _(self.value.capitalize())


MSME_CLASSES = (SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM)

# (class, headcount below, turnover at most, balance sheet at most), in EUR.
_CEILINGS = (
    (SizeClass.MICRO, 10, 2_000_000, 2_000_000),
    (SizeClass.SMALL, 50, 10_000_000, 10_000_000),
    (SizeClass.MEDIUM, 250, 50_000_000, 43_000_000),
)


def size_class(
    headcount: int, turnover_eur: float | None, balance_sheet_eur: float | None
) -> SizeClass:
    """Headcount is required, plus either financial ceiling (turnover OR balance sheet).

    With no financial figure known, the class follows the headcount alone.
    """
    for cls, staff_below, turnover_max, balance_max in _CEILINGS:
        if headcount >= staff_below:
            continue
        if turnover_eur is None and balance_sheet_eur is None:
            return cls
        if (turnover_eur is not None and turnover_eur <= turnover_max) or (
            balance_sheet_eur is not None and balance_sheet_eur <= balance_max
        ):
            return cls
    return SizeClass.LARGE


class IdScheme(Enum):
    EORI = "EORI"
    TIN = "TIN"
    VAT = "VAT"


_EORI = re.compile(r"^[A-Z]{2}[A-Z0-9]{1,15}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_GENERIC = re.compile(r"^[A-Z0-9][A-Z0-9.\-/ ]{1,29}$")

#: The sectors the operator form offers (it takes any other text too).
SECTORS = (
    "Agricultural products", "Automotive parts", "Chemicals", "Customs brokerage", "Electronics",
    "Food and beverages", "Freight forwarding", "Furniture", "Machinery", "Pharmaceuticals",
    "Port services", "Road haulage", "Textiles and clothing", "Warehousing", "Wine and spirits",
)  # fmt: skip

SUPPLY_CHAIN_ROLES = (
    "importer",
    "exporter",
    "manufacturer",
    "customs broker",
    "carrier",
    "forwarder",
    "warehouse keeper",
    "port operator",
)


def supply_chain_role_label(role: str) -> str:
    """A supply-chain role in the current language, in lower case as in a list ("customs
    broker" -> "représentant en douane"); a role that is not one of ours comes back as it is."""
    return _(role) if role in SUPPLY_CHAIN_ROLES else role


@dataclass(frozen=True)
class Identifier:
    scheme: IdScheme
    country: str
    value: str

    @property
    def display(self) -> str:
        return f"{self.scheme.value} {self.value}"


def normalise_identifier(scheme: str, country: str, value: str, *, row: int = 0) -> Identifier:
    """Validate and normalise one identifier; ``row`` (1-based) names it in messages."""
    where = f"Identifier {row}" if row else "Identifier"
    p = Problems()
    try:
        sch = IdScheme(scheme.strip().upper())
    except ValueError:
        p.add(
            f"{where} scheme", _("'{scheme}' is not one of EORI, TIN, VAT.").format(scheme=scheme)
        )
        p.raise_if_any()
        raise AssertionError("unreachable") from None
    val = re.sub(r"\s+", "", value).upper() if sch is IdScheme.EORI else value.strip().upper()
    ctry = country.strip().upper()
    if sch is IdScheme.EORI:
        if not _EORI.match(val):
            p.add(
                f"{where} (EORI)",
                _(
                    "'{value}' is not a valid EORI: two letters of the country, then up to "
                    "15 letters or digits (17 characters at most)."
                ).format(value=value),
            )
        else:
            if ctry and ctry != val[:2]:
                p.add(
                    f"{where} (EORI)",
                    _("the EORI starts with {prefix}, not {country}.").format(
                        prefix=val[:2], country=ctry
                    ),
                )
            ctry = val[:2]
    else:
        if not _GENERIC.match(val):
            p.add(
                f"{where} ({sch.value})",
                _("'{value}' is not a valid {scheme}.").format(value=value, scheme=sch.value),
            )
    if not _COUNTRY.match(ctry):
        p.add(
            f"{where} country",
            _("'{country}' is not a two-letter ISO 3166 country code.").format(country=country),
        )
    p.raise_if_any()
    return Identifier(sch, ctry, val)


@dataclass(frozen=True)
class OperatorInput:
    """What a form or an import supplies for an operator, before validation."""

    name: str
    headcount: int | None
    turnover_eur: float | None = None
    balance_sheet_eur: float | None = None
    sector: str = ""
    roles: tuple[str, ...] = ()
    region: str = ""
    address: str = ""
    identifiers: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ValidOperator:
    name: str
    headcount: int
    turnover_eur: float | None
    balance_sheet_eur: float | None
    size_class: SizeClass
    sector: str
    roles: tuple[str, ...]
    region: str
    address: str
    identifiers: tuple[Identifier, ...]


def validate_operator(data: OperatorInput) -> ValidOperator:
    p = Problems()
    name = " ".join(data.name.split())
    if not name:
        p.add("Name", _("is required."))
    elif len(name) > 200:
        p.add("Name", _("is longer than {limit} characters.").format(limit=200))
    # The same limits as the import templates (desktop/services/imports.py), so that whatever
    # the form saves can be exported and imported again.
    for label, text, limit in (
        ("Sector", data.sector, 100),
        ("Region", data.region, 100),
        ("Address", data.address, 500),
    ):
        if len(text.strip()) > limit:
            p.add(label, _("is longer than {limit} characters.").format(limit=limit))
    if data.headcount is None:
        p.add("Headcount", _("is required (it decides the size class)."))
    elif data.headcount < 0:
        p.add("Headcount", _("cannot be negative."))
    for label, amount in (
        ("Turnover", data.turnover_eur),
        ("Balance sheet", data.balance_sheet_eur),
    ):
        if amount is not None and amount < 0:
            p.add(label, _("cannot be negative."))
    unknown = [r for r in data.roles if r not in SUPPLY_CHAIN_ROLES]
    if unknown:
        p.add("Supply-chain roles", _("unknown role(s): {roles}.").format(roles=", ".join(unknown)))
    idents: list[Identifier] = []
    seen: set[tuple[str, str, str]] = set()
    for i, (scheme, country, value) in enumerate(data.identifiers, start=1):
        if not (scheme or country or value).strip():
            continue
        try:
            ident = normalise_identifier(scheme, country, value, row=i)
        except ValidationError as exc:
            for f, m in exc.problems.items():
                p.add(f, m)
            continue
        key = (ident.scheme.value, ident.country, ident.value)
        if key in seen:
            p.add(
                f"Identifier {i}",
                _("{identifier} is listed twice.").format(identifier=ident.display),
            )
        seen.add(key)
        idents.append(ident)
    p.raise_if_any()
    assert data.headcount is not None
    return ValidOperator(
        name=name,
        headcount=data.headcount,
        turnover_eur=data.turnover_eur,
        balance_sheet_eur=data.balance_sheet_eur,
        size_class=size_class(data.headcount, data.turnover_eur, data.balance_sheet_eur),
        sector=data.sector.strip(),
        roles=tuple(data.roles),
        region=data.region.strip(),
        address=data.address.strip(),
        identifiers=tuple(idents),
    )
