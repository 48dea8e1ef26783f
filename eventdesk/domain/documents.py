"""What every printed document says about itself: title, event, desk, operator, time made."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from eventdesk.domain.clock import format_long_date, in_zone, written_time, zone_abbreviation
from eventdesk.domain.codes import desk_name
from eventdesk.domain.document_kinds import DocumentOptions
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import EventSettings

if TYPE_CHECKING:
    from eventdesk.domain.merge_results import Coverage


def event_dates(event: EventSettings) -> str:
    """The event's day(s) with their weekday: `Kamis, 8 Mei 2025`."""
    if event.start_date is None:
        return ""
    if event.end_date is None or event.end_date == event.start_date:
        return format_long_date(event.start_date, weekday=True)
    return f"{format_long_date(event.start_date, weekday=True)} – {format_long_date(event.end_date, weekday=True)}"


@dataclass(frozen=True)
class DocumentInfo:
    """Where a document came from, printed in its header and footer."""

    title: str
    event: EventSettings
    desk_label: str
    operator: str
    generated_at: datetime  # aware, UTC
    fingerprint: str = ""  # of the content, printed on every page so a loose page can be matched to the data
    # Which desks' data the document includes and when each was last merged, so nobody
    # announces a total that is missing a desk. None: not known (printed as nothing).
    coverage: Coverage | None = None
    desk_id: str = ""  # the desk that made it, so its default name prints in the document's language

    def author(self) -> str:
        """The PDF's Author: the organiser's office (its last line), else the event."""
        lines = [line.strip() for line in self.event.organiser.splitlines() if line.strip()]
        return lines[-1] if lines else self.event.name

    def generated_text(self) -> str:
        local = in_zone(self.generated_at, self.event.timezone)
        return tr("Dibuat {date} pukul {time} {zone} · {desk} · {operator}").format(
            date=format_long_date(local.date()),
            time=written_time(local),
            zone=zone_abbreviation(self.event.timezone, self.generated_at),
            desk=desk_name(self.desk_label, self.desk_id) if self.desk_id else self.desk_label,
            operator=self.operator,
        )

    def coverage_text(self) -> str:
        """`Data dari 3 meja: Meja 1 (meja ini) · Meja 2 digabung 11.02 · …`, or empty when unknown."""
        return self.coverage.text() if self.coverage is not None else ""


@dataclass(frozen=True)
class DocumentInputs:
    """Everything one document prints, read from one state of the file; `data` is the kind's own."""

    kind: str
    info: DocumentInfo
    data: object
    options: DocumentOptions = field(default_factory=DocumentOptions)
