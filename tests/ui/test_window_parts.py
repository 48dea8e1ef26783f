"""The window's parts, found by name when first asked for: every screen of the sidebar, every dialog."""

import pytest

from eventdesk.ui import window_parts
from eventdesk.ui.screen_titles import screen_titles
from eventdesk.ui.screens.base import Screen


def test_every_screen_of_the_sidebar_is_found_by_its_key():
    assert list(window_parts.SCREENS) == list(screen_titles())
    for key in screen_titles():
        found = window_parts.screen_class(key)
        assert issubclass(found, Screen) and found.key == key
    assert set(window_parts.FIRST_SCREENS) <= set(window_parts.SCREENS)


def test_every_part_the_window_asks_for_is_there_after_the_rest_is_imported():
    window_parts.import_the_rest()
    for name in ("SettingsDialog", "MergeDialog", "ConflictsDialog", "LiveBoard", "open_or_recover", "create_event"):
        assert callable(getattr(window_parts, name))
    with pytest.raises(AttributeError):
        window_parts.NoSuchDialog  # noqa: B018  # a name nobody defines is an error, not None
