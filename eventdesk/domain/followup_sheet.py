"""The follow-up worklist as a spreadsheet: the deals to call about, and the columns the dinas staff fill in.

The sheet goes out with one row per deal (its id first, the parties and who to
call, what was booked, the last follow-up) and four columns left empty: the
day of the call, the status, the value realised and a note. It comes back
through the same columns, read by their headers (in either language), and each
row gets a fate, as a registration list does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from eventdesk.domain.enums import FollowUpStatus
from eventdesk.domain.i18n import tr, tr_noop
from eventdesk.domain.registration_list import SheetRow, cell_text, header_text

DEFAULT_MONTHS = 3  # a deal not followed up for this long is on the worklist
FINAL = (FollowUpStatus.REALISED, FollowUpStatus.CANCELLED)  # nothing more to ask about
HEADER_SEARCH_ROWS = 10


class SheetColumn(StrEnum):
    """The worklist's columns, in their order; the last four are the ones filled in."""

    ID = "id"
    SELLER = "seller"
    SELLER_DISTRICT = "seller_district"
    SELLER_CONTACT = "seller_contact"
    BUYER = "buyer"
    BUYER_CONTACT = "buyer_contact"
    COMMODITY = "commodity"
    BOOKED = "booked"
    LAST = "last"
    FOLLOWED_ON = "followed_on"
    STATUS = "status"
    VALUE = "value"
    NOTE = "note"

    @property
    def source_header(self) -> str:
        return _HEADERS[self.value]

    @property
    def header(self) -> str:
        return tr(self.source_header)


_HEADERS = {
    "id": tr_noop("ID transaksi"),
    "seller": tr_noop("Penjual"),
    "seller_district": tr_noop("Kab./kota penjual"),
    "seller_contact": tr_noop("Kontak penjual"),
    "buyer": tr_noop("Pembeli"),
    "buyer_contact": tr_noop("Kontak pembeli"),
    "commodity": tr_noop("Komoditas"),
    "booked": tr_noop("Nilai tercatat (Rp)"),
    "last": tr_noop("Tindak lanjut terakhir"),
    "followed_on": tr_noop("Tanggal tindak lanjut"),
    "status": tr_noop("Status"),
    "value": tr_noop("Nilai terealisasi"),
    "note": tr_noop("Catatan"),
}
FILLED = (SheetColumn.FOLLOWED_ON, SheetColumn.STATUS, SheetColumn.VALUE, SheetColumn.NOTE)
REQUIRED = (SheetColumn.ID, SheetColumn.FOLLOWED_ON, SheetColumn.STATUS)  # a sheet without these is not a worklist


@dataclass(frozen=True)
class WorklistLine:
    """A booked deal to call about."""

    transaction_id: str
    seller: str
    seller_district: str
    seller_contact: str  # "Name, phone" of someone registered for the organisation; "" when none
    buyer: str
    buyer_contact: str
    commodity: str
    booked_idr: int
    last_on: date | None  # the latest follow-up, if any
    last_status: FollowUpStatus | None

    def cells(self) -> dict[SheetColumn, object]:
        last = f"{self.last_on.isoformat()} {self.last_status.label}" if self.last_on and self.last_status else ""
        return {
            SheetColumn.ID: self.transaction_id,
            SheetColumn.SELLER: self.seller,
            SheetColumn.SELLER_DISTRICT: self.seller_district,
            SheetColumn.SELLER_CONTACT: self.seller_contact,
            SheetColumn.BUYER: self.buyer,
            SheetColumn.BUYER_CONTACT: self.buyer_contact,
            SheetColumn.COMMODITY: self.commodity,
            SheetColumn.BOOKED: self.booked_idr,
            SheetColumn.LAST: last,
        }


class SheetFate(StrEnum):
    RECORDED = "recorded"
    ALREADY = "already"  # the same follow-up is recorded already (the sheet read twice)
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return tr(
            {
                "recorded": tr_noop("Dicatat"),
                "already": tr_noop("Sudah tercatat"),
                "rejected": tr_noop("Ditolak"),
            }[self.value]
        )


@dataclass
class SheetLine:
    """One filled row of a returned worklist and what became of it."""

    row_number: int  # as the spreadsheet shows it
    transaction_id: str
    fate: SheetFate = SheetFate.RECORDED
    reason: str = ""
    followed_on: date | None = None
    status: FollowUpStatus | None = None
    value: str = ""
    note: str = ""


@dataclass
class SheetReport:
    """What a returned worklist brought: a line per filled row; rows left empty are only counted."""

    lines: list[SheetLine] = field(default_factory=list)
    empty_rows: int = 0

    def with_fate(self, fate: SheetFate) -> list[SheetLine]:
        return [line for line in self.lines if line.fate is fate]


def header_columns(rows: Sequence[SheetRow]) -> tuple[int, dict[SheetColumn, int]] | None:
    """(index of the header row, column of each known header), or None when no row names the required ones.
    Headers are read in Indonesian and in the current language, so a sheet made in English comes back too."""
    names: dict[str, SheetColumn] = {}
    for column in SheetColumn:
        names[header_text(column.source_header)] = column
        names[header_text(column.header)] = column
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[SheetColumn, int] = {}
        for position, cell in enumerate(cells):
            named = names.get(header_text(cell))
            if named is not None and named not in found:
                found[named] = position
        if all(column in found for column in REQUIRED):
            return index, found
    return None


_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def read_day(value: object) -> date | None:
    """A day from a date cell, `2025-11-08` or `8/11/2025` (day first, as Indonesia writes it); None if unreadable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else _day_first(text)
    except ValueError:
        return None


def _day_first(text: str) -> date | None:
    match = _DAY_FIRST.match(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)
