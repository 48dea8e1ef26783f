"""The event's settings, regions and sectors: defaults for a new event, checked before they are saved."""

from dataclasses import replace
from datetime import date, time

import pytest

from eventdesk.domain.enums import SpotKind
from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.models import EventSettings, Official, Spot
from eventdesk.services.settings import DEFAULT_SECTORS, read_target

BALIKPAPAN = EventSettings(
    name="  Misi Dagang Jatim – Kaltim  ",
    theme="Meningkatkan Jejaring Konektivitas",
    venue="Ballroom Hotel Pesisir",
    city="Balikpapan",
    start_date=date(2025, 5, 8),
    end_date=date(2025, 5, 9),
    timezone="Asia/Makassar",
    day_start=time(7, 30),
    day_end=time(16, 0),
    spots=[Spot("Panggung Utama", SpotKind.STAGE), Spot("Meja 1", SpotKind.TABLE)],
    officials=[Official("Dr. H. Ahmad Fauzi", "Kepala Dinas", "Jawa Timur")],
)


def _event_rows(session):
    return session.file.conn.execute(
        "SELECT (SELECT count(*) FROM audit_log), (SELECT updated_at FROM event)"
    ).fetchone()


def test_a_new_event_has_both_delegations_and_the_priority_sectors(session):
    assert [(r.name, r.code) for r in session.settings.regions()] == [
        ("Jawa Timur", "JATIM"),
        ("Kalimantan Timur", "KALTIM"),
    ]
    assert [s.name for s in session.settings.sectors()] == list(DEFAULT_SECTORS)
    assert {"Perikanan", "Pariwisata Pesisir", "Pengolahan Hasil Bumi"} <= set(DEFAULT_SECTORS)
    assert session.settings.get().timezone == "Asia/Makassar"


def test_saved_settings_are_read_back_cleaned(session):
    session.settings.save(BALIKPAPAN)
    saved = session.settings.get()
    assert replace(saved, id="", updated_at=None) == replace(BALIKPAPAN, name="Misi Dagang Jatim – Kaltim")


def test_the_letterhead_and_an_officials_nip_are_kept_the_nip_as_printed(session):
    official = Official("Dr. H. Ahmad Fauzi", "Kepala Dinas", "Jawa Timur", "197005121996031004")
    session.settings.save(
        replace(
            BALIKPAPAN,
            officials=[official],
            organiser=" Pemerintah Provinsi Jawa Timur\nDinas Perindustrian dan Perdagangan ",
            organiser_address="Jl. Siwalankerto No. 137–139, Surabaya",
        )
    )
    saved = session.settings.get()
    assert saved.officials[0].nip == "19700512 199603 1 004"
    assert saved.organiser == "Pemerintah Provinsi Jawa Timur\nDinas Perindustrian dan Perdagangan"
    assert saved.organiser_address == "Jl. Siwalankerto No. 137–139, Surabaya"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"end_date": date(2025, 5, 7)}, "end_date"),
        ({"start_date": None}, "start_date"),
        ({"timezone": "Asia/Balikpapan"}, "timezone"),
        ({"day_end": time(7, 30)}, "day_end"),
        ({"spots": [Spot("Meja 1"), Spot("meja 1")]}, "spots"),
        ({"spots": [Spot("  ")]}, "spots"),
        ({"officials": [Official("Dr. H. Ahmad Fauzi", "", "Jawa Timur")]}, "officials"),
        ({"logo": b"x" * (2 * 1024 * 1024 + 1)}, "logo"),
        ({"venue": "Hotel\x00"}, "venue"),
        ({"officials": [Official("Dr. H. Ahmad Fauzi", "Kepala Dinas", "Jawa Timur", "1970 0512")]}, "officials"),
        (
            {"officials": [Official("Dr. H. Ahmad Fauzi", "Kepala Dinas", "Jawa Timur", "19700512-199603-1-004")]},
            "officials",
        ),
        ({"organiser": "Dinas\x07"}, "organiser"),
    ],
)
def test_settings_with_a_bad_field_are_refused_on_that_field_and_not_saved(session, change, field):
    before = _event_rows(session)
    with pytest.raises(InvalidValue) as refused:
        session.settings.save(replace(BALIKPAPAN, **change))
    assert refused.value.field == field
    assert _event_rows(session) == before


def test_a_region_or_sector_already_there_is_refused_whatever_its_case(session):
    with pytest.raises(InvalidValue):
        session.settings.add_region("jawa timur")
    with pytest.raises(InvalidValue):
        session.settings.add_sector("  PERIKANAN ")
    assert session.settings.add_region("Bali", "bali").code == "BALI"
    assert [r.name for r in session.settings.regions()][-1] == "Bali"


def test_a_sector_is_found_by_its_name_however_it_is_typed(session):
    assert session.settings.sector_named("pariwisata   pesisir").name == "Pariwisata Pesisir"


def test_an_unknown_sector_is_refused_with_the_choices(session):
    with pytest.raises(InvalidValue) as refused:
        session.settings.sector_named("Perbankan")
    assert refused.value.field == "sector"
    assert "Perikanan" in refused.value.message


def test_the_target_is_read_as_typed_and_the_host_region_must_be_one_of_the_events(session):
    kaltim = session.settings.regions()[1]
    session.settings.save(replace(BALIKPAPAN, target_idr=read_target("650 M"), host_region_id=kaltim.id))
    saved = session.settings.get()
    assert (saved.target_idr, saved.host_region_id) == (650_000_000_000, kaltim.id)
    assert session.settings.host_region() == kaltim
    before = _event_rows(session)
    with pytest.raises(InvalidValue) as refused:
        session.settings.save(replace(BALIKPAPAN, host_region_id="no-such-region"))
    assert refused.value.field == "host_region" and _event_rows(session) == before
    with pytest.raises(InvalidValue) as refused:
        read_target("enam ratus")
    assert refused.value.field == "target"
    assert read_target("  ") is None
