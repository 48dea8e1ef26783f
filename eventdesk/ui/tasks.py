"""Slow work (a PDF, an import, a backup) on a worker thread, with progress, results back by signal.

Read what the work needs on the UI thread, hand plain data to the task, and
never give a task the database connection of the window.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import tr
from eventdesk.domain.progress import ProgressCallback

log = logging.getLogger(__name__)

CHILD_STOP_POLL = 0.1  # seconds between asking `stop` while a child process works


def in_child_process(
    function: Callable[..., Any],
    *args: Any,
    progress: ProgressCallback | None = None,
    stop: Callable[[], bool] | None = None,
    **kwargs: Any,
) -> Any:
    """`function(*args, **kwargs)` in a fresh Python process, its result (or its exception) back, its progress
    reported here; call it on a worker, it waits. For work that builds a large working set in Python objects
    (the Conflicts list, a long PDF): in this process the collector's passes over it and its freeing hold the
    interpreter's lock, so the window's thread stops with them (a quarter of a second reading the Conflicts
    list of the big event), and the window's memory grows by the working set (150 MB for the recap of 100,000
    deals). Spawned: the child shares nothing with the window (no Qt it does not make, no open connection);
    the function, its arguments and its result must pickle. With `stop`, the function gets a `stop` of its own
    that answers True soon after this one does (asked every CHILD_STOP_POLL seconds)."""
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    stopping = context.Event() if stop is not None else None
    child = context.Process(
        target=_run_in_child, args=(messages, function, args, kwargs, progress is not None, stopping), daemon=True
    )
    child.start()
    try:
        while True:
            if stop is not None and stopping is not None and not stopping.is_set() and stop():
                stopping.set()
            try:
                kind, *payload = messages.get(timeout=CHILD_STOP_POLL if stop is not None else 1)
            except queue.Empty:
                if not child.is_alive():
                    raise EventDeskError(
                        tr("Pekerjaan di proses terpisah berhenti tanpa hasil (kode keluar {code}).").format(
                            code=child.exitcode
                        )
                    ) from None
                continue
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
            elif kind == "done":
                return payload[0]
            else:
                raise payload[0]
    finally:
        child.join(5)
        if child.is_alive():
            child.kill()
            child.join()


def _run_in_child(
    messages: Any, function: Callable[..., Any], args: tuple, kwargs: dict, with_progress: bool, stopping: Any
) -> None:
    """In the child: run, report progress, send back the result or the error."""
    if stopping is not None:
        kwargs["stop"] = stopping.is_set
    if with_progress:
        kwargs["progress"] = lambda done, total: messages.put(("progress", done, total))
    try:
        result = function(*args, **kwargs)
    except BaseException as error:  # sent back to be raised in the window's worker
        messages.put(("failed", error))
    else:
        messages.put(("done", result))
    messages.close()
    messages.join_thread()


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    done = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class Task(QRunnable):
    """`function(*args, progress=callback, **kwargs)` run on the pool; its result arrives on `done`."""

    def __init__(
        self, function: Callable[..., Any], *args: Any, label: str = "", with_progress: bool = True, **kwargs: Any
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.label = label
        self.with_progress = with_progress
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            if self.with_progress:
                self.kwargs["progress"] = lambda done, total: self.signals.progress.emit(int(done), int(total))
            result = self.function(*self.args, **self.kwargs)
        except Exception as error:
            log.warning("task %s failed: %s", self.label, "".join(traceback.format_exception(error)))
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks and tells the window when work is running, for its progress indicator."""

    started = Signal(str)
    progress = Signal(int, int)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: list[Task] = []

    def start(self, task: Task) -> Task:
        self._running.append(task)
        task.signals.progress.connect(self.progress)
        task.signals.finished.connect(lambda: self._finished(task))
        self.started.emit(task.label)
        self.pool.start(task)
        return task

    def _finished(self, task: Task) -> None:
        if task in self._running:
            self._running.remove(task)
        if not self._running:
            self.idle.emit()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
