"""Across missions: each mission's booked and realised totals, deals and businesses, and the cumulative sums a
provincial office quotes ("43 misi, Rp17,39 triliun, 1.953 transaksi, 2.812 pelaku usaha")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from eventdesk.domain.enums import OrganisationKind

# The kinds of organisation counted as businesses (pelaku usaha): not offices, associations or the press.
BUSINESS_KINDS = (
    OrganisationKind.COMPANY,
    OrganisationKind.ENTERPRISE,
    OrganisationKind.UMKM,
    OrganisationKind.COOPERATIVE,
)


@dataclass(frozen=True)
class MissionFigures:
    """One mission's figures as its event file holds them."""

    event_id: str
    name: str
    start_date: date | None
    end_date: date | None
    venue: str
    city: str
    booked_idr: int
    realised_idr: int
    deals: int
    businesses: int  # businesses that are buyer or seller of a booked deal
    target_idr: int | None
    source: str  # the file it was read from, as given

    @property
    def sort_key(self) -> tuple[date, str]:
        return (self.start_date or date.max, self.name)


@dataclass(frozen=True)
class MissionsTotal:
    """The cumulative sums over missions; a business taking part in two missions counts in each, as the
    provincial figures do."""

    missions: int
    booked_idr: int
    realised_idr: int
    deals: int
    businesses: int
    first: date | None
    last: date | None


def cumulative(missions: Sequence[MissionFigures]) -> MissionsTotal:
    days = [day for mission in missions for day in (mission.start_date, mission.end_date) if day is not None]
    return MissionsTotal(
        missions=len(missions),
        booked_idr=sum(mission.booked_idr for mission in missions),
        realised_idr=sum(mission.realised_idr for mission in missions),
        deals=sum(mission.deals for mission in missions),
        businesses=sum(mission.businesses for mission in missions),
        first=min(days) if days else None,
        last=max(days) if days else None,
    )
