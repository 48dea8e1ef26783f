"""Rows registered twice merged into the one kept: what refers to the duplicate moves, the duplicate is marked.

Which columns refer to an organisation or an attendee is written here once.
A merged duplicate stays in its table, deleted, with `merged_into` naming the
row kept; every move is an audited update, so another desk adopts the merge
like any edit, and rows that desk wrote about the duplicate before it heard of
the merge can be found (`stray_references`) and moved after a desk merge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import now_iso
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

MERGED_ACTION = "merged_duplicate"  # the audit action of every write a merge of duplicates makes

# Table merged → the (table, column) pairs that refer to its rows.
REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "organisations": (
        ("attendees", "organisation_id"),
        ("transactions", "buyer_id"),
        ("transactions", "seller_id"),
        ("agreement_parties", "organisation_id"),
    ),
    "attendees": (("agreement_parties", "signatory_id"), ("agreement_parties", "signed_by_id")),
}


def references(event_file: EventFile, table: str, row_id: str) -> dict[tuple[str, str], list[str]]:
    """(table, column) → ids of the rows whose column refers to `row_id` (deleted ones included)."""
    found: dict[tuple[str, str], list[str]] = {}
    for referring, column in REFERENCES[table]:
        cursor = event_file.conn.execute(f"SELECT id FROM [{referring}] WHERE [{column}] = ?", (row_id,))
        ids = [row[0] for row in cursor]
        if ids:
            found[(referring, column)] = ids
    return found


def move_references(event_file: EventFile, table: str, from_id: str, to_id: str, *, reason: str) -> int:
    """Point every row referring to `from_id` at `to_id` (audited, one entry per row); how many changed."""
    moved = 0
    with event_file.transaction():
        for (referring, column), ids in references(event_file, table, from_id).items():
            for row_id in ids:
                records.update_row(event_file, referring, row_id, {column: to_id}, action=MERGED_ACTION, reason=reason)
                moved += 1
    return moved


def mark_merged(
    event_file: EventFile, table: str, duplicate_id: str, kept_id: str, *, reason: str, extra: dict[str, Any]
) -> None:
    """The duplicate deleted and pointing at the row kept (with `extra` columns set in the same entry)."""
    changes = {"deleted_at": now_iso(), "merged_into": kept_id, **extra}
    records.update_row(event_file, table, duplicate_id, changes, action=MERGED_ACTION, reason=reason)


def merged_into(event_file: EventFile, table: str, row_id: str) -> str | None:
    """The row a merged duplicate now lives on, following merges of merges; None when `row_id` was not merged."""
    target, seen = None, {row_id}
    current = row_id
    while True:
        row = event_file.conn.execute(f"SELECT merged_into FROM [{table}] WHERE id = ?", (current,)).fetchone()
        if row is None or row[0] is None or row[0] in seen:
            return target
        target = current = row[0]
        seen.add(current)


def stray_references(event_file: EventFile) -> list[tuple[str, str, str, str, str]]:
    """Rows still referring to a merged duplicate (written by a desk that had not seen the merge):
    (table merged, referring table, column, referring row id, duplicate id)."""
    stray = []
    for table in REFERENCES:
        merged = [row[0] for row in event_file.conn.execute(f"SELECT id FROM [{table}] WHERE merged_into IS NOT NULL")]
        for duplicate_id in merged:
            for (referring, column), ids in references(event_file, table, duplicate_id).items():
                stray += [(table, referring, column, row_id, duplicate_id) for row_id in ids]
    return stray


def merged_check_ins(event_file: EventFile) -> list[tuple[str, str]]:
    """(duplicate id, kept id) of merged attendees checked in while the one kept is not (a desk that had not
    seen the merge checked the old badge in)."""
    cursor = event_file.conn.execute(
        "SELECT d.id, d.merged_into FROM attendees d JOIN attendees k ON k.id = d.merged_into"
        " WHERE d.checked_in_at IS NOT NULL AND k.checked_in_at IS NULL"
    )
    return [(row[0], row[1]) for row in cursor]


def merged_code(event_file: EventFile, code: str) -> str | None:
    """The id of a merged duplicate whose badge code is `code` (an old badge scanned after the merge)."""
    row = event_file.conn.execute(
        "SELECT id FROM attendees WHERE code = ? AND merged_into IS NOT NULL", (code,)
    ).fetchone()
    return row[0] if row else None


def is_live(event_file: EventFile, table: str, row_id: str) -> bool:
    """Whether the row exists and is neither deleted nor merged away."""
    row = event_file.conn.execute(f"SELECT deleted_at IS NULL FROM [{table}] WHERE id = ?", (row_id,)).fetchone()
    return bool(row and row[0])


def row(event_file: EventFile, table: str, row_id: str) -> dict[str, Any]:
    """Every column of one row, as stored (empty when there is no such row)."""
    return records.fetch_row(event_file, table, row_id) or {}


def write_change(event_file: EventFile, table: str, row_id: str, changes: dict[str, Any], *, reason: str) -> None:
    """One audited change a merge of duplicates makes."""
    records.update_row(event_file, table, row_id, changes, action=MERGED_ACTION, reason=reason)
