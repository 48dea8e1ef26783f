"""Desks: the laptops that have written to this event file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventdesk.domain.clock import from_iso
from eventdesk.domain.models import Desk
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


def list_desks(event_file: EventFile) -> list[Desk]:
    cursor = event_file.conn.execute("SELECT id, label, updated_at FROM desks ORDER BY label, id")
    return [Desk(row[0], row[1], from_iso(row[2])) for row in cursor]


def register_desk(event_file: EventFile) -> None:
    """Record the writing desk in the file (once), and its label when it changed."""
    actor = event_file.actor
    with event_file.transaction():
        row = records.fetch_row(event_file, "desks", actor.desk_id)
        if row is None:
            records.insert_row(event_file, "desks", {"id": actor.desk_id, "label": actor.desk_label})
        elif row["label"] != actor.desk_label:
            records.update_row(event_file, "desks", actor.desk_id, {"label": actor.desk_label})
