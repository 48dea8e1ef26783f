"""Backups for the restore dialog: time, event, headline figures and whether each can be restored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from eventdesk.domain.clock import in_zone, written_moment
from eventdesk.domain.money import format_full
from eventdesk.services.backups import BackupInfo
from eventdesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE
from eventdesk.ui.palette import RED


class BackupTableModel(QAbstractTableModel):
    """A list of BackupInfo; knows nothing of SQLite."""

    COL_TIME, COL_STATE, COL_TOTAL, COL_ATTENDEES, COL_SIGNED, COL_EVENT, COL_FILE = range(7)

    def __init__(self, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._timezone = timezone

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Waktu cadangan"),
            self.tr("Keadaan"),
            self.tr("Transaksi tercatat"),
            self.tr("Peserta hadir / terdaftar"),
            self.tr("Perjanjian ditandatangani"),
            self.tr("Acara"),
            self.tr("Berkas"),
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return info
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATE and not info.good:
            return QColor(RED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.problem or str(info.file.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_TOTAL,
            self.COL_ATTENDEES,
            self.COL_SIGNED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        figures = info.figures
        if role == SORT_ROLE:
            return {
                self.COL_TIME: info.file.made_at.timestamp(),
                self.COL_EVENT: info.event_name,
                self.COL_TOTAL: figures.transactions.total_idr if figures else -1,
                self.COL_ATTENDEES: figures.attendees_checked_in if figures else -1,
                self.COL_SIGNED: figures.agreements_signed if figures else -1,
                self.COL_STATE: int(info.good),
                self.COL_FILE: info.file.path.name,
            }[column]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_TIME:
            return written_moment(in_zone(info.file.made_at, self._timezone))
        if column == self.COL_EVENT:
            return info.event_name
        if column == self.COL_STATE:
            return self.tr("baik") if info.good else self.tr("rusak (lihat keterangan)")
        if column == self.COL_FILE:
            return info.file.path.name
        if figures is None:
            return "–"
        if column == self.COL_TOTAL:
            return format_full(figures.transactions.total_idr)
        if column == self.COL_ATTENDEES:
            return f"{figures.attendees_checked_in} / {figures.attendees_registered}"
        return str(figures.agreements_signed)
