"""Rows as the merge rules say they must be: resolved from the whole audit log, and written back after a merge.

The rules themselves are plain Python in domain/merge_rules.py. Here they are
fed with the file's audit entries; `check` compares the rows with the result,
and a merge writes the rows that differ from it.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from eventdesk.domain.merge_rules import Resolution, resolve_all
from eventdesk.store import audit, records
from eventdesk.store.records import AUDITED_TABLES

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

UNIQUE_COLUMNS = {"attendees": ("code",)}


def resolve(event_file: EventFile) -> Resolution:
    """Every audited row's state and the findings of the merge rules, from this file's audit log."""
    return resolve_all(audit.histories(event_file))


def materialise(event_file: EventFile, resolution: Resolution) -> dict[str, int]:
    """Make the rows what `resolution` says; returns how many rows of each table were written.

    Runs inside the merge's transaction, with foreign keys checked at commit (a
    transaction that replaces an earlier one may arrive before it).
    """
    event_file.conn.execute("PRAGMA defer_foreign_keys = ON")
    written: dict[str, int] = {}
    for table in AUDITED_TABLES:
        columns = _columns(event_file, table)
        current = {row["id"]: row for row in _rows(event_file, table)}
        wanted = {row_id: state for (name, row_id), state in resolution.states.items() if name == table}
        changes: list[tuple[str, dict[str, Any] | None, bool]] = []
        for row_id, state in wanted.items():
            have = current.get(row_id)
            if state is None:
                if have is not None:
                    changes.append((row_id, None, True))
            elif have is None or audit.dump(have) != audit.dump(state):
                changes.append((row_id, _stored_form(state, columns), have is not None))
        for column in UNIQUE_COLUMNS.get(table, ()):
            for row_id, row, exists in changes:
                if exists and row is not None and row.get(column) != current[row_id].get(column):
                    records.park_unique_value(event_file, table, column, row_id)
        for row_id, row, exists in changes:
            if row is None:
                records.remove_resolved_row(event_file, table, row_id)
            else:
                records.put_resolved_row(event_file, table, row, exists=exists)
        if changes:
            written[table] = len(changes)
    return written


def _columns(event_file: EventFile, table: str) -> dict[str, str]:
    """Column name → declared type."""
    return {row[1]: (row[2] or "").upper() for row in event_file.conn.execute(f"PRAGMA table_info([{table}])")}


def _rows(event_file: EventFile, table: str) -> list[dict[str, Any]]:
    cursor = event_file.conn.execute(f"SELECT * FROM [{table}]")
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def _stored_form(state: dict[str, Any], columns: dict[str, str]) -> dict[str, Any]:
    """The resolved state (as the audit's JSON holds it) in the column types of the table."""
    row = {}
    for name, value in state.items():
        if name not in columns:
            continue
        if columns[name] == "BLOB" and isinstance(value, str) and value.startswith("base64:"):
            value = base64.b64decode(value[len("base64:") :])
        row[name] = value
    return row
