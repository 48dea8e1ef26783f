"""`python main.py [FILE]`: the window's start-up (Qt, in the ui layer) behind a name main.py can import."""

from eventdesk.ui.app import main

__all__ = ["main"]
