"""The sync folder: each round this desk merges what the other desks wrote there, then writes its own copy.

The folder is a USB stick passed round, a network share, or a folder kept in
step by Syncthing or a similar tool. Inside it each event has a folder of its
own (`eventdesk-<event id>`), and in that each desk writes only its own file
(`<desk id>.eventdesk`), a complete copy of its event file made atomically
(store/backup.py). Other desks' files are copied to the local disk before
they are read. Nothing that goes wrong with the folder is raised: the round's
report says what happened and the next round tries again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from eventdesk.domain.clock import utc_now
from eventdesk.domain.errors import EventDeskError, EventFileBusy
from eventdesk.domain.i18n import tr
from eventdesk.domain.merge_results import SyncedDesk, SyncReport
from eventdesk.domain.models import Actor
from eventdesk.files import paths
from eventdesk.services.desk_copies import attach_copy_guard
from eventdesk.services.merge import MergeService
from eventdesk.store.backup import COPY_SCRATCH_PREFIX, remove_stale_parts, replace_with_copy
from eventdesk.store.db import open_event_file, open_for_check

SYNC_INTERVAL_SECONDS = 60
_READER = Actor(desk_id="sync-reader", desk_label="sync", operator="sync")
EXCHANGE_PREFIX = "eventdesk-"
SCRATCH_PREFIX = "eventdesk-sync-"
STALE_AFTER_SECONDS = 15 * 60  # older scratch copies and partial files were left by a round that was killed
ROUND_LOCK_SECONDS = 120  # a second round of the same desk and folder waits for the first (a round takes seconds)
# Where a removable disk is mounted: an empty folder there is a stick that is not plugged in.
REMOVABLE_ROOTS = ("/media", "/run/media", "/mnt", "/Volumes")


@dataclass
class SyncMemory:
    """What earlier rounds did, so an unchanged file is neither copied nor merged again."""

    seen: dict[str, tuple[int, int]] = field(default_factory=dict)  # other desk's file → (mtime, size) last merged
    merged_at: dict[str, datetime] = field(default_factory=dict)  # other desk id → last merged (this run)
    exported: tuple[int, int] | None = None  # change mark of the copy last written


def exchange_folder(folder: Path, event_id: str) -> Path:
    return folder / f"{EXCHANGE_PREFIX}{event_id}"


def event_id_of(event_path: str | os.PathLike[str]) -> str | None:
    """The id of the event in the file (shared by every desk's copy), read without writing anything."""
    event_file = open_for_check(Path(event_path), _READER)
    try:
        return MergeService(event_file).event_id()
    finally:
        event_file.close()


def own_file_name(desk_id: str) -> str:
    return f"{desk_id}.eventdesk"


def sync_once(
    event_path: str | os.PathLike[str], folder: str | os.PathLike[str], actor: Actor, memory: SyncMemory | None = None
) -> SyncReport:
    """One round: merge every other desk's new file from the folder, then write this desk's copy there."""
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
            own_name = own_file_name(event_file.actor.desk_id)
            with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX) as scratch, copies.merging_first():
                for path in sorted(exchange.glob("*.eventdesk")):
                    if path.name != own_name:
                        report.desks.append(_merge_one(merges, path, Path(scratch), memory, report))
            with event_file.transaction():
                pass  # settles which desk identity this copy writes as, before its file in the folder is named
            report.renamed_to = copies.renamed_to
            mark = merges.change_mark()
            target = exchange / own_file_name(event_file.actor.desk_id)
            if memory.exported != mark or not target.exists():
                replace_with_copy(event_file.path, target)
                memory.exported = mark
                report.exported = True
                report.exported_to = str(target)
    except OSError as error:
        report.error = tr("Folder sinkron tidak bisa dipakai ({reason}); dicoba lagi.").format(
            reason=error.strerror or error
        )
    except EventDeskError as error:
        report.error = error.message
    finally:
        event_file.close()
    return report


@contextlib.contextmanager
def _round_lock(desk_id: str, folder: Path) -> Iterator[None]:
    """One round at a time per desk and folder: two at once would write the same copy over each other."""
    key = hashlib.sha256(f"{desk_id}\0{folder.resolve()}".encode()).hexdigest()[:16]
    lock = FileLock(paths.config_dir() / f"sync-{key}.lock", timeout=ROUND_LOCK_SECONDS)
    try:
        lock.acquire()
    except Timeout:
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


def _merge_one(merges: MergeService, path: Path, scratch: Path, memory: SyncMemory, report: SyncReport) -> SyncedDesk:
    desk_id = path.stem
    synced = SyncedDesk(desk_id=desk_id, label=merges.desk_label(desk_id), last_merged_at=memory.merged_at.get(desk_id))
    try:
        status = path.stat()
        fingerprint = (status.st_mtime_ns, status.st_size)
        if memory.seen.get(path.name) == fingerprint:
            synced.last_merged_at = memory.merged_at.get(desk_id)
            return synced
        local = scratch / path.name
        shutil.copyfile(path, local)
        outcome = merges.merge(local, source=str(path))
    except OSError as error:
        synced.error = tr("tidak terbaca ({reason})").format(reason=error.strerror or error)
        return synced
    except EventDeskError as error:
        synced.error = error.message
        return synced
    memory.seen[path.name] = fingerprint
    memory.merged_at[desk_id] = report.at
    synced.last_merged_at = report.at
    synced.label = merges.desk_label(desk_id)
    report.outcomes.append(outcome)
    return synced
