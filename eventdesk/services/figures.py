"""The figures of the event, from one query path: totals, counts, the executive summary, the recap."""

from __future__ import annotations

from eventdesk.domain.enums import AgreementStatus, TransactionStatus
from eventdesk.domain.figures import EventFigures, TransactionRecap, TransactionTotals
from eventdesk.domain.filters import TransactionFilter
from eventdesk.domain.models import Agreement
from eventdesk.store import agreements, attendees, regions, totals, transactions
from eventdesk.store.db import EventFile


class FiguresService:
    def __init__(self, event_file: EventFile) -> None:
        self._file = event_file

    def transaction_totals(self, selection: TransactionFilter | None = None) -> TransactionTotals:
        """Every total of the booked transactions (of those matching `selection`): the one source of each figure."""
        return totals.transaction_totals(self._file, selection)

    def event_figures(self) -> EventFigures:
        registered, checked_in = attendees.count_attendees(self._file)
        return EventFigures(
            attendees_registered=registered,
            attendees_checked_in=checked_in,
            agreements_signed=agreements.count_signed(self._file),
            transactions=self.transaction_totals(),
        )

    def recap(self) -> TransactionRecap:
        """The transaction recap: the figures, then every booked transaction (read as the report goes) and
        the voided ones.

        Call inside `EventSession.snapshot()` and consume `booked` there, so the lines and the totals are one state.
        """
        voided = transactions.list_transactions(self._file, status=TransactionStatus.VOID)
        return TransactionRecap(
            figures=self.event_figures(),
            booked=transactions.iter_transactions(self._file, TransactionFilter(status=TransactionStatus.BOOKED)),
            voided=voided,
            replaced_by=transactions.replacements(self._file),
            region_names={region.id: region.name for region in regions.list_regions(self._file)},
        )

    def latest_signings(self, limit: int = 5) -> list[Agreement]:
        """Signed agreements, the most recent signing first (the live board)."""
        signed = agreements.list_agreements(self._file, status=AgreementStatus.SIGNED)
        signed.sort(key=lambda a: (a.signed_at is not None, a.signed_at), reverse=True)
        return signed[:limit]
