"""Errors shown next to the field they belong to, in the form's own layout."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from eventdesk.domain.errors import EventDeskError
from eventdesk.ui.palette import ERROR_STYLE


def error_label(name: str) -> QLabel:
    """A red, word-wrapped label, hidden while empty."""
    label = QLabel()
    label.setObjectName(f"{name}_error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Maps field names (as in EventDeskError.field) to their error labels and focusable widgets."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add(self, field: str, widget: QWidget) -> QLabel:
        label = error_label(field)
        self._labels[field] = label
        self._widgets[field] = widget
        return label

    def label(self, field: str) -> QLabel:
        return self._labels[field]

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, error: EventDeskError, fallback: str) -> None:
        """Put `error` under its field (or under `fallback` when it names none) and focus that field."""
        field = error.field if error.field in self._labels else fallback
        widget = self._widgets[field]
        own_error = getattr(widget, "error", None)
        if callable(own_error) and own_error():
            widget.setFocus()  # the field already says what is wrong under itself (the amount field): once is enough
            return
        label = self._labels[field]
        label.setText(error.message)
        label.show()
        self._widgets[field].setFocus()

    def messages(self) -> dict[str, str]:
        """Visible messages by field (for tests and screen readers)."""
        shown = {field: label.text() for field, label in self._labels.items() if label.text()}
        for field, widget in self._widgets.items():
            own_error = getattr(widget, "error", None)
            if field not in shown and callable(own_error) and own_error():
                shown[field] = own_error()  # said by the field itself (the amount field's reading)
        return shown
