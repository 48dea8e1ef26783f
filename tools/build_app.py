"""Build EventDesk as a folder that runs without Python: dist/EventDesk/ with `EventDesk` and `eventdesk-cli`.

    pip install -e ".[build]"
    python tools/build_app.py [--dist DIR] [--work DIR] [--selftest]

The same script and spec (tools/EventDesk.spec) build on Windows (EventDesk.exe), macOS and Linux;
a build is for the system it was made on. `--selftest` runs the built `EventDesk --selftest`
afterwards and fails the build when it fails. Zip dist/EventDesk/ to hand it to a committee.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventdesk import __version__  # noqa: E402 - after the path above, for a checkout that is not installed

SPEC = ROOT / "tools" / "EventDesk.spec"
ICONS = ROOT / "resources" / "icons"


def executable(dist: Path, name: str) -> Path:
    """The path of executable `name` in the built folder, as this system names it."""
    return dist / "EventDesk" / (f"{name}.exe" if sys.platform == "win32" else name)


def _windows_version_file(work: Path) -> Path:
    """The version resource Windows shows in the file's properties and the taskbar."""
    numbers = tuple(int(part) for part in ([*__version__.split("."), "0", "0", "0"])[:4] if part.isdigit())
    numbers = ((*numbers, 0, 0, 0, 0))[:4]
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'EventDesk'),
      StringStruct('FileDescription', 'EventDesk - meja panitia misi dagang dan investasi'),
      StringStruct('FileVersion', '{__version__}'),
      StringStruct('ProductName', 'EventDesk'),
      StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path = work / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def build(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    work.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        os.environ["EVENTDESK_ICON"] = str(ICONS / "eventdesk.ico")
        os.environ["EVENTDESK_VERSION_FILE"] = str(_windows_version_file(work))
    elif sys.platform == "darwin":
        os.environ["EVENTDESK_ICON"] = str(ICONS / "eventdesk.png")  # converted to .icns with Pillow
    started = time.monotonic()
    PyInstaller.__main__.run(
        [str(SPEC), "--noconfirm", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]
    )
    print(f"build_app: {dist / 'EventDesk'} built in {time.monotonic() - started:.0f} s")
    return dist / "EventDesk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the EventDesk folder goes (default: dist/)"
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's working folder (default: build/)"
    )
    parser.add_argument("--selftest", action="store_true", help="run the built EventDesk --selftest afterwards")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve())
    if args.selftest:
        return subprocess.run([str(executable(args.dist.resolve(), "EventDesk")), "--selftest"], timeout=600).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
