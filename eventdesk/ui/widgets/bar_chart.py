"""Horizontal bars with a label and a value each, painted directly: readable on a laptop and on a projector."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from eventdesk.ui.palette import BLUE

BAR_COLOUR = QColor(BLUE)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    text: str  # the value as shown at the end of the bar


class BarChart(QWidget):
    """One bar per line, longest for the largest value; the widget grows with the number of bars."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        colour: QColor = BAR_COLOUR,
        text_colour: QColor | None = None,
        labels_above: bool = False,
    ) -> None:
        super().__init__(parent)
        self._labels_above = labels_above  # long labels (directions) on a line of their own, above the bar
        self._bars: list[Bar] = []
        self._empty_text = ""
        self._colour = colour
        self._text_colour = text_colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        self._bars = list(bars)
        self._empty_text = empty_text
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _line_height(self) -> int:
        return int(QFontMetrics(self.font()).height() * (2.6 if self._labels_above else 1.7))

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._bars)) * self._line_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, max(1, len(self._bars)) * self._line_height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_colour = self._text_colour or self.palette().windowText().color()
        painter.setPen(text_colour)
        if not self._bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._empty_text)
            return
        width = self.width()
        label_width = min(int(width * 0.38), max(metrics.horizontalAdvance(bar.label) for bar in self._bars) + 12)
        if self._labels_above:
            label_width = 0
        value_width = max(metrics.horizontalAdvance(bar.text) for bar in self._bars) + 12
        room = max(10, width - label_width - value_width)
        biggest = max((bar.value for bar in self._bars), default=0)
        line = self._line_height()
        bar_height = line * 0.62
        for index, bar in enumerate(self._bars):
            top = float(index * line + 2)
            painter.setPen(text_colour)
            if self._labels_above:
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, width)
                painter.drawText(QRectF(0, top, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, label)
                top += metrics.height() * 0.9
                line_room = line - metrics.height() * 0.9
            else:
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 12)
                painter.drawText(
                    QRectF(0, top, label_width - 8, line),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                line_room = line
            length = room * bar.value / biggest if biggest > 0 else 0
            bar_height = min(bar_height, line_room * 0.8)
            painter.fillRect(
                QRectF(label_width, top + (line_room - bar_height) / 2, max(length, 1.5), bar_height), self._colour
            )
            painter.drawText(
                QRectF(label_width + length + 6, top, value_width, line_room),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
        painter.end()
