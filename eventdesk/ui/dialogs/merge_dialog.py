"""File → Merge from another desk: what the other desks' files would bring, then what they brought.

First a preview (nothing written) with the counts per kind of change and the
figures before → after; the operator then merges or cancels. Both steps run on
a worker thread with a connection of their own; the window refreshes after.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from eventdesk.domain.merge_results import MergeAttempt, MergeOutcome
from eventdesk.domain.money import format_full
from eventdesk.services.merge import CHANGED_BY_MERGE, merge_files
from eventdesk.ui.context import AppContext
from eventdesk.ui.keys import push_button
from eventdesk.ui.palette import RED
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.tasks import Task

ERROR_COLOUR = RED


class MergeDialog(QDialog):
    """Preview, then merge, the chosen files of other desks into the open event."""

    conflicts_requested = Signal()

    def __init__(self, context: AppContext, others: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.context = context
        self.others = list(others)
        self.attempts: list[MergeAttempt] = []
        self.merged = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("merge_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        self.buttons = QDialogButtonBox()
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._handle_merge)
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("show_conflicts_button")
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self._handle_show_conflicts)
        self.close_button = push_button("close_button", self.reject)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gabungkan dari meja lain"))
        self.merge_button.setText(self.tr("&Gabungkan"))
        self.conflicts_button.setText(self.tr("Lihat &konflik…"))
        self.close_button.setText(self.tr("&Tutup") if self.merged else self.tr("&Batal"))
        if self.merged:
            self.intro.setText(self.tr("Sudah digabungkan. Inilah yang dibawa dari meja lain:"))
        elif self.attempts:
            self.intro.setText(
                self.tr("Inilah yang akan dibawa dari meja lain. Belum ada yang ditulis; tekan Gabungkan.")
            )
        else:
            self.intro.setText(self.tr("Membaca berkas meja lain…"))

    # --- steps ----------------------------------------------------------------------------------

    def start_preview(self) -> Task:
        """Read what the files would bring (on a worker); the dialog fills in when it is done."""
        return self._run(preview=True)

    def _handle_merge(self) -> None:
        self.merge_button.setEnabled(False)
        self.intro.setText(self.tr("Menggabungkan…"))
        self._run(preview=False)

    def _run(self, *, preview: bool) -> Task:
        session = self.context.session
        label = self.tr("Membaca berkas meja lain") if preview else self.tr("Menggabungkan data meja lain")
        task = Task(merge_files, session.path, self.others, session.actor, preview=preview, label=label)
        task.signals.done.connect(lambda attempts: self._handle_done(attempts, preview))
        task.signals.failed.connect(self._handle_failed)
        return self.context.tasks.start(task)

    def _handle_done(self, attempts: list[MergeAttempt], preview: bool) -> None:
        self.attempts = attempts
        self.merged = not preview
        if self.merged and any(attempt.outcome for attempt in attempts):
            self.context.notify_changed(CHANGED_BY_MERGE)
        brings = any(attempt.outcome is not None and not attempt.outcome.nothing_new for attempt in attempts)
        self.merge_button.setVisible(preview)
        self.merge_button.setEnabled(preview and brings)
        to_review = sum(len(attempt.outcome.to_review) for attempt in attempts if attempt.outcome)
        self.conflicts_button.setVisible(self.merged and to_review > 0)
        self.summary.setText(self._summary_html())
        self.retranslate()

    def _handle_failed(self, error: BaseException) -> None:
        message = getattr(error, "message", str(error))
        self.summary.setText(f'<p style="color:{ERROR_COLOUR}">{escape(message)}</p>')
        self.merge_button.setEnabled(False)

    def _handle_show_conflicts(self) -> None:
        self.conflicts_requested.emit()
        self.accept()

    # --- the summary ----------------------------------------------------------------------------

    def _summary_html(self) -> str:
        parts = [self._attempt_html(attempt) for attempt in self.attempts]
        return "<hr>".join(parts)

    def _attempt_html(self, attempt: MergeAttempt) -> str:
        name = escape(Path(attempt.source).name)
        if attempt.outcome is None:
            return f'<p><b>{name}</b><br><span style="color:{ERROR_COLOUR}">{escape(attempt.error)}</span></p>'
        outcome = attempt.outcome
        if outcome.nothing_new:
            return (
                f"<p><b>{name}</b><br>{escape(self.tr('Tidak ada yang baru; berkas ini sudah memuat semuanya.'))}</p>"
            )
        desks = ", ".join(escape(desk.label) for desk in outcome.desks)
        rows = "".join(
            f"<tr><td>{escape(label)}</td><td align='right'>{count}</td></tr>"
            for label, count in outcome.change_lines()
        )
        html = [
            f"<p><b>{name}</b> — {escape(self.tr('data dari {desks}').format(desks=desks))}</p>",
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>",
        ]
        if outcome.before is not None and outcome.after is not None:
            html.append(self._figures_html(outcome))
        reviews = outcome.to_review
        automatic = [finding for finding in outcome.findings if not finding.needs_review]
        if reviews:
            html.append(
                f"<p style='color:{ERROR_COLOUR}'>"
                + escape(
                    self.tr("{count} perubahan di dua meja perlu ditinjau (Berkas → Konflik penggabungan).").format(
                        count=len(reviews)
                    )
                )
                + "</p>"
            )
        if automatic:
            html.append(
                "<p>"
                + escape(
                    self.tr("{count} diputuskan aturan penggabungan (mis. check-in paling awal dipakai).").format(
                        count=len(automatic)
                    )
                )
                + "</p>"
            )
        return "".join(html)

    def _figures_html(self, outcome: MergeOutcome) -> str:
        before, after = outcome.before, outcome.after
        assert before is not None and after is not None
        lines = [
            (
                self.tr("Total transaksi"),
                format_full(before.transactions.total_idr),
                format_full(after.transactions.total_idr),
            ),
            (self.tr("Peserta terdaftar"), str(before.attendees_registered), str(after.attendees_registered)),
            (self.tr("Peserta hadir"), str(before.attendees_checked_in), str(after.attendees_checked_in)),
            (self.tr("Perjanjian ditandatangani"), str(before.agreements_signed), str(after.agreements_signed)),
        ]
        before_heading, after_heading = escape(self.tr("Sebelum")), escape(self.tr("Sesudah"))
        heading = (
            f"<tr><th></th><th align='right'>{before_heading}</th><th></th><th align='right'>{after_heading}</th></tr>"
        )
        rows = "".join(
            f"<tr><td>{escape(label)}</td><td align='right'>{escape(old)}</td><td>→</td>"
            f"<td align='right'>{'<b>' + escape(new) + '</b>' if new != old else escape(new)}</td></tr>"
            for label, old, new in lines
        )
        return f"<table cellspacing='0' cellpadding='3'>{heading}{rows}</table>"
