"""The booked total through the mission day, small: a rising line from the day's start to now, the target as a
dashed line, the figure of the last point written at its end."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from eventdesk.domain.day_curve import CurvePoints
from eventdesk.ui.palette import BLUE, MUTED

LINE_COLOUR = QColor(BLUE)
TARGET_COLOUR = QColor(MUTED)


class CurveChart(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        text_colour: QColor | None = None,
        line_colour: QColor = LINE_COLOUR,
        target_colour: QColor = TARGET_COLOUR,
    ) -> None:
        super().__init__(parent)
        self._line_colour = line_colour
        self._target_colour = target_colour
        self._curve: CurvePoints | None = None
        self._empty_text = ""
        self._text_colour = text_colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_curve(self, curve: CurvePoints | None, empty_text: str = "") -> None:
        self._curve = curve
        self._empty_text = empty_text
        self.update()

    def curve(self) -> CurvePoints | None:
        return self._curve

    def sizeHint(self) -> QSize:
        return QSize(420, QFontMetrics(self.font()).height() * 7)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, QFontMetrics(self.font()).height() * 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_colour = self._text_colour or self.palette().windowText().color()
        painter.setPen(text_colour)
        curve = self._curve
        if curve is None or len(curve.points) < 2:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._empty_text)
            painter.end()
            return
        line = metrics.height()
        left, right = 4.0, float(self.width() - 4)
        top, bottom = line * 1.2, float(self.height() - line * 1.4)
        highest = max([value for _, value in curve.points] + [curve.target or 0, 1])

        def at(fraction: float, value: int) -> QPointF:
            return QPointF(left + (right - left) * fraction, bottom - (bottom - top) * value / highest)

        painter.setPen(QPen(self._target_colour, 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        for fraction, text in curve.ticks:
            x = left + (right - left) * fraction
            width = metrics.horizontalAdvance(text)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(min(max(x - width / 2, 0), self.width() - width), bottom + 2, width + 2, line), text
            )
        if curve.target:
            y = at(0, curve.target).y()
            painter.setPen(QPen(self._target_colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(left, y - line, right - left, line), Qt.AlignmentFlag.AlignLeft, curve.target_text)
        painter.setPen(QPen(self._line_colour, max(2.5, line / 6)))
        painter.drawPolyline(QPolygonF([at(fraction, value) for fraction, value in curve.points]))
        end = at(*curve.points[-1])
        painter.setBrush(self._line_colour)
        painter.drawEllipse(end, max(3.5, line / 5), max(3.5, line / 5))
        painter.setPen(text_colour)
        width = metrics.horizontalAdvance(curve.last_text) + 4
        # Right of the last point when there is room, else left of it; above it unless the target's line is there.
        x = end.x() + 6 if end.x() + 6 + width <= self.width() else end.x() - width - 6
        near_target = curve.target is not None and abs(end.y() - at(0, curve.target).y()) <= line
        y = end.y() + 4 if near_target else max(end.y() - line * 1.1, 0.0)
        painter.drawText(QRectF(max(x, 0), y, width, line), curve.last_text)
        painter.end()
