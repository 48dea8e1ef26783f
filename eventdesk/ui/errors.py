"""Showing errors: expected ones as a plain message, unexpected ones logged and shown, app kept alive."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from eventdesk.domain.errors import EventDeskError

log = logging.getLogger("eventdesk")


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """One helper for every slot that catches the project's own errors."""
    title = title or QCoreApplication.translate("errors", "Tidak bisa dilanjutkan")
    message = error.message if isinstance(error, EventDeskError) else str(error)
    QMessageBox.warning(parent, title, message)


def install_excepthook(log_path: str) -> None:
    """Log any unexpected exception and show it; the event loop keeps running, nothing is lost."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if isinstance(value, EventDeskError):
            show_error(QApplication.activeWindow(), value)
            return
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("errors", "Terjadi kesalahan tak terduga"))
        box.setText(
            QCoreApplication.translate(
                "errors",
                "Terjadi kesalahan tak terduga. Data yang sudah tersimpan aman; "
                "aplikasi tetap berjalan. Rincian dicatat di {path}.",
            ).format(path=log_path)
        )
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.exec()

    sys.excepthook = hook
