"""Times stored in UTC and shown in the event's zone (Balikpapan: WITA, UTC+8)."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.domain.clock import (
    SetClock,
    format_long_date,
    from_iso,
    in_zone,
    is_whole_clock,
    local_moment,
    read_clock,
    set_clock,
    short_time,
    to_iso,
    written_moment,
    written_time,
    zone,
    zone_abbreviation,
)
from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import set_language


def test_a_wita_wall_clock_time_is_stored_eight_hours_earlier_in_utc():
    signing = local_moment(datetime(2025, 5, 8).date(), 10, 0, "Asia/Makassar")
    assert to_iso(signing) == "2025-05-08T02:00:00.000000Z"
    assert in_zone(from_iso("2025-05-08T02:00:00.000000Z"), "Asia/Makassar").strftime("%H:%M") == "10:00"
    assert zone_abbreviation("Asia/Makassar") == "WITA"


def test_a_time_without_a_zone_is_refused():
    with pytest.raises(ValueError):
        to_iso(datetime(2025, 5, 8, 10, 0))


def test_an_unknown_time_zone_is_refused_on_the_timezone_field():
    with pytest.raises(InvalidValue) as refused:
        zone("Asia/Balikpapan")
    assert refused.value.field == "timezone"


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_stored_times_read_back_unchanged_and_sort_in_time_order(moment):
    assert from_iso(to_iso(moment)) == moment
    later = moment + timedelta(microseconds=1)
    assert to_iso(moment) < to_iso(later)


@pytest.mark.parametrize(
    ("typed", "read", "whole"),
    [
        ("14:05", time(14, 5), True),
        ("14.05", time(14, 5), True),
        ("1405", time(14, 5), True),
        ("9.30", time(9, 30), True),
        ("930", time(9, 30), False),
        (" 7.15 ", time(7, 15), True),
        ("14", time(14, 0), False),
        ("9", time(9, 0), False),
        ("25:00", None, False),
        ("12:60", None, False),
        ("14:5", None, False),
        ("jam dua", None, False),
        ("", None, False),
    ],
)
def test_a_clock_is_read_as_staff_type_it(typed, read, whole):
    assert read_clock(typed) == read
    assert is_whole_clock(typed) is whole


def test_documents_write_times_one_way_per_language_and_dates_with_their_weekday():
    assert written_time(time(0, 28)) == "00.28"
    assert written_time(time(0, 28, 5), seconds=True) == "00.28.05"
    assert written_moment(datetime(2025, 5, 8, 9, 13, 7)) == "08-05-2025 09.13.07"
    assert format_long_date(date(2025, 5, 8), weekday=True) == "Kamis, 8 Mei 2025"
    assert format_long_date(date(2025, 5, 8)) == "8 Mei 2025"
    set_language("en")
    try:
        assert written_time(time(0, 28)) == "00:28"
        assert written_time(time(0, 28, 5), seconds=True) == "00:28:05"
        assert format_long_date(date(2025, 5, 8), weekday=True) == "Thursday, May 8, 2025"
    finally:
        set_language("id")


def test_a_status_time_is_the_clock_today_and_the_day_with_it_before():
    with set_clock(SetClock(datetime(2025, 5, 8, 2, 30, tzinfo=UTC))):  # 10.30 WITA
        assert short_time(datetime(2025, 5, 8, 1, 2, tzinfo=UTC), "Asia/Makassar") == "09.02"
        assert short_time(datetime(2025, 5, 7, 15, 59, tzinfo=UTC), "Asia/Makassar") == "7 Mei 23.59"
        # 16.30 UTC on the 7th is already the 8th in Makassar: today there, though not in UTC
        assert short_time(datetime(2025, 5, 7, 16, 30, tzinfo=UTC), "Asia/Makassar") == "00.30"
