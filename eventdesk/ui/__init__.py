"""UI layer: PySide6 only; talks to services, never to the store."""
