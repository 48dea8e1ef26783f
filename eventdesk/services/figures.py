"""The figures of the event, from one query path: totals, counts, the executive summary, the recap."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from eventdesk.domain.clock import in_zone, local_moment, to_iso
from eventdesk.domain.enums import AgreementStatus, TransactionStatus
from eventdesk.domain.figures import CommodityShare, EventFigures, TransactionRecap, TransactionTotals
from eventdesk.domain.filters import TransactionFilter, TransactionOrder
from eventdesk.domain.models import Agreement, EventSettings, Transaction
from eventdesk.services.latest_read import LatestRead
from eventdesk.store import agreements, attendees, regions, totals, transactions
from eventdesk.store.db import EventFile

if TYPE_CHECKING:
    from eventdesk.domain.day_curve import DayCurve


class FiguresService:
    def __init__(self, event_file: EventFile, host_region_id: Callable[[], str | None] = lambda: None) -> None:
        self._file = event_file
        self._host_region_id = host_region_id  # the settings' choice, read from the kept settings
        self._figures_now = LatestRead(event_file, lambda: self._event_figures(None))

    def transaction_totals(
        self, selection: TransactionFilter | None = None, at: datetime | None = None
    ) -> TransactionTotals:
        """Every total of the booked transactions (of those matching `selection`, or of all as they stood `at`):
        the one source of each figure."""
        return totals.transaction_totals(self._file, selection, to_iso(at) if at else None, self._host_region_id())

    def event_figures(self, at: datetime | None = None) -> EventFigures:
        """The headline figures, now or as they were announced `at` (deals booked later not counted, a void or
        a check-in made later not yet made). Now's are read again only when the file has changed."""
        return self._figures_now() if at is None else self._event_figures(at)

    def _event_figures(self, at: datetime | None) -> EventFigures:
        moment = to_iso(at) if at else None
        registered, checked_in = attendees.count_attendees(self._file, moment)
        return EventFigures(
            attendees_registered=registered,
            attendees_checked_in=checked_in,
            agreements_signed=agreements.count_signed(self._file, moment),
            transactions=self.transaction_totals(at=at),
        )

    def by_commodity(self) -> list[CommodityShare]:
        """Booked value and volume per commodity and unit, largest value first."""
        return [CommodityShare(*row) for row in transactions.commodity_sums(self._file)]

    def businesses(self) -> int:
        """Businesses (pelaku usaha: companies, BUMN/BUMD, UMKM, cooperatives) that are party to a booked deal."""
        from eventdesk.domain.missions import BUSINESS_KINDS

        return transactions.party_count(self._file, [kind.value for kind in BUSINESS_KINDS])

    def largest(self, limit: int) -> list[Transaction]:
        """The `limit` largest booked deals, largest first (the "10 besar" the press prints)."""
        booked = TransactionFilter(status=TransactionStatus.BOOKED)
        keys = transactions.transaction_keys(self._file, booked, TransactionOrder.VALUE, descending=True)[:limit]
        return [deal for deal in transactions.transactions_at(self._file, keys) if deal is not None]

    def by_hour(self, days: list[date], day_start: time, day_end: time, zone: str) -> list[tuple[datetime, int]]:
        """The booked total at the end of each hour of the event's days (the curve of the day, as announced)."""
        from eventdesk.domain.day_curve import hour_ends

        moments = [moment for day in days for moment in hour_ends(day, day_start, day_end, zone)]
        return list(zip(moments, totals.booked_totals_at(self._file, [to_iso(m) for m in moments]), strict=True))

    def day_curve(self, settings: EventSettings, now: datetime) -> DayCurve | None:
        """The curve of the mission day the screens show: today's (up to now) during the event, else the last
        day's; None for an event without days."""
        # The curve's modules load with the first curve: a command that prints totals does not draw one.
        from eventdesk.domain.day_curve import DayCurve, curve_day, hour_ends
        from eventdesk.domain.schedule import event_days

        day = curve_day(event_days(settings), in_zone(now, settings.timezone).date())
        if day is None:
            return None
        moments = [m for m in hour_ends(day, settings.day_start, settings.day_end, settings.timezone) if m <= now]
        if not moments or moments[-1] < now <= local_moment(day, 23, 59, settings.timezone):
            moments.append(now)  # the point of this very minute, during the day
        points = list(zip(moments, totals.booked_totals_at(self._file, [to_iso(m) for m in moments]), strict=True))
        return DayCurve(day, points, settings.target_idr)

    def recap(self) -> TransactionRecap:
        """The transaction recap: the figures, then every booked transaction (read as the report goes) and
        the voided ones.

        Call inside `EventSession.snapshot()` and consume `booked` there, so the lines and the totals are one state.
        """
        voided = transactions.list_transactions(self._file, status=TransactionStatus.VOID)
        return TransactionRecap(
            figures=self.event_figures(),
            booked=transactions.iter_recap_lines(self._file),
            voided=voided,
            replaced_by=transactions.replacements(self._file),
            region_names={region.id: region.name for region in regions.list_regions(self._file)},
            commodities=self.by_commodity(),
        )

    def latest_signings(self, limit: int = 5) -> list[Agreement]:
        """Signed agreements, the most recent signing first (the live board)."""
        signed = agreements.list_agreements(self._file, status=AgreementStatus.SIGNED)
        signed.sort(key=lambda a: (a.signed_at is not None, a.signed_at), reverse=True)
        return signed[:limit]
