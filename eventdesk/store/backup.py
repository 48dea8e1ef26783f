"""Copies of an event file with SQLite's online backup API: consistent while the file is in use.

A copy is built beside its final name, checked, flushed to disk and only then
renamed into place, so a backup folder never holds a half-written backup
under a backup's name (a USB stick pulled out mid-copy leaves a `.part` file).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from eventdesk.domain.errors import DamagedEventFile, EventFileError
from eventdesk.domain.i18n import tr
from eventdesk.store.db import BUSY_TIMEOUT_MS, inspect_event_file, read_only_uri

PART_SUFFIX = ".part"
COPY_SCRATCH_PREFIX = "eventdesk-copy-"


def copy_event_file(source: Path, target: Path) -> None:
    """Write a consistent copy of the event file `source` to `target` (which must not exist yet).

    The source is read through its own connection (never another thread's), so
    committed changes still in its write-ahead log are part of the copy and a
    writer elsewhere waits at most for one short page copy.
    """
    inspect_event_file(source)
    if target.exists():
        raise EventFileError(tr("Berkas '{path}' sudah ada; pilih nama lain.").format(path=target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise EventFileError(
            tr("Folder '{path}' tidak bisa dibuat: {reason}").format(path=target.parent, reason=error.strerror)
        ) from None
    part = target.with_name(target.name + PART_SUFFIX)
    part.unlink(missing_ok=True)
    try:
        _backup(source, part)
        _verify(part)
        _fsync(part)
        os.replace(part, target)
        _fsync_folder(target.parent)
    except sqlite3.Error as error:
        raise _copy_error(error, source, target) from None
    except OSError as error:
        raise EventFileError(
            tr("Salinan tidak bisa ditulis ke '{path}': {reason}").format(path=target, reason=error.strerror or error)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


def _backup(source: Path, part: Path) -> None:
    reader = sqlite3.connect(read_only_uri(source), uri=True)  # a backup of a file on read-only media works too
    try:
        reader.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        writer = sqlite3.connect(part)
        try:
            reader.backup(writer)
            # A copy is one self-contained file: no -wal beside it on a USB stick.
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def _verify(part: Path) -> None:
    conn = sqlite3.connect(part)
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()
    if result != ["ok"]:
        raise DamagedEventFile(tr("Salinan yang baru dibuat tidak utuh; cadangan dibatalkan."))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename itself
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _copy_error(error: sqlite3.Error, source: Path, target: Path) -> EventFileError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return EventFileError(
            tr("Berkas '{path}' sedang sibuk ditulis; cadangan dicoba lagi nanti.").format(path=source)
        )
    if "disk" in text or "full" in text or "unable to open" in text or "readonly" in text:
        return EventFileError(tr("Salinan tidak bisa ditulis ke '{path}': {reason}").format(path=target, reason=error))
    return DamagedEventFile(tr("Berkas '{path}' terpotong atau rusak ({reason}).").format(path=source, reason=error))


def replace_with_copy(source: Path, target: Path) -> None:
    """Put a copy of the event file `source` in place of `target`, which other desks may be reading.

    For the sync folder: the copy is made and checked on the local disk first, then
    copied beside `target` under a temporary name and renamed over it, so a desk
    reading the folder (or a tool such as Syncthing copying it) never sees half a
    file, and SQLite never has to lock anything on a USB stick or a network share.
    Raises OSError when the folder fails.
    """
    with tempfile.TemporaryDirectory(prefix=COPY_SCRATCH_PREFIX) as folder:
        local = Path(folder) / "copy.eventdesk"
        copy_event_file(source, local)
        # A name of its own: two rounds writing at once must not share (and remove) one partial file.
        partial = target.with_name(f".{target.name}.{os.urandom(6).hex()}{PART_SUFFIX}")
        try:
            shutil.copyfile(local, partial)
            _fsync(partial)
            os.replace(partial, target)
            _fsync_folder(target.parent)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)


def remove_stale_parts(folder: Path, older_than_seconds: float) -> None:
    """Partial copies (`.NAME.….part`) that a killed round left in `folder`."""
    cutoff = time.time() - older_than_seconds
    for part in folder.glob(f".*{PART_SUFFIX}"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()
