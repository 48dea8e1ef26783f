"""The last result of a read of the whole event, given again while the file holds what it held then.

The dashboard's figures and Check-in's counters are read over every deal and
every attendee (20 to 30 ms each at 100,000 deals and 20,000 attendees). At
start they are read on the worker that opens the file, while the screens'
modules load, and the screens find them ready; later, a screen shown again
with nothing changed reads nothing. The result is kept with the file's content
state (see `EventFile.content_state`) and the language its labels are in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from eventdesk.domain.i18n import language

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

T = TypeVar("T")


class LatestRead(Generic[T]):
    def __init__(self, event_file: EventFile, read: Callable[[], T]) -> None:
        self._file = event_file
        self._read = read
        self._kept: tuple[tuple[int, int, str], T] | None = None

    def __call__(self) -> T:
        data_version, changes = self._file.content_state()
        key = (data_version, changes, language())
        kept = self._kept
        if kept is not None and kept[0] == key:
            return kept[1]
        value = self._read()
        self._kept = (key, value)
        return value
