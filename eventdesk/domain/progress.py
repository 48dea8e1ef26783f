"""How long work reports how far it is: called with (done, total) as it goes, from whatever thread does the work."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]
