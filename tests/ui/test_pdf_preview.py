"""The PDF preview as the desk uses it: printing in a child process with progress and cancel, a laptop without a
printer or a PDF viewer, Save as; each says what became of the document."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from eventdesk.domain import badge_papers
from eventdesk.domain.errors import EventDeskError
from eventdesk.reports import badges
from eventdesk.ui import printing
from eventdesk.ui.dialogs.pdf_preview import show_pdf


@pytest.fixture
def sheet(ui_context, tmp_path):
    """A badge sheet of 40 A4 pages (160 badges, four to a page)."""
    session = ui_context.session
    people = (session.attendees.list() * 2)[:160]
    path = tmp_path / "lembar.pdf"
    badges.render(session.document_info("Tanda Pengenal"), people, path, layout=badge_papers.LAYOUT_A4)
    return path


@pytest.fixture
def preview(ui_context, sheet, qtbot):
    shown = show_pdf(ui_context, sheet, "Tanda Pengenal", None)
    qtbot.addWidget(shown)
    qtbot.waitExposed(shown)
    return shown


def test_print_pdf_sends_every_page_fitted_to_the_printer_and_reports_each(sheet, tmp_path):
    ticks = []
    target = tmp_path / "printer.pdf"
    assert printing.print_pdf(sheet, printing.file_printer(target), progress=lambda d, t: ticks.append((d, t))) == 40
    assert len(PdfReader(target).pages) == 40 and ticks[0] == (1, 40) and ticks[-1] == (40, 40)


def test_print_pdf_stops_before_the_next_page_when_asked(sheet, tmp_path):
    asked = []

    def stop():
        asked.append(True)
        return len(asked) > 2

    with pytest.raises(printing.PrintCancelled, match="setelah 2 dari 40 halaman"):
        printing.print_pdf(sheet, printing.file_printer(tmp_path / "printer.pdf"), stop=stop)


def test_a_printer_that_cannot_start_is_said_plainly(sheet, tmp_path):
    broken = printing.file_printer(tmp_path / "no-such-folder" / "x" / "printer.pdf")
    with pytest.raises(EventDeskError, match="tidak bisa dipakai"):
        printing.print_pdf(sheet, broken)


def test_ctrl_p_on_a_laptop_without_a_printer_says_so_and_prints_nothing(preview, qtbot, printers, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(title))
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert said == ["Tidak ada printer terpasang"] and preview.job is None and printers.used == []


def test_printing_runs_off_the_window_with_progress_and_confirms_when_done(preview, qtbot, printers):
    printers.names = ["Kantor"]
    with qtbot.waitSignal(preview.printed, timeout=60000) as printed:
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert preview.job.progress.isVisible() and not preview.print_button.isEnabled()
    assert printed.args == [40] and len(PdfReader(printers.output("Kantor")).pages) == 40
    assert "40 halaman terkirim ke" in preview.notice.text() and preview.print_button.isEnabled()
    assert preview.job is None


def test_batalkan_in_the_progress_window_stops_the_print_before_the_next_page(preview, qtbot, printers):
    printers.names = ["Kantor"]
    printed, ended = [], []
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    job = preview.job
    job.printed.connect(printed.append)
    job.ended.connect(ended.append)
    qtbot.waitUntil(lambda: job.progress.value() >= 1, timeout=60000)  # the first page is at the printer
    qtbot.mouseClick(job.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ended), timeout=60000)
    assert printed == [] and "Pencetakan dibatalkan setelah" in ended[0] and "dari 40 halaman" in ended[0]
    assert int(ended[0].split("setelah ")[1].split(" ")[0]) < 40
    assert preview.print_button.isEnabled() and "dibatalkan" in preview.notice.text()


def test_the_printer_set_up_in_the_dialog_is_the_one_the_child_process_prints_on(ui_context, tmp_path):
    card = printing.file_printer(tmp_path / "kartu.pdf")
    printing.set_paper(card, 86, 54)
    card.setCopyCount(2)
    card.setColorMode(QPrinter.ColorMode.GrayScale)  # a file printer keeps no duplex; a real one does
    card.setDocName("Tanda pengenal")
    settings = printing.printer_settings(card)
    again = printing.printer_from(settings)
    assert printing.printer_settings(again) == settings
    assert again.copyCount() == 2 and again.colorMode() == QPrinter.ColorMode.GrayScale and again.fullPage()
    people = ui_context.session.attendees.list()[:2]
    source = tmp_path / "dua.pdf"
    badges.render(ui_context.session.document_info("Tanda Pengenal"), people, source, layout=badge_papers.LAYOUT_A4)
    assert printing.print_in_child(source, settings) == 1
    page = PdfReader(tmp_path / "kartu.pdf").pages[0]
    assert (round(float(page.mediabox.width) / 72 * 25.4), round(float(page.mediabox.height) / 72 * 25.4)) == (86, 54)


def test_save_as_says_where_the_copy_is_or_why_it_is_not(preview, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "salinan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    preview.save_button.click()
    assert target.read_bytes() == preview.path.read_bytes()
    assert preview.notice.text() == f"Tersimpan di {target}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "tidak-ada" / "x.pdf"), ""))
    preview.save_button.click()
    assert preview.notice.text().startswith("Tidak tersimpan di")


def test_open_in_a_pdf_viewer_on_a_laptop_without_one_says_so(preview, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    preview.open_button.click()
    assert "tidak punya penampil PDF" in preview.notice.text()
