"""Cleaning of free text typed by users: names, titles, notes."""

from __future__ import annotations

import re
import unicodedata

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr

MAX_NAME_LENGTH = 200
MAX_NOTE_LENGTH = 2000
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, exactly
_CONTROL_IN_NOTE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # the same, newline and tab allowed


def clean_line(text: object, *, field: str, label: str, required: bool = False, max_length: int = MAX_NAME_LENGTH) -> str:
    """One line of text: spaces collapsed, control characters refused, length bounded."""
    value = "" if text is None else str(text)
    value = unicodedata.normalize("NFC", " ".join(value.split()))
    if _CONTROL.search(value):
        raise InvalidValue(tr("{label} berisi karakter kendali yang tidak bisa dicetak.").format(label=label), field=field)
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
    value = "" if text is None else str(text).strip()
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n"))
    if _CONTROL_IN_NOTE.search(value):
        raise InvalidValue(tr("{label} berisi karakter kendali yang tidak bisa dicetak.").format(label=label), field=field)
    if len(value) > max_length:
        raise InvalidValue(
            tr("{label} terlalu panjang ({length} karakter; paling banyak {limit}).").format(
                label=label, length=len(value), limit=max_length
            ),
            field=field,
        )
    return value
