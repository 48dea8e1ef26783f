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

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from eventdesk.domain.clock import utc_now
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import tr
from eventdesk.domain.merging import SyncedDesk, SyncReport
from eventdesk.domain.models import Actor
from eventdesk.services.merge import MergeService
from eventdesk.store.backup import replace_with_copy
from eventdesk.store.db import open_event_file, open_for_check

SYNC_INTERVAL_SECONDS = 60
_READER = Actor(desk_id="sync-reader", desk_label="sync", operator="sync")
EXCHANGE_PREFIX = "eventdesk-"


@dataclass
class SyncMemory:
    """What earlier rounds did, so an unchanged file is neither copied nor merged again."""

    seen: dict[str, tuple[int, int]] = field(default_factory=dict)  # other desk's file → (mtime, size) last merged
    merged_at: dict[str, datetime] = field(default_factory=dict)  # other desk id → last merged (this run)
    exported: tuple[int, int] | None = None  # change mark of the copy last written


def exchange_folder(folder: Path, event_id: str) -> Path:
    return folder / f"{EXCHANGE_PREFIX}{event_id}"


def event_id_of(event_path: str | os.PathLike) -> str | None:
    """The id of the event in the file (shared by every desk's copy), read without writing anything."""
    event_file = open_for_check(Path(event_path), _READER)
    try:
        return MergeService(event_file).event_id()
    finally:
        event_file.close()


def own_file_name(desk_id: str) -> str:
    return f"{desk_id}.eventdesk"


def sync_once(event_path: str | os.PathLike, folder: str | os.PathLike, actor: Actor, memory: SyncMemory | None = None) -> SyncReport:
    """One round: merge every other desk's new file from the folder, then write this desk's copy there."""
    memory = memory if memory is not None else SyncMemory()
    folder = Path(folder)
    report = SyncReport(at=utc_now(), folder=str(folder))
    if not folder.is_dir():
        report.error = tr("Folder sinkron '{folder}' tidak tersedia (flashdisk dicabut atau jaringan putus?); dicoba lagi.").format(
            folder=folder
        )
        return report
    try:
        # Not a session: opening as a session records the desk, a write that must not come before
        # the merge (a copy restored from a backup first takes back what other desks hold of it).
        event_file = open_event_file(event_path, actor)
    except EventDeskError as error:
        report.error = error.message
        return report
    try:
        merges = MergeService(event_file)
        event_id = merges.event_id()
        exchange = exchange_folder(folder, event_id or "tanpa-acara")
        exchange.mkdir(exist_ok=True)
        own_name = own_file_name(actor.desk_id)
        with tempfile.TemporaryDirectory(prefix="eventdesk-sync-") as scratch:
            for path in sorted(exchange.glob("*.eventdesk")):
                if path.name != own_name:
                    report.desks.append(_merge_one(merges, path, Path(scratch), memory, report))
        mark = merges.change_mark()
        target = exchange / own_name
        if memory.exported != mark or not target.exists():
            replace_with_copy(event_file.path, target)
            memory.exported = mark
            report.exported = True
    except OSError as error:
        report.error = tr("Folder sinkron tidak bisa dipakai ({reason}); dicoba lagi.").format(reason=error.strerror or error)
    except EventDeskError as error:
        report.error = error.message
    finally:
        event_file.close()
    return report


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
