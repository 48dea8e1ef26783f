"""The selftest's steps that need Qt: the main window on the demo, a document made in a child process as
Laporan makes it, printing to a file, the PDF preview.

They prove that a frozen build carries QtWidgets, QtPrintSupport and QtPdf with their plugins (a
build without QtPrintSupport loses printing without a word), the fonts and translations, and that its
executable can start the child processes the window hands documents to (multiprocessing in a frozen
build needs freeze_support at its entry).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from eventdesk.files import user_config
from eventdesk.selftest import Step
from eventdesk.services.session import open_session
from eventdesk.ui.context import AppContext
from eventdesk.ui.document_render import render_document
from eventdesk.ui.main_window import MainWindow
from eventdesk.ui.printing import file_printer, print_in_child, printer_settings
from eventdesk.ui.tasks import in_child_process
from eventdesk.ui.translator import apply_language


def _window(folder: Path) -> None:
    config = user_config.load()
    context = AppContext(open_session(folder / "demo.eventdesk", config.actor("selftest")), config)
    try:
        window = MainWindow(context)
        window.show()
        QApplication.processEvents()
        for language in ("en", "id"):  # every screen built and translated, both ways
            apply_language(language)
            QApplication.processEvents()
        if not window.windowTitle().startswith("EventDesk"):
            raise RuntimeError(f"window title {window.windowTitle()!r}")
        window.close()
    finally:
        context.tasks.wait()
        context.close()


def _child_process(folder: Path) -> None:
    target = folder / "ringkasan-anak.pdf"
    actor = user_config.load().actor("selftest")
    in_child_process(render_document, folder / "demo.eventdesk", actor, "summary", target, None, "id")
    if not target.exists() or target.stat().st_size < 1000:
        raise RuntimeError("the child process made no document")


def _preview_document(folder: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(folder / "summary.pdf"))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise RuntimeError(f"QtPdf cannot read summary.pdf ({document.status().name}, {document.error().name})")
    return document


def _pdf_preview(folder: Path) -> None:
    document = _preview_document(folder)
    image = document.render(0, QSize(200, 280))
    if image.isNull():
        raise RuntimeError("QtPdf rendered an empty page")


def _printing(folder: Path) -> None:
    """The preview's own print path, to a PDF file instead of a printer: from a child process, as the window prints."""
    target = folder / "dicetak.pdf"
    in_child_process(print_in_child, folder / "summary.pdf", printer_settings(file_printer(target)))
    if not target.exists() or target.stat().st_size < 1000:
        raise RuntimeError("QtPrintSupport printed nothing")


def window_steps() -> list[Step]:
    return [
        ("window", _window),
        ("document in a child process", _child_process),
        ("pdf preview (QtPdf)", _pdf_preview),
        ("print (QtPrintSupport)", _printing),
    ]
