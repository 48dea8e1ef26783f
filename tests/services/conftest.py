"""Two desks on copies of one prepared event, a sync folder, and the kept sums checked against a fresh count."""

import pytest

from eventdesk.store import totals as store_totals
from tests.desks import copy_to, desk, open_desk, prepare_event

A, B = desk("A", "Ani"), desk("B", "Budi")


@pytest.fixture(scope="module")
def prepared_pair(tmp_path_factory):
    return prepare_event(tmp_path_factory.mktemp("prepared") / "misi.eventdesk")


@pytest.fixture
def stick(tmp_path):
    """An empty sync folder: a USB stick, or a folder Syncthing keeps in step."""
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


@pytest.fixture
def two_files(prepared_pair, tmp_path):
    """The prepared event copied to desks A and B (not open)."""
    return {letter: copy_to(prepared_pair, tmp_path / f"meja-{letter}.eventdesk") for letter in "AB"}


@pytest.fixture
def two_desks(two_files):
    """Desks A and B, each open on its own copy."""
    opened = {"A": open_desk(two_files["A"], A), "B": open_desk(two_files["B"], B)}
    yield opened
    for session in opened.values():
        session.close()


def same_sums(event_file):
    """Whether the sums the triggers keep equal a fresh count of the transactions, breakdown by breakdown, and the
    value of each hour (the curve of the day) a fresh sum."""
    return store_totals.kept_sums_hold(event_file)
