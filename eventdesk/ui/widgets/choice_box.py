"""A closed list in a form that is typed through: first letters choose, Enter books, Space does not open the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox


class ChoiceBox(QComboBox):
    """QComboBox whose Space is not "open the list": staff type `Perdagangan dan…` with a space, and a list that
    opened would swallow the Enter meant to book. F4 or Alt+Down still open it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not self.view().isVisible():
            event.accept()
            return
        super().keyPressEvent(event)
