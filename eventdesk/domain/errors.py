"""Named errors the UI and the command line turn into messages.

Each carries a message already in the user's language; `field` names the form
field a validation error belongs to, so a form can show it next to that field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventdesk.domain.schedule import Conflict


class EventDeskError(Exception):
    """Base of every error EventDesk expects and explains to the user."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class InvalidValue(EventDeskError):
    """A value typed or imported by a user that cannot be accepted."""


class InvalidAmount(InvalidValue):
    """An amount of money that cannot be read or is not allowed."""


class NotFound(EventDeskError):
    """A row, code or name that does not exist in the event file."""


class DuplicateAttendee(EventDeskError):
    """The person is already registered."""

    def __init__(self, message: str, *, existing_id: str, probable: bool = False, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.existing_id = existing_id
        self.probable = probable


class ScheduleConflict(EventDeskError):
    """A slot would clash with another (signatory or spot booked twice, outside hours, …)."""

    def __init__(self, message: str, *, conflicts: list[Conflict] | None = None) -> None:
        super().__init__(message)
        self.conflicts = list(conflicts or [])


class NotAllowed(EventDeskError):
    """An operation the rules forbid in the current state (e.g. deleting a checked-in attendee)."""


class EventFileError(EventDeskError):
    """An event file that cannot be opened or written."""


class NotAnEventFile(EventFileError):
    """A text file, another application's SQLite database, anything but an EventDesk file."""


class NewerEventFile(EventFileError):
    """A file written by a newer EventDesk than this one."""


class DamagedEventFile(EventFileError):
    """A file that fails SQLite's integrity check or is cut short."""


class EventFileBusy(EventFileError):
    """Another program holds the write lock of the file for too long."""


class ReadOnlyEventFile(EventFileError):
    """A write was attempted on a file opened read-only."""


class SettingsUnavailable(EventDeskError):
    """The per-user folders (settings, desk identity, logs, backups) cannot be made or written."""


class MergeRefused(EventDeskError):
    """Another desk's file that cannot be merged into this one (another event, a forked or damaged history)."""


class ForkedDesk(MergeRefused):
    """A desk's history in another file (or change segment) that parted from its history here: the desk's
    identity was used on two laptops, or an old copy was written to again."""


class ReferencesNotHere(MergeRefused):
    """Entries that refer to rows neither file holds. From a whole file it cannot happen; from one desk's change
    segment it can: the rows of another desk it refers to (a follow-up of a deal merged from that desk) have
    not arrived yet."""


class UnreadableFile(EventDeskError):
    """A file to import that cannot be read as a list: missing, password-protected, not a spreadsheet."""
