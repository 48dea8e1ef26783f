"""What the signing run-sheet lists: per day and spot, the slots in time order with their conflicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from eventdesk.domain.clock import in_zone
from eventdesk.domain.enums import AgreementStatus, SpotKind
from eventdesk.domain.models import Agreement, EventSettings
from eventdesk.domain.schedule import Conflict

ON_THE_SHEET = (AgreementStatus.SCHEDULED, AgreementStatus.SIGNED, AgreementStatus.POSTPONED, AgreementStatus.CANCELLED)


@dataclass
class RunSheetEntry:
    agreement: Agreement
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def skipped(self) -> bool:
        """Postponed and cancelled slots stay on the sheet so the MC knows to pass over them."""
        return self.agreement.status in (AgreementStatus.POSTPONED, AgreementStatus.CANCELLED)


@dataclass
class RunSheetSection:
    day: date
    spot: str
    spot_kind: SpotKind | None  # None: a spot the settings no longer name
    entries: list[RunSheetEntry]


@dataclass
class RunSheet:
    timezone: str
    sections: list[RunSheetSection]
    unscheduled: list[Agreement]  # drafts: not on the sheet, counted at its end

    @property
    def entries(self) -> list[RunSheetEntry]:
        return [entry for section in self.sections for entry in section.entries]

    def running_order(self) -> list[tuple[date, list[RunSheetEntry]]]:
        """Each day's slots in one order for the MC: by start time, then by spot as the settings list them."""
        days: dict[date, list[tuple[int, RunSheetEntry]]] = defaultdict(list)
        for position, section in enumerate(self.sections):  # sections come in day, then spot order
            days[section.day] += [(position, entry) for entry in section.entries]
        return [
            (day, [entry for _, entry in sorted(pairs, key=lambda p: (p[1].agreement.placed.starts_at, p[0]))])
            for day, pairs in sorted(days.items())
        ]


def build_run_sheet(
    agreements: Iterable[Agreement], settings: EventSettings, conflicts: Mapping[str, list[Conflict]] | None = None
) -> RunSheet:
    """Sections by day, then by spot in the settings' order (spots they do not name after, by name)."""
    conflicts = conflicts or {}
    zone_name = settings.timezone
    spot_order = {spot.name: index for index, spot in enumerate(settings.spots)}
    spot_kinds = {spot.name: spot.kind for spot in settings.spots}
    grouped: dict[tuple[date, str], list[RunSheetEntry]] = defaultdict(list)
    unscheduled = []
    for agreement in agreements:
        if agreement.slot is None or agreement.status not in ON_THE_SHEET:
            if agreement.status is AgreementStatus.DRAFT:
                unscheduled.append(agreement)
            continue
        day = in_zone(agreement.slot.starts_at, zone_name).date()
        grouped[(day, agreement.slot.spot)].append(RunSheetEntry(agreement, list(conflicts.get(agreement.id, []))))
    sections = []
    for day, spot in sorted(grouped, key=lambda key: (key[0], spot_order.get(key[1], len(spot_order)), key[1])):
        entries = sorted(
            grouped[(day, spot)], key=lambda e: (e.agreement.placed.starts_at, e.agreement.number, e.agreement.title)
        )
        sections.append(RunSheetSection(day, spot, spot_kinds.get(spot), entries))
    return RunSheet(zone_name, sections, unscheduled)
