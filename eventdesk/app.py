"""`python main.py [FILE]`: the window's start-up (Qt, in the ui layer) behind a name main.py can import."""

from eventdesk.ui.pyside_source_check import read_sources_quickly

read_sources_quickly()  # before the window's modules are imported (see there)

from eventdesk.ui.app import main  # noqa: E402 (after the quick check is in place)

__all__ = ["main"]
