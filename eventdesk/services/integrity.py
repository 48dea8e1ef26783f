"""`check`: is an event file sound? Opens it read-only and reports every problem in words."""

from __future__ import annotations

import os
from pathlib import Path

from eventdesk.domain.errors import EventFileError
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Actor
from eventdesk.store import integrity
from eventdesk.store.db import open_for_check

_CHECKER = Actor(desk_id="check", desk_label="check", operator="check")


def check_event_file(path: str | os.PathLike) -> list[str]:
    """One line per problem; empty when the file is sound. Never writes to the file."""
    path = Path(path)
    if not path.exists():
        return [tr("Berkas acara '{path}' tidak ditemukan.").format(path=path)]
    try:
        event_file = open_for_check(path, _CHECKER)
    except EventFileError as error:
        return [error.message]
    try:
        return integrity.find_problems(event_file)
    finally:
        event_file.close()
