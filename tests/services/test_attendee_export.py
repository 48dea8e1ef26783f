"""Exporting the attendee list to CSV and XLSX, as Excel will read it."""

import csv
from datetime import UTC, datetime

import openpyxl
import pytest

from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.errors import InvalidValue
from eventdesk.services.attendee_export import export_attendees


@pytest.fixture
def listed(session):
    organisation = session.organisations.add(
        "PT <Maju> & Sons", OrganisationKind.COMPANY, session.settings.regions()[0].id
    )
    budi = session.attendees.register(
        "=Budi Santoso", "seller", organisation_id=organisation.id, phone="0812-3456-7890"
    )
    session.attendees.register("Đặng Thị Ngọc Ánh", "investor", email="anh@saigon.vn")
    session.attendees.check_in(budi.code, at=datetime(2025, 5, 8, 1, 12, tzinfo=UTC))
    return session.attendees.matching(AttendeeQuery())


def test_csv_export_holds_every_attendee_as_typed_with_local_check_in_times(listed, tmp_path):
    output = export_attendees(listed, tmp_path / "peserta.csv", timezone="Asia/Makassar")
    assert output.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    rows = list(csv.reader(output.open(encoding="utf-8-sig")))
    assert rows[0][:4] == ["Kode", "Nama lengkap", "Jabatan", "Instansi"]
    assert [row[1] for row in rows[1:]] == ["'=Budi Santoso", "Đặng Thị Ngọc Ánh"]  # inert, not a formula
    assert (rows[1][3], rows[1][5], rows[1][7], rows[1][9]) == (
        "PT <Maju> & Sons",
        "Jawa Timur",
        "+6281234567890",
        "2025-05-08 09:12",
    )


def test_xlsx_export_keeps_phones_and_formula_like_names_as_text_and_can_mask(listed, tmp_path):
    output = export_attendees(listed, tmp_path / "peserta.xlsx", timezone="Asia/Makassar", masked=True)
    sheet = openpyxl.load_workbook(output).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[1][1] == "=Budi Santoso" and sheet.cell(2, 2).data_type == "s"
    assert rows[1][7] == "0812****7890"
    assert rows[2][1] == "Đặng Thị Ngọc Ánh"


def test_export_refuses_another_format(listed, tmp_path):
    with pytest.raises(InvalidValue, match="csv"):
        export_attendees(listed, tmp_path / "peserta.pdf", timezone="Asia/Makassar")


@pytest.mark.parametrize(
    "typed, written",
    [
        ('=HYPERLINK("http://x","klik")', '\'=HYPERLINK("http://x","klik")'),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("+6281234567890", "+6281234567890"),
        ("Budi = Santoso", "Budi = Santoso"),
    ],
)
def test_csv_export_leaves_no_live_formula_but_keeps_phone_numbers(session, tmp_path, typed, written):
    session.attendees.register("Budi Santoso", "seller", notes=typed)
    output = export_attendees(session.attendees.matching(AttendeeQuery()), tmp_path / "p.csv", timezone="Asia/Makassar")
    rows = list(csv.reader(output.open(encoding="utf-8-sig")))
    assert written in rows[1]
