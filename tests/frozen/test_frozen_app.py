"""The frozen folder build (tools/build_app.py): it starts without the checkout's Python and passes its selftest.

CI installs the `build` extra, so it always builds (about 40 s on two cores); without PyInstaller
the test is skipped and says so.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[build]')")

sys.path.insert(0, str(ROOT / "tools"))
import build_app  # noqa: E402 (tools/ is a folder of scripts, not a package: importable once on the path)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory):
    root = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_app.py"),
            "--dist",
            str(root / "dist"),
            "--work",
            str(root / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root / "dist"


def _env(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env["EVENTDESK_HOME"] = str(tmp_path / "home")
    env["PATH"] = "/usr/bin:/bin"  # no Python of the checkout to lean on
    return env


def test_the_frozen_window_passes_its_selftest(frozen, tmp_path):
    result = subprocess.run(
        [str(build_app.executable(frozen, "EventDesk")), "--selftest"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "frozen=True" in result.stdout and "ok     print (QtPrintSupport)" in result.stdout
    assert result.stdout.splitlines()[-1].endswith("passed, 0 failed")


def test_the_frozen_command_line_makes_and_reads_an_event(frozen, tmp_path):
    cli = build_app.executable(frozen, "eventdesk-cli")
    event = tmp_path / "demo.eventdesk"
    made = subprocess.run(
        [str(cli), "demo", str(event)], capture_output=True, text=True, env=_env(tmp_path), timeout=120
    )
    assert made.returncode == 0, made.stderr
    totals = subprocess.run(
        [str(cli), "totals", str(event)], capture_output=True, text=True, env=_env(tmp_path), timeout=120
    )
    assert "Rp666.000.000.000" in totals.stdout


def test_the_frozen_build_carries_fonts_translations_and_the_print_and_pdf_modules(frozen):
    internal = frozen / "EventDesk" / "_internal"
    assert (internal / "resources" / "fonts" / "NotoSans-Regular.ttf").exists()
    assert (internal / "resources" / "translations" / "eventdesk_en.ts").exists()
    names = {path.name for path in internal.rglob("*")}
    assert any(name.startswith("QtPrintSupport") for name in names) and any(name.startswith("QtPdf") for name in names)
