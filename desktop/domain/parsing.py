"""Parsing what people type: counts and amounts, with messages that name the field."""

from __future__ import annotations

import re

from desktop.domain.errors import ValidationError

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_SUFFIX = {"k": 1e3, "m": 1e6, "mio": 1e6, "bn": 1e9}


def parse_count(text: str, field: str, *, required: bool = True) -> int | None:
    cleaned = _SPACES.sub("", text).replace(",", "")
    if not cleaned:
        if required:
            raise ValidationError("is required.", field=field)
        return None
    if not re.fullmatch(r"[+-]?\d+", cleaned):
        raise ValidationError(f"'{text.strip()}' is not a whole number.", field=field)
    value = int(cleaned)
    if value < 0:
        raise ValidationError("cannot be negative.", field=field)
    if value > 10_000_000:
        raise ValidationError("is implausibly large.", field=field)
    return value


def parse_amount(text: str, field: str) -> float | None:
    """EUR amounts: "2 500 000", "2,500,000", "2.5M", "750k". Empty means unknown."""
    cleaned = _SPACES.sub("", text).lower().removesuffix("eur").removesuffix("€")
    if not cleaned:
        return None
    m = re.fullmatch(r"([+-]?[\d.,]+)(k|m|mio|bn)?", cleaned)
    if not m:
        raise ValidationError(f"'{text.strip()}' is not an amount in EUR.", field=field)
    number, suffix = m.groups()
    if suffix is None and re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", number):
        number = number.replace(",", "")  # 2,500,000 or 2,500,000.50
    elif re.fullmatch(r"[+-]?\d+,\d{1,2}", number):
        number = number.replace(",", ".")  # 1500,50 (decimal comma)
    try:
        value = float(number)
    except ValueError:
        raise ValidationError(f"'{text.strip()}' is not an amount in EUR.", field=field) from None
    value *= _SUFFIX.get(suffix or "", 1.0)
    if value < 0:
        raise ValidationError("cannot be negative.", field=field)
    if value > 1e13:
        raise ValidationError("is implausibly large.", field=field)
    return value
