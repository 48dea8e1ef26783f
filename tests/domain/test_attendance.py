"""When someone checked in, as the door says it: the time today, the date too on another day."""

from datetime import UTC, datetime

from eventdesk.domain.attendance import checked_in_when


def test_today_is_the_time_alone_in_the_event_zone():
    checked_in = datetime(2025, 5, 8, 0, 5, tzinfo=UTC)  # 08.05 in Balikpapan (UTC+8)
    assert checked_in_when(checked_in, "Asia/Makassar", datetime(2025, 5, 8, 9, 0, tzinfo=UTC)) == "pukul 08.05"


def test_another_day_in_the_event_zone_gives_the_date_even_when_utc_says_the_same_day():
    checked_in = datetime(2025, 5, 7, 15, 30, tzinfo=UTC)  # 7 May 23.30 in Balikpapan
    now = datetime(2025, 5, 7, 16, 30, tzinfo=UTC)  # 8 May 00.30 there: the next day at the door
    assert checked_in_when(checked_in, "Asia/Makassar", now) == "7 Mei 2025 pukul 23.30"
