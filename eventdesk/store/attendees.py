"""Attendees: who registered, their badge code, and whether they have checked in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import from_iso
from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.models import Attendee
from eventdesk.store import records
from eventdesk.store.migrations import SEARCH_COLUMNS, SEARCH_VALUES

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

ATTENDEE_COLUMNS = """
SELECT a.id, a.code, a.full_name, a.category, a.title, a.organisation_id, o.name, o.kind,
       COALESCE(a.region_id, o.region_id), r.name, a.phone, a.email, a.notes,
       a.checked_in_at, a.checked_in_desk_id, d.label, a.checked_in_by, a.badge_printed_at,
       a.deleted_at, a.created_at, a.desk_id
"""
ATTENDEE_JOINS = """
LEFT JOIN organisations o ON o.id = a.organisation_id
LEFT JOIN regions r ON r.id = COALESCE(a.region_id, o.region_id)
LEFT JOIN desks d ON d.id = a.checked_in_desk_id
"""
SELECT_ATTENDEE = ATTENDEE_COLUMNS + "FROM attendees a" + ATTENDEE_JOINS


def row_to_attendee(row: tuple[Any, ...]) -> Attendee:
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
    cursor = event_file.conn.execute(
        SELECT_ATTENDEE + " WHERE a.deleted_at IS NULL ORDER BY a.full_name COLLATE NOCASE"
    )
    return [row_to_attendee(row) for row in cursor]


def get_attendee(event_file: EventFile, attendee_id: str) -> Attendee | None:
    row = event_file.conn.execute(SELECT_ATTENDEE + " WHERE a.id = ?", (attendee_id,)).fetchone()
    return row_to_attendee(row) if row else None


def get_by_code(event_file: EventFile, code: str) -> Attendee | None:
    row = event_file.conn.execute(SELECT_ATTENDEE + " WHERE a.code = ? AND a.deleted_at IS NULL", (code,)).fetchone()
    return row_to_attendee(row) if row else None


def highest_code_number(event_file: EventFile, tag: str) -> int:
    """The highest number among codes `TAG-0042` of this tag (0 if none).

    Codes of another desk that shared the tag carry a letter after the number
    (`TAG-0042B`, see codes.clash_code) and are not this desk's to count on from.
    A range on the code index ("TAG-" ≤ code < "TAG."), so it stays quick with 20,000 attendees.
    """
    start = len(tag) + 2
    row = event_file.conn.execute(
        "SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM attendees"
        " WHERE code >= ? AND code < ? AND substr(code, ?) NOT GLOB '*[^0-9]*'",
        (start, f"{tag}-", f"{tag}.", start),
    ).fetchone()
    return row[0] or 0


def add_attendees(event_file: EventFile, rows: list[dict[str, Any]], *, reason: str = "") -> list[str]:
    """Insert attendee rows (column values already validated); returns their ids."""
    return [row["id"] for row in records.insert_rows(event_file, "attendees", rows, reason=reason)]


def add_attendees_bulk(event_file: EventFile, rows: list[dict[str, Any]], *, reason: str = "") -> list[str]:
    """Insert many attendee rows (an import): audited row by row, indexed for search in one statement."""
    conn = event_file.conn
    with event_file.transaction():
        last_rowid = conn.execute("SELECT COALESCE(max(rowid), 0) FROM attendees").fetchone()[0]
        # Even idle, a row trigger doubles the cost of each insert. It is lifted for this transaction
        # only (DDL is transactional: no other connection ever sees the table without it, and a
        # failure rolls its removal back) and put back exactly as it was.
        [trigger_sql] = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'attendees_search_insert'"
        ).fetchone()
        conn.execute("DROP TRIGGER attendees_search_insert")
        ids = add_attendees(event_file, rows, reason=reason)
        conn.execute(trigger_sql)
        conn.execute(
            f"INSERT INTO attendee_search ({SEARCH_COLUMNS}) SELECT {SEARCH_VALUES.format(row='attendees')}"
            " FROM attendees WHERE rowid > ?",
            (last_rowid,),
        )
    return ids


def update_attendee(
    event_file: EventFile, attendee_id: str, changes: dict[str, Any], *, action: str = "update", reason: str = ""
) -> None:
    records.update_row(event_file, "attendees", attendee_id, changes, action=action, reason=reason)


def count_attendees(event_file: EventFile, at: str | None = None) -> tuple[int, int]:
    """(registered, checked in), not counting deleted attendees; by `at` (UTC ISO text) when given."""
    if at is None:
        row = event_file.conn.execute(
            "SELECT count(*), count(checked_in_at) FROM attendees WHERE deleted_at IS NULL"
        ).fetchone()
    else:
        row = event_file.conn.execute(
            "SELECT count(*), count(CASE WHEN checked_in_at <= ? THEN 1 END) FROM attendees"
            " WHERE created_at <= ? AND (deleted_at IS NULL OR deleted_at > ?)",
            (at, at, at),
        ).fetchone()
    return row[0], row[1]


def find_by_contact(event_file: EventFile, phone: str | None, email: str | None) -> list[Attendee]:
    """Attendees (not deleted) with this normalised phone or this email, ignoring case."""
    cursor = event_file.conn.execute(
        SELECT_ATTENDEE
        + " WHERE a.deleted_at IS NULL AND ((? IS NOT NULL AND a.phone = ?) OR (? IS NOT NULL AND a.email = ? "
        "COLLATE NOCASE))",
        (phone, phone, email, email),
    )
    return [row_to_attendee(row) for row in cursor]


def get_many(event_file: EventFile, attendee_ids: list[str]) -> list[Attendee]:
    """Attendees by id, in the order of `attendee_ids` (missing ones left out)."""
    by_id: dict[str, Attendee] = {}
    for start in range(0, len(attendee_ids), 500):
        chunk = attendee_ids[start : start + 500]
        cursor = event_file.conn.execute(SELECT_ATTENDEE + f" WHERE a.id IN ({', '.join('?' * len(chunk))})", chunk)
        for row in cursor:
            attendee = row_to_attendee(row)
            by_id[attendee.id] = attendee
    return [by_id[attendee_id] for attendee_id in attendee_ids if attendee_id in by_id]


def names_in_organisation(event_file: EventFile, organisation_id: str | None) -> list[tuple[str, str]]:
    """(id, full name) of every attendee (not deleted) of one organisation, or of none when `organisation_id`
    is None."""
    cursor = event_file.conn.execute(
        "SELECT id, full_name FROM attendees WHERE organisation_id IS ? AND deleted_at IS NULL", (organisation_id,)
    )
    return [(row[0], row[1]) for row in cursor]


def identities(event_file: EventFile) -> list[tuple[str, str, str, str | None, str | None, str | None]]:
    """(id, code, full name, phone, email, organisation id) of every attendee not deleted: what duplicates
    are checked against."""
    cursor = event_file.conn.execute(
        # NOT INDEXED: through attendees_present SQLite would fetch each row by its rowid, in check-in order
        # (43 ms at 20,000 attendees instead of 21 for reading the table in its own order).
        "SELECT id, code, full_name, phone, email, organisation_id FROM attendees NOT INDEXED WHERE deleted_at IS NULL"
    )
    return [tuple(row) for row in cursor]


def attendance_counts(event_file: EventFile) -> list[tuple[str, str | None, str | None, int, int]]:
    """(category, region id, region name, registered, checked in) for each category and region that has
    attendees, regions in their order and attendees without one last: the door's counters in one pass over
    the attendees (each attendee's region is its own, else its organisation's)."""
    cursor = event_file.conn.execute(
        """
        SELECT a.category, r.id, r.name, count(*), count(a.checked_in_at)
        FROM attendees a NOT INDEXED -- in the table's order, not attendees_present's (see identities): 40 → 23 ms
        LEFT JOIN organisations o ON o.id = a.organisation_id
        LEFT JOIN regions r ON r.id = COALESCE(a.region_id, o.region_id)
        WHERE a.deleted_at IS NULL
        GROUP BY a.category, r.id
        ORDER BY r.id IS NULL, r.sort_order, r.name, a.category
        """
    )
    return [tuple(row) for row in cursor]


def contacts(event_file: EventFile) -> dict[str, tuple[str, str]]:
    """Organisation id → (name, phone) of the first person registered for it with a phone: who to call."""
    cursor = event_file.conn.execute(
        """SELECT organisation_id, full_name, phone FROM attendees a
        WHERE deleted_at IS NULL AND organisation_id IS NOT NULL AND phone IS NOT NULL AND phone != ''
        ORDER BY organisation_id, created_at, id"""
    )
    found: dict[str, tuple[str, str]] = {}
    for organisation_id, name, phone in cursor:
        found.setdefault(organisation_id, (name, phone))
    return found
