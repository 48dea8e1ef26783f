"""Agreements: drafted with their parties, scheduled in a slot, signed, unsigned, postponed or cancelled."""

from datetime import date, timedelta

import pytest

from eventdesk.domain.clock import local_moment, utc_now
from eventdesk.domain.entries import AgreementDetails, NewOrganisation, PartyChoice, PartyInput, Signer, SlotInput
from eventdesk.domain.enums import AgreementStatus, OrganisationKind
from eventdesk.domain.errors import InvalidValue, NotAllowed, ScheduleConflict
from eventdesk.domain.schedule import ConflictKind
from eventdesk.services.agreements import KEEP_SLOT
from eventdesk.store import audit

DAY = date(2025, 5, 8)
TEN_AM = local_moment(DAY, 10, 0, "Asia/Makassar")
QUARTER = timedelta(minutes=15)


@pytest.fixture
def people(session):
    """Two agencies, each with its head (the planned signatory) and a deputy."""
    jatim, kaltim = session.settings.regions()
    first = session.organisations.add("Dinas Kelautan dan Perikanan Jatim", OrganisationKind.GOVERNMENT, jatim.id)
    second = session.organisations.add("Dinas Kelautan dan Perikanan Kaltim", OrganisationKind.GOVERNMENT, kaltim.id)
    register = session.attendees.register
    return {
        "first": first,
        "second": second,
        "budi": register("Dr. Budi Santoso", "vip", organisation_id=first.id, title="Kepala Dinas"),
        "rina": register("Rina Wibowo", "government", organisation_id=first.id, title="Sekretaris Dinas"),
        "rahmat": register("Rahmat Hidayat", "vip", organisation_id=second.id, title="Kepala Dinas"),
    }


@pytest.fixture
def draft(session, people):
    return session.agreements.create(
        "mou",
        "Kerja Sama Perikanan Tangkap",
        [
            PartyInput(people["first"].id, people["budi"].id, "Kepala Dinas"),
            PartyInput(people["second"].id, people["rahmat"].id, "Kepala Dinas"),
        ],
        number="001/MoU/V/2025",
    )


def _another(session, people, title="Promosi Wisata Pesisir", number=""):
    return session.agreements.create(
        "pks",
        title,
        [
            PartyInput(people["first"].id, people["budi"].id, "Kepala Dinas"),
            PartyInput(people["second"].id, people["rahmat"].id),
        ],
        number=number,
    )


def test_a_new_agreement_is_a_draft_with_its_parties_in_order(draft):
    assert draft.status is AgreementStatus.DRAFT
    assert [(p.position, p.organisation_name, p.signatory_name) for p in draft.parties] == [
        (1, "Dinas Kelautan dan Perikanan Jatim", "Dr. Budi Santoso"),
        (2, "Dinas Kelautan dan Perikanan Kaltim", "Rahmat Hidayat"),
    ]


def test_scheduling_a_draft_gives_it_a_slot_and_signing_records_the_time_and_signatories(session, draft):
    scheduled = session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")
    assert (scheduled.status, scheduled.slot.spot, scheduled.slot.starts_at) == (
        AgreementStatus.SCHEDULED,
        "Panggung Utama",
        TEN_AM,
    )

    signed = session.agreements.mark_signed(draft.id, TEN_AM + timedelta(minutes=5))

    assert (signed.status, signed.signed_at) == (AgreementStatus.SIGNED, TEN_AM + timedelta(minutes=5))
    assert [p.signed_by_name for p in signed.parties] == ["Dr. Budi Santoso", "Rahmat Hidayat"]
    assert not any(p.is_substitute for p in signed.parties)
    assert session.agreements.signed_count() == 1


def test_a_signed_agreement_cannot_be_signed_again_postponed_or_rescheduled(session, draft):
    session.agreements.mark_signed(draft.id)
    with pytest.raises(NotAllowed):
        session.agreements.mark_signed(draft.id)
    with pytest.raises(NotAllowed):
        session.agreements.set_status(draft.id, AgreementStatus.POSTPONED, "Hujan")
    with pytest.raises(NotAllowed):
        session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")


def test_postponing_needs_a_reason_and_keeps_it(session, draft):
    with pytest.raises(InvalidValue):
        session.agreements.set_status(draft.id, AgreementStatus.POSTPONED, "  ")
    postponed = session.agreements.set_status(draft.id, AgreementStatus.POSTPONED, "Penanda tangan berhalangan")
    assert (postponed.status, postponed.status_note) == (AgreementStatus.POSTPONED, "Penanda tangan berhalangan")


def test_a_slot_at_an_unknown_spot_or_ending_before_it_starts_is_refused(session, draft):
    with pytest.raises(InvalidValue) as refused:
        session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Lobi")
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


def test_a_party_without_signatory_cannot_be_signed_for(session, people):
    agreement = session.agreements.create(
        "mou",
        "Tanpa penanda tangan",
        [PartyInput(people["first"].id, people["budi"].id), PartyInput(people["second"].id)],
    )
    with pytest.raises(NotAllowed, match="belum punya penanda tangan"):
        session.agreements.mark_signed(agreement.id)
    assert session.agreements.get(agreement.id).status is AgreementStatus.DRAFT


# --- conflicts -----------------------------------------------------------------------------------


def test_a_signatory_booked_twice_at_once_is_refused_and_nothing_is_written(session, people, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")
    other = _another(session, people)
    with pytest.raises(ScheduleConflict) as refused:
        session.agreements.schedule(other.id, TEN_AM + timedelta(minutes=10), TEN_AM + timedelta(minutes=30), "Meja 1")
    kinds = [c.kind for c in refused.value.conflicts]
    assert kinds == [ConflictKind.SIGNATORY_TWICE, ConflictKind.SIGNATORY_TWICE]
    assert (
        "Dr. Budi Santoso juga menandatangani 'Kerja Sama Perikanan Tangkap' pada 10.00–10.15 WITA"
        in refused.value.message
    )
    stored = session.agreements.get(other.id)
    assert (stored.status, stored.slot) == (AgreementStatus.DRAFT, None)


def test_a_spot_booked_twice_is_refused_but_back_to_back_is_fine(session, people, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")
    jatim, kaltim = session.settings.regions()
    a = session.organisations.add("PT Samudra Biru", OrganisationKind.COMPANY, jatim.id)
    b = session.organisations.add("PT Mahakam Bahari", OrganisationKind.COMPANY, kaltim.id)
    ani = session.attendees.register("Ani Susanti", "seller", organisation_id=a.id)
    yus = session.attendees.register("Yusran Effendi", "buyer", organisation_id=b.id)
    contract = session.agreements.create(
        "contract", "Pasokan Udang", [PartyInput(a.id, ani.id), PartyInput(b.id, yus.id)]
    )
    with pytest.raises(ScheduleConflict) as refused:
        session.agreements.schedule(
            contract.id, TEN_AM + timedelta(minutes=5), TEN_AM + timedelta(minutes=20), "Panggung Utama"
        )
    assert [c.kind for c in refused.value.conflicts] == [ConflictKind.SPOT_TWICE]
    moved = session.agreements.schedule(contract.id, TEN_AM + QUARTER, TEN_AM + 2 * QUARTER, "Panggung Utama")
    assert moved.status is AgreementStatus.SCHEDULED
    assert session.agreements.conflicts() == {}


def test_accepted_conflicts_are_saved_with_them_in_the_audit_reason(session, people, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")
    other = _another(session, people)
    session.agreements.schedule(other.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama", accept_conflicts=True)
    slot = session.agreements.get(other.id).slot
    [entry] = audit.entries_for(session.file, "slots", slot.id)
    assert entry.reason.startswith("Disimpan meski bentrok: ")
    assert "Panggung Utama sudah dipakai 'Kerja Sama Perikanan Tangkap'" in entry.reason
    conflicts = session.agreements.conflicts()
    assert set(conflicts) == {draft.id, other.id}


def test_slots_outside_the_event_hours_and_days_are_conflicts(session, draft):
    settings = session.settings.get()
    settings.start_date = settings.end_date = DAY
    session.settings.save(settings)
    early = local_moment(DAY, 7, 30, "Asia/Makassar")
    with pytest.raises(ScheduleConflict) as refused:
        session.agreements.schedule(draft.id, early, early + QUARTER, "Meja 1")
    assert [c.kind for c in refused.value.conflicts] == [ConflictKind.OUTSIDE_HOURS]
    assert "di luar jam acara (08.00–17.00)" in refused.value.message
    next_day = TEN_AM + timedelta(days=1)
    with pytest.raises(ScheduleConflict) as refused:
        session.agreements.schedule(draft.id, next_day, next_day + QUARTER, "Meja 1")
    assert [c.kind for c in refused.value.conflicts] == [ConflictKind.OUTSIDE_DAYS]


def test_scheduling_with_a_party_lacking_its_signatory_is_a_conflict(session, people):
    agreement = session.agreements.create(
        "mou", "Belum lengkap", [PartyInput(people["first"].id, people["budi"].id), PartyInput(people["second"].id)]
    )
    with pytest.raises(ScheduleConflict) as refused:
        session.agreements.schedule(agreement.id, TEN_AM, TEN_AM + QUARTER, "Meja 2")
    assert [c.message for c in refused.value.conflicts] == [
        "Pihak Dinas Kelautan dan Perikanan Kaltim belum punya penanda tangan."
    ]


# --- the form's save -----------------------------------------------------------------------------


def _details(title="Kerja Sama Perikanan Tangkap", **more):
    return AgreementDetails("mou", title, **more)


def test_save_creates_a_new_organisation_with_the_agreement_and_schedules_it(session, people):
    jatim, _ = session.settings.regions()
    saved = session.agreements.save(
        None,
        _details(number="010/MoU/V/2025", value_idr=1_500_000_000),
        [
            PartyChoice(NewOrganisation("Koperasi Nelayan Puger", OrganisationKind.COOPERATIVE, jatim.id)),
            PartyChoice(people["second"].id, people["rahmat"].id, "Kepala Dinas"),
        ],
        SlotInput(TEN_AM, TEN_AM + QUARTER, "Meja 1"),
        accept_conflicts=True,
    )
    assert saved.status is AgreementStatus.SCHEDULED
    assert [p.organisation_name for p in saved.parties] == [
        "Koperasi Nelayan Puger",
        "Dinas Kelautan dan Perikanan Kaltim",
    ]
    assert saved.value_idr == 1_500_000_000
    assert session.organisations.find_by_name("Koperasi Nelayan Puger")[0].region_id == jatim.id


def test_a_refused_save_leaves_no_new_organisation_behind(session, people):
    with pytest.raises(ScheduleConflict):
        session.agreements.save(
            None,
            _details(),
            [
                PartyChoice(NewOrganisation("CV Baru Sekali", OrganisationKind.COMPANY)),
                PartyChoice(people["second"].id, people["rahmat"].id),
            ],
            SlotInput(TEN_AM, TEN_AM + QUARTER, "Meja 1"),
        )
    assert session.organisations.find_by_name("CV Baru Sekali") == []
    assert session.agreements.list() == []


def test_save_edits_details_and_parties_each_change_audited(session, people, draft):
    third = session.organisations.add("Kadin Jatim", OrganisationKind.ASSOCIATION)
    choices = [
        PartyChoice(people["first"].id, people["budi"].id, "Kepala Dinas Kelautan dan Perikanan"),
        PartyChoice(people["second"].id, people["rahmat"].id, "Kepala Dinas"),
        PartyChoice(third.id),
    ]
    edited = session.agreements.save(draft.id, _details("Kerja Sama Perikanan", number="001/MoU/V/2025"), choices)
    assert [(p.position, p.organisation_name, p.signatory_title) for p in edited.parties] == [
        (1, "Dinas Kelautan dan Perikanan Jatim", "Kepala Dinas Kelautan dan Perikanan"),
        (2, "Dinas Kelautan dan Perikanan Kaltim", "Kepala Dinas"),
        (3, "Kadin Jatim", ""),
    ]
    removed = edited.parties[2]
    edited = session.agreements.save(draft.id, _details("Kerja Sama Perikanan"), choices[:2])
    assert len(edited.parties) == 2 and edited.number == ""
    assert [e.action for e in audit.entries_for(session.file, "agreement_parties", removed.id)] == ["insert", "delete"]
    assert [e.action for e in audit.entries_for(session.file, "agreements", draft.id)] == ["insert", "update", "update"]


def test_save_refuses_a_document_number_already_used(session, people, draft):
    with pytest.raises(InvalidValue) as refused:
        _another(session, people, number=" 001/mou/v/2025 ")
    assert refused.value.field == "number"
    assert "Kerja Sama Perikanan Tangkap" in refused.value.message


def test_save_refuses_the_same_organisation_or_signatory_for_two_parties(session, people):
    with pytest.raises(InvalidValue, match="dua kali"):
        session.agreements.save(None, _details(), [PartyChoice(people["first"].id), PartyChoice(people["first"].id)])
    with pytest.raises(InvalidValue, match="dua pihak"):
        session.agreements.save(
            None,
            _details(),
            [PartyChoice(people["first"].id, people["budi"].id), PartyChoice(people["second"].id, people["budi"].id)],
        )


def test_keep_slot_leaves_the_schedule_and_none_takes_it_off(session, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Meja 1")
    parties = [PartyChoice(p.organisation_id, p.signatory_id, p.signatory_title) for p in draft.parties]
    kept = session.agreements.save(draft.id, _details(mc_notes="Disaksikan gubernur"), parties, KEEP_SLOT)
    assert (kept.status, kept.slot.spot, kept.mc_notes) == (AgreementStatus.SCHEDULED, "Meja 1", "Disaksikan gubernur")
    off = session.agreements.save(draft.id, _details(), parties, None)
    assert (off.status, off.slot) == (AgreementStatus.DRAFT, None)


def test_parties_of_a_signed_agreement_cannot_change_but_its_notes_can(session, people, draft):
    session.agreements.mark_signed(draft.id)
    parties = [PartyChoice(p.organisation_id, p.signatory_id, p.signatory_title) for p in draft.parties]
    noted = session.agreements.save(draft.id, _details(notes="Naskah asli di Biro Perekonomian"), parties)
    assert (noted.status, noted.notes) == (AgreementStatus.SIGNED, "Naskah asli di Biro Perekonomian")
    with pytest.raises(NotAllowed, match="batalkan penandatanganannya"):
        session.agreements.save(draft.id, _details(), [parties[0], PartyChoice(people["second"].id, None)])


# --- the ceremony --------------------------------------------------------------------------------


def test_a_substitute_signs_with_a_note_and_is_printed_with_their_own_title(session, people, draft):
    deputy = Signer(draft.parties[0].id, people["rina"].id)
    with pytest.raises(InvalidValue) as refused:
        session.agreements.mark_signed(draft.id, TEN_AM, [deputy])
    assert refused.value.field == "substitute_note"
    signed = session.agreements.mark_signed(
        draft.id, TEN_AM, [Signer(draft.parties[0].id, people["rina"].id, "Kepala Dinas dinas luar")]
    )
    first, second = signed.parties
    assert (first.is_substitute, first.signer_name, first.signer_title, first.substitute_note) == (
        True,
        "Rina Wibowo",
        "Sekretaris Dinas",
        "Kepala Dinas dinas luar",
    )
    assert (second.is_substitute, second.signer_name, second.signer_title) == (False, "Rahmat Hidayat", "Kepala Dinas")


def test_a_signing_time_in_the_future_is_refused(session, draft):
    with pytest.raises(InvalidValue) as refused:
        session.agreements.mark_signed(draft.id, utc_now() + timedelta(hours=2))
    assert refused.value.field == "signed_at"


def test_undoing_a_signing_needs_a_reason_and_returns_it_to_the_schedule(session, people, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")
    session.agreements.mark_signed(draft.id, TEN_AM, [Signer(draft.parties[0].id, people["rina"].id, "mewakili")])
    with pytest.raises(InvalidValue):
        session.agreements.unsign(draft.id, " ")
    undone = session.agreements.unsign(draft.id, "Ditandai pada perjanjian yang salah")
    assert (undone.status, undone.signed_at, undone.status_note) == (
        AgreementStatus.SCHEDULED,
        None,
        "Ditandai pada perjanjian yang salah",
    )
    assert [(p.signed_by_id, p.substitute_note) for p in undone.parties] == [(None, ""), (None, "")]
    last = audit.entries_for(session.file, "agreements", draft.id)[-1]
    assert (last.action, last.reason, last.before["status"], last.after["status"]) == (
        "unsign",
        "Ditandai pada perjanjian yang salah",
        "signed",
        "scheduled",
    )
    with pytest.raises(NotAllowed):
        session.agreements.unsign(draft.id, "lagi")


def test_a_cancelled_agreement_is_reopened_as_a_draft_without_its_slot(session, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Meja 2")
    session.agreements.set_status(draft.id, AgreementStatus.CANCELLED, "Digabung")
    with pytest.raises(NotAllowed):
        session.agreements.mark_signed(draft.id)
    reopened = session.agreements.reopen(draft.id, "Dibatalkan karena salah pilih")
    assert (reopened.status, reopened.slot, reopened.status_note) == (
        AgreementStatus.DRAFT,
        None,
        "Dibatalkan karena salah pilih",
    )


def test_a_postponed_agreement_scheduled_again_becomes_scheduled(session, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Meja 2")
    session.agreements.set_status(draft.id, AgreementStatus.POSTPONED, "Penanda tangan terlambat")
    assert session.agreements.conflicts() == {}
    later = TEN_AM + timedelta(hours=4)
    again = session.agreements.schedule(draft.id, later, later + QUARTER, "Meja 2")
    assert (again.status, again.slot.starts_at) == (AgreementStatus.SCHEDULED, later)


def test_check_in_warnings_name_signatories_of_the_next_slot_not_yet_in(session, people, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")
    before = TEN_AM - timedelta(minutes=30)
    warnings = session.agreements.check_in_warnings(before)
    assert [w.attendee_id for w in warnings] == [people["budi"].id, people["rahmat"].id]
    session.attendees.check_in(people["budi"].code, at=before)
    [warning] = session.agreements.check_in_warnings(before)
    assert warning.message == (
        "Rahmat Hidayat (Dinas Kelautan dan Perikanan Kaltim) belum check-in untuk "
        "'Kerja Sama Perikanan Tangkap', 10.00–10.15 WITA di Panggung Utama."
    )
    assert session.agreements.check_in_warnings(before + timedelta(days=1)) == []


def test_the_signed_summary_of_the_demo_lists_the_nine_signed_agreements_only(demo_session):
    summary = demo_session.agreements.signed_summary()
    assert summary.count == 9
    assert {a.status for a in summary.agreements} == {AgreementStatus.SIGNED}
    assert summary.total_value_idr == 48_000_000_000 + 22_500_000_000 + 12_000_000_000 + 150_000_000_000
    assert demo_session.agreements.conflicts() == {}


def test_check_reads_only_the_slots_around_the_proposal_and_finds_its_clashes(session, people, draft):
    from dataclasses import replace

    from eventdesk.domain.models import Slot

    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")
    other = _another(session, people)
    touching = replace(other, slot=Slot("", other.id, TEN_AM + QUARTER, TEN_AM + 2 * QUARTER, "Panggung Utama"))
    assert session.agreements.check(touching) == []
    overlapping = replace(
        other, slot=Slot("", other.id, TEN_AM + timedelta(minutes=14), TEN_AM + 2 * QUARTER, "Panggung Utama")
    )
    assert sorted(c.kind.value for c in session.agreements.check(overlapping)) == [
        "signatory_twice",
        "signatory_twice",
        "spot_twice",
    ]


def test_the_whole_workflow_leaves_a_file_that_passes_the_check(session, people, draft, event_path):
    from eventdesk.services.integrity import check_event_file

    third = session.organisations.add("Kadin Jatim", OrganisationKind.ASSOCIATION)
    parties = [PartyChoice(p.organisation_id, p.signatory_id, p.signatory_title) for p in draft.parties]
    session.agreements.save(
        draft.id,
        _details(),
        [*parties, PartyChoice(third.id)],
        SlotInput(TEN_AM, TEN_AM + QUARTER, "Meja 1"),
        accept_conflicts=True,
    )
    session.agreements.save(draft.id, _details(), parties, SlotInput(TEN_AM, TEN_AM + QUARTER, "Meja 2"))
    session.agreements.mark_signed(draft.id, TEN_AM, [Signer(draft.parties[0].id, people["rina"].id, "mewakili")])
    session.agreements.unsign(draft.id, "keliru")
    session.agreements.set_status(draft.id, AgreementStatus.CANCELLED, "batal")
    session.agreements.reopen(draft.id, "tidak jadi batal")
    session.agreements.save(draft.id, _details(), parties, SlotInput(TEN_AM, TEN_AM + QUARTER, "Panggung Utama"))
    session.agreements.save(draft.id, _details(), parties, None)
    session.close()
    assert check_event_file(event_path) == []


def test_an_accepted_clash_is_not_asked_again_when_only_the_notes_change_but_a_new_one_is(session, people, draft):
    session.agreements.schedule(draft.id, TEN_AM, TEN_AM + QUARTER, "Panggung Utama")
    other = _another(session, people)
    session.agreements.schedule(other.id, TEN_AM, TEN_AM + QUARTER, "Meja 1", accept_conflicts=True)
    slot = SlotInput(TEN_AM, TEN_AM + QUARTER, "Meja 1")
    parties = [PartyChoice(p.organisation_id, p.signatory_id, p.signatory_title) for p in other.parties]
    noted = session.agreements.save(
        other.id, AgreementDetails("pks", other.title, mc_notes="Dibacakan MC"), parties, slot
    )
    assert noted.mc_notes == "Dibacakan MC"
    with pytest.raises(ScheduleConflict) as refused:  # the spot is new trouble on top of the accepted signatory clash
        session.agreements.save(
            other.id,
            AgreementDetails("pks", other.title),
            parties,
            SlotInput(TEN_AM, TEN_AM + QUARTER, "Panggung Utama"),
        )
    assert ConflictKind.SPOT_TWICE in [c.kind for c in refused.value.conflicts]
