"""Two writers on one file: a second window, a script or an import at the same time.

Writers take turns on SQLite's write lock (BEGIN IMMEDIATE, waiting up to
5 s); no write is lost. A lock held longer than that is reported as a busy
file, in words, with the offer to open it read-only: never as a traceback.
Two imports into one file at once (the real import service and the real
`import attendees` command) each land whole, or one says the file is busy
and writes nothing; codes stay unique and `check` passes.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from eventdesk.domain.errors import EventFileBusy
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import open_session
from tests.outside import query, scalar
from tests.services.crash_child import IMPORT_ROWS, registration_list

ROOT = Path(__file__).resolve().parents[2]
SAME_LAPTOP = "5a3e0000-0000-4000-8000-000000005a3e"  # two windows of one desk share its audit chain
OTHER_LAPTOP = "0b7e0000-0000-4000-8000-000000000b7e"
ROUNDS = 24


def _writer(path: Path, desk_id: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.writer_child", str(path), desk_id, str(ROUNDS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
    )


def test_three_writers_at_once_lose_nothing_and_keep_the_file_sound(demo_path):
    before = query(demo_path, "SELECT count(*) FROM transactions")[0][0]
    writers = [_writer(demo_path, desk) for desk in (SAME_LAPTOP, SAME_LAPTOP, OTHER_LAPTOP)]
    results = [writer.communicate(timeout=120) for writer in writers]

    for writer, (_output, errors) in zip(writers, results, strict=True):
        assert (writer.returncode, errors) == (0, "")
    acknowledged = [line.split(" ", 1) for output, _ in results for line in output.splitlines()]
    booked = {row[0] for row in query(demo_path, "SELECT id FROM transactions")}
    assert {value for kind, value in acknowledged if kind == "book"} <= booked
    assert len(booked) == before + 3 * ROUNDS
    batches = dict(
        query(demo_path, "SELECT substr(notes, 7), count(*) FROM attendees WHERE notes LIKE 'batch:%' GROUP BY notes")
    )
    assert batches == {value: IMPORT_ROWS for kind, value in acknowledged if kind == "import"}
    assert check_event_file(demo_path) == []


def test_a_lock_held_too_long_is_a_plain_busy_message_and_the_file_still_opens_read_only(
    demo_path, actor, eventdesk_home
):
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        env = {**os.environ, "EVENTDESK_HOME": str(eventdesk_home), "PYTHONIOENCODING": "utf-8"}
        result = subprocess.run(
            [sys.executable, "-m", "eventdesk", "checkin", str(demo_path), "X-0001"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=60,
        )
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


# --- two imports into one file at once -----------------------------------------------------------


LIST_ROWS = 1500


def _importer(path: Path, desk_id: str, source: Path, go: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.import_child", str(path), desk_id, str(source), str(go)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
    )


def _at_once(path: Path, tmp_path: Path, imports: list[tuple[str, Path]]) -> list[str]:
    """Start one importer per (desk, list), let them all write at the same moment, and return what each said."""
    go = tmp_path / "mulai"
    importers = [_importer(path, desk_id, source, go) for desk_id, source in imports]
    for importer in importers:
        assert importer.stdout.readline() == "ready\n", importer.stderr.read()
    go.touch()
    said = []
    for importer in importers:
        output, errors = importer.communicate(timeout=120)
        assert (importer.returncode, errors) == (0, ""), errors
        said.append(output.strip())
    return said


def _codes_are_unique(path: Path) -> None:
    assert scalar(path, "SELECT count(*) - count(DISTINCT code) FROM attendees") == 0


@pytest.mark.parametrize("desks", ["two desks", "two windows of one desk"])
def test_two_imports_into_one_file_at_once_both_land_whole_with_unique_codes(demo_path, tmp_path, desks):
    first, second = (SAME_LAPTOP, SAME_LAPTOP) if desks == "two windows of one desk" else (SAME_LAPTOP, OTHER_LAPTOP)
    lists = [
        registration_list(tmp_path / "daftar", batch, as_csv=batch == "b" * 32, rows=LIST_ROWS)
        for batch in ("a" * 32, "b" * 32)
    ]
    before = scalar(demo_path, "SELECT count(*) FROM attendees")

    said = _at_once(demo_path, tmp_path, [(first, lists[0]), (second, lists[1])])

    assert said == [f"imported {LIST_ROWS} duplicates 0 rejected 0"] * 2
    assert scalar(demo_path, "SELECT count(*) FROM attendees") == before + 2 * LIST_ROWS
    for batch in ("a" * 32, "b" * 32):  # each list whole, its people under its own new organisation
        assert query(
            demo_path,
            "SELECT count(*), count(DISTINCT organisation_id) FROM attendees WHERE notes = ?",
            (f"batch:{batch}",),
        ) == [(LIST_ROWS, 1)]
    _codes_are_unique(demo_path)
    assert check_event_file(demo_path) == []


def test_the_same_list_imported_twice_at_once_adds_its_people_once(demo_path, tmp_path):
    source = registration_list(tmp_path / "daftar", "c" * 32, as_csv=False, rows=LIST_ROWS)
    before = scalar(demo_path, "SELECT count(*) FROM attendees")

    said = _at_once(demo_path, tmp_path, [(SAME_LAPTOP, source), (OTHER_LAPTOP, source)])

    # Whichever wrote second checked the rows again inside its own write transaction.
    assert sorted(said) == [
        f"imported 0 duplicates {LIST_ROWS} rejected 0",
        f"imported {LIST_ROWS} duplicates 0 rejected 0",
    ]
    assert scalar(demo_path, "SELECT count(*) FROM attendees") == before + LIST_ROWS
    assert scalar(demo_path, "SELECT count(*) FROM organisations WHERE name = ?", (f"PT Impor {'c' * 10}",)) == 1
    _codes_are_unique(demo_path)
    assert check_event_file(demo_path) == []


def _cli(home: Path, *args) -> subprocess.Popen:
    env = {**os.environ, "EVENTDESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "eventdesk", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )


def _landed_whole_or_said_busy(result: tuple[int, str, str], rows: int) -> bool:
    """True when the import landed whole; False when it said, in one line, that the file was busy."""
    status, output, errors = result
    assert "Traceback" not in errors and "database is locked" not in errors, errors
    if status == 0:
        assert errors == "" and f"Diimpor: {rows} · Duplikat: 0 · Ditolak: 0" in output.splitlines(), output
        return True
    assert status == 1 and len(errors.strip().splitlines()) == 1 and "sedang dipakai" in errors, errors
    return False


def test_two_import_commands_at_once_each_land_whole_or_say_the_file_is_busy(demo_path, tmp_path):
    lists = {
        "d" * 32: registration_list(tmp_path / "daftar", "d" * 32, as_csv=False, rows=LIST_ROWS),
        "e" * 32: registration_list(tmp_path / "daftar", "e" * 32, as_csv=True, rows=LIST_ROWS),
    }
    before = scalar(demo_path, "SELECT count(*) FROM attendees")

    running = {
        batch: _cli(tmp_path / f"rumah-{batch[0]}", "import", "attendees", demo_path, source)
        for batch, source in lists.items()
    }
    results = {
        batch: (command.wait(timeout=120), command.stdout.read(), command.stderr.read())
        for batch, command in running.items()
    }

    landed = {batch for batch, result in results.items() if _landed_whole_or_said_busy(result, LIST_ROWS)}
    assert landed, results  # a wait of up to 5 s on the lock is far longer than either import
    for batch in lists:
        expected = LIST_ROWS if batch in landed else 0
        assert scalar(demo_path, "SELECT count(*) FROM attendees WHERE notes = ?", (f"batch:{batch}",)) == expected
    assert scalar(demo_path, "SELECT count(*) FROM attendees") == before + LIST_ROWS * len(landed)
    _codes_are_unique(demo_path)
    assert check_event_file(demo_path) == []


def test_an_import_command_while_a_window_has_the_file_open_lands_and_the_window_sees_it(
    demo_path, tmp_path, actor, eventdesk_home
):
    window = open_session(demo_path, actor)
    try:
        registered = window.attendees.counts()[0]
        source = registration_list(tmp_path / "daftar", "f" * 32, as_csv=True, rows=40)
        command = _cli(eventdesk_home, "import", "attendees", demo_path, source)
        result = (command.wait(timeout=120), command.stdout.read(), command.stderr.read())
        assert _landed_whole_or_said_busy(result, 40)
        assert window.attendees.counts()[0] == registered + 40
        window.attendees.register("Tamu Setelah Impor", "buyer")  # and the window goes on writing
    finally:
        window.close()
    _codes_are_unique(demo_path)
    assert check_event_file(demo_path) == []


def _import_in_process(capsys, path, source):
    from eventdesk import cli

    status = cli.main(["import", "attendees", str(path), str(source)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_an_import_command_says_busy_after_a_long_write_elsewhere_and_writes_nothing(
    demo_path, tmp_path, capsys, monkeypatch
):
    from eventdesk.store import db

    warm_up = registration_list(tmp_path / "daftar", "9" * 32, as_csv=True, rows=5)
    assert _import_in_process(capsys, demo_path, warm_up)[0] == 0  # this desk is known: opening the file writes nothing
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)  # the 5 s wait, shortened
    audit_rows = scalar(demo_path, "SELECT count(*) FROM audit_log")
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        result = _import_in_process(
            capsys, demo_path, registration_list(tmp_path / "daftar", "8" * 32, as_csv=False, rows=40)
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not _landed_whole_or_said_busy(result, 40)
    assert "hanya-baca" in result[2] and result[1] == ""
    assert scalar(demo_path, "SELECT count(*) FROM audit_log") == audit_rows
    assert scalar(demo_path, "SELECT count(*) FROM attendees WHERE notes = ?", (f"batch:{'8' * 32}",)) == 0


def test_an_import_command_waits_for_a_short_write_elsewhere_then_lands(demo_path, tmp_path, capsys):
    warm_up = registration_list(tmp_path / "daftar", "6" * 32, as_csv=True, rows=5)
    assert _import_in_process(capsys, demo_path, warm_up)[0] == 0
    holder = sqlite3.connect(demo_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, holder.execute, ("ROLLBACK",))  # well within the 5 s the import waits on the lock
    release.start()
    try:
        result = _import_in_process(
            capsys, demo_path, registration_list(tmp_path / "daftar", "7" * 32, as_csv=False, rows=40)
        )
    finally:
        release.join()
        holder.close()
    assert _landed_whole_or_said_busy(result, 40)
    assert scalar(demo_path, "SELECT count(*) FROM attendees WHERE notes = ?", (f"batch:{'7' * 32}",)) == 40
    _codes_are_unique(demo_path)
    assert check_event_file(demo_path) == []
