"""The sync folder's timer: every minute one round of services/sync.py on a worker thread, results by signal.

It has a thread pool of its own, so a round in progress neither shows in the
window's progress bar every minute nor holds up the reports' workers; rounds
never overlap. A round that fails (stick pulled out, share gone) is reported
and the next one simply tries again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from eventdesk.domain.clock import utc_now
from eventdesk.files import user_config
from eventdesk.services.sync_memory import SYNC_INTERVAL_SECONDS, SyncMemory
from eventdesk.ui.context import AppContext
from eventdesk.ui.tasks import Task

if TYPE_CHECKING:
    from eventdesk.domain.merge_results import SyncReport
    from eventdesk.domain.models import Actor

log = logging.getLogger(__name__)


class SyncController(QObject):
    """Runs the sync rounds of the open event while a sync folder is set for it on this laptop."""

    report_ready = Signal(object)  # SyncReport
    state_changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_SECONDS * 1000)
        self.timer.timeout.connect(self.run_now)
        self.memory = SyncMemory()
        self.last_report: SyncReport | None = None
        self.running: Task | None = None
        self.generation = 0  # rounds started for an earlier file or folder report nothing
        self.event_id = ""
        context.session_changed.connect(self.restart)
        self.restart()

    @property
    def folder(self) -> Path | None:
        if not self.context.has_session:
            return None
        return self.context.config.sync_folder(self.event_id)

    @property
    def active(self) -> bool:
        return self.folder is not None and not self.context.session.read_only

    def restart(self) -> None:
        """After the file or the folder changed: forget the last rounds, start at once, then every minute."""
        self.event_id = (self.context.session.merges.event_id() or "") if self.context.has_session else ""
        self.memory = SyncMemory()
        self.started_at = utc_now()  # "nothing heard from other desks since" counts from here at the latest
        self.last_report = None
        self.generation += 1
        if self.active:
            self.timer.start()
            self.run_now()
        else:
            self.timer.stop()
        self.state_changed.emit()

    def set_folder(self, folder) -> None:
        """Set (or with None, clear) this laptop's sync folder for the open event, and remember it."""
        self.context.config.set_sync_folder(self.event_id, folder)
        user_config.save(self.context.config)
        self.restart()

    def run_now(self) -> None:
        """One round now (the timer's, or the menu's Sync now), unless one is running."""
        if self.running is not None or not self.active:
            return
        session = self.context.session
        task = Task(_round, session.path, self.folder, session.actor, self.memory, with_progress=False, label="sync")
        generation = self.generation
        task.signals.done.connect(lambda report: self._handle_done(report) if generation == self.generation else None)
        task.signals.failed.connect(lambda error: self._handle_failed(error) if generation == self.generation else None)
        task.signals.finished.connect(self._handle_finished)
        self.running = task
        self.state_changed.emit()
        self.pool.start(task)

    def _handle_done(self, report: SyncReport) -> None:
        self.last_report = report
        if report.outcomes:
            from eventdesk.services.merge import CHANGED_BY_MERGE  # loaded by the round on its worker

            self.context.notify_changed(CHANGED_BY_MERGE)
        self.report_ready.emit(report)

    def _handle_failed(self, error: BaseException) -> None:
        # Not expected (folder trouble is in the report), but never a dialog every minute: say it in the status bar.
        from eventdesk.domain.merge_results import SyncReport

        log.warning("sync round failed: %s", error)
        self.last_report = SyncReport(at=utc_now(), folder=str(self.folder), error=str(error))
        self.report_ready.emit(self.last_report)

    def _handle_finished(self) -> None:
        self.running = None
        self.state_changed.emit()

    def stop(self, msecs: int = 15000) -> None:
        """On closing: no new rounds, and the one running finishes (it writes the event file)."""
        self.timer.stop()
        self.pool.waitForDone(msecs)


def _round(event_path: Path, folder: Path, actor: Actor, memory: SyncMemory) -> SyncReport:
    """One round, on the controller's worker: the sync machinery (services/sync.py and all it reads and writes
    with, 15 ms of imports) loads with the first round, not on the way to the window's first scan."""
    from eventdesk.services.sync import sync_once

    return sync_once(event_path, folder, actor, memory)
