"""The crash harness: a process writing through the services is SIGKILLed at random moments, dozens of times.

After every kill the file is checked as it was left (hot write-ahead log and
all), then reopened: `check` passes, every write the process acknowledged
after its commit is there, every imported registration list (read by the real
import service from an XLSX or CSV file, its new organisation and an audit
row per person) is there wholly or not at all, and every backup under a
backup's name is a sound event file. A third of the kills wait for an import
to start writing, so some land in the middle of it.

SIGKILL ends the process but not the operating system, so pages the process
handed to the kernel still reach the disk; a power cut is another matter
(`synchronous=FULL` is what covers it) and is not simulated here.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventdesk.services import backups
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import open_session
from tests.outside import query
from tests.services.crash_child import ACTOR, IMPORT_ROWS

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")


def _start(path: Path, seed: int, folder: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.crash_child", str(path), str(seed), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
    )


def _acknowledged(output: str) -> list[tuple[str, str]]:
    """Whole lines only: a line cut by the kill was never acknowledged."""
    lines = output.split("\n")[:-1]
    return [tuple(line.split(" ", 1)) for line in lines if " " in line]


def _read_until(child: subprocess.Popen, wanted: str) -> str:
    """What the child printed up to and including its first line starting with `wanted`."""
    seen = []
    while True:
        line = child.stdout.readline()
        assert line, f"the child stopped before '{wanted}': {''.join(seen)}{child.stderr.read()}"
        seen.append(line)
        if line.startswith(wanted):
            return "".join(seen)


def test_sigkill_at_random_moments_loses_nothing_acknowledged_and_leaves_the_file_sound(demo_path, tmp_path):
    rng = random.Random(20250508)
    folder = tmp_path / "cadangan"
    acknowledged: dict[str, set[str]] = {
        "book": set(),
        "checkin": set(),
        "register": set(),
        "import": set(),
        "backup": set(),
    }
    begun: set[str] = set()
    killed_while_opening = killed_while_working = killed_while_importing = 0
    verified: set[Path] = set()
    for round_number in range(KILLS):
        child = _start(demo_path, rng.randrange(1 << 30), folder)
        read = ""
        if round_number % 6 == 0:
            time.sleep(rng.uniform(0.0, 0.35))  # somewhere in start-up: imports, open, migrations, desk
        elif round_number % 3 == 1:
            read = _read_until(child, "begin ")  # the next import has read its list and is about to write
            time.sleep(rng.uniform(0.0, 0.05))
        else:
            read = _read_until(child, "ready")
            time.sleep(rng.uniform(0.0, 0.35))
        child.send_signal(signal.SIGKILL)
        output, errors = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, errors  # it was still working: no error stopped it first
        assert "Traceback" not in errors, errors
        lines = _acknowledged(read + output)
        if any(kind != "ready" for kind, _ in lines):
            killed_while_working += 1
        else:
            killed_while_opening += 1
        for kind, value in lines:
            if kind == "begin":
                begun.add(value)
            elif kind in acknowledged:
                acknowledged[kind].add(value)
        if lines and lines[-1][0] == "begin":
            killed_while_importing += 1

        assert check_event_file(demo_path, tmp_path / "no-witness") == [], f"round {round_number}"
        _assert_everything_acknowledged_is_there(demo_path, acknowledged, begun)
        _assert_backups_are_whole(folder, acknowledged["backup"], verified)

    session = open_session(demo_path, ACTOR)  # the application opens what the crashes left
    try:
        for batch in acknowledged["import"]:  # and finds every imported person by search
            assert len(session.attendees.search(batch[:10], limit=500)) == IMPORT_ROWS
    finally:
        session.close()
    assert check_event_file(demo_path, folder) == []  # and no backup contradicts the file's audit chain
    assert killed_while_working >= KILLS // 2
    assert killed_while_importing >= KILLS // 4, killed_while_importing
    assert len(acknowledged["book"]) > 10 and len(acknowledged["import"]) > 5 and acknowledged["checkin"]
    assert begun - acknowledged["import"], "no import was ever cut short"


def _assert_everything_acknowledged_is_there(path: Path, acknowledged: dict[str, set[str]], begun: set[str]) -> None:
    booked = {row[0] for row in query(path, "SELECT id FROM transactions")}
    assert acknowledged["book"] <= booked
    registered = {row[0] for row in query(path, "SELECT id FROM attendees")}
    assert acknowledged["register"] <= registered
    checked_in = {row[0] for row in query(path, "SELECT id FROM attendees WHERE checked_in_at IS NOT NULL")}
    assert acknowledged["checkin"] <= checked_in
    batches = dict(
        query(path, "SELECT substr(notes, 7), count(*) FROM attendees WHERE notes LIKE 'batch:%' GROUP BY notes")
    )
    assert set(batches.values()) <= {IMPORT_ROWS}, batches  # wholly or not at all
    assert acknowledged["import"] <= set(batches) <= begun
    organisations = {name for (name,) in query(path, "SELECT name FROM organisations WHERE name LIKE 'PT Impor %'")}
    assert organisations == {f"PT Impor {batch[:10]}" for batch in batches}  # a list's new organisation goes with it
    audited = dict(
        query(path, "SELECT reason, count(*) FROM audit_log WHERE reason LIKE 'Impor dari %' GROUP BY reason")
    )
    assert sorted(audited.values()) == [IMPORT_ROWS + 1] * len(batches), audited
    # The import lifts the search trigger inside its transaction: a cut one must leave it and the index whole.
    assert query(
        path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'attendees_search_insert'"
    ) == [(1,)]
    assert query(path, "SELECT count(*) FROM attendee_search") == query(path, "SELECT count(*) FROM attendees")


def _assert_backups_are_whole(folder: Path, acknowledged: set[str], verified: set[Path]) -> None:
    listed = backups.list_backups(folder)  # newest first; the names sort by time within the series
    for backup in listed:
        if backup.path not in verified:
            assert backups.describe(backup).good, backup.path
            verified.add(backup.path)
    present = {str(backup.path) for backup in listed}
    kept_from = min((Path(name).name for name in present), default="")
    for gone in acknowledged - present:  # only the rotation may take an acknowledged backup away
        assert len(present) >= backups.KEEP_LAST and Path(gone).name < kept_from, gone
