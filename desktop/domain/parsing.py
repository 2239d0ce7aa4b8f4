"""Parsing what people type: counts and amounts, with messages that name the field."""

from __future__ import annotations

import re

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import _

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_SUFFIX = {"k": 1e3, "m": 1e6, "mio": 1e6, "bn": 1e9}


#: A comma in a number is a thousands separator only in groups of three: 1,500 or 12,345,678.
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+")


def parse_count(text: str, field: str, *, required: bool = True) -> int | None:
    """Whole numbers: "35", "1 500", "1,500". A comma anywhere else ("1,5") is refused, not
    dropped: it may be a decimal comma."""
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        if required:
            raise ValidationError(_("is required."), field=field)
        return None
    if "," in cleaned:
        if not _THOUSANDS.fullmatch(cleaned):
            raise ValidationError(
                _(
                    "'{text}' is not a whole number (a comma can only separate thousands, "
                    "as in 1,500)."
                ).format(text=text.strip()),
                field=field,
            )
        cleaned = cleaned.replace(",", "")
    if not re.fullmatch(r"[+-]?\d+", cleaned):
        raise ValidationError(
            _("'{text}' is not a whole number.").format(text=text.strip()), field=field
        )
    value = int(cleaned)
    if value < 0:
        raise ValidationError(_("cannot be negative."), field=field)
    if value > 10_000_000:
        raise ValidationError(_("is implausibly large."), field=field)
    return value


def parse_amount(text: str, field: str) -> float | None:
    """EUR amounts: "2 500 000", "2,500,000", "2.5M", "750k". Empty means unknown."""
    cleaned = _SPACES.sub("", text).lower().removesuffix("eur").removesuffix("€")
    if not cleaned:
        return None
    m = re.fullmatch(r"([+-]?[\d.,]+)(k|m|mio|bn)?", cleaned)
    if not m:
        raise ValidationError(
            _("'{text}' is not an amount in EUR.").format(text=text.strip()), field=field
        )
    number, suffix = m.groups()
    if suffix is None and re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", number):
        number = number.replace(",", "")  # 2,500,000 or 2,500,000.50
    elif re.fullmatch(r"[+-]?\d+,\d{1,2}", number):
        number = number.replace(",", ".")  # 1500,50 or 1,5 (decimal comma)
    elif "," in number:
        # Neither: "1,50,000" or "1,500k" could be read more than one way.
        raise ValidationError(
            _(
                "'{text}' is not an amount in EUR (a comma separates either thousands, "
                "as in 2,500,000, or cents, as in 1500,50)."
            ).format(text=text.strip()),
            field=field,
        )
    try:
        value = float(number)
    except ValueError:
        raise ValidationError(
            _("'{text}' is not an amount in EUR.").format(text=text.strip()), field=field
        ) from None
    value *= _SUFFIX.get(suffix or "", 1.0)
    if value < 0:
        raise ValidationError(_("cannot be negative."), field=field)
    if value > 1e13:
        raise ValidationError(_("is implausibly large."), field=field)
    return value
