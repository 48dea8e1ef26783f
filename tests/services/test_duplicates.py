"""An organisation or attendee registered twice, merged into the one kept: at one desk, then across desks."""

import pytest

from eventdesk.domain.errors import InvalidValue, NotAllowed
from eventdesk.services.integrity import check_event_file
from tests.desks import contents
from tests.outside import query
from tests.services.conftest import same_sums


def _organisation(session, name):
    [found] = session.organisations.find_by_name(name)
    return found


def test_an_organisation_merged_gives_its_attendees_deals_and_agreements_to_the_one_kept(two_desks, two_files):
    session = two_desks["A"]
    kept = _organisation(session, "PT Samudra Biru")
    twice = session.organisations.add("PT. Samudra Biru (Surabaya)", "company", kept.region_id)
    person = session.attendees.register("Rudi Hartono", "seller", organisation_id=twice.id)
    other = _organisation(session, "PT Borneo Segar")
    session.transactions.book(buyer_id=other.id, seller_id=twice.id, value="2 M", kind="trade")
    before = session.figures.event_figures().transactions.total_idr

    moves = session.duplicates.organisation_moves(twice.id)
    assert (moves.attendees, moves.deals) == (1, 1)
    session.duplicates.merge_organisations(twice.id, kept.id)

    assert session.attendees.get(person.id).organisation_name == "PT Samudra Biru"
    assert "PT. Samudra Biru (Surabaya)" not in [o.name for o in session.organisations.list()]
    assert session.duplicates.organisation_moves(twice.id).deals == 0
    assert session.figures.event_figures().transactions.total_idr == before  # the same deals, now all the kept one's
    assert same_sums(session.file)
    merged = query(two_files["A"], "SELECT reason FROM audit_log WHERE action = 'merged_duplicate'")
    assert len(merged) == 3  # the attendee, the deal, the duplicate itself
    assert merged[0][0] == "Organisasi 'PT. Samudra Biru (Surabaya)' digabung ke 'PT Samudra Biru'"
    assert check_event_file(two_files["A"]) == []


def test_an_attendee_merged_passes_on_check_in_agreements_and_missing_contact_and_the_old_badge_still_works(two_desks):
    session = two_desks["A"]
    organisation = _organisation(session, "PT Samudra Biru")
    kept = next(p for p in session.attendees.list() if p.full_name == "Budi Santoso")
    twice = session.attendees.register(
        "Boedi Santoso", "buyer", organisation_id=organisation.id, email="budi@samudra.id", different_person=True
    )
    session.attendees.check_in(twice.code)
    agreement = session.agreements.list()[0]
    party_before = [p.signatory_id for p in session.agreements.get(agreement.id).parties]
    assert kept.id in party_before

    result = session.duplicates.merge_attendees(twice.id, kept.id)

    assert result.checked_in and result.email == "budi@samudra.id"
    assert result.phone == kept.phone  # its own, not overwritten
    assert session.attendees.counts() == (4, 1)  # the duplicate counts no more
    again = session.attendees.check_in(twice.code)  # the badge printed for the duplicate
    assert (again.attendee.id, again.already) == (kept.id, True)


def test_merging_the_same_or_an_already_merged_row_is_refused_and_writes_nothing(two_desks, two_files):
    session = two_desks["A"]
    kept = _organisation(session, "PT Samudra Biru")
    twice = session.organisations.add("Samudra Biru", "company", kept.region_id)
    with pytest.raises(InvalidValue):
        session.duplicates.merge_organisations(kept.id, kept.id)
    session.duplicates.merge_organisations(twice.id, kept.id)
    written = query(two_files["A"], "SELECT count(*) FROM audit_log")
    with pytest.raises(NotAllowed):
        session.duplicates.merge_organisations(twice.id, kept.id)
    with pytest.raises(NotAllowed):
        session.duplicates.merge_organisations(kept.id, twice.id)
    assert query(two_files["A"], "SELECT count(*) FROM audit_log") == written


def test_what_another_desk_wrote_about_a_duplicate_before_hearing_of_the_merge_moves_to_the_one_kept(
    two_desks, two_files
):
    kept = _organisation(two_desks["A"], "PT Samudra Biru")
    twice = two_desks["A"].organisations.add("Samudra Biru Surabaya", "company", kept.region_id)
    person = two_desks["A"].attendees.register("Wati Lestari", "seller", organisation_id=twice.id)
    two_desks["B"].merges.merge(two_files["A"])  # B knows the duplicate and the person, not yet the merge
    two_desks["A"].duplicates.merge_organisations(twice.id, kept.id)
    late = two_desks["B"].attendees.register("Yanto Saputra", "seller", organisation_id=twice.id)
    borneo = _organisation(two_desks["B"], "PT Borneo Segar")
    deal = two_desks["B"].transactions.book(buyer_id=borneo.id, seller_id=twice.id, value="3 M", kind="trade")
    two_desks["B"].attendees.check_in(person.code)

    two_desks["A"].merges.merge(two_files["B"])
    two_desks["B"].merges.merge(two_files["A"])

    for session in two_desks.values():
        assert session.attendees.get(late.id).organisation_id == kept.id
        assert session.transactions.get(deal.id).seller_id == kept.id
        assert same_sums(session.file)
    assert contents(two_files["A"]) == contents(two_files["B"])
    assert check_event_file(two_files["A"]) == check_event_file(two_files["B"]) == []
    written = query(two_files["A"], "SELECT count(*) FROM audit_log")
    two_desks["A"].merges.merge(two_files["B"])  # merging again adds nothing
    assert query(two_files["A"], "SELECT count(*) FROM audit_log") == written


def test_an_old_badge_checked_in_on_a_desk_that_had_not_seen_the_merge_checks_in_the_one_kept(two_desks, two_files):
    organisation = _organisation(two_desks["A"], "PT Samudra Biru")
    kept = two_desks["A"].attendees.register("Agus Hidayat", "buyer", organisation_id=organisation.id)
    twice = two_desks["A"].attendees.register(
        "Agoes Hidajat", "buyer", organisation_id=organisation.id, different_person=True
    )
    two_desks["B"].merges.merge(two_files["A"])
    two_desks["A"].duplicates.merge_attendees(twice.id, kept.id)
    two_desks["B"].attendees.check_in(twice.code)

    two_desks["A"].merges.merge(two_files["B"])
    two_desks["B"].merges.merge(two_files["A"])

    for session in two_desks.values():
        assert session.attendees.get(kept.id).checked_in
    assert contents(two_files["A"]) == contents(two_files["B"])
    assert check_event_file(two_files["B"]) == []
