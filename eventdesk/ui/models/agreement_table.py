"""The agreements register as a table: slot, status, document, parties, signatories present, conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from eventdesk.domain.clock import in_zone
from eventdesk.domain.enums import AgreementStatus
from eventdesk.domain.models import Agreement
from eventdesk.domain.money import format_full
from eventdesk.domain.schedule import Conflict, slot_text
from eventdesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE
from eventdesk.ui.palette import CONFLICT_BACKGROUND, GREY, STATUS_TEXT

CONFLICT_FILL = QColor(CONFLICT_BACKGROUND)
SKIPPED_TEXT = QColor(GREY)
STATUS_COLOURS = {status: QColor(colour) for status, colour in STATUS_TEXT.items()}


class AgreementTableModel(QAbstractTableModel):
    """Agreements with their slot and conflicts; knows nothing of SQLite."""

    (
        COL_TIME,
        COL_SPOT,
        COL_STATUS,
        COL_KIND,
        COL_NUMBER,
        COL_TITLE,
        COL_PARTIES,
        COL_PRESENT,
        COL_SECTOR,
        COL_VALUE,
        COL_CONFLICTS,
    ) = range(11)
    AgreementRole = ROW_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Agreement] = []
        self._conflicts: dict[str, list[Conflict]] = {}
        self._zone = "Asia/Makassar"

    def set_rows(self, agreements: list[Agreement], conflicts: dict[str, list[Conflict]], zone_name: str) -> None:
        self.beginResetModel()
        self._rows = list(agreements)
        self._conflicts = dict(conflicts)
        self._zone = zone_name
        self.endResetModel()

    def agreement(self, row: int) -> Agreement:
        return self._rows[row]

    def row_of(self, agreement_id: str) -> int | None:
        for row, agreement in enumerate(self._rows):
            if agreement.id == agreement_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 11

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Waktu"),
            self.tr("Tempat"),
            self.tr("Status"),
            self.tr("Jenis"),
            self.tr("Nomor"),
            self.tr("Judul"),
            self.tr("Para pihak"),
            self.tr("Penanda tangan hadir"),
            self.tr("Sektor"),
            self.tr("Nilai"),
            self.tr("Bentrok"),
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        agreement = self._rows[index.row()]
        column = index.column()
        conflicts = self._conflicts.get(agreement.id, [])
        if role == ROW_ROLE:
            return agreement
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(agreement, column, conflicts)
        if role == SORT_ROLE:
            return self._sort_value(agreement, column, conflicts)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_CONFLICTS and conflicts:
                return "\n".join(conflict.message for conflict in conflicts)
            if column == self.COL_PARTIES:
                return "\n".join(f"{p.organisation_name} — {p.signer_name or '?'}" for p in agreement.parties)
            if column == self.COL_STATUS and agreement.status_note:
                return agreement.status_note
            return None
        if role == Qt.ItemDataRole.BackgroundRole and conflicts:
            return QBrush(CONFLICT_FILL)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_STATUS:
                return QBrush(STATUS_COLOURS[agreement.status])
            if agreement.status in (AgreementStatus.POSTPONED, AgreementStatus.CANCELLED):
                return QBrush(SKIPPED_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, agreement: Agreement, column: int, conflicts: list[Conflict]) -> str:
        slot = agreement.slot
        if column == self.COL_TIME:
            if slot is None:
                return "–"
            return f"{in_zone(slot.starts_at, self._zone):%d/%m} {slot_text(slot, self._zone)}"
        if column == self.COL_SPOT:
            return slot.spot if slot else ""
        if column == self.COL_STATUS:
            return agreement.status.label
        if column == self.COL_KIND:
            return agreement.kind.label
        if column == self.COL_NUMBER:
            return agreement.number
        if column == self.COL_TITLE:
            return agreement.title
        if column == self.COL_PARTIES:
            return " · ".join(party.organisation_name for party in agreement.parties)
        if column == self.COL_PRESENT:
            return self._present(agreement)
        if column == self.COL_SECTOR:
            return agreement.sector_name or ""
        if column == self.COL_VALUE:
            return format_full(agreement.value_idr) if agreement.value_idr is not None else ""
        if column == self.COL_CONFLICTS:
            if not conflicts:
                return ""
            more = self.tr(" (+{count})").format(count=len(conflicts) - 1) if len(conflicts) > 1 else ""
            return conflicts[0].message + more
        return ""

    def _present(self, agreement: Agreement) -> str:
        if agreement.status is AgreementStatus.SIGNED:
            return self.tr("sudah ditandatangani")
        planned = [party for party in agreement.parties if party.signatory_id]
        present = [party for party in planned if party.signatory_checked_in_at is not None]
        return f"{len(present)}/{len(agreement.parties)}"

    def _sort_value(self, agreement: Agreement, column: int, conflicts: list[Conflict]) -> Any:
        if column == self.COL_TIME:
            return agreement.slot.starts_at.isoformat() if agreement.slot else "~"
        if column == self.COL_VALUE:
            return agreement.value_idr if agreement.value_idr is not None else -1
        if column == self.COL_STATUS:
            return list(AgreementStatus).index(agreement.status)
        if column == self.COL_CONFLICTS:
            return len(conflicts)
        return self._display(agreement, column, conflicts)
