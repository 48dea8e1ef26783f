"""A screen that is not built yet says so plainly, with no made-up data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from eventdesk.ui.context import AppContext
from eventdesk.ui.screens.base import Screen


class NotBuiltScreen(Screen):
    def __init__(self, context: AppContext, title: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._title = title
        self.setObjectName("not_built_screen")
        self.message = QLabel()
        self.message.setObjectName("not_built_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.retranslate()

    def title(self) -> str:
        return self._title()

    def retranslate(self) -> None:
        self.message.setText(
            self.tr("Layar \"{title}\" belum dibuat pada versi ini.\nData yang sudah tercatat tetap aman di berkas acara.").format(
                title=self.title()
            )
        )
