"""Opening an event as a desk: new files, reopening, and the per-user folders."""

import json

import pytest

from eventdesk.domain.errors import EventFileError
from eventdesk.domain.models import Actor
from eventdesk.files import paths, user_config
from eventdesk.services.session import create_event, open_session
from tests.outside import scalar, sha256


def test_creating_an_event_over_an_existing_file_is_refused_and_leaves_it(demo_path, actor):
    fingerprint = sha256(demo_path)
    with pytest.raises(EventFileError):
        create_event(demo_path, actor)
    assert sha256(demo_path) == fingerprint


def test_reopening_as_the_same_desk_writes_nothing(session, actor):
    session.close()
    audit_rows = scalar(session.path, "SELECT count(*) FROM audit_log")
    open_session(session.path, actor).close()
    assert scalar(session.path, "SELECT count(*) FROM audit_log") == audit_rows


def test_every_desk_that_wrote_to_the_event_is_listed(demo_session, actor):
    assert sorted(d.label for d in demo_session.desks()) == sorted(["Meja Demo", actor.desk_label])


def test_a_desk_that_changed_its_label_is_listed_under_the_new_one(session, actor):
    session.close()
    renamed = Actor(actor.desk_id, "Meja Check-in", actor.operator)
    reopened = open_session(session.path, renamed)
    try:
        assert [d.label for d in reopened.desks()] == ["Meja Check-in"]
    finally:
        reopened.close()


def test_per_user_folders_live_under_eventdesk_home(eventdesk_home):
    assert paths.default_event_file().parent == eventdesk_home / "data"
    for folder in (paths.config_dir(), paths.data_dir(), paths.log_dir(), paths.backup_dir()):
        assert folder.is_dir() and eventdesk_home in folder.parents


def test_a_desk_keeps_its_identity_from_one_start_to_the_next(eventdesk_home):
    first = user_config.load()
    second = user_config.load()
    assert first.desk_id and first.desk_id == second.desk_id
    assert user_config.config_path().parent == eventdesk_home / "config"


def test_a_damaged_config_file_gives_a_fresh_desk_identity_instead_of_a_crash(eventdesk_home):
    user_config.config_path().write_text("{ not json", encoding="utf-8")
    config = user_config.load()
    assert config.desk_id
    assert json.loads(user_config.config_path().read_text(encoding="utf-8"))["desk_id"] == config.desk_id


def test_the_operator_and_language_are_remembered(eventdesk_home):
    config = user_config.load()
    config.operator = "Wulan Maharani"
    config.language = "en"
    user_config.save(config)
    again = user_config.load()
    assert (again.operator, again.language, again.actor().operator) == ("Wulan Maharani", "en", "Wulan Maharani")
