"""Phone numbers and e-mail addresses as staff type them, checked and normalised."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr
from eventdesk.domain.text import shown

if TYPE_CHECKING:
    from phonenumbers.phonemetadata import PhoneNumberDesc

# phonenumbers (12 ms to import) is loaded by the first number that needs it, not by whatever imports this module:
# a command that checks one attendee in never does.

DEFAULT_REGION = "ID"
_PLAIN_INDONESIAN = re.compile(r"^(?:0|\+62)([1-9]\d{5,13})$")
_EMAIL = re.compile(
    r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


def normalise_phone(text: str | None) -> str | None:
    """`0812-3456-7890`, `+62 812 …`, `62812…` or `812…` → `+6281234567890`; empty → None."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    if re.sub(r"^tel:|[\d\s+\-.()/]", "", raw, flags=re.IGNORECASE):
        # A letter or symbol among the digits ("08l2-…" for 0812) must not silently become another number.
        raise InvalidValue(
            tr("Nomor telepon '{text}' berisi karakter selain angka.").format(text=shown(raw)), field="phone"
        )
    digits = re.sub(r"[^\d+]", "", raw)
    if digits.startswith("62") or digits.startswith("8"):
        # `62812…` lost its plus; `812…` lost its leading zero (a number cell in Excel)
        digits = ("+" if digits.startswith("62") else "0") + digits
    plain = _PLAIN_INDONESIAN.match(digits)
    if plain:
        # `0812…` or `+62812…`: parse() and is_valid_number() answer exactly as below, only slower
        # (an import checks 20,000 of them).
        national = plain.group(1)
        if not _valid_indonesian(national):
            raise InvalidValue(tr("Nomor telepon '{text}' tidak valid.").format(text=shown(raw)), field="phone")
        return "+62" + national
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        raise InvalidValue(tr("Nomor telepon '{text}' tidak terbaca.").format(text=shown(raw)), field="phone") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidValue(tr("Nomor telepon '{text}' tidak valid.").format(text=shown(raw)), field="phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(text: str | None) -> str | None:
    """A trimmed address, or InvalidValue when it cannot be an address; empty → None."""
    if text is None or not str(text).strip():
        return None
    address = str(text).strip()
    if len(address) > 254 or not _EMAIL.match(address) or not address.isprintable():
        raise InvalidValue(tr("Alamat email '{text}' tidak valid.").format(text=shown(address)), field="email")
    return address


def local_phone(phone: str | None) -> str:
    """`+6281234567890` → `081234567890`, as staff dial it."""
    if not phone:
        return ""
    return "0" + phone[3:] if phone.startswith("+62") else phone


def mask_phone(phone: str | None) -> str:
    """`+6281234567890` → `0812****7890`, for lists that leave the desk."""
    if not phone:
        return ""
    local = local_phone(phone)
    if len(local) <= 8:
        return local[:2] + "*" * (len(local) - 2)
    return local[:4] + "*" * (len(local) - 8) + local[-4:]


@cache
def _indonesian_patterns() -> tuple[
    tuple[frozenset[int], re.Pattern[str]] | None, list[tuple[frozenset[int], re.Pattern[str]]]
]:
    """libphonenumber's rules for Indonesia: the general pattern and one per kind of number."""
    from phonenumbers.phonemetadata import PhoneMetadata

    metadata = PhoneMetadata.metadata_for_region(DEFAULT_REGION)
    if metadata is None:  # phonenumbers always carries Indonesia's rules; without them no number is valid
        return None, []

    def compiled(desc: PhoneNumberDesc | None) -> tuple[frozenset[int], re.Pattern[str]] | None:
        if desc is None or desc.national_number_pattern is None:
            return None
        return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)

    kinds = (  # any kind makes a number valid; the common ones are tried first
        metadata.mobile,
        metadata.fixed_line,
        metadata.premium_rate,
        metadata.toll_free,
        metadata.shared_cost,
        metadata.voip,
        metadata.personal_number,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
    )
    return compiled(metadata.general_desc), [found for desc in kinds if (found := compiled(desc)) is not None]


def _valid_indonesian(national: str) -> bool:
    """phonenumbers.is_valid_number() for +62 and this national significant number (its number-type test)."""
    general, kinds = _indonesian_patterns()

    def matches(rule: tuple[frozenset[int], re.Pattern[str]]) -> bool:
        lengths, pattern = rule
        return (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None

    return general is not None and matches(general) and any(matches(kind) for kind in kinds)
