"""Importing delegations' registration lists: every row's fate, row numbers as the spreadsheet shows them."""

import pytest

from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.errors import UnreadableFile
from eventdesk.domain.registration_list import ListField, header_field
from tests.lists import KALTIM_ROWS, write_csv, write_docx, write_encrypted_xlsx, write_old_xls, write_xlsx
from tests.outside import scalar


def written(path, data: bytes):
    path.write_bytes(data)
    return path


def fates(report):
    return [(line.row_number, line.fate.value) for line in report.lines]


@pytest.fixture
def kaltim_xlsx(tmp_path):
    return write_xlsx(tmp_path / "peserta-kaltim.xlsx", KALTIM_ROWS)


def test_the_kaltim_list_is_imported_with_each_rows_fate_by_its_spreadsheet_row(session, kaltim_xlsx):
    report = session.imports.run(kaltim_xlsx)

    assert (report.sheet_name, report.header_row, report.written) == ("Peserta", 4, True)
    assert fates(report) == [
        (5, "import"),
        (6, "import"),
        (7, "import"),
        (9, "duplicate"),
        (10, "import"),
        (11, "rejected"),
        (12, "import"),
    ]
    assert (report.imported, report.duplicates, report.rejected) == (5, 1, 1)
    lines = {line.row_number: line for line in report.lines}
    assert lines[11].reason == "Nama lengkap wajib diisi."
    assert "baris 6" in lines[9].reason and "Lilis Suryani" in lines[9].reason and lines[6].code in lines[9].reason
    assert lines[12].warnings == ["email 'nurul@@pesisir' tidak valid; diimpor tanpa email"]

    people = {a.full_name: a for a in session.attendees.list()}
    assert set(people) == {
        "Ir. Bambang Sutrisno, M.T.",
        "Lilis Suryani",
        "I Made Wirawan",
        "Fransiskus X. O'Neil",
        "Nurul Aini",
    }
    assert [
        people[name].phone
        for name in (
            "Ir. Bambang Sutrisno, M.T.",
            "Lilis Suryani",
            "I Made Wirawan",
            "Fransiskus X. O'Neil",
            "Nurul Aini",
        )
    ] == [
        "+6281154001234",
        "+6285250112233",
        "+6281330001122",
        "+6281390001111",
        "+6285347008899",
    ]
    assert people["Nurul Aini"].email is None
    assert [
        people[name].region_name for name in ("Lilis Suryani", "I Made Wirawan", "Fransiskus X. O'Neil", "Nurul Aini")
    ] == [
        "Kalimantan Timur",
        "Jawa Timur",
        "Jawa Timur",
        "Kalimantan Timur",
    ]
    assert people["Ir. Bambang Sutrisno, M.T."].category is AttendeeCategory.GOVERNMENT
    assert people["Fransiskus X. O'Neil"].organisation_name == "Borneo & <Java> Capital"
    assert people["Lilis Suryani"].organisation_kind is OrganisationKind.UMKM


def test_importing_the_same_list_twice_adds_nobody(session, kaltim_xlsx, event_path):
    session.imports.run(kaltim_xlsx)
    attendees, organisations = session.attendees.counts()[0], len(session.organisations.list())

    again = session.imports.run(kaltim_xlsx)

    assert (again.imported, again.duplicates, again.rejected) == (0, 6, 1)
    assert (session.attendees.counts()[0], len(session.organisations.list())) == (attendees, organisations)


def test_each_imported_row_has_its_own_audit_row_and_the_file_checks_sound(session, kaltim_xlsx, event_path):
    from eventdesk.services.integrity import check_event_file

    report = session.imports.run(kaltim_xlsx)
    session.close()
    assert (
        scalar(event_path, "SELECT count(*) FROM audit_log WHERE table_name = 'attendees' AND action = 'insert'")
        == report.imported
    )
    assert (
        scalar(event_path, "SELECT count(*) FROM audit_log WHERE reason = 'Impor dari peserta-kaltim.xlsx'")
        == report.imported + 5
    )
    assert check_event_file(event_path) == []


def test_a_preview_writes_nothing(session, kaltim_xlsx):
    sheet, listing = session.imports.read(kaltim_xlsx)
    report = session.imports.preview(sheet, listing)
    assert (report.imported, report.written) == (5, False)
    assert session.attendees.counts() == (0, 0)


def test_a_near_identical_name_in_the_same_organisation_is_a_duplicate_unless_imported_anyway(session, tmp_path):
    session.attendees.register("Lilis Suryani", "seller", organisation=None)
    rows = [["Nama", "Instansi"], ["Hj. Lilis Suryani, S.E.", None], ["Budi", "PT Maju"]]
    source = write_xlsx(tmp_path / "l.xlsx", rows)
    report = session.imports.run(source)
    assert fates(report) == [(2, "duplicate"), (3, "import")]
    assert report.lines[0].probable
    anyway = session.imports.run(source, import_anyway={2})
    assert fates(anyway) == [(2, "import"), (3, "duplicate")]


def test_a_semicolon_csv_from_indonesian_excel_in_windows_1252_is_read(session, tmp_path):
    rows = [
        ["Daftar Peserta Jatim"],
        [],
        ["Nama Lengkap", "Perusahaan", "Asal Daerah", "No. HP", "Email"],
        ["José Müller Santoso", "PT Kopi, Teh & Rempah", "JAWA TIMUR", "0812-3456-7890", "jose@kopi.id"],
        ["Siti Rahayu", "CV Etam", "Kaltim", "812 3456 7891", ""],
    ]
    source = write_csv(tmp_path / "jatim.csv", rows, delimiter=";", encoding="cp1252")
    report = session.imports.run(source)
    assert (report.encoding, report.delimiter, report.header_row) == ("Windows-1252", ";", 3)
    assert fates(report) == [(4, "import"), (5, "import")]
    jose = session.attendees.search("jose")[0]
    assert (jose.full_name, jose.organisation_name, jose.region_name) == (
        "José Müller Santoso",
        "PT Kopi, Teh & Rempah",
        "Jawa Timur",
    )
    assert session.attendees.search("siti")[0].phone == "+6281234567891"


@pytest.mark.parametrize(
    ("encoding", "delimiter", "read_as"),
    [("utf-8-sig", ",", "UTF-8 (BOM)"), ("utf-8", ",", "UTF-8"), ("utf-16", "\t", "UTF-16"), ("utf-8", "|", "UTF-8")],
)
def test_csv_in_other_encodings_and_separators_is_read(session, tmp_path, encoding, delimiter, read_as):
    rows = [["Name", "Company", "Phone"], ["Đặng Thị Ngọc Ánh", "Saigon Seafood, JSC", "+62 812 3456 7890"]]
    report = session.imports.run(write_csv(tmp_path / "list.csv", rows, delimiter=delimiter, encoding=encoding))
    assert (report.encoding, report.delimiter, fates(report)) == (read_as, delimiter, [(2, "import")])
    assert session.attendees.list()[0].organisation_name == "Saigon Seafood, JSC"


def test_a_row_number_counts_blank_lines_and_a_cell_spanning_lines_as_a_spreadsheet_does(session, tmp_path):
    source = tmp_path / "list.csv"
    source.write_text('Nama;Catatan\n\nBudi;"baris satu\nbaris dua"\n\n;tanpa nama\n', encoding="utf-8")
    report = session.imports.run(source)
    assert [(line.row_number, line.fate.value) for line in report.lines] == [(3, "import"), (5, "rejected")]


def test_rows_without_category_get_the_default_and_an_unknown_one_is_warned(session, tmp_path):
    rows = [["Nama", "Kategori"], ["Budi", ""], ["Siti", "Tamu Umum"]]
    report = session.imports.run(write_xlsx(tmp_path / "k.xlsx", rows), default_category=AttendeeCategory.BUYER)
    assert [line.category for line in report.lines] == [AttendeeCategory.BUYER, AttendeeCategory.BUYER]
    assert report.lines[1].warnings == ["kategori 'Tamu Umum' tidak dikenal; dicatat sebagai Pembeli"]


def test_the_operator_can_change_the_mapping(session, tmp_path):
    rows = [["Peserta", "Lembaga", "Catatan"], ["Budi", "PT Maju", "0812 1111 2222"]]
    source = write_xlsx(tmp_path / "m.xlsx", rows)
    report = session.imports.run(
        source, mapping={0: ListField.FULL_NAME, 1: ListField.ORGANISATION, 2: ListField.PHONE}
    )
    assert session.attendees.get_many([a.id for a in session.attendees.list()])[0].phone == "+6281211112222"
    assert report.imported == 1


def test_the_first_non_empty_sheet_is_read(session, tmp_path):
    source = write_xlsx(tmp_path / "s.xlsx", [["Nama", "Instansi"], ["Budi", "PT Maju"]], first_sheet_empty=True)
    assert session.imports.run(source).sheet_name == "Peserta"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p / "hilang.xlsx", "tidak ditemukan"),
        (lambda p: write_encrypted_xlsx(p / "rahasia.xlsx"), "dilindungi kata sandi"),
        (lambda p: write_old_xls(p / "lama.xls"), "Excel lama (.xls)"),
        (lambda p: write_docx(p / "surat.xlsx"), "dokumen Word"),
        (lambda p: written(p / "web.xlsx", b"<html><table><tr><td>Nama</td></tr></table></html>"), "halaman web"),
        (lambda p: written(p / "teks.xlsx", b"Nama;Instansi\nBudi;PT Maju\n"), "isinya teks biasa"),
        (lambda p: written(p / "gambar.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "data biner"),
        (lambda p: written(p / "kosong.csv", b""), "kosong"),
        (lambda p: written(p / "cacat.xlsx", b"PK\x03\x04 terpotong"), "rusak"),
    ],
)
def test_a_file_that_is_not_a_readable_list_is_refused_with_a_clear_message(session, tmp_path, make, words):
    source = make(tmp_path)
    with pytest.raises(UnreadableFile) as refused:
        session.imports.run(source)
    assert words in refused.value.message
    assert "\n" not in refused.value.message
    assert session.attendees.counts() == (0, 0)


def test_a_disk_that_fills_up_during_an_import_is_one_clear_error_and_nothing_is_written(session, tmp_path):
    from eventdesk.domain.errors import EventFileError
    from eventdesk.files.spreadsheets import read_sheet

    rows = [["Nama", "Instansi", "No HP"]] + [
        [f"Peserta Penuh {n}", f"CV Disk {n % 40}", f"0857{n:08d}"] for n in range(3000)
    ]
    sheet = read_sheet(write_csv(tmp_path / "besar.csv", rows))
    before = (
        scalar(session.path, "SELECT count(*) FROM attendees"),
        scalar(session.path, "SELECT count(*) FROM audit_log"),
    )
    pages = session.file.conn.execute("PRAGMA page_count").fetchone()[0]
    session.file.conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # SQLite's own "database or disk is full"

    with pytest.raises(EventFileError) as raised:
        session.imports.run_sheet(sheet)
    assert "tidak bisa ditulis" in raised.value.message and "\n" not in raised.value.message
    session.file.conn.execute("PRAGMA max_page_count = 1073741823")
    assert (
        scalar(session.path, "SELECT count(*) FROM attendees"),
        scalar(session.path, "SELECT count(*) FROM audit_log"),
    ) == before
    session.attendees.register("Sesudah Disk Lega", "buyer")  # the desk works on once there is room again


def test_the_cycle_collector_rests_during_an_import_and_runs_again_however_it_ends(session, kaltim_xlsx, tmp_path):
    import gc

    from eventdesk.services.registration_import import PROGRESS_STEPS

    seen = []
    session.imports.run(kaltim_xlsx, progress=lambda done, total: seen.append((done, gc.isenabled())))
    assert [running for done, running in seen if 0 < done < PROGRESS_STEPS] == [False, False]  # read, checked
    assert gc.isenabled()

    with pytest.raises(UnreadableFile):
        session.imports.run(written(tmp_path / "rusak.xlsx", b"PK\x03\x04 terpotong"))
    assert gc.isenabled()

    gc.disable()  # a caller that holds it off itself keeps it off
    try:
        session.imports.run(kaltim_xlsx)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_new_organisation_like_a_registered_one_is_imported_with_a_warning_naming_it(session, tmp_path):
    kaltim = session.settings.regions()[1]
    session.organisations.add("Dinas Perindustrian Provinsi Kalimantan Timur", OrganisationKind.GOVERNMENT, kaltim.id)
    rows = [
        ["Nama", "Instansi"],
        ["Rudi Hartono", "Dinas Perindustrian Prov. Kaltim"],
        ["Sari Dewi", "Dinas Perindustrian Prov. Kaltim"],
        ["Budi", "PT Maju"],
    ]
    report = session.imports.run(write_xlsx(tmp_path / "l.xlsx", rows))

    assert fates(report) == [(2, "import"), (3, "import"), (4, "import")]
    assert report.lines[0].warnings == [
        "organisasi baru 'Dinas Perindustrian Prov. Kaltim' mirip dengan yang sudah terdaftar: "
        "Dinas Perindustrian Provinsi Kalimantan Timur; bila sama, gabungkan"
    ]
    assert report.lines[1].warnings == report.lines[2].warnings == []  # said once, on the row that creates it


def test_a_kabupaten_kota_column_gives_new_organisations_their_district_and_a_wrong_one_is_warned(session, tmp_path):
    rows = [
        ["Nama", "Instansi", "Asal Kab/Kota", "Provinsi"],
        ["Sri Wahyuni", "UD Kerupuk Ikan Bu Sri", "Kab. Sidoarjo", "Jawa Timur"],
        ["Dewi Lestari", "Keripik Tempe Sanan", "Malang", "Jawa Timur"],
        ["Rudi Hartono", "PT Borneo Segar Lestari", "balikpapan", "Kalimantan Timur"],
        ["Budi Santoso", "UD Kerupuk Ikan Bu Sri", "Surabaya", "Jawa Timur"],
    ]
    path = write_csv(tmp_path / "kabkota.csv", rows)
    report = session.imports.run(path)

    assert report.imported == 4
    lines = {line.row_number: line for line in report.lines}
    assert lines[3].warnings == [
        "'Malang' ada sebagai kabupaten dan kota di Jawa Timur; tulis 'Kabupaten Malang' atau 'Kota Malang'. "
        "Organisasi dicatat tanpa kabupaten/kota."
    ]
    districts = {o.name: o.district for o in session.organisations.list()}
    assert districts == {
        "UD Kerupuk Ikan Bu Sri": "Kabupaten Sidoarjo",  # the first row that names it
        "Keripik Tempe Sanan": "",
        "PT Borneo Segar Lestari": "Kota Balikpapan",
    }


@pytest.mark.parametrize("header", ["Kabupaten/Kota", "Asal Kab/Kota", "Kota", "Regency/City"])
def test_a_kabupaten_kota_header_is_not_taken_for_the_province(header):
    assert header_field(header) is ListField.DISTRICT
