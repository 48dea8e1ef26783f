"""Finding agreements in the register by words and filters."""

from eventdesk.domain.agreement_search import AgreementFilter, folded
from eventdesk.domain.enums import AgreementKind, AgreementStatus
from eventdesk.domain.models import Agreement, AgreementParty

AGREEMENT = Agreement(
    "a",
    AgreementKind.CONTRACT,
    "Pasokan Udang Windu Beku",
    AgreementStatus.SCHEDULED,
    number="005/KTR/V/2025",
    sector_id="perikanan",
    sector_name="Perikanan",
    parties=[
        AgreementParty(
            "p1", "a", "o1", 1, "PT Samudra Biru Mandiri", region_name="Jawa Timur", signatory_name="Đặng Thị Ngọc Ánh"
        ),
        AgreementParty(
            "p2", "a", "o2", 2, "PT Mahakam Bahari", region_name="Kalimantan Timur", signatory_name="José Müller"
        ),
    ],
)


def test_every_word_typed_must_appear_somewhere_ignoring_case_and_accents():
    assert AgreementFilter(text="udang mahakam").matches(AGREEMENT)
    assert AgreementFilter(text="dang thi").matches(AGREEMENT)
    assert AgreementFilter(text="JOSE muller").matches(AGREEMENT)
    assert AgreementFilter(text="005/ktr").matches(AGREEMENT)
    assert not AgreementFilter(text="udang garam").matches(AGREEMENT)


def test_filters_narrow_by_status_kind_sector_region_and_organisation():
    assert AgreementFilter(
        status=AgreementStatus.SCHEDULED, kind=AgreementKind.CONTRACT, sector_id="perikanan"
    ).matches(AGREEMENT)
    assert AgreementFilter(region_name="Kalimantan Timur", organisation_id="o1").matches(AGREEMENT)
    assert not AgreementFilter(status=AgreementStatus.SIGNED).matches(AGREEMENT)
    assert not AgreementFilter(kind=AgreementKind.MOU).matches(AGREEMENT)
    assert not AgreementFilter(sector_id="pariwisata").matches(AGREEMENT)
    assert not AgreementFilter(region_name="Sulawesi Selatan").matches(AGREEMENT)
    assert not AgreementFilter(organisation_id="o3").matches(AGREEMENT)


def test_folding_removes_accents_and_case():
    assert folded("Đặng Thị Ngọc Ánh") == "dang thi ngoc anh"
