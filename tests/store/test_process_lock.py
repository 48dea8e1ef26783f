"""The lock between EventDesk processes: held by one process, waited for by another; let go when its holder dies;
an unwritable folder is an error, not a lock silently skipped."""

import subprocess
import sys
import time

import pytest

from eventdesk.store.process_lock import LockTimeout, ProcessLock

_HOLD = """
import sys, time
from eventdesk.store.process_lock import ProcessLock
lock = ProcessLock(__import__("pathlib").Path(sys.argv[1]), timeout=5)
lock.acquire()
print("held", flush=True)
time.sleep(float(sys.argv[2]))
lock.release()
"""


def _holder(path, seconds):
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_lock_another_process_holds_is_waited_for_then_refused(tmp_path):
    path = tmp_path / "meja.lock"
    holder = _holder(path, 30)
    try:
        with pytest.raises(LockTimeout):
            ProcessLock(path, timeout=0.3).acquire()
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_is_had_once_its_holder_lets_go(tmp_path):
    path = tmp_path / "meja.lock"
    holder = _holder(path, 0.5)
    lock = ProcessLock(path, timeout=20)
    lock.acquire()  # waits for the holder's release
    assert lock.held and holder.wait(timeout=20) == 0
    lock.release()
    assert not lock.held and path.stat().st_size == 0  # nothing is ever written to the lock file


def test_a_process_killed_holding_the_lock_lets_go_of_it(tmp_path):
    path = tmp_path / "meja.lock"
    holder = _holder(path, 60)
    holder.kill()
    holder.wait()
    lock = ProcessLock(path, timeout=2)
    lock.acquire()
    lock.release()


def test_two_locks_of_one_process_exclude_each_other(tmp_path):
    first, second = ProcessLock(tmp_path / "meja.lock", 1), ProcessLock(tmp_path / "meja.lock", 0.2)
    first.acquire()
    started = time.monotonic()
    with pytest.raises(LockTimeout):
        second.acquire()
    assert time.monotonic() - started >= 0.15
    first.release()
    second.acquire()
    second.release()


def test_a_lock_that_cannot_be_made_is_an_error(tmp_path):
    """A folder that is a file (or unwritable): refused, never a lock silently skipped."""
    (tmp_path / "bukan-folder").write_text("x")
    with pytest.raises(OSError):
        ProcessLock(tmp_path / "bukan-folder" / "meja.lock", 0.2).acquire()


def test_a_lock_file_something_else_wrote_into_is_an_error(tmp_path):
    path = tmp_path / "meja.lock"
    path.write_bytes(b"bukan basis data " * 100)
    with pytest.raises(OSError):
        ProcessLock(path, 0.2).acquire()
