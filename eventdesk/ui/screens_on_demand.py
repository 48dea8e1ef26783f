"""The window's screens by key, each built the first time it is asked for: shown from the sidebar, or named by a
menu, a key or a test.

At start only the screen in sight is built: the others (tables, forms, their combo boxes filled from the file)
took half of the time from the frame painted to the first scan at the door, for screens the desk may not open
for an hour. A screen built later is built out of sight and reads its data when it is shown, as every screen
does (screens/base.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventdesk.ui.screens.base import Screen


class ScreensOnDemand(Mapping[str, "Screen"]):
    def __init__(self, keys: Sequence[str], build: Callable[[str], Screen]) -> None:
        self._keys = list(keys)
        self._build = build
        self._built: dict[str, Screen] = {}

    def __getitem__(self, key: str) -> Screen:
        screen = self._built.get(key)
        if screen is None:
            if key not in self._keys:
                raise KeyError(key)
            screen = self._built[key] = self._build(key)
        return screen

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> list[Screen]:
        """The screens built so far (iterating the mapping itself builds every one)."""
        return list(self._built.values())
