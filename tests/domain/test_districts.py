"""Kabupaten/kota read from the shipped BPS list: full names, short forms, the ambiguous "Malang"."""

import pytest

from eventdesk.domain.districts import clean_district, districts_of, districts_of_regions, match_district
from eventdesk.domain.errors import InvalidValue


def test_the_shipped_list_has_every_kabupaten_and_kota_of_both_mission_provinces():
    jatim = districts_of("Jawa Timur")
    kaltim = districts_of("Provinsi Kalimantan Timur")
    assert (len(jatim), sum(name.startswith("Kota ") for name in jatim)) == (38, 9)
    assert (len(kaltim), sum(name.startswith("Kota ") for name in kaltim)) == (10, 3)
    assert "Kota Balikpapan" in kaltim and "Kabupaten Mahakam Hulu" in kaltim
    assert districts_of_regions(["Jawa Timur", "Kalimantan Timur", "Vietnam"]) == jatim + kaltim
    assert districts_of("Vietnam") == [] and districts_of(None) == []


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Kab. Malang", "Kabupaten Malang"),
        ("kota malang", "Kota Malang"),
        ("Surabaya", "Kota Surabaya"),
        ("Pemkot Surabaya", "Kota Surabaya"),
        ("banyuwangi", "Kabupaten Banyuwangi"),
        ("Kab Sidoarjo", "Kabupaten Sidoarjo"),
    ],
)
def test_short_and_lower_case_forms_are_stored_as_the_full_name(typed, stored):
    assert match_district(typed, "Jawa Timur") == stored
    assert clean_district(typed, "Jawa Timur") == stored


def test_a_name_that_is_both_a_kabupaten_and_a_kota_has_to_say_which():
    assert match_district("Malang", "Jawa Timur") is None
    with pytest.raises(InvalidValue, match="'Kabupaten Malang' atau 'Kota Malang'"):
        clean_district("Malang", "Jawa Timur")


def test_a_district_of_another_province_is_refused_and_a_guest_country_keeps_what_was_typed():
    with pytest.raises(InvalidValue, match="'Balikpapan' bukan kabupaten/kota di Jawa Timur"):
        clean_district("Balikpapan", "Jawa Timur")
    assert clean_district("Ho  Chi Minh", "Vietnam") == "Ho Chi Minh"
    assert clean_district("", "Jawa Timur") == ""
