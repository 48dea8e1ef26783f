"""Who has arrived: the check-in counters shown at the door and totalled in the attendee report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from eventdesk.domain.clock import format_long_date, in_zone, written_time
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee


@dataclass(frozen=True)
class AttendanceLine:
    """One line of a breakdown: a label, how many registered and how many checked in."""

    label: str
    registered: int
    checked_in: int


@dataclass
class Attendance:
    registered: int = 0
    checked_in: int = 0
    by_category: list[AttendanceLine] = field(default_factory=list)
    by_region: list[AttendanceLine] = field(default_factory=list)


def checked_in_when(checked_in_at: datetime, zone_name: str, now: datetime) -> str:
    """When someone checked in, as the door says it: `pukul 08.05` today, with the date on another day
    (a badge used again the next morning, or lent to someone else)."""
    local = in_zone(checked_in_at, zone_name)
    time = written_time(local)
    if local.date() == in_zone(now, zone_name).date():
        return tr("pukul {time}").format(time=time)
    return tr("{date} pukul {time}").format(date=format_long_date(local.date()), time=time)


def by_delegation(attendees: Sequence[Attendee], region_order: Sequence[str]) -> list[Attendee]:
    """Attendees as delegations sit: by region (in `region_order`, those without one last), then organisation
    (those without one last), then name. The attendee list and the sign-in sheet print them in this order."""
    order = {name: index for index, name in enumerate(region_order)}

    def key(attendee: Attendee) -> tuple[int, str, int, str, str, str, str]:
        region = attendee.region_name or ""
        organisation = attendee.organisation_name or ""
        return (
            order.get(region, len(order) + (1 if not region else 0)),
            region.casefold(),
            0 if organisation else 1,
            organisation.casefold(),
            attendee.organisation_id or "",
            attendee.full_name.casefold(),
            attendee.code,
        )

    return sorted(attendees, key=key)
