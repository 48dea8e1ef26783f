"""Dataclasses for the words of DESIGN.md; what the store returns and the services hand on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from eventdesk.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AttendeeCategory,
    OrganisationKind,
    SpotKind,
    TransactionKind,
    TransactionStage,
    TransactionStatus,
)


@dataclass(frozen=True)
class Actor:
    """Who writes: the desk (laptop) and the operator sitting at it."""

    desk_id: str
    desk_label: str
    operator: str


@dataclass(frozen=True)
class Spot:
    """A place where agreements are signed: the stage or a table."""

    name: str
    kind: SpotKind = SpotKind.TABLE


@dataclass(frozen=True)
class Official:
    """A certifying official who signs off the signed-agreement summary."""

    name: str
    title: str
    region: str
    nip: str = ""  # civil servant's number, printed under the name ("NIP. 19700101 199503 1 001")


@dataclass
class EventSettings:
    """The event itself: its name and place, its days and time zone, the signing spots, the officials who
    certify, the letterhead and the mission's target; one row per file."""

    name: str
    theme: str = ""
    venue: str = ""
    city: str = ""
    start_date: date | None = None
    end_date: date | None = None
    timezone: str = "Asia/Makassar"
    day_start: time = time(8, 0)
    day_end: time = time(17, 0)
    spots: list[Spot] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    logo: bytes | None = None
    organiser: str = ""  # the letterhead's office, a line each: "Pemerintah Provinsi Jawa Timur\nDinas Perindustrian …"
    organiser_address: str = ""  # the letterhead's address line(s)
    target_idr: int | None = None  # the mission's target for the booked total
    host_region_id: str | None = None  # the organiser's delegation (None: the first region, Jawa Timur)
    id: str = ""
    updated_at: datetime | None = None


@dataclass
class Region:
    """A delegation's province (Jawa Timur, Kalimantan Timur): deals are counted between regions."""

    id: str
    name: str
    code: str = ""
    sort_order: int = 0


@dataclass
class Sector:
    """A line of business a deal or an agreement is filed under (perikanan, pertanian …), in the event's order."""

    id: str
    name: str
    sort_order: int = 0


@dataclass
class Desk:
    """A laptop that has written to the event: its id, the label staff know it by, when it was last seen."""

    id: str
    label: str
    last_seen_at: datetime | None = None


@dataclass
class Organisation:
    """A company, office, cooperative or UMKM that attendees come from and deals are made between."""

    id: str
    name: str
    kind: OrganisationKind
    region_id: str | None = None
    region_name: str | None = None
    notes: str = ""
    district: str = ""  # kabupaten/kota, written in full ("Kota Surabaya"); empty when not known


@dataclass
class Attendee:
    """A registered person (peserta): the code on the badge, who they are, and their check-in."""

    id: str
    code: str
    full_name: str
    category: AttendeeCategory
    title: str = ""
    organisation_id: str | None = None
    organisation_name: str | None = None
    organisation_kind: OrganisationKind | None = None
    region_id: str | None = None
    region_name: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str = ""
    checked_in_at: datetime | None = None
    checked_in_desk_id: str | None = None
    checked_in_desk_label: str | None = None
    checked_in_by: str | None = None
    badge_printed_at: datetime | None = None
    deleted_at: datetime | None = None
    created_at: datetime | None = None
    desk_id: str | None = None

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None


@dataclass
class Slot:
    """When and where an agreement is signed: aware start and end, and the spot's name."""

    id: str
    agreement_id: str
    starts_at: datetime
    ends_at: datetime
    spot: str


@dataclass
class AgreementParty:
    """One side of an agreement: the organisation, who is to sign for it and who did, in the order printed."""

    id: str
    agreement_id: str
    organisation_id: str
    position: int
    organisation_name: str = ""
    organisation_kind: OrganisationKind | None = None
    region_name: str | None = None
    signatory_id: str | None = None
    signatory_name: str | None = None
    signatory_title: str = ""
    signed_by_id: str | None = None
    signed_by_name: str | None = None
    substitute_note: str = ""
    signatory_checked_in_at: datetime | None = None
    signed_by_title: str = ""  # the substitute's own title, as registered
    signed_by_checked_in_at: datetime | None = None

    @property
    def signer_checked_in(self) -> bool:
        """Whether who signs (or signed) for the party is checked in."""
        moment = self.signed_by_checked_in_at if self.signed_by_id else self.signatory_checked_in_at
        return moment is not None

    @property
    def is_substitute(self) -> bool:
        """Someone other than the planned signatory signed for this party."""
        return self.signed_by_id is not None and self.signed_by_id != self.signatory_id

    @property
    def signer_id(self) -> str | None:
        """Who signs (or signed) for the party: the real signatory once signed, else the planned one."""
        return self.signed_by_id or self.signatory_id

    @property
    def signer_name(self) -> str | None:
        return self.signed_by_name if self.signed_by_id else self.signatory_name

    @property
    def signer_title(self) -> str:
        """The title printed under the signature of whoever signs."""
        if self.is_substitute:
            return self.signed_by_title
        return self.signatory_title


@dataclass
class Agreement:
    """A document signed at the ceremony (MoU, PKS …): its parties, its slot and its status."""

    id: str
    kind: AgreementKind
    title: str
    status: AgreementStatus
    number: str = ""
    scope: str = ""
    sector_id: str | None = None
    sector_name: str | None = None
    value_idr: int | None = None
    signed_at: datetime | None = None
    witnesses: str = ""
    notes: str = ""
    mc_notes: str = ""
    status_note: str = ""
    parties: list[AgreementParty] = field(default_factory=list)
    slot: Slot | None = None

    @property
    def placed(self) -> Slot:
        """The slot of an agreement known to have one (it is on a schedule or a timeline)."""
        if self.slot is None:
            raise ValueError(f"agreement {self.id} has no slot")
        return self.slot


@dataclass(slots=True)
class Transaction:
    """A deal booked at the mission (trade or investment) with its buyer, seller and value; corrected by
    voiding and replacing, never deleted."""

    id: str
    buyer_id: str
    seller_id: str
    value_idr: int
    kind: TransactionKind
    stage: TransactionStage
    status: TransactionStatus
    sector_id: str | None = None
    sector_name: str | None = None
    buyer_name: str = ""
    seller_name: str = ""
    buyer_region: str | None = None
    seller_region: str | None = None
    buyer_kind: OrganisationKind | None = None
    seller_kind: OrganisationKind | None = None
    commodity: str = ""
    quantity: float | None = None
    unit: str = ""
    agreement_id: str | None = None
    note: str = ""
    void_reason: str = ""
    voided_at: datetime | None = None
    voided_by: str | None = None
    replaces_id: str | None = None
    verified_at: datetime | None = None
    verified_by: str | None = None
    operator: str = ""
    desk_id: str | None = None
    created_at: datetime | None = None
    desk_label: str | None = None
    buyer_region_id: str | None = None
    seller_region_id: str | None = None
    buyer_region_code: str | None = None  # short form for narrow columns: "JATIM"
    seller_region_code: str | None = None
    buyer_district: str = ""  # kabupaten/kota
    seller_district: str = ""

    @property
    def direction_short(self) -> str:
        """`JATIM → KALTIM`: region codes where set, else names; "?" for an organisation without region."""
        buyer = self.buyer_region_code or self.buyer_region or "?"
        seller = self.seller_region_code or self.seller_region or "?"
        return f"{buyer} → {seller}"

    @property
    def counts(self) -> bool:
        """Only booked transactions count in any total."""
        return self.status is TransactionStatus.BOOKED


@dataclass
class AuditEntry:
    """One link of a desk's audit chain: who changed which row how (before and after), hashed with the one
    before it."""

    id: str
    seq: int
    desk_id: str
    operator: str
    created_at: datetime
    table_name: str
    row_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str
    prev_hash: str
    hash: str
