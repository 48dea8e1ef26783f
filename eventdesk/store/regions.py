"""Regions: the delegations taking part ("Jawa Timur", "Kalimantan Timur")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventdesk.domain.models import Region
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


def list_regions(event_file: EventFile) -> list[Region]:
    cursor = event_file.conn.execute("SELECT id, name, code, sort_order FROM regions ORDER BY sort_order, name")
    return [Region(*row) for row in cursor]


def add_region(event_file: EventFile, name: str, code: str = "", sort_order: int = 0) -> Region:
    row = records.insert_row(event_file, "regions", {"name": name, "code": code, "sort_order": sort_order})
    return Region(row["id"], row["name"], row["code"], row["sort_order"])


def update_region(event_file: EventFile, region_id: str, *, name: str, code: str, sort_order: int) -> Region:
    row = records.update_row(event_file, "regions", region_id, {"name": name, "code": code, "sort_order": sort_order})
    return Region(row["id"], row["name"], row["code"], row["sort_order"])
