"""The consistency check behind `eventdesk check`: SQLite's own checks, the schema, the audit chain, the kept sums.

The audit part proves two things: every desk's chain of audit rows is whole
(no row removed, edited or slipped in), and every audited row looks exactly
as its audit entries say (its latest entry, or after merges what the merge
rules make of every desk's entries), so a value changed with an outside
SQLite tool is named.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from eventdesk.domain.i18n import tr
from eventdesk.store import audit, merge_rows, totals
from eventdesk.store.migrations import APPLICATION_ID, MIGRATIONS, schema_database
from eventdesk.store.records import AUDITED_TABLES

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

MAX_PROBLEMS_PER_KIND = 20


def find_problems(event_file: EventFile) -> list[str]:
    """Every problem found, one readable line each; empty when the file is sound."""
    return damage_problems(event_file) or consistency_problems(event_file)


def damage_problems(event_file: EventFile) -> list[str]:
    """SQLite's own integrity check: pages, indexes, free lists. Nothing above it can be trusted without it."""
    try:
        return _sqlite_problems(event_file)
    except sqlite3.DatabaseError as error:
        return [tr("Berkas rusak: {detail}").format(detail=error)]


def consistency_problems(event_file: EventFile) -> list[str]:
    """The schema, references, audit chains and rows against their audit, on a file SQLite finds whole."""
    try:
        return _consistency_problems(event_file)
    except sqlite3.DatabaseError as error:
        return [tr("Berkas rusak: {detail}").format(detail=error)]


def _consistency_problems(event_file: EventFile) -> list[str]:
    problems: list[str] = []
    problems += _schema_problems(event_file)
    altered = _altered_schema_problems(event_file) if MIGRATIONS.version(event_file.conn) == MIGRATIONS.latest else []
    if altered:
        return problems + altered  # tables changed behind the app's back: the checks below would misread them
    problems += _limited(_foreign_key_problems(event_file))
    problems += _limited(_chain_problems(event_file))
    problems += _limited(_state_problems(event_file))
    if not totals.kept_sums_hold(event_file):
        problems.append(
            tr(
                "Jumlah transaksi yang disimpan di berkas tidak sama dengan transaksinya: diubah di luar EventDesk. "
                "Angka di layar dan laporan bisa salah; pulihkan dari cadangan."
            )
        )
    return problems


def _limited(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS_PER_KIND:
        return problems
    hidden = len(problems) - MAX_PROBLEMS_PER_KIND
    return [*problems[:MAX_PROBLEMS_PER_KIND], tr("… dan {count} masalah serupa lainnya.").format(count=hidden)]


def _sqlite_problems(event_file: EventFile) -> list[str]:
    rows = [row[0] for row in event_file.conn.execute("PRAGMA integrity_check(20)")]
    if rows == ["ok"]:
        return []
    return [tr("Berkas rusak: {detail}").format(detail=row) for row in rows]


def _schema_problems(event_file: EventFile) -> list[str]:
    problems = []
    application_id = event_file.conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id != APPLICATION_ID:
        problems.append(tr("Berkas ini tidak ditandai sebagai berkas acara EventDesk."))
    version = MIGRATIONS.version(event_file.conn)
    if version != MIGRATIONS.latest:
        problems.append(
            tr("Skema berkas versi {found}, aplikasi ini memakai versi {expected}.").format(
                found=version, expected=MIGRATIONS.latest
            )
        )
    return problems


def _schema_signature(db: Any) -> set[tuple[str, str, str, str]]:
    rows = db.execute(
        "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    )
    return {tuple(row) for row in rows}


def _reference_schema() -> set[tuple[str, str, str, str]]:
    reference = schema_database(sqlite3.connect(":memory:"))
    MIGRATIONS.apply(reference)
    return _schema_signature(reference)


def _altered_schema_problems(event_file: EventFile) -> list[str]:
    """Tables, indexes, triggers or views added, dropped or changed outside EventDesk.

    A trigger slipped in with an outside tool could rewrite values as the
    application writes them, so the schema must be exactly what the migrations made.
    """
    found, expected = _schema_signature(event_file.conn), _reference_schema()
    problems = [
        tr("Skema berkas memuat {kind} '{name}' yang tidak dibuat oleh EventDesk.").format(kind=kind, name=name)
        for kind, name, _, _ in sorted(found - expected)
        if (kind, name) not in {(k, n) for k, n, _, _ in expected}
    ]
    problems += [
        tr("Skema berkas: {kind} '{name}' diubah atau dihapus di luar EventDesk.").format(kind=kind, name=name)
        for kind, name, _, _ in sorted(expected - found)
    ]
    return problems


def _foreign_key_problems(event_file: EventFile) -> list[str]:
    return [
        tr("Baris {table} #{rowid} menunjuk ke {parent} yang tidak ada.").format(
            table=table, rowid=rowid, parent=parent
        )
        for table, rowid, parent, _ in event_file.conn.execute("PRAGMA foreign_key_check")
    ]


def _chain_problems(event_file: EventFile) -> list[str]:
    problems = []
    desk = None
    expected_seq, prev_hash = 0, audit.GENESIS_HASH
    for row in audit.iter_raw(event_file):
        if row["desk_id"] != desk:
            desk, expected_seq, prev_hash = row["desk_id"], 0, audit.GENESIS_HASH
        expected_seq += 1
        where = tr("Catatan audit meja {desk} nomor {seq}").format(desk=row["desk_id"][:8], seq=row["seq"])
        if row["seq"] != expected_seq:
            problems.append(
                tr("{where}: nomor {expected} hilang dari rantai audit.").format(where=where, expected=expected_seq)
            )
            expected_seq = row["seq"]
        elif row["prev_hash"] != prev_hash:
            problems.append(
                tr(
                    "{where}: tidak tersambung ke catatan sebelumnya (nomor {previous} diubah, diganti atau "
                    "disisipkan)."
                ).format(where=where, previous=expected_seq - 1)
            )
        if audit.content_hash(row) != row["hash"]:
            problems.append(
                tr("{where} ({table} {id}) telah diubah di luar EventDesk.").format(
                    where=where, table=row["table_name"], id=row["row_id"]
                )
            )
        prev_hash = row["hash"]
    return problems


def _state_problems(event_file: EventFile) -> list[str]:
    # Every row must be what the merge rules make of its audit entries from every desk. For a
    # file written by one desk alone that is exactly the row's latest entry; after merges it is
    # the resolved state (later edit wins, earliest check-in, void and signing stay, …), so
    # rows adopted from other desks are verified against the same entries that explain them.
    # A column added by a later migration is absent from entries written before it: such a row
    # must hold that column's default, as the migration left it.
    defaults = {table: _column_defaults(event_file, table) for table in AUDITED_TABLES}
    expected = {
        key: audit.dump({**defaults[key[0]], **state}) if state is not None else None
        for key, state in merge_rows.resolve(event_file).states.items()
    }
    problems = []
    for table in AUDITED_TABLES:
        cursor = event_file.conn.execute(f"SELECT * FROM [{table}]")
        names = [column[0] for column in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            key = (table, row["id"])
            if key not in expected:
                problems.append(
                    tr("Baris {table} {id} tidak punya catatan audit (ditambahkan di luar EventDesk).").format(
                        table=table, id=row["id"]
                    )
                )
            elif expected.pop(key) != audit.dump(row):
                problems.append(
                    tr("Baris {table} {id} berbeda dari catatan audit terakhirnya (diubah di luar EventDesk).").format(
                        table=table, id=row["id"]
                    )
                )
    for (table, row_id), state in expected.items():
        if state is not None:
            problems.append(
                tr("Baris {table} {id} hilang, padahal catatan audit tidak mencatat penghapusannya.").format(
                    table=table, id=row_id
                )
            )
    return problems


def _column_defaults(event_file: EventFile, table: str) -> dict[str, object]:
    """Each column's default value as SQLite computes it (NULL where none is declared)."""
    defaults = {}
    for _cid, name, _type, _notnull, default, _pk in event_file.conn.execute(f"PRAGMA table_info([{table}])"):
        defaults[name] = event_file.conn.execute(f"SELECT {default}").fetchone()[0] if default is not None else None
    return defaults


def witness_problems(event_file: EventFile, witness: dict[str, dict[int, str]], label: str) -> list[tuple[str, str]]:
    """Where the file's audit chains contradict an older copy of them (a backup).

    A chain rewritten from some row onward (every hash recomputed, so it is
    whole again) or cut short, with the rows put back to match, passes every
    check inside the file; a backup made before the rewrite still holds the
    original hashes. (desk, message) naming the first row of each desk that differs.
    """
    chains = audit.chain_hashes(event_file)
    problems = []
    for desk_id, hashes in sorted(witness.items()):
        mine = chains.get(desk_id, {})
        for seq in sorted(hashes):
            where = tr("Catatan audit meja {desk} nomor {seq}").format(desk=desk_id[:8], seq=seq)
            if seq not in mine:
                problems.append(
                    (
                        desk_id,
                        tr("{where} ada di cadangan {backup} tetapi hilang dari berkas (rantai dipotong).").format(
                            where=where, backup=label
                        ),
                    )
                )
                break
            if mine[seq] != hashes[seq]:
                problems.append(
                    (
                        desk_id,
                        tr(
                            "{where} berbeda dari cadangan {backup}: rantai audit ditulis ulang mulai dari catatan ini."
                        ).format(where=where, backup=label),
                    )
                )
                break
    return problems
