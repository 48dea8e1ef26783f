"""The figures of the event, from one query path: totals, counts, the executive summary."""

from __future__ import annotations

from eventdesk.domain.figures import EventFigures, TransactionTotals
from eventdesk.store import agreements, attendees, totals
from eventdesk.store.db import EventFile


class FiguresService:
    def __init__(self, event_file: EventFile) -> None:
        self._file = event_file

    def transaction_totals(self) -> TransactionTotals:
        return totals.transaction_totals(self._file)

    def event_figures(self) -> EventFigures:
        registered, checked_in = attendees.count_attendees(self._file)
        return EventFigures(
            attendees_registered=registered,
            attendees_checked_in=checked_in,
            agreements_signed=agreements.count_signed(self._file),
            transactions=self.transaction_totals(),
        )
