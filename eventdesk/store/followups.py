"""Follow-ups of booked deals: each call after the mission one audited row, never a change to the deal itself."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from eventdesk.domain.enums import FollowUpStatus
from eventdesk.domain.models import FollowUp
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

_SELECT = "SELECT id, transaction_id, followed_on, status, realised_idr, note, recorded_by, desk_id FROM followups"
# The latest follow-up of each deal: by the day it was made, then by when it was written.
_LATEST = """
SELECT f.transaction_id, f.status, f.realised_idr FROM followups f
JOIN transactions t ON t.id = f.transaction_id AND t.status = 'booked'
WHERE NOT EXISTS (
    SELECT 1 FROM followups g WHERE g.transaction_id = f.transaction_id
    AND (g.followed_on, g.created_at, g.id) > (f.followed_on, f.created_at, f.id)
)"""


def _followup(row: tuple[Any, ...]) -> FollowUp:
    return FollowUp(row[0], row[1], date.fromisoformat(row[2]), FollowUpStatus(row[3]), row[4], row[5], row[6], row[7])


def add_followup(event_file: EventFile, values: dict[str, Any]) -> FollowUp:
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


def latest(event_file: EventFile) -> list[tuple[str, FollowUpStatus, int | None]]:
    """(deal id, status, realised value) of the latest follow-up of each booked deal that has one."""
    return [(row[0], FollowUpStatus(row[1]), row[2]) for row in event_file.conn.execute(_LATEST)]
