"""Attendee codes: short, typeable, and unique across desks without talking to each other.

A code is the desk's three-character tag, a dash and a number the desk counts
up: `K7M-0042`. Tags come from the desk id in Crockford's base-32 alphabet (no
I, L, O or U to misread), so two laptops registering at the same moment
produce different codes.

Why three characters: desks that copied the event file before the day cannot
see each other until they first merge, so their tags can only be kept apart by
chance. Two characters gave 1,024 tags (three desks clash about once in 340
events); three give 32,768 (about once in 11,000), and a desk that *can* see
another desk's tag in its file picks another one (`taken`). The rare clash that
remains is settled when the files are merged (see domain/merge_rules.py), never
by a broken merge. Codes of older files with two-character tags still read back.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from eventdesk.domain.i18n import tr, tr_noop

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TAG_LENGTH = 3
_TYPED_WITH_DASH = re.compile(r"^([0-9A-Z]{2,3})-(\d+)([A-Z]?)$")
# Without a dash the split is ambiguous; the current three-character tag is tried first.
_TYPED_WITHOUT_DASH = re.compile(r"^([0-9A-Z]{3}|[0-9A-Z]{2})(\d{4,})([A-Z]?)$")


def desk_tag(desk_id: str, taken: Collection[str] = ()) -> str:
    """The desk's tag: derived from its id, or the next candidate when another desk has it already."""
    import hashlib  # 2 ms of every command's start otherwise; a tag is made once per desk

    attempt = 0
    while True:
        seed = desk_id if attempt == 0 else f"{desk_id}#{attempt}"
        digest = hashlib.sha256(seed.encode()).digest()
        tag = "".join(ALPHABET[byte % 32] for byte in digest[:TAG_LENGTH])
        if tag not in taken:
            return tag
        attempt += 1


def format_code(tag: str, number: int) -> str:
    return f"{tag}-{number:04d}"


def normalise_code(text: str) -> str:
    """What a scanner or a hurried operator typed, in the stored form (`k7m 0042` → `K7M-0042`)."""
    cleaned = re.sub(r"[\s_]+", "-", text.strip().upper())
    head, _, tail = cleaned.rpartition("-")
    # Letters that read like digits are digits in the number; the tag has none of them.
    cleaned = f"{head}-{_digits(tail)}" if head else _digits(cleaned)
    match = _TYPED_WITH_DASH.match(cleaned) or _TYPED_WITHOUT_DASH.match(cleaned)
    if match:
        return format_code(match.group(1), int(match.group(2))) + match.group(3)
    return cleaned


def _digits(text: str) -> str:
    return text.replace("O", "0").replace("I", "1").replace("L", "1")


def clash_code(code: str, taken: Collection[str]) -> str:
    """A new code for the later of two attendees who got the same code on desks that had not met.

    The original code with a letter after the number (`K7M-0042B`), so the badge
    reprint is recognisable and the desk's own numbering is not disturbed.
    """
    for letter in ALPHABET[10:]:
        if letter == "A":
            continue
        candidate = code + letter
        if candidate not in taken:
            return candidate
    number = 2
    while f"{code}-{number}" in taken:
        number += 1
    return f"{code}-{number}"


_SHAPE = re.compile(r"^([0-9A-Z]{2,3})-(\d{4,})[A-Z]?$")


def is_complete_code(text: str) -> bool:
    """Whether `text` is a whole code as printed (all four digits: `K7M-0042`, `k7m 0042`), not a short one
    (`K7M-42`) that normalising would pad. Only a whole code is checked in without a person choosing."""
    if not looks_like_code(text):
        return False
    match = re.match(r"^[0-9A-Z]{2,3}[-\s_]*(\d+)", text.strip().upper())
    return match is not None and len(match.group(1)) >= 4


def looks_like_code(text: str) -> bool:
    """Whether what was typed or scanned has the shape of a code (`K7M-0042`, `k7m 42`, `K7M-0042B`), known or not.

    A tag of digits only needs its dash (`081-0012`): `0812…` is the start of a phone number.
    """
    match = _SHAPE.match(normalise_code(text))
    if match is None:
        return False
    tag, raw = match.group(1), text.strip()
    return any(ch.isalpha() for ch in tag) or (len(raw) > len(tag) and raw[len(tag)] in "- _")


DEFAULT_DESK_LABEL = tr_noop("Meja {tag}")  # a desk's name until someone gives it one


def default_desk_label(desk_id: str) -> str:
    """The name a new desk gets, stored as it is written: `Meja 3JD`."""
    return DEFAULT_DESK_LABEL.format(tag=desk_tag(desk_id))


def desk_name(label: str, desk_id: str) -> str:
    """A desk's name as a document in the current language prints it: the default name translated (`Desk 3JD`),
    a name someone gave the desk exactly as given."""
    if label == default_desk_label(desk_id):
        return tr(DEFAULT_DESK_LABEL).format(tag=desk_tag(desk_id))
    return label
