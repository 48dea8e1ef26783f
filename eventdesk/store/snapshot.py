"""A consistent copy of an open event file, written where another desk can read it, all or nothing.

SQLite's backup API takes a snapshot while the desk keeps working. The copy is
made on the local disk first and only then copied to the target folder under a
temporary name and renamed over the old one, so a desk reading the folder (or a
tool such as Syncthing copying it) never sees half a file, and SQLite itself
never has to lock anything on a USB stick or a network share.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


def write_copy(event_file: EventFile, target: Path) -> None:
    """Replace `target` with a copy of the event file as it is now (raises OSError when the folder fails)."""
    with tempfile.TemporaryDirectory(prefix="eventdesk-copy-") as folder:
        local = Path(folder) / "copy.eventdesk"
        destination = sqlite3.connect(local)
        try:
            event_file.conn.backup(destination)
            # A copy in rollback-journal mode is one self-contained file, readable from read-only media.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        partial = target.with_name(f".{target.name}.partial")
        try:
            shutil.copyfile(local, partial)
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise

