"""Before Qt starts: a laptop that cannot show the window gets EventDesk's own message naming what is missing."""

import os
import subprocess
import sys
from pathlib import Path

from eventdesk.ui.platform_check import install_advice, libraries_not_found, platform_problem

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = Path("/opt/qt/plugins/platforms/libqxcb.so")


def _missing(*names):
    return lambda plugin: list(names)


def test_a_desktop_without_the_xcb_libraries_is_told_which_packages_to_install():
    problem = platform_problem(
        {"DISPLAY": "remote:0"},
        system="linux",
        plugin=PLUGIN,
        find_missing=_missing("libxcb-cursor.so.0", "libxcb-icccm.so.4"),
    )
    assert problem is not None and problem.missing_libraries == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in problem.message
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in problem.message
    assert "sudo pacman -S xcb-util-cursor xcb-util-wm" in problem.message
    assert "Reinstalling" not in problem.message


LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd5b7f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f3c1e200000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f3c1e1f0000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_the_missing_libraries_are_read_from_ldds_report():
    assert libraries_not_found(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_an_unknown_missing_library_is_named_for_the_user_to_look_up():
    assert "libfoo.so.9" in install_advice(["libfoo.so.9"])


def test_no_display_at_all_is_said_plainly():
    problem = platform_problem({}, system="linux", plugin=PLUGIN, find_missing=_missing())
    assert problem is not None and "DISPLAY kosong" in problem.message


def test_a_local_display_with_no_x_server_is_named():
    problem = platform_problem({"DISPLAY": ":987"}, system="linux", plugin=PLUGIN, find_missing=_missing())
    assert problem is not None and "':987'" in problem.message


def test_nothing_is_in_the_way_on_windows_offscreen_wayland_or_a_complete_desktop():
    assert platform_problem({}, system="win32") is None
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, system="linux") is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}, system="linux") is None
    assert platform_problem({"DISPLAY": "remote:0"}, system="linux", plugin=PLUGIN, find_missing=_missing()) is None


def test_main_py_without_a_display_exits_within_seconds_with_eventdesks_message(tmp_path):
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    env["EVENTDESK_HOME"] = str(tmp_path / "home")
    for language, words in (("id", "tidak ada layar"), ("en", "no display")):
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--lang", language],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert result.returncode == 3
        assert words in result.stderr and "Reinstalling" not in result.stderr
    assert "cannot start the window" in (tmp_path / "home" / "logs" / "eventdesk.log").read_text(encoding="utf-8")
