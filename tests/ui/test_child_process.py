"""Work a worker hands to a child process (ui/tasks.in_child_process): the result or the error comes back, and
the Conflicts list of a file is the same read there as here."""

import os
import time

import pytest

from eventdesk.domain.errors import EventDeskError, EventFileError
from eventdesk.services.merge import conflict_list
from eventdesk.ui.tasks import in_child_process


def test_the_result_comes_back_from_another_process():
    assert in_child_process(os.getpid) != os.getpid()


def test_an_expected_error_comes_back_with_its_message(tmp_path, actor):
    missing = tmp_path / "tidak-ada.eventdesk"
    with pytest.raises(EventFileError, match=r"tidak-ada\.eventdesk' tidak ditemukan"):
        in_child_process(conflict_list, missing, actor, only_to_review=True)


def test_the_conflicts_list_read_in_a_child_is_the_one_read_here(demo_path, actor):
    here = conflict_list(demo_path, actor, only_to_review=False)
    assert in_child_process(conflict_list, demo_path, actor, only_to_review=False) == here


def count_to(total, progress=None):
    for done in range(1, total + 1):
        progress(done, total)
    return total


def test_progress_in_the_child_is_reported_here_in_order():
    seen = []
    assert in_child_process(count_to, 5, progress=lambda done, total: seen.append((done, total))) == 5
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def count_until_stopped(progress=None, stop=None):
    """Counts every 10 ms until told to stop (at most 30 s: -1 means the stop never arrived)."""
    for done in range(1, 3001):
        progress(done, 0)
        if stop():
            return done
        time.sleep(0.01)
    return -1


def test_stop_asked_here_reaches_the_child_which_ends_its_work():
    seen = []
    counted = in_child_process(
        count_until_stopped, progress=lambda done, total: seen.append(done), stop=lambda: bool(seen)
    )
    assert counted >= 1 and seen[-1] == counted


def test_a_child_that_dies_without_a_result_is_an_error_not_a_wait():
    with pytest.raises(EventDeskError, match=r"berhenti tanpa hasil \(kode keluar 3\)"):
        in_child_process(os._exit, 3)
