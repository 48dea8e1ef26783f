"""Attendees in a table: a short list held whole, or a long one (20,000) fetched a page at a time.

For a long list the model holds only the row keys in the list's order (one
SQL query sorts them) and asks for the attendees of the page the view shows,
keeping a few pages; sorting by a column is asked of the screen, which asks
SQL. The model knows nothing of SQLite.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from eventdesk.domain.attendee_query import AttendeeSort
from eventdesk.domain.clock import in_zone, written_time
from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.models import Attendee
from eventdesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE
from eventdesk.ui.palette import VIP_BACKGROUND

PAGE_SIZE = 200
PAGES_KEPT = 40
VIP_FILL = QColor(VIP_BACKGROUND)

Index = QModelIndex | QPersistentModelIndex


class AttendeeTableModel(QAbstractTableModel):
    COL_CODE, COL_NAME, COL_TITLE, COL_ORGANISATION, COL_REGION, COL_CATEGORY, COL_PHONE, COL_CHECKED_IN, COL_BADGE = (
        range(9)
    )
    SORT_KEYS: ClassVar[dict[int, AttendeeSort]] = {
        COL_CODE: AttendeeSort.CODE,
        COL_NAME: AttendeeSort.NAME,
        COL_TITLE: AttendeeSort.TITLE,
        COL_ORGANISATION: AttendeeSort.ORGANISATION,
        COL_REGION: AttendeeSort.REGION,
        COL_CATEGORY: AttendeeSort.CATEGORY,
        COL_PHONE: AttendeeSort.PHONE,
        COL_CHECKED_IN: AttendeeSort.CHECKED_IN,
        COL_BADGE: AttendeeSort.BADGE_PRINTED,
    }
    SortRole = SORT_ROLE
    AttendeeRole = ROW_ROLE

    sort_requested = Signal(object, bool)  # AttendeeSort, descending

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Attendee] | None = []
        self._keys: list[int] = []
        self._fetch: Callable[[list[int]], list[Attendee | None]] | None = None
        self._pages: OrderedDict[int, list[Attendee | None]] = OrderedDict()
        self.timezone = "Asia/Makassar"

    # --- filling ---------------------------------------------------------------------------------

    def set_rows(self, attendees: list[Attendee]) -> None:
        """A short list, held whole (search results at the door)."""
        self.beginResetModel()
        self._rows, self._keys, self._fetch = list(attendees), [], None
        self._pages.clear()
        self.endResetModel()

    def set_keys(self, keys: list[int], fetch: Callable[[list[int]], list[Attendee | None]]) -> None:
        """A long list: its row keys in order and how to fetch the attendees of some keys."""
        self.beginResetModel()
        self._rows, self._keys, self._fetch = None, list(keys), fetch
        self._pages.clear()
        self.endResetModel()

    def attendee(self, row: int) -> Attendee | None:
        if self._rows is not None:
            return self._rows[row] if 0 <= row < len(self._rows) else None
        if not 0 <= row < len(self._keys):
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._load(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page[row % PAGE_SIZE]

    def row_of(self, attendee_id: str) -> int:
        """The row of an attendee among those loaded (the visible pages), or -1."""
        if self._rows is not None:
            return next((row for row, attendee in enumerate(self._rows) if attendee.id == attendee_id), -1)
        for number, page in self._pages.items():
            for offset, attendee in enumerate(page):
                if attendee is not None and attendee.id == attendee_id:
                    return number * PAGE_SIZE + offset
        return -1

    def _load(self, page_number: int) -> list[Attendee | None]:
        assert self._fetch is not None
        keys = self._keys[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
        # A key whose row vanished (deleted meanwhile) shows as an empty row until the next refresh.
        page = list(self._fetch(keys))
        self._pages[page_number] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return page

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._rows) if self._rows is not None else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Kode"),
            self.tr("Nama"),
            self.tr("Jabatan"),
            self.tr("Instansi"),
            self.tr("Daerah"),
            self.tr("Kategori"),
            self.tr("Telepon"),
            self.tr("Check-in"),
            self.tr("Tanda pengenal"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        attendee = self.attendee(index.row())
        if attendee is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(attendee, column)
        if role == self.SortRole:
            return self._sort_value(attendee, column)
        if role == self.AttendeeRole:
            return attendee
        if role == Qt.ItemDataRole.BackgroundRole and attendee.category is AttendeeCategory.VIP:
            return QBrush(VIP_FILL)
        if role == Qt.ItemDataRole.FontRole and column == self.COL_NAME and attendee.category is AttendeeCategory.VIP:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CHECKED_IN and attendee.checked_in:
            return self.tr("oleh {operator} di {desk}").format(
                operator=attendee.checked_in_by or "-",
                desk=attendee.checked_in_desk_label or attendee.checked_in_desk_id or "-",
            )
        return None

    def _time(self, moment) -> str:
        return written_time(in_zone(moment, self.timezone)) if moment else ""

    def _display(self, attendee: Attendee, column: int) -> str:
        if column == self.COL_CODE:
            return attendee.code
        if column == self.COL_NAME:
            return attendee.full_name
        if column == self.COL_TITLE:
            return attendee.title
        if column == self.COL_ORGANISATION:
            return attendee.organisation_name or ""
        if column == self.COL_REGION:
            return attendee.region_name or ""
        if column == self.COL_CATEGORY:
            return attendee.category.label
        if column == self.COL_PHONE:
            return attendee.phone or ""
        if column == self.COL_CHECKED_IN:
            return self._time(attendee.checked_in_at)
        return self._time(attendee.badge_printed_at)

    def _sort_value(self, attendee: Attendee, column: int):
        if column == self.COL_CHECKED_IN:
            return attendee.checked_in_at.isoformat() if attendee.checked_in_at else ""
        if column == self.COL_BADGE:
            return attendee.badge_printed_at.isoformat() if attendee.badge_printed_at else ""
        return self._display(attendee, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is SQL's: the screen is asked to re-read the list in the new order."""
        if column in self.SORT_KEYS:
            self.sort_requested.emit(self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
