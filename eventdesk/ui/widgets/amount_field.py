"""The amount field: takes rupiah as staff type them and shows the figure and the words as they type."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from eventdesk.domain.errors import InvalidAmount
from eventdesk.domain.money import format_full, format_words, parse_amount
from eventdesk.ui.palette import OK_STYLE
from eventdesk.ui.widgets.field_errors import ERROR_STYLE


class AmountField(QWidget):
    """`1,5 M`, `250 jt`, `Rp 2.000.000.000`… → integer rupiah, with the reading shown underneath."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_zero: bool = False) -> None:
        super().__init__(parent)
        self.allow_zero = allow_zero
        self.edit = QLineEdit()
        self.edit.setObjectName("amount_edit")
        self.reading = QLabel()
        self.reading.setObjectName("amount_reading")
        self.reading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._handle_text_changed)
        self._value: int | None = None
        self._error: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("mis. 1,5 M · 250 jt · Rp 2.000.000.000"))
        self._handle_text_changed(self.edit.text())

    def value(self) -> int | None:
        """The amount read, or None while the text is empty or unreadable."""
        return self._value

    def error(self) -> str | None:
        """Why the text cannot be accepted (None when it can, or when empty)."""
        return self._error

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_value(self, amount: int | None) -> None:
        self.edit.setText(format_full(amount) if amount is not None else "")

    def clear(self) -> None:
        self.edit.clear()

    def _handle_text_changed(self, text: str) -> None:
        self._value, self._error = None, None
        if text.strip():
            try:
                amount = parse_amount(text)
            except InvalidAmount as error:
                self._error = error.message
            else:
                if amount == 0 and not self.allow_zero:
                    self._error = self.tr("Nilai harus lebih dari nol.")
                else:
                    self._value = amount
        if self._error:
            self.reading.setStyleSheet(ERROR_STYLE)
            self.reading.setText(self._error)
        elif self._value is not None:
            self.reading.setStyleSheet(OK_STYLE)
            self.reading.setText(f"{format_full(self._value)} — {format_words(self._value)}")
        else:
            self.reading.setStyleSheet("")
            self.reading.setText("")
        self.changed.emit()
