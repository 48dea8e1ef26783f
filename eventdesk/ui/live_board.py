"""The live board: a full-screen window for the projector behind the stage, readable from the back of the hall.

The running total in very large type, trade and investment, the latest
signings and the latest deals; it follows every booking, void and signing at
once. It opens on the second screen when there is one; F11 toggles full
screen, Esc leaves it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from eventdesk.domain.clock import in_zone, utc_now, written_time, zone_abbreviation
from eventdesk.domain.day_curve import curve_points
from eventdesk.domain.enums import TransactionKind
from eventdesk.domain.money import format_compact, format_full, percent
from eventdesk.domain.quantity import format_count
from eventdesk.ui.context import AppContext
from eventdesk.ui.palette import BOARD_ACCENT, BOARD_BACKGROUND, BOARD_MUTED, BOARD_STALE
from eventdesk.ui.screens.dashboard import WATCHED
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.widgets.curve_chart import CurveChart
from eventdesk.ui.widgets.desk_coverage import DeskCoverageBar

LATEST_SIGNINGS = 4
LATEST_DEALS = 6
BACKGROUND = BOARD_BACKGROUND
ACCENT = BOARD_ACCENT
MUTED = BOARD_MUTED
STALE = BOARD_STALE


class LiveBoard(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("live_board")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.context = context
        self.setStyleSheet(f"QWidget#live_board {{ background: {BACKGROUND}; }} QLabel {{ color: white; }}")
        self.setAutoFillBackground(True)

        self.event_name = QLabel()
        self.event_name.setObjectName("board_event")
        self.caption = QLabel()
        self.caption.setObjectName("board_caption")
        self.total = QLabel()
        self.total.setObjectName("board_total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.compact = QLabel()
        self.compact.setObjectName("board_compact")
        self.compact.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Which desks the total includes, under it, so the MC never reads out a total missing a desk.
        self.coverage = DeskCoverageBar(context, stale_colour=STALE)
        self.coverage.setObjectName("board_coverage")
        self.coverage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The figure through the day, against the target.
        self.curve = CurveChart(text_colour=QColor(MUTED), line_colour=QColor(ACCENT), target_colour=QColor(MUTED))
        self.curve.setObjectName("board_curve")
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        figures = QHBoxLayout()
        for key in ("trade", "investment", "agreements", "umkm"):
            value, caption = QLabel(), QLabel()
            value.setObjectName(f"board_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            column = QVBoxLayout()
            column.addWidget(value)
            column.addWidget(caption)
            figures.addLayout(column)
            self.figures[key] = (value, caption)
        self.signings_title = QLabel()
        self.signings = QLabel()
        self.signings.setObjectName("board_signings")
        self.deals_title = QLabel()
        self.deals = QLabel()
        self.deals.setObjectName("board_deals")
        for label in (self.signings, self.deals):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            # The newest first, cut at the bottom of the screen: the lists never make the board taller than it.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        lists = QGridLayout()
        lists.addWidget(self.signings_title, 0, 0)
        lists.addWidget(self.deals_title, 0, 1)
        lists.addWidget(self.signings, 1, 0)
        lists.addWidget(self.deals, 1, 1)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 1)
        for label in (self.caption, self.total, self.compact, *(value for value, _caption in self.figures.values())):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # sized by _scale_fonts
        self.hint = QLabel()
        self.hint.setObjectName("board_hint")

        layout = self.board_layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.event_name)
        layout.addStretch(1)
        layout.addWidget(self.caption, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.total)
        layout.addWidget(self.compact)
        layout.addWidget(self.coverage)
        layout.addWidget(self.curve)
        layout.addStretch(1)
        layout.addLayout(figures)
        layout.addStretch(1)
        layout.addLayout(lists, 3)
        layout.addWidget(self.hint)

        context.data_changed.connect(self._handle_data_changed)
        context.session_changed.connect(self.refresh)
        fit_to_screen(self, 1280, 720)
        self.retranslate()
        self._scale_fonts()

    # --- showing --------------------------------------------------------------------------------

    def show_on_projector(self) -> None:
        """Full screen on a screen other than the main window's when there is one, else a window (F11 for
        full screen)."""
        target = self._projector_screen()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def _projector_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        parent = self.parentWidget()
        current = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        return next((screen for screen in screens if screen is not current), None)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys, not shortcuts: the board has no menus, and the projector window may not be the active one.
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.matches(QKeySequence.StandardKey.Close):
            self.close()
        else:
            super().keyPressEvent(event)

    # --- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("EventDesk — Papan langsung"))
        self.signings_title.setText(self.tr("Penandatanganan terbaru"))
        self.deals_title.setText(self.tr("Transaksi terbaru"))
        self.hint.setText(self.tr("F11: layar penuh · Esc: keluar dari layar penuh · Ctrl+W: tutup"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        self.refresh()  # it followed nothing while hidden
        super().showEvent(event)

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        session = self.context.session
        figures = session.figures.event_figures()
        totals = figures.transactions
        settings = session.settings.get()
        timezone = settings.timezone
        self.event_name.setText(settings.name)
        now = utc_now()
        # As the press quotes it: the figure stamped with its time, and how far it is along the target.
        self.caption.setText(
            self.tr("Total transaksi tercatat hingga pukul {time} {zone}").format(
                time=written_time(in_zone(now, timezone)), zone=zone_abbreviation(timezone, now)
            )
        )
        self.total.setText(format_full(totals.total_idr))
        compact = self.tr("{compact} · {count} transaksi").format(
            compact=format_compact(totals.total_idr), count=format_count(totals.count)
        )
        if settings.target_idr:
            compact += " · " + self.tr("{share} dari target {target}").format(
                share=percent(totals.total_idr, settings.target_idr), target=format_compact(settings.target_idr)
            )
        self.compact.setText(compact)
        curve = session.figures.day_curve(settings, now)
        self.curve.set_curve(curve_points(curve, settings, self.tr("Target")) if curve else None)
        for key, kind in (("trade", TransactionKind.TRADE), ("investment", TransactionKind.INVESTMENT)):
            self._figure(key, format_compact(totals.kind(kind).value_idr), kind.label)
        self._figure("agreements", format_count(figures.agreements_signed), self.tr("perjanjian ditandatangani"))
        self._figure("umkm", percent(totals.umkm.value_idr, totals.total_idr), self.tr("melibatkan UMKM"))

        signings = session.figures.latest_signings(LATEST_SIGNINGS)
        lines = []
        for agreement in signings:
            when = written_time(in_zone(agreement.signed_at, timezone)) if agreement.signed_at else ""
            parties = " – ".join(party.organisation_name for party in agreement.parties)
            lines.append(
                f"<p><span style='color:{ACCENT}'>{escape(when)}</span> <b>{escape(agreement.title)}</b><br>"
                f"<span style='color:{MUTED}'>{escape(parties)}</span></p>"
            )
        self.signings.setText(
            "".join(lines) or f"<p style='color:{MUTED}'>{escape(self.tr('Belum ada penandatanganan.'))}</p>"
        )
        deals = []
        for transaction in session.transactions.latest(LATEST_DEALS):
            deals.append(
                f"<p><span style='color:{ACCENT}'><b>{escape(format_compact(transaction.value_idr))}</b></span> "
                f"{escape(transaction.buyer_name)} → {escape(transaction.seller_name)}<br>"
                f"<span style='color:{MUTED}'>{escape(transaction.kind.label)} · "
                f"{escape(transaction.sector_name or '')}</span></p>"
            )
        self.deals.setText("".join(deals) or f"<p style='color:{MUTED}'>{escape(self.tr('Belum ada transaksi.'))}</p>")
        self._scale_fonts()  # to the new figures' width

    def _figure(self, key: str, value: str, caption: str) -> None:
        value_label, caption_label = self.figures[key]
        value_label.setText(value)
        caption_label.setText(caption)

    # --- type that grows with the screen -------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        unit = max(3.0, min(self.height() / 100, self.width() / 170))  # one hundredth of the height, kept in proportion

        def font(size: float, bold: bool = False) -> QFont:
            result = QFont(self.font())
            result.setPointSizeF(max(6.0, size * unit))
            result.setBold(bold)
            return result

        # The lines that do not wrap shrink together until each fits across the board (a total in the hundreds
        # of trillions on a 1024-pixel projector): the window never grows past the screen for them.
        margins = self.board_layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        columns = len(self.figures)
        for label, size, bold, share in (
            (self.total, 11, True, 1),
            (self.compact, 3.6, False, 1),
            (self.caption, 3.2, False, 1),
            *((value, 5, True, columns * 1.15) for value, _caption in self.figures.values()),  # a column, its gaps
        ):
            needed = QFontMetricsF(font(size, bold)).horizontalAdvance(label.text()) * share
            if needed > room > 0:
                unit *= room / needed

        self.event_name.setFont(font(2.4))
        self.caption.setFont(font(3.2))
        self.total.setFont(font(11, bold=True))
        self.total.setStyleSheet(f"color: {ACCENT};")
        self.compact.setFont(font(3.6))
        for value, caption in self.figures.values():
            value.setFont(font(5, bold=True))
            caption.setFont(font(2.2))
            caption.setStyleSheet(f"color: {MUTED};")
        for title in (self.signings_title, self.deals_title):
            title.setFont(font(2.8, bold=True))
            title.setStyleSheet(f"color: {ACCENT};")
        for label in (self.signings, self.deals):
            label.setFont(font(2.1))
        self.coverage.setFont(font(1.6))
        self.curve.setFont(font(1.5))
        self.curve.setFixedHeight(int(self.height() * 0.16))
        self.coverage.setStyleSheet(f"color: {MUTED};")
        self.hint.setFont(font(1.3))
        self.hint.setStyleSheet(f"color: {MUTED};")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        event.ignore()  # kept for the next time it is opened; the main window owns it
