"""The figures and counters kept between reads (services/latest_read.py) are never those of an older file: every
write, on this connection or on another (another desk's program, a plain SQLite tool), and a change of language,
make the next read a fresh one."""

import pytest

from eventdesk.domain import i18n
from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.domain.money import format_full
from eventdesk.services.session import open_session
from tests.outside import tamper


@pytest.fixture
def other(demo_path, actor):
    """Another program with the same file open."""
    session = open_session(demo_path, actor)
    yield session
    session.close()


def _booked(session):
    return session.figures.event_figures().transactions.total_idr


def test_the_headline_follows_a_booking_here_elsewhere_and_behind_eventdesks_back(demo_session, other, demo_path):
    first = _booked(demo_session)
    orgs = demo_session.organisations.list()
    demo_session.transactions.book(buyer_id=orgs[0].id, seller_id=orgs[1].id, value="1 M", kind="trade")
    assert _booked(demo_session) == first + 10**9
    other.transactions.book(buyer_id=orgs[1].id, seller_id=orgs[0].id, value="2 M", kind="trade")
    assert _booked(demo_session) == first + 3 * 10**9
    tamper(demo_path, "UPDATE transactions SET status = 'void', void_reason = 'x' WHERE value_idr = ?", (2 * 10**9,))
    assert _booked(demo_session) == first + 10**9
    assert format_full(_booked(other)) == format_full(first + 10**9)


def test_the_counters_at_the_door_follow_a_check_in_here_and_on_another_desk(demo_session, other):
    before = demo_session.attendees.attendance()
    waiting = demo_session.attendees.matching(AttendeeQuery(checked_in=False))
    demo_session.attendees.check_in(waiting[0].code)
    assert demo_session.attendees.attendance().checked_in == before.checked_in + 1
    other.attendees.check_in(waiting[1].code)
    after = demo_session.attendees.attendance()
    assert (after.registered, after.checked_in) == (before.registered, before.checked_in + 2)
    assert sum(line.checked_in for line in after.by_category) == after.checked_in


def test_the_labels_follow_the_language(demo_session):
    labels = [share.label for share in demo_session.figures.event_figures().transactions.by_direction]
    i18n.set_language("en")
    try:
        english = [share.label for share in demo_session.figures.event_figures().transactions.by_direction]
    finally:
        i18n.set_language("id")
    assert "Dalam satu daerah" in labels and "Within one region" in english
