"""The transaction recap read back as text: the booked total in figures and words, every breakdown, the
lines, voids apart."""

import unicodedata

import pytest
from pypdf import PdfReader

from eventdesk.domain.enums import HostSide, OrganisationKind, TransactionKind
from eventdesk.domain.money import format_full
from eventdesk.domain.quantity import format_quantity
from eventdesk.reports import transactions as recap_report
from eventdesk.reports.frame import build_pdf
from eventdesk.reports.ledger import Ledger, LedgerColumn


def _text(path):
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _render(session, path):
    with session.snapshot():
        recap_report.render(session.document_info("Rekap Transaksi"), session.figures.recap(), path)
    return _text(path)


@pytest.fixture
def demo_recap(demo_session, tmp_path):
    return _render(demo_session, tmp_path / "rekap.pdf")


def test_the_recap_prints_the_booked_total_in_figures_and_words_and_the_split_by_kind(demo_recap, demo_session):
    totals = demo_session.figures.transaction_totals()
    assert "Rp666.000.000.000" in demo_recap
    assert "enam ratus enam puluh enam miliar rupiah" in demo_recap
    for kind in TransactionKind:
        assert f"{kind.label} {format_full(totals.kind(kind).value_idr)}" in demo_recap


def test_the_recap_prints_the_commodities_with_their_volume_and_the_hosts_side(demo_recap, demo_session):
    shares = demo_session.figures.by_commodity()
    assert sum(share.value_idr for share in shares) == 666_000_000_000
    with_volume = next(share for share in shares if share.quantity)
    assert "Menurut komoditas" in demo_recap
    volume = f"{format_quantity(with_volume.quantity)} {with_volume.unit}"
    assert f"{volume} {format_full(with_volume.value_idr)}" in demo_recap
    totals = demo_session.figures.transaction_totals()
    assert f"Penjualan {format_full(totals.host(HostSide.SALES).value_idr)}" in demo_recap
    assert f"Pembelian {format_full(totals.host(HostSide.PURCHASES).value_idr)}" in demo_recap


def test_the_recap_prints_the_sellers_kabupaten_kota_and_they_add_up_to_the_total(demo_recap, demo_session):
    by_district = demo_session.figures.transaction_totals().by_district
    assert sum(share.value_idr for share in by_district) == 666_000_000_000
    assert by_district[0].label == "Kabupaten Kutai Kartanegara"  # the palm-oil plant is the largest deal
    assert "Menurut kabupaten/kota penjual" in demo_recap
    for share in by_district:
        assert f"{share.label} {format_full(share.value_idr)} {share.count}" in demo_recap


def test_the_recap_prints_sector_direction_stage_umkm_and_verification_lines(demo_recap, demo_session):
    totals = demo_session.figures.transaction_totals()
    for share in totals.by_sector + totals.by_direction + list(totals.by_stage.values()):
        assert f"{share.label} {format_full(share.value_idr)}" in demo_recap
    assert "Jawa Timur → Kalimantan Timur" in demo_recap
    assert f"Melibatkan UMKM {format_full(totals.umkm.value_idr)}" in demo_recap
    assert f"Belum diverifikasi {format_full(totals.unverified.value_idr)}" in demo_recap


def test_voided_entries_are_listed_with_their_reason_and_counted_nowhere(demo_recap, demo_session):
    voided = demo_session.transactions.list(
        status=__import__("eventdesk.domain.enums", fromlist=["x"]).TransactionStatus.VOID
    )
    assert len(voided) == 1
    assert "Salah ketik nilai (kelebihan tiga angka nol); dicatat ulang." in demo_recap
    assert "Lampiran: transaksi yang dibatalkan" in demo_recap
    with_void = 666_000_000_000 + voided[0].value_idr
    assert format_full(with_void) not in demo_recap
    assert format_full(with_void).removeprefix("Rp") not in demo_recap
    # The void's own value appears once, in the annex, marked as not counted.
    assert demo_recap.count(format_full(voided[0].value_idr).removeprefix("Rp")) == 1


def test_the_detail_lines_end_in_the_headline_total(demo_recap):
    assert "Jumlah 64 transaksi Rp666.000.000.000" in demo_recap


def test_a_recap_whose_lines_do_not_match_its_total_is_refused(demo_session, tmp_path):
    with demo_session.snapshot():
        recap = demo_session.figures.recap()
        recap.figures.transactions.total_idr += 1
        with pytest.raises(recap_report.RecapMismatch):
            recap_report.render(demo_session.document_info("Rekap"), recap, tmp_path / "salah.pdf")
    assert not (tmp_path / "salah.pdf").exists()


def test_an_empty_event_gets_a_recap_of_nothing(session, tmp_path):
    text = _render(session, tmp_path / "kosong.pdf")
    assert "Rp0" in text and "nol rupiah" in text
    assert "Belum ada transaksi tercatat." in text


def test_user_text_prints_as_typed_in_the_lines(session, tmp_path):
    jatim, kaltim = session.settings.regions()
    buyer = session.organisations.add("PT <Maju> & Sons", OrganisationKind.COMPANY, jatim.id)
    seller = session.organisations.add("Đặng Thị Ngọc Ánh Trading", OrganisationKind.UMKM, kaltim.id)
    session.transactions.book(
        buyer_id=buyer.id, seller_id=seller.id, value="1 M", kind="trade", commodity="Ikan & <udang>"
    )
    text = _render(session, tmp_path / "teks.pdf")
    for typed in ("PT <Maju> & Sons", "Đặng Thị Ngọc Ánh", "Ikan & <udang>"):
        assert typed in text


def test_a_ledger_splits_across_pages_repeating_its_header_and_keeping_every_row(session, tmp_path):
    rows = [
        (str(n), f"Organisasi nomor {n} dengan nama yang cukup panjang untuk dibungkus", "Rp1") for n in range(1, 301)
    ]
    path = tmp_path / "ledger.pdf"
    ledger = Ledger(
        [LedgerColumn("No", 40, "right"), LedgerColumn("Nama", 200), LedgerColumn("Nilai", 60, "right")],
        rows,
        total=["", "Jumlah", "Rp300"],
    )
    build_pdf(path, session.document_info("Uji"), [ledger])
    reader = PdfReader(path)
    assert len(reader.pages) > 3
    text = _text(path)
    assert all(f" {n} Organisasi nomor {n} " in text for n in (1, 150, 300))
    assert text.count("No Nama Nilai") == len(reader.pages)
    assert text.rstrip().endswith("Halaman {0} dari {0}".format(len(reader.pages))) or "Jumlah Rp300" in text


def test_no_cell_of_the_ledger_is_ever_cut(session, tmp_path):
    _jatim, kaltim = session.settings.regions()
    sector = session.settings.add_sector("Perdagangan, Pergudangan dan Logistik Antarpulau")
    buyer = session.organisations.add("Công ty TNHH Thủy Sản Đặng Thị Ngọc Ánh Việt Nam", OrganisationKind.COMPANY)
    seller = session.organisations.add("福建海洋渔业进出口贸易有限公司", OrganisationKind.COMPANY, kaltim.id)
    session.transactions.book(
        buyer_id=buyer.id,
        seller_id=seller.id,
        value="1 M",
        kind="trade",
        sector_id=sector.id,
        commodity="Udang vaname beku ukuran besar",
        quantity=1234.5,
        unit="ton",
    )
    session.transactions.book(
        buyer_id=seller.id, seller_id=buyer.id, value="2 M", kind="trade", commodity="تمر المدينة المنورة الفاخر"
    )
    text = _render(session, tmp_path / "panjang.pdf")
    assert "…" not in text, text[max(0, text.index("…") - 80) : text.index("…") + 40]
    assert all(letter in text for letter in "福建海洋渔业进出口贸易有限公司")  # no spaces: broken between letters
    printed = set(text.split())
    for typed in (
        "Perdagangan, Pergudangan dan Logistik Antarpulau",
        "Công ty TNHH Thủy Sản Đặng Thị Ngọc Ánh Việt Nam",
        "Udang vaname beku ukuran besar",
        "1.234,5 ton",
    ):
        assert set(typed.split()) <= printed, typed  # every word is there, wherever the lines break
