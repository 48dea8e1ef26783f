"""Slow work (a PDF, an import, a backup) on a worker thread, with progress, results back by signal.

Read what the work needs on the UI thread, hand plain data to the task, and
never give a task the database connection of the window.
"""

from __future__ import annotations

import logging
import multiprocessing
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def in_child_process(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """`function(*args, **kwargs)` in a fresh Python process, its result (or its exception) back; call it on a
    worker, it waits. For a read that builds a large working set in Python objects: in this process the
    collector's passes over it and its freeing at the end hold the interpreter's lock, and the window's thread
    stops with them (a quarter of a second reading the Conflicts list of the big event). Spawned, so the child
    shares nothing with the window (no Qt, no open connection); the function and its arguments must pickle."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *args, **kwargs).result()


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
