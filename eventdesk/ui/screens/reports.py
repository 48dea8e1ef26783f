"""Laporan: make each printable PDF on a worker thread, then preview and print it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eventdesk.domain import badge_papers, i18n
from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.files import paths
from eventdesk.services.session import EventSession, open_session
from eventdesk.ui.context import AppContext
from eventdesk.ui.errors import show_error
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.tasks import Task

# prepare(session, output path) runs on the UI thread (reads), returns the render call for the worker.
# Each report module (and reportlab with it) is imported when its report is first made: the
# window starts without them (a fifth of its start-up time).
Prepare = Callable[[EventSession, Path], Callable[..., None]]


@dataclass(frozen=True)
class ReportKind:
    key: str
    file_stem: str
    prepare: Prepare


def _summary(session: EventSession, output: Path) -> Callable[..., None]:
    from eventdesk.reports import summary

    info = session.document_info(i18n.tr("Ringkasan Eksekutif"))
    figures = session.figures.event_figures()
    return lambda progress=None: summary.render(info, figures, output, progress)


def signed_agreements_report(session: EventSession, output: Path, *, detail_pages: bool = False) -> Callable[..., None]:
    from eventdesk.reports import signed_agreements

    info = session.document_info(i18n.tr("Perjanjian Ditandatangani"))
    summary_data = session.agreements.signed_summary()
    return lambda progress=None: signed_agreements.render(
        info, summary_data, output, progress, detail_pages=detail_pages
    )


def run_sheet_report(session: EventSession, output: Path) -> Callable[..., None]:
    from eventdesk.reports import run_sheet

    info = session.document_info(i18n.tr("Susunan Acara Penandatanganan"))
    sheet = session.agreements.run_sheet()
    return lambda progress=None: run_sheet.render(info, sheet, output, progress)


def _transactions(session: EventSession, output: Path) -> Callable[..., None]:
    """The recap reads 100,000 lines: on the worker, through a read-only connection of its own."""
    from eventdesk.reports import transactions as recap

    info = session.document_info(i18n.tr("Rekap Transaksi"))
    path, actor = session.path, session.actor

    def render(progress=None) -> None:
        own = open_session(path, actor, read_only=True)
        try:
            with own.snapshot():
                recap.render(info, own.figures.recap(), output, progress)
        finally:
            own.close()

    return render


def attendee_list_report(session: EventSession, output: Path, *, unmasked: bool = False) -> Callable[..., None]:
    """20,000 attendees are read on the worker, through a read-only connection of its own."""
    from eventdesk.reports import attendee_list

    info = session.document_info(i18n.tr("Daftar Hadir Peserta"))
    path, actor = session.path, session.actor

    def render(progress=None) -> None:
        own = open_session(path, actor, read_only=True)
        try:
            with own.snapshot():  # the list and its totals from the same moment
                people = own.attendees.matching(AttendeeQuery())
                attendance = own.attendees.attendance()
                regions = [region.name for region in own.settings.regions()]
        finally:
            own.close()
        attendee_list.render(
            info, people, attendance, output, region_order=regions, unmasked=unmasked, progress=progress
        )

    return render


def _badges(session: EventSession, output: Path) -> Callable[..., None]:
    """Every badge, four to an A4 page (printing chosen ones, and recording it, is on the Peserta screen)."""
    from eventdesk.reports import badges

    info = session.document_info(i18n.tr("Tanda Pengenal"))
    path, actor = session.path, session.actor

    def render(progress=None) -> None:
        own = open_session(path, actor, read_only=True)
        try:
            people = own.attendees.matching(AttendeeQuery())
        finally:
            own.close()
        badges.render(info, people, output, layout=badge_papers.LAYOUT_A4, progress=progress)

    return render


REPORTS = [
    ReportKind("summary", "ringkasan-eksekutif", _summary),
    ReportKind("agreements", "perjanjian-ditandatangani", signed_agreements_report),
    ReportKind("transactions", "rekap-transaksi", _transactions),
    ReportKind("schedule", "susunan-acara-penandatanganan", run_sheet_report),
    ReportKind("attendees", "daftar-hadir", attendee_list_report),
    ReportKind("badges", "tanda-pengenal", _badges),
]


class ReportsScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("reports_screen")
        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        self.status = QLabel()
        self.status.setObjectName("report_status")
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.titles: dict[str, QLabel] = {}
        self.descriptions: dict[str, QLabel] = {}
        for row, kind in enumerate(REPORTS):
            title = QLabel()
            title.setObjectName(f"report_title_{kind.key}")
            description = QLabel()
            description.setWordWrap(True)
            description.setObjectName(f"report_description_{kind.key}")
            button = QPushButton()
            button.setObjectName(f"make_{kind.key}_button")
            button.clicked.connect(lambda _=False, k=kind: self._handle_make(k))
            grid.addWidget(title, row, 0)
            grid.addWidget(description, row, 1)
            grid.addWidget(button, row, 2)
            self.buttons[kind.key], self.titles[kind.key], self.descriptions[kind.key] = button, title, description
        grid.setColumnStretch(1, 1)
        frame = QFrame()
        frame.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(frame)
        layout.addWidget(self.status)
        layout.addStretch()
        self.last_output: Path | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Laporan")

    def _names(self) -> dict[str, tuple[str, str]]:
        return {
            "summary": (
                self.tr("Ringkasan Eksekutif"),
                self.tr("Satu halaman untuk siaran pers: peserta, perjanjian, total transaksi."),
            ),
            "agreements": (
                self.tr("Perjanjian Ditandatangani"),
                self.tr("Ringkasan perjanjian yang ditandatangani, untuk pengesahan pejabat."),
            ),
            "transactions": (self.tr("Rekap Transaksi"), self.tr("Total dan rincian transaksi dagang dan investasi.")),
            "schedule": (
                self.tr("Susunan Acara Penandatanganan"),
                self.tr("Urutan penandatanganan untuk MC dan protokol."),
            ),
            "attendees": (self.tr("Daftar Hadir"), self.tr("Peserta per daerah dan organisasi, dengan jam kehadiran.")),
            "badges": (self.tr("Tanda Pengenal"), self.tr("Kartu peserta dengan kode QR.")),
        }

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        for kind in REPORTS:
            name, description = self._names()[kind.key]
            self.titles[kind.key].setText(f"<b>{name}</b>")
            self.descriptions[kind.key].setText(description)
            self.buttons[kind.key].setText(self.tr("Buat PDF"))

    def _handle_make(self, kind: ReportKind) -> None:
        output = paths.reports_dir() / f"{kind.file_stem}-{datetime.now():%Y%m%d-%H%M%S}.pdf"
        try:
            render = kind.prepare(self.context.session, output)
        except Exception as error:
            show_error(self, error)
            return
        name = self._names()[kind.key][0]
        self.buttons[kind.key].setEnabled(False)
        self.status.setText(self.tr("Membuat {name}…").format(name=name))
        task = Task(render, label=name)
        task.signals.done.connect(lambda _result: self._handle_done(kind, name, output))
        task.signals.failed.connect(lambda error: self._handle_failed(kind, error))
        self.context.tasks.start(task)

    def _handle_done(self, kind: ReportKind, name: str, output: Path) -> None:
        self.buttons[kind.key].setEnabled(True)
        self.status.setText(self.tr("{name} tersimpan di {path}").format(name=name, path=output))
        self.last_output = output
        from eventdesk.ui.dialogs.pdf_preview import show_pdf  # Qt's PDF modules load when first needed

        show_pdf(self.context, output, name, self)

    def _handle_failed(self, kind: ReportKind, error: BaseException) -> None:
        self.buttons[kind.key].setEnabled(True)
        self.status.setText("")
        show_error(self, error)
