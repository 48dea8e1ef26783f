"""What every screen of the main window has: a title, a refresh, and texts that follow the language.

A screen the main window keeps out of sight reads nothing: its `refresh()` only
marks it stale, and it reads once when it is shown. With 100,000 deals and
20,000 attendees in the file, the window starts by reading only the screen it
shows, and a booking does not make hidden lists re-read themselves.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from eventdesk.ui.context import AppContext
from eventdesk.ui.screen_titles import screen_titles

_building_out_of_sight = False


@contextlib.contextmanager
def built_out_of_sight() -> Iterator[None]:
    """Screens made inside this block start out of sight: they read nothing until first shown."""
    global _building_out_of_sight
    previous, _building_out_of_sight = _building_out_of_sight, True
    try:
        yield
    finally:
        _building_out_of_sight = previous


class Screen(QWidget):
    """A page of the main window. Subclasses build widgets in __init__ and set texts in retranslate()."""

    key = ""  # the screen's key in screen_titles(), which says its title and its place in the sidebar

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.out_of_sight = _building_out_of_sight
        self.stale = False
        context.session_changed.connect(self.refresh)
        context.data_changed.connect(self._handle_data_changed)

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("refresh")
        if own is not None and not getattr(own, "_deferred", False):
            # Wrapped once per screen class, so every screen's refresh waits while it is out of sight.
            cls.refresh = _deferred_while_out_of_sight(own)  # type: ignore[method-assign]

    def title(self) -> str:
        return screen_titles()[self.key]

    def refresh(self) -> None:
        """Re-read what the screen shows from the services (deferred while the screen is out of sight)."""

    def set_out_of_sight(self, out_of_sight: bool) -> None:
        """The main window hides (True) or shows (False) this screen; a stale screen reads now."""
        self.out_of_sight = out_of_sight
        if not out_of_sight and self.stale:
            self.refresh()

    def watched_tables(self) -> frozenset[str]:
        """Tables whose changes make this screen refresh."""
        return frozenset()

    def retranslate(self) -> None:
        """Set every visible text; called at start and when the language changes."""

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        if tables & self.watched_tables():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _deferred_while_out_of_sight(refresh):
    @functools.wraps(refresh)
    def wrapper(self: Screen, *args, **kwargs):
        if getattr(self, "out_of_sight", False):
            self.stale = True
            return None
        self.stale = False
        return refresh(self, *args, **kwargs)

    wrapper._deferred = True  # type: ignore[attr-defined]  # a mark on the function object: wrapped already
    return wrapper
