"""Phone numbers and e-mail addresses as staff and registration lists type them."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.domain.contact import mask_phone, normalise_email, normalise_phone
from eventdesk.domain.errors import InvalidValue


@pytest.mark.parametrize(
    "typed",
    ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "81234567890", "(0812) 3456 7890", " 0812 3456 7890 "],
)
def test_phone_numbers_typed_any_common_way_become_one_number(typed):
    assert normalise_phone(typed) == "+6281234567890"


def test_a_landline_and_a_foreign_number_are_kept_in_international_form():
    assert normalise_phone("021-5551234") == "+62215551234"
    assert normalise_phone("+1 202 555 0100") == "+12025550100"


@pytest.mark.parametrize("typed", ["08123", "12345", "abc", "0812345678901234567", "+62 0"])
def test_a_number_that_cannot_be_a_phone_is_refused_on_the_phone_field(typed):
    with pytest.raises(InvalidValue) as refused:
        normalise_phone(typed)
    assert refused.value.field == "phone"
    assert typed.strip() in refused.value.message


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_a_blank_phone_or_email_is_no_phone_or_email(blank):
    assert normalise_phone(blank) is None
    assert normalise_email(blank) is None


def test_an_email_is_trimmed_and_keeps_its_case():
    assert normalise_email("  Budi.Santoso@Contoh.co.id ") == "Budi.Santoso@Contoh.co.id"


@pytest.mark.parametrize("typed", ["budi@", "budi@contoh", "bu di@contoh.id", "<budi>@contoh.id", "budi", "@contoh.id"])
def test_an_address_that_cannot_be_an_email_is_refused_on_the_email_field(typed):
    with pytest.raises(InvalidValue) as refused:
        normalise_email(typed)
    assert refused.value.field == "email"


def test_a_masked_phone_shows_only_the_prefix_and_the_last_four_digits():
    assert mask_phone("+6281234567890") == "0812****7890"
    assert mask_phone("+12025550100") == "+120****0100"
    assert mask_phone(None) == ""


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["", "0", "+62", "62", "08", "+628", "021", "0542"]),
    st.text(alphabet="0123456789", min_size=3, max_size=14),
)
def test_the_quick_path_for_indonesian_numbers_answers_as_libphonenumber(prefix, digits):
    import phonenumbers

    text = prefix + digits
    cleaned = (
        text if not (text.startswith("62") or text.startswith("8")) else ("+" if text.startswith("62") else "0") + text
    )
    try:
        number = phonenumbers.parse(cleaned, "ID")
        expected = (
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if phonenumbers.is_valid_number(number)
            else "invalid"
        )
    except phonenumbers.NumberParseException:
        expected = "invalid"
    try:
        got = normalise_phone(text)
    except InvalidValue:
        got = "invalid"
    assert got == expected
