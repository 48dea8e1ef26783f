"""Who is at this desk: asked at start, shown in the status bar, recorded on every write."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from eventdesk.ui.palette import ERROR_STYLE


class OperatorDialog(QDialog):
    def __init__(self, operator: str, desk_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operator_dialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.operator_edit = QLineEdit(operator)
        self.operator_edit.setObjectName("operator_edit")
        self.operator_edit.selectAll()
        self.desk_edit = QLineEdit(desk_label)
        self.desk_edit.setObjectName("desk_edit")
        self.error = QLabel()
        self.error.setObjectName("operator_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.operator_caption = QLabel()
        self.desk_caption = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.operator_caption, self.operator_edit)
        self.form.addRow(self.desk_caption, self.desk_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._handle_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operator meja"))
        self.intro.setText(self.tr("Siapa yang bertugas di meja ini? Namanya tercatat pada setiap perubahan data."))
        self.operator_caption.setText(self.tr("Nama operator:"))
        self.desk_caption.setText(self.tr("Nama meja:"))

    @property
    def operator(self) -> str:
        return " ".join(self.operator_edit.text().split())

    @property
    def desk_label(self) -> str:
        return " ".join(self.desk_edit.text().split())

    def _handle_accept(self) -> None:
        if not self.operator:
            self.error.setText(self.tr("Nama operator wajib diisi."))
            self.operator_edit.setFocus()
            return
        if not self.desk_label:
            self.error.setText(self.tr("Nama meja wajib diisi."))
            self.desk_edit.setFocus()
            return
        self.accept()
