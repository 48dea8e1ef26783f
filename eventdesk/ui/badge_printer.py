"""Printing badges from any screen: the PDF made on a worker, then printed; recorded only once it printed.

One person's badge (a walk-in, a reprint, a badge desk's check-in) goes straight to
this desk's badge printer when one is set (Pengaturan meja), on its paper, with no
dialog; otherwise, and for a batch, the PDF opens in the preview to print. Either
way the badge is recorded as printed when a printer has taken it, never when the
PDF is made: a jam or a Cancel leaves it among "Yang belum pernah dicetak". Each
print is one entry of the print log (the audit), so reprints are counted.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from eventdesk.domain import badge_papers
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee
from eventdesk.files import paths
from eventdesk.ui.context import AppContext
from eventdesk.ui.errors import show_error
from eventdesk.ui.tasks import Task

if TYPE_CHECKING:
    from eventdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
    from eventdesk.ui.print_job import PrintJob


class BadgePrinter(QObject):
    """One per screen; `print_badges()` returns at once, `said` tells the screen how it went."""

    made = Signal(object)  # the PDF's path, once made
    said = Signal(str)  # one line for the screen: printed (and how many times), cancelled, why previewed
    recorded = Signal(list)  # the ids just recorded as printed

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.last_output: Path | None = None
        self.preview: PdfPreviewDialog | None = None
        self.job: PrintJob | None = None

    def print_badges(self, attendees: list[Attendee], layout: str | None = None, *, at_desk: bool = False) -> None:
        """`layout`: a key of domain.badge_papers.PAPERS (the desk's paper when not given).

        `at_desk`: one person's badge asked for at the desk, sent straight to the desk's badge printer if it has one."""
        # reportlab and Qt's PDF modules load with the first badge, not with the window.
        from eventdesk.reports import badges
        from eventdesk.ui import printing  # (Qt's printing and PDF modules: with the first badge, not the screen)

        if not attendees:
            return
        config = self.context.config
        printer_name = config.badge_printer if at_desk else ""
        if printer_name and printer_name not in printing.printer_names():
            self.said.emit(
                tr("Printer tanda pengenal '{name}' tidak terpasang: tanda pengenal dibuka di pratinjau.").format(
                    name=printer_name
                )
            )
            printer_name = ""
        layout = config.badge_paper if printer_name or layout is None else layout
        session = self.context.session
        info = session.document_info(tr("Tanda Pengenal"))
        stem = "tanda-pengenal" if len(attendees) > 1 else f"tanda-pengenal-{attendees[0].code}"
        output = paths.reports_dir() / f"{stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.pdf"
        people = list(attendees)
        task = Task(badges.render, info, people, output, layout=layout, label=tr("Tanda pengenal"))
        task.signals.done.connect(lambda _pages: self._handle_made(people, output, layout, printer_name))
        task.signals.failed.connect(lambda error: show_error(self.widget, error))
        self.context.tasks.start(task)

    def _handle_made(self, people: list[Attendee], output: Path, layout: str, printer_name: str) -> None:
        self.last_output = output
        self.made.emit(output)
        ids = [person.id for person in people]
        if printer_name:
            self._print_at_desk(ids, output, layout, printer_name)
        else:
            self._preview(ids, output)

    def _print_at_desk(self, ids: list[str], output: Path, layout: str, printer_name: str) -> None:
        from eventdesk.ui import printing
        from eventdesk.ui.print_job import PrintJob

        paper = badge_papers.PAPERS[layout]
        printer = printing.printer_for(printer_name)
        printing.set_paper(printer, paper.width_mm, paper.height_mm)
        self.job = PrintJob(self.context.tasks, output, printer, tr("Tanda pengenal"), self.widget, quiet=len(ids) == 1)
        self.job.printed.connect(lambda _pages: self._record(ids))
        self.job.ended.connect(self._handle_job_ended)
        self.job.start()

    def _handle_job_ended(self, message: str) -> None:
        if self.job is not None and not self.job.pages:
            self.said.emit(message)  # cancelled or failed: nothing recorded
        self.job = None

    def _preview(self, ids: list[str], output: Path) -> None:
        from eventdesk.ui.dialogs.pdf_preview import show_pdf

        self.preview = show_pdf(self.context, output, tr("Tanda Pengenal"), self.widget)
        self.preview.printed.connect(lambda _pages: self._record(ids))
        self.preview.destroyed.connect(self._forget_preview)
        self.preview.print_button.setFocus()  # Enter prints: the walk-in stays on the keyboard

    def _record(self, ids: list[str]) -> None:
        session = self.context.session
        try:
            session.attendees.mark_badges_printed(ids)
        except EventDeskError as error:
            show_error(self.widget, error)
            return
        self.recorded.emit(ids)
        if len(ids) == 1:
            person = session.attendees.get(ids[0])
            times = session.attendees.badge_prints(ids).get(ids[0], 1)
            line = (
                tr("Tanda pengenal {name} dicetak.")
                if times == 1
                else tr("Tanda pengenal {name} dicetak (cetak ulang: ini cetakan ke-{times}).")
            )
            self.said.emit(line.format(name=person.full_name, times=times))
        else:
            self.said.emit(tr("{count} tanda pengenal dicetak.").format(count=len(ids)))

    def _forget_preview(self) -> None:
        self.preview = None
