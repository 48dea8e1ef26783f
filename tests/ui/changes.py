"""Screens follow a write once the event loop runs again (the change is queued after the commit); a test that
asserts right after a key press lets the loop deliver it first, as the desk's own loop would within a frame."""

from PySide6.QtCore import QCoreApplication


def settle() -> None:
    """Deliver the queued change notices of the writes just made (screens refresh as they would at the desk)."""
    QCoreApplication.sendPostedEvents()
