"""Organisations taking part: added once per region, found by name."""

import pytest

from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.errors import InvalidValue, NotFound


def test_an_organisation_is_added_with_its_kind_and_region(session):
    jatim = session.settings.regions()[0]
    added = session.organisations.add("  Batik Tulis  Sekar Jagad ", "umkm", jatim.id)
    assert (added.name, added.kind, added.region_name) == (
        "Batik Tulis Sekar Jagad",
        OrganisationKind.UMKM,
        "Jawa Timur",
    )
    assert session.organisations.get(added.id) == added


def test_the_same_name_in_the_same_region_is_refused(session):
    jatim = session.settings.regions()[0]
    session.organisations.add("Kadin Provinsi", OrganisationKind.ASSOCIATION, jatim.id)
    with pytest.raises(InvalidValue) as refused:
        session.organisations.add("kadin provinsi", OrganisationKind.ASSOCIATION, jatim.id)
    assert refused.value.field == "name"
    assert len(session.organisations.list()) == 1


def test_the_same_name_in_another_region_is_another_organisation(session):
    jatim, kaltim = session.settings.regions()
    session.organisations.add("Kadin Provinsi", OrganisationKind.ASSOCIATION, jatim.id)
    session.organisations.add("Kadin Provinsi", OrganisationKind.ASSOCIATION, kaltim.id)
    assert sorted(o.region_name for o in session.organisations.find_by_name(" KADIN PROVINSI ")) == [
        "Jawa Timur",
        "Kalimantan Timur",
    ]


def test_an_organisation_in_an_unknown_region_is_refused(session):
    with pytest.raises(InvalidValue) as refused:
        session.organisations.add("PT Antah Berantah", OrganisationKind.COMPANY, "no-such-region")
    assert refused.value.field == "region"


def test_an_unknown_organisation_is_not_found(session):
    with pytest.raises(NotFound):
        session.organisations.get("no-such-organisation")


def test_a_shortened_name_suggests_the_registered_one_written_out(session):
    kaltim = session.settings.regions()[1]
    session.organisations.add("Dinas Perindustrian Provinsi Kalimantan Timur", OrganisationKind.GOVERNMENT, kaltim.id)
    session.organisations.add("PT Kaltim Prima Coal", OrganisationKind.COMPANY, kaltim.id)
    assert [o.name for o in session.organisations.closest("Disperindag Prov. Kaltim")] == [
        "Dinas Perindustrian Provinsi Kalimantan Timur"
    ]
