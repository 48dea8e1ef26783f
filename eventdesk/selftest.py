"""`--selftest`: does this installation work, end to end, on this laptop?

A demo event made in a temporary folder, `check` on it, every report rendered to PDF, a small
registration list imported, and whatever steps the caller adds (the window adds opening itself
offscreen, printing to a file and the PDF preview). One line per step; the exit status is 0 only
when every step passed. Each step goes through the command line's own code, so a frozen build that
lacks a module, a font or a translation fails here rather than at the registration table.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from eventdesk import __version__, cli
from eventdesk.domain.document_kinds import DOCUMENT_KEYS

log = logging.getLogger(__name__)

Step = tuple[str, Callable[[Path], None]]
SAMPLE_LIST = "Nama;Instansi;Asal Daerah;No HP;Kategori\nUji Mandiri;CV Uji Coba;Kaltim;0857 0000 0001;Penjual\n"


def _command(*args: object) -> Callable[[Path], None]:
    def step(folder: Path) -> None:
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = cli.main([str(arg).format(folder=folder) for arg in args])
        if status != 0:
            raise RuntimeError((stderr.getvalue() or stdout.getvalue()).strip() or f"exit {status}")

    return step


def _report(kind: str) -> Callable[[Path], None]:
    render = _command("report", kind, "{folder}/demo.eventdesk", "-o", f"{{folder}}/{kind}.pdf")

    def step(folder: Path) -> None:
        render(folder)
        if not (folder / f"{kind}.pdf").read_bytes().startswith(b"%PDF"):
            raise RuntimeError(f"{kind}.pdf is not a PDF")

    return step


def _import_sample_list(folder: Path) -> None:
    (folder / "daftar.csv").write_text(SAMPLE_LIST, encoding="utf-8")
    _command("import", "attendees", "{folder}/demo.eventdesk", "{folder}/daftar.csv")(folder)


def core_steps() -> list[Step]:
    """What needs no window: the event file, its check, every report, an import."""
    return [
        ("demo", _command("demo", "{folder}/demo.eventdesk")),
        ("check", _command("check", "{folder}/demo.eventdesk")),
        *[(f"report {kind}", _report(kind)) for kind in DOCUMENT_KEYS],
        ("import", _import_sample_list),
        ("totals", _command("totals", "{folder}/demo.eventdesk", "--json")),
    ]


def run(extra_steps: Sequence[Step] = ()) -> int:
    """Run every step in a fresh temporary folder (its own EVENTDESK_HOME); 0 when all passed."""
    _say(
        f"EventDesk {__version__} selftest ({sys.platform}, Python {sys.version.split()[0]}, "
        f"frozen={getattr(sys, 'frozen', False)})"
    )
    failed = 0
    steps = [*core_steps(), *extra_steps]
    previous_home = os.environ.get("EVENTDESK_HOME")
    with tempfile.TemporaryDirectory(prefix="eventdesk-selftest-") as scratch:
        folder = Path(scratch)
        os.environ["EVENTDESK_HOME"] = str(folder / "home")
        try:
            for name, step in steps:
                started = time.perf_counter()
                try:
                    step(folder)
                except Exception as error:  # a selftest reports every failure and goes on to the next step
                    failed += 1
                    log.exception("selftest step %s failed", name)
                    _say(f"GAGAL  {name}: {str(error).splitlines()[0] if str(error) else type(error).__name__}")
                else:
                    _say(f"ok     {name} ({(time.perf_counter() - started) * 1000:.0f} ms)")
        finally:
            if previous_home is None:
                os.environ.pop("EVENTDESK_HOME", None)
            else:
                os.environ["EVENTDESK_HOME"] = previous_home
    _say(f"selftest: {len(steps) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def _say(line: str) -> None:
    log.info(line)
    if sys.stdout is not None:  # a windowed executable on Windows has no console
        print(line, flush=True)
