"""Two writers on one file: a second window, a script or an import at the same time.

Writers take turns on SQLite's write lock (BEGIN IMMEDIATE, waiting up to
5 s); no write is lost. A lock held longer than that is reported as a busy
file, in words, with the offer to open it read-only: never as a traceback.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from eventdesk.domain.errors import EventFileBusy
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import open_session
from tests.outside import query
from tests.services.crash_child import IMPORT_ROWS

ROOT = Path(__file__).resolve().parents[2]
SAME_LAPTOP = "5a3e0000-0000-4000-8000-000000005a3e"  # two windows of one desk share its audit chain
OTHER_LAPTOP = "0b7e0000-0000-4000-8000-000000000b7e"
ROUNDS = 24


def _writer(path: Path, desk_id: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.writer_child", str(path), desk_id, str(ROUNDS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT, env=env,
    )  # fmt: skip


def test_three_writers_at_once_lose_nothing_and_keep_the_file_sound(demo_path):
    before = query(demo_path, "SELECT count(*) FROM transactions")[0][0]
    writers = [_writer(demo_path, desk) for desk in (SAME_LAPTOP, SAME_LAPTOP, OTHER_LAPTOP)]
    results = [writer.communicate(timeout=120) for writer in writers]

    for writer, (output, errors) in zip(writers, results):
        assert (writer.returncode, errors) == (0, "")
    acknowledged = [line.split(" ", 1) for output, _ in results for line in output.splitlines()]
    booked = {row[0] for row in query(demo_path, "SELECT id FROM transactions")}
    assert {value for kind, value in acknowledged if kind == "book"} <= booked
    assert len(booked) == before + 3 * ROUNDS
    batches = dict(query(demo_path, "SELECT substr(notes, 7), count(*) FROM attendees WHERE notes LIKE 'batch:%' GROUP BY notes"))
    assert batches == {value: IMPORT_ROWS for kind, value in acknowledged if kind == "import"}
    assert check_event_file(demo_path) == []


def test_a_lock_held_too_long_is_a_plain_busy_message_and_the_file_still_opens_read_only(demo_path, actor, eventdesk_home):
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        env = {**os.environ, "EVENTDESK_HOME": str(eventdesk_home), "PYTHONIOENCODING": "utf-8"}
        result = subprocess.run(
            [sys.executable, "-m", "eventdesk", "checkin", str(demo_path), "X-0001"],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
        )  # fmt: skip
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and "database is locked" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "sedang dipakai" in result.stderr and "hanya-baca" in result.stderr

        reader = open_session(demo_path, actor, read_only=True)  # what the window offers instead
        try:
            assert reader.figures.event_figures().transactions.total_idr == 666_000_000_000
        finally:
            reader.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    session = open_session(demo_path, actor)  # the lock gone, writing works again
    session.close()


def test_a_busy_file_is_a_named_error_for_the_window(demo_path, actor, monkeypatch):
    from eventdesk.store import db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(EventFileBusy) as raised:
            open_session(demo_path, actor)
        assert "hanya-baca" in raised.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
