"""Organisations in a table, with how many of their people registered and arrived."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from eventdesk.domain.models import Organisation
from eventdesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class OrganisationTableModel(QAbstractTableModel):
    COL_NAME, COL_KIND, COL_REGION, COL_REGISTERED, COL_CHECKED_IN = range(5)
    SortRole = SORT_ROLE
    OrganisationRole = ROW_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Organisation, int, int]] = []

    def set_rows(self, organisations: list[Organisation], counts: dict[str, tuple[int, int]]) -> None:
        self.beginResetModel()
        self._rows = [(organisation, *counts.get(organisation.id, (0, 0))) for organisation in organisations]
        self.endResetModel()

    def organisation(self, row: int) -> Organisation:
        return self._rows[row][0]

    def row_of(self, organisation_id: str) -> int:
        return next(
            (row for row, (organisation, *_counts) in enumerate(self._rows) if organisation.id == organisation_id), -1
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Nama"), self.tr("Jenis"), self.tr("Daerah"), self.tr("Peserta"), self.tr("Hadir")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        organisation, registered, checked_in = self._rows[index.row()]
        column = index.column()
        if role == self.OrganisationRole:
            return organisation
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_REGISTERED, self.COL_CHECKED_IN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SortRole and column in (self.COL_REGISTERED, self.COL_CHECKED_IN):
            return registered if column == self.COL_REGISTERED else checked_in
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            return [
                organisation.name,
                organisation.kind.label,
                organisation.region_name or "",
                str(registered),
                str(checked_in),
            ][column]
        return None
