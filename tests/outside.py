"""What an outside script or tool sees of an event file: raw SQLite, bytes and sibling files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

SIBLING_SUFFIXES = ("-wal", "-shm", "-journal")


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of `sql` run on the file with Python's own sqlite3, as a reporting script would."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def scalar(path: Path, sql: str, params: tuple = ()):
    return query(path, sql, params)[0][0]


def tamper(path: Path, sql: str, params: tuple = ()) -> None:
    """A change made behind EventDesk's back with a plain SQLite tool."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """The -wal, -shm and -journal files next to `path` that exist."""
    return [suffix for suffix in SIBLING_SUFFIXES if path.with_name(path.name + suffix).exists()]


def booked_total(path: Path) -> int:
    return scalar(path, "SELECT COALESCE(sum(value_idr), 0) FROM transactions WHERE status = 'booked'")
