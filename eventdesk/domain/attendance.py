"""Who has arrived: the check-in counters shown at the door and totalled in the attendee report."""

from __future__ import annotations

from dataclasses import dataclass, field


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
