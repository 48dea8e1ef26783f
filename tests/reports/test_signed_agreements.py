"""The signed-agreement summary read back from the PDF: signed agreements only, every party, right totals."""

import shutil
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from eventdesk.domain.clock import local_moment
from eventdesk.domain.entries import PartyInput, Signer
from eventdesk.domain.enums import AgreementStatus, OrganisationKind
from eventdesk.domain.models import Actor
from eventdesk.domain.money import format_full, format_words
from eventdesk.reports import signed_agreements
from eventdesk.services.session import open_session

READER = Actor("7c1d0a52-5b8e-4c0e-9a57-0000000000b2", "Meja Protokol", "Nurul Aminah")
TEN = local_moment(date(2025, 5, 8), 10, 0, "Asia/Makassar")


def _text(reader):
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _render(session, path, **options):
    signed_agreements.render(
        session.document_info("Perjanjian Ditandatangani"), session.agreements.signed_summary(), path, **options
    )
    return PdfReader(path)


@pytest.fixture(scope="module")
def demo(demo_master, tmp_path_factory):
    """The demo's summary rendered once for this module: (agreements, summary, reader, text)."""
    folder = tmp_path_factory.mktemp("signed-summary")
    path = folder / "demo.eventdesk"
    shutil.copyfile(demo_master, path)
    session = open_session(path, READER, read_only=True)
    try:
        everything = session.agreements.list()
        summary = session.agreements.signed_summary()
        settings = session.settings.get()
        reader = _render(session, folder / "ringkasan.pdf")
    finally:
        session.close()
    return everything, summary, settings, reader, _text(reader)


def test_every_signed_agreement_and_each_of_its_parties_and_signatories_is_printed(demo):
    everything, _, _, _, text = demo
    signed = [a for a in everything if a.status is AgreementStatus.SIGNED]
    assert len(signed) == 9
    for agreement in signed:
        assert agreement.number in text
        assert agreement.title in text
        for party in agreement.parties:
            assert party.organisation_name in text
            assert party.signer_name in text
            assert f"({party.region_name})" in text


def test_no_draft_scheduled_postponed_or_cancelled_agreement_is_in_the_summary(demo):
    everything, _, _, _, text = demo
    others = [a for a in everything if a.status is not AgreementStatus.SIGNED]
    assert {a.status for a in others} == {
        AgreementStatus.DRAFT,
        AgreementStatus.SCHEDULED,
        AgreementStatus.POSTPONED,
        AgreementStatus.CANCELLED,
    }
    for agreement in others:
        assert agreement.number not in text
        assert agreement.title not in text


def test_the_list_is_numbered_in_signing_order_with_time_sector_and_value(demo):
    _, summary, _, _, text = demo
    positions = [text.index(f"{n}. ") for n in range(1, 10)]
    assert positions == sorted(positions)
    numbers = [text.index(a.number) for a in summary.agreements]
    assert numbers == sorted(numbers)
    assert "8 Mei 2025 pukul 10.07 WITA" in text  # the first MoU, signed halfway through its 10.00 slot
    assert "Rp150.000.000.000 seratus lima puluh miliar rupiah" in text
    assert text.count("Tidak dicantumkan") == 5  # the MoUs and PKS signed without a value


def test_totals_by_kind_and_in_value_add_up(demo):
    _, summary, _, _, text = demo
    assert summary.total_value_idr == 232_500_000_000
    assert "Nota Kesepahaman (MoU) 3 0 Rp0" in text
    assert "Perjanjian Kerja Sama (PKS) 3 1 Rp12.000.000.000" in text
    assert "Kontrak dagang 2 2 Rp70.500.000.000" in text
    assert "Letter of Intent (LoI) 1 1 Rp150.000.000.000" in text
    assert "Jumlah 9 4 Rp232.500.000.000" in text
    assert f"Terbilang: {format_words(232_500_000_000)}" in text


def test_the_summary_names_event_date_venue_and_the_officials_of_both_regions(demo):
    _, _, settings, _, text = demo
    assert settings.name in text and "8 Mei 2025" in text and settings.venue in text
    assert "Balikpapan, 8 Mei 2025 Mengetahui," in text
    for official in settings.officials:
        assert official.name in text
        assert official.title in text
        assert official.region in text


def test_the_fingerprint_is_printed_on_every_page_and_matches_the_data(demo):
    _, summary, _, reader, text = demo
    assert f"Sidik isi: {summary.fingerprint}" in text
    for page in reader.pages:
        assert f"Sidik isi {summary.fingerprint}" in page.extract_text()


def test_the_signatures_share_the_last_page_with_the_end_of_the_list_and_the_totals(demo):
    _, summary, settings, reader, _ = demo
    last = " ".join(reader.pages[-1].extract_text().split())
    assert summary.agreements[-1].title in last
    assert "Rekapitulasi" in last and format_full(summary.total_value_idr) in last
    assert "Mengetahui," in last
    for official in settings.officials:
        assert f"{official.name} NIP. {official.nip}" in last


def test_every_page_has_a_paraf_box_for_each_official_and_the_first_the_letterhead(demo):
    _, _, settings, reader, _ = demo
    for page in reader.pages:
        words = " ".join(page.extract_text().split())
        assert "Paraf Jawa Timur" in words and "Paraf Kalimantan Timur" in words
    first = " ".join(reader.pages[0].extract_text().split())
    assert first.index("PEMERINTAH PROVINSI JAWA TIMUR DINAS PERINDUSTRIAN DAN PERDAGANGAN") < first.index(
        "Ringkasan Perjanjian yang Ditandatangani"
    )
    assert settings.organiser_address in first
    assert reader.metadata.author == "Dinas Perindustrian dan Perdagangan"


def test_the_fingerprint_box_says_it_is_a_content_check_and_quotes_no_command(demo):
    text = demo[4]
    assert "Pemeriksaan isi, bukan tanda tangan." in text
    assert "eventdesk" not in text.replace("EventDesk", "")


def test_one_page_per_agreement_can_follow_the_list(demo_session, tmp_path, demo):
    reader = _render(demo_session, tmp_path / "rinci.pdf", detail_pages=True)
    assert len(reader.pages) == len(demo[3].pages) + 9
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Perjanjian 9 dari 9" in last and "Tanda tangan para pihak" in last


@pytest.fixture
def three_parties(session):
    """A file built otherwise: three parties, one signed by a substitute, user text with markup characters."""
    jatim, kaltim = session.settings.regions()
    names = ["PT <Maju> & Sons", "Koperasi Nelayan Puger", "Đặng Thị Ngọc Ánh Seafood"]
    organisations = [
        session.organisations.add(names[0], OrganisationKind.COMPANY, jatim.id),
        session.organisations.add(names[1], OrganisationKind.COOPERATIVE, jatim.id),
        session.organisations.add(names[2], OrganisationKind.COMPANY, kaltim.id),
    ]
    people = [
        session.attendees.register(f"Penanda {n}", "investor", organisation_id=o.id, title="Direktur")
        for n, o in enumerate(organisations)
    ]
    deputy = session.attendees.register(
        "José Müller", "investor", organisation_id=organisations[0].id, title="Wakil Direktur"
    )
    agreement = session.agreements.create(
        "contract",
        "Pasokan <Udang> & Bandeng",
        [PartyInput(o.id, p.id, f"Direktur {o.name}") for o, p in zip(organisations, people, strict=True)],
        number="077/KTR/2025",
        value_idr=1_250_000_000,
        witnesses="Kepala Biro Perekonomian",
    )
    session.agreements.mark_signed(
        agreement.id, TEN, [Signer(agreement.parties[0].id, deputy.id, "a.n. Direktur, sedang umrah")]
    )
    session.agreements.create("mou", "Masih Draf", [PartyInput(organisations[1].id), PartyInput(organisations[2].id)])
    return session


def test_a_file_built_otherwise_prints_third_parties_substitutes_and_text_as_typed(three_parties, tmp_path):
    text = _text(_render(three_parties, tmp_path / "ringkasan.pdf"))
    for expected in (
        "Pasokan <Udang> & Bandeng",
        "Pihak Pertama: PT <Maju> & Sons (Jawa Timur)",
        "Pihak Ketiga: Đặng Thị Ngọc Ánh Seafood (Kalimantan Timur)",
        "José Müller — Wakil Direktur (menggantikan Penanda 0: a.n. Direktur, sedang umrah)",
        "Penanda 2 — Direktur Đặng Thị Ngọc Ánh Seafood",
        "Kepala Biro Perekonomian",
        f"Jumlah 1 1 {format_full(1_250_000_000)}",
    ):
        assert expected in text
    assert "Masih Draf" not in text
    assert "&amp;" not in text and "&lt;" not in text
    assert "Pejabat pengesah belum diisi" in text  # no officials in a new file: blank signature blocks


def test_signers_the_attendee_list_shows_absent_are_marked_and_counted(three_parties, tmp_path):
    three_parties.attendees.check_in(three_parties.attendees.search("Penanda 1")[0].code)
    text = _text(_render(three_parties, tmp_path / "ringkasan.pdf"))
    assert (
        "José Müller — Wakil Direktur (menggantikan Penanda 0: a.n. Direktur, sedang umrah) [tidak tercatat hadir]"
        in text
    )
    assert "Penanda 1 — Direktur Koperasi Nelayan Puger [tidak tercatat hadir]" not in text  # checked in
    assert "Penanda 2 — Direktur Đặng Thị Ngọc Ánh Seafood [tidak tercatat hadir]" in text
    assert "2 penanda tangan tidak tercatat check-in di daftar hadir; ditandai [tidak tercatat hadir]." in text


def test_the_demo_summary_marks_no_one_absent(demo):
    assert "tidak tercatat" not in demo[4]


def test_undoing_a_signing_takes_the_agreement_out_and_changes_the_fingerprint(three_parties, tmp_path):
    before = three_parties.agreements.signed_summary()
    [agreement] = before.agreements
    three_parties.agreements.unsign(agreement.id, "Salah pilih")
    after = three_parties.agreements.signed_summary()
    assert after.count == 0 and after.fingerprint != before.fingerprint
    text = _text(_render(three_parties, tmp_path / "kosong.pdf"))
    assert "Belum ada perjanjian yang ditandatangani." in text
    assert "Pasokan <Udang> & Bandeng" not in text
    assert "Jumlah 0 0 Rp0" in text


def test_the_summary_speaks_english_when_asked(three_parties, tmp_path, english):
    text = _text(_render(three_parties, tmp_path / "summary.pdf"))
    assert "Summary of Signed Agreements" in text
    assert "First party: PT <Maju> & Sons (Jawa Timur)" in text
    assert "one billion, two hundred and fifty million rupiah" in text
    assert "Acknowledged by," in text
    assert "May 8, 2025 at 10:00 WITA" in text  # the English way of writing a time
