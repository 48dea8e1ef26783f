"""The run-sheet's order: per day, per spot in the settings' order, slots in time order."""

from datetime import date, time, timedelta

from eventdesk.domain.clock import local_moment
from eventdesk.domain.enums import AgreementKind, AgreementStatus, SpotKind
from eventdesk.domain.models import Agreement, EventSettings, Slot, Spot
from eventdesk.domain.run_sheet import build_run_sheet
from eventdesk.domain.schedule import Conflict, ConflictKind

ZONE = "Asia/Makassar"
SETTINGS = EventSettings(
    name="Misi",
    timezone=ZONE,
    day_start=time(8),
    day_end=time(17),
    spots=[Spot("Panggung Utama", SpotKind.STAGE), Spot("Meja 1"), Spot("Meja 2")],
)


def placed(id_, day, hour, minute, spot, status=AgreementStatus.SCHEDULED):
    start = local_moment(date(2025, 5, day), hour, minute, ZONE)
    return Agreement(
        id_, AgreementKind.MOU, id_, status, slot=Slot(id_, id_, start, start + timedelta(minutes=15), spot)
    )


def test_sections_go_by_day_then_by_spot_in_the_settings_order_and_slots_by_time():
    agreements = [
        placed("meja2-pagi", 8, 9, 0, "Meja 2"),
        placed("panggung-siang", 8, 13, 0, "Panggung Utama"),
        placed("panggung-pagi", 8, 10, 0, "Panggung Utama", AgreementStatus.SIGNED),
        placed("lobi", 8, 11, 0, "Lobi"),
        placed("besok", 9, 9, 0, "Panggung Utama"),
        placed("batal", 8, 15, 0, "Meja 2", AgreementStatus.CANCELLED),
        Agreement("draf", AgreementKind.PKS, "draf", AgreementStatus.DRAFT),
    ]
    sheet = build_run_sheet(agreements, SETTINGS)
    assert [(s.day.day, s.spot, s.spot_kind, [e.agreement.id for e in s.entries]) for s in sheet.sections] == [
        (8, "Panggung Utama", SpotKind.STAGE, ["panggung-pagi", "panggung-siang"]),
        (8, "Meja 2", SpotKind.TABLE, ["meja2-pagi", "batal"]),
        (8, "Lobi", None, ["lobi"]),
        (9, "Panggung Utama", SpotKind.STAGE, ["besok"]),
    ]
    assert [a.id for a in sheet.unscheduled] == ["draf"]
    assert [e.skipped for e in sheet.sections[1].entries] == [False, True]


def test_a_slot_just_after_midnight_utc_lands_on_its_local_day():
    early = placed("pagi", 9, 7, 30, "Meja 1")  # 23.30 UTC on the 8th
    [section] = build_run_sheet([early], SETTINGS).sections
    assert section.day == date(2025, 5, 9)


def test_conflicts_travel_with_their_entries():
    conflict = Conflict(ConflictKind.SPOT_TWICE, "a", "bentrok")
    sheet = build_run_sheet(
        [placed("a", 8, 9, 0, "Meja 1"), placed("b", 8, 10, 0, "Meja 1")], SETTINGS, {"a": [conflict]}
    )
    assert [e.conflicts for e in sheet.entries] == [[conflict], []]
