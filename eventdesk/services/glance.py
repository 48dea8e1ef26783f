"""A look at an event file before it is opened: what the window shows while the file opens."""

from __future__ import annotations

from pathlib import Path

from eventdesk.store import event


def event_name(path: Path) -> str | None:
    """The event's name in the file at `path`, read without opening it (no check, nothing written); None when
    the file cannot be read so (missing, damaged, not an event file): opening it says why."""
    return event.glance_at_name(path)
