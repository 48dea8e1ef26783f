"""How agreements are worded on screens and paper: a party's role, a signing time, who signed."""

from __future__ import annotations

from datetime import datetime

from num2words import num2words

from eventdesk.domain.clock import format_long_date, in_zone, written_time, zone_abbreviation
from eventdesk.domain.i18n import language, tr
from eventdesk.domain.models import AgreementParty


def party_role(position: int) -> str:
    """`Pihak Pertama`, `Pihak Kedua`… (`First party`… in English)."""
    lang = "en" if language() == "en" else "id"
    ordinal = num2words(position, lang=lang, to="ordinal")
    text = tr("Pihak {ordinal}").format(ordinal=ordinal.title() if lang == "id" else ordinal)
    return text[:1].upper() + text[1:]


def moment_text(moment: datetime, zone_name: str) -> str:
    """`8 Mei 2025 pukul 10.07 WITA`."""
    local = in_zone(moment, zone_name)
    return tr("{date} pukul {time} {zone}").format(
        date=format_long_date(local.date()), time=written_time(local), zone=zone_abbreviation(zone_name, moment)
    )


def organisation_text(party: AgreementParty) -> str:
    """`Dinas Kelautan dan Perikanan Provinsi Jawa Timur (Jawa Timur)`."""
    return f"{party.organisation_name} ({party.region_name})" if party.region_name else party.organisation_name


def signer_text(party: AgreementParty, *, mark_absent: bool = False) -> str:
    """`Dr. Budi Santoso — Kepala Dinas`, and for a substitute whom they stood in for and why; with
    `mark_absent`, a signer the attendee list does not show present is marked so."""
    name = party.signer_name or tr("(belum ditentukan)")
    text = f"{name} — {party.signer_title}" if party.signer_title else name
    if party.is_substitute:
        text += " " + tr("(menggantikan {planned}: {note})").format(
            planned=party.signatory_name or tr("(tanpa nama)"), note=party.substitute_note
        )
    if mark_absent and party.signer_id and not party.signer_checked_in:
        text += " " + absent_mark()
    return text


def absent_mark() -> str:
    """How a signer with no check-in is marked in the signed summary."""
    return tr("[tidak tercatat hadir]")
