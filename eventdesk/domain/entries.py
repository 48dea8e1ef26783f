"""What a form hands to a service before anything is written: an entry as typed, which may name organisations
that do not exist yet. Apart from `models` (what the file holds), so a process that only reads, such as
`eventdesk totals`, does not build these classes (each frozen dataclass costs Python six generated methods)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventdesk.domain.enums import AgreementKind, OrganisationKind, TransactionKind, TransactionStage


@dataclass(frozen=True)
class PartyInput:
    """A party as entered: the organisation, who signs for it and the title under the signature."""

    organisation_id: str
    signatory_id: str | None = None
    signatory_title: str = ""


@dataclass(frozen=True)
class NewOrganisation:
    """An organisation typed in a form that does not exist yet; created with the record that names it."""

    name: str
    kind: OrganisationKind
    region_id: str | None = None


OrganisationChoice = str | NewOrganisation | None  # an existing id, a new one, or none


@dataclass(frozen=True)
class PartyChoice:
    """A party as the agreement form holds it: the organisation may be one typed in just now."""

    organisation: OrganisationChoice
    signatory_id: str | None = None
    signatory_title: str = ""


@dataclass(frozen=True)
class AgreementDetails:
    """What the agreement form says about the document itself (everything but parties and slot)."""

    kind: AgreementKind | str
    title: str
    number: str = ""
    scope: str = ""
    sector_id: str | None = None
    value_idr: int | None = None
    witnesses: str = ""
    notes: str = ""
    mc_notes: str = ""


@dataclass(frozen=True)
class SlotInput:
    """A proposed signing slot: aware start and end, and the spot's name."""

    starts_at: datetime
    ends_at: datetime
    spot: str


@dataclass(frozen=True)
class Signer:
    """Who really signed for a party at the ceremony; a substitute needs a note."""

    party_id: str
    attendee_id: str
    substitute_note: str = ""


@dataclass(frozen=True)
class TransactionEntry:
    """A transaction as typed in the entry form, before it is booked (buyer and seller may be new organisations)."""

    buyer: OrganisationChoice
    seller: OrganisationChoice
    value: int | str
    kind: TransactionKind | str
    stage: TransactionStage | str = TransactionStage.COMMITMENT
    sector_id: str | None = None
    commodity: str = ""
    quantity: float | None = None
    unit: str = ""
    agreement_id: str | None = None
    note: str = ""
