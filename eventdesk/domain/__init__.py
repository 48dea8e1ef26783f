"""Domain layer: plain Python words of the mission (no Qt, no SQL)."""
