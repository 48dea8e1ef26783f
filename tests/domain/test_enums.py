"""The fixed vocabularies: stored as lower-case English words, shown with translated labels."""

import pytest

from eventdesk.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AttendeeCategory,
    OrganisationKind,
    TransactionKind,
    TransactionStage,
    TransactionStatus,
)
from eventdesk.domain.errors import InvalidValue

VOCABULARIES = [
    OrganisationKind,
    AttendeeCategory,
    AgreementKind,
    AgreementStatus,
    TransactionKind,
    TransactionStage,
    TransactionStatus,
]


def test_the_stored_words_are_those_of_the_design_brief():
    assert {v.__name__: [m.value for m in v] for v in VOCABULARIES} == {
        "OrganisationKind": ["umkm", "company", "enterprise", "government", "association", "cooperative", "other"],
        "AttendeeCategory": ["buyer", "seller", "investor", "government", "vip", "speaker", "media", "committee"],
        "AgreementKind": ["mou", "pks", "contract", "loi"],
        "AgreementStatus": ["draft", "scheduled", "signed", "postponed", "cancelled"],
        "TransactionKind": ["trade", "investment"],
        "TransactionStage": ["interest", "commitment", "contract", "realised"],
        "TransactionStatus": ["booked", "void"],
    }


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_word_has_a_label_of_its_own(vocabulary):
    labels = [member.label for member in vocabulary]
    assert all(labels)
    assert len(set(labels)) == len(labels)


def test_labels_are_indonesian():
    assert OrganisationKind.GOVERNMENT.label == "Perangkat daerah"
    assert AgreementKind.MOU.label == "Nota Kesepahaman (MoU)"
    assert TransactionStatus.VOID.label == "Batal"


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_word_is_read_back_from_its_value_or_its_label_in_any_case(vocabulary):
    for member in vocabulary:
        assert vocabulary.parse(member.value) is member
        assert vocabulary.parse(f"  {member.label.upper()} ") is member


def test_a_word_is_still_read_from_its_indonesian_label_in_english(english):
    assert AttendeeCategory.parse("Pembeli") is AttendeeCategory.BUYER
    assert AttendeeCategory.parse("buyer") is AttendeeCategory.BUYER


def test_an_unknown_word_is_refused_with_the_choices():
    with pytest.raises(InvalidValue) as refused:
        TransactionKind.parse("hibah")
    assert "hibah" in refused.value.message
    assert "trade, investment" in refused.value.message


def test_a_deal_seen_from_the_host_is_a_sale_a_purchase_an_investment_or_other():
    from eventdesk.domain.enums import HostSide
    from eventdesk.domain.figures import host_side

    jatim, kaltim = "r-jatim", "r-kaltim"
    assert host_side("trade", kaltim, jatim, jatim) is HostSide.SALES  # Jawa Timur sells to Kalimantan Timur
    assert host_side("trade", jatim, kaltim, jatim) is HostSide.PURCHASES
    assert host_side("investment", kaltim, jatim, jatim) is HostSide.INVESTMENT
    assert host_side("trade", jatim, jatim, jatim) is HostSide.OTHER  # inside the host region
    assert host_side("trade", None, kaltim, jatim) is HostSide.OTHER
