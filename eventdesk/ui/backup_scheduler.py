"""Rolling backups of the open event: on open, every few minutes while it changes, and on close.

The copy runs on a thread pool of its own (it reads the file through its own
connection, never the window's), so a backup neither freezes the window nor
holds up closing behind a "work still running" question.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from eventdesk.domain.errors import EventDeskError
from eventdesk.services import backups
from eventdesk.services.backups import AutoBackup
from eventdesk.ui.context import AppContext
from eventdesk.ui.tasks import Task

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 30_000


class BackupScheduler(QObject):
    """Asks the AutoBackup service on a timer and runs the backups it says are due."""

    backup_made = Signal(object)  # Path of the new backup
    backup_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.auto: AutoBackup | None = None
        self._running: Task | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("backup_timer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        context.session_changed.connect(self._handle_session_changed)
        context.data_changed.connect(self._handle_data_changed)
        context.session_closed.connect(self._handle_session_closed)
        if context.has_session:
            self._handle_session_changed()
        self.timer.start()

    @property
    def folder(self) -> Path:
        return backups.backup_folder(self.context.config)

    def set_folder(self, folder: Path | None) -> None:
        """Backups go to `folder` from now on (None: the default folder); remembered in the user's settings."""
        self.context.config.backup_folder = str(folder) if folder else ""
        if self.auto is not None:
            self.auto.folder = self.folder
            self.auto.changed = True
            self.auto.last_made_at = None  # the new folder gets its first backup at once
        self.run_if_due()

    def _handle_session_changed(self) -> None:
        session = self.context.session
        if session.read_only:
            self.auto = None
            return
        self.auto = AutoBackup(session.path, self.folder, self.context.config.backup_minutes)
        QTimer.singleShot(0, self.run_if_due)  # the backup on open

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        if self.auto is not None:
            self.auto.note_change(tables)

    def run_if_due(self) -> None:
        if self.auto is None or self._running is not None or not self.auto.due():
            return
        self.start_backup()

    def start_backup(self) -> Task | None:
        """Back up the open file now, on the backup thread (File → Back up now, and the timer)."""
        auto = self.auto
        if auto is None or self._running is not None:
            return None
        auto.started()
        task = Task(backups.make_backup, auto.source, auto.folder, label="backup", with_progress=False)
        task.signals.done.connect(lambda path: self._handle_done(auto, path))
        task.signals.failed.connect(lambda error: self._handle_failed(auto, error))
        task.signals.finished.connect(self._handle_finished)
        self._running = task
        self.pool.start(task)
        return task

    def _handle_done(self, auto: AutoBackup, path: Path) -> None:
        auto.made()
        self.backup_made.emit(path)

    def _handle_failed(self, auto: AutoBackup, error: BaseException) -> None:
        message = error.message if isinstance(error, EventDeskError) else str(error)
        auto.failed(message)
        log.warning("backup of %s failed: %s", auto.source, message)
        self.backup_failed.emit(message)

    def _handle_finished(self) -> None:
        self._running = None

    def _handle_session_closed(self, path: Path, read_only: bool) -> None:
        """The backup on close: the window's connection is gone, so the copy is the file as it was left."""
        self.pool.waitForDone()
        auto = self.auto
        if read_only or auto is None or auto.source != path:
            return
        self.auto = None
        if auto.last_made_at is not None and not auto.changed:
            return
        try:
            made = auto.backup_now()
        except EventDeskError as error:
            log.warning("backup on close of %s failed: %s", path, error.message)
            return
        self.backup_made.emit(made)

    def stop(self) -> None:
        self.timer.stop()
        self.pool.waitForDone()
