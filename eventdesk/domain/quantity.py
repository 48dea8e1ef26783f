"""Quantities of goods as staff type them: `12`, `12,5`, `1.250` (a dot groups thousands, a comma is the
decimal mark)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import language, tr

MAX_QUANTITY = 10**12


def parse_quantity(text: str | None) -> float | None:
    """The quantity in `text` (None when empty), or InvalidValue saying why it cannot be read."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        return None
    try:
        value = parse_decimal(cleaned, locale="id", strict=True)
    except NumberFormatError:
        raise InvalidValue(
            tr("Jumlah barang '{text}' tidak terbaca; contoh: 12, 12,5 atau 1.250.").format(text=cleaned),
            field="quantity",
        ) from None
    if not value > 0:
        raise InvalidValue(tr("Jumlah barang harus lebih dari nol."), field="quantity")
    if value > MAX_QUANTITY:
        raise InvalidValue(tr("Jumlah barang terlalu besar; periksa lagi angkanya."), field="quantity")
    return float(value)


def format_quantity(value: float | None) -> str:
    """`12,5` / `1.250` in Indonesian, `12.5` / `1,250` in English; empty for no quantity."""
    if value is None:
        return ""
    return _formatted(value, "en" if language() == "en" else "id")


def format_count(count: int) -> str:
    """A count of people or things as the language writes it: `20.000` in Indonesian, `20,000` in English."""
    return format_decimal(count, locale="en" if language() == "en" else "id")


@lru_cache(maxsize=4096)
def _formatted(value: float, locale: str) -> str:
    return format_decimal(Decimal(repr(value)), locale=locale)
