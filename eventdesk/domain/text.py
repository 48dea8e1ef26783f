"""Cleaning of free text typed by users: names, titles, notes."""

from __future__ import annotations

import unicodedata

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr

MAX_NAME_LENGTH = 200
MAX_NOTE_LENGTH = 2000
# Explicit direction overrides and isolates: in a name they turn "gpj.exe" into what looks like
# "exe.jpg" in every list; real right-to-left text (Arabic, Hebrew) never needs them.
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible marks that a copy from a word processor or a spreadsheet leaves at the ends of a cell.
_INVISIBLE_EDGES = "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060"


def _refuse_unprintable(value: str, *, field: str, label: str, allowed: str = "") -> None:
    if value.isascii() and value.isprintable():
        return  # the usual case, at C speed (an import checks 20,000 rows)
    for ch in value:
        category = unicodedata.category(ch)
        if category == "Cc" and ch not in allowed:
            raise InvalidValue(
                tr("{label} berisi karakter kendali yang tidak bisa dicetak.").format(label=label), field=field
            )
        if category == "Cs":
            raise InvalidValue(
                tr("{label} berisi karakter yang rusak (bukan Unicode yang sah).").format(label=label), field=field
            )
        if ch in DIRECTION_CONTROLS:
            raise InvalidValue(
                tr("{label} berisi karakter pembalik arah teks (U+{code:04X}) yang mengacaukan tampilan.").format(
                    label=label, code=ord(ch)
                ),
                field=field,
            )


def shown(text: object, limit: int = 40) -> str:
    """User input quoted back in a message: unprintable characters made visible, cut to `limit` characters."""
    value = "".join(ch if ch.isprintable() else "\ufffd" for ch in str(text))
    return value if len(value) <= limit else value[: limit - 1] + "…"


def recordable(text: object, limit: int = 80) -> str:
    """A name recorded on every write and printed in footers (operator, desk): control and direction
    characters dropped, spaces collapsed, at most `limit` characters. Cleaned rather than refused:
    it comes from the command line or the settings file, where nobody stands to correct it."""
    kept = {"Cc": " ", "Cf": "", "Cs": ""}
    value = " ".join("".join(kept.get(unicodedata.category(ch), ch) for ch in str(text)).split())
    return value[:limit].rstrip()


def is_storable(text: str) -> bool:
    """Whether `text` can be written as UTF-8 at all (a lone surrogate cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_line(
    text: object, *, field: str, label: str, required: bool = False, max_length: int = MAX_NAME_LENGTH
) -> str:
    """One line of text: spaces collapsed, control characters refused, length bounded."""
    value = "" if text is None else str(text)
    value = unicodedata.normalize("NFC", " ".join(value.split())).strip(_INVISIBLE_EDGES).strip()
    _refuse_unprintable(value, field=field, label=label)
    if required and not value:
        raise InvalidValue(tr("{label} wajib diisi.").format(label=label), field=field)
    if len(value) > max_length:
        raise InvalidValue(
            tr("{label} terlalu panjang ({length} karakter; paling banyak {limit}).").format(
                label=label, length=len(value), limit=max_length
            ),
            field=field,
        )
    return value


def clean_note(text: object, *, field: str, label: str, max_length: int = MAX_NOTE_LENGTH) -> str:
    """Free text that may span lines."""
    value = "" if text is None else str(text).strip().strip(_INVISIBLE_EDGES).strip()
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n"))
    _refuse_unprintable(value, field=field, label=label, allowed="\n\t")
    if len(value) > max_length:
        raise InvalidValue(
            tr("{label} terlalu panjang ({length} karakter; paling banyak {limit}).").format(
                label=label, length=len(value), limit=max_length
            ),
            field=field,
        )
    return value


def required_reason(text: object, *, label: str) -> str:
    """The reason a correction, a void or a postponement must give (audited with the change): never empty."""
    reason = clean_note(text, field="reason", label=label)
    if not reason:
        raise InvalidValue(tr("{label} wajib diisi.").format(label=label), field="reason")
    return reason
