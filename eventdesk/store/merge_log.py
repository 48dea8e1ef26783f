"""The merge log of this copy of the file: per other desk, when a merge last read its data and brought something new."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventdesk.domain.clock import moment_of
from eventdesk.store.ids import new_id

if TYPE_CHECKING:
    from datetime import datetime

    from eventdesk.store.db import EventFile


def record(event_file: EventFile, source_desk_id: str, label: str, *, at: str, entries: int, via: str) -> None:
    """Note that a merge at `at` read `source_desk_id`'s data (and brought `entries` new entries of it)."""
    event_file.conn.execute(
        """
        INSERT INTO merge_log
            (id, created_at, updated_at, desk_id, source_desk_id, source_label, merged_at, new_at, entries, via)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (source_desk_id) DO UPDATE SET
            updated_at = excluded.updated_at, desk_id = excluded.desk_id, source_label = excluded.source_label,
            merged_at = MAX(merge_log.merged_at, excluded.merged_at),
            new_at = COALESCE(excluded.new_at, merge_log.new_at),
            entries = merge_log.entries + excluded.entries, via = excluded.via
        """,
        (
            new_id(),
            at,
            at,
            event_file.actor.desk_id,
            source_desk_id,
            label,
            at,
            at if entries else None,
            entries,
            via,
        ),
    )
    event_file.mark_changed("merge_log")


def last_merged(event_file: EventFile) -> dict[str, datetime]:
    """Other desk id → when this file last merged its data."""
    cursor = event_file.conn.execute("SELECT source_desk_id, merged_at FROM merge_log")
    return {desk_id: moment_of(at) for desk_id, at in cursor}
