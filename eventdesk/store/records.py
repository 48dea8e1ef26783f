"""The one write path: every insert, update and delete of a row, with its audit row, in one transaction.

Aggregate modules (attendees, transactions, …) call these rather than writing
SQL of their own, so no change reaches the file without its audit entry and
the desk that made it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import now_iso
from eventdesk.domain.errors import NotFound
from eventdesk.domain.i18n import tr
from eventdesk.store import audit
from eventdesk.store.ids import new_ids

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

AUDITED_TABLES = (
    "desks",
    "event",
    "regions",
    "sectors",
    "organisations",
    "attendees",
    "agreements",
    "agreement_parties",
    "slots",
    "transactions",
    "followups",
)


def _check_table(table: str) -> None:
    if table not in AUDITED_TABLES:
        raise ValueError(f"not an audited table: {table}")


def fetch_row(event_file: EventFile, table: str, row_id: str) -> dict[str, Any] | None:
    _check_table(table)
    cursor = event_file.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (row_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([column[0] for column in cursor.description], row, strict=True))


def ids_with_value(
    event_file: EventFile, table: str, column: str, values: set[str], *, ignore_case: bool = False
) -> list[str]:
    """Ids of the rows whose `column` is one of `values`."""
    _check_table(table)
    compared = f"[{column}] COLLATE NOCASE" if ignore_case else f"[{column}]"
    found: list[str] = []
    listed = sorted(values)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        cursor = event_file.conn.execute(
            f"SELECT id FROM [{table}] WHERE {compared} IN ({', '.join('?' * len(chunk))})", chunk
        )
        found += [row_id for (row_id,) in cursor]
    return found


def ids_with_prefix(event_file: EventFile, table: str, column: str, prefixes: set[str]) -> list[str]:
    """Ids of the rows whose `column` starts with one of `prefixes` (read through the column's index)."""
    _check_table(table)
    found: list[str] = []
    for prefix in sorted(prefixes):
        cursor = event_file.conn.execute(
            f"SELECT id FROM [{table}] WHERE [{column}] >= ? AND [{column}] < ?", (prefix, prefix + "\U0010ffff")
        )
        found += [row_id for (row_id,) in cursor]
    return found


def names(event_file: EventFile, table: str) -> list[tuple[str, str]]:
    """(id, name) of every row of a named table (regions, sectors, organisations)."""
    _check_table(table)
    return [(row_id, name) for row_id, name in event_file.conn.execute(f"SELECT id, name FROM [{table}]")]


def insert_row(event_file: EventFile, table: str, values: Mapping[str, Any], *, reason: str = "") -> dict[str, Any]:
    """Insert one row (a new id unless given) and its audit entry; returns the row as stored."""
    return insert_rows(event_file, table, [values], reason=reason)[0]


def insert_rows(
    event_file: EventFile, table: str, rows: Iterable[Mapping[str, Any]], *, reason: str = ""
) -> list[dict[str, Any]]:
    """Insert many rows of one table with one audit entry each, in one transaction (imports, demo)."""
    _check_table(table)
    given = list(rows)
    if not given:
        return []
    at, desk_id = now_iso(), event_file.actor.desk_id
    stamped = [
        {"id": row_id, **values, "created_at": at, "updated_at": at, "desk_id": desk_id}
        for row_id, values in zip(new_ids(len(given)), given, strict=True)
    ]
    with event_file.transaction():
        columns = stamped[0].keys()
        for row in stamped:
            if row.keys() != columns:
                raise ValueError(f"rows of {table} differ in columns: {sorted(row.keys() ^ columns)}")
        names = list(columns)
        sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) VALUES ({', '.join('?' * len(names))})"
        event_file.conn.executemany(sql, map(itemgetter(*names), stamped))
        stored = (
            stamped
            if _stored_as_given(event_file, table, names, stamped)
            else _complete_rows(event_file, table, [row["id"] for row in stamped])
        )
        audit.append(event_file, [(table, row["id"], "insert", None, row, reason) for row in stored], at=at)
        event_file.mark_changed(table)
    return stored


def update_row(
    event_file: EventFile,
    table: str,
    row_id: str,
    changes: Mapping[str, Any],
    *,
    action: str = "update",
    reason: str = "",
) -> dict[str, Any]:
    """Change columns of one row, auditing before and after; a change to nothing is not written."""
    _check_table(table)
    with event_file.transaction():
        before = fetch_row(event_file, table, row_id)
        if before is None:
            raise NotFound(tr("Data yang akan diubah tidak ditemukan ({table} {id}).").format(table=table, id=row_id))
        real_changes = {key: value for key, value in changes.items() if before.get(key) != value}
        if not real_changes and action == "update":
            return before
        at = now_iso()
        after = {**before, **real_changes, "updated_at": at, "desk_id": event_file.actor.desk_id}
        assignments = ", ".join(f"[{column}] = ?" for column in after if column != "id")
        event_file.conn.execute(
            f"UPDATE [{table}] SET {assignments} WHERE id = ?",
            (*[value for column, value in after.items() if column != "id"], row_id),
        )
        after = _complete(event_file, table, after)  # as stored: SQLite may convert a value (5 → 5.0 in a REAL column)
        audit.append(event_file, [(table, row_id, action, before, after, reason)], at=at)
        event_file.mark_changed(table)
    return after


def delete_row(event_file: EventFile, table: str, row_id: str, *, reason: str = "") -> dict[str, Any]:
    """Remove one row for good (only for rows that are parts of another, such as a party); audited."""
    _check_table(table)
    with event_file.transaction():
        before = fetch_row(event_file, table, row_id)
        if before is None:
            raise NotFound(tr("Data yang akan dihapus tidak ditemukan ({table} {id}).").format(table=table, id=row_id))
        event_file.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", (row_id,))
        audit.append(event_file, [(table, row_id, "delete", before, None, reason)], at=now_iso())
        event_file.mark_changed(table)
    return before


_FETCH_CHUNK = 500


def _stored_as_given(event_file: EventFile, table: str, columns: list[str], rows: list[dict[str, Any]]) -> bool:
    """Whether SQLite stored the rows exactly as given, so the audit may record them without reading them back.

    Certain when every column was given (no default filled in), no REAL column got an int (SQLite
    would store 5 as 5.0) and no value is a bool (stored as 1).
    """
    info = _table_columns(event_file, table)
    if set(columns) != {name for name, _ in info}:
        return False
    reals = [name for name, kind in info if kind.upper() == "REAL"]
    if any(isinstance(row[name], int) for row in rows for name in reals):
        return False
    return bool not in set(map(type, chain.from_iterable(row.values() for row in rows)))


def _table_columns(event_file: EventFile, table: str) -> list[tuple[str, str]]:
    cache = event_file.__dict__.setdefault("_table_columns", {})
    if table not in cache:
        cache[table] = [(row[1], row[2]) for row in event_file.conn.execute(f"PRAGMA table_info([{table}])")]
    return cache[table]


def _complete(event_file: EventFile, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row with the defaults the schema filled in, as the audit must record it."""
    stored = fetch_row(event_file, table, row["id"])
    assert stored is not None
    return stored


def _complete_rows(event_file: EventFile, table: str, row_ids: list[str]) -> list[dict[str, Any]]:
    """The rows with the defaults the schema filled in, as the audit must record them, in the order given."""
    by_id: dict[str, dict[str, Any]] = {}
    for start in range(0, len(row_ids), _FETCH_CHUNK):
        chunk = row_ids[start : start + _FETCH_CHUNK]
        cursor = event_file.conn.execute(f"SELECT * FROM [{table}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        names = [column[0] for column in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            by_id[row["id"]] = row
    return [by_id[row_id] for row_id in row_ids]


def put_resolved_row(event_file: EventFile, table: str, row: Mapping[str, Any], *, exists: bool) -> None:
    """Write a row as the merge rules resolved it from audit entries already in the file.

    The only write without a new audit entry: it records nothing new, it brings the
    row in line with entries adopted from another desk (which `check` verifies the
    same way). Only the merge calls it, inside its transaction.
    """
    _check_table(table)
    columns = [column for column in row if column != "id"]
    if exists:
        assignments = ", ".join(f"[{column}] = ?" for column in columns)
        event_file.conn.execute(
            f"UPDATE [{table}] SET {assignments} WHERE id = ?", (*[row[c] for c in columns], row["id"])
        )
    else:
        names = ["id", *columns]
        event_file.conn.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) VALUES ({', '.join('?' * len(names))})",
            tuple(row[c] for c in names),
        )
    event_file.mark_changed(table)


def rows_by_id(event_file: EventFile, table: str, row_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of `table` with these ids, as stored, by id."""
    _check_table(table)
    rows: dict[str, dict[str, Any]] = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        cursor = event_file.conn.execute(f"SELECT * FROM [{table}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        names = [column[0] for column in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            rows[row["id"]] = row
    return rows


def remove_resolved_row(event_file: EventFile, table: str, row_id: str) -> None:
    """Remove a row another desk's adopted audit entries say was removed (merge only)."""
    _check_table(table)
    event_file.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", (row_id,))
    event_file.mark_changed(table)


def park_unique_value(event_file: EventFile, table: str, column: str, row_id: str) -> None:
    """Give a row a placeholder in a UNIQUE column, so the merge can hand its value to another row first."""
    _check_table(table)
    event_file.conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE id = ?", (f"\x00merging:{row_id}", row_id))
