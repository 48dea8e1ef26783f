"""Schedule-conflict rules over plain agreements: no file, no Qt."""

from datetime import date, time, timedelta

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from eventdesk.domain.clock import local_moment
from eventdesk.domain.enums import AgreementKind, AgreementStatus, SpotKind
from eventdesk.domain.models import Agreement, AgreementParty, EventSettings, Slot, Spot
from eventdesk.domain.schedule import (
    ConflictKind,
    check_in_warnings,
    first_free_start,
    next_slots,
    overlaps,
    schedule_conflicts,
    signing_conflicts,
    with_slot,
)

ZONE = "Asia/Makassar"
DAY = date(2025, 5, 8)
SETTINGS = EventSettings(
    name="Misi",
    start_date=DAY,
    end_date=DAY,
    timezone=ZONE,
    day_start=time(8, 0),
    day_end=time(17, 0),
    spots=[Spot("Panggung", SpotKind.STAGE), Spot("Meja 1"), Spot("Meja 2")],
)


def at(hour, minute=0, day=DAY):
    return local_moment(day, hour, minute, ZONE)


def agreement(
    id_,
    start=None,
    minutes=15,
    spot="Panggung",
    signers=("budi", "rahmat"),
    status=AgreementStatus.SCHEDULED,
    title=None,
):
    parties = [
        AgreementParty(
            f"{id_}-p{n}",
            id_,
            f"org-{signer or n}",
            n,
            organisation_name=f"Org {n}",
            signatory_id=signer,
            signatory_name=signer,
        )
        for n, signer in enumerate(signers, start=1)
    ]
    slot = Slot(f"{id_}-slot", id_, start, start + timedelta(minutes=minutes), spot) if start is not None else None
    return Agreement(id_, AgreementKind.MOU, title or f"Perjanjian {id_}", status, parties=parties, slot=slot)


def kinds(conflicts):
    return sorted(c.kind.value for c in conflicts)


def test_slots_that_touch_do_not_overlap_but_slots_that_share_a_minute_do():
    a, b, c = agreement("a", at(10)), agreement("b", at(10, 15)), agreement("c", at(10, 14))
    assert not overlaps(a.slot, b.slot)
    assert overlaps(a.slot, c.slot) and overlaps(c.slot, b.slot)


def test_a_signatory_in_two_overlapping_slots_at_different_spots_is_a_conflict():
    first = agreement("a", at(10), spot="Meja 1", signers=("budi", "rahmat"))
    second = agreement("b", at(10, 10), spot="Meja 2", signers=("budi", "ani"))
    [conflict] = signing_conflicts(second, [first], SETTINGS)
    assert (conflict.kind, conflict.other_id, conflict.attendee_id) == (ConflictKind.SIGNATORY_TWICE, "a", "budi")
    assert conflict.message == "budi juga menandatangani 'Perjanjian a' pada 10.00–10.15 WITA di Meja 1."


def test_a_spot_booked_twice_at_once_is_a_conflict():
    first = agreement("a", at(10), signers=("budi", "rahmat"))
    second = agreement("b", at(10, 5), signers=("ani", "yus"))
    assert kinds(signing_conflicts(second, [first], SETTINGS)) == ["spot_twice"]


def test_draft_postponed_and_cancelled_agreements_occupy_nothing():
    second = agreement("b", at(10, 5))
    for status in (AgreementStatus.DRAFT, AgreementStatus.POSTPONED, AgreementStatus.CANCELLED):
        assert signing_conflicts(second, [agreement("a", at(10), status=status)], SETTINGS) == []
    assert kinds(signing_conflicts(second, [agreement("a", at(10), status=AgreementStatus.SIGNED)], SETTINGS)) == [
        "signatory_twice",
        "signatory_twice",
        "spot_twice",
    ]


def test_the_candidate_is_never_in_conflict_with_its_own_stored_self():
    stored = agreement("a", at(10))
    moved = with_slot(stored, at(10, 5), at(10, 20), "Panggung")
    assert signing_conflicts(moved, [stored], SETTINGS) == []


def test_a_slot_before_the_day_starts_or_after_it_ends_is_outside_the_hours():
    assert kinds(signing_conflicts(agreement("a", at(7, 50)), [], SETTINGS)) == ["outside_hours"]
    assert kinds(signing_conflicts(agreement("a", at(16, 50)), [], SETTINGS)) == ["outside_hours"]
    assert signing_conflicts(agreement("a", at(16, 45)), [], SETTINGS) == []
    assert signing_conflicts(agreement("a", at(8, 0)), [], SETTINGS) == []


def test_hours_are_read_in_the_event_zone_not_in_utc():
    jakarta = EventSettings(**{**SETTINGS.__dict__, "timezone": "Asia/Jakarta"})
    eight_wita = at(8, 0)  # 07.00 in Jakarta: before the day starts there
    [conflict] = signing_conflicts(agreement("a", eight_wita), [], jakarta)
    assert conflict.kind is ConflictKind.OUTSIDE_HOURS
    assert "07.00–07.15 WIB" in conflict.message


def test_a_slot_on_another_day_than_the_events_is_outside_the_days():
    [conflict] = signing_conflicts(agreement("a", at(10, day=date(2025, 5, 9))), [], SETTINGS)
    assert conflict.kind is ConflictKind.OUTSIDE_DAYS
    assert conflict.message == "Tanggal 9 Mei 2025 di luar hari acara (Kamis, 8 Mei 2025)."


def test_a_spot_the_settings_do_not_name_is_a_conflict():
    assert kinds(signing_conflicts(agreement("a", at(10), spot="Lobi"), [], SETTINGS)) == ["unknown_spot"]


def test_fewer_than_two_parties_or_a_party_without_signatory_is_a_conflict():
    assert kinds(signing_conflicts(agreement("a", at(10), signers=("budi",)), [], SETTINGS)) == ["too_few_parties"]
    [conflict] = signing_conflicts(agreement("a", at(10), signers=("budi", None)), [], SETTINGS)
    assert (conflict.kind, conflict.message) == (ConflictKind.NO_SIGNATORY, "Pihak Org 2 belum punya penanda tangan.")


def test_an_unscheduled_candidate_has_no_conflicts():
    assert signing_conflicts(agreement("a", None, signers=()), [agreement("b", at(10))], SETTINGS) == []


def test_the_whole_schedule_lists_each_side_of_a_clash():
    schedule = [
        agreement("a", at(10), spot="Panggung", signers=("budi", "rahmat")),
        agreement("b", at(10, 10), spot="Panggung", signers=("ani", "yus")),
        agreement("c", at(10, 5), spot="Meja 1", signers=("budi", "dewi")),
        agreement("d", at(11), spot="Meja 1", signers=("eko",)),
        agreement("e", at(13), spot="Meja 2", signers=("fitri", "gita"), status=AgreementStatus.SIGNED),
    ]
    found = schedule_conflicts(schedule, SETTINGS)
    assert {key: kinds(value) for key, value in found.items()} == {
        "a": ["signatory_twice", "spot_twice"],
        "b": ["spot_twice"],
        "c": ["signatory_twice"],
        "d": ["too_few_parties"],
    }


def test_two_signed_agreements_that_overlapped_are_history_not_a_conflict():
    signed = AgreementStatus.SIGNED
    schedule = [agreement("a", at(10), status=signed), agreement("b", at(10), status=signed)]
    assert schedule_conflicts(schedule, SETTINGS) == {}


slots = st.lists(
    st.tuples(
        st.integers(0, 40),  # start, in 5-minute steps after 08.00
        st.integers(1, 6),  # length, in 5-minute steps
        st.sampled_from(["Panggung", "Meja 1"]),
        st.lists(st.sampled_from(["budi", "rahmat", "ani", "yus"]), min_size=2, max_size=2, unique=True),
    ),
    max_size=12,
)


@hypothesis_settings(max_examples=150, deadline=None)
@given(slots)
def test_the_sweep_finds_exactly_the_pairs_a_brute_force_comparison_finds(entries):
    schedule = [
        agreement(str(n), at(8) + timedelta(minutes=5 * start), minutes=5 * length, spot=spot, signers=tuple(signers))
        for n, (start, length, spot, signers) in enumerate(entries)
    ]
    expected = {}
    for candidate in schedule:
        found = signing_conflicts(candidate, schedule, SETTINGS)
        if found:
            expected[candidate.id] = sorted((c.kind.value, c.other_id or "", c.attendee_id or "") for c in found)
    actual = {
        key: sorted((c.kind.value, c.other_id or "", c.attendee_id or "") for c in value)
        for key, value in schedule_conflicts(schedule, SETTINGS).items()
    }
    assert actual == expected


def test_the_next_slot_per_spot_is_the_first_one_of_today_still_waiting_even_when_late():
    schedule = [
        agreement("done", at(9), status=AgreementStatus.SIGNED),
        agreement("late", at(9, 30)),
        agreement("later", at(11)),
        agreement("table", at(10), spot="Meja 1"),
        agreement("tomorrow", at(9, day=date(2025, 5, 9)), spot="Meja 2"),
    ]
    assert [a.id for a in next_slots(schedule, at(10, 40), ZONE)] == ["late", "table"]
    assert next_slots(schedule, at(10, day=date(2025, 5, 7)), ZONE) == []


def test_check_in_warnings_name_only_signatories_not_yet_in():
    waiting = agreement("a", at(10), signers=("budi", "rahmat"))
    waiting.parties[0].signatory_checked_in_at = at(8)
    [warning] = check_in_warnings([waiting], at(9), ZONE)
    assert (warning.kind, warning.attendee_id) == (ConflictKind.NOT_CHECKED_IN, "rahmat")
    assert warning.message == "rahmat (Org 2) belum check-in untuk 'Perjanjian a', 10.00–10.15 WITA di Panggung."


def test_the_first_free_start_skips_busy_slots_and_gives_up_at_the_end_of_the_day():
    schedule = [agreement("a", at(8)), agreement("b", at(8, 15), minutes=30), agreement("c", at(9, 30))]
    assert first_free_start("Panggung", DAY, timedelta(minutes=15), schedule, SETTINGS) == at(8, 45)
    assert first_free_start("Panggung", DAY, timedelta(minutes=50), schedule, SETTINGS) == at(9, 45)
    assert first_free_start("Meja 1", DAY, timedelta(minutes=15), schedule, SETTINGS) == at(8)
    assert first_free_start("Panggung", DAY, timedelta(hours=10), schedule, SETTINGS) is None
