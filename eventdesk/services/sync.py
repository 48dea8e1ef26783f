"""The sync folder: each round this desk merges what the other desks wrote there, then writes what it recorded.

The folder is a USB stick passed round, a network share, or a folder kept in
step by Syncthing or a similar tool. Inside it each event has a folder of its
own (`eventdesk-<event id>`, laid out as files/sync_layout.py says). Each desk
writes only its own files there: its new audit entries as change segments that
are never rewritten (files/change_segments.py), a small manifest that is its
heartbeat, and now and then a full copy of its event file for a laptop that
joins late. A round reads only the segments whose entries it lacks (their names
say which), so its cost follows the work done since the last round, not the
size of the event; a full copy is read only when segments cannot bring what it
holds (a gap, or a desk running an older EventDesk). Segments are merged in
short transactions, so a check-in at this desk waits at most one of them.
Nothing that goes wrong with the folder is raised: the round's report says what
happened and the next round tries again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from eventdesk.domain.clock import utc_now
from eventdesk.domain.errors import EventDeskError, EventFileBusy, ForkedDesk, ReferencesNotHere
from eventdesk.domain.i18n import tr
from eventdesk.domain.merge_results import SyncedDesk, SyncReport, fork_guide
from eventdesk.domain.models import Actor
from eventdesk.files import paths, sync_layout
from eventdesk.files.change_segments import ENTRIES_PER_SEGMENT, read_segment, write_segment
from eventdesk.files.sync_layout import DeskFolder, Layout, Manifest, Segment, exchange_folder
from eventdesk.services.desk_copies import attach_copy_guard
from eventdesk.services.sync_memory import SYNC_INTERVAL_SECONDS, SyncMemory
from eventdesk.store.backup import COPY_SCRATCH_PREFIX, remove_stale_parts, replace_with_copy
from eventdesk.store.db import open_event_file, open_for_check
from eventdesk.store.process_lock import LockTimeout, ProcessLock

if TYPE_CHECKING:
    from eventdesk.services.merge import MergeService

__all__ = ["SYNC_INTERVAL_SECONDS", "SyncMemory", "event_id_of", "exchange_folder", "sync_once"]

_READER = Actor(desk_id="sync-reader", desk_label="sync", operator="sync")
SCRATCH_PREFIX = "eventdesk-sync-"
STALE_AFTER_SECONDS = 15 * 60  # older scratch copies and partial files were left by a round that was killed
ROUND_LOCK_SECONDS = 120  # a second round of the same desk and folder waits for the first
FULL_COPY_EVERY_SECONDS = 4 * 60 * 60  # a desk's full copy is written again when older than this and behind
ENTRIES_PER_TRANSACTION = 200  # a segment is merged in slices: a check-in waits for one slice at most
# Where a removable disk is mounted: an empty folder there is a stick that is not plugged in.
REMOVABLE_ROOTS = ("/media", "/run/media", "/mnt", "/Volumes")


def event_id_of(event_path: str | os.PathLike[str]) -> str | None:
    """The id of the event in the file (shared by every desk's copy), read without writing anything."""
    from eventdesk.services.merge import MergeService

    event_file = open_for_check(Path(event_path), _READER)
    try:
        return MergeService(event_file).event_id()
    finally:
        event_file.close()


def sync_once(
    event_path: str | os.PathLike[str],
    folder: str | os.PathLike[str],
    actor: Actor,
    memory: SyncMemory | None = None,
    *,
    full_copy: bool = False,
) -> SyncReport:
    """One round: merge what other desks wrote to the folder, then write this desk's new entries there."""
    # The merge (with the duplicate checks and the name matching it loads) comes with the first round, on the
    # worker that runs it: a window that syncs is not slower to open for it.
    from eventdesk.services.merge import MergeService

    memory = memory if memory is not None else SyncMemory()
    folder = Path(folder)
    report = SyncReport(at=utc_now(), folder=str(folder))
    if not folder.is_dir():
        report.error = tr(
            "Folder sinkron '{folder}' tidak tersedia (flashdisk dicabut atau jaringan putus?); dicoba lagi."
        ).format(folder=folder)
        return report
    _remove_stale_scratch()
    try:
        # Not a session: opening as a session records the desk, a write that must not come before
        # the merge (a copy restored from a backup first takes back what other desks hold of it).
        event_file = open_event_file(event_path, actor)
    except EventDeskError as error:
        report.error = error.message
        return report
    try:
        copies = attach_copy_guard(event_file)
        merges = MergeService(event_file)
        event_id = merges.event_id()
        exchange = exchange_folder(folder, event_id or "tanpa-acara")
        if not exchange.exists() and _on_the_laptops_own_disk(folder):
            report.error = tr(
                "Folder sinkron '{folder}' ada di disk laptop ini, bukan di flashdisk (flashdisk belum terpasang?); "
                "tidak ada yang ditulis."
            ).format(folder=folder)
            return report
        with _round_lock(event_file.actor.desk_id, folder):
            exchange.mkdir(exist_ok=True)
            remove_stale_parts(exchange, STALE_AFTER_SECONDS)
            layout = sync_layout.read_layout(exchange)
            _report_strays(layout, memory, report)
            with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX) as scratch, copies.merging_first():
                for desk in layout.desks.values():
                    synced = _merge_desk(merges, desk, Path(scratch), memory, report)
                    if desk.desk_id != event_file.actor.desk_id:
                        report.desks.append(synced)
                    elif synced.error:
                        # This desk's own files in the folder cannot be taken back: write nothing over them.
                        report.forked_here = synced.forked
                        report.error = fork_guide(synced.label, here=True) if synced.forked else synced.error
                        return report
            with event_file.transaction():
                pass  # settles which desk identity this copy writes as, before its files in the folder are named
            report.renamed_to = copies.renamed_to
            _publish(event_file.path, merges, exchange, layout, memory, report, full_copy=full_copy)
    except OSError as error:
        report.error = tr("Folder sinkron tidak bisa dipakai ({reason}); dicoba lagi.").format(
            reason=error.strerror or error
        )
    except EventDeskError as error:
        report.error = error.message
    finally:
        event_file.close()
    return report


def _merge_desk(
    merges: MergeService, desk: DeskFolder, scratch: Path, memory: SyncMemory, report: SyncReport
) -> SyncedDesk:
    """Merge what this file lacks of one desk: its segments in order, then its full copy if it holds more."""
    manifest = sync_layout.read_manifest(desk.manifest)
    synced = SyncedDesk(
        desk_id=desk.desk_id,
        label=(manifest.label if manifest else "") or merges.desk_label(desk.desk_id),
        last_merged_at=memory.merged_at.get(desk.desk_id),
        heard_at=manifest.heard_at if manifest else None,
    )
    brought = False
    try:
        brought = _merge_segments(merges, desk, report, synced, heard=manifest is None)
        if _full_copy_holds_more(merges, desk, manifest, memory):
            assert desk.full_copy is not None, "checked by _full_copy_holds_more"
            if _merge_full_copy(merges, desk.full_copy, scratch, memory, report, heard=True):
                # It may have filled a gap: the segments after it follow on.
                synced.waiting = ""
                brought = _merge_segments(merges, desk, report, synced, heard=manifest is None) or True
        for conflict_copy in desk.conflict_copies:
            _merge_conflict_copy(merges, conflict_copy, scratch, memory, report)
    except OSError as error:
        synced.error = tr("tidak terbaca ({reason})").format(reason=error.strerror or error)
    except ForkedDesk as error:
        synced.error, synced.forked = error.message, True
    except EventDeskError as error:
        synced.error = error.message
    holds = merges.head_of(desk.desk_id)
    if manifest is not None and holds >= manifest.head and synced.error == "" and not synced.waiting:
        merges.note_heard(desk.desk_id, synced.label, at=min(manifest.heard_at, report.at))
        brought = True  # this file holds everything the desk announced
    if brought:
        memory.merged_at[desk.desk_id] = report.at
        synced.last_merged_at = report.at
    synced.label = merges.desk_label(desk.desk_id)
    return synced


def _merge_segments(
    merges: MergeService, desk: DeskFolder, report: SyncReport, synced: SyncedDesk, *, heard: bool
) -> bool:
    """The desk's segments this file lacks entries of, oldest first, each in slices; stops at a gap.

    With the desk's heartbeat at hand (`heard` False) the merge log takes the heartbeat's time afterwards, so
    "merged" says how recent the desk's data is, not when it arrived."""
    brought = False
    # The desk's own segments first; Syncthing's other versions of them only after (a forked desk's other history).
    for segment in sorted(desk.segments, key=lambda segment: segment.conflict_copy):
        holds = merges.head_of(desk.desk_id)
        if segment.last <= holds and not segment.conflict_copy:
            continue
        if segment.first > holds + 1:
            synced.waiting = tr("menunggu perubahan {first}–{last} (belum sampai)").format(
                first=holds + 1, last=segment.first - 1
            )
            break
        name = _segment_label(segment)
        changes = read_segment(segment.path, label=name)
        if changes.desk_id != desk.desk_id or (changes.first, changes.last) != (segment.first, segment.last):
            raise EventDeskError(tr("'{path}' bukan perubahan meja ini; tidak digabungkan.").format(path=name))
        if segment.conflict_copy:
            # Syncthing's other version of a segment: the same entries, or a forked desk (refused, named).
            report.outcomes.append(merges.merge_changes(changes, source=name, heard=False))
            continue
        new = max(0, holds - changes.first + 1)  # index of the first entry this file lacks
        for start in range(new, len(changes.rows), ENTRIES_PER_TRANSACTION):
            # Each slice starts with the entry before it, which this file holds: a forked history shows there.
            part = changes.rows[max(0, start - 1) : start + ENTRIES_PER_TRANSACTION]
            piece = replace(changes, first=part[0]["seq"], last=part[-1]["seq"], rows=part)
            try:
                outcome = merges.merge_changes(piece, source=name, heard=heard)
            except ReferencesNotHere:
                # Rows of another desk these entries refer to (a deal it booked) are still on their way.
                synced.waiting = tr("perubahan {first}–{last} menunggu data meja lain (belum sampai)").format(
                    first=merges.head_of(desk.desk_id) + 1, last=changes.last
                )
                return brought
            if outcome.changes:
                report.outcomes.append(outcome)
                brought = True
    return brought


def _full_copy_holds_more(
    merges: MergeService, desk: DeskFolder, manifest: Manifest | None, memory: SyncMemory
) -> bool:
    """Whether the desk's full copy is worth reading: new since last read, and holding entries this file lacks
    (by its manifest; without one, a desk on an older EventDesk writes only full copies)."""
    if desk.full_copy is None:
        return False
    status = desk.full_copy.stat()
    if memory.seen.get(desk.full_copy.name) == (status.st_mtime_ns, status.st_size):
        return False
    if manifest is None:
        return True
    heads = merges.heads()
    return any(seq > heads.get(desk_id, 0) for desk_id, seq in manifest.full_copy_heads.items())


def _merge_full_copy(
    merges: MergeService, path: Path, scratch: Path, memory: SyncMemory, report: SyncReport, *, heard: bool
) -> bool:
    """Copy a full copy to the local disk, then merge it (SQLite never opens a file on the stick or share)."""
    status = path.stat()
    local = scratch / path.name
    shutil.copyfile(path, local)
    try:
        outcome = merges.merge(local, source=str(path), figures=False, heard=heard)
    finally:
        local.unlink(missing_ok=True)
    memory.seen[path.name] = (status.st_mtime_ns, status.st_size)
    report.outcomes.append(outcome)
    return bool(outcome.changes)


def _merge_conflict_copy(
    merges: MergeService, path: Path, scratch: Path, memory: SyncMemory, report: SyncReport
) -> None:
    """A conflict copy Syncthing made of a desk's full copy: merged as that desk's older or other version,
    never heard as news of the desk; what goes wrong is a warning naming the file."""
    status = path.stat()
    if memory.seen.get(path.name) == (status.st_mtime_ns, status.st_size):
        return
    try:
        _merge_full_copy(merges, path, scratch, memory, report, heard=False)
    except EventDeskError as error:
        memory.seen[path.name] = (status.st_mtime_ns, status.st_size)
        report.warnings.append(f"{path.name}: {error.message}")


def _publish(
    event_path: Path,
    merges: MergeService,
    exchange: Path,
    layout: Layout,
    memory: SyncMemory,
    report: SyncReport,
    *,
    full_copy: bool,
) -> None:
    """Write this desk's entries the folder lacks as new segments, its full copy when due, and its heartbeat."""
    desk_id = merges.own_desk_id()
    own = layout.desks.get(desk_id, DeskFolder(desk_id))
    heads = merges.heads()
    head = heads.get(desk_id, 0)
    ours = [segment for segment in own.segments if not segment.conflict_copy]
    published = max((segment.last for segment in ours), default=0)
    if ours and not _ends_as_this_file(merges, ours[-1], memory):
        report.forked_here = True
        report.error = fork_guide(merges.desk_label(desk_id), here=True)
        return
    folder = sync_layout.desk_folder(exchange, desk_id)
    folder.mkdir(exist_ok=True)
    for after in range(published, head, ENTRIES_PER_SEGMENT):
        written = write_segment(folder, merges.changes_since(after, min(after + ENTRIES_PER_SEGMENT, head)))
        if written is not None:
            report.exported = True
            report.exported_to = str(written)
    before = sync_layout.read_manifest(own.manifest)
    copy_heads = before.full_copy_heads if before is not None and own.full_copy is not None else {}
    target = sync_layout.full_copy_path(exchange, desk_id)
    due = full_copy or memory.full_copy_requested or own.full_copy is None
    if not due and copy_heads != heads:
        due = time.time() - target.stat().st_mtime > FULL_COPY_EVERY_SECONDS
    if due:
        replace_with_copy(event_path, target)
        copy_heads = heads
        memory.full_copy_requested = False
        report.full_copy_to = str(target)
    sync_layout.write_manifest(
        exchange,
        Manifest(
            event_id=merges.event_id() or "",
            desk_id=desk_id,
            label=merges.desk_label(desk_id),
            head=head,
            heard_at=report.at,
            full_copy_heads=copy_heads,
        ),
    )


def _ends_as_this_file(merges: MergeService, segment: Segment, memory: SyncMemory) -> bool:
    """Whether this desk's newest segment in the folder ends with an entry this file holds (read once a session):
    if not, another laptop writes as this desk, and what this file would write next would not follow it."""
    if segment.path.name in memory.verified:
        return True
    changes = read_segment(segment.path, label=_segment_label(segment))
    last = changes.rows[-1]
    if not merges.holds_entry(changes.desk_id, last["seq"], last["hash"]):
        return False
    memory.verified.add(segment.path.name)
    return True


def _segment_label(segment: Segment) -> str:
    """`<desk id>/<first>-<last>.jsonl`: how a segment is named in messages."""
    return f"{segment.path.parent.name}/{segment.path.name}"


def _report_strays(layout: Layout, memory: SyncMemory, report: SyncReport) -> None:
    """Files in the folder that are no desk's: named once, never read."""
    for stray in layout.strays:
        if stray.name not in memory.warned:
            memory.warned.add(stray.name)
            report.warnings.append(
                tr("'{name}' di folder sinkron bukan berkas meja; diabaikan.").format(name=stray.name)
            )


@contextlib.contextmanager
def _round_lock(desk_id: str, folder: Path) -> Iterator[None]:
    """One round at a time per desk and folder: two at once would write the same copy over each other."""
    key = hashlib.sha256(f"{desk_id}\0{folder.resolve()}".encode()).hexdigest()[:16]
    lock = ProcessLock(paths.config_dir() / f"sync-{key}.lock", timeout=ROUND_LOCK_SECONDS)
    try:
        lock.acquire()
    except LockTimeout:
        raise EventFileBusy(tr("Putaran sinkron lain meja ini masih berjalan; dicoba lagi nanti.")) from None
    try:
        yield
    finally:
        lock.release()


def _on_the_laptops_own_disk(folder: Path) -> bool:
    """A folder where a removable disk is mounted, but on the disk the system runs from: the stick is not in."""
    resolved = folder.resolve()
    if not any(resolved.is_relative_to(root) for root in REMOVABLE_ROOTS):
        return False
    try:
        return resolved.stat().st_dev == Path(resolved.anchor).stat().st_dev
    except OSError:
        return False


def _remove_stale_scratch() -> None:
    """Scratch copies of other desks' files left in the temporary folder by rounds that were killed."""
    cutoff = time.time() - STALE_AFTER_SECONDS
    for prefix in (SCRATCH_PREFIX, COPY_SCRATCH_PREFIX):
        for stale in Path(tempfile.gettempdir()).glob(prefix + "*"):
            with contextlib.suppress(OSError):
                if stale.is_dir() and stale.stat().st_mtime < cutoff:
                    shutil.rmtree(stale, ignore_errors=True)
