"""What the merge rules found, for the Conflicts view: kind, row, fields, both values with who and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from eventdesk.domain.clock import in_zone
from eventdesk.domain.merge_results import ConflictRow
from eventdesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE
from eventdesk.ui.palette import RED

ModelIndex = QModelIndex | QPersistentModelIndex


class ConflictTableModel(QAbstractTableModel):
    """Findings of the merge rules; knows nothing of SQLite."""

    COL_KIND, COL_SUBJECT, COL_FIELDS, COL_KEPT, COL_KEPT_BY, COL_OTHER, COL_OTHER_BY, COL_STATUS = range(8)
    SortRole = SORT_ROLE
    RowRole = ROW_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []
        self.zone = "Asia/Makassar"

    def set_rows(self, rows: list[ConflictRow], zone: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.zone = zone
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Jenis"),
            self.tr("Data"),
            self.tr("Kolom"),
            self.tr("Nilai dipakai"),
            self.tr("Dari"),
            self.tr("Nilai lain"),
            self.tr("Dari"),
            self.tr("Status"),
        ][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS and row.needs_review:
            return QBrush(QColor(RED))
        if role == self.SortRole:
            if column == self.COL_KEPT_BY:
                return row.kept_at.isoformat()
            if column == self.COL_OTHER_BY:
                return row.other_at.isoformat()
            return self._display(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        return None

    def _display(self, row: ConflictRow, column: int) -> str:
        if column == self.COL_KIND:
            return row.kind_label
        if column == self.COL_SUBJECT:
            return row.subject
        if column == self.COL_FIELDS:
            return row.fields
        if column == self.COL_KEPT:
            return row.kept_value
        if column == self.COL_KEPT_BY:
            return self._who(row.kept_desk, row.kept_operator, row.kept_at)
        if column == self.COL_OTHER:
            return row.other_value
        if column == self.COL_OTHER_BY:
            return self._who(row.other_desk, row.other_operator, row.other_at)
        if row.needs_review:
            return self.tr("Perlu ditinjau")
        return self.tr("Selesai")

    def _who(self, desk: str, operator: str, at) -> str:
        return f"{desk} · {operator} · {in_zone(at, self.zone):%H.%M}"
