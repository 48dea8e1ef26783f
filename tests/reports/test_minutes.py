"""The Berita Acara read back: the date in words, where, what was signed and recorded, closed and signed."""

from datetime import date

from pypdf import PdfReader

from eventdesk.domain.document_kinds import DocumentOptions
from eventdesk.domain.minutes import date_in_words
from eventdesk.domain.money import format_full, format_words
from eventdesk.reports import assemble


def test_a_date_is_written_in_words_as_a_berita_acara_writes_it():
    assert date_in_words(date(2025, 5, 8)) == "Kamis tanggal delapan bulan Mei tahun dua ribu dua puluh lima"
    assert (
        date_in_words(date(2026, 12, 31))
        == "Kamis tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh enam"
    )


def test_the_minutes_of_the_demo_read_as_a_berita_acara(demo_session, tmp_path):
    output = tmp_path / "berita-acara.pdf"
    with demo_session.snapshot():
        info = demo_session.document_info(demo_session.documents.title("minutes"))
        assemble.render(demo_session.documents.inputs("minutes", info, DocumentOptions()), output)
    reader = PdfReader(output)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "BERITA ACARA" in text and "Nomor: ....." in text
    assert (
        "Pada hari ini Kamis tanggal delapan bulan Mei tahun dua ribu dua puluh lima, bertempat di Ballroom Hotel "
        "Pesisir Balikpapan, Balikpapan, telah dilaksanakan Misi Dagang"
    ) in text
    signed = demo_session.agreements.signed_summary()
    for agreement in signed.agreements:
        assert agreement.number in text
    assert (
        f"Jumlah {signed.count} perjanjian, dengan nilai yang dicantumkan {format_full(signed.total_value_idr)}" in text
    )
    total = demo_session.figures.transaction_totals().total_idr
    assert f"dengan nilai {format_full(total)} ({format_words(total)})" in text
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya." in last
    for official in demo_session.settings.get().officials:
        assert f"{official.name} NIP. {official.nip}" in last


def test_the_minutes_speak_english_when_asked(demo_session, tmp_path, english):
    assert date_in_words(date(2025, 5, 8)) == "Thursday the eighth of May two thousand and twenty-five"
