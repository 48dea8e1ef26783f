"""The attendee list and check-in report, read back with pypdf."""

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.domain.enums import OrganisationKind
from eventdesk.reports import attendee_list


@pytest.fixture
def filled(session):
    jatim, kaltim = session.settings.regions()
    maju = session.organisations.add("PT <Maju> & Sons", OrganisationKind.COMPANY, jatim.id)
    etam = session.organisations.add("Koperasi Wanita Pesisir", OrganisationKind.COOPERATIVE, kaltim.id)
    budi = session.attendees.register(
        "Ir. Bambang Sutrisno, M.T.", "vip", organisation_id=maju.id, phone="0812-3456-7890"
    )
    session.attendees.register("Nurul Aini", "seller", organisation_id=etam.id, phone="0853 4700 8899")
    session.attendees.register("Đặng Thị Ngọc Ánh", "investor")
    session.attendees.check_in(budi.code, at=datetime(2025, 5, 8, 1, 12, tzinfo=UTC))
    return session


def render(session, tmp_path, **options):
    output = tmp_path / "daftar-hadir.pdf"
    attendee_list.render(
        session.document_info("Daftar Hadir Peserta"),
        session.attendees.matching(AttendeeQuery()),
        session.attendees.attendance(),
        output,
        region_order=[region.name for region in session.settings.regions()],
        **options,
    )
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(output).pages)


def test_names_and_organisations_print_exactly_as_typed_grouped_by_region(filled, tmp_path):
    text = render(filled, tmp_path)
    for typed in (
        "Ir. Bambang Sutrisno, M.T.",
        "PT <Maju> & Sons",
        "Koperasi Wanita Pesisir",
        "Nurul Aini",
        "Đặng Thị Ngọc Ánh",
    ):
        assert typed in text
    assert text.index("Jawa Timur — 1 terdaftar, 1 hadir") < text.index("Kalimantan Timur — 1 terdaftar, 0 hadir")
    assert text.index("Kalimantan Timur — 1") < text.index("Tanpa daerah — 1 terdaftar")
    assert "09.12" in text  # checked in at 01:12 UTC, 09:12 WITA


def test_phones_are_masked_unless_asked(filled, tmp_path):
    masked = render(filled, tmp_path)
    assert "0812****7890" in masked and "0853****8899" in masked and "+6281234567890" not in masked
    full = render(filled, tmp_path, unmasked=True)
    assert "081234567890" in full and "085347008899" in full


def test_totals_per_category_and_region_are_printed(filled, tmp_path):
    text = render(filled, tmp_path)
    assert "VIP 1 1 100%" in text
    assert "Penjual 1 0 0%" in text
    assert "Jumlah 3 1 33%" in text
