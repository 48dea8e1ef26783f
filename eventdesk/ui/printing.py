"""Printing a PDF: the printers this laptop has, and the pages drawn into one in a child process.

`print_pdf` draws the pages; ui/print_job.py runs it in a child process of the window
(`print_in_child`, through ui/tasks.in_child_process) and shows its progress and
cancel. Not on a worker thread of the window: QtPdf's render and QPainter.drawImage
hold Python's lock for their whole call (20-25 ms a page, 7 ms a band), and the
window's thread needs that lock for every event that reaches a Python object (Qt
asks each wrapped object for a Python override), so a print on a worker stopped the
window for up to 190 ms at a time. The printer the print dialog set up crosses into
the child as `PrinterSettings`. Pages are rendered at
PRINT_DPI, not at the printer's own resolution: a 43-page A4 badge sheet at a
laser printer's 1200 dpi took about 3 minutes and 1.1 GB, at 300 dpi a few
seconds and under 200 MB, and 300 dpi is what badge and office printers print
text and QR codes at. The PDF is opened again inside the task (a QPdfDocument
belongs to the thread that made it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
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


@dataclass(frozen=True)
class PrinterSettings:
    """What the print dialog set on a QPrinter, in plain values that pickle (a QPrinter does not)."""

    name: str
    output_file: str  # a file printer's PDF; "" for a real printer
    resolution: int
    page_size_id: int  # QPageSize.PageSizeId; Custom uses width_mm × height_mm
    width_mm: float
    height_mm: float
    landscape: bool
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom
    full_page: bool
    copies: int
    collate: bool
    duplex: int
    colour: int
    document_name: str


def printer_settings(printer: QPrinter) -> PrinterSettings:
    layout = printer.pageLayout()
    size = layout.pageSize().size(QPageSize.Unit.Millimeter)
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    return PrinterSettings(
        name=printer.printerName(),
        output_file=printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else "",
        resolution=printer.resolution(),
        page_size_id=layout.pageSize().id().value,
        width_mm=size.width(),
        height_mm=size.height(),
        landscape=layout.orientation() == QPageLayout.Orientation.Landscape,
        margins_mm=(margins.left(), margins.top(), margins.right(), margins.bottom()),
        full_page=printer.fullPage(),
        copies=printer.copyCount(),
        collate=printer.collateCopies(),
        duplex=printer.duplex().value,
        colour=printer.colorMode().value,
        document_name=printer.docName(),
    )


def printer_from(settings: PrinterSettings) -> QPrinter:
    """The printer `settings` describe, made again (in the child process that prints)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if settings.output_file:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(settings.output_file)
    else:
        printer.setPrinterName(settings.name)
    printer.setResolution(settings.resolution)
    page_id = QPageSize.PageSizeId(settings.page_size_id)
    if page_id == QPageSize.PageSizeId.Custom:
        size = QPageSize(
            QSizeF(settings.width_mm, settings.height_mm),
            QPageSize.Unit.Millimeter,
            "",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    else:
        size = QPageSize(page_id)
    orientation = QPageLayout.Orientation.Landscape if settings.landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(*settings.margins_mm)
    printer.setPageLayout(QPageLayout(size, orientation, margins, QPageLayout.Unit.Millimeter))
    printer.setFullPage(settings.full_page)
    printer.setCopyCount(settings.copies)
    printer.setCollateCopies(settings.collate)
    printer.setDuplex(QPrinter.DuplexMode(settings.duplex))
    printer.setColorMode(QPrinter.ColorMode(settings.colour))
    printer.setDocName(settings.document_name)
    return printer


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


def print_in_child(
    path: Path,
    settings: PrinterSettings,
    *,
    progress: ProgressCallback | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> int:
    """`print_pdf` as the child process runs it: the printer made again from `settings`; a QPainter on a printer
    needs a QGuiApplication (it shows no window)."""
    _application = QGuiApplication.instance() or QGuiApplication([])  # held until the print is done
    return print_pdf(path, printer_from(settings), progress=progress, stop=stop)
