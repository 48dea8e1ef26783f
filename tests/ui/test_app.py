"""Starting the application as a user does: `python main.py [FILE]`, headless."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventdesk.services.integrity import check_event_file

ROOT = Path(__file__).resolve().parents[2]


def start(args, home):
    env = {**os.environ, "EVENTDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stays_up(process, seconds=4.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        time.sleep(0.1)
    return True


def stop(process):
    process.terminate()
    try:
        return process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


def test_main_starts_headless_on_an_event_file_and_stays_up(demo_path, home):
    process = start([str(demo_path)], home)
    try:
        assert stays_up(process), process.communicate()
    finally:
        _, stderr = stop(process)
    assert "Traceback" not in stderr
    assert "EventDesk 0.1.0 starting" in (home / "logs" / "eventdesk.log").read_text()
    assert check_event_file(demo_path) == []


def test_first_start_without_a_file_creates_the_default_event_file(home):
    process = start(["--operator", "Siti Rahayu"], home)
    try:
        assert stays_up(process), process.communicate()
    finally:
        _, stderr = stop(process)
    default = home / "data" / "acara.eventdesk"
    assert default.exists()
    assert check_event_file(default) == []
    assert "Traceback" not in stderr
