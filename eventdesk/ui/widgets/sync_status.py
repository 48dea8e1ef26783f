"""The status bar's sync line: the sync folder's last round, and when each other desk's data was last merged."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

from eventdesk.domain.clock import short_time
from eventdesk.ui.context import AppContext
from eventdesk.ui.palette import RED, STALE
from eventdesk.ui.sync_controller import SyncController

ERROR_COLOUR = RED
QUIET_COLOUR = STALE


class SyncStatusLabel(QLabel):
    """`Sinkron 11.03 · Digabung: Meja B 11.03, Meja C 10.40`; `Meja C terakhir terdengar 10.40` when a desk's heartbeat
    is old, `Tidak ada kabar dari meja lain sejak 10.40` when none is heard; in red when the folder is gone."""

    def __init__(self, context: AppContext, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_sync")
        self.context = context
        self.controller = controller
        controller.state_changed.connect(self.refresh)
        controller.report_ready.connect(lambda _report: self.refresh())
        context.session_changed.connect(self.refresh)
        context.data_changed.connect(self._handle_data_changed)
        self.refresh()

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        if tables & {"merge_log", "desks"}:
            self.refresh()

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        coverage = self.context.session.merges.coverage()
        zone = coverage.zone
        parts: list[str] = []
        details: list[str] = []
        report = self.controller.last_report
        if self.controller.active:
            details.append(self.tr("Folder sinkron: {folder}").format(folder=self.controller.folder))
            quiet = report.nothing_heard_since(self.controller.started_at) if report is not None else None
            if report is None:
                parts.append(escape(self.tr("Sinkron dimulai…")))
            elif quiet is not None:
                # The folder takes this desk's work, but nothing arrives: not a success to report.
                text = self.tr("Tidak ada kabar dari meja lain sejak {time}").format(time=short_time(quiet, zone))
                parts.append(f'<span style="color:{QUIET_COLOUR}">{escape(text)}</span>')
                details.append(
                    self.tr("Folder sinkron ditulis {time}; periksa laptop lain dan Syncthing.").format(
                        time=short_time(report.at, zone)
                    )
                )
            elif report.ok:
                parts.append(escape(self.tr("Sinkron {time}").format(time=short_time(report.at, zone))))
            else:
                text = self.tr("Sinkron gagal {time}, dicoba lagi").format(time=short_time(report.at, zone))
                parts.append(f'<span style="color:{ERROR_COLOUR}">{escape(text)}</span>')
                details.append(report.error)
            if report is not None and quiet is None:
                for desk in report.silent_desks():
                    assert desk.heard_at is not None, "silent desks were heard from once"
                    text = self.tr("{desk} terakhir terdengar {time}").format(
                        desk=desk.label, time=short_time(desk.heard_at, zone)
                    )
                    parts.append(f'<span style="color:{QUIET_COLOUR}">{escape(text)}</span>')
            for desk in report.forked_desks if report else []:
                text = self.tr("{desk} bercabang: lihat Konflik penggabungan").format(desk=desk.label)
                parts.append(f'<span style="color:{ERROR_COLOUR}">{escape(text)}</span>')
            for desk in report.desks if report else []:
                if desk.error:
                    details.append(f"{desk.label}: {desk.error}")
                elif desk.waiting:
                    details.append(f"{desk.label}: {desk.waiting}")
            details += report.warnings if report else []
        merged = [
            (desk.label, at)
            for desk in coverage.desks
            if not desk.this_desk and (at := desk.last_merged_at) is not None
        ]
        if merged:
            listed = ", ".join(f"{label} {short_time(at, zone)}" for label, at in merged)
            parts.append(escape(self.tr("Digabung: {desks}").format(desks=listed)))
        details += [desk.describe(zone) for desk in coverage.desks if not desk.this_desk]
        self.setText(" · ".join(parts))
        self.setToolTip("<br>".join(escape(line) for line in details))
        self.setVisible(bool(parts))
