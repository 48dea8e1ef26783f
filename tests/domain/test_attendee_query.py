"""What is typed in a search box, as the words matched by prefix."""

import pytest

from eventdesk.domain.attendee_query import search_terms


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("Budi sant", ["budi", "sant"]),
        ("  PT  Maju ", ["pt", "maju"]),
        ("K7-0042", ["k7", "0042"]),
        ("0812-3456-7890", ["081234567890"]),
        ("+62 812 3456", ["628123456"]),
        ("budi@contoh", ["budi", "contoh"]),
        ("Đặng", ["đặng"]),
        ("", []),
        ('"*', []),
    ],
)
def test_search_terms_are_words_and_a_phone_is_one_run_of_digits(typed, terms):
    assert search_terms(typed) == terms
