"""Time: stored as UTC ISO-8601 text, shown in the event's time zone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import language, tr

DEFAULT_TIMEZONE = "Asia/Makassar"  # WITA, UTC+8: Balikpapan
_ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class SetClock:
    """A clock that says what it was set to: the demo writes its mission day as it happened (`set_clock`)."""

    def __init__(self, now: datetime) -> None:
        self.now = now


_SET_CLOCK: ContextVar[SetClock | None] = ContextVar("set_clock", default=None)


@contextmanager
def set_clock(clock: SetClock) -> Iterator[SetClock]:
    """While inside, `utc_now` (and every time written) is `clock.now`: for building a past event, never the desk."""
    token = _SET_CLOCK.set(clock)
    try:
        yield clock
    finally:
        _SET_CLOCK.reset(token)


def utc_now() -> datetime:
    clock = _SET_CLOCK.get()
    return clock.now if clock is not None else datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """UTC text that sorts in time order: `2025-05-08T02:30:00.000000Z`."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must carry their zone")
    return moment.astimezone(UTC).strftime(_ISO_FORMAT)


def written_time(moment: time | datetime, *, seconds: bool = False) -> str:
    """A wall-clock time as documents write it: `13.37` in Indonesian, `13:37` in English (`13.37.05` with
    seconds); every document and the status bar use this one, so no line says 00:28 while another says 00.28."""
    mark = ":" if language() == "en" else "."
    return moment.strftime(mark.join(("%H", "%M", "%S") if seconds else ("%H", "%M")))


def format_long_date(day: date, *, weekday: bool = False) -> str:
    """`8 Mei 2025` (or `May 8, 2025` in English); with `weekday`, `Kamis, 8 Mei 2025` as letters date a day."""
    from babel.dates import format_date as babel_format_date  # Babel's date tables: loaded by the first date

    english = language() == "en"
    if weekday:
        return babel_format_date(
            day, "EEEE, MMMM d, y" if english else "EEEE, d MMMM y", locale="en" if english else "id"
        )
    return babel_format_date(day, format="long", locale="en" if english else "id")


def now_iso() -> str:
    return to_iso(utc_now())


def from_iso(text: str | None) -> datetime | None:
    """The moment a stored text names, or None for an empty column."""
    return moment_of(text) if text else None


def moment_of(text: str) -> datetime:
    """The moment of a column that always holds one (a row's creation time), in UTC."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidValue(tr("Zona waktu '{name}' tidak dikenal.").format(name=name), field="timezone") from None


def in_zone(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(zone(zone_name))


def written_moment(moment: datetime) -> str:
    """`08-05-2025 09.13.07`: a day and a time to the second, for a backup staff choose from."""
    return f"{moment:%d-%m-%Y} {written_time(moment, seconds=True)}"


def short_time(moment: datetime, zone_name: str) -> str:
    """`11.02` today-style time in the event's zone, with the day when it is not the same day as now."""
    from babel.dates import format_date as babel_format_date

    local = in_zone(moment, zone_name)
    clock = written_time(local)
    if local.date() == in_zone(utc_now(), zone_name).date():
        return clock
    day = babel_format_date(local.date(), format="d MMM", locale="en" if language() == "en" else "id")
    return f"{day} {clock}"


def local_moment(day: date, hour: int, minute: int, zone_name: str) -> datetime:
    """A wall-clock time on `day` in the event's zone, as an aware datetime."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone(zone_name))


def zone_abbreviation(zone_name: str, moment: datetime | None = None) -> str:
    """`WITA` for Asia/Makassar, else what the zone database says."""
    known = {"Asia/Makassar": "WITA", "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Jayapura": "WIT"}
    if zone_name in known:
        return known[zone_name]
    return in_zone(moment or utc_now(), zone_name).tzname() or zone_name


_CLOCK = re.compile(r"^\s*(\d{1,2})(?:\s*[:.]\s*(\d{2})|(\d{2}))?\s*$")


def read_clock(text: str) -> time | None:
    """A time of day as staff type it: `14:05`, `14.05` (Indonesian), `1405`, `9.30`, `930`, `14`; None if not one."""
    match = _CLOCK.match(text)
    if match is None:
        return None
    hour_text, minute_text = match.group(1), match.group(2) or match.group(3) or "00"
    hour, minute = int(hour_text), int(minute_text)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def read_moment(text: str, zone_name: str) -> datetime | None:
    """`2025-05-08 12:00` (or `12.00`) as a moment in the event's zone; None when it is not a date and a time."""
    parts = (text or "").strip().replace("T", " ").split()
    if len(parts) != 2:
        return None
    try:
        day = date.fromisoformat(parts[0])
    except ValueError:
        return None
    clock = read_clock(parts[1])
    return local_moment(day, clock.hour, clock.minute, zone_name) if clock is not None else None


def is_whole_clock(text: str) -> bool:
    """Whether `text` already names its minutes (`14:05`, `9.30`, four digits `1405`), so a field can take it
    before Tab or Enter; `930` is read only then, since `140` typed on its way to `1405` looks the same."""
    match = _CLOCK.match(text)
    if match is None or read_clock(text) is None:
        return False
    if match.group(3):
        return len(match.group(1)) == 2
    return bool(match.group(2))
