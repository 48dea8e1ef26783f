"""Agreements, their parties (organisation, signatory, title) and their signing slots."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import from_iso, moment_of
from eventdesk.domain.enums import AgreementKind, AgreementStatus, OrganisationKind
from eventdesk.domain.models import Agreement, AgreementParty, Slot
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

_AGREEMENT = """
SELECT g.id, g.kind, g.title, g.status, g.number, g.scope, g.sector_id, s.name, g.value_idr,
       g.signed_at, g.witnesses, g.notes, g.mc_notes, g.status_note
FROM agreements g LEFT JOIN sectors s ON s.id = g.sector_id
"""
_PARTY = """
SELECT p.id, p.agreement_id, p.organisation_id, p.position, o.name, o.kind, r.name,
       p.signatory_id, sa.full_name, p.signatory_title, p.signed_by_id, sb.full_name, p.substitute_note,
       sa.checked_in_at, sb.title, sb.checked_in_at
FROM agreement_parties p
JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN regions r ON r.id = o.region_id
LEFT JOIN attendees sa ON sa.id = p.signatory_id
LEFT JOIN attendees sb ON sb.id = p.signed_by_id
"""
_SLOT = "SELECT id, agreement_id, starts_at, ends_at, spot FROM slots"


def _agreement(row: tuple[Any, ...]) -> Agreement:
    return Agreement(
        id=row[0],
        kind=AgreementKind(row[1]),
        title=row[2],
        status=AgreementStatus(row[3]),
        number=row[4],
        scope=row[5],
        sector_id=row[6],
        sector_name=row[7],
        value_idr=row[8],
        signed_at=from_iso(row[9]),
        witnesses=row[10],
        notes=row[11],
        mc_notes=row[12],
        status_note=row[13],
    )


def _party(row: tuple[Any, ...]) -> AgreementParty:
    return AgreementParty(
        id=row[0],
        agreement_id=row[1],
        organisation_id=row[2],
        position=row[3],
        organisation_name=row[4],
        organisation_kind=OrganisationKind(row[5]),
        region_name=row[6],
        signatory_id=row[7],
        signatory_name=row[8],
        signatory_title=row[9],
        signed_by_id=row[10],
        signed_by_name=row[11],
        substitute_note=row[12],
        signatory_checked_in_at=from_iso(row[13]),
        signed_by_title=row[14] or "",
        signed_by_checked_in_at=from_iso(row[15]),
    )


def _slot(row: tuple[Any, ...]) -> Slot:
    return Slot(row[0], row[1], moment_of(row[2]), moment_of(row[3]), row[4])


def list_agreements(
    event_file: EventFile, *, status: AgreementStatus | None = None, overlapping: tuple[str, str] | None = None
) -> list[Agreement]:
    """Agreements with their parties and slot, in schedule order (unscheduled last).

    `overlapping` (UTC ISO start, end) keeps only agreements whose slot shares a moment with
    that window: what a conflict check of one slot needs, without reading the whole schedule.
    """
    conditions, params = [], []
    if status is not None:
        conditions.append("g.status = ?")
        params.append(status.value)
    if overlapping is not None:
        conditions.append("g.id IN (SELECT agreement_id FROM slots WHERE starts_at < ? AND ends_at > ?)")
        params += [overlapping[1], overlapping[0]]
    where = (" WHERE " + " AND ".join(conditions)) if conditions else ""
    agreements = [_agreement(row) for row in event_file.conn.execute(_AGREEMENT + where, params)]
    by_id = {agreement.id: agreement for agreement in agreements}
    chosen = f" WHERE p.agreement_id IN (SELECT g.id FROM agreements g{where})" if where else ""
    for row in event_file.conn.execute(_PARTY + chosen + " ORDER BY p.agreement_id, p.position", params):
        if row[1] in by_id:
            by_id[row[1]].parties.append(_party(row))
    chosen = f" WHERE agreement_id IN (SELECT g.id FROM agreements g{where})" if where else ""
    for row in event_file.conn.execute(_SLOT + chosen + " ORDER BY starts_at", params):
        if row[1] in by_id:
            by_id[row[1]].slot = _slot(row)
    return sorted(agreements, key=_schedule_order)


def _schedule_order(agreement: Agreement) -> tuple[Any, ...]:
    if agreement.slot is None:
        return (1, "", agreement.number, agreement.title)
    return (0, agreement.slot.starts_at.isoformat(), agreement.slot.spot, agreement.title)


def get_agreement(event_file: EventFile, agreement_id: str) -> Agreement | None:
    row = event_file.conn.execute(_AGREEMENT + " WHERE g.id = ?", (agreement_id,)).fetchone()
    if row is None:
        return None
    agreement = _agreement(row)
    agreement.parties = [
        _party(r)
        for r in event_file.conn.execute(_PARTY + " WHERE p.agreement_id = ? ORDER BY p.position", (agreement_id,))
    ]
    slot = event_file.conn.execute(_SLOT + " WHERE agreement_id = ?", (agreement_id,)).fetchone()
    agreement.slot = _slot(slot) if slot else None
    return agreement


def add_agreement(event_file: EventFile, values: dict[str, Any]) -> str:
    return records.insert_row(event_file, "agreements", values)["id"]


def update_agreement(
    event_file: EventFile, agreement_id: str, changes: dict[str, Any], *, action: str = "update", reason: str = ""
) -> None:
    records.update_row(event_file, "agreements", agreement_id, changes, action=action, reason=reason)


def add_party(event_file: EventFile, values: dict[str, Any]) -> str:
    return records.insert_row(event_file, "agreement_parties", values)["id"]


def update_party(event_file: EventFile, party_id: str, changes: dict[str, Any], *, reason: str = "") -> None:
    records.update_row(event_file, "agreement_parties", party_id, changes, reason=reason)


def remove_party(event_file: EventFile, party_id: str, *, reason: str = "") -> None:
    records.delete_row(event_file, "agreement_parties", party_id, reason=reason)


def set_slot(event_file: EventFile, agreement_id: str, values: dict[str, Any], *, reason: str = "") -> str:
    """Create or move the agreement's slot."""
    with event_file.transaction():
        existing = event_file.conn.execute("SELECT id FROM slots WHERE agreement_id = ?", (agreement_id,)).fetchone()
        if existing:
            records.update_row(event_file, "slots", existing[0], values, reason=reason)
            return existing[0]
        return records.insert_row(event_file, "slots", {"agreement_id": agreement_id, **values}, reason=reason)["id"]


def remove_slot(event_file: EventFile, agreement_id: str, *, reason: str = "") -> bool:
    """Take the agreement off the schedule (audited); False when it had no slot."""
    existing = event_file.conn.execute("SELECT id FROM slots WHERE agreement_id = ?", (agreement_id,)).fetchone()
    if existing is None:
        return False
    records.delete_row(event_file, "slots", existing[0], reason=reason)
    return True


def agreements_numbered(event_file: EventFile, number: str) -> list[tuple[str, str]]:
    """(id, title) of the agreements whose document number is `number`, ignoring case and outer spaces."""
    cursor = event_file.conn.execute(
        "SELECT id, title FROM agreements WHERE lower(trim(number)) = lower(trim(?)) AND trim(number) != ''", (number,)
    )
    return [(row[0], row[1]) for row in cursor]


def count_signed(event_file: EventFile, at: str | None = None) -> int:
    """Agreements signed (by `at`, UTC ISO text, when given)."""
    if at is None:
        return event_file.conn.execute("SELECT count(*) FROM agreements WHERE status = 'signed'").fetchone()[0]
    row = event_file.conn.execute(
        "SELECT count(*) FROM agreements WHERE status = 'signed' AND signed_at <= ?", (at,)
    ).fetchone()
    return int(row[0])
