"""Transactions for the list: a page at a time, so 100,000 rows open at once and hold little memory.

The model holds the keys of every matching row in the wanted order (filtered
and sorted in SQL by the service) and asks for the rows of a page only when
the view shows it. It knows nothing of SQLite.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from eventdesk.domain.clock import in_zone, written_time
from eventdesk.domain.enums import TransactionStatus
from eventdesk.domain.filters import TransactionOrder
from eventdesk.domain.models import Transaction
from eventdesk.domain.money import format_full
from eventdesk.domain.quantity import format_quantity
from eventdesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE
from eventdesk.ui.palette import VOID_GREY

PAGE_SIZE = 200
PAGES_KEPT = 25
VOID_COLOUR = QColor(VOID_GREY)

Fetch = Callable[[Sequence[int]], list[Transaction | None]]


class TransactionTableModel(QAbstractTableModel):
    (
        COL_TIME,
        COL_BUYER,
        COL_SELLER,
        COL_VALUE,  # beside the parties: in sight on a 1024-pixel screen
        COL_DIRECTION,
        COL_SECTOR,
        COL_COMMODITY,
        COL_QUANTITY,
        COL_KIND,
        COL_STAGE,
        COL_STATUS,
        COL_DESK,
        COL_OPERATOR,
        COL_ID,
    ) = range(14)
    ORDERS: ClassVar[dict[int, TransactionOrder]] = {
        COL_TIME: TransactionOrder.CREATED,
        COL_BUYER: TransactionOrder.BUYER,
        COL_SELLER: TransactionOrder.SELLER,
        COL_DIRECTION: TransactionOrder.DIRECTION,
        COL_SECTOR: TransactionOrder.SECTOR,
        COL_COMMODITY: TransactionOrder.COMMODITY,
        COL_QUANTITY: TransactionOrder.QUANTITY,
        COL_VALUE: TransactionOrder.VALUE,
        COL_KIND: TransactionOrder.KIND,
        COL_STAGE: TransactionOrder.STAGE,
        COL_STATUS: TransactionOrder.STATUS,
        COL_DESK: TransactionOrder.DESK,
        COL_OPERATOR: TransactionOrder.OPERATOR,
        COL_ID: TransactionOrder.CREATED,
    }
    sort_requested = Signal(object, bool)  # TransactionOrder, descending

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys: Sequence[int] = ()
        self._fetch: Fetch | None = None
        self._pages: OrderedDict[int, list[Transaction | None]] = OrderedDict()
        self._timezone = "Asia/Makassar"

    def headers(self) -> list[str]:
        return [
            self.tr("Waktu"),
            self.tr("Pembeli / investor"),
            self.tr("Penjual / penerima"),
            self.tr("Nilai"),
            self.tr("Arah"),
            self.tr("Sektor"),
            self.tr("Komoditas"),
            self.tr("Jumlah barang"),
            self.tr("Jenis"),
            self.tr("Tahap"),
            self.tr("Status"),
            self.tr("Meja"),
            self.tr("Operator"),
            self.tr("Id"),
        ]

    def set_keys(self, keys: Sequence[int], fetch: Fetch, timezone: str) -> None:
        """Show the rows with these keys, in this order; rows are fetched a page at a time."""
        self.beginResetModel()
        self._keys = keys
        self._fetch = fetch
        self._timezone = timezone
        self._pages.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 14

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def transaction(self, row: int) -> Transaction | None:
        if not 0 <= row < len(self._keys) or self._fetch is None:
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            page = self._fetch(self._keys[start : start + PAGE_SIZE])
            self._pages[page_number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[row % PAGE_SIZE]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        transaction = self.transaction(index.row())
        if transaction is None:
            return None
        column = index.column()
        void = transaction.status is TransactionStatus.VOID
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(transaction, column)
        if role == ROW_ROLE:
            return transaction
        if role == SORT_ROLE:
            return transaction.value_idr if column == self.COL_VALUE else self._display(transaction, column)
        if role == Qt.ItemDataRole.FontRole and void:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and void:
            return VOID_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_VALUE, self.COL_QUANTITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(transaction)
        return None

    def _display(self, transaction: Transaction, column: int) -> str:
        if column == self.COL_TIME:
            if not transaction.created_at:
                return ""
            local = in_zone(transaction.created_at, self._timezone)
            return f"{local:%d/%m} {written_time(local)}"
        if column == self.COL_BUYER:
            return transaction.buyer_name
        if column == self.COL_SELLER:
            return transaction.seller_name
        if column == self.COL_DIRECTION:
            return transaction.direction_short
        if column == self.COL_SECTOR:
            return transaction.sector_name or ""
        if column == self.COL_COMMODITY:
            return transaction.commodity
        if column == self.COL_QUANTITY:
            return " ".join(part for part in (format_quantity(transaction.quantity), transaction.unit) if part)
        if column == self.COL_VALUE:
            return format_full(transaction.value_idr)
        if column == self.COL_KIND:
            return transaction.kind.label
        if column == self.COL_STAGE:
            return transaction.stage.label
        if column == self.COL_STATUS:
            if transaction.status is TransactionStatus.VOID:
                return transaction.status.label
            return self.tr("Terverifikasi") if transaction.verified_at else transaction.status.label
        if column == self.COL_DESK:
            return transaction.desk_label or (transaction.desk_id or "")[:8]
        if column == self.COL_OPERATOR:
            return transaction.operator
        if column == self.COL_ID:
            return transaction.id[:8]
        return ""

    def _tooltip(self, transaction: Transaction) -> str:
        lines = [
            self.tr("Id: {id}").format(id=transaction.id),
            f"{transaction.buyer_region or '?'} → {transaction.seller_region or '?'}",
        ]
        if transaction.status is TransactionStatus.VOID:
            lines.append(
                self.tr("Dibatalkan oleh {who}: {reason}").format(
                    who=transaction.voided_by or "?", reason=transaction.void_reason
                )
            )
        if transaction.replaces_id:
            lines.append(self.tr("Mengganti transaksi {id}").format(id=transaction.replaces_id[:8]))
        if transaction.verified_at:
            lines.append(self.tr("Diverifikasi oleh {who}").format(who=transaction.verified_by or "?"))
        if transaction.note:
            lines.append(self.tr("Catatan: {note}").format(note=transaction.note))
        return "\n".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the service's (in SQL); the screen answers `sort_requested` with new keys."""
        self.sort_requested.emit(self.ORDERS[column], order == Qt.SortOrder.DescendingOrder)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
