"""Sectors: fisheries, coastal tourism, processing of agricultural products, …"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventdesk.domain.models import Sector
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


def list_sectors(event_file: EventFile) -> list[Sector]:
    cursor = event_file.conn.execute("SELECT id, name, sort_order FROM sectors ORDER BY sort_order, name")
    return [Sector(*row) for row in cursor]


def add_sector(event_file: EventFile, name: str, sort_order: int = 0) -> Sector:
    row = records.insert_row(event_file, "sectors", {"name": name, "sort_order": sort_order})
    return Sector(row["id"], row["name"], row["sort_order"])


def update_sector(event_file: EventFile, sector_id: str, *, name: str, sort_order: int) -> Sector:
    row = records.update_row(event_file, "sectors", sector_id, {"name": name, "sort_order": sort_order})
    return Sector(row["id"], row["name"], row["sort_order"])
