"""Merging another desk's copy of the event file: adopt the audit entries this file lacks, then resolve the rows.

Choice: another desk's audit rows are copied in exactly as they are (same id,
desk, number, hashes), never rewritten as this desk's own entries. Each desk's
chain therefore verifies in every file, the merge writes no audit entry of its
own (so merging cannot make new differences between desks, and merging twice
changes nothing), and all files holding the same entries hold the same rows,
because the rows are a function of the entries (domain/merge_rules.py), which
`check` verifies the same way. A desk's entries are taken only as a whole
continuation of what this file has of that desk: a history that forked (a desk
identity copied to two laptops, a restored old copy written to again) or was
edited is refused, with nothing written.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import now_iso
from eventdesk.domain.errors import MergeRefused
from eventdesk.domain.i18n import tr
from eventdesk.domain.merge_results import DeskBrought, MergeOutcome
from eventdesk.store import audit, merge_log, merge_rows
from eventdesk.store.desks import desk_labels

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


def event_id(event_file: EventFile) -> str | None:
    row = event_file.conn.execute("SELECT id FROM event ORDER BY created_at, id LIMIT 1").fetchone()
    return row[0] if row else None


def merge_from(event_file: EventFile, other: EventFile, *, source: str) -> MergeOutcome:
    """Bring in every audit entry `other` has and this file lacks, and make the rows follow; one transaction."""
    outcome = MergeOutcome(source=source)
    with event_file.transaction():
        ours, theirs = event_id(event_file), event_id(other)
        if ours is not None and theirs is not None and ours != theirs:
            raise MergeRefused(
                tr(
                    "'{path}' adalah berkas acara lain; hanya salinan dari acara yang sama yang bisa digabungkan."
                ).format(path=source)
            )
        their_labels = desk_labels(other)
        our_heads, their_heads = audit.heads(event_file), audit.heads(other)
        adopted: list[dict[str, Any]] = []
        for desk_id in sorted(their_heads):
            rows = _continuation(
                event_file, other, desk_id, our_heads.get(desk_id), their_heads[desk_id], source, their_labels
            )
            adopted += rows
            if rows:
                outcome.desks.append(DeskBrought(desk_id, their_labels.get(desk_id, desk_id[:8]), len(rows)))
        if adopted:
            audit.adopt(event_file, adopted)
            resolution = merge_rows.resolve(event_file)
            outcome.rows_written = sum(merge_rows.materialise(event_file, resolution).values())
            if event_file.conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                # Cannot happen with whole histories (an entry's desk had every row it refers to);
                # refused here, with nothing written, rather than failing at commit.
                raise MergeRefused(
                    tr("Data dari '{path}' menunjuk ke data yang tidak ada di kedua berkas; tidak digabungkan.").format(
                        path=source
                    )
                )
            new_ids = {row["id"] for row in adopted}
            outcome.findings = [finding for finding in resolution.findings if finding.involves(new_ids)]
        outcome.changes = Counter((row["table_name"], row["action"]) for row in adopted)
        brought = {desk.desk_id: desk.entries for desk in outcome.desks}
        at = now_iso()
        labels = desk_labels(event_file)
        for desk_id in their_heads:
            if desk_id != event_file.actor.desk_id:
                merge_log.record(
                    event_file,
                    desk_id,
                    labels.get(desk_id, ""),
                    at=at,
                    entries=brought.get(desk_id, 0),
                    via=Path(source).name,
                )
    return outcome


def _continuation(
    event_file: EventFile,
    other: EventFile,
    desk_id: str,
    our_head: tuple[int, str] | None,
    their_head: tuple[int, str],
    source: str,
    labels: dict[str, str],
) -> list[dict[str, Any]]:
    """`desk_id`'s audit rows in `other` after the ones this file has, checked link by link."""
    our_seq, our_hash = our_head or (0, audit.GENESIS_HASH)
    their_seq = their_head[0]
    common = min(our_seq, their_seq)
    desk = labels.get(desk_id) or desk_id[:8]
    if common and audit.hash_at(event_file, desk_id, common) != audit.hash_at(other, desk_id, common):
        raise MergeRefused(
            tr(
                "Riwayat meja {desk} di '{path}' bercabang dari riwayatnya di berkas ini (identitas meja disalin "
                "ke laptop lain, atau salinan lama dipakai lagi); tidak digabungkan."
            ).format(desk=desk, path=source)
        )
    if their_seq <= our_seq:
        return []
    rows = audit.raw_after(other, desk_id, our_seq)
    expected_seq, prev_hash = our_seq, our_hash
    for row in rows:
        expected_seq += 1
        if (
            row["seq"] != expected_seq
            or row["prev_hash"] != prev_hash
            or audit.content_hash(row) != row["hash"]
            or row["desk_id"] != desk_id
        ):
            raise MergeRefused(
                tr(
                    "Catatan audit meja {desk} di '{path}' rusak atau diubah di luar EventDesk; tidak digabungkan."
                ).format(desk=desk, path=source)
            )
        prev_hash = row["hash"]
    return rows


def change_mark(event_file: EventFile) -> tuple[int, int]:
    """(audit rows, newest rowid): different after any write, since every write adds audit rows."""
    row = event_file.conn.execute("SELECT count(*), COALESCE(max(rowid), 0) FROM audit_log").fetchone()
    return row[0], row[1]
