"""The audit log: one row per insert, update, void or delete, chained by hash per desk.

Each desk numbers its own audit rows (`seq` 1, 2, 3 …) and each row carries
the hash of the desk's previous row and a hash of its own content, so a row
removed or edited with an outside SQLite tool breaks the chain. Chains are
per desk so that rows merged in from another desk keep their own chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import moment_of
from eventdesk.domain.models import AuditEntry
from eventdesk.store.ids import new_ids

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

GENESIS_HASH = "0" * 64

COLUMNS = (
    "id",
    "seq",
    "desk_id",
    "operator",
    "created_at",
    "updated_at",
    "table_name",
    "row_id",
    "action",
    "before",
    "after",
    "reason",
    "prev_hash",
    "hash",
)
# Built once: json.dumps() with options builds an encoder per call, which an import of 20,000 rows feels.
_ROW_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_HASH_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_HASHED = tuple(name for name in COLUMNS if name not in ("hash", "updated_at"))
_HASHED_AT = tuple(COLUMNS.index(name) for name in _HASHED)
_INSERT = f"INSERT INTO audit_log ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


def jsonable(row: dict[str, Any] | None) -> dict[str, Any] | None:
    """A row as JSON can hold it (BLOBs as base64 text), for the audit and for comparisons."""
    if row is None:
        return None
    if not any(isinstance(value, bytes) for value in row.values()):
        return row
    import base64

    return {
        key: ("base64:" + base64.b64encode(value).decode()) if isinstance(value, bytes) else value
        for key, value in row.items()
    }


def dump(row: dict[str, Any] | None) -> str | None:
    if row is None:
        return None
    return _ROW_ENCODER.encode(jsonable(row))


def content_hash(fields: dict[str, Any]) -> str:
    """SHA-256 over the audit row's content, including the previous row's hash."""
    return _digest([fields[name] for name in _HASHED])


def _digest(values: list[Any]) -> str:
    import hashlib  # (loaded by the first write: a command that only reads never hashes)

    return hashlib.sha256(_HASH_ENCODER.encode(values).encode()).hexdigest()


def chain_head(event_file: EventFile, desk_id: str) -> tuple[int, str]:
    """(seq, hash) of the newest audit row of `desk_id`, or (0, genesis)."""
    row = event_file.conn.execute(
        "SELECT seq, hash FROM audit_log WHERE desk_id = ? ORDER BY seq DESC LIMIT 1", (desk_id,)
    ).fetchone()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def holds_entry(event_file: EventFile, desk_id: str, seq: int, entry_hash: str) -> bool:
    """Whether the file holds entry `seq` of `desk_id`'s chain with exactly that hash."""
    row = event_file.conn.execute("SELECT hash FROM audit_log WHERE desk_id = ? AND seq = ?", (desk_id, seq)).fetchone()
    return row is not None and row[0] == entry_hash


def append(
    event_file: EventFile,
    entries: Iterable[tuple[str, str, str, dict[str, Any] | None, dict[str, Any] | None, str]],
    *,
    at: str,
) -> None:
    """Write audit rows (table, row id, action, before, after, reason) for the open transaction."""
    actor = event_file.actor
    if event_file.chain_head is None:
        event_file.chain_head = chain_head(event_file, actor.desk_id)
    seq, prev_hash = event_file.chain_head
    listed = list(entries)
    rows = []
    for entry_id, (table, row_id, action, before, after, reason) in zip(new_ids(len(listed)), listed, strict=True):
        seq += 1
        # In the order of COLUMNS, the hash last: an import writes 20,000 of these, so no dict per row.
        values = [
            entry_id,
            seq,
            actor.desk_id,
            actor.operator,
            at,
            at,
            table,
            row_id,
            action,
            dump(before),
            dump(after),
            reason or "",
            prev_hash,
        ]
        prev_hash = _digest([values[index] for index in _HASHED_AT])
        values.append(prev_hash)
        rows.append(values)
    event_file.conn.executemany(_INSERT, rows)
    event_file.chain_head = (seq, prev_hash)
    event_file.mark_changed("audit_log")


def entries_for(event_file: EventFile, table: str, row_id: str) -> list[AuditEntry]:
    """The history of one row, oldest first."""
    cursor = event_file.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY created_at, seq",
        (table, row_id),
    )
    return [_entry(dict(zip(COLUMNS, row, strict=True))) for row in cursor]


def action_counts(event_file: EventFile, table: str, action: str, row_ids: list[str]) -> dict[str, int]:
    """How many entries of `action` each row has, on every desk merged in (rows without any left out)."""
    counts: dict[str, int] = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        cursor = event_file.conn.execute(
            f"SELECT row_id, count(*) FROM audit_log WHERE table_name = ? AND action = ? "
            f"AND row_id IN ({', '.join('?' * len(chunk))}) GROUP BY row_id",
            (table, action, *chunk),
        )
        counts.update({row_id: count for row_id, count in cursor})
    return counts


def histories(event_file: EventFile) -> dict[tuple[str, str], list[AuditEntry]]:
    """Every audit entry of every desk, grouped by the row it is about: the input of the merge rules."""
    grouped: dict[tuple[str, str], list[AuditEntry]] = {}
    cursor = event_file.conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY created_at, desk_id, seq")
    for row in cursor:
        entry = _entry(dict(zip(COLUMNS, row, strict=True)))
        grouped.setdefault((entry.table_name, entry.row_id), []).append(entry)
    return grouped


def histories_of(event_file: EventFile, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[AuditEntry]]:
    """The entries of the rows `keys` (table, row id), grouped as `histories` groups them: a merge's scope."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    grouped: dict[tuple[str, str], list[AuditEntry]] = {}
    for table, row_ids in sorted(by_table.items()):
        for start in range(0, len(row_ids), 500):
            chunk = row_ids[start : start + 500]
            cursor = event_file.conn.execute(
                f"SELECT {', '.join(COLUMNS)} FROM audit_log WHERE table_name = ? "
                f"AND row_id IN ({', '.join('?' * len(chunk))})",
                (table, *chunk),
            )
            for row in cursor:
                entry = _entry(dict(zip(COLUMNS, row, strict=True)))
                grouped.setdefault((entry.table_name, entry.row_id), []).append(entry)
    for entries in grouped.values():
        entries.sort(key=lambda entry: (entry.created_at, entry.desk_id, entry.seq))
    return grouped


def heads(event_file: EventFile) -> dict[str, tuple[int, str]]:
    """Each desk's newest (seq, hash) in this file."""
    cursor = event_file.conn.execute(
        "SELECT a.desk_id, a.seq, a.hash FROM audit_log a"
        " JOIN (SELECT desk_id, max(seq) AS seq FROM audit_log GROUP BY desk_id) h ON h.desk_id = a.desk_id "
        "AND h.seq = a.seq"
    )
    return {desk_id: (seq, hash_) for desk_id, seq, hash_ in cursor}


def row_of_entry(event_file: EventFile, entry_id: str) -> tuple[str, str] | None:
    """(table, row id) the audit entry `entry_id` is about."""
    row = event_file.conn.execute("SELECT table_name, row_id FROM audit_log WHERE id = ?", (entry_id,)).fetchone()
    return (row[0], row[1]) if row else None


def hash_at(event_file: EventFile, desk_id: str, seq: int) -> str | None:
    row = event_file.conn.execute("SELECT hash FROM audit_log WHERE desk_id = ? AND seq = ?", (desk_id, seq)).fetchone()
    return row[0] if row else None


def raw_after(event_file: EventFile, desk_id: str, seq: int) -> list[dict[str, Any]]:
    """The audit rows of `desk_id` after number `seq`, as stored, oldest first (what another file lacks)."""
    cursor = event_file.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM audit_log WHERE desk_id = ? AND seq > ? ORDER BY seq", (desk_id, seq)
    )
    return [dict(zip(COLUMNS, row, strict=True)) for row in cursor]


def raw_between(event_file: EventFile, desk_id: str, after: int, upto: int) -> list[dict[str, Any]]:
    """The audit rows of `desk_id` numbered after `after` up to `upto`, as stored: a change segment's entries."""
    cursor = event_file.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM audit_log WHERE desk_id = ? AND seq > ? AND seq <= ? ORDER BY seq",
        (desk_id, after, upto),
    )
    return [dict(zip(COLUMNS, row, strict=True)) for row in cursor]


def adopt(event_file: EventFile, rows: list[dict[str, Any]]) -> None:
    """Copy another desk's audit rows in exactly as they are, so their chain verifies here too."""
    event_file.conn.executemany(_INSERT, [tuple(row[name] for name in COLUMNS) for row in rows])
    event_file.mark_changed("audit_log")


def iter_raw(event_file: EventFile) -> Iterator[dict[str, Any]]:
    """Every audit row as stored, each desk's chain in order; for the integrity check."""
    cursor = event_file.conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY desk_id, seq")
    for row in cursor:
        yield dict(zip(COLUMNS, row, strict=True))


def _entry(fields: dict[str, Any]) -> AuditEntry:
    return AuditEntry(
        id=fields["id"],
        seq=fields["seq"],
        desk_id=fields["desk_id"],
        operator=fields["operator"],
        created_at=moment_of(fields["created_at"]),
        table_name=fields["table_name"],
        row_id=fields["row_id"],
        action=fields["action"],
        before=json.loads(fields["before"]) if fields["before"] else None,
        after=json.loads(fields["after"]) if fields["after"] else None,
        reason=fields["reason"],
        prev_hash=fields["prev_hash"],
        hash=fields["hash"],
    )


def chain_hashes(event_file: EventFile) -> dict[str, dict[int, str]]:
    """Every desk's chain as {desk: {seq: hash}}: what a backup witnesses of the file's history."""
    chains: dict[str, dict[int, str]] = {}
    for desk_id, seq, row_hash in event_file.conn.execute("SELECT desk_id, seq, hash FROM audit_log"):
        chains.setdefault(desk_id, {})[seq] = row_hash
    return chains
