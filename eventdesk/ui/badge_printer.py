"""Printing badges from any screen: the PDF made on a worker, recorded as printed, then previewed to print."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee
from eventdesk.files import paths
from eventdesk.ui.context import AppContext
from eventdesk.ui.errors import show_error
from eventdesk.ui.tasks import Task

if TYPE_CHECKING:
    from eventdesk.ui.dialogs.pdf_preview import PdfPreviewDialog


class BadgePrinter(QObject):
    """One per screen; `print_badges()` returns at once, `printed` follows when the PDF is ready."""

    printed = Signal(object)  # the PDF's path

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.last_output: Path | None = None
        self.preview: PdfPreviewDialog | None = None

    def print_badges(self, attendees: list[Attendee], layout: str | None = None) -> None:
        """`layout`: reports.badges.LAYOUT_A6 (the default) or LAYOUT_A4."""
        # reportlab and Qt's PDF modules load with the first badge, not with the window.
        from eventdesk.reports import badges

        if not attendees:
            return
        layout = layout or badges.LAYOUT_A6
        session = self.context.session
        info = session.document_info(tr("Tanda Pengenal"))
        stem = "tanda-pengenal" if len(attendees) > 1 else f"tanda-pengenal-{attendees[0].code}"
        output = paths.reports_dir() / f"{stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.pdf"
        ids = [attendee.id for attendee in attendees]
        task = Task(badges.render, info, list(attendees), output, layout=layout, label=tr("Tanda pengenal"))
        task.signals.done.connect(lambda _pages: self._handle_done(ids, output))
        task.signals.failed.connect(lambda error: show_error(self.widget, error))
        self.context.tasks.start(task)

    def _handle_done(self, ids: list[str], output: Path) -> None:
        try:
            self.context.session.attendees.mark_badges_printed(ids)
        except EventDeskError as error:
            show_error(self.widget, error)
        self.last_output = output
        from eventdesk.ui.dialogs.pdf_preview import PdfPreviewDialog

        self.preview = PdfPreviewDialog(output, tr("Tanda Pengenal"), self.widget)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(self._forget_preview)
        self.preview.show()
        self.preview.print_button.setFocus()  # Enter prints: the walk-in stays on the keyboard
        self.printed.emit(output)

    def _forget_preview(self) -> None:
        self.preview = None
