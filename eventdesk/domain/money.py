"""Money: integer rupiah, read from what staff type and written the Indonesian way.

Entry accepts `666 miliar`, `666 M`, `1,5 miliar`, `250 jt`, `250 juta`,
`Rp 1.250.000`, `1.250.000,00`, `2 T`: a dot groups thousands, a comma is the
decimal mark. Display uses Babel's `id` locale and num2words; nothing here
is a hand-made number table.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import cache, lru_cache
from typing import Any

from eventdesk.domain.errors import InvalidAmount
from eventdesk.domain.i18n import language, tr
from eventdesk.domain.text import shown

MAX_AMOUNT = 10**15  # Rp1.000 triliun: far above any mission, low enough to catch a slipped key
ONE_TRILLION = 10**12  # above it a booking asks once more: a slipped "M" for "jt" is a thousandfold

_MULTIPLIERS = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "m": 10**9,  # only the capital M is accepted; see _read_multiplier
    "miliar": 10**9,
    "milyar": 10**9,
    "t": 10**12,
    "triliun": 10**12,
    "rupiah": 1,  # "286.000.000 rupiah", as staff write it
}

_AMOUNT = re.compile(
    r"""^
    (?P<sign>[-+−])?\s*
    (?:(?:rp|idr)\.?\s*)?
    (?P<sign2>[-+−])?\s*
    (?P<number>[0-9][0-9.,]*)
    \s*(?P<unit>[^\W\d_]+)?\.?
    \s*(?:,-|rupiah)?
    $""",
    re.IGNORECASE | re.VERBOSE,
)
_GROUPED = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+$")


def parse_amount(text: object) -> int:
    """The integer rupiah in `text`, or InvalidAmount saying why it cannot be read."""
    if not isinstance(text, str):
        raise InvalidAmount(tr("Jumlah tidak terbaca."))
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    if not cleaned:
        raise InvalidAmount(tr("Jumlah belum diisi."))
    match = _AMOUNT.match(cleaned)
    if not match:
        raise InvalidAmount(
            tr("Jumlah '{text}' tidak terbaca. Contoh yang benar: 1.250.000, 250 jt, 1,5 M, 2 T.").format(
                text=shown(cleaned)
            )
        )
    if match["sign"] in ("-", "−") or match["sign2"] in ("-", "−"):
        raise InvalidAmount(tr("Jumlah tidak boleh negatif."))
    number = _read_number(match["number"])
    # Enough digits that the product is exact: rounding must not hide a fraction of a rupiah.
    with localcontext(prec=len(match["number"]) + 16):
        value = number * _read_multiplier(match["unit"])
    if value != value.to_integral_value():
        raise InvalidAmount(tr("Jumlah harus bulat dalam rupiah (tanpa sen)."))
    return within_limit(int(value))


def within_limit(amount: int, *, field: str | None = None) -> int:
    """`amount`, or an error when it is above MAX_AMOUNT (a slipped key, not a deal)."""
    if amount > MAX_AMOUNT:
        raise InvalidAmount(tr("Jumlah lebih dari Rp1.000 triliun; periksa lagi angkanya."), field=field)
    return amount


def amount_of(value: int | str, *, field: str | None = None) -> int:
    """An amount given as rupiah (a script, a test) or as typed (`1,2 M`): the integer rupiah, never negative,
    within MAX_AMOUNT; InvalidAmount naming `field` otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise InvalidAmount(tr("Jumlah tidak terbaca."), field=field)
    try:
        amount = parse_amount(value) if isinstance(value, str) else value
    except InvalidAmount as error:
        error.field = field
        raise
    if amount < 0:
        raise InvalidAmount(tr("Jumlah tidak boleh negatif."), field=field)
    return within_limit(amount, field=field)


def needs_confirmation(amount: int) -> bool:
    """Whether booking `amount` asks once more whether it is right (the form asks; the CLI wants --yes)."""
    return amount > ONE_TRILLION


def _read_number(number: str) -> Decimal:
    if number.count(",") > 1:
        raise InvalidAmount(
            tr("Koma adalah tanda desimal dan hanya boleh satu; pemisah ribuan memakai titik (1.250.000).")
        )
    whole, _, fraction = number.partition(",")
    if "," in number and not fraction:
        raise InvalidAmount(tr("Setelah koma harus ada angka desimal (contoh: 1,5 M)."))
    if "." in whole and not _GROUPED.match(whole):
        raise InvalidAmount(
            tr("Titik adalah pemisah ribuan dalam kelompok tiga angka (1.250.000); untuk desimal pakai koma (1,5 M).")
        )
    if not whole or (not fraction.isdigit() and fraction):
        raise InvalidAmount(tr("Jumlah '{text}' tidak terbaca.").format(text=shown(number)))
    try:
        return Decimal(whole.replace(".", "") + ("." + fraction if fraction else ""))
    except InvalidOperation:  # pragma: no cover - the patterns above admit only digits
        raise InvalidAmount(tr("Jumlah '{text}' tidak terbaca.").format(text=shown(number))) from None


def _read_multiplier(unit: str | None) -> int:
    if unit is None:
        return 1
    if unit == "m":
        raise InvalidAmount(tr("'m' bisa berarti juta atau miliar; tulis 'jt' untuk juta atau 'M' untuk miliar."))
    multiplier = _MULTIPLIERS.get(unit.casefold())
    if multiplier is None:
        raise InvalidAmount(
            tr("Satuan '{unit}' tidak dikenal; gunakan rb, jt/juta, M/miliar atau T/triliun.").format(unit=unit)
        )
    return multiplier


@lru_cache(maxsize=65536)  # a recap prints the same round amounts (250 jt, 1,5 M) thousands of times
def format_full(amount: int) -> str:
    """`Rp666.000.000.000`: every digit, grouped the Indonesian way."""
    from babel.numbers import format_currency  # Babel's number tables: loaded by the first amount shown

    return format_currency(amount, "IDR", locale="id", format="¤#,##0", currency_digits=False)


def format_compact(amount: int) -> str:
    """`Rp666 miliar`, `Rp93,95 miliar` (for Rp93.945.000.000: half rounds up, as people round, where Babel
    alone would round half to even): for headlines; never for a total that must be exact."""
    from babel.numbers import format_compact_decimal

    locale = "en" if language() == "en" else "id"
    sign = "-" if amount < 0 else ""
    rounded = _round_half_up_to_cents_of_unit(abs(amount))
    return f"{sign}Rp{format_compact_decimal(rounded, format_type='long', locale=locale, fraction_digits=2)}"


def _round_half_up_to_cents_of_unit(amount: int) -> int:
    """`amount` rounded half up to two decimals of the unit it is written in (ribu, juta, miliar, triliun)."""
    digits = len(str(amount))
    if digits <= 3:
        return amount
    unit = 10 ** (min((digits - 1) // 3, 4) * 3)
    hundredths = (Decimal(amount) * 100 / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(hundredths * unit / 100)


def format_words(amount: int) -> str:
    """`enam ratus enam puluh enam miliar rupiah`, in the current language."""
    if language() == "en":
        from num2words import num2words

        return f"{num2words(amount, lang='en')} rupiah"
    return f"{_indonesian_words().to_cardinal(amount)} rupiah"


@cache
def _indonesian_words() -> Any:
    """num2words's Indonesian converter, loaded on its own.

    The package's `__init__` makes a converter for each of its fifty languages: 15 ms of every
    command that prints a total in words. Its `lang_ID` module imports nothing, so it is loaded
    from its file; where the package is not a folder of files (a frozen build), the package is
    imported whole, as before.
    """
    import importlib.util
    from pathlib import Path

    package = importlib.util.find_spec("num2words")
    folders = list(package.submodule_search_locations or []) if package is not None else []
    source = Path(folders[0]) / "lang_ID.py" if folders else None
    spec = importlib.util.spec_from_file_location("eventdesk_num2words_id", source) if source else None
    if source is None or not source.is_file() or spec is None or spec.loader is None:
        from num2words import CONVERTER_CLASSES

        return CONVERTER_CLASSES["id"]
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Num2Word_ID()


def percent(part: int, whole: int) -> str:
    """`37,4%`: one decimal, in the document's language."""
    from babel.numbers import format_percent

    if whole == 0:
        return "–"
    return format_percent(part / whole, format="#,##0.0%", locale="en" if language() == "en" else "id")
