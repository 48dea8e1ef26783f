"""Shared fixtures: a private EVENTDESK_HOME per test, a fresh event file, and the seeded demo mission."""

import os

# Before anything can import Qt: widgets render without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil

import pytest

from eventdesk.domain import i18n
from eventdesk.domain.models import Actor
from eventdesk.services.demo import write_demo
from eventdesk.services.session import create_event, open_session


@pytest.fixture(autouse=True)
def eventdesk_home(tmp_path, monkeypatch):
    """Config, default event file, logs and backups of this test, never the real user folders."""
    home = tmp_path / "eventdesk-home"
    home.mkdir()
    monkeypatch.setenv("EVENTDESK_HOME", str(home))
    return home


@pytest.fixture
def english():
    """Messages, labels and amounts in English for one test, Indonesian again afterwards."""
    previous = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(previous)


@pytest.fixture
def actor():
    return Actor(desk_id="7c1d0a52-5b8e-4c0e-9a57-0000000000a1", desk_label="Meja Registrasi 1", operator="Siti Rahayu")


@pytest.fixture
def event_path(tmp_path):
    return tmp_path / "misi.eventdesk"


@pytest.fixture
def session(event_path, actor):
    """A new, empty event file, open as `actor`."""
    opened = create_event(event_path, actor)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory):
    """The demo mission, written once per test run; closed so its WAL is folded into the file."""
    path = tmp_path_factory.mktemp("demo-master") / "demo.eventdesk"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_master, tmp_path):
    """This test's own copy of the demo event file (not open)."""
    path = tmp_path / "demo.eventdesk"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture
def demo_session(demo_path, actor):
    """The demo mission open at another desk (`actor`), as a second laptop would open it."""
    opened = open_session(demo_path, actor)
    yield opened
    opened.close()
