"""Ringkasan: the headline figures of the event, refreshed the moment anything is booked, voided or signed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.clock import format_long_date, in_zone, utc_now, written_time, zone_abbreviation
from eventdesk.domain.day_curve import curve_points
from eventdesk.domain.enums import TransactionKind, TransactionStage
from eventdesk.domain.figures import EventFigures
from eventdesk.domain.money import format_compact, format_full, format_words, percent
from eventdesk.domain.press import host_sentence, target_sentence
from eventdesk.domain.quantity import format_count
from eventdesk.ui.context import AppContext
from eventdesk.ui.keys import push_button
from eventdesk.ui.palette import MUTED_STYLE, headline_style
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.widgets.bar_chart import Bar, BarChart
from eventdesk.ui.widgets.curve_chart import CurveChart
from eventdesk.ui.widgets.desk_coverage import DeskCoverageBar

# Tables whose changes move a figure on this screen (organisations: a region or kind changes a direction or
# the UMKM share).
WATCHED = frozenset(
    {"transactions", "agreements", "agreement_parties", "attendees", "organisations", "sectors", "regions", "event"}
)


class DashboardScreen(Screen):
    key = "dashboard"

    live_board_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("dashboard_screen")
        self.figures: EventFigures | None = None
        self.heading = QLabel()
        self.live_button = push_button("live_board_button", self.live_board_requested.emit)
        # Which desks the figures include, beside the heading: read before the total is read out.
        self.coverage = DeskCoverageBar(context)
        self.coverage.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.coverage, 1)
        top.addWidget(self.live_button)

        self.total_caption = QLabel()
        self.total_full = QLabel()
        self.total_full.setObjectName("total_full")
        self.total_full.setStyleSheet(headline_style(34))
        self.total_full.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_compact = QLabel()
        self.total_compact.setObjectName("total_compact")
        self.total_compact.setStyleSheet("font-size: 16pt;")
        self.total_words = QLabel()
        self.total_words.setObjectName("total_words")
        self.total_words.setWordWrap(True)
        self.target_line = QLabel()  # progress against the target and the host's side, as the province announces
        self.target_line.setObjectName("target_line")
        self.target_line.setWordWrap(True)
        self.count_line = QLabel()
        self.count_line.setObjectName("count_line")
        self.count_line.setStyleSheet(MUTED_STYLE)

        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        cards = QGridLayout()
        for column, key in enumerate(("trade", "investment", "umkm", "agreements", "attendees")):
            value, caption = QLabel(), QLabel()
            value.setObjectName(f"card_{key}")
            value.setStyleSheet("font-size: 17pt; font-weight: 600;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setObjectName(f"card_{key}_caption")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            inner.addWidget(value)
            inner.addWidget(caption)
            cards.addWidget(card, 0, column)
            self.cards[key] = (value, caption)

        self.sector_box = QGroupBox()
        self.sector_chart = BarChart()
        self.sector_chart.setObjectName("sector_chart")
        QVBoxLayout(self.sector_box).addWidget(self.sector_chart)
        self.direction_box = QGroupBox()
        self.direction_chart = BarChart(labels_above=True)
        self.direction_chart.setObjectName("direction_chart")
        self.direction_note = QLabel()
        self.direction_note.setWordWrap(True)
        self.direction_note.setStyleSheet(MUTED_STYLE)
        direction_layout = QVBoxLayout(self.direction_box)
        direction_layout.addWidget(self.direction_chart)
        direction_layout.addWidget(self.direction_note)
        self.stage_box = QGroupBox()
        self.stage_chart = BarChart()
        self.stage_chart.setObjectName("stage_chart")
        QVBoxLayout(self.stage_box).addWidget(self.stage_chart)
        self.curve_box = QGroupBox()
        self.curve_chart = CurveChart()
        self.curve_chart.setObjectName("curve_chart")
        QVBoxLayout(self.curve_box).addWidget(self.curve_chart)
        self.verification = QLabel()
        self.verification.setObjectName("verification_line")
        self.verification.setWordWrap(True)

        charts = QGridLayout()
        charts.addWidget(self.sector_box, 0, 0, 2, 1)
        charts.addWidget(self.direction_box, 0, 1)
        charts.addWidget(self.stage_box, 1, 1)
        charts.addWidget(self.curve_box, 2, 0, 1, 2)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        for widget in (
            self.total_caption,
            self.total_full,
            self.total_compact,
            self.total_words,
            self.count_line,
            self.target_line,
        ):
            layout.addWidget(widget)
        layout.addLayout(cards)
        layout.addLayout(charts)
        layout.addWidget(self.verification)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def watched_tables(self) -> frozenset[str]:
        return WATCHED

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{escape(self.title())}</h2>")
        self.live_button.setText(self.tr("Papan langsung (proyektor)…"))
        self.sector_box.setTitle(self.tr("Menurut sektor"))
        self.direction_box.setTitle(self.tr("Menurut arah antardaerah"))
        self.direction_note.setText(self.tr("Dari daerah pembeli/investor ke daerah penjual/penerima investasi."))
        self.stage_box.setTitle(self.tr("Menurut tahap"))
        self.curve_box.setTitle(self.tr("Sepanjang hari misi"))
        self.refresh()

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        session = self.context.session
        self.figures = figures = session.figures.event_figures()
        totals = figures.transactions
        settings = session.settings.get()
        now = utc_now()
        self.total_caption.setText(
            self.tr("Total transaksi tercatat hingga pukul {time} {zone}").format(
                time=written_time(in_zone(now, settings.timezone)), zone=zone_abbreviation(settings.timezone, now)
            )
        )
        host = session.settings.host_region()
        progress = [
            target_sentence(totals.total_idr, settings.target_idr),
            host_sentence(totals, host.name if host else ""),
        ]
        self.target_line.setText(" ".join(part for part in progress if part))
        self.target_line.setVisible(bool(self.target_line.text()))
        self.total_full.setText(format_full(totals.total_idr))
        self.total_compact.setText(format_compact(totals.total_idr))
        self.total_words.setText(format_words(totals.total_idr))
        counted = self.tr("{count} transaksi tercatat").format(count=format_count(totals.count))
        if totals.void_count:
            counted += " · " + self.tr("{count} dibatalkan (tidak dihitung)").format(
                count=format_count(totals.void_count)
            )
        self.count_line.setText(counted)
        for key, kind in (("trade", TransactionKind.TRADE), ("investment", TransactionKind.INVESTMENT)):
            share = totals.kind(kind)
            self._card(
                key, format_compact(share.value_idr), f"{kind.label} · {percent(share.value_idr, totals.total_idr)}"
            )
            self.cards[key][0].setToolTip(format_full(share.value_idr))
        self._card(
            "umkm",
            percent(totals.umkm.value_idr, totals.total_idr),
            self.tr("melibatkan UMKM (nilai) · {share} dari jumlah transaksi").format(
                share=percent(totals.umkm.count, totals.count)
            ),
        )
        self.cards["umkm"][0].setToolTip(format_full(totals.umkm.value_idr))
        self._card("agreements", format_count(figures.agreements_signed), self.tr("perjanjian ditandatangani"))
        self._card(
            "attendees",
            f"{format_count(figures.attendees_checked_in)} / {format_count(figures.attendees_registered)}",
            self.tr("peserta hadir / terdaftar"),
        )
        no_deals = self.tr("Belum ada transaksi.")
        self.sector_chart.set_bars(
            [Bar(s.label, s.value_idr, format_compact(s.value_idr)) for s in totals.by_sector], no_deals
        )
        self.direction_chart.set_bars(
            [
                Bar(s.label, s.value_idr, f"{format_compact(s.value_idr)} ({format_count(s.count)})")
                for s in totals.by_direction
            ],
            no_deals,
        )
        self.stage_chart.set_bars(
            [
                Bar(stage.label, totals.stage(stage).value_idr, format_compact(totals.stage(stage).value_idr))
                for stage in TransactionStage
            ],
            no_deals,
        )
        curve = session.figures.day_curve(settings, now)
        self.curve_chart.set_curve(
            curve_points(curve, settings, self.tr("Target")) if curve else None,
            self.tr("Tanggal acara belum diisi di Pengaturan acara."),
        )
        if curve is not None:
            self.curve_box.setTitle(
                self.tr("Sepanjang hari misi, {day}").format(day=format_long_date(curve.day, weekday=True))
            )
        self.verification.setText(
            self.tr(
                "Diverifikasi penyelia: {verified} ({count} transaksi) · belum diverifikasi: {unverified} "
                "({rest} transaksi)"
            ).format(
                verified=format_full(totals.verified.value_idr),
                count=totals.verified.count,
                unverified=format_full(totals.unverified.value_idr),
                rest=totals.unverified.count,
            )
        )

    def _card(self, key: str, value: str, caption: str) -> None:
        value_label, caption_label = self.cards[key]
        value_label.setText(value)
        caption_label.setText(caption)
