"""Counts of people and deals are written as the document's language groups thousands."""

from eventdesk.domain.i18n import set_language
from eventdesk.domain.quantity import format_count


def test_a_count_is_grouped_with_dots_in_indonesian_and_commas_in_english():
    assert [format_count(n) for n in (0, 999, 1_200, 20_000, 1_234_567)] == ["0", "999", "1.200", "20.000", "1.234.567"]
    set_language("en")
    try:
        assert format_count(20_000) == "20,000"
    finally:
        set_language("id")
