"""Rows as the merge rules say they must be: resolved from the whole audit log, and written back after a merge.

The rules themselves are plain Python in domain/merge_rules.py. Here they are
fed with the file's audit entries; `check` compares the rows with the result,
and a merge writes the rows that differ from it.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from eventdesk.domain.merge_rules import SAME_NAME_TABLES, Resolution, RowKey, name_key, resolve_all
from eventdesk.store import audit, records
from eventdesk.store.records import AUDITED_TABLES

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

UNIQUE_COLUMNS = {"attendees": ("code",)}


def resolve(event_file: EventFile) -> Resolution:
    """Every audited row's state and the findings of the merge rules, from this file's audit log."""
    return resolve_all(audit.histories(event_file))


def resolve_touched(event_file: EventFile, keys: set[RowKey]) -> Resolution:
    """What `resolve` gives for the rows `keys`, reading only them and the rows the cross-row rules may pair
    them with: a merge that brings a hundred entries reads a few hundred rows' entries, not the whole log.

    The rules that look across rows group attendees by badge code (a code a clash gave a row starts with the
    code it clashed on), phone and email, and regions, sectors and organisations by name. Neighbours are
    found from each row's values before the merge (rows it may stop clashing with) and after it.
    """
    values: list[tuple[str, dict[str, Any]]] = [
        (key[0], row) for key in keys if (row := records.fetch_row(event_file, *key)) is not None
    ]
    resolved = resolve_all(audit.histories_of(event_file, keys)).states
    values += [(key[0], state) for key, state in resolved.items() if state is not None]
    return resolve_all(audit.histories_of(event_file, keys | _neighbours(event_file, values)))


def _neighbours(event_file: EventFile, values: list[tuple[str, dict[str, Any]]]) -> set[RowKey]:
    """Rows the cross-row rules of domain/merge_rules.py may group with rows holding `values`."""
    found: set[RowKey] = set()
    people = [row for table, row in values if table == "attendees"]
    if people:
        codes = {str(row["code"]) for row in people if row.get("code")}
        phones = {str(row["phone"]) for row in people if row.get("phone")}
        emails = {str(row["email"]) for row in people if row.get("email")}
        found |= {("attendees", row_id) for row_id in records.ids_with_prefix(event_file, "attendees", "code", codes)}
        found |= {("attendees", row_id) for row_id in records.ids_with_value(event_file, "attendees", "phone", phones)}
        found |= {
            ("attendees", row_id)
            for row_id in records.ids_with_value(event_file, "attendees", "email", emails, ignore_case=True)
        }
    for table in SAME_NAME_TABLES:
        names = {name_key(row.get("name")) for named, row in values if named == table and row.get("name")}
        if names:
            found |= {(table, row_id) for row_id, name in records.names(event_file, table) if name_key(name) in names}
    return found


def materialise(event_file: EventFile, resolution: Resolution) -> dict[str, int]:
    """Make the rows what `resolution` says; returns how many rows of each table were written.

    Runs inside the merge's transaction, with foreign keys checked at commit (a
    transaction that replaces an earlier one may arrive before it).
    """
    event_file.conn.execute("PRAGMA defer_foreign_keys = ON")
    written: dict[str, int] = {}
    for table in AUDITED_TABLES:
        wanted = {row_id: state for (name, row_id), state in resolution.states.items() if name == table}
        if not wanted:
            continue
        columns = _columns(event_file, table)
        current = records.rows_by_id(event_file, table, list(wanted))
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
