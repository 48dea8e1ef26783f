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
from eventdesk.domain.errors import ForkedDesk, MergeRefused, ReferencesNotHere
from eventdesk.domain.i18n import tr
from eventdesk.domain.merge_results import DeskBrought, DeskChanges, MergeOutcome
from eventdesk.store import audit, merge_log, merge_rows
from eventdesk.store.desks import desk_labels
from eventdesk.store.event import event_id

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


_COMPLETE = frozenset(audit.COLUMNS)  # an entry read from a segment file may lack any of them


def merge_from(event_file: EventFile, other: EventFile, *, source: str, heard: bool = True) -> MergeOutcome:
    """Bring in every audit entry `other` has and this file lacks, and make the rows follow; one transaction.

    With `heard`, the merge log notes that each desk whose history `other` holds in full (as far as this
    file knows it) was heard from now; a stale copy (a desk's history behind this file's) never refreshes it.
    """
    with event_file.transaction():
        _same_event(event_id(event_file), event_id(other), source)
        their_labels = desk_labels(other)
        our_heads, their_heads = audit.heads(event_file), audit.heads(other)
        adopted: dict[str, list[dict[str, Any]]] = {}
        for desk_id in sorted(their_heads):
            our_seq, _ = our_heads.get(desk_id, (0, audit.GENESIS_HASH))
            their_seq = their_heads[desk_id][0]
            common = min(our_seq, their_seq)
            if common and audit.hash_at(event_file, desk_id, common) != audit.hash_at(other, desk_id, common):
                raise _forked(their_labels.get(desk_id) or desk_id[:8], source)
            if their_seq > our_seq:
                adopted[desk_id] = _continuation(
                    audit.raw_after(other, desk_id, our_seq),
                    desk_id,
                    our_heads.get(desk_id),
                    their_labels.get(desk_id) or desk_id[:8],
                    source,
                )
        outcome = _adopt(event_file, adopted, their_labels, source)
        if heard:
            current = [
                desk_id
                for desk_id, (their_seq, _) in their_heads.items()
                if their_seq >= our_heads.get(desk_id, (0, ""))[0]
            ]
            _note_heard(event_file, current, outcome, source)
    return outcome


def merge_changes(event_file: EventFile, changes: DeskChanges, *, source: str, heard: bool = True) -> MergeOutcome:
    """Bring in one desk's audit entries read from a change segment (files/change_segments.py): the entries
    after what this file holds of that desk, checked exactly as `merge_from` checks a full copy's."""
    with event_file.transaction():
        _same_event(event_id(event_file), changes.event_id, source)
        label = changes.desk_label or changes.desk_id[:8]
        our_head = audit.chain_head(event_file, changes.desk_id)
        our_seq = our_head[0]
        if changes.first > our_seq + 1:
            raise MergeRefused(
                tr("Perubahan meja {desk} di '{path}' dimulai setelah celah; menunggu bagian sebelumnya.").format(
                    desk=label, path=source
                )
            )
        known = [row for row in changes.rows if row["seq"] <= our_seq]
        if known and audit.hash_at(event_file, changes.desk_id, known[-1]["seq"]) != known[-1].get("hash"):
            raise _forked(label, source)
        new = [row for row in changes.rows if row["seq"] > our_seq]
        adopted = {changes.desk_id: _continuation(new, changes.desk_id, our_head, label, source)} if new else {}
        outcome = _adopt(event_file, adopted, {changes.desk_id: label}, source)
        if heard:
            _note_heard(event_file, [changes.desk_id], outcome, source)
    return outcome


def _same_event(ours: str | None, theirs: str | None, source: str) -> None:
    if ours is not None and theirs is not None and ours != theirs:
        raise MergeRefused(
            tr("'{path}' adalah berkas acara lain; hanya salinan dari acara yang sama yang bisa digabungkan.").format(
                path=source
            )
        )


def _forked(desk: str, source: str) -> ForkedDesk:
    return ForkedDesk(
        tr(
            "Riwayat meja {desk} di '{path}' bercabang dari riwayatnya di berkas ini (identitas meja disalin "
            "ke laptop lain, atau salinan lama dipakai lagi); tidak digabungkan."
        ).format(desk=desk, path=source)
    )


def _adopt(
    event_file: EventFile, adopted: dict[str, list[dict[str, Any]]], labels: dict[str, str], source: str
) -> MergeOutcome:
    """Copy the checked entries in and make the rows they are about what the merge rules say."""
    outcome = MergeOutcome(source=source)
    rows = [row for desk_id in sorted(adopted) for row in adopted[desk_id]]
    for desk_id in sorted(adopted):
        outcome.desks.append(DeskBrought(desk_id, labels.get(desk_id, desk_id[:8]), len(adopted[desk_id])))
    if rows:
        audit.adopt(event_file, rows)
        resolution = merge_rows.resolve_touched(event_file, {(row["table_name"], row["row_id"]) for row in rows})
        outcome.rows_written = sum(merge_rows.materialise(event_file, resolution).values())
        if event_file.conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            # Cannot happen with whole histories (an entry's desk had every row it refers to), but a desk's
            # segment may refer to another desk's rows not here yet; refused here, with nothing written,
            # rather than failing at commit.
            raise ReferencesNotHere(
                tr("Data dari '{path}' menunjuk ke data yang tidak ada di kedua berkas; tidak digabungkan.").format(
                    path=source
                )
            )
        new_ids = {row["id"] for row in rows}
        outcome.findings = [finding for finding in resolution.findings if finding.involves(new_ids)]
    outcome.changes = Counter((row["table_name"], row["action"]) for row in rows)
    return outcome


def _note_heard(event_file: EventFile, desk_ids: list[str], outcome: MergeOutcome, source: str) -> None:
    brought = {desk.desk_id: desk.entries for desk in outcome.desks}
    at = now_iso()
    labels = desk_labels(event_file)
    for desk_id in desk_ids:
        if desk_id != event_file.actor.desk_id:
            merge_log.record(
                event_file,
                desk_id,
                labels.get(desk_id, ""),
                at=at,
                entries=brought.get(desk_id, 0),
                via=Path(source).name,
            )


def _continuation(
    rows: list[dict[str, Any]], desk_id: str, our_head: tuple[int, str] | None, desk: str, source: str
) -> list[dict[str, Any]]:
    """`rows` if they continue `desk_id`'s chain from `our_head` link by link (numbers, hashes, that desk)."""
    expected_seq, prev_hash = our_head or (0, audit.GENESIS_HASH)
    for row in rows:
        expected_seq += 1
        if (
            not _COMPLETE.issubset(row)
            or row["seq"] != expected_seq
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
