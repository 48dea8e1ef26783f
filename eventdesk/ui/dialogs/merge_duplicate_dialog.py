"""Choosing the organisation or attendee a duplicate is merged into: search as you type, the most alike first.

The caller gives what to offer (`find(text)` → (id, label) pairs, most alike
first), the sentence of what moves, and `apply(kept_id)`; an error from it is
shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from eventdesk.domain.errors import EventDeskError
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.widgets.field_errors import error_label
from eventdesk.ui.widgets.search_box import SearchBox

Candidates = Callable[[str], list[tuple[str, str]]]


class MergeDuplicateDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        moves: str,
        find: Candidates,
        apply: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_duplicate_dialog")
        self.setWindowTitle(title)
        self._find = find
        self._apply = apply
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Cari nama…"))
        self.search.search.connect(self._fill)
        self.search.installEventFilter(self)
        self.choices = QListWidget()
        self.choices.setObjectName("merge_choices")
        self.choices.itemDoubleClicked.connect(lambda _item: self._handle_accept())
        self.choices.currentItemChanged.connect(lambda *_: self._update_button())
        self.moves = QLabel(moves)
        self.moves.setObjectName("merge_moves")
        self.moves.setWordWrap(True)
        self.error = error_label("merge")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Gabungkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._handle_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.moves)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, 460)
        self.result_value: object = None
        self._shown_for = ""
        self._fill("")
        self.search.setFocus()

    def chosen_id(self) -> str | None:
        item = self.choices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _fill(self, text: str) -> None:
        self._shown_for = text
        self.choices.clear()
        for row_id, label in self._find(text):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            self.choices.addItem(item)
        if self.choices.count():
            self.choices.setCurrentRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.ok_button.setEnabled(self.chosen_id() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down move in the list while the cursor stays in the search; Enter merges the one chosen.
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self.choices.currentRow() + step, 0), self.choices.count() - 1)
                self.choices.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.search.text().strip() != self._shown_for:
                    self.search.search_now()  # typed faster than the search waits: show what was typed first
                self._handle_accept()
                return True
        return super().eventFilter(watched, event)

    def _handle_accept(self) -> None:
        chosen = self.chosen_id()
        if chosen is None:
            return
        try:
            self.result_value = self._apply(chosen)
        except EventDeskError as error:
            self.error.setText(error.message)
            self.error.show()
            self.search.setFocus()
            return
        self.accept()
