"""Agreements: drafted with their parties, scheduled in a slot, signed, postponed or cancelled."""

from datetime import date, timedelta

import pytest

from eventdesk.domain.clock import local_moment
from eventdesk.domain.enums import AgreementStatus, OrganisationKind
from eventdesk.domain.errors import InvalidValue, NotAllowed
from eventdesk.domain.models import PartyInput

TEN_AM = local_moment(date(2025, 5, 8), 10, 0, "Asia/Makassar")


@pytest.fixture
def draft(session):
    jatim, kaltim = session.settings.regions()
    first = session.organisations.add("Dinas Kelautan dan Perikanan Jatim", OrganisationKind.GOVERNMENT, jatim.id)
    second = session.organisations.add("Dinas Kelautan dan Perikanan Kaltim", OrganisationKind.GOVERNMENT, kaltim.id)
    signatory = session.attendees.register("Dr. Budi Santoso", "vip", organisation_id=first.id, title="Kepala Dinas")
    return session.agreements.create(
        "mou",
        "Kerja Sama Perikanan Tangkap",
        [PartyInput(first.id, signatory.id, "Kepala Dinas"), PartyInput(second.id)],
    )


def test_a_new_agreement_is_a_draft_with_its_parties_in_order(draft):
    assert draft.status is AgreementStatus.DRAFT
    assert [(p.position, p.organisation_name, p.signatory_name) for p in draft.parties] == [
        (1, "Dinas Kelautan dan Perikanan Jatim", "Dr. Budi Santoso"),
        (2, "Dinas Kelautan dan Perikanan Kaltim", None),
    ]


def test_scheduling_a_draft_gives_it_a_slot_and_signing_records_the_time_and_signatories(session, draft):
    scheduled = session.agreements.schedule(draft.id, TEN_AM, TEN_AM + timedelta(minutes=15), "Panggung Utama")
    assert (scheduled.status, scheduled.slot.spot, scheduled.slot.starts_at) == (AgreementStatus.SCHEDULED, "Panggung Utama", TEN_AM)

    signed = session.agreements.mark_signed(draft.id, TEN_AM + timedelta(minutes=5))

    assert (signed.status, signed.signed_at) == (AgreementStatus.SIGNED, TEN_AM + timedelta(minutes=5))
    assert [p.signed_by_name for p in signed.parties] == ["Dr. Budi Santoso", None]
    assert session.agreements.signed_count() == 1


def test_a_signed_agreement_cannot_be_signed_again_postponed_or_rescheduled(session, draft):
    session.agreements.mark_signed(draft.id)
    with pytest.raises(NotAllowed):
        session.agreements.mark_signed(draft.id)
    with pytest.raises(NotAllowed):
        session.agreements.set_status(draft.id, AgreementStatus.POSTPONED, "Hujan")
    with pytest.raises(NotAllowed):
        session.agreements.schedule(draft.id, TEN_AM, TEN_AM + timedelta(minutes=15), "Panggung Utama")


def test_postponing_needs_a_reason_and_keeps_it(session, draft):
    with pytest.raises(InvalidValue):
        session.agreements.set_status(draft.id, AgreementStatus.POSTPONED, "  ")
    postponed = session.agreements.set_status(draft.id, AgreementStatus.POSTPONED, "Penanda tangan berhalangan")
    assert (postponed.status, postponed.status_note) == (AgreementStatus.POSTPONED, "Penanda tangan berhalangan")


def test_a_slot_at_an_unknown_spot_or_ending_before_it_starts_is_refused(session, draft):
    with pytest.raises(InvalidValue) as refused:
        session.agreements.schedule(draft.id, TEN_AM, TEN_AM + timedelta(minutes=15), "Lobi")
    assert refused.value.field == "spot"
    with pytest.raises(InvalidValue) as refused:
        session.agreements.schedule(draft.id, TEN_AM, TEN_AM, "Panggung Utama")
    assert refused.value.field == "ends_at"
    assert session.agreements.get(draft.id).slot is None


def test_an_agreement_with_one_party_cannot_be_signed(session):
    only = session.organisations.add("PT Sendiri", OrganisationKind.COMPANY)
    agreement = session.agreements.create("loi", "Surat Minat", [PartyInput(only.id)])
    with pytest.raises(NotAllowed):
        session.agreements.mark_signed(agreement.id)
