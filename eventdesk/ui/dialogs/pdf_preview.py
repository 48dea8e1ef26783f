"""A PDF shown inside EventDesk (Qt's PDF module) with Print, Save as and Open in the system viewer."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import push_button
from eventdesk.ui.sizing import fit_to_screen


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
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
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_button")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self._handle_print)
        self.save_button = push_button("save_button", self._handle_save)
        self.open_button = push_button("open_external_button", self._handle_open_external)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch()
        for button in (self.print_button, self.save_button, self.open_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 1000)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pratinjau: {title}").format(title=self._title))
        self.pages.setText(self.tr("{pages} halaman · {path}").format(pages=self.document.pageCount(), path=self.path))
        self.print_button.setText(self.tr("Cetak…"))
        self.save_button.setText(self.tr("Simpan sebagai…"))
        self.open_button.setText(self.tr("Buka di penampil PDF"))
        self.close_button.setText(self.tr("Tutup"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _handle_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_document(self.document, printer)

    def _handle_save(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), self.path.name, self.tr("PDF (*.pdf)"))
        if not target:
            return
        try:
            shutil.copyfile(self.path, target)
        except OSError as error:
            show_error(self, error)

    def _handle_open_external(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Each page rendered at the printer's resolution, fitted to its page."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            scale = min(area.width() / size.width(), area.height() / size.height())
            image = document.render(index, QSize(int(size.width() * scale), int(size.height() * scale)))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
