"""The event row: name, place, dates, time zone, signing spots and certifying officials."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import from_iso
from eventdesk.domain.enums import SpotKind
from eventdesk.domain.models import EventSettings, Official, Spot
from eventdesk.store import records
from eventdesk.store.db import read_only_uri

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


def event_id(event_file: EventFile) -> str | None:
    """The event's id: the same in every desk's copy of the file, so copies of one event are told from others."""
    row = event_file.conn.execute("SELECT id FROM event ORDER BY created_at, id LIMIT 1").fetchone()
    return row[0] if row else None


def get_settings(event_file: EventFile) -> EventSettings | None:
    cursor = event_file.conn.execute("SELECT * FROM event ORDER BY created_at LIMIT 1")
    row = cursor.fetchone()
    if row is None:
        return None
    return _settings(dict(zip([c[0] for c in cursor.description], row, strict=True)))


def save_settings(event_file: EventFile, settings: EventSettings) -> EventSettings:
    """Insert the event row the first time, update it afterwards."""
    values = _columns(settings)
    with event_file.transaction():
        current = get_settings(event_file)
        if current is None:
            row = records.insert_row(event_file, "event", values)
        else:
            row = records.update_row(event_file, "event", current.id, values)
    return _settings(row)


def _columns(settings: EventSettings) -> dict[str, Any]:
    return {
        "name": settings.name,
        "theme": settings.theme,
        "venue": settings.venue,
        "city": settings.city,
        "start_date": settings.start_date.isoformat() if settings.start_date else None,
        "end_date": settings.end_date.isoformat() if settings.end_date else None,
        "timezone": settings.timezone,
        "day_start": settings.day_start.strftime("%H:%M"),
        "day_end": settings.day_end.strftime("%H:%M"),
        "spots": json.dumps([{"name": s.name, "kind": s.kind.value} for s in settings.spots], ensure_ascii=False),
        "officials": json.dumps(
            [{"name": o.name, "title": o.title, "region": o.region, "nip": o.nip} for o in settings.officials],
            ensure_ascii=False,
        ),
        "logo": settings.logo,
        "organiser": settings.organiser,
        "organiser_address": settings.organiser_address,
        "target_idr": settings.target_idr,
        "host_region_id": settings.host_region_id,
    }


def _settings(row: dict[str, Any]) -> EventSettings:
    return EventSettings(
        id=row["id"],
        name=row["name"],
        theme=row["theme"],
        venue=row["venue"],
        city=row["city"],
        start_date=date.fromisoformat(row["start_date"]) if row["start_date"] else None,
        end_date=date.fromisoformat(row["end_date"]) if row["end_date"] else None,
        timezone=row["timezone"],
        day_start=time.fromisoformat(row["day_start"]),
        day_end=time.fromisoformat(row["day_end"]),
        spots=[Spot(s["name"], SpotKind(s["kind"])) for s in json.loads(row["spots"])],
        officials=[
            Official(o["name"], o["title"], o["region"], o.get("nip", "")) for o in json.loads(row["officials"])
        ],
        logo=row["logo"],
        organiser=row.get("organiser") or "",
        organiser_address=row.get("organiser_address") or "",
        target_idr=row.get("target_idr"),
        host_region_id=row.get("host_region_id"),
        updated_at=from_iso(row["updated_at"]),
    )


def glance_at_name(path: Path) -> str | None:
    """The event's name in the file at `path`, read without opening it as the event (no integrity check, no
    migration, nothing written): for the window's title while the file opens. None when it cannot be read."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except (sqlite3.Error, OSError):
        return None
    try:
        row = conn.execute("SELECT name FROM event ORDER BY created_at LIMIT 1").fetchone()
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        conn.close()
    return row[0] if row and isinstance(row[0], str) else None
