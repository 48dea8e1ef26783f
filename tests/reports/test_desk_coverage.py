"""Every PDF says in its footer how many desks' data it includes and when each was last merged."""

import unicodedata

from pypdf import PdfReader

from eventdesk.reports import summary
from tests.desks import copy_to, desk, open_desk, prepare_event


def _footer_text(path):
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def test_a_report_made_after_merging_two_desks_names_every_desk_and_when_it_was_merged(tmp_path):
    prepared = prepare_event(tmp_path / "misi.eventdesk")
    other = open_desk(copy_to(prepared, tmp_path / "meja-b.eventdesk"), desk("B"))
    other.attendees.register("Joko Walk-in", "buyer")
    other.close()
    session = open_desk(copy_to(prepared, tmp_path / "meja-a.eventdesk"), desk("A"))
    try:
        session.merges.merge(tmp_path / "meja-b.eventdesk")
        merged_at = session.merges.coverage().desks[-1].describe("Asia/Makassar")
        summary.render(
            session.document_info("Ringkasan Eksekutif"), session.documents.press_facts(), tmp_path / "r.pdf"
        )
    finally:
        session.close()

    text = _footer_text(tmp_path / "r.pdf")
    assert "Data dari 3 meja: Meja A (meja ini) · Kantor Panitia digabung" in text
    assert merged_at.startswith("Meja B digabung ") and merged_at in text


def test_a_report_of_a_desk_that_never_merged_says_it_holds_one_desks_data(tmp_path):
    session = open_desk(prepare_event(tmp_path / "misi.eventdesk"), desk("A"))
    try:
        info = session.document_info("Ringkasan Eksekutif")
    finally:
        session.close()
    # The office that prepared the file counts as a desk: its data came with the copy.
    assert info.coverage.count == 2
    assert info.coverage_text().startswith("Data dari 2 meja: Meja A (meja ini) · Kantor Panitia data s.d. ")
