"""Laporan: make each printable PDF on a worker thread, then preview and print it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eventdesk.domain import badge_papers, i18n
from eventdesk.domain.document_kinds import DOCUMENTS, DocumentKind, DocumentOptions, document_kind
from eventdesk.files import paths
from eventdesk.services.session import EventSession
from eventdesk.ui.context import AppContext
from eventdesk.ui.document_render import render_document
from eventdesk.ui.errors import show_error
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.tasks import Task, in_child_process

REPORTS = DOCUMENTS


def document_job(
    session: EventSession, key: str, output: Path, options: DocumentOptions | None = None
) -> Callable[..., int]:
    """Making document `key` as a task: the worker has a child process make it (ui/document_render.py), so
    reportlab's working set never joins the window's memory nor stops its thread."""
    return partial(
        in_child_process, render_document, session.path, session.actor, key, output, options, i18n.language()
    )


def document_output(key: str) -> Path:
    """Where a document made now is written: its stem and the time, in this laptop's reports folder."""
    return paths.reports_dir() / f"{document_kind(key).file_stem}-{datetime.now():%Y%m%d-%H%M%S}.pdf"


class ReportsScreen(Screen):
    key = "reports"

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
        self.summary_only_check = QCheckBox()  # the recap and the attendee list without their line-by-line lists
        self.summary_only_check.setObjectName("summary_only_check")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(frame)
        layout.addWidget(self.summary_only_check)
        self.filled_check = QCheckBox()  # the sign-in sheet as the record of who came, not blank for the table
        self.filled_check.setObjectName("filled_check")
        layout.addWidget(self.filled_check)
        layout.addWidget(self.status)
        layout.addStretch()
        self.last_output: Path | None = None
        self.retranslate()

    def _names(self) -> dict[str, tuple[str, str]]:
        return {kind.key: (i18n.tr(kind.title), i18n.tr(kind.purpose)) for kind in DOCUMENTS}

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        for kind in REPORTS:
            name, description = self._names()[kind.key]
            self.titles[kind.key].setText(f"<b>{name}</b>")
            self.descriptions[kind.key].setText(description)
            self.buttons[kind.key].setText(self.tr("Buat PDF"))
        self.summary_only_check.setText(self.tr("Tanpa rincian"))  # short: the screen must fit 1024 pixels
        self.filled_check.setText(self.tr("Daftar Hadir terisi jam check-in"))
        self.summary_only_check.setToolTip(
            self.tr("Rekap Transaksi dan Daftar Hadir tanpa rincian (hanya total per kelompok: beberapa halaman)")
        )

    def _handle_make(self, kind: DocumentKind) -> None:
        output = document_output(kind.key)
        # Every badge four to a page, to cut; the recap and the list without their lines when asked.
        options = DocumentOptions(
            layout=badge_papers.LAYOUT_A4,
            summary_only=self.summary_only_check.isChecked(),
            filled=self.filled_check.isChecked(),
        )
        render = document_job(self.context.session, kind.key, output, options)
        name = self._names()[kind.key][0]
        self.buttons[kind.key].setEnabled(False)
        self.status.setText(self.tr("Membuat {name}…").format(name=name))
        task = Task(render, label=name)
        task.signals.done.connect(lambda _result: self._handle_done(kind, name, output))
        task.signals.failed.connect(lambda error: self._handle_failed(kind, error))
        self.context.tasks.start(task)

    def _handle_done(self, kind: DocumentKind, name: str, output: Path) -> None:
        self.buttons[kind.key].setEnabled(True)
        self.status.setText(self.tr("{name} tersimpan di {path}").format(name=name, path=output))
        self.last_output = output
        from eventdesk.ui.dialogs.pdf_preview import show_pdf  # Qt's PDF modules load when first needed

        show_pdf(self.context, output, name, self)

    def _handle_failed(self, kind: DocumentKind, error: BaseException) -> None:
        self.buttons[kind.key].setEnabled(True)
        self.status.setText("")
        show_error(self, error)
