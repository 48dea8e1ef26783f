"""What every screen of the main window has: a title, a refresh, and texts that follow the language."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from eventdesk.ui.context import AppContext


class Screen(QWidget):
    """A page of the main window. Subclasses build widgets in __init__ and set texts in retranslate()."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.session_changed.connect(self.refresh)
        context.data_changed.connect(self._handle_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read what the screen shows from the services."""

    def watched_tables(self) -> frozenset[str]:
        """Tables whose changes make this screen refresh."""
        return frozenset()

    def retranslate(self) -> None:
        """Set every visible text; called at start and when the language changes."""

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        if tables & self.watched_tables():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
