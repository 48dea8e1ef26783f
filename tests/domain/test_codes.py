"""Badge codes: short, typeable, distinct per desk, read back however the scanner or operator types them."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.domain.codes import ALPHABET, TAG_LENGTH, clash_code, desk_tag, format_code, normalise_code


def test_a_code_is_the_desk_tag_a_dash_and_four_digits():
    assert format_code("K7", 42) == "K7-0042"
    assert format_code("K7", 12345) == "K7-12345"


def test_the_same_desk_always_gets_the_same_tag():
    assert desk_tag("7c1d0a52-5b8e-4c0e-9a57-0000000000a1") == desk_tag("7c1d0a52-5b8e-4c0e-9a57-0000000000a1")


def test_tags_of_many_desks_are_spread_over_the_alphabet():
    tags = {desk_tag(f"desk-{n}") for n in range(200)}
    assert len(tags) > 195


def test_a_desk_whose_tag_another_desk_has_gets_another_tag_every_time():
    own = desk_tag("7c1d0a52-5b8e-4c0e-9a57-0000000000a1")
    other = desk_tag("7c1d0a52-5b8e-4c0e-9a57-0000000000a1", taken={own})
    assert other != own and len(other) == TAG_LENGTH
    assert desk_tag("7c1d0a52-5b8e-4c0e-9a57-0000000000a1", taken={own}) == other
    assert desk_tag("7c1d0a52-5b8e-4c0e-9a57-0000000000a1", taken={"ZZZ"}) == own


def test_three_character_tags_make_a_clash_between_desks_that_never_met_rare():
    # Pairs of 5,000 random desks that share a tag: about 5000²/2 / 32768 ≈ 381 with three
    # characters, where two characters gave about 12,200.
    tags = [desk_tag(f"desk-{n}") for n in range(5000)]
    clashes = sum(count * (count - 1) // 2 for count in __import__("collections").Counter(tags).values())
    assert 250 < clashes < 520


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_a_desk_tag_never_holds_a_letter_that_reads_like_a_digit(desk_id):
    tag = desk_tag(desk_id)
    assert len(tag) == TAG_LENGTH
    assert set(tag) <= set(ALPHABET)
    assert not set(tag) & set("ILOU")


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1), st.integers(min_value=1, max_value=99_999))
def test_a_code_typed_sloppily_reads_back_as_the_code(desk_id, number):
    code = format_code(desk_tag(desk_id), number)
    tag, digits = code.split("-")
    assert normalise_code(code) == code
    assert normalise_code(f"  {tag.lower()} {digits}\n") == code
    assert normalise_code(f"{tag}_{number}") == code


def test_letters_mistyped_for_digits_are_read_as_digits():
    assert normalise_code("k7m-OO42") == "K7M-0042"
    assert normalise_code("K7M-OOl2") == "K7M-0012"
    assert normalise_code("k7-OO42") == "K7-0042"


def test_codes_of_older_files_with_two_character_tags_still_read_back():
    assert normalise_code("k7 0042") == "K7-0042"
    assert normalise_code("K70042") == "K7-0042"


def test_a_code_typed_without_the_dash_reads_as_a_three_character_tag():
    assert normalise_code("k7m0042") == "K7M-0042"
    assert normalise_code("K7M42") == "K7M42"  # too short to be a code: left for the search to find nothing


def test_a_clashing_code_gets_a_letter_after_its_number_and_reads_back():
    assert clash_code("K7M-0042", set()) == "K7M-0042B"
    assert clash_code("K7M-0042", {"K7M-0042B"}) == "K7M-0042C"
    assert normalise_code(" k7m-0042b ") == "K7M-0042B"


def test_a_code_is_recognised_by_its_shape_however_typed():
    from eventdesk.domain.codes import looks_like_code

    assert looks_like_code("K7M-0042") and looks_like_code("k7m 42") and looks_like_code(" ZZZ-9999\n")
    assert looks_like_code("K7M-0042B") and looks_like_code("K7-0042")  # a clash reprint; an older file's code
    assert looks_like_code("081-0012")  # a tag of digits, with its dash
    assert not looks_like_code("Budi") and not looks_like_code("0812") and not looks_like_code("08123456789")
    assert not looks_like_code("")


@pytest.mark.parametrize(
    ("typed", "complete"),
    [
        ("8PF-0001", True),
        ("8pf 0001", True),
        ("8PF0001", True),
        ("K7M-0042B", True),
        ("8PF-1", False),
        ("8PF-001", False),
        ("k7m 42", False),
        ("budi", False),
        ("0812 3456", False),
    ],
)
def test_only_a_whole_code_is_complete_a_short_one_would_be_padded(typed, complete):
    from eventdesk.domain.codes import is_complete_code

    assert is_complete_code(typed) is complete


def test_a_desks_default_name_is_printed_in_the_documents_language_and_a_given_name_as_given(english):
    from eventdesk.domain.codes import default_desk_label, desk_name, desk_tag

    desk_id = "de5c0001-0000-4000-8000-000000000001"
    tag = desk_tag(desk_id)
    assert default_desk_label(desk_id) == f"Meja {tag}"  # stored as made, in Indonesian
    assert desk_name(f"Meja {tag}", desk_id) == f"Desk {tag}"
    assert desk_name("Meja Registrasi 1", desk_id) == "Meja Registrasi 1"
