"""EventDesk: desk software for a trade and investment mission."""

__version__ = "0.1.0"
