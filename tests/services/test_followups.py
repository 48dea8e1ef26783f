"""Following booked deals up after the mission: recorded beside the deal, never changing what was booked,
the realised total from each deal's latest follow-up, and merged between desks like everything else."""

from datetime import date

import pytest

from eventdesk.domain.errors import InvalidValue, NotAllowed
from eventdesk.services.integrity import check_event_file
from tests.desks import contents
from tests.outside import query


def _deal(session):
    [deal] = session.transactions.list()
    return deal


def test_a_deals_latest_follow_up_gives_its_realised_value_and_the_booked_figure_stays(two_desks, two_files):
    session = two_desks["A"]
    deal = _deal(session)
    booked = session.figures.transaction_totals().total_idr
    session.followups.record(deal.id[:8], "in_negotiation", date(2025, 8, 8), note="Menunggu harga baru")
    session.followups.record(deal.id, "partly_realised", date(2025, 11, 8), "400 jt")
    assert session.followups.realised_idr() == 400_000_000
    session.followups.record(deal.id, "realised", date(2026, 5, 8), "1,1 M")
    assert session.followups.realised_idr() == 1_100_000_000  # the latest, not the sum of every call
    assert session.figures.transaction_totals().total_idr == booked  # what was announced stays
    assert [f.status.value for f in session.followups.of(deal.id)] == ["in_negotiation", "partly_realised", "realised"]
    assert query(two_files["A"], "SELECT count(*) FROM audit_log WHERE table_name = 'followups'")[0][0] == 3
    assert check_event_file(two_files["A"]) == []


def test_a_follow_up_that_cannot_be_recorded_is_refused_and_writes_nothing(two_desks, two_files):
    session = two_desks["A"]
    deal = _deal(session)
    written = query(two_files["A"], "SELECT count(*) FROM audit_log")
    with pytest.raises(InvalidValue):
        session.followups.record(deal.id, "realised", date(2025, 11, 8))  # realised, but how much?
    with pytest.raises(InvalidValue):
        session.followups.record(deal.id, "no_contact", date(2025, 11, 8), "1 M")
    with pytest.raises(InvalidValue):
        session.followups.record(deal.id, "sudah beres", date(2025, 11, 8))
    with pytest.raises(InvalidValue, match="belum terjadi"):  # a typed year ahead: a call not made yet
        session.followups.record(deal.id, "realised", date(2999, 11, 8), "1 M")
    assert query(two_files["A"], "SELECT count(*) FROM audit_log") == written
    session.transactions.void(deal.id, "salah catat")
    written = query(two_files["A"], "SELECT count(*) FROM audit_log")
    with pytest.raises(NotAllowed):
        session.followups.record(deal.id, "no_contact", date(2025, 11, 8))
    assert query(two_files["A"], "SELECT count(*) FROM audit_log") == written


def test_follow_ups_recorded_at_two_desks_merge_in_either_order_to_the_same_file(two_desks, two_files):
    deal = _deal(two_desks["A"])
    two_desks["A"].followups.record(deal.id, "partly_realised", date(2025, 8, 8), "300 jt")
    two_desks["B"].followups.record(deal.id, "realised", date(2025, 11, 8), "900 jt")
    two_desks["A"].merges.merge(two_files["B"])
    two_desks["B"].merges.merge(two_files["A"])
    assert contents(two_files["A"]) == contents(two_files["B"])
    for session in two_desks.values():
        assert session.followups.realised_idr() == 900_000_000
    written = query(two_files["A"], "SELECT count(*) FROM audit_log")
    two_desks["A"].merges.merge(two_files["B"])
    assert query(two_files["A"], "SELECT count(*) FROM audit_log") == written
