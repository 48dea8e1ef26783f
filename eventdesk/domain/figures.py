"""The figures announced and printed: totals of booked transactions and counts of the event.

Every screen, report and command takes its figures from one service query
that fills these; nothing adds up rupiah anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventdesk.domain.enums import TransactionKind


@dataclass(frozen=True)
class Share:
    """One line of a breakdown: a label, the rupiah booked under it and how many transactions."""

    label: str
    value_idr: int
    count: int


@dataclass
class TransactionTotals:
    total_idr: int = 0
    count: int = 0
    void_count: int = 0
    by_kind: dict[TransactionKind, Share] = field(default_factory=dict)
    by_sector: list[Share] = field(default_factory=list)

    def kind(self, kind: TransactionKind) -> Share:
        return self.by_kind.get(kind, Share(kind.label, 0, 0))


@dataclass
class EventFigures:
    """What the executive summary and the dashboard headline show."""

    attendees_registered: int
    attendees_checked_in: int
    agreements_signed: int
    transactions: TransactionTotals
