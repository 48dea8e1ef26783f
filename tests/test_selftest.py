"""`--selftest`, as the committee's IT person runs it after unzipping: one line per step, exit 0 only when
all passed."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEPS = (
    "demo",
    "check",
    "report agreements",
    "report minutes",
    "report transactions",
    "report realisation",
    "report schedule",
    "report attendees",
    "report attendance",
    "report badges",
    "report summary",
    "import",
    "totals",
)
WINDOW_STEPS = ("window", "document in a child process", "pdf preview (QtPdf)", "print (QtPrintSupport)")


def _run(command, tmp_path):
    env = {**os.environ, "EVENTDESK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    env.pop("QT_QPA_PLATFORM", None)  # the selftest runs offscreen by itself, display or not
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)


def step_lines(stdout):
    return {
        line[7:].rsplit(" (", 1)[0]: line[:6].strip()
        for line in stdout.splitlines()
        if line[:6].strip() in ("ok", "GAGAL")
    }


def test_the_window_selftest_passes_every_step_and_leaves_the_users_files_alone(tmp_path):
    result = _run([sys.executable, str(ROOT / "main.py"), "--selftest"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert step_lines(result.stdout) == {step: "ok" for step in (*STEPS, *WINDOW_STEPS)}
    assert result.stdout.splitlines()[-1] == f"selftest: {len(STEPS) + len(WINDOW_STEPS)} passed, 0 failed"
    assert not (tmp_path / "home" / "data" / "acara.eventdesk").exists()


def test_the_command_line_selftest_needs_no_window(tmp_path):
    result = _run([sys.executable, "-m", "eventdesk", "--selftest"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert step_lines(result.stdout) == {step: "ok" for step in STEPS}


def test_a_failing_step_is_named_and_the_selftest_fails(tmp_path, monkeypatch, capsys):
    from eventdesk import selftest

    monkeypatch.setattr(selftest, "DOCUMENT_KEYS", ("summary", "unknown"))
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "GAGAL  report unknown:" in out and "ok     report summary" in out
    assert out.splitlines()[-1] == "selftest: 5 passed, 1 failed"
