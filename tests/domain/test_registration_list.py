"""Reading a registration list's sheet: the header, the columns, and which rows are people."""

import pytest

from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.errors import UnreadableFile
from eventdesk.domain.models import Region
from eventdesk.domain.registration_list import (
    ListField,
    cell_text,
    guess_organisation_kind,
    header_field,
    parse_category,
    read_list,
)
from tests.lists import KALTIM_ROWS

REGIONS = [Region("jatim", "Jawa Timur", "JATIM"), Region("kaltim", "Kalimantan Timur", "KALTIM")]
F = ListField


def numbered(rows):
    return [(number, row) for number, row in enumerate(rows, start=1)]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nama", F.FULL_NAME),
        ("Nama Lengkap", F.FULL_NAME),
        ("Name", F.FULL_NAME),
        ("NAMA PESERTA", F.FULL_NAME),
        ("Instansi", F.ORGANISATION),
        ("Perusahaan", F.ORGANISATION),
        ("Asal Instansi", F.ORGANISATION),
        ("Nama Perusahaan", F.ORGANISATION),
        ("Company", F.ORGANISATION),
        ("Unit Kerja", F.ORGANISATION),
        ("Jabatan", F.TITLE),
        ("Position", F.TITLE),
        ("Provinsi", F.REGION),
        ("Asal Daerah", F.REGION),
        ("Province", F.REGION),
        ("No. HP", F.PHONE),
        ("No HP/WA", F.PHONE),
        ("WA", F.PHONE),
        ("Telepon", F.PHONE),
        ("Phone", F.PHONE),
        ("Email", F.EMAIL),
        ("E-mail", F.EMAIL),
        ("Alamat Email", F.EMAIL),
        ("Kategori", F.CATEGORY),
        ("Kategori Peserta", F.CATEGORY),
        ("Jenis Peserta", F.CATEGORY),
        ("Keterangan", F.NOTES),
        ("No.", None),
        ("Tanda Tangan", None),
        (None, None),
        ("Jenis Usaha", F.ORGANISATION),
    ],
)
def test_header_words_in_indonesian_or_english_name_their_field(header, field):
    assert header_field(header) == field


def test_the_header_is_found_below_title_rows_and_the_people_keep_their_spreadsheet_row_numbers():
    listing = read_list(numbered(KALTIM_ROWS), REGIONS)
    assert listing.header_row == 4
    assert listing.mapping == {
        1: F.FULL_NAME,
        2: F.TITLE,
        3: F.ORGANISATION,
        4: F.REGION,
        5: F.PHONE,
        6: F.EMAIL,
        7: F.CATEGORY,
    }
    assert [row.row_number for row in listing.rows] == [5, 6, 7, 9, 10, 11, 12]
    assert listing.skipped == [14]  # the footer "Jumlah peserta: 7 orang"
    assert listing.rows[4].values[F.PHONE] == "81390001111"  # an Excel number, its digits kept
    assert listing.rows[5].values[F.FULL_NAME] == ""


def test_numbering_rows_section_labels_and_signature_blocks_are_not_people():
    rows = [
        ["DAFTAR PESERTA"],
        ["No", "Nama Lengkap", "Instansi", "No. HP"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["A. DELEGASI JAWA TIMUR"],
        [1, "Budi Santoso", "PT Maju", "0812 1111 2222"],
        ["B. Delegasi Kaltim"],
        [2, "Siti Aminah", "CV Etam", "0812 3333 4444"],
        ["Total", 2],
        ["Mengetahui,"],
        [None, "Kepala Dinas"],
    ]
    listing = read_list(numbered(rows), REGIONS)
    assert [(row.row_number, row.values[F.FULL_NAME], row.section_region) for row in listing.rows] == [
        (5, "Budi Santoso", "Jawa Timur"),
        (7, "Siti Aminah", "Kalimantan Timur"),
    ]
    assert listing.skipped == [3, 4, 6, 8, 9, 10]


def test_a_header_on_two_lines_is_read_as_one():
    rows = [
        ["Nama", "Instansi", "Kontak", None],
        [None, None, "HP", "Email"],
        ["Budi", "PT Maju", "0812 1111 2222", "b@maju.id"],
    ]
    listing = read_list(numbered(rows), REGIONS)
    assert listing.mapping == {0: F.FULL_NAME, 1: F.ORGANISATION, 2: F.PHONE, 3: F.EMAIL}
    assert listing.rows[0].values[F.EMAIL] == "b@maju.id"


def test_the_operator_can_name_the_header_row_and_the_columns():
    rows = [["x", "y"], ["Budi Santoso", "PT Maju"], ["Siti", "CV Etam"]]
    listing = read_list(numbered(rows), REGIONS, header_row=1, mapping={0: F.FULL_NAME, 1: F.ORGANISATION})
    assert [row.values for row in listing.rows] == [
        {F.FULL_NAME: "Budi Santoso", F.ORGANISATION: "PT Maju"},
        {F.FULL_NAME: "Siti", F.ORGANISATION: "CV Etam"},
    ]


def test_a_sheet_without_a_recognisable_header_is_refused_with_a_hint():
    with pytest.raises(UnreadableFile, match="Nama"):
        read_list(numbered([["a", "b"], ["c", "d"]]), REGIONS)


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("Penjual", AttendeeCategory.SELLER),
        ("BUYER", AttendeeCategory.BUYER),
        ("Narasumber", AttendeeCategory.SPEAKER),
        ("Wartawan", AttendeeCategory.MEDIA),
        ("vip", AttendeeCategory.VIP),
        ("Panitia", AttendeeCategory.COMMITTEE),
        ("Pemerintah", AttendeeCategory.GOVERNMENT),
        ("investor", AttendeeCategory.INVESTOR),
        ("Tamu", None),
        ("", None),
    ],
)
def test_categories_are_read_as_lists_write_them(typed, category):
    assert parse_category(typed) == category


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("PT Jatim Agro Nusantara (Perseroda)", OrganisationKind.ENTERPRISE),
        ("Dinas Pariwisata Kaltim", OrganisationKind.GOVERNMENT),
        ("CV. Maju Jaya", OrganisationKind.COMPANY),
        ("UMKM Amplang Bu Lilis", OrganisationKind.UMKM),
        ("Koperasi Wanita Pesisir", OrganisationKind.COOPERATIVE),
        ("Kadin Jatim", OrganisationKind.ASSOCIATION),
        ("Borneo & <Java> Capital", OrganisationKind.OTHER),
    ],
)
def test_a_new_organisations_kind_is_guessed_from_its_name(name, kind):
    assert guess_organisation_kind(name) == kind


def test_cells_become_text_as_the_spreadsheet_shows_them():
    assert (cell_text(81234567890.0), cell_text(12), cell_text(" a \u00a0 b "), cell_text(None)) == (
        "81234567890",
        "12",
        "a b",
        "",
    )
