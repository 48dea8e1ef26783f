"""Organisation names as lists shorten them: `Prov. Kaltim`, `Pemkot`, `Disperindag` are the names written out."""

import pytest

from eventdesk.domain.models import Region
from eventdesk.domain.organisation_names import OrganisationNames, written_out

REGIONS = [Region("r1", "Jawa Timur"), Region("r2", "Kalimantan Timur"), Region("r3", "Sulawesi Selatan")]
REGISTERED = [
    "Dinas Perindustrian Provinsi Kalimantan Timur",
    "Dinas Perindustrian Provinsi Jawa Timur",
    "Pemerintah Kota Balikpapan",
    "Koperasi Unit Desa 3",
    "PT Maju Jaya Abadi",
    "PT Kayu Jati Lestari",
]


def test_short_forms_are_written_out_with_the_events_own_regions():
    names = OrganisationNames([], REGIONS)
    assert names.written("Dinas Perindustrian Prov. Kaltim") == "dinas perindustrian provinsi kalimantan timur"
    assert names.written("Disperindag Sulsel") == "dinas perindustrian dan perdagangan sulawesi selatan"
    assert names.written("PT Kayu Jati") == "pt kayu jati"  # `jati` is a word, not Jawa Timur
    assert written_out("Pemkot Balikpapan") == "pemerintah kota balikpapan"


@pytest.mark.parametrize(
    ("typed", "like"),
    [
        ("Dinas Perindustrian Prov. Kaltim", ["Dinas Perindustrian Provinsi Kalimantan Timur"]),
        ("Dinas Perindustrian Prov Jatim", ["Dinas Perindustrian Provinsi Jawa Timur"]),
        ("Pemkot Balikpapan", ["Pemerintah Kota Balikpapan"]),
        ("PT. Maju Jaya Abadi", ["PT Maju Jaya Abadi"]),
        ("Koperasi Unit Desa 4", []),  # numbered differently: another cooperative
        ("PT Maju Jaya", []),  # a shorter name may be another company: not claimed
        ("Dinas Perindustrian Provinsi Kalimantan Timur", []),  # the same name is not "like" itself
        ("", []),
    ],
)
def test_a_new_name_like_a_registered_one_is_found_and_others_are_not(typed, like):
    assert OrganisationNames(REGISTERED, REGIONS).like(typed) == like


def test_the_same_agency_of_two_provinces_is_two_organisations():
    names = OrganisationNames(REGISTERED, REGIONS)
    assert names.like("Dinas Perindustrian Prov. Jatim") == ["Dinas Perindustrian Provinsi Jawa Timur"]
    assert names.like("Dinas Perindustrian Provinsi Sulawesi Selatan") == []
