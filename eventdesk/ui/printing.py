"""Printing a PDF: the printers this laptop has, and the pages drawn into one on a worker thread.

Qt allows a QPainter on a QPrinter outside the UI thread, so `print_pdf` runs as a
task (ui/print_job.py shows its progress and cancel). Pages are rendered at
PRINT_DPI, not at the printer's own resolution: a 43-page A4 badge sheet at a
laser printer's 1200 dpi took about 3 minutes and 1.1 GB, at 300 dpi a few
seconds and under 200 MB, and 300 dpi is what badge and office printers print
text and QR codes at. The PDF is opened again inside the task (a QPdfDocument
belongs to the thread that made it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import tr
from eventdesk.domain.progress import ProgressCallback

PRINT_DPI = 300
BAND_ROWS = 200  # rows of a rendered page drawn into the printer at a time


class PrintCancelled(EventDeskError):
    """The operator stopped the print; what was already sent may have come out."""


def printer_names() -> list[str]:
    """The printers installed on this laptop (none on many lent laptops)."""
    return list(QPrinterInfo.availablePrinterNames())


def printer_for(name: str) -> QPrinter:
    """A printer ready to print to `name`, at PRINT_DPI."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setResolution(PRINT_DPI)
    return printer


def file_printer(target: Path) -> QPrinter:
    """A printer that writes a PDF file: for the self-test and the print benchmark, never offered to staff."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(PRINT_DPI)
    return printer


def set_paper(printer: QPrinter, width_mm: float, height_mm: float) -> None:
    """Print on paper of this size, edge to edge (a badge card or label has no margin to spare)."""
    size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setPageLayout(layout)
    printer.setFullPage(True)


def printer_label(printer: QPrinter) -> str:
    """How the printer is named to the operator: its name, or the file it writes."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName()
    return printer.printerName()


def print_pdf(
    path: Path,
    printer: QPrinter,
    *,
    progress: ProgressCallback | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> int:
    """Print every page of the PDF at `path`, each fitted to the printer's page; returns the pages printed.

    `stop` is asked before each page: when it says so the job is aborted and PrintCancelled raised."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise EventDeskError(tr("PDF {path} tidak bisa dibaca untuk dicetak.").format(path=path))
    total = document.pageCount()
    printer.setResolution(PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise EventDeskError(
            tr("Printer {name} tidak bisa dipakai. Periksa kabel, kertas dan nyalanya, lalu coba lagi.").format(
                name=printer_label(printer)
            )
        )
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for index in range(total):
            if stop():
                printer.abort()
                raise PrintCancelled(
                    tr("Pencetakan dibatalkan setelah {done} dari {total} halaman.").format(done=index, total=total)
                )
            if index and not printer.newPage():
                raise EventDeskError(
                    tr("Printer {name} berhenti di halaman {page}.").format(name=printer_label(printer), page=index + 1)
                )
            size = document.pagePointSize(index)
            scale = min(area.width() / size.width(), area.height() / size.height())
            image = document.render(index, QSize(round(size.width() * scale), round(size.height() * scale)))
            # In bands: one drawImage of a whole page holds Python's lock for ~120 ms (the UI thread
            # could not answer meanwhile); a band of rows holds it a few ms. The painter's origin
            # is the page's printable corner.
            for top in range(0, image.height(), BAND_ROWS):
                rows = min(BAND_ROWS, image.height() - top)
                painter.drawImage(QRect(0, top, image.width(), rows), image, QRect(0, top, image.width(), rows))
            if progress is not None:
                progress(index + 1, total)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return total
