"""An open event: the event file and every service over it, for one window or one command."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from eventdesk.domain.clock import utc_now
from eventdesk.domain.errors import EventFileError
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Actor, Desk, EventSettings
from eventdesk.files import checked_files
from eventdesk.services.desk_copies import DeskCopies, attach_copy_guard
from eventdesk.store import desks
from eventdesk.store.db import EventFile, open_event_file

if TYPE_CHECKING:
    from eventdesk.domain.documents import DocumentInfo
    from eventdesk.services.agreements import AgreementService
    from eventdesk.services.attendees import AttendeeService
    from eventdesk.services.documents import DocumentService
    from eventdesk.services.duplicates import DuplicateService
    from eventdesk.services.figures import FiguresService
    from eventdesk.services.followup_sheet import FollowUpSheetService
    from eventdesk.services.followups import FollowUpService
    from eventdesk.services.merge import MergeService
    from eventdesk.services.organisations import OrganisationService
    from eventdesk.services.registration_import import RegistrationImportService
    from eventdesk.services.settings import SettingsService
    from eventdesk.services.transactions import TransactionService


class EventSession:
    """The services of one open event file, all writing as the same desk and operator."""

    def __init__(self, event_file: EventFile, copies: DeskCopies | None = None) -> None:
        self.file = event_file
        self.copies = copies
        self._opened_as = checked_files.identity(event_file.path)  # sound: checked, or unchanged since

    # Each service is made once, when first used, and those that need a sibling are handed it (a new buyer
    # typed in a deal form is created by the one organisation service). Made on first use, a command that
    # checks one attendee in imports what a check-in needs, not the import, the reports and the merge.

    @cached_property
    def settings(self) -> SettingsService:
        from eventdesk.services.settings import SettingsService

        return SettingsService(self.file)

    @cached_property
    def organisations(self) -> OrganisationService:
        from eventdesk.services.organisations import OrganisationService

        return OrganisationService(self.file)

    @cached_property
    def attendees(self) -> AttendeeService:
        from eventdesk.services.attendees import AttendeeService

        return AttendeeService(self.file, self.organisations)

    @cached_property
    def imports(self) -> RegistrationImportService:
        from eventdesk.services.registration_import import RegistrationImportService

        return RegistrationImportService(self.file, self.attendees)

    @cached_property
    def agreements(self) -> AgreementService:
        from eventdesk.services.agreements import AgreementService

        return AgreementService(self.file, self.organisations)

    @cached_property
    def transactions(self) -> TransactionService:
        from eventdesk.services.transactions import TransactionService

        return TransactionService(self.file, self.organisations)

    @cached_property
    def figures(self) -> FiguresService:
        from eventdesk.services.figures import FiguresService

        return FiguresService(self.file, lambda: self.settings.get().host_region_id)

    @cached_property
    def merges(self) -> MergeService:
        from eventdesk.services.merge import MergeService

        return MergeService(self.file, self.figures)

    @cached_property
    def followups(self) -> FollowUpService:
        from eventdesk.services.followups import FollowUpService

        return FollowUpService(self.file, self.transactions, self.settings)

    @cached_property
    def followup_sheets(self) -> FollowUpSheetService:
        from eventdesk.services.followup_sheet import FollowUpSheetService

        return FollowUpSheetService(self.file, self.followups, self.settings)

    @cached_property
    def duplicates(self) -> DuplicateService:
        from eventdesk.services.duplicates import DuplicateService

        return DuplicateService(self.file, self.organisations, self.attendees)

    @cached_property
    def documents(self) -> DocumentService:
        from eventdesk.services.documents import DocumentService

        return DocumentService(
            self.file,
            self.settings,
            self.attendees,
            self.agreements,
            self.transactions,
            self.figures,
            self.followups,
        )

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def actor(self) -> Actor:
        return self.file.actor

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @property
    def copy_notice(self) -> str | None:
        """Said once when this copy of the file was given a desk identity of its own (see services/desk_copies.py)."""
        if self.copies is None or self.copies.renamed_to is None:
            return None
        return tr(
            "Berkas ini salinan lain dari acara yang sudah ditulis meja ini di tempat lain; "
            "agar riwayat meja tidak bercabang, salinan ini menulis sebagai '{label}'."
        ).format(label=self.copies.renamed_to)

    @property
    def last_saved_at(self) -> str | None:
        """UTC time of this session's last committed write."""
        return self.file.last_commit_at

    def forget_cached(self, tables: frozenset[str]) -> None:
        """Another connection changed `tables` (a merge, an import): what this session keeps is read again."""
        if "event" in tables:
            self.settings.forget()

    def on_change(self, listener: Callable[[frozenset[str]], None]) -> None:
        """Call `listener(tables)` after each committed change made through this session."""
        self.file.add_commit_listener(listener)

    def change_actor(self, actor: Actor) -> None:
        """Another operator (or desk label) at this desk: recorded on every later write."""
        self.file.actor = self.copies.actor_for(actor) if self.copies is not None else actor
        if not self.read_only:
            desks.register_desk(self.file)

    def desks(self) -> list[Desk]:
        return desks.list_desks(self.file)

    def snapshot(self) -> contextlib.AbstractContextManager[EventFile]:
        """One consistent view of the file for several reads (a report's totals and its lines)."""
        return self.file.snapshot()

    def document_info(self, title: str) -> DocumentInfo:
        """Header and footer facts for a document made now at this desk."""
        from eventdesk.domain.documents import DocumentInfo  # the date formatting: for documents only

        return DocumentInfo(
            title,
            self.settings.get(),
            self.actor.desk_label,
            self.actor.operator,
            utc_now(),
            coverage=self.merges.coverage(),
            desk_id=self.actor.desk_id,
        )

    def close(self) -> None:
        """Close the file; closed cleanly (its WAL folded back), it is recorded sound as it is now: it was
        sound when opened and only SQLite's transactions have written it since."""
        self.file.close()
        checked_files.remember_sound(self.file.path, was=self._opened_as)


def open_session(path: str | os.PathLike[str], actor: Actor, *, read_only: bool = False) -> EventSession:
    """Open an existing event file, recording this desk in it."""
    event_file = open_event_file(
        path,
        actor,
        read_only=read_only,
        known_sound=checked_files.unchanged_since_sound(Path(path)),
        on_checked=checked_files.remember_sound,
    )
    try:
        session = EventSession(event_file, None if read_only else attach_copy_guard(event_file))
        if not read_only:
            desks.register_desk(event_file)
            if not session.settings.is_initialised():
                session.settings.initialise()
        return session
    except BaseException:
        event_file.close()
        raise


def create_event(path: str | os.PathLike[str], actor: Actor, settings: EventSettings | None = None) -> EventSession:
    """A new event file at `path` (which must not hold anything yet), set up with `settings`."""
    path = Path(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise EventFileError(tr("Berkas '{path}' sudah ada; pilih nama lain.").format(path=path))
    event_file = open_event_file(path, actor, create=True)
    try:
        copies = attach_copy_guard(event_file)
        desks.register_desk(event_file)
        session = EventSession(event_file, copies)
        session.settings.initialise(settings)
        return session
    except BaseException:
        event_file.close()
        raise
