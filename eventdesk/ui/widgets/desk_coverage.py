"""A line for any screen showing a total: how many desks' data it includes and when each was last merged.

So nobody reads out a total that is missing a desk: a desk not merged for a
while is shown in amber, and the tooltip lists every desk in detail.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from eventdesk.domain.clock import short_time, utc_now
from eventdesk.domain.merge_results import Coverage
from eventdesk.ui.context import AppContext
from eventdesk.ui.palette import STALE

STALE_MINUTES = 15
STALE_COLOUR = STALE


class DeskCoverageBar(QLabel):
    """`Data dari 3 meja: Meja 1 (meja ini) · Meja 2 digabung 11.02 · …`, kept up to date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, stale_colour: str = STALE_COLOUR) -> None:
        super().__init__(parent)
        self.setObjectName("desk_coverage")
        self.stale_colour = stale_colour
        self.setWordWrap(True)
        self.context = context
        self.coverage: Coverage | None = None
        self._stale = True
        context.session_changed.connect(self.refresh)
        context.data_changed.connect(self._handle_data_changed)
        # "Merged 11.02" turns amber as time passes, without any new data.
        self.clock = QTimer(self)
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(self.refresh)
        self.clock.start()
        self.refresh()

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        if tables & {"audit_log", "merge_log", "desks"}:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()  # the line is made of translated words: "Data dari 2 meja" becomes "Data from 2 desks"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        # Out of sight (its screen hidden) it reads nothing; it reads once when shown again.
        self._stale = not self.isVisible()
        if self._stale or not self.context.has_session:
            return
        self.coverage = self.context.session.merges.coverage()
        stale = (
            {desk.desk_id for desk in self.coverage.stale(utc_now(), STALE_MINUTES)}
            if self.coverage.count > 1
            else set()
        )
        parts = []
        for desk in self.coverage.desks:
            text = escape(desk.describe(self.coverage.zone))
            parts.append(f'<span style="color:{self.stale_colour}">{text}</span>' if desk.desk_id in stale else text)
        headline = escape(self.coverage.headline())
        self.setText(f"<b>{headline}</b>" + (": " + " · ".join(parts) if self.coverage.count > 1 else ""))
        self.setToolTip(self._details(stale))

    def _details(self, stale: set[str]) -> str:
        assert self.coverage is not None
        zone = self.coverage.zone
        lines = []
        for desk in self.coverage.desks:
            line = self.tr("{desk}: {entries} perubahan, terakhir {last}").format(
                desk=desk.label,
                entries=desk.entries,
                last=short_time(desk.last_entry_at, zone) if desk.last_entry_at else "–",
            )
            if desk.last_merged_at is not None:
                line += self.tr("; digabung {time}").format(time=short_time(desk.last_merged_at, zone))
            if desk.desk_id in stale:
                line += self.tr(" — lebih dari {minutes} menit belum digabung").format(minutes=STALE_MINUTES)
            lines.append(escape(line))
        return "<br>".join(lines)
