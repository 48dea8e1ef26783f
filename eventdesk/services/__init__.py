"""Services: the operations a user performs, each rules + store in one transaction; no Qt, no SQL."""
