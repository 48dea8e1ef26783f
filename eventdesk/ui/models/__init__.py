"""Qt table models over domain objects."""
