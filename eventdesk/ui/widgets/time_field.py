"""A time of day typed as staff type it: `14:05`, `14.05`, `1405`, `9.30`; Up and Down step five minutes.

Qt's QTimeEdit edits hours and minutes as sections: with the cursor in the minutes,
`14:05` typed over 08:00 became 08:05. Here the whole text is read (domain.clock.read_clock)
when it names its minutes, or on Enter, Tab or leaving the field; what cannot be a time
is said beside the field and the last good time is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from eventdesk.domain.clock import is_whole_clock, read_clock

TIME_FORMAT = "HH:mm"
STEP_MINUTES = 5


class TimeField(QLineEdit):
    timeChanged = Signal(QTime)

    def __init__(self, value: QTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(value.hour(), value.minute())
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 .:]{0,6}"), self))
        self.setMaxLength(6)
        self.setPlaceholderText("14:05")
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 28)
        self.setText(self._time.toString(TIME_FORMAT))
        self.textEdited.connect(self._handle_edited)
        self.editingFinished.connect(self._handle_finished)

    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, value: QTime) -> None:
        value = QTime(value.hour(), value.minute())
        self.setText(value.toString(TIME_FORMAT))
        if value != self._time:
            self._time = value
            self.timeChanged.emit(QTime(value))

    def _handle_edited(self, text: str) -> None:
        if is_whole_clock(text):
            self._take(text)

    def _handle_finished(self) -> None:
        if not self._take(self.text()):
            QToolTip.showText(
                self.mapToGlobal(self.rect().bottomLeft()),
                self.tr("'{text}' bukan jam. Tulis seperti 14:05 atau 14.05.").format(text=self.text()),
                self,
            )
        self.setText(self._time.toString(TIME_FORMAT))

    def _take(self, text: str) -> bool:
        clock = read_clock(text)
        if clock is None:
            return False
        value = QTime(clock.hour, clock.minute)
        if value != self._time:
            self._time = value
            self.timeChanged.emit(QTime(value))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = STEP_MINUTES if event.key() == Qt.Key.Key_Up else -STEP_MINUTES
            self.setTime(self._time.addSecs(step * 60))
            self.selectAll()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # What is typed replaces the time, however the field was reached: selected now (Tab), and again once
        # a click has placed the cursor.
        self.selectAll()
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self.selectAll)
