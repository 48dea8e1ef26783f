"""Booked against realised: each deal counts its latest follow-up up to a day, at 3, 6 and 12 months and now."""

from datetime import date

from eventdesk.domain.enums import FollowUpStatus, HostSide, TransactionStage
from eventdesk.domain.realisation import BookedDeal, FollowUpMark, months_after, realisation

MISSION = date(2025, 5, 8)


def _deal(id_, value, *, sector="Perikanan", district="Kota Surabaya", side=HostSide.SALES):
    return BookedDeal(id_, value, TransactionStage.CONTRACT, sector, f"Penjual {id_}", district, "Pembeli", "", side)


def _mark(deal, day, status, value=None, written="2025-01-01T00:00:00Z"):
    return FollowUpMark(deal, day, FollowUpStatus(status), value, written, f"{deal}-{day}-{status}")


def test_months_after_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert months_after(MISSION, 3) == date(2025, 8, 8)
    assert months_after(MISSION, 12) == date(2026, 5, 8)
    assert months_after(date(2025, 8, 31), 3) == date(2025, 11, 30)
    assert months_after(date(2023, 11, 30), 3) == date(2024, 2, 29)


def test_a_later_follow_up_replaces_an_earlier_one_at_each_checkpoint_and_never_adds_to_it():
    deals = [_deal("a", 100), _deal("b", 50, sector="", district="", side=HostSide.PURCHASES), _deal("c", 30)]
    marks = [
        _mark("a", date(2025, 7, 1), "partly_realised", 40),
        _mark("a", date(2025, 10, 1), "realised", 90),  # replaces the 40, not 40 + 90
        _mark("b", date(2025, 6, 1), "contract_signed"),
        _mark("b", date(2026, 3, 1), "cancelled"),
    ]
    result = realisation(deals, marks, MISSION, today=date(2026, 1, 15))

    by_months = {point.months: point for point in result.checkpoints}
    assert (by_months[3].total.realised_idr, by_months[3].followed_deals) == (40, 2)
    assert (by_months[6].total.realised_idr, by_months[6].total.realised_deals) == (90, 1)
    assert by_months[12].reached is False and by_months[12].day == date(2026, 5, 8)
    assert by_months[None].day == date(2026, 1, 15)
    assert result.total.realised_idr == 90 and result.total.booked_idr == 180
    assert result.total.value_rate == 0.5
    for lines in (result.by_host, result.by_sector, result.by_district, result.by_stage):
        assert sum(line.booked_idr for line in lines) == 180
        assert sum(line.realised_idr for line in lines) == 90
    assert [(line.label, line.booked_idr) for line in result.by_sector] == [("Perikanan", 130), ("Tanpa sektor", 50)]
    assert [line.label for line in result.by_host] == ["Penjualan", "Pembelian"]
    assert [(status, deals) for status, deals, _ in result.by_status] == [
        (FollowUpStatus.CONTRACT_SIGNED, 1),
        (FollowUpStatus.REALISED, 1),
        (None, 1),
    ]
    assert [deal.id for deal in result.not_followed] == ["c"]


def test_two_follow_ups_of_one_day_are_ordered_by_when_they_were_written():
    deals = [_deal("a", 100)]
    marks = [
        _mark("a", date(2025, 9, 1), "realised", 100, written="2025-09-01T10:00:00Z"),
        _mark("a", date(2025, 9, 1), "partly_realised", 60, written="2025-09-01T09:00:00Z"),
    ]
    assert realisation(deals, marks, MISSION, today=date(2025, 12, 1)).total.realised_idr == 100
