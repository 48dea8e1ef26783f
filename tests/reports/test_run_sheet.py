"""The signing run-sheet read back from the PDF: per spot, in time order, large type, what the MC must know."""

import shutil
import unicodedata
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from eventdesk.domain.clock import local_moment
from eventdesk.domain.entries import PartyInput
from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.models import Actor
from eventdesk.reports import run_sheet
from eventdesk.services.session import open_session

READER = Actor("7c1d0a52-5b8e-4c0e-9a57-0000000000b3", "Meja MC", "Dimas Nugroho")
DAY = date(2025, 5, 8)


def _text(reader):
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _render(session, path, **options):
    run_sheet.render(
        session.document_info("Susunan Acara Penandatanganan"), session.agreements.run_sheet(), path, **options
    )
    return PdfReader(path)


@pytest.fixture(scope="module")
def demo(demo_master, tmp_path_factory):
    folder = tmp_path_factory.mktemp("run-sheet")
    path = folder / "demo.eventdesk"
    shutil.copyfile(demo_master, path)
    session = open_session(path, READER, read_only=True)
    try:
        everything = session.agreements.list()
        reader = _render(session, folder / "susunan.pdf")
        per_spot = _render(session, folder / "per-tempat.pdf", per_spot=True)
    finally:
        session.close()
    return everything, reader, _text(reader), per_spot


def test_every_slot_is_on_the_sheet_with_its_parties_and_signatories_and_drafts_are_not(demo):
    everything, _, text, _ = demo
    for agreement in everything:
        if agreement.slot is None:
            assert agreement.title not in text
            continue
        assert agreement.number in text and agreement.title in text
        for party in agreement.parties:
            assert party.organisation_name in text
            assert f"Penanda tangan: {party.signer_name}, {party.signer_title}" in text
    assert "1 perjanjian berstatus draf belum dijadwalkan" in text


def test_one_running_order_lists_every_slot_by_time_with_its_spot_and_witnesses(demo):
    everything, reader, text, per_spot = demo
    spots = ["Panggung Utama", "Meja Penandatanganan 1", "Meja Penandatanganan 2"]  # as the settings list them
    slots = sorted((a for a in everything if a.slot), key=lambda a: (a.slot.starts_at, spots.index(a.slot.spot)))
    positions = [text.index(a.number) for a in slots]
    assert positions == sorted(positions)  # one order across the spots, as the MC calls them
    assert text.startswith("Susunan Acara Penandatanganan Kamis, 8 Mei 2025 · 13 slot")
    assert "10.00 s.d. 10.15 WITA Panggung Utama SUDAH DITANDATANGANI" in text
    assert text.count("Saksi: Gubernur Jawa Timur; Gubernur Kalimantan Timur") == 6  # every slot on the main stage
    assert len(reader.pages) < len(per_spot.pages)
    first = " ".join(reader.pages[0].extract_text().split())
    assert first.count(" s.d. ") >= 2  # the first page is not given to one slot


def test_each_spot_starts_its_own_page_and_lists_its_slots_in_time_order(demo):
    everything, _, _, reader = demo
    text = _text(reader)
    firsts = [" ".join(page.extract_text().split()) for page in reader.pages]
    spot_pages = [
        index for index, page in enumerate(firsts) if page.startswith(("Panggung Utama", "Meja Penandatanganan"))
    ]
    assert [firsts[i].split(" Kamis")[0] for i in spot_pages] == [
        "Panggung Utama",
        "Meja Penandatanganan 1",
        "Meja Penandatanganan 2",
    ]
    for spot in ("Panggung Utama", "Meja Penandatanganan 1", "Meja Penandatanganan 2"):
        slots = sorted((a for a in everything if a.slot and a.slot.spot == spot), key=lambda a: a.slot.starts_at)
        positions = [text.index(a.number) for a in slots]
        assert positions == sorted(positions), spot


def test_status_and_mc_notes_tell_the_mc_what_to_do(demo):
    _, _, text, _ = demo
    assert "SUDAH DITANDATANGANI pukul 10.07" in text
    assert "TERJADWAL Nota Kesepahaman (MoU) · 011/MoU/PBE-BLP/V/2025" in text
    assert "DITUNDA — LEWATI (Penanda tangan berhalangan hadir; dijadwalkan ulang di Surabaya.)" in text
    assert "DIBATALKAN — LEWATI" in text
    assert text.count("Catatan MC: Penandatanganan disaksikan kedua gubernur.") == 6  # every slot on the main stage
    assert "14.00 s.d. 14.15 WITA" in text


def test_the_body_of_the_sheet_is_in_large_type(demo):
    _, _, _, reader = demo
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append((size * tm[0], text.strip()))

    reader.pages[0].extract_text(visitor_text=visit)
    body = [(size, text) for size, text in sizes if ("Halaman" not in text and size > 9.5) or text.startswith("Pihak")]
    assert min(size for size, _ in body) >= 13
    assert max(size for size, text in body if text == "10.00") >= 22
    assert all(size >= 14 for size, text in body if text.startswith(("Pihak", "Penanda tangan")))


@pytest.fixture
def clash(session):
    """Two agreements at the same table at once, one signatory not checked in, a note with markup characters."""
    jatim, kaltim = session.settings.regions()
    a = session.organisations.add("PT <Samudra> & Co", OrganisationKind.COMPANY, jatim.id)
    b = session.organisations.add("PT Mahakam Bahari", OrganisationKind.COMPANY, kaltim.id)
    c = session.organisations.add("CV Teluk Jaya", OrganisationKind.COMPANY, kaltim.id)
    ani = session.attendees.register("Ani Susanti", "seller", organisation_id=a.id, title="Direktur")
    yus = session.attendees.register("Yusran Effendi", "buyer", organisation_id=b.id, title="Manajer")
    eko = session.attendees.register("Eko Prasetyo", "buyer", organisation_id=c.id, title="Pemilik")
    session.attendees.check_in(ani.code)
    session.attendees.check_in(yus.code)
    ten = local_moment(DAY, 10, 0, "Asia/Makassar")
    first = session.agreements.create(
        "contract",
        "Pasokan Udang",
        [PartyInput(a.id, ani.id, "Direktur"), PartyInput(b.id, yus.id, "Manajer")],
        mc_notes="Undang <kedua> pihak & saksi ke meja",
    )
    second = session.agreements.create(
        "loi", "Minat Beli Kepiting", [PartyInput(c.id, eko.id, "Pemilik"), PartyInput(b.id, yus.id, "Manajer")]
    )
    session.agreements.schedule(first.id, ten, ten + timedelta(minutes=20), "Meja 1")
    session.agreements.schedule(
        second.id, ten + timedelta(minutes=10), ten + timedelta(minutes=30), "Meja 1", accept_conflicts=True
    )
    return session


def test_conflicts_and_signatories_not_yet_checked_in_are_flagged_on_the_sheet(clash, tmp_path):
    text = _text(_render(clash, tmp_path / "susunan.pdf"))
    assert "PERHATIAN: Meja 1 sudah dipakai 'Pasokan Udang' pada 10.00–10.20 WITA." in text
    assert "PERHATIAN: Yusran Effendi juga menandatangani 'Minat Beli Kepiting'" in text
    assert "Penanda tangan: Eko Prasetyo, Pemilik BELUM CHECK-IN saat dicetak" in text
    assert "Penanda tangan: Ani Susanti, Direktur hadir sejak" in text
    assert "Catatan MC: Undang <kedua> pihak & saksi ke meja" in text
    assert "Pihak Pertama: PT <Samudra> & Co (Jawa Timur)" in text


def test_an_event_without_slots_prints_a_sheet_that_says_so(session, tmp_path):
    reader = _render(session, tmp_path / "kosong.pdf")
    assert "Belum ada penandatanganan yang dijadwalkan." in _text(reader)
    assert len(reader.pages) == 1


def test_names_in_chinese_and_japanese_print_on_the_sheet_and_the_summary(session, tmp_path):
    from eventdesk.reports import signed_agreements

    jatim, _ = session.settings.regions()
    buyer = session.organisations.add("王氏贸易 Trading", OrganisationKind.COMPANY)
    seller = session.organisations.add("UD Bandeng Sidoarjo", OrganisationKind.UMKM, jatim.id)
    yamada = session.attendees.register("山田 さくら", "investor", organisation_id=buyer.id, title="社長")
    sri = session.attendees.register("Sri Lestari", "seller", organisation_id=seller.id, title="Pemilik")
    agreement = session.agreements.create(
        "loi", "Minat Beli Bandeng", [PartyInput(buyer.id, yamada.id, "社長"), PartyInput(seller.id, sri.id, "Pemilik")]
    )
    ten = local_moment(DAY, 10, 0, "Asia/Makassar")
    session.agreements.schedule(agreement.id, ten, ten + timedelta(minutes=15), "Meja 2")
    sheet = unicodedata.normalize("NFKC", _text(_render(session, tmp_path / "susunan.pdf")))
    assert "王氏贸易 Trading" in sheet and "Penanda tangan: 山田 さくら, 社長" in sheet
    session.agreements.mark_signed(agreement.id, ten)
    path = tmp_path / "ringkasan.pdf"
    signed_agreements.render(
        session.document_info("Perjanjian Ditandatangani"), session.agreements.signed_summary(), path
    )
    summary = unicodedata.normalize("NFKC", _text(PdfReader(path)))
    assert "Pihak Pertama: 王氏贸易 Trading" in summary and "山田 さくら — 社長" in summary
