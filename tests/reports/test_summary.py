"""The one-page executive summary for the press: the exact figure, in words, split by kind."""

import re
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from eventdesk.domain.clock import local_moment
from eventdesk.domain.entries import PartyInput
from eventdesk.domain.enums import TransactionKind, TransactionStage
from eventdesk.domain.money import format_full
from eventdesk.reports import summary
from eventdesk.reports.frame import build_pdf, para


def _render(session, path):
    summary.render(session.document_info("Ringkasan Eksekutif"), session.documents.press_facts(), path)
    return PdfReader(path)


def _text(reader):
    """The words of every page, NFC, with line breaks and runs of spaces as one space."""
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


@pytest.fixture
def demo_summary(demo_session, tmp_path):
    reader = _render(demo_session, tmp_path / "ringkasan.pdf")
    return reader, _text(reader)


def test_the_summary_prints_the_announced_figure_in_full_and_in_words(demo_summary):
    _, text = demo_summary
    assert "Rp666.000.000.000" in text
    assert "enam ratus enam puluh enam miliar rupiah" in text
    assert "Rp666 miliar" in text


def test_the_summary_splits_the_total_into_trade_and_investment(demo_summary, demo_session):
    _, text = demo_summary
    totals = demo_session.figures.transaction_totals()
    trade = totals.kind(TransactionKind.TRADE).value_idr
    investment = totals.kind(TransactionKind.INVESTMENT).value_idr
    assert trade > 0 and investment > 0 and trade + investment == 666_000_000_000
    assert f"perdagangan {format_full(trade)} (71,9%)" in text
    assert f"investasi {format_full(investment)} (28,1%)" in text


def test_the_summary_is_one_page_and_says_so(demo_summary):
    reader, text = demo_summary
    assert len(reader.pages) == 1
    assert "Halaman 1 dari 1" in text


def test_the_summary_names_the_event_and_leaves_out_void_deals_saying_so(demo_summary, demo_session):
    _, text = demo_summary
    assert demo_session.settings.get().name in text
    assert "1 transaksi yang dibatalkan tidak termasuk" in text


def test_user_text_prints_exactly_as_typed(session, tmp_path):
    session.settings.save(replace(session.settings.get(), name="PT <Maju> & Sons", venue="Gedung <B> & Co."))
    text = _text(_render(session, tmp_path / "ringkasan.pdf"))
    assert "PT <Maju> & Sons" in text
    assert "Gedung <B> & Co." in text
    assert "&amp;" not in text and "&lt;" not in text


def test_names_in_any_script_come_back_intact_from_the_pdf(session, tmp_path):
    names = ["Đặng Thị Ngọc Ánh", "José Müller"]
    session.settings.save(replace(session.settings.get(), theme=f"Tamu kehormatan: {names[0]} dan {names[1]}"))
    text = _text(_render(session, tmp_path / "ringkasan.pdf"))
    for name in names:
        assert name in text


def test_every_line_of_a_shared_page_template_is_escaped(session, tmp_path):
    path = tmp_path / "frame.pdf"
    lines = ["PT <Maju> & Sons", "Đặng Thị Ngọc Ánh", "José Müller", "a < b > c & d"]
    build_pdf(path, session.document_info("Uji"), [para(line) for line in lines])
    text = _text(PdfReader(path))
    for line in lines:
        assert line in text


def test_an_empty_event_prints_a_summary_of_nothing(session, tmp_path):
    reader = _render(session, tmp_path / "kosong.pdf")
    text = _text(reader)
    assert "Rp0" in text and "nol rupiah" in text
    assert len(reader.pages) == 1


def test_the_summary_says_in_sentences_how_firm_and_how_verified_the_total_is(demo_summary, demo_session):
    _, text = demo_summary
    totals = demo_session.figures.transaction_totals()
    interest = totals.stage(TransactionStage.INTEREST).value_idr
    assert f"Dari total itu, {format_full(interest)} (37,4%) baru berupa minat atau LoI" in text
    assert f"{format_full(666_000_000_000 - interest)} (62,6%) sudah berupa komitmen, kontrak atau terealisasi" in text
    assert "Rp0 (0,0%) telah diverifikasi penyelia; Rp666.000.000.000 belum." in text
    assert "4 transaksi senilai Rp232.500.000.000 tercatat untuk perjanjian dan sudah termasuk dalam total" in text


def test_the_summary_lists_the_signed_agreements_their_witnesses_and_the_ten_largest_deals(demo_summary, demo_session):
    _, text = demo_summary
    for agreement in demo_session.agreements.signed_summary().agreements:
        assert agreement.title.split()[-1] in text
    assert "Disaksikan oleh: Gubernur Jawa Timur; Gubernur Kalimantan Timur." in text
    largest = demo_session.documents.press_facts().largest
    assert len(largest) == 10 and largest[0].value_idr >= largest[-1].value_idr
    assert "10 transaksi terbesar" in text
    assert f"{largest[0].seller_name} ({largest[0].seller_region})" in text
    assert format_full(largest[-1].value_idr) in text


def _smallest_type(reader):
    """The smallest size, in points as printed, of any text on the first page (the page shrinks to fit)."""
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(abs(size * tm[3] * cm[3]))

    reader.pages[0].extract_text(visitor_text=visit)
    return min(sizes)


def test_many_signed_agreements_name_the_ten_largest_count_the_rest_and_leave_the_type_as_it_was(session, tmp_path):
    jatim, kaltim = session.settings.regions()
    first = session.organisations.add("PT Nusantara Samudra Raya Perkasa Tbk", "company", jatim.id)
    second = session.organisations.add("Perusahaan Daerah Kalimantan Timur Sejahtera", "enterprise", kaltim.id)
    one = session.attendees.register("Budi Santoso", "seller", organisation_id=first.id)
    two = session.attendees.register("Aisyah Rahman", "buyer", organisation_id=second.id)
    signed_at = local_moment(date(2025, 5, 8), 10, 0, "Asia/Makassar")
    for number in range(12):
        session.transactions.book(
            buyer_id=first.id, seller_id=second.id, value=422_196_315_000_000 - number, kind="trade"
        )

    def sign(numbers):
        for number in numbers:  # the larger the number, the larger the value
            agreement = session.agreements.create(
                "contract",
                f"Kerja sama pasokan bahan baku industri pengolahan nomor {number}",
                [PartyInput(first.id, one.id, "Direktur"), PartyInput(second.id, two.id, "Direktur")],
                value_idr=422_196_315_000_000 + number,
            )
            session.agreements.mark_signed(agreement.id, signed_at)

    sign(range(10))
    ten = _render(session, tmp_path / "sepuluh.pdf")
    sign(range(10, 30))
    reader = _render(session, tmp_path / "besar.pdf")
    text = _text(reader)
    named = {int(found) for found in re.findall(r"pengolahan nomor (\d+)", text)}
    assert len(reader.pages) == 1 and named == set(range(20, 30))
    assert "Perjanjian yang ditandatangani: 10 bernilai terbesar dari 30" in text
    assert "Jumlah 30 perjanjian" in text and format_full(sum(422_196_315_000_000 + n for n in range(30))) in text
    assert "20 perjanjian lainnya tercantum dalam laporan Perjanjian Ditandatangani." in text
    assert "Rp422.196.315.000.029" in text  # whole, never split over two lines
    # Thirty named in full shrank the page's type by half; the ten named take the room ten took (a line more).
    assert _smallest_type(reader) >= 0.85 * _smallest_type(ten)


def test_ten_signed_agreements_or_fewer_are_all_named_in_signing_order(demo_summary, demo_session):
    _, text = demo_summary
    titles = [agreement.title for agreement in demo_session.agreements.signed_summary().agreements]
    assert 0 < len(titles) <= 10 and "bernilai terbesar dari" not in text and "lainnya tercantum" not in text
    places = [text.find(" ".join(title.split())) for title in titles]
    assert -1 not in places and places == sorted(places)


def test_the_summary_draws_the_day_against_the_target(demo_summary):
    _, text = demo_summary
    assert "Sepanjang hari misi, Kamis, 8 Mei 2025" in text
    assert "Target Rp650 miliar" in text and "Rp666 miliar · 17.00" in text
    assert "08.00" in text and "16.00" in text
    # The ten largest name each party's kabupaten/kota as the press does.
    assert "PT Kutai Sawit Lestari (Kabupaten Kutai Kartanegara, Kalimantan Timur)" in text
