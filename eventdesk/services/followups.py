"""Following booked deals up after the mission: what became of each, and how much was realised.

A follow-up is a row of its own, never an edit of the deal: the figure booked on
the day stays what was announced. The realised total counts each deal's latest
follow-up (a deal realised in part in August and in full in November counts its
November value once).
"""

from __future__ import annotations

from datetime import date

from eventdesk.domain.clock import in_zone, utc_now
from eventdesk.domain.enums import FollowUpStatus, TransactionStage, TransactionStatus
from eventdesk.domain.errors import InvalidValue, NotAllowed
from eventdesk.domain.figures import host_side
from eventdesk.domain.i18n import tr
from eventdesk.domain.money import amount_of
from eventdesk.domain.realisation import (
    REALISING,
    BookedDeal,
    FollowUp,
    FollowUpMark,
    Realisation,
    latest_marks,
    realisation,
    realised_value,
)
from eventdesk.domain.text import clean_note
from eventdesk.services.settings import SettingsService
from eventdesk.services.transactions import TransactionService
from eventdesk.store import followups
from eventdesk.store.db import EventFile


class FollowUpService:
    def __init__(self, event_file: EventFile, deals: TransactionService, settings: SettingsService) -> None:
        self._file = event_file
        self._deals = deals
        self._settings = settings

    def record(
        self,
        id_or_prefix: str,
        status: FollowUpStatus | str,
        followed_on: date,
        value: int | str | None = None,
        note: str = "",
    ) -> FollowUp:
        """One follow-up of the booked deal `id_or_prefix` (its id or the start of it, as the list shows it)."""
        return self.record_checked(self.checked(id_or_prefix, status, followed_on, value, note))

    def record_checked(self, values: dict[str, object]) -> FollowUp:
        """Write a follow-up that `checked` has made of what was typed."""
        return followups.add_followup(self._file, values)

    def is_recorded(self, values: dict[str, object]) -> bool:
        """Whether this very follow-up is recorded already (a returned worklist read twice)."""
        return followups.has_followup(self._file, values)

    def checked(
        self,
        id_or_prefix: str,
        status: FollowUpStatus | str,
        followed_on: date,
        value: int | str | None = None,
        note: str = "",
    ) -> dict[str, object]:
        """The row a follow-up would write, or the error saying why it cannot be recorded; writes nothing."""
        deal = self._deals.find(id_or_prefix)
        if followed_on > in_zone(utc_now(), self._settings.get().timezone).date():
            raise InvalidValue(
                tr("Tanggal tindak lanjut {day} belum terjadi.").format(day=followed_on.isoformat()), field="date"
            )
        if deal.status is not TransactionStatus.BOOKED:
            raise NotAllowed(tr("Transaksi yang dibatalkan tidak ditindaklanjuti."))
        try:
            status = FollowUpStatus(status)
        except ValueError:
            raise InvalidValue(
                tr("Status tindak lanjut '{status}' tidak dikenal; pilih salah satu: {choices}.").format(
                    status=status, choices=", ".join(s.value for s in FollowUpStatus)
                ),
                field="status",
            ) from None
        realised = amount_of(value, field="value") if value is not None and value != "" else None
        if status in REALISING and realised is None:
            raise InvalidValue(tr("Tulis nilai yang terealisasi."), field="value")
        if status not in REALISING and realised:
            raise InvalidValue(tr("Nilai terealisasi hanya untuk status terealisasi."), field="value")
        return {
            "transaction_id": deal.id,
            "followed_on": followed_on.isoformat(),
            "status": status.value,
            "realised_idr": realised,
            "note": clean_note(note, field="note", label=tr("Catatan")),
            "recorded_by": self._file.actor.operator,
        }

    def of(self, transaction_id: str) -> list[FollowUp]:
        return followups.followups_of(self._file, transaction_id)

    def realised_idr(self) -> int:
        """The realised value of the booked deals: each deal's latest follow-up that carries one."""
        return sum(realised_value(mark) or 0 for mark in self.latest().values())

    def latest(self) -> dict[str, FollowUpMark]:
        """Each followed-up booked deal's latest follow-up (the rule is `domain.realisation.latest_marks`)."""
        return latest_marks(followups.all_marks(self._file))

    def realisation(self, today: date | None = None) -> Realisation:
        """Booked against realised, at 3, 6 and 12 months after the mission and on `today` (the event's today)."""
        settings = self._settings.get()
        host = self._settings.host_region()
        deals = [
            BookedDeal(
                id=row[0],
                booked_idr=row[1],
                stage=TransactionStage(row[3]),
                sector=row[4],
                seller=row[5],
                seller_district=row[6],
                buyer=row[7],
                commodity=row[8],
                host_side=host_side(row[2], row[9], row[10], host.id) if host is not None else None,
            )
            for row in followups.booked_deals(self._file)
        ]
        today = today or in_zone(utc_now(), settings.timezone).date()
        mission_day = settings.end_date or settings.start_date or today
        return realisation(deals, followups.all_marks(self._file), mission_day, today)
