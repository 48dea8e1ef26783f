"""A PDF shown inside EventDesk (Qt's PDF module) with Print, Save as and Open in the system viewer.

Each button says what became of the document in the line under the pages: sent to
which printer, saved where, or why not (no printer, no PDF viewer on this laptop).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eventdesk.ui.context import AppContext
from eventdesk.ui.keys import push_button, shortcut
from eventdesk.ui.palette import ERROR_STYLE, OK_STYLE
from eventdesk.ui.print_job import PrintJob, ask_for_printer
from eventdesk.ui.sizing import fit_to_screen


def show_pdf(context: AppContext, path: Path, title: str, parent: QWidget) -> PdfPreviewDialog:
    """Open the preview of a PDF just made (closed, it is deleted)."""
    preview = PdfPreviewDialog(context, path, title, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview


class PdfPreviewDialog(QDialog):
    printed = Signal(int)  # pages, once a printer has taken the whole document

    def __init__(self, context: AppContext, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.context = context
        self.job: PrintJob | None = None
        self.path = Path(path)
        self._title = title
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel()
        self.print_button = push_button("print_button", self._handle_print)
        # A key of its own, not the button's: a button's setText (retranslate) replaces its shortcut.
        shortcut(QKeySequence.StandardKey.Print, self, self._handle_print)
        self.save_button = push_button("save_button", self._handle_save)
        self.open_button = push_button("open_external_button", self._handle_open_external)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.notice = QLabel()
        self.notice.setObjectName("preview_notice")
        self.notice.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch()
        for button in (self.print_button, self.save_button, self.open_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 1000)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pratinjau: {title}").format(title=self._title))
        self.pages.setText(self.tr("{pages} halaman · {path}").format(pages=self.document.pageCount(), path=self.path))
        self.print_button.setText(self.tr("Cetak… (Ctrl+P)"))
        self.save_button.setText(self.tr("Simpan sebagai…"))
        self.open_button.setText(self.tr("Buka di penampil PDF"))
        self.close_button.setText(self.tr("Tutup"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def say(self, text: str, *, ok: bool = True) -> None:
        """What became of the document, under the pages."""
        self.notice.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.notice.setText(text)

    def _handle_print(self) -> None:
        if self.job is not None:
            return  # one print at a time; its progress window has the Cancel
        printer = ask_for_printer(self)
        if printer is None:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob:
        """Send the document to `printer` on a worker; the line under the pages says how it went."""
        self.job = PrintJob(self.context.tasks, self.path, printer, self._title, self)
        self.job.printed.connect(self.printed)
        self.job.ended.connect(self._handle_print_ended)
        self.print_button.setEnabled(False)
        self.job.start()
        return self.job

    def _handle_print_ended(self, message: str) -> None:
        ok = self.job is not None and self.job.pages > 0
        self.job = None
        self.print_button.setEnabled(True)
        self.say(message, ok=ok)

    def _handle_save(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), self.path.name, self.tr("PDF (*.pdf)"))
        if not target:
            return
        try:
            shutil.copyfile(self.path, target)
        except OSError as error:
            self.say(
                self.tr("Tidak tersimpan di {path}: {reason}").format(path=target, reason=error.strerror or error),
                ok=False,
            )
            return
        self.say(self.tr("Tersimpan di {path}").format(path=target))

    def _handle_open_external(self) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self.say(self.tr("Dibuka di penampil PDF laptop ini."))
        else:
            self.say(
                self.tr(
                    "Laptop ini tidak punya penampil PDF. Cetak dari sini (Ctrl+P) atau simpan PDF-nya "
                    "(Simpan sebagai…) dan buka di laptop lain."
                ),
                ok=False,
            )
