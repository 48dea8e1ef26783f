"""One question before typed input is thrown away, asked the same way by every form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)


def may_discard(parent: QWidget, what: str) -> bool:
    """Whether the operator agrees to lose the unsaved input of `what` (No, the safe answer, is the default)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("discard", "Isian belum disimpan"),
        QCoreApplication.translate("discard", "{what} belum disimpan. Buang isiannya?").format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def form_state(root: QWidget) -> tuple[object, ...]:
    """What every input under `root` holds, to compare with what it held when the form was filled."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            values.append(widget.text().strip())
        elif isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText().strip())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentText().strip() if widget.isEditable() else widget.currentIndex())
        elif isinstance(widget, QDateTimeEdit):
            values.append(widget.dateTime())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return tuple(values)
