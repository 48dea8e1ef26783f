"""Attendees: who registered, their badge code, and whether they have checked in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import from_iso
from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.models import Attendee
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

_SELECT = """
SELECT a.id, a.code, a.full_name, a.category, a.title, a.organisation_id, o.name, o.kind,
       COALESCE(a.region_id, o.region_id), r.name, a.phone, a.email, a.notes,
       a.checked_in_at, a.checked_in_desk_id, d.label, a.checked_in_by, a.badge_printed_at,
       a.deleted_at, a.created_at, a.desk_id
FROM attendees a
LEFT JOIN organisations o ON o.id = a.organisation_id
LEFT JOIN regions r ON r.id = COALESCE(a.region_id, o.region_id)
LEFT JOIN desks d ON d.id = a.checked_in_desk_id
"""


def _attendee(row: tuple[Any, ...]) -> Attendee:
    return Attendee(
        id=row[0],
        code=row[1],
        full_name=row[2],
        category=AttendeeCategory(row[3]),
        title=row[4],
        organisation_id=row[5],
        organisation_name=row[6],
        organisation_kind=OrganisationKind(row[7]) if row[7] else None,
        region_id=row[8],
        region_name=row[9],
        phone=row[10],
        email=row[11],
        notes=row[12],
        checked_in_at=from_iso(row[13]),
        checked_in_desk_id=row[14],
        checked_in_desk_label=row[15],
        checked_in_by=row[16],
        badge_printed_at=from_iso(row[17]),
        deleted_at=from_iso(row[18]),
        created_at=from_iso(row[19]),
        desk_id=row[20],
    )


def list_attendees(event_file: EventFile) -> list[Attendee]:
    cursor = event_file.conn.execute(_SELECT + " WHERE a.deleted_at IS NULL ORDER BY a.full_name COLLATE NOCASE")
    return [_attendee(row) for row in cursor]


def get_attendee(event_file: EventFile, attendee_id: str) -> Attendee | None:
    row = event_file.conn.execute(_SELECT + " WHERE a.id = ?", (attendee_id,)).fetchone()
    return _attendee(row) if row else None


def get_by_code(event_file: EventFile, code: str) -> Attendee | None:
    row = event_file.conn.execute(_SELECT + " WHERE a.code = ? AND a.deleted_at IS NULL", (code,)).fetchone()
    return _attendee(row) if row else None


def codes_with_prefix(event_file: EventFile, prefix: str) -> list[str]:
    cursor = event_file.conn.execute("SELECT code FROM attendees WHERE code LIKE ? || '%'", (prefix,))
    return [row[0] for row in cursor]


def add_attendees(event_file: EventFile, rows: list[dict[str, Any]]) -> list[str]:
    """Insert attendee rows (column values already validated); returns their ids."""
    return [row["id"] for row in records.insert_rows(event_file, "attendees", rows)]


def update_attendee(event_file: EventFile, attendee_id: str, changes: dict[str, Any], *, action: str = "update", reason: str = "") -> None:
    records.update_row(event_file, "attendees", attendee_id, changes, action=action, reason=reason)


def count_attendees(event_file: EventFile) -> tuple[int, int]:
    """(registered, checked in), not counting deleted attendees."""
    row = event_file.conn.execute(
        "SELECT count(*), count(checked_in_at) FROM attendees WHERE deleted_at IS NULL"
    ).fetchone()
    return row[0], row[1]


def find_by_contact(event_file: EventFile, phone: str | None, email: str | None) -> list[Attendee]:
    """Attendees (not deleted) with this normalised phone or this email, ignoring case."""
    cursor = event_file.conn.execute(
        _SELECT + " WHERE a.deleted_at IS NULL AND ((? IS NOT NULL AND a.phone = ?) OR (? IS NOT NULL AND a.email = ? COLLATE NOCASE))",
        (phone, phone, email, email),
    )
    return [_attendee(row) for row in cursor]
