"""The sign-in sheet (Daftar Hadir) read back: every registered name numbered, a signature column whose
halves alternate, blank for the table or filled with check-in times, the committee's Mengetahui at the end."""

import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from eventdesk.domain.attendance import by_delegation
from eventdesk.domain.clock import in_zone, written_time
from eventdesk.domain.document_kinds import DocumentOptions
from eventdesk.reports import assemble

TIME_SIGNED = re.compile(r"\d+\. hadir \d\d\.\d\d")


def _make(session, path, **options):
    with session.snapshot():
        info = session.document_info(session.documents.title("attendance"))
        assemble.render(session.documents.inputs("attendance", info, DocumentOptions(**options)), path)
    reader = PdfReader(path)
    return reader, " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_blank_sheet_numbers_every_registered_name_and_ends_with_mengetahui(demo_session, tmp_path):
    reader, text = _make(demo_session, tmp_path / "kosong.pdf")
    people = demo_session.attendees.list()
    assert text.startswith("Misi Dagang") or "Daftar Hadir" in text
    assert "No. Nama Jabatan Instansi Daerah No. HP Tanda Tangan" in text
    for person in people:
        assert person.full_name in text
    assert f"{len(people)}." in text and not TIME_SIGNED.search(text)  # blank: nobody's time printed
    assert "0812****" in text  # phones masked unless asked
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Mengetahui," in last
    assert "PEMERINTAH PROVINSI JAWA TIMUR" in " ".join(reader.pages[0].extract_text().split())


def _numbered(session):
    regions = [region.name for region in session.settings.regions()]
    return list(enumerate(by_delegation(session.attendees.list(), regions), start=1))


def test_the_filled_sheet_gives_the_check_in_time_of_who_came_that_day(demo_session, tmp_path):
    _, text = _make(demo_session, tmp_path / "terisi.pdf", filled=True)
    numbered = _numbered(demo_session)
    present = [(n, p) for n, p in numbered if p.checked_in]
    absent = [(n, p) for n, p in numbered if not p.checked_in]
    assert present and absent
    for number, person in present:
        assert f"{number}. hadir {written_time(in_zone(person.checked_in_at, 'Asia/Makassar'))}" in text
    assert len(TIME_SIGNED.findall(text)) == len(present)  # nothing is printed where the absent would sign
    assert "Catatan kehadiran: jam check-in tercantum bagi yang hadir hari itu." in text


def test_an_event_of_two_days_has_a_sheet_for_each_day(demo_session, tmp_path):
    settings = demo_session.settings.get()
    demo_session.settings.save(replace(settings, end_date=date(2025, 5, 9)))
    _, text = _make(demo_session, tmp_path / "dua-hari.pdf", filled=True)
    assert "Kamis, 8 Mei 2025" in text and "Jumat, 9 Mei 2025" in text
    assert text.count("Mengetahui,") == 2
    second_day = text[text.index("Jumat, 9 Mei 2025 · Ballroom") :]  # its section, not the page header
    assert not TIME_SIGNED.search(second_day)  # everyone checked in on the first day
