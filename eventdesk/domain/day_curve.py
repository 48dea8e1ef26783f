"""The curve of the mission day: the booked total at the end of each hour, as it would have been announced then.

The press follows the figure through the day ("Rp666 miliar early, Rp834,5 miliar by noon"); the
dashboard, the live board and the executive summary draw it small, against the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from eventdesk.domain.clock import in_zone, local_moment, written_time
from eventdesk.domain.models import EventSettings
from eventdesk.domain.money import format_compact


@dataclass(frozen=True)
class DayCurve:
    day: date
    points: list[tuple[datetime, int]]  # (end of the hour, UTC; booked total then), up to now
    target_idr: int | None

    @property
    def highest(self) -> int:
        return max([total for _, total in self.points] + [self.target_idr or 0])


def hour_ends(day: date, day_start: time, day_end: time, zone: str) -> list[datetime]:
    """The end of each hour of the event's day in `zone`, from the first full hour after `day_start` to the end
    of the hour holding `day_end` (23.59 for the last hour of the day)."""
    moments = []
    hour = day_start.hour + 1
    while hour <= day_end.hour + (1 if day_end.minute else 0):
        moments.append(local_moment(day, hour, 0, zone) if hour < 24 else local_moment(day, 23, 59, zone))
        hour += 1
    return moments


def curve_day(days: Sequence[date], today: date) -> date | None:
    """The day the curve shows: today when it is an event day, else the last event day before it, else the first."""
    if not days:
        return None
    ordered = sorted(days)
    if today in ordered:
        return today
    past = [day for day in ordered if day < today]
    return past[-1] if past else ordered[0]


@dataclass(frozen=True)
class CurvePoints:
    """What the chart draws: points across the day (0 = start, 1 = end), hour ticks, the target and the texts."""

    points: list[tuple[float, int]]
    ticks: list[tuple[float, str]]
    target: int | None
    target_text: str
    last_text: str


def curve_points(curve: DayCurve, settings: EventSettings, target_caption: str) -> CurvePoints:
    """The day's curve placed across the event's hours, ticks every two hours, labels in the event's zone."""
    zone = settings.timezone
    start = local_moment(curve.day, settings.day_start.hour, settings.day_start.minute, zone)
    end = local_moment(curve.day, settings.day_end.hour, settings.day_end.minute, zone)
    span = max((end - start).total_seconds(), 1.0)

    def place(moment_seconds: float) -> float:
        return min(1.0, max(0.0, moment_seconds / span))

    points = [(0.0, 0)] + [(place((moment - start).total_seconds()), total) for moment, total in curve.points]
    ticks = []
    hour = settings.day_start.hour
    while hour <= settings.day_end.hour:
        moment = local_moment(curve.day, hour, 0, zone)
        if moment >= start:
            ticks.append((place((moment - start).total_seconds()), written_time(in_zone(moment, zone))))
        hour += 2
    last = curve.points[-1] if curve.points else None
    return CurvePoints(
        points,
        ticks,
        curve.target_idr,
        f"{target_caption} {format_compact(curve.target_idr)}" if curve.target_idr else "",
        f"{format_compact(last[1])} · {written_time(in_zone(last[0], zone))}" if last else "",
    )
