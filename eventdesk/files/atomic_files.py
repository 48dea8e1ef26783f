"""Small per-user files written whole or not at all: a temporary file beside the target, renamed over it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_text_atomically(path: Path, text: str, *, durable: bool = True) -> None:
    """Replace `path` with `text`; readers see the old or the new file, never half of one.

    `durable` flushes to the disk before the rename (the settings with the desk identity); without
    it a power cut may lose the last write but never leaves a broken file (the desk-copy records,
    written after every booking, where an older record is still safe).
    """
    write_bytes_atomically(path, text.encode("utf-8"), durable=durable)


def write_bytes_atomically(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data`, as write_text_atomically does."""
    import tempfile  # loaded by the first write: a command that only reads (`totals`) never needs it

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
