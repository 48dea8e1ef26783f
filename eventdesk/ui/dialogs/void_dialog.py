"""Asking why a booked transaction is voided, and whether a corrected one replaces it."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from eventdesk.domain.models import Transaction
from eventdesk.domain.money import format_full
from eventdesk.ui.palette import ERROR_STYLE


class VoidDialog(QDialog):
    """The reason is required; "replace" opens the entry form filled with the voided deal."""

    def __init__(self, transaction: Transaction, parent: QWidget | None = None, *, replace: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("void_dialog")
        self.transaction = transaction
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reason_caption = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_caption.setBuddy(self.reason_edit)
        self.replace_check = QCheckBox()
        self.replace_check.setObjectName("replace_check")
        self.replace_check.setChecked(replace)
        self.error = QLabel()
        self.error.setObjectName("reason_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._handle_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.summary,
            self.reason_caption,
            self.reason_edit,
            self.replace_check,
            self.error,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())
        self.retranslate()

    def retranslate(self) -> None:
        t = self.transaction
        self.setWindowTitle(self.tr("Batalkan transaksi"))
        self.summary.setText(
            self.tr(
                "<b>{value}</b> — {buyer} → {seller} ({id}).<br>Transaksi yang dibatalkan tetap terlihat dan "
                "tidak dihitung lagi."
            ).format(
                value=escape(format_full(t.value_idr)),
                buyer=escape(t.buyer_name),
                seller=escape(t.seller_name),
                id=escape(t.id[:8]),
            )
        )
        self.reason_caption.setText(self.tr("&Alasan pembatalan (wajib):"))
        self.reason_edit.setPlaceholderText(self.tr("mis. salah ketik nilai; dicatat ganda"))
        self.replace_check.setText(self.tr("&Ganti dengan transaksi yang benar (formulir terisi data lama)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjut"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

    @property
    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    @property
    def replace(self) -> bool:
        return self.replace_check.isChecked()

    def _handle_accept(self) -> None:
        if not self.reason:
            self.error.setText(self.tr("Alasan pembatalan wajib diisi."))
            self.reason_edit.setFocus()
            return
        self.accept()
