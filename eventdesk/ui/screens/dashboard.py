"""Ringkasan: the headline figures of the event, refreshed whenever something is booked or signed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from eventdesk.domain.enums import TransactionKind
from eventdesk.domain.money import format_compact, format_full, format_words
from eventdesk.ui.context import AppContext
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.widgets.desk_coverage import DeskCoverageBar


class DashboardScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("dashboard_screen")
        self.heading = QLabel()
        self.coverage = DeskCoverageBar(context)
        self.total_caption = QLabel()
        self.total_full = QLabel()
        self.total_full.setObjectName("total_full")
        self.total_full.setStyleSheet("font-size: 34pt; font-weight: 700; color: #0b5f8a;")
        self.total_compact = QLabel()
        self.total_compact.setObjectName("total_compact")
        self.total_compact.setStyleSheet("font-size: 16pt;")
        self.total_words = QLabel()
        self.total_words.setObjectName("total_words")
        self.total_words.setWordWrap(True)
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        for column, key in enumerate(("trade", "investment", "agreements", "attendees")):
            value, caption = QLabel(), QLabel()
            value.setObjectName(f"card_{key}")
            value.setStyleSheet("font-size: 18pt; font-weight: 600;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            inner.addWidget(value)
            inner.addWidget(caption)
            grid.addWidget(card, column // 2, column % 2)
            self.cards[key] = (value, caption)
        self.sectors_caption = QLabel()
        self.sectors = QLabel()
        self.sectors.setObjectName("sector_lines")
        self.sectors.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        # Which desks the figures include, beside the heading: read before the total is read out.
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addWidget(self.coverage, 1)
        self.coverage.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(heading_row)
        for widget in (self.total_caption, self.total_full, self.total_compact, self.total_words):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.sectors_caption)
        layout.addWidget(self.sectors)
        layout.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ringkasan")

    def watched_tables(self) -> frozenset[str]:
        return frozenset({"transactions", "agreements", "attendees", "sectors", "event"})

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.total_caption.setText(self.tr("Total transaksi tercatat"))
        self.sectors_caption.setText(f"<b>{self.tr('Menurut sektor')}</b>")
        self.refresh()

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        figures = self.context.session.figures.event_figures()
        totals = figures.transactions
        self.total_full.setText(format_full(totals.total_idr))
        self.total_compact.setText(format_compact(totals.total_idr))
        self.total_words.setText(format_words(totals.total_idr))
        trade, investment = totals.kind(TransactionKind.TRADE), totals.kind(TransactionKind.INVESTMENT)
        self._card("trade", format_compact(trade.value_idr), TransactionKind.TRADE.label)
        self._card("investment", format_compact(investment.value_idr), TransactionKind.INVESTMENT.label)
        self._card("agreements", str(figures.agreements_signed), self.tr("perjanjian ditandatangani"))
        self._card(
            "attendees",
            f"{figures.attendees_checked_in} / {figures.attendees_registered}",
            self.tr("peserta hadir / terdaftar"),
        )
        lines = [
            f"{share.label}: {format_full(share.value_idr)} ({share.count})" for share in totals.by_sector
        ] or [self.tr("Belum ada transaksi.")]
        self.sectors.setText("<br>".join(_escape(line) for line in lines))

    def _card(self, key: str, value: str, caption: str) -> None:
        value_label, caption_label = self.cards[key]
        value_label.setText(value)
        caption_label.setText(caption)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
