"""Follow-ups of booked deals: each call after the mission one audited row, never a change to the deal itself."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from eventdesk.domain.enums import FollowUpStatus
from eventdesk.domain.realisation import FollowUp, FollowUpMark
from eventdesk.store import records
from eventdesk.store.transactions import JOINS

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

_SELECT = "SELECT id, transaction_id, followed_on, status, realised_idr, note, recorded_by, desk_id FROM followups"


def _followup(row: tuple[Any, ...]) -> FollowUp:
    return FollowUp(row[0], row[1], date.fromisoformat(row[2]), FollowUpStatus(row[3]), row[4], row[5], row[6], row[7])


def add_followup(event_file: EventFile, values: dict[str, object]) -> FollowUp:
    row = records.insert_row(event_file, "followups", values)
    return _followup(
        tuple(
            row[key]
            for key in (
                "id",
                "transaction_id",
                "followed_on",
                "status",
                "realised_idr",
                "note",
                "recorded_by",
                "desk_id",
            )
        )
    )


def followups_of(event_file: EventFile, transaction_id: str) -> list[FollowUp]:
    """A deal's follow-ups, oldest first."""
    cursor = event_file.conn.execute(
        _SELECT + " WHERE transaction_id = ? ORDER BY followed_on, created_at, id", (transaction_id,)
    )
    return [_followup(row) for row in cursor]


# A booked deal as the realisation reads it: its value, stage, sector, parties and their regions.
_BOOKED = (
    "SELECT t.id, t.value_idr, t.kind, t.stage, coalesce(s.name, ''), se.name, se.district, b.name, t.commodity,"
    " b.region_id, se.region_id " + JOINS + " WHERE t.status = 'booked' ORDER BY t.created_at, t.rowid"
)


def booked_deals(event_file: EventFile) -> list[tuple[Any, ...]]:
    """(id, value, kind, stage, sector, seller, seller's kabupaten/kota, buyer, commodity, buyer region id,
    seller region id) of every booked deal, in booking order."""
    return event_file.conn.execute(_BOOKED).fetchall()


def all_marks(event_file: EventFile) -> list[FollowUpMark]:
    """Every follow-up of a booked deal, in the order the realisation reads them."""
    cursor = event_file.conn.execute(
        "SELECT f.transaction_id, f.followed_on, f.status, f.realised_idr, f.created_at, f.id FROM followups f"
        " JOIN transactions t ON t.id = f.transaction_id AND t.status = 'booked'"
        " ORDER BY f.followed_on, f.created_at, f.id"
    )
    return [
        FollowUpMark(row[0], date.fromisoformat(row[1]), FollowUpStatus(row[2]), row[3], row[4], row[5])
        for row in cursor
    ]


# Every booked deal with its parties: the rows of the follow-up worklist, by seller and buyer.
_WORKLIST = (
    "SELECT t.id, se.id, se.name, se.district, b.id, b.name, t.commodity, t.value_idr "
    + JOINS
    + " WHERE t.status = 'booked' ORDER BY se.name COLLATE NOCASE, b.name COLLATE NOCASE, t.value_idr DESC"
)


def worklist_rows(event_file: EventFile) -> list[tuple[Any, ...]]:
    """(deal id, seller id, seller, seller's kabupaten/kota, buyer id, buyer, commodity, value) of every booked
    deal, by seller and buyer."""
    return event_file.conn.execute(_WORKLIST).fetchall()


def has_followup(event_file: EventFile, values: dict[str, object]) -> bool:
    """Whether this very follow-up (deal, day, status, value, note) is recorded already."""
    return (
        event_file.conn.execute(
            "SELECT 1 FROM followups WHERE transaction_id = ? AND followed_on = ? AND status = ?"
            " AND realised_idr IS ? AND note = ?",
            (
                values["transaction_id"],
                values["followed_on"],
                values["status"],
                values["realised_idr"],
                values["note"],
            ),
        ).fetchone()
        is not None
    )
