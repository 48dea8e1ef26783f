"""Counting on a desk's badge codes: the highest number of its own tag, read from the code index."""

import pytest

from eventdesk.store import attendees


def _with_codes(session, codes):
    rows = [{"code": code, "full_name": f"Peserta {code}", "category": "buyer"} for code in codes]
    with session.file.transaction():
        attendees.add_attendees(session.file, rows)


@pytest.mark.parametrize(
    "codes, tag, highest",
    [
        (["K7M-0001", "K7M-0009", "K7M-0003", "ABC-0100"], "K7M", 9),
        (["K7M-0001", "K7M-0009", "K7M-0003", "ABC-0100"], "ABC", 100),
        ([], "K7M", 0),
        (["K7M-9999", "K7M-10000"], "K7M", 10000),  # five digits after 9999: not a text comparison
        (["K7M-0042B", "K7M-0007"], "K7M", 7),  # another desk's clash code is not this desk's number
        (["K7-0041", "K7M-0050"], "K7", 41),  # an older two-character tag is not a prefix of a longer one
    ],
)
def test_the_highest_number_of_a_tag_is_found_among_its_own_codes_only(session, codes, tag, highest):
    _with_codes(session, codes)
    assert attendees.highest_code_number(session.file, tag) == highest


def test_the_next_registration_counts_on_from_the_highest_code_of_this_desk(session):
    first = session.attendees.register("Siti Rahayu", "buyer")
    tag = first.code.split("-")[0]
    _with_codes(session, [f"{tag}-0041", f"{tag}-0007B"])
    assert session.attendees.register("Budi Santoso", "seller").code == f"{tag}-0042"
