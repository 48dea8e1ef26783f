"""Fixtures of the command-line tests: the demo mission made once per module, and a fresh copy per test."""

import shutil

import pytest

from tests.cli.test_cli import eventdesk


@pytest.fixture(scope="module")
def demo_made(tmp_path_factory):
    """`eventdesk demo FILE`, once for this module."""
    folder = tmp_path_factory.mktemp("cli-demo")
    path = folder / "balikpapan.eventdesk"
    result = eventdesk(folder / "home", "demo", path)
    return result, path


@pytest.fixture
def demo_file(demo_made, tmp_path):
    _, made = demo_made
    path = tmp_path / "balikpapan.eventdesk"
    shutil.copyfile(made, path)
    return path
