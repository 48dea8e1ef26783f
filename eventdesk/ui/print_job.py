"""One print under way: pages sent from a child process, a progress window with Cancel, one line when done.

The desk stays usable while a 43-page badge sheet prints. `printed` is emitted only
once the printer has taken every page, so whoever records a print (a badge marked
printed) records one that happened; a cancel or a failure emits `ended` alone.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from eventdesk.domain.i18n import tr
from eventdesk.ui import printing
from eventdesk.ui.errors import show_error
from eventdesk.ui.printing import PrintCancelled, print_in_child, printer_label, printer_settings
from eventdesk.ui.tasks import Task, TaskRunner, in_child_process


def no_printer_message() -> str:
    return tr(
        "Tidak ada printer terpasang di laptop ini. Simpan PDF-nya (Simpan sebagai…) ke flashdisk dan cetak dari "
        "laptop yang punya printer, atau pasang printer lalu coba lagi."
    )


def ask_for_printer(parent: QWidget) -> QPrinter | None:
    """The system's print dialog on an installed printer; None when there is none (said plainly) or on Cancel."""
    names = printing.printer_names()
    if not names:
        QMessageBox.information(parent, tr("Tidak ada printer terpasang"), no_printer_message())
        return None
    printer = printing.printer_for(names[0])
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


class PrintJob(QObject):
    printed = Signal(int)  # pages, once the printer has taken them all
    ended = Signal(str)  # what to tell the operator: printed, cancelled or failed

    def __init__(
        self, tasks: TaskRunner, path: Path, printer: QPrinter, title: str, parent: QWidget, *, quiet: bool = False
    ) -> None:
        """`quiet`: no progress window (a single badge to the desk's badge printer)."""
        super().__init__(parent)
        self.tasks = tasks
        self.path = Path(path)
        self.printer = printer
        self.title = title
        self.widget = parent
        self.pages = 0
        self._stop = threading.Event()
        self.progress: QProgressDialog | None = None
        if not quiet:
            self.progress = QProgressDialog(parent)
            self.progress.setObjectName("print_progress")
            self.progress.setWindowTitle(tr("Mencetak"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setLabelText(tr("Mengirim {title} ke {printer}…").format(title=title, printer=self.where))
            self.progress.setCancelButtonText(tr("Batalkan"))
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.setMinimumDuration(0)
            self.progress.setRange(0, 0)
            self.progress.canceled.connect(self.cancel)  # the Batalkan button
            self.progress.rejected.connect(self.cancel)  # Esc or the window's close button

    @property
    def where(self) -> str:
        return printer_label(self.printer)

    def start(self) -> Task:
        task = Task(
            in_child_process,
            print_in_child,
            self.path,
            printer_settings(self.printer),
            stop=self._stop.is_set,
            label=tr("Mencetak"),
        )
        task.signals.progress.connect(self._handle_progress)
        task.signals.done.connect(self._handle_done)
        task.signals.failed.connect(self._handle_failed)
        if self.progress is not None:
            self.progress.show()
        return self.tasks.start(task)

    def cancel(self) -> None:
        """Stop before the next page (a page already sent to the printer still comes out)."""
        self._stop.set()
        if self.progress is not None:
            self.progress.setLabelText(tr("Membatalkan…"))

    def _handle_progress(self, done: int, total: int) -> None:
        if self.progress is not None and not self._stop.is_set():
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setLabelText(
                tr("Mengirim {title} ke {printer}: halaman {done} dari {total}").format(
                    title=self.title, printer=self.where, done=done, total=total
                )
            )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.rejected.disconnect(self.cancel)
            self.progress.close()

    def _handle_done(self, pages: int) -> None:
        self._close_progress()
        self.pages = pages
        self.printed.emit(pages)
        self.ended.emit(
            tr("{title}: {pages} halaman terkirim ke {printer}.").format(
                title=self.title, pages=pages, printer=self.where
            )
        )

    def _handle_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, PrintCancelled):
            self.ended.emit(error.message)
            return
        self.ended.emit(tr("{title} tidak tercetak.").format(title=self.title))
        show_error(self.widget, error, tr("Tidak tercetak"))
