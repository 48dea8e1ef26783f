"""The day timeline of signings: spots as columns, time as rows, agreements as blocks.

A click on a block opens it; dragging a block to another time or spot
proposes a move, checked against the conflict rules while it is dragged
(`probe`), and emitted as `moved` when dropped. Signed and cancelled
agreements stay where they are.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QWidget

from eventdesk.domain.clock import in_zone, local_moment, utc_now
from eventdesk.domain.enums import AgreementStatus
from eventdesk.domain.models import Agreement, EventSettings
from eventdesk.domain.schedule import SNAP_MINUTES, Conflict, clock_text
from eventdesk.ui.palette import GRID, GRID_MINOR, INK, MUTED, OFF_HOURS, PANEL, RED, STATUS_FILL, STATUS_TEXT, WHITE

PX_PER_MINUTE = 3.6  # a quarter hour is 54 px: time, title and parties fit
MIN_COLUMN_WIDTH = 250  # wider when the window has room
AXIS_WIDTH = 58
HEADER_HEIGHT = 34
BLOCK_MARGIN = 4

FILL = {status: QColor(colour) for status, colour in STATUS_FILL.items()}
EDGE = {status: QColor(colour) for status, colour in STATUS_TEXT.items()}
CONFLICT = QColor(RED)
MOVABLE = (AgreementStatus.SCHEDULED, AgreementStatus.POSTPONED)

Probe = Callable[[Agreement, datetime, datetime, str], list[Conflict]]


class AgreementBlock(QGraphicsRectItem):
    """One agreement's slot, painted with its time, number, title and parties."""

    def __init__(self, agreement: Agreement, rect: QRectF, zone_name: str, conflicts: list[Conflict]) -> None:
        super().__init__(rect)
        self.agreement = agreement
        self.zone_name = zone_name
        self.conflicts = conflicts
        self.home = QRectF(rect)
        self.proposal: tuple[datetime, datetime, str] | None = None
        self.setZValue(1)
        self.setAcceptHoverEvents(True)
        self.setToolTip(self._tooltip())
        self.setCursor(Qt.CursorShape.OpenHandCursor if self.movable else Qt.CursorShape.PointingHandCursor)

    @property
    def movable(self) -> bool:
        return self.agreement.status in MOVABLE

    def _tooltip(self) -> str:
        lines = [self.agreement.title, self.agreement.status.label]
        lines += [f"{p.organisation_name} — {p.signer_name or '?'}" for p in self.agreement.parties]
        lines += [conflict.message for conflict in self.conflicts]
        return "\n".join(lines)

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        agreement = self.agreement
        rect = self.rect().adjusted(1, 1, -1, -1)
        in_conflict = bool(self.conflicts)
        pen = QPen(CONFLICT if in_conflict else EDGE[agreement.status], 2.5 if in_conflict else 1.2)
        if agreement.status in (AgreementStatus.POSTPONED, AgreementStatus.CANCELLED):
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(FILL[agreement.status]))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), EDGE[agreement.status])
        text_rect = rect.adjusted(8, 2, -4, -2)
        font = QFont(painter.font())
        font.setPointSizeF(8.5)
        bold = QFont(font)
        bold.setBold(True)
        starts_at, ends_at = (
            (self.proposal[0], self.proposal[1])
            if self.proposal
            else (agreement.placed.starts_at, agreement.placed.ends_at)
        )
        head = f"{clock_text(starts_at, self.zone_name)}–{clock_text(ends_at, self.zone_name)}"
        if agreement.number:
            head += f"  {agreement.number}"
        badge = "" if agreement.status is AgreementStatus.SCHEDULED else agreement.status.label
        badge_width = 0.0
        lines = [
            (bold, head),
            (bold, agreement.title),
            (font, " · ".join(p.organisation_name for p in agreement.parties)),
        ]
        if in_conflict:
            lines.insert(1, (bold, self.conflicts[0].message))
        if badge:
            painter.setFont(font)
            painter.setPen(EDGE[agreement.status])
            badge_width = QFontMetrics(font).horizontalAdvance(badge) + 4
            painter.drawText(
                QRectF(text_rect.right() - badge_width, text_rect.top(), badge_width, QFontMetrics(bold).height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                badge,
            )
        y = text_rect.top()
        for number, (line_font, text) in enumerate(lines):
            room = text_rect.width() - (badge_width if badge and number == 0 else 0)
            metrics = QFontMetrics(line_font)
            if y + metrics.height() > text_rect.bottom() + 1:
                break
            painter.setFont(line_font)
            painter.setPen(CONFLICT if in_conflict and text == self.conflicts[0].message else QColor(INK))
            painter.drawText(
                QRectF(text_rect.left(), y, room, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room)),
            )
            y += metrics.height()


class ScheduleTimeline(QGraphicsView):
    opened = Signal(str)
    moved = Signal(str, object, object, str)  # agreement id, starts_at, ends_at, spot
    probing = Signal(object)  # conflicts of the position being dragged to; None once the drag ends

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_timeline")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.probe: Probe | None = None
        self.blocks: dict[str, AgreementBlock] = {}
        self.spots: list[str] = []
        self.day: date | None = None
        self.zone_name = "Asia/Makassar"
        self._settings: EventSettings | None = None
        self._first_minute = 8 * 60
        self._last_minute = 17 * 60
        self._press: tuple[AgreementBlock, QPointF] | None = None
        self._dragging = False
        self.column_width = float(MIN_COLUMN_WIDTH)
        self._shown: tuple | None = None

    # --- content ------------------------------------------------------------------------------------

    def set_schedule(
        self, agreements: list[Agreement], settings: EventSettings, day: date, conflicts: dict[str, list[Conflict]]
    ) -> None:
        """Show `day`: the settings' spots (plus any other spot used that day) and every slot on it."""
        self._shown = (agreements, settings, day, conflicts)
        self._settings = settings
        self.zone_name = settings.timezone
        self.day = day
        todays = [
            a for a in agreements if a.slot is not None and in_zone(a.slot.starts_at, self.zone_name).date() == day
        ]
        self.spots = [spot.name for spot in settings.spots]
        for agreement in sorted(todays, key=lambda a: a.placed.spot):
            if agreement.placed.spot not in self.spots:
                self.spots.append(agreement.placed.spot)
        first = settings.day_start.hour * 60 + settings.day_start.minute
        last = settings.day_end.hour * 60 + settings.day_end.minute
        for agreement in todays:
            first = min(first, self._minute_of(agreement.placed.starts_at))
            last = max(last, self._minute_of(agreement.placed.ends_at, end=True))
        room = self.viewport().width() - AXIS_WIDTH - 8
        self.column_width = max(float(MIN_COLUMN_WIDTH), room / max(1, len(self.spots)))
        self._first_minute = first // 60 * 60
        self._last_minute = min(24 * 60, math.ceil(last / 60) * 60)
        scene = self.scene()
        scene.clear()
        self.blocks = {}
        width = AXIS_WIDTH + max(1, len(self.spots)) * self.column_width + 8
        height = HEADER_HEIGHT + (self._last_minute - self._first_minute) * PX_PER_MINUTE + 12
        scene.setSceneRect(0, 0, width, height)
        for agreement, rect in self._layout(todays):
            block = AgreementBlock(agreement, rect, self.zone_name, conflicts.get(agreement.id, []))
            scene.addItem(block)
            self.blocks[agreement.id] = block
        self.viewport().update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._shown is not None and self._press is None:
            self.set_schedule(*self._shown)

    def _minute_of(self, moment: datetime, *, end: bool = False) -> int:
        local = in_zone(moment, self.zone_name)
        minute = local.hour * 60 + local.minute
        if end and self.day is not None and local.date() > self.day:
            return 24 * 60
        return minute

    def _layout(self, agreements: list[Agreement]) -> list[tuple[Agreement, QRectF]]:
        """Blocks side by side where slots of one spot overlap (a clash, or a joint signing)."""
        placed = []
        for spot in self.spots:
            column = sorted(
                (a for a in agreements if a.placed.spot == spot), key=lambda a: (a.placed.starts_at, a.placed.ends_at)
            )
            clusters: list[list[Agreement]] = []
            cluster_end = None
            for agreement in column:
                if cluster_end is None or agreement.placed.starts_at >= cluster_end:
                    clusters.append([])
                    cluster_end = agreement.placed.ends_at
                clusters[-1].append(agreement)
                cluster_end = max(cluster_end, agreement.placed.ends_at)
            for cluster in clusters:
                lane_ends: list[datetime] = []
                lanes = []
                for agreement in cluster:
                    lane = next((i for i, end in enumerate(lane_ends) if end <= agreement.placed.starts_at), None)
                    if lane is None:
                        lane_ends.append(agreement.placed.ends_at)
                        lane = len(lane_ends) - 1
                    else:
                        lane_ends[lane] = agreement.placed.ends_at
                    lanes.append(lane)
                share = (self.column_width - 2 * BLOCK_MARGIN) / len(lane_ends)
                for agreement, lane in zip(cluster, lanes, strict=True):
                    rect = self._rect(agreement.placed.starts_at, agreement.placed.ends_at, spot)
                    placed.append((agreement, QRectF(rect.left() + lane * share, rect.top(), share, rect.height())))
        return placed

    # --- geometry -----------------------------------------------------------------------------------

    def column_x(self, spot: str) -> float:
        return AXIS_WIDTH + self.spots.index(spot) * self.column_width

    def y_of(self, moment: datetime) -> float:
        return HEADER_HEIGHT + (self._minute_of(moment) - self._first_minute) * PX_PER_MINUTE

    def _rect(self, starts_at: datetime, ends_at: datetime, spot: str) -> QRectF:
        top = self.y_of(starts_at)
        bottom = HEADER_HEIGHT + (self._minute_of(ends_at, end=True) - self._first_minute) * PX_PER_MINUTE
        return QRectF(
            self.column_x(spot) + BLOCK_MARGIN, top, self.column_width - 2 * BLOCK_MARGIN, max(bottom - top, 12)
        )

    def moment_at(self, y: float) -> datetime:
        """The time at scene height `y`, snapped to 5 minutes, on the shown day."""
        minute = self._first_minute + (y - HEADER_HEIGHT) / PX_PER_MINUTE
        minute = int(round(minute / SNAP_MINUTES) * SNAP_MINUTES)
        minute = max(0, min(minute, 24 * 60 - SNAP_MINUTES))
        assert self.day is not None
        return local_moment(self.day, minute // 60, minute % 60, self.zone_name)

    def spot_at(self, x: float) -> str | None:
        if not self.spots:
            return None
        index = int((x - AXIS_WIDTH) // self.column_width)
        return self.spots[max(0, min(index, len(self.spots) - 1))]

    def scene_point(self, moment: datetime, spot: str) -> QPointF:
        """A point inside the block area for `moment` at `spot` (for tests and keyboard users)."""
        return QPointF(self.column_x(spot) + self.column_width / 2, self.y_of(moment) + 2)

    # --- painting -----------------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, QColor(WHITE))
        right = AXIS_WIDTH + max(1, len(self.spots)) * self.column_width
        if self._settings is not None:
            settings = self._settings
            for start, end in (
                (self._first_minute, settings.day_start.hour * 60 + settings.day_start.minute),
                (settings.day_end.hour * 60 + settings.day_end.minute, self._last_minute),
            ):
                if end > start:
                    top = HEADER_HEIGHT + (start - self._first_minute) * PX_PER_MINUTE
                    painter.fillRect(
                        QRectF(AXIS_WIDTH, top, right - AXIS_WIDTH, (end - start) * PX_PER_MINUTE), QColor(OFF_HOURS)
                    )
        font = QFont(painter.font())
        font.setPointSizeF(8.5)
        painter.setFont(font)
        for minute in range(self._first_minute, self._last_minute + 1, 30):
            y = HEADER_HEIGHT + (minute - self._first_minute) * PX_PER_MINUTE
            full_hour = minute % 60 == 0
            painter.setPen(
                QPen(
                    QColor(GRID if full_hour else GRID_MINOR),
                    1,
                    Qt.PenStyle.SolidLine if full_hour else Qt.PenStyle.DashLine,
                )
            )
            painter.drawLine(QPointF(AXIS_WIDTH, y), QPointF(right, y))
            if full_hour:
                painter.setPen(QColor(MUTED))
                painter.drawText(
                    QRectF(0, y - 8, AXIS_WIDTH - 8, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{minute // 60:02d}.00",
                )
        painter.setPen(QPen(QColor(GRID), 1))
        for index in range(len(self.spots) + 1):
            x = AXIS_WIDTH + index * self.column_width
            painter.drawLine(
                QPointF(x, HEADER_HEIGHT),
                QPointF(x, HEADER_HEIGHT + (self._last_minute - self._first_minute) * PX_PER_MINUTE),
            )
        now = in_zone(utc_now(), self.zone_name)
        if self.day == now.date():
            y = self.y_of(now)
            painter.setPen(QPen(CONFLICT, 1.5))
            painter.drawLine(QPointF(AXIS_WIDTH, y), QPointF(right, y))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The spot names, fixed at the top while the day scrolls under them."""
        painter.save()
        painter.resetTransform()
        width = self.viewport().width()
        painter.fillRect(QRectF(0, 0, width, HEADER_HEIGHT), QColor(PANEL))
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(QPointF(0, HEADER_HEIGHT - 0.5), QPointF(width, HEADER_HEIGHT - 0.5))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(9.5)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        metrics = QFontMetrics(font)
        for spot in self.spots:
            left = self.mapFromScene(QPointF(self.column_x(spot), 0)).x()
            painter.drawText(
                QRectF(left, 0, self.column_width, HEADER_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(spot, Qt.TextElideMode.ElideRight, int(self.column_width - 8)),
            )
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update()  # the fixed header must be repainted, not scrolled

    # --- the mouse ----------------------------------------------------------------------------------

    def _block_at(self, position) -> AgreementBlock | None:
        for item in self.items(position):
            while item is not None and not isinstance(item, AgreementBlock):
                item = item.parentItem()
            if isinstance(item, AgreementBlock):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self._block_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            self._press = (block, self.mapToScene(event.position().toPoint()))
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        block, pressed_at = self._press
        here = self.mapToScene(event.position().toPoint())
        if not self._dragging:
            if (here - pressed_at).manhattanLength() < QApplication.startDragDistance() or not block.movable:
                return
            self._dragging = True
            block.setZValue(2)
            block.setCursor(Qt.CursorShape.ClosedHandCursor)
        agreement = block.agreement
        length = agreement.placed.ends_at - agreement.placed.starts_at
        starts_at = self.moment_at(block.home.top() + (here.y() - pressed_at.y()))
        spot = self.spot_at(here.x()) or agreement.placed.spot
        self._propose(block, starts_at, starts_at + length, spot)
        event.accept()

    def _propose(self, block: AgreementBlock, starts_at: datetime, ends_at: datetime, spot: str) -> None:
        block.proposal = (starts_at, ends_at, spot)
        block.setRect(self._rect(starts_at, ends_at, spot))
        block.conflicts = self.probe(block.agreement, starts_at, ends_at, spot) if self.probe else []
        block.update()
        self.probing.emit(block.conflicts)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        block, _ = self._press
        self._press = None
        event.accept()
        if not self._dragging:
            self.opened.emit(block.agreement.id)
            return
        self._dragging = False
        block.setZValue(1)
        self.probing.emit(None)
        proposal, block.proposal = block.proposal, None
        slot = block.agreement.slot
        if proposal is None or slot is None or proposal == (slot.starts_at, slot.ends_at, slot.spot):
            block.setRect(block.home)
            return
        self.moved.emit(block.agreement.id, proposal[0], proposal[1], proposal[2])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._press is not None:
            block, _ = self._press
            self._press, self._dragging = None, False
            block.proposal = None
            block.setRect(block.home)
            block.setZValue(1)
            self.probing.emit(None)
            return
        super().keyPressEvent(event)

    def block_for(self, agreement_id: str) -> AgreementBlock:
        return self.blocks[agreement_id]
