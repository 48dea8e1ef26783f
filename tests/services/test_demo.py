"""The Balikpapan demo mission: the figures of the real day, the same every time."""

import pytest

from eventdesk.domain.enums import AgreementStatus, AttendeeCategory, OrganisationKind
from eventdesk.domain.errors import EventFileError
from eventdesk.services.demo import DEMO_TOTAL_IDR, write_demo
from tests.outside import query, scalar


def test_the_booked_transactions_add_up_to_exactly_rp666_miliar(demo_path):
    # As an outside reporting script reads the file.
    assert scalar(demo_path, "SELECT sum(value_idr) FROM transactions WHERE status = 'booked'") == 666_000_000_000
    assert DEMO_TOTAL_IDR == 666_000_000_000


def test_the_demo_has_many_organisations_of_every_kind(demo_path):
    kinds = [kind for (kind,) in query(demo_path, "SELECT kind FROM organisations")]
    assert len(kinds) >= 40
    assert set(kinds) == {kind.value for kind in OrganisationKind}


def test_the_demo_has_many_attendees_of_every_category(demo_path):
    categories = [category for (category,) in query(demo_path, "SELECT category FROM attendees")]
    assert len(categories) >= 150
    assert set(categories) == {category.value for category in AttendeeCategory}
    checked_in = scalar(demo_path, "SELECT count(checked_in_at) FROM attendees")
    assert 0 < checked_in < len(categories)


def test_the_demo_has_signed_agreements_and_others_in_every_other_status(demo_path):
    statuses = [status for (status,) in query(demo_path, "SELECT status FROM agreements")]
    assert len(statuses) >= 12
    assert statuses.count("signed") >= 8
    assert set(statuses) == {status.value for status in AgreementStatus}
    unsigned_parties = scalar(
        demo_path,
        "SELECT count(*) FROM agreement_parties p JOIN agreements g ON g.id = p.agreement_id"
        " WHERE g.status = 'signed' AND p.signatory_id IS NULL",
    )
    assert unsigned_parties == 0


def test_the_demo_has_many_booked_deals_and_a_voided_one(demo_path):
    counts = dict(query(demo_path, "SELECT status, count(*) FROM transactions GROUP BY status"))
    assert counts["booked"] >= 60
    assert counts["void"] >= 1
    assert scalar(demo_path, "SELECT count(*) FROM transactions WHERE value_idr <= 0") == 0


def test_the_figures_the_app_shows_are_those_in_the_file(demo_session):
    figures = demo_session.figures.event_figures()
    path = demo_session.path
    assert (
        figures.transactions.total_idr,
        figures.transactions.count,
        figures.transactions.void_count,
        figures.attendees_registered,
        figures.attendees_checked_in,
        figures.agreements_signed,
    ) == (
        666_000_000_000,
        scalar(path, "SELECT count(*) FROM transactions WHERE status = 'booked'"),
        scalar(path, "SELECT count(*) FROM transactions WHERE status = 'void'"),
        scalar(path, "SELECT count(*) FROM attendees"),
        scalar(path, "SELECT count(checked_in_at) FROM attendees"),
        scalar(path, "SELECT count(*) FROM agreements WHERE status = 'signed'"),
    )
    assert sum(share.value_idr for share in figures.transactions.by_sector) == 666_000_000_000
    assert sum(share.value_idr for share in figures.transactions.by_kind.values()) == 666_000_000_000


def _content(path):
    return {
        "organisations": sorted(query(path, "SELECT name, kind FROM organisations")),
        "attendees": sorted(
            query(path, "SELECT code, full_name, category, phone, email, checked_in_at FROM attendees")
        ),
        "agreements": sorted(query(path, "SELECT number, title, status, value_idr, signed_at FROM agreements")),
        "transactions": sorted(query(path, "SELECT value_idr, kind, stage, status, commodity FROM transactions")),
    }


def test_the_demo_is_the_same_every_time(demo_master, tmp_path):
    again = tmp_path / "demo-lagi.eventdesk"
    write_demo(again).close()
    assert _content(again) == _content(demo_master)


def test_the_demo_is_refused_over_an_existing_file(demo_path):
    with pytest.raises(EventFileError):
        write_demo(demo_path)
