"""What every screen shares: the open event session, the user's settings, the task runner, change signals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal

from eventdesk.files import user_config
from eventdesk.services.session import EventSession
from eventdesk.ui.tasks import TaskRunner


class AppContext(QObject):
    """Holds the open session; screens listen to `session_changed` and `data_changed`."""

    session_changed = Signal()
    data_changed = Signal(object)  # frozenset of table names changed by a committed write
    session_closed = Signal(object, bool)  # path and read-only of a session just closed (for the backup on close)
    _committed = Signal(object)  # from the commit, in whatever thread it ran: handled later on the UI thread

    def __init__(
        self, session: EventSession | None, config: user_config.UserConfig, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.tasks = TaskRunner(self)
        self._session: EventSession | None = None
        # Queued: screens refresh after the write has returned, never inside it, and once for several commits.
        self._committed.connect(self.notify_changed, Qt.ConnectionType.QueuedConnection)
        if session is not None:
            self.set_session(session)

    @property
    def session(self) -> EventSession:
        assert self._session is not None, "no event open"
        return self._session

    @property
    def has_session(self) -> bool:
        return self._session is not None

    def set_session(self, session: EventSession) -> None:
        """Switch to another event file; the previous one is closed."""
        previous = self._session
        self._session = session
        session.on_change(self._emit_changed)
        self.config.remember_file(session.path)
        user_config.save(self.config)
        if previous is not None and previous is not session:
            self._close(previous)
        self.session_changed.emit()

    def _emit_changed(self, tables: frozenset[str]) -> None:
        self._committed.emit(tables)

    def notify_changed(self, tables: frozenset[str]) -> None:
        """Tables changed (by this desk's writes, a merge or an import): what is kept is read again, screens follow."""
        if self._session is not None:
            self._session.forget_cached(tables)
        self.data_changed.emit(tables)

    def close(self) -> None:
        # The notices of the last writes first: the backup on close must know there were changes.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        if self._session is not None:
            session, self._session = self._session, None
            self._close(session)

    def _close(self, session: EventSession) -> None:
        session.close()
        self.session_closed.emit(session.path, session.read_only)
