"""Phone numbers and e-mail addresses as staff type them, checked and normalised."""

from __future__ import annotations

import re

import phonenumbers

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr
from eventdesk.domain.text import shown

DEFAULT_REGION = "ID"
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


def normalise_phone(text: str | None) -> str | None:
    """`0812-3456-7890`, `+62 812 …`, `62812…` or `812…` → `+6281234567890`; empty → None."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    if re.sub(r"^tel:|[\d\s+\-.()/]", "", raw, flags=re.IGNORECASE):
        # A letter or symbol among the digits ("08l2-…" for 0812) must not silently become another number.
        raise InvalidValue(tr("Nomor telepon '{text}' berisi karakter selain angka.").format(text=shown(raw)), field="phone")
    digits = re.sub(r"[^\d+]", "", raw)
    if digits.startswith("62") or digits.startswith("8"):
        # `62812…` lost its plus; `812…` lost its leading zero (a number cell in Excel)
        digits = ("+" if digits.startswith("62") else "0") + digits
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


def mask_phone(phone: str | None) -> str:
    """`+6281234567890` → `0812****7890`, for lists that leave the desk."""
    if not phone:
        return ""
    local = "0" + phone[3:] if phone.startswith("+62") else phone
    if len(local) <= 8:
        return local[:2] + "*" * (len(local) - 2)
    return local[:4] + "*" * (len(local) - 8) + local[-4:]
