"""Asking for the reason of a change that needs one (postpone, cancel, undo a signing, reopen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from eventdesk.domain.errors import EventDeskError
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.widgets.field_errors import error_label


class ReasonDialog(QDialog):
    """Runs `apply(reason)` on OK; an error from it is shown in the dialog, which stays open."""

    def __init__(
        self, title: str, prompt: str, action: str, apply: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(title)
        self._apply = apply
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.error = error_label("reason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._handle_accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 460, 220)
        self.result_value: object = None

    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def _handle_accept(self) -> None:
        try:
            self.result_value = self._apply(self.reason())
        except EventDeskError as error:
            self.error.setText(error.message)
            self.error.show()
            self.reason_edit.setFocus()
            return
        self.accept()
