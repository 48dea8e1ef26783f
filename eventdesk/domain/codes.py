"""Attendee codes: short, typeable, and unique across desks without talking to each other.

A code is the desk's two-character tag, a dash and a number the desk counts
up: `K7-0042`. Tags come from the desk id in Crockford's base-32 alphabet (no
I, L, O or U to misread), so two laptops registering at the same moment
produce different codes.
"""

from __future__ import annotations

import hashlib
import re

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE = re.compile(r"^([0-9A-Z]{2})-(\d{4,})$")


def desk_tag(desk_id: str) -> str:
    digest = hashlib.sha256(desk_id.encode()).digest()
    return ALPHABET[digest[0] % 32] + ALPHABET[digest[1] % 32]


def format_code(tag: str, number: int) -> str:
    return f"{tag}-{number:04d}"


def next_number(existing_codes: list[str], tag: str) -> int:
    """One more than the highest number this desk's tag has used."""
    numbers = [int(m.group(2)) for code in existing_codes if (m := _CODE.match(code)) and m.group(1) == tag]
    return max(numbers, default=0) + 1


def normalise_code(text: str) -> str:
    """What a scanner or a hurried operator typed, in the stored form (`k7 0042` → `K7-0042`)."""
    cleaned = re.sub(r"[\s_]+", "-", text.strip().upper()).replace("O", "0").replace("I", "1").replace("L", "1")
    match = re.match(r"^([0-9A-Z]{2})-?(\d+)$", cleaned)
    if match:
        return format_code(match.group(1), int(match.group(2)))
    return cleaned


def looks_like_code(text: str) -> bool:
    """Whether what was typed or scanned has the shape of a code (`K7-0042`, `k7 42`), known or not.

    A tag of digits only needs its dash (`08-0012`): `0812` is the start of a phone number.
    """
    match = _CODE.match(normalise_code(text))
    if match is None:
        return False
    tag, raw = match.group(1), text.strip()
    return any(ch.isalpha() for ch in tag) or (len(raw) > len(tag) and raw[len(tag)] in "- _")
