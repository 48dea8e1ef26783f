"""A booked deal's follow-ups after the mission: the calls so far, and a line to record the next one.

Opened from Transaksi (Ctrl+T) on the deal the cursor is on. The booked value
stays as it was announced; each call is a row of its own. Enter records the
line and clears it for the next call; Esc closes, asking first when something
is typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.clock import format_long_date
from eventdesk.domain.enums import FollowUpStatus
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.models import Transaction
from eventdesk.domain.money import format_full
from eventdesk.domain.realisation import REALISING
from eventdesk.services.followups import FollowUpService
from eventdesk.ui.discard import form_state, may_discard
from eventdesk.ui.widgets.amount_field import AmountField
from eventdesk.ui.widgets.date_time_edits import date_edit, to_date
from eventdesk.ui.widgets.field_errors import FieldErrors


class FollowUpDialog(QDialog):
    def __init__(self, deal: Transaction, followups: FollowUpService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followup_dialog")
        self.deal = deal
        self.followups = followups
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("followup_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((135, 170, 150, 100)):
            self.table.setColumnWidth(column, width)
        self.realised = QLabel()
        self.realised.setObjectName("followup_realised")

        self.form_box = QWidget()
        self.date_edit = date_edit("followup_date_edit")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("followup_status_combo")
        self.value_field = AmountField()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("followup_note_edit")
        self.errors = FieldErrors()
        self.captions = [QLabel() for _ in range(4)]
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, field, widget in zip(
            self.captions,
            ("date", "status", "value", "note"),
            (self.date_edit, self.status_combo, self.value_field, self.note_edit),
            strict=True,
        ):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(widget)
            inner.addWidget(self.errors.add(field, widget))
            form.addRow(caption, box)
        for widget in (self.date_edit, self.status_combo, self.value_field.edit, self.note_edit):
            widget.installEventFilter(self)
        self.status_combo.currentIndexChanged.connect(self._show_value_field)
        self.status = QLabel()
        self.status.setObjectName("followup_status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = QPushButton()
        self.record_button.setObjectName("record_followup_button")
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.clicked.connect(self.record)
        self.record_button.setDefault(True)  # Enter records; closing is Esc or the Close button
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.realised)
        self.form_heading = QLabel()
        layout.addWidget(self.form_heading)
        layout.addWidget(self.form_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.retranslate()
        self._fill()
        self._clean = form_state(self.form_box)
        self.status_combo.setFocus()

    def retranslate(self) -> None:
        deal = self.deal
        self.setWindowTitle(self.tr("Tindak lanjut transaksi"))
        self.summary.setText(
            self.tr(
                "<b>{value}</b> — {buyer} → {seller} ({id}). Nilai yang tercatat pada hari misi tidak berubah."
            ).format(
                value=escape(format_full(deal.value_idr)),
                buyer=escape(deal.buyer_name),
                seller=escape(deal.seller_name),
                id=escape(deal.id[:8]),
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tanggal"),
                self.tr("Status"),
                self.tr("Nilai terealisasi"),
                self.tr("Dicatat oleh"),
                self.tr("Catatan"),
            ]
        )
        self.form_heading.setText(f"<b>{self.tr('Tindak lanjut baru')}</b>")
        for caption, text in zip(
            self.captions,
            (self.tr("Tanggal"), self.tr("Status"), self.tr("Nilai terealisasi"), self.tr("Catatan")),
            strict=True,
        ):
            caption.setText(text)
        current = self.status_combo.currentData()
        self.status_combo.clear()
        for status in FollowUpStatus:
            self.status_combo.addItem(status.label, status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.record_button.setText(self.tr("Catat (Enter)"))
        self._show_value_field()

    def _show_value_field(self) -> None:
        """A value only for the statuses that carry one."""
        self.value_field.setEnabled(self.status_combo.currentData() in REALISING)

    def _fill(self) -> None:
        calls = self.followups.of(self.deal.id)
        self.table.setRowCount(len(calls))
        for row, call in enumerate(calls):
            cells = (
                format_long_date(call.followed_on),
                call.status.label,
                format_full(call.realised_idr) if call.realised_idr is not None else "–",
                call.recorded_by,
                call.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        latest = calls[-1] if calls else None
        self.realised.setText(
            self.tr("Belum pernah ditindaklanjuti.")
            if latest is None
            else self.tr("Terakhir: {status}, {day}.").format(
                status=latest.status.label, day=format_long_date(latest.followed_on)
            )
        )

    def record(self) -> bool:
        """Record the line typed; on success the list shows it and the line is empty for the next call."""
        self.errors.clear()
        status = FollowUpStatus(self.status_combo.currentData())  # Qt hands the item's data back as a plain str
        value = self.value_field.text() if self.value_field.isEnabled() else ""
        try:
            self.followups.record(self.deal.id, status, to_date(self.date_edit.date()), value, self.note_edit.text())
        except EventDeskError as error:
            self.errors.show(error, "status")
            return False
        self.status.setText(self.tr("Tindak lanjut dicatat: {status}.").format(status=status.label))
        self.value_field.clear()
        self.note_edit.clear()
        self._fill()
        self._clean = form_state(self.form_box)
        return True

    def reject(self) -> None:
        if form_state(self.form_box) != self._clean and not may_discard(self, self.tr("Tindak lanjut baru")):
            return
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            choosing = isinstance(watched, QComboBox) and watched.view().isVisible()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not choosing:
                self.record()
                return True
        return super().eventFilter(watched, event)
