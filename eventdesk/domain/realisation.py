"""What became of the deals booked at the mission: booked against realised, at 3, 6 and 12 months and now.

A deal's realised value at a day is that of its latest follow-up up to that day
(by the day it was made, then by when it was written) when that follow-up
carries one (partly realised or realised); a later follow-up replaces an
earlier one, never adds to it. The booked figure of the mission day is never
changed by a follow-up.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventdesk.domain.enums import FollowUpStatus, HostSide, TransactionStage
from eventdesk.domain.i18n import tr

CHECKPOINTS = (3, 6, 12)  # months after the mission at which the realisation is reported
REALISING = (FollowUpStatus.PARTLY_REALISED, FollowUpStatus.REALISED)  # the statuses that carry a value


@dataclass(frozen=True)
class FollowUp:
    """One call about a booked deal after the mission: when, what became of it, how much was realised."""

    id: str
    transaction_id: str
    followed_on: date
    status: FollowUpStatus
    realised_idr: int | None
    note: str
    recorded_by: str
    desk_id: str | None = None


def months_after(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has no such day: 30 November for 31 August)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


@dataclass(frozen=True)
class BookedDeal:
    """A booked deal as the realisation reads it."""

    id: str
    booked_idr: int
    stage: TransactionStage
    sector: str  # "" when none
    seller: str
    seller_district: str  # "" when not known
    buyer: str
    commodity: str
    host_side: HostSide | None  # None when the event has no host region


@dataclass(frozen=True)
class FollowUpMark:
    """One follow-up as the realisation orders it."""

    transaction_id: str
    followed_on: date
    status: FollowUpStatus
    realised_idr: int | None
    written_at: str  # the row's created_at, then its id: the order of two follow-ups of one day
    id: str

    @property
    def order(self) -> tuple[date, str, str]:
        return (self.followed_on, self.written_at, self.id)


@dataclass
class RealisationLine:
    """Booked against realised for one group of deals (a sector, a kabupaten/kota, a side, a stage, or all)."""

    label: str
    booked_idr: int = 0
    deals: int = 0
    realised_idr: int = 0
    realised_deals: int = 0  # deals with a realised value

    def add(self, booked: int, realised: int | None) -> None:
        self.booked_idr += booked
        self.deals += 1
        if realised is not None:
            self.realised_idr += realised
            self.realised_deals += 1

    @property
    def value_rate(self) -> float | None:
        return self.realised_idr / self.booked_idr if self.booked_idr else None

    @property
    def count_rate(self) -> float | None:
        return self.realised_deals / self.deals if self.deals else None


@dataclass(frozen=True)
class Checkpoint:
    """The realisation as it stood a number of months after the mission (None: now)."""

    months: int | None
    day: date
    total: RealisationLine
    followed_deals: int  # deals with any follow-up by then
    reached: bool  # the day has come (a checkpoint in the future is printed as not yet reached)


@dataclass
class Realisation:
    mission_day: date  # the last day of the mission
    today: date
    checkpoints: list[Checkpoint]
    total: RealisationLine
    by_host: list[RealisationLine]
    by_sector: list[RealisationLine]
    by_district: list[RealisationLine]
    by_stage: list[RealisationLine]
    by_status: list[tuple[FollowUpStatus | None, int, int]]  # latest status (None: no follow-up), deals, booked
    not_followed: list[BookedDeal] = field(default_factory=list)  # largest first


def latest_marks(marks: Iterable[FollowUpMark], until: date | None = None) -> dict[str, FollowUpMark]:
    """Each deal's latest follow-up (up to `until`, the whole day)."""
    latest: dict[str, FollowUpMark] = {}
    for mark in marks:
        if until is not None and mark.followed_on > until:
            continue
        current = latest.get(mark.transaction_id)
        if current is None or mark.order > current.order:
            latest[mark.transaction_id] = mark
    return latest


def realised_value(mark: FollowUpMark | None) -> int | None:
    """The value a deal's latest follow-up says is realised, None when it says none."""
    if mark is None or mark.status not in REALISING:
        return None
    return mark.realised_idr or 0


def realisation(
    deals: Sequence[BookedDeal], marks: Sequence[FollowUpMark], mission_day: date, today: date
) -> Realisation:
    """Booked against realised per host side, sector, kabupaten/kota and stage, at each checkpoint and now."""
    now = latest_marks(marks, today)
    checkpoints = []
    for months in (*CHECKPOINTS, None):
        day = months_after(mission_day, months) if months is not None else today
        then = latest_marks(marks, day) if months is not None else now
        line = RealisationLine(tr("Semua transaksi"))
        for deal in deals:
            line.add(deal.booked_idr, realised_value(then.get(deal.id)))
        followed = sum(1 for deal in deals if deal.id in then)
        checkpoints.append(Checkpoint(months, day, line, followed, day <= today))

    def grouped(key: Callable[[BookedDeal], str], order: Callable[[RealisationLine], Any]) -> list[RealisationLine]:
        lines: dict[str, RealisationLine] = {}
        for deal in deals:
            label = key(deal)
            lines.setdefault(label, RealisationLine(label)).add(deal.booked_idr, realised_value(now.get(deal.id)))
        return sorted(lines.values(), key=order)

    largest_first: Callable[[RealisationLine], Any] = lambda line: (-line.booked_idr, line.label)  # noqa: E731
    side_order = {side.label: index for index, side in enumerate(HostSide)}
    stage_order = {stage.label: index for index, stage in enumerate(TransactionStage)}
    statuses: dict[FollowUpStatus | None, list[int]] = {}
    for deal in deals:
        mark = now.get(deal.id)
        sums = statuses.setdefault(mark.status if mark else None, [0, 0])
        sums[0] += 1
        sums[1] += deal.booked_idr
    status_order = [*FollowUpStatus, None]
    return Realisation(
        mission_day=mission_day,
        today=today,
        checkpoints=checkpoints,
        total=checkpoints[-1].total,
        by_host=(
            grouped(lambda d: d.host_side.label if d.host_side else "", lambda line: side_order.get(line.label, 99))
            if any(deal.host_side for deal in deals)
            else []
        ),
        by_sector=grouped(lambda d: d.sector or tr("Tanpa sektor"), largest_first),
        by_district=grouped(lambda d: d.seller_district or tr("Kabupaten/kota tidak diisi"), largest_first),
        by_stage=grouped(lambda d: d.stage.label, lambda line: stage_order.get(line.label, 99)),
        by_status=[(status, statuses[status][0], statuses[status][1]) for status in status_order if status in statuses],
        not_followed=sorted(
            (deal for deal in deals if deal.id not in now), key=lambda d: (-d.booked_idr, d.seller, d.id)
        ),
    )
