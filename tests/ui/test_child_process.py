"""Work a worker hands to a child process (ui/tasks.in_child_process): the result or the error comes back, and
the Conflicts list of a file is the same read there as here."""

import os

import pytest

from eventdesk.domain.errors import EventFileError
from eventdesk.services.merge import conflict_list
from eventdesk.ui.tasks import in_child_process


def test_the_result_comes_back_from_another_process():
    assert in_child_process(os.getpid) != os.getpid()


def test_an_expected_error_comes_back_with_its_message(tmp_path, actor):
    missing = tmp_path / "tidak-ada.eventdesk"
    with pytest.raises(EventFileError, match="tidak-ada.eventdesk' tidak ditemukan"):
        in_child_process(conflict_list, missing, actor, only_to_review=True)


def test_the_conflicts_list_read_in_a_child_is_the_one_read_here(demo_path, actor):
    here = conflict_list(demo_path, actor, only_to_review=False)
    assert in_child_process(conflict_list, demo_path, actor, only_to_review=False) == here
