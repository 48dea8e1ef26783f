"""Event files found sound, as they were then: a file not changed since needs no page-by-page check to open.

Opening an event file reads every page first (SQLite's quick_check), so that a damaged
file is refused before anything is written: 0.2 s on a 286 MB event, paid by every
window start and every command-line call. But a file only becomes damaged by being
changed — copied over, synced, torn when a USB stick is pulled mid-write, left with a
WAL by a crash — and every change through the file system moves its change time.
So a file whose identity, size and times are those recorded here, just after it was
checked or after EventDesk closed it cleanly, with no WAL or rollback journal beside
it holding more, is byte for byte the file that was found sound, and is opened
without reading it all again. `eventdesk check` and backups always read it whole.

The record is a small JSON file in the desk's data folder, rewritten whole; losing it
(or two processes writing it at once) only means the next open checks again.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from eventdesk.domain.errors import EventDeskError
from eventdesk.files.atomic_files import write_text_atomically
from eventdesk.files.paths import data_dir

RECORD_NAME = "checked-files.json"
KEPT_FILES = 64  # the most recently found sound; a desk opens a handful of event files


def _record_path() -> Path:
    return data_dir() / RECORD_NAME


def identity(path: Path) -> list[int] | None:
    """What changes whenever the file's bytes can have changed: device, inode, size, modified and changed times."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return [found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns]


def _holds_more(path: Path) -> bool:
    """A WAL with frames, or a rollback journal, beside the file: its pages are not all in the file itself."""
    wal = path.with_name(path.name + "-wal")
    journal = path.with_name(path.name + "-journal")
    try:
        return (wal.exists() and wal.stat().st_size > 0) or journal.exists()
    except OSError:
        return True


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def _read() -> dict[str, list[int]]:
    try:
        found = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, EventDeskError):
        return {}
    return found if isinstance(found, dict) else {}


def unchanged_since_sound(path: Path) -> bool:
    """True when `path` is, by its identity, the file last recorded sound, with nothing beside it to replay."""
    if _holds_more(path):
        return False
    now = identity(path)
    return now is not None and _read().get(_key(path)) == now


def remember_sound(path: Path, *, was: list[int] | None = None) -> None:
    """Record `path` as sound as it is now (just checked, or just closed cleanly by EventDesk); `was`: its
    identity when it was opened, so a file replaced meanwhile by another (a new inode) is not recorded."""
    now = identity(path)
    if now is None or _holds_more(path) or (was is not None and was[:2] != now[:2]):
        return
    record = _read()
    key = _key(path)
    if record.get(key) == now and next(reversed(record)) == key:
        return  # already recorded as it is, and the newest (a file only read since): nothing to rewrite
    record.pop(key, None)
    record[key] = now  # the newest last: the oldest go first when the record is full
    kept = dict(list(record.items())[-KEPT_FILES:])
    with contextlib.suppress(OSError, EventDeskError):
        write_text_atomically(_record_path(), json.dumps(kept), durable=False)
