"""Desks: the laptops that have written to this event file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventdesk.domain import codes
from eventdesk.domain.clock import from_iso
from eventdesk.domain.models import Desk
from eventdesk.store import merge_log, records

if TYPE_CHECKING:
    from eventdesk.domain.merge_results import DeskCoverage
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


def desk_labels(event_file: EventFile) -> dict[str, str]:
    return {desk_id: label for desk_id, label in event_file.conn.execute("SELECT id, label FROM desks")}


def code_tags(event_file: EventFile) -> dict[str, str]:
    """Each desk's badge-code tag: derived from its id, or re-chosen when a desk that came earlier has it.

    Desks are taken in the order they first wrote to the event (then by id), so the
    desk that came later is the one that changes tag, and every copy of the file that
    knows the same desks gives the same answer. Codes already given keep their tag.
    """
    taken: set[str] = set()
    tags: dict[str, str] = {}
    for (desk_id,) in event_file.conn.execute("SELECT id FROM desks ORDER BY created_at, id"):
        tags[desk_id] = codes.desk_tag(desk_id, taken)
        taken.add(tags[desk_id])
    return tags


def code_tag(event_file: EventFile, desk_id: str) -> str:
    """The tag for new badge codes at `desk_id`, avoiding the tags of every desk this file knows."""
    tags = code_tags(event_file)
    if desk_id in tags:
        return tags[desk_id]
    return codes.desk_tag(desk_id, set(tags.values()))


# Each desk's newest audit entry, found through the (desk_id, seq) index: one step per desk, not a
# scan of the whole log (85 ms with 150,000 entries, and the dashboard asks after every booking).
# A desk's entries are numbered 1, 2, 3 … in its chain, so the newest one's number is how many it has.
_NEWEST_ENTRY_OF_EACH_DESK = """
WITH RECURSIVE seen(desk_id) AS (
    SELECT min(desk_id) FROM audit_log
    UNION ALL
    SELECT (SELECT min(desk_id) FROM audit_log WHERE desk_id > seen.desk_id) FROM seen WHERE seen.desk_id IS NOT NULL
)
SELECT newest.desk_id, newest.seq, newest.created_at
FROM seen JOIN audit_log newest
  ON newest.desk_id = seen.desk_id AND newest.seq = (SELECT max(seq) FROM audit_log WHERE desk_id = seen.desk_id)
"""


def coverage(event_file: EventFile, this_desk_id: str) -> list[DeskCoverage]:
    """Every desk with data in this file: entries, newest entry, when this file last merged it."""
    from eventdesk.domain.merge_results import DeskCoverage  # babel's dates: not for every command

    merged = merge_log.last_merged(event_file)
    labels = desk_labels(event_file)
    repeated = {label for label in labels.values() if list(labels.values()).count(label) > 1}
    if repeated:
        tags = code_tags(event_file)
        labels = {
            desk_id: f"{label} [{tags.get(desk_id, desk_id[:4])}]" if label in repeated else label
            for desk_id, label in labels.items()
        }
    cursor = event_file.conn.execute(_NEWEST_ENTRY_OF_EACH_DESK)
    found = [
        DeskCoverage(
            desk_id=desk_id,
            label=labels.get(desk_id) or desk_id[:8],
            entries=count,
            last_entry_at=from_iso(last),
            last_merged_at=merged.get(desk_id),
            this_desk=desk_id == this_desk_id,
        )
        for desk_id, count, last in cursor
    ]
    return sorted(found, key=lambda desk: (not desk.this_desk, desk.label.casefold(), desk.desk_id))
