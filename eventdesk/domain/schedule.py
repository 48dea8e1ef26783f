"""Schedule-conflict rules for signing slots: pure functions over agreements, their parties and slots.

A slot occupies its spot and its signatories from its start up to (not
including) its end, so back-to-back slots never clash. Only scheduled and
signed agreements occupy anything; a draft, postponed or cancelled one
does not. A pair of signed agreements is history and is not reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from eventdesk.domain.clock import format_long_date, in_zone, local_moment, written_time, zone_abbreviation
from eventdesk.domain.documents import event_dates
from eventdesk.domain.enums import AgreementStatus
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Agreement, AgreementParty, Attendee, EventSettings, Slot

OCCUPYING = (AgreementStatus.SCHEDULED, AgreementStatus.SIGNED)
SNAP_MINUTES = 5


class ConflictKind(StrEnum):
    SIGNATORY_TWICE = "signatory_twice"
    SPOT_TWICE = "spot_twice"
    OUTSIDE_HOURS = "outside_hours"
    OUTSIDE_DAYS = "outside_days"
    UNKNOWN_SPOT = "unknown_spot"
    TOO_FEW_PARTIES = "too_few_parties"
    NO_SIGNATORY = "no_signatory"
    NOT_CHECKED_IN = "not_checked_in"


@dataclass(frozen=True)
class Conflict:
    """One problem of one agreement's slot, with a message in the language of the moment it was found."""

    kind: ConflictKind
    agreement_id: str
    message: str
    other_id: str | None = None
    attendee_id: str | None = None


def overlaps(first: Slot, second: Slot) -> bool:
    """Do two slots share any moment? A slot ending at 10.15 and one starting at 10.15 do not."""
    return first.starts_at < second.ends_at and second.starts_at < first.ends_at


def clock_text(moment: datetime, zone_name: str) -> str:
    """`10.15`: the wall-clock time in the event's zone, written the Indonesian way."""
    return written_time(in_zone(moment, zone_name))


def slot_text(slot: Slot, zone_name: str) -> str:
    """`10.00–10.15 WITA`."""
    zone = zone_abbreviation(zone_name, slot.starts_at)
    return f"{clock_text(slot.starts_at, zone_name)}–{clock_text(slot.ends_at, zone_name)} {zone}"


def _occupies(agreement: Agreement) -> bool:
    return agreement.slot is not None and agreement.status in OCCUPYING


def _signers(agreement: Agreement) -> list[AgreementParty]:
    return [party for party in agreement.parties if party.signer_id is not None]


# --- the rules -------------------------------------------------------------------------------------


def hours_conflicts(agreement: Agreement, settings: EventSettings) -> list[Conflict]:
    """The slot lies outside the event's days or its daily hours, or at a spot the settings do not know."""
    slot = agreement.slot
    if slot is None:
        return []
    found = []
    zone_name = settings.timezone
    start, end = in_zone(slot.starts_at, zone_name), in_zone(slot.ends_at, zone_name)
    if settings.spots and slot.spot not in {spot.name for spot in settings.spots}:
        found.append(
            Conflict(
                ConflictKind.UNKNOWN_SPOT,
                agreement.id,
                tr("Tempat '{spot}' tidak ada di pengaturan acara.").format(spot=slot.spot),
            )
        )
    first_day = settings.start_date
    last_day = settings.end_date or first_day
    if first_day is not None and last_day is not None and not (first_day <= start.date() <= last_day):
        found.append(
            Conflict(
                ConflictKind.OUTSIDE_DAYS,
                agreement.id,
                tr("Tanggal {date} di luar hari acara ({days}).").format(
                    date=format_long_date(start.date()), days=event_dates(settings)
                ),
            )
        )
    day_start = local_moment(start.date(), settings.day_start.hour, settings.day_start.minute, zone_name)
    day_end = local_moment(start.date(), settings.day_end.hour, settings.day_end.minute, zone_name)
    if start < day_start or end > day_end:
        found.append(
            Conflict(
                ConflictKind.OUTSIDE_HOURS,
                agreement.id,
                tr("Slot {slot} di luar jam acara ({start}–{end}).").format(
                    slot=slot_text(slot, zone_name),
                    start=written_time(settings.day_start),
                    end=written_time(settings.day_end),
                ),
            )
        )
    return found


def party_conflicts(agreement: Agreement) -> list[Conflict]:
    """A scheduled agreement needs two or more parties, each with its signatory."""
    found = []
    if len(agreement.parties) < 2:
        found.append(
            Conflict(
                ConflictKind.TOO_FEW_PARTIES,
                agreement.id,
                tr("Perjanjian terjadwal perlu paling sedikit dua pihak (sekarang {count}).").format(
                    count=len(agreement.parties)
                ),
            )
        )
    for party in agreement.parties:
        if party.signer_id is None:
            found.append(
                Conflict(
                    ConflictKind.NO_SIGNATORY,
                    agreement.id,
                    tr("Pihak {organisation} belum punya penanda tangan.").format(
                        organisation=party.organisation_name or tr("(tanpa nama)")
                    ),
                )
            )
    return found


def _spot_clash(agreement: Agreement, other: Agreement, zone_name: str) -> Conflict:
    assert other.slot is not None
    return Conflict(
        ConflictKind.SPOT_TWICE,
        agreement.id,
        tr("{spot} sudah dipakai '{other}' pada {slot}.").format(
            spot=other.slot.spot, other=other.title, slot=slot_text(other.slot, zone_name)
        ),
        other_id=other.id,
    )


def _signatory_clash(agreement: Agreement, other: Agreement, party: AgreementParty, zone_name: str) -> Conflict:
    assert other.slot is not None
    return Conflict(
        ConflictKind.SIGNATORY_TWICE,
        agreement.id,
        tr("{name} juga menandatangani '{other}' pada {slot} di {spot}.").format(
            name=party.signer_name or tr("(tanpa nama)"),
            other=other.title,
            slot=slot_text(other.slot, zone_name),
            spot=other.slot.spot,
        ),
        other_id=other.id,
        attendee_id=party.signer_id,
    )


def signing_conflicts(candidate: Agreement, others: Iterable[Agreement], settings: EventSettings) -> list[Conflict]:
    """Every conflict of `candidate` scheduled as it stands (its slot and parties may be a proposal).

    `others` may include the candidate's stored self; it is skipped by id.
    """
    if candidate.slot is None:
        return []
    zone_name = settings.timezone
    found = hours_conflicts(candidate, settings) + party_conflicts(candidate)
    signers = {party.signer_id: party for party in _signers(candidate)}
    for other in others:
        if other.id == candidate.id or not _occupies(other) or not overlaps(candidate.placed, other.placed):
            continue
        if other.placed.spot == candidate.placed.spot:
            found.append(_spot_clash(candidate, other, zone_name))
        for party in _signers(other):
            if party.signer_id in signers:
                found.append(_signatory_clash(candidate, other, signers[party.signer_id], zone_name))
    return found


def schedule_conflicts(agreements: Iterable[Agreement], settings: EventSettings) -> dict[str, list[Conflict]]:
    """Conflicts of the whole schedule, by agreement id (only agreements that have any).

    Sorted sweeps per spot and per signatory, so thousands of slots stay quick.
    """
    zone_name = settings.timezone
    occupying = [agreement for agreement in agreements if _occupies(agreement)]
    found: dict[str, list[Conflict]] = defaultdict(list)
    for agreement in occupying:
        if agreement.status is AgreementStatus.SCHEDULED:
            found[agreement.id] += hours_conflicts(agreement, settings) + party_conflicts(agreement)
    by_spot: dict[str, list[Agreement]] = defaultdict(list)
    by_signer: dict[str, list[tuple[Agreement, AgreementParty]]] = defaultdict(list)
    for agreement in occupying:
        by_spot[agreement.placed.spot].append(agreement)
        for party in agreement.parties:
            if party.signer_id is not None:
                by_signer[party.signer_id].append((agreement, party))
    for group in by_spot.values():
        for first, second in _overlapping_pairs(group, key=lambda a: a):
            if AgreementStatus.SCHEDULED in (first.status, second.status):
                found[first.id].append(_spot_clash(first, second, zone_name))
                found[second.id].append(_spot_clash(second, first, zone_name))
    for pairs in by_signer.values():
        for (first, first_party), (second, second_party) in _overlapping_pairs(pairs, key=lambda pair: pair[0]):
            if first.id != second.id and AgreementStatus.SCHEDULED in (first.status, second.status):
                found[first.id].append(_signatory_clash(first, second, first_party, zone_name))
                found[second.id].append(_signatory_clash(second, first, second_party, zone_name))
    return {agreement_id: conflicts for agreement_id, conflicts in found.items() if conflicts}


T = TypeVar("T")


def _overlapping_pairs(items: list[T], *, key: Callable[[T], Agreement]) -> Iterable[tuple[T, T]]:
    """Pairs of items whose agreements' slots overlap: sort by start, compare with the still-open ones."""
    ordered = sorted(items, key=lambda item: key(item).placed.starts_at)
    open_items: list[T] = []
    for item in ordered:
        slot = key(item).placed
        open_items = [earlier for earlier in open_items if key(earlier).placed.ends_at > slot.starts_at]
        for earlier in open_items:
            yield earlier, item
        open_items.append(item)


# --- on the day ------------------------------------------------------------------------------------


def next_slots(agreements: Iterable[Agreement], now: datetime, zone_name: str) -> list[Agreement]:
    """Per spot, the first agreement of today still waiting to be signed (late or not), in time order."""
    today = in_zone(now, zone_name).date()
    first_by_spot: dict[str, Agreement] = {}
    for agreement in agreements:
        slot = agreement.slot
        if agreement.status is not AgreementStatus.SCHEDULED or slot is None:
            continue
        if in_zone(slot.starts_at, zone_name).date() != today:
            continue
        current = first_by_spot.get(slot.spot)
        if current is None or slot.starts_at < current.placed.starts_at:
            first_by_spot[slot.spot] = agreement
    return sorted(first_by_spot.values(), key=lambda a: (a.placed.starts_at, a.placed.spot))


def check_in_warnings(agreements: Iterable[Agreement], now: datetime, zone_name: str) -> list[Conflict]:
    """A warning for each signatory of the next slot at a spot who has not checked in yet."""
    found = []
    for agreement in next_slots(agreements, now, zone_name):
        for party in agreement.parties:
            if party.signatory_id is None or party.signatory_checked_in_at is not None:
                continue
            found.append(
                Conflict(
                    ConflictKind.NOT_CHECKED_IN,
                    agreement.id,
                    tr("{name} ({organisation}) belum check-in untuk '{title}', {slot} di {spot}.").format(
                        name=party.signatory_name or tr("(tanpa nama)"),
                        organisation=party.organisation_name,
                        title=agreement.title,
                        slot=slot_text(agreement.placed, zone_name),
                        spot=agreement.placed.spot,
                    ),
                    attendee_id=party.signatory_id,
                )
            )
    return found


# --- proposing a slot -------------------------------------------------------------------------------


def with_slot(agreement: Agreement, starts_at: datetime, ends_at: datetime, spot: str) -> Agreement:
    """A copy of `agreement` placed in another slot (for checking a move before it is saved)."""
    slot = Slot(agreement.slot.id if agreement.slot else "", agreement.id, starts_at, ends_at, spot)
    status = agreement.status if agreement.status is AgreementStatus.SIGNED else AgreementStatus.SCHEDULED
    return replace(agreement, slot=slot, status=status)


def event_days(settings: EventSettings) -> list[date]:
    """The days of the event, first to last; none while the settings name no date."""
    if settings.start_date is None:
        return []
    last = settings.end_date or settings.start_date
    return [settings.start_date + timedelta(days=offset) for offset in range((last - settings.start_date).days + 1)]


def signs_for_another_organisation(organisation_id: str | None, signatory: Attendee) -> bool:
    """Whether the chosen signatory is registered with an organisation other than the party's (worth a look:
    a deputy from the same office is normal, a governor signing for a company is a slip of the picker)."""
    return bool(organisation_id and signatory.organisation_id and signatory.organisation_id != organisation_id)


def outside_event_days(day: date, settings: EventSettings) -> bool:
    """Whether `day` is not one of the event's days (never, while the settings name no date)."""
    days = event_days(settings)
    return bool(days) and day not in days


def first_free_start(
    spot: str, day: date, duration: timedelta, agreements: Iterable[Agreement], settings: EventSettings
) -> datetime | None:
    """The earliest start on `day` at `spot` within the event's hours where a slot of `duration` fits."""
    zone_name = settings.timezone
    start = local_moment(day, settings.day_start.hour, settings.day_start.minute, zone_name)
    day_end = local_moment(day, settings.day_end.hour, settings.day_end.minute, zone_name)
    busy = sorted(
        (a.placed for a in agreements if _occupies(a) and a.placed.spot == spot),
        key=lambda slot: slot.starts_at,
    )
    for slot in busy:
        if slot.ends_at <= start:
            continue
        if start + duration <= slot.starts_at:
            break
        start = max(start, slot.ends_at)
    return start if start + duration <= day_end else None
