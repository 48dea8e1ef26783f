"""What each document prints, read in one place for the command line and the Laporan screen alike.

`inputs(kind, options)` reads everything a document needs and hands it to
`reports/assemble.py`, which picks the layout; both run on the worker (the
screen) or in the command, inside one `EventSession.snapshot()` so the lines
and the totals of a document are one state of the file. A document and its
options exist here once: the screen and the command line cannot drift apart.
"""

from __future__ import annotations

from eventdesk.domain.attendee_query import AttendeeQuery, AttendeeSort
from eventdesk.domain.clock import utc_now
from eventdesk.domain.document_kinds import DocumentOptions, document_kind
from eventdesk.domain.documents import DocumentInfo, DocumentInputs
from eventdesk.domain.i18n import tr
from eventdesk.domain.press import LARGEST_SHOWN, PressFacts
from eventdesk.domain.schedule import event_days
from eventdesk.services.agreements import AgreementService
from eventdesk.services.attendees import AttendeeService
from eventdesk.services.figures import FiguresService
from eventdesk.services.followups import FollowUpService
from eventdesk.services.settings import SettingsService
from eventdesk.services.transactions import TransactionService
from eventdesk.store import transactions
from eventdesk.store.db import EventFile


class DocumentService:
    def __init__(
        self,
        event_file: EventFile,
        settings: SettingsService,
        attendees: AttendeeService,
        agreements: AgreementService,
        deals: TransactionService,
        figures: FiguresService,
        followups: FollowUpService,
    ) -> None:
        self._file = event_file
        self._settings = settings
        self._attendees = attendees
        self._agreements = agreements
        self._deals = deals
        self._figures = figures
        self._followups = followups

    def inputs(self, key: str, info: DocumentInfo, options: DocumentOptions | None = None) -> DocumentInputs:
        """What document `key` prints (call inside the session's snapshot and render there)."""
        options = options or DocumentOptions()
        document_kind(key)  # an unknown key is a mistake of the caller, not of the user
        data: object
        if key in ("summary", "minutes"):
            data = self.press_facts()
        elif key == "agreements":
            data = self._agreements.signed_summary()
        elif key == "schedule":
            data = self._agreements.run_sheet()
        elif key == "transactions":
            data = self._figures.recap()
        elif key == "realisation":
            data = self._followups.realisation()
        elif key == "attendees":
            data = (
                self._attendees.matching(AttendeeQuery()),
                self._attendees.attendance(),
                [region.name for region in self._settings.regions()],
            )
        elif key == "attendance":
            settings = self._settings.get()
            data = (
                self._attendees.matching(AttendeeQuery()),
                event_days(settings),
                [region.name for region in self._settings.regions()],
            )
        else:
            data = self._attendees.matching(
                AttendeeQuery(sort=AttendeeSort.NAME, badge_printed=False if options.not_printed else None)
            )
        return DocumentInputs(key, info, data, options)

    def press_facts(self) -> PressFacts:
        """The executive summary's facts: figures, signed agreements, the ten largest deals, what is linked."""
        linked_count, linked_value = transactions.linked_to_agreements(self._file)
        return PressFacts(
            figures=self._figures.event_figures(),
            signed=self._agreements.signed_summary(),
            largest=self._figures.largest(LARGEST_SHOWN),
            host_name=host.name if (host := self._settings.host_region()) else "",
            linked_count=linked_count,
            linked_value_idr=linked_value,
            curve=self._figures.day_curve(self._settings.get(), utc_now()),
        )

    @staticmethod
    def title(key: str) -> str:
        return tr(document_kind(key).title)
