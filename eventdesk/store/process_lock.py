"""A lock between EventDesk's processes on one laptop (two windows, a window and a script): one desk's writes to
copies of an event, one sync round of a desk.

It is held through SQLite's own file locking, an open write transaction on a small empty database (the lock
file): SQLite is loaded anyway (a file-lock library cost a command 10 ms to import), locks the same way on
Windows and Linux, waits with its busy handler up to the timeout, and the operating system lets go of the lock
when a process dies holding it. Two connections of one process exclude each other too. Nothing is ever written
to the lock file; it stays empty.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class LockTimeout(Exception):
    """Another process held the lock for the whole timeout."""


class ProcessLock:
    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._conn: sqlite3.Connection | None = None

    @property
    def held(self) -> bool:
        return self._conn is not None

    def acquire(self) -> None:
        """Wait up to the timeout for the lock: LockTimeout when another process keeps it, OSError when the lock
        file cannot be made (an unwritable folder)."""
        if self._conn is not None:
            return
        try:
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.OperationalError as error:
            raise OSError(str(error)) from None
        try:
            conn.execute("BEGIN IMMEDIATE")  # the write lock on the lock file, nothing written
        except sqlite3.OperationalError as error:
            conn.close()
            if "locked" in str(error) or "busy" in str(error):
                raise LockTimeout(str(self.path)) from None
            raise OSError(str(error)) from None
        except sqlite3.DatabaseError as error:  # a lock file something else wrote into
            conn.close()
            raise OSError(f"{self.path}: {error}") from None
        self._conn = conn

    def release(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.execute("ROLLBACK")
        finally:
            self._conn.close()
            self._conn = None
