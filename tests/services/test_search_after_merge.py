"""The attendee search follows a merge: rows brought in from another desk, and codes re-given after a clash."""

from eventdesk.services.integrity import check_event_file
from tests.desks import copy_to, desks_sharing_a_tag, open_desk, prepare_event


def test_attendees_merged_from_another_desk_are_found_and_a_reprinted_code_too(tmp_path):
    prepared = prepare_event(tmp_path / "misi.eventdesk")
    first, second = desks_sharing_a_tag()
    file_a, file_b = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    one, two = open_desk(file_a, first), open_desk(file_b, second)
    try:
        kept = one.attendees.register("Sari Pertama", "seller")
        clashed = two.attendees.register("Joko Kedua", "buyer", phone="0812-5555-0001")
        two.merges.merge(file_a)

        assert [a.id for a in two.attendees.search("sari pert")] == [kept.id]
        assert [a.id for a in two.attendees.search(kept.code + "B")] == [clashed.id]
        assert [a.id for a in two.attendees.search("0812 5555")] == [clashed.id]
        assert two.attendees.search("merging") == []  # the placeholder a merge parks a code in is gone
    finally:
        one.close()
        two.close()
    assert check_event_file(file_b) == []


def test_a_registration_after_a_merge_uses_a_tag_no_other_desk_has(tmp_path):
    prepared = prepare_event(tmp_path / "misi.eventdesk")
    first, second = desks_sharing_a_tag()
    file_a, file_b = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    one, two = open_desk(file_a, first), open_desk(file_b, second)
    try:
        one.attendees.register("Sari Pertama", "seller")
        two.merges.merge(file_a)
        [code] = two.attendees.next_codes(1)
        assert code.split("-")[0] not in {a.code.split("-")[0] for a in one.attendees.list()}
    finally:
        one.close()
        two.close()
