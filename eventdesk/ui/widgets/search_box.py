"""Search as you type: emits the query a moment after the last key, so typing never waits on a query."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 120


class SearchBox(QLineEdit):
    search = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_box")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.search.emit(self.text().strip()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.search_now)

    def search_now(self) -> None:
        self._timer.stop()
        self.search.emit(self.text().strip())
