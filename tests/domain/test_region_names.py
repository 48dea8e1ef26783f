"""Region spellings of real lists read as the event's regions."""

import pytest

from eventdesk.domain.models import Region
from eventdesk.domain.region_names import match_region

REGIONS = [
    Region("jatim", "Jawa Timur", "JATIM"),
    Region("kaltim", "Kalimantan Timur", "KALTIM"),
    Region("sulsel", "Sulawesi Selatan", ""),
    Region("ntb", "Nusa Tenggara Barat", ""),
]


@pytest.mark.parametrize(
    ("typed", "region_id"),
    [
        ("Jawa Timur", "jatim"),
        ("JAWA TIMUR", "jatim"),
        ("Jatim", "jatim"),
        ("jatim", "jatim"),
        ("Prov. Jawa Timur", "jatim"),
        ("Provinsi Jawa Timur", "jatim"),
        ("Jawa Timor", "jatim"),
        ("Kaltim", "kaltim"),
        ("Kal-Tim", "kaltim"),
        ("KALIMANTAN TIMUR", "kaltim"),
        ("Prov. Kaltim", "kaltim"),
        ("Sulsel", "sulsel"),
        ("NTB", "ntb"),
    ],
)
def test_a_region_is_found_however_the_list_spells_it(typed, region_id):
    assert match_region(typed, REGIONS).id == region_id


@pytest.mark.parametrize("typed", ["", None, "Jawa Barat", "Papua", "Surabaya", "-"])
def test_a_region_the_event_does_not_have_is_not_guessed(typed):
    assert match_region(typed, REGIONS) is None
