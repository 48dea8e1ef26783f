"""Organisations: companies, MSMEs, agencies and associations taking part."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.models import Organisation
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

_SELECT = """
SELECT o.id, o.name, o.kind, o.region_id, r.name AS region_name, o.notes, o.district
FROM organisations o LEFT JOIN regions r ON r.id = o.region_id
"""


def _organisation(row: tuple[Any, ...]) -> Organisation:
    return Organisation(row[0], row[1], OrganisationKind(row[2]), row[3], row[4], row[5], row[6])


def list_organisations(event_file: EventFile) -> list[Organisation]:
    cursor = event_file.conn.execute(_SELECT + " WHERE o.deleted_at IS NULL ORDER BY o.name COLLATE NOCASE")
    return [_organisation(row) for row in cursor]


def get_organisation(event_file: EventFile, organisation_id: str) -> Organisation | None:
    row = event_file.conn.execute(_SELECT + " WHERE o.id = ?", (organisation_id,)).fetchone()
    return _organisation(row) if row else None


def find_by_name(event_file: EventFile, name: str) -> list[Organisation]:
    """Organisations whose name equals `name`, ignoring case and surrounding spaces."""
    cursor = event_file.conn.execute(
        _SELECT + " WHERE o.deleted_at IS NULL AND lower(trim(o.name)) = lower(trim(?))", (name,)
    )
    return [_organisation(row) for row in cursor]


def _existing(event_file: EventFile, organisation_id: str) -> Organisation:
    """An organisation just written in this transaction: there, or the store is broken."""
    organisation = get_organisation(event_file, organisation_id)
    if organisation is None:
        raise LookupError(f"organisation {organisation_id} was written but cannot be read back")
    return organisation


def add_organisation(
    event_file: EventFile,
    name: str,
    kind: OrganisationKind,
    region_id: str | None = None,
    notes: str = "",
    district: str = "",
) -> Organisation:
    row = records.insert_row(
        event_file,
        "organisations",
        {"name": name, "kind": kind.value, "region_id": region_id, "notes": notes, "district": district},
    )
    return _existing(event_file, row["id"])


def update_organisation(event_file: EventFile, organisation_id: str, **changes: Any) -> Organisation:
    if isinstance(changes.get("kind"), OrganisationKind):
        changes["kind"] = changes["kind"].value
    records.update_row(event_file, "organisations", organisation_id, changes)
    return _existing(event_file, organisation_id)


def add_organisations(event_file: EventFile, rows: list[dict[str, Any]], *, reason: str = "") -> list[str]:
    """Insert organisation rows (values already validated) in one go; returns their ids."""
    return [row["id"] for row in records.insert_rows(event_file, "organisations", rows, reason=reason)]


def attendee_counts(event_file: EventFile) -> dict[str, tuple[int, int]]:
    """Organisation id → (attendees registered, checked in), not counting deleted attendees."""
    cursor = event_file.conn.execute(
        "SELECT organisation_id, count(*), count(checked_in_at) FROM attendees"
        " WHERE deleted_at IS NULL AND organisation_id IS NOT NULL GROUP BY organisation_id"
    )
    return {row[0]: (row[1], row[2]) for row in cursor}
