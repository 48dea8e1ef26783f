"""Windows and dialogs sized to the laptop they open on: never taller or wider than its screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window frame and the taskbar: a dialog's buttons must stay on the screen.
FRAME_ROOM = (24, 64)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to `width`×`height`, or to what the screen has room for when that is less."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    available = screen.availableGeometry()
    window.resize(min(width, available.width() - FRAME_ROOM[0]), min(height, available.height() - FRAME_ROOM[1]))
