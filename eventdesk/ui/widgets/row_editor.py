"""A small editable list of rows (signing spots, officials, regions, sectors) for settings forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

IdRole = Qt.ItemDataRole.UserRole + 1


class RowEditor(QWidget):
    """Rows of text cells (and optional check cells); rows keep a hidden id so edits map to updates."""

    def __init__(
        self,
        headers: Callable[[], Sequence[str]],
        *,
        check_columns: Sequence[int] = (),
        allow_remove: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._check_columns = set(check_columns)
        self.model = QStandardItemModel(0, len(headers()), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._handle_add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._handle_remove)
        self.remove_button.setVisible(allow_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels(list(self._headers()))
        self.add_button.setText(self.tr("Tambah baris"))
        self.remove_button.setText(self.tr("Hapus baris"))

    def set_rows(self, rows: Sequence[tuple[str | None, Sequence[Any]]]) -> None:
        """Rows as (id or None, cell values); bools go to check columns."""
        self.model.removeRows(0, self.model.rowCount())
        for row_id, values in rows:
            self._append(row_id, values)

    def rows(self) -> list[tuple[str | None, list[Any]]]:
        result = []
        for row in range(self.model.rowCount()):
            cells: list[str | bool] = []
            for column in range(self.model.columnCount()):
                item = self.model.item(row, column)
                if column in self._check_columns:
                    cells.append(item is not None and item.checkState() == Qt.CheckState.Checked)
                else:
                    cells.append(item.text().strip() if item is not None else "")
            first = self.model.item(row, 0)
            result.append((first.data(IdRole) if first is not None else None, cells))
        return result

    def _append(self, row_id: str | None, values: Sequence[Any]) -> None:
        items = []
        for column, value in enumerate(values):
            item = QStandardItem()
            if column in self._check_columns:
                item.setCheckable(True)
                item.setEditable(False)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText(str(value))
            items.append(item)
        items[0].setData(row_id, IdRole)
        self.model.appendRow(items)

    def _handle_add(self) -> None:
        self._append(None, ["" if c not in self._check_columns else False for c in range(self.model.columnCount())])
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _handle_remove(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        for row in rows:
            self.model.removeRow(row)
