"""The line edit of an editable combo box, which Qt types as optional (a non-editable combo has none)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit


def line_of(combo: QComboBox) -> QLineEdit:
    line = combo.lineEdit()
    if line is None:
        raise ValueError(f"combo box {combo.objectName() or combo!r} is not editable")
    return line
