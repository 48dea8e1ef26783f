"""Money as staff type it and as the governor reads it out."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.domain.errors import InvalidAmount
from eventdesk.domain.money import MAX_AMOUNT, format_compact, format_full, format_words, parse_amount

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("typed", "rupiah"),
    [
        ("666 miliar", 666_000_000_000),
        ("666 M", 666_000_000_000),
        ("1,5 miliar", 1_500_000_000),
        ("250 jt", 250_000_000),
        ("250 juta", 250_000_000),
        ("Rp 1.250.000", 1_250_000),
        ("1.250.000,00", 1_250_000),
        ("2 T", 2_000_000_000_000),
        ("Rp2.000.000.000", 2_000_000_000),
        ("1.250.000,-", 1_250_000),
        ("1,5 M", 1_500_000_000),
        ("0,25 jt", 250_000),
        ("  Rp  666   miliar ", 666_000_000_000),
        ("Rp\u00a01.250.000", 1_250_000),
        ("IDR 5.000", 5_000),
        ("750 rb", 750_000),
        ("5 ribu", 5_000),
        ("3 triliun", 3_000_000_000_000),
        ("1000 T", MAX_AMOUNT),
    ],
)
def test_amount_parser_reads_what_staff_type(typed, rupiah):
    assert parse_amount(typed) == rupiah


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("1.5 M", "Titik adalah pemisah ribuan"),
        ("1,2,3", "Koma adalah tanda desimal dan hanya boleh satu"),
        ("abc", "tidak terbaca"),
        ("-5 jt", "tidak boleh negatif"),
        ("1,5", "harus bulat dalam rupiah"),
        ("1.000,5", "harus bulat dalam rupiah"),
        ("5 m", "'m' bisa berarti juta atau miliar"),
        ("1.000.000.000.000.001", "lebih dari Rp1.000 triliun"),
        ("1001 T", "lebih dari Rp1.000 triliun"),
        ("", "belum diisi"),
        ("   ", "belum diisi"),
        ("5 kg", "Satuan 'kg' tidak dikenal"),
        ("5,", "Setelah koma harus ada angka desimal"),
    ],
)
def test_amount_parser_refuses_and_says_why(typed, reason):
    with pytest.raises(InvalidAmount) as refused:
        parse_amount(typed)
    assert reason in refused.value.message


def test_amount_parser_refuses_a_fraction_of_a_rupiah_hidden_far_behind_the_comma():
    # 1,000…0001 T is one trillion and a sliver of a rupiah: still a fraction, however small.
    with pytest.raises(InvalidAmount, match="harus bulat"):
        parse_amount("1," + "0" * 40 + "1 T")


@pytest.mark.parametrize("not_text", [None, 5, 1.5, b"5 jt", ["5 jt"]])
def test_amount_parser_refuses_anything_but_text(not_text):
    with pytest.raises(InvalidAmount):
        parse_amount(not_text)


@PROPERTY
@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_a_full_amount_reads_back_as_the_same_rupiah(amount):
    assert parse_amount(format_full(amount)) == amount


@PROPERTY
@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_an_amount_typed_with_dots_and_a_unit_reads_back(amount):
    grouped = f"{amount:,}".replace(",", ".")
    assert parse_amount(grouped) == amount
    if amount % 1_000_000 == 0:
        millions = f"{amount // 1_000_000:,}".replace(",", ".")
        assert parse_amount(f"{millions} jt") == amount


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_amount_parser_raises_nothing_but_invalid_amount_for_any_text(text):
    try:
        amount = parse_amount(text)
    except InvalidAmount as refused:
        assert refused.message
    else:
        assert isinstance(amount, int) and 0 <= amount <= MAX_AMOUNT


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"\A(Rp ?)?[0-9][0-9.,]{0,14}( ?(rb|jt|juta|M|miliar|T|m|k))?\Z"))
def test_amount_parser_raises_nothing_but_invalid_amount_for_number_like_text(text):
    try:
        amount = parse_amount(text)
    except InvalidAmount:
        return
    assert isinstance(amount, int) and 0 <= amount <= MAX_AMOUNT


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.none(), st.integers(), st.floats(), st.binary(), st.lists(st.text()), st.booleans()))
def test_amount_parser_raises_invalid_amount_for_any_non_text(value):
    with pytest.raises(InvalidAmount):
        parse_amount(value)


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (666_000_000_000, "Rp666.000.000.000"),
        (1_250_000, "Rp1.250.000"),
        (0, "Rp0"),
        (999, "Rp999"),
        (MAX_AMOUNT, "Rp1.000.000.000.000.000"),
    ],
)
def test_full_amount_groups_every_digit_the_indonesian_way(amount, shown):
    assert format_full(amount) == shown


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (666_000_000_000, "Rp666 miliar"),
        (1_500_000_000, "Rp1,5 miliar"),
        (250_000_000, "Rp250 juta"),
        (2_000_000_000_000, "Rp2 triliun"),
        (93_945_000_000, "Rp93,95 miliar"),  # half rounds up, as the press would round it
        (93_944_999_999, "Rp93,94 miliar"),
        (834_496_700_000, "Rp834,5 miliar"),
        (999_995_000_000, "Rp1 triliun"),
    ],
)
def test_compact_amount_reads_like_a_headline(amount, shown):
    assert format_compact(amount) == shown


def test_amount_in_words_is_what_the_governor_reads_out():
    assert format_words(666_000_000_000) == "enam ratus enam puluh enam miliar rupiah"
    assert format_words(1_500_000) == "satu juta lima ratus ribu rupiah"


@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
@PROPERTY
def test_amounts_in_indonesian_words_are_num2words_own(amount):
    """(Its Indonesian converter is loaded alone, without the package's fifty languages: the same words.)"""
    from num2words import num2words

    assert format_words(amount) == f"{num2words(amount, lang='id')} rupiah"


def test_amounts_follow_the_english_language(english):
    assert format_compact(666_000_000_000) == "Rp666 billion"
    assert format_compact(1_500_000_000) == "Rp1.5 billion"
    assert format_words(666_000_000_000) == "six hundred and sixty-six billion rupiah"
    # The full figure is always written the Indonesian way, as printed for the press.
    assert format_full(666_000_000_000) == "Rp666.000.000.000"


def test_english_fixture_restores_indonesian_afterwards():
    assert format_compact(666_000_000_000) == "Rp666 miliar"


def test_an_amount_given_as_rupiah_or_as_typed_is_read_the_same_and_a_bad_one_names_its_field():
    from eventdesk.domain.money import amount_of

    assert amount_of(1_200_000_000) == amount_of("1,2 M") == 1_200_000_000
    for bad in (-5, True, "satu juta", 10**16):
        with pytest.raises(InvalidAmount) as refused:
            amount_of(bad, field="value")
        assert refused.value.field == "value"
