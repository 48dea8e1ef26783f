"""Starting the window: paths, logging, excepthook, QApplication, language, the event file, MainWindow.

The window paints first: its frame (the event's name, the sidebar) comes from light modules, while a worker
imports the screens and services, opens the event file (its integrity check: a damaged file is refused before
anything is written; the sums behind the first figures are kept in the file). The screens are attached when that
is done; nothing is written before.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import importlib
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from eventdesk import __version__
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import LANGUAGES, set_language, tr
from eventdesk.domain.models import Actor
from eventdesk.domain.resources import APP_ICON, FONTS_DIR
from eventdesk.files import paths, user_config
from eventdesk.services.glance import event_name
from eventdesk.ui.errors import install_excepthook
from eventdesk.ui.main_window import MainWindow, parts
from eventdesk.ui.platform_check import platform_problem
from eventdesk.ui.tasks import Task
from eventdesk.ui.translator import apply_language

if TYPE_CHECKING:
    from eventdesk.services.session import EventSession
    from eventdesk.ui.context import AppContext

log = logging.getLogger("eventdesk")
EXIT_NO_DISPLAY = 3
REST_IMPORTED_AFTER_MS = 500  # after the first scan a door desk makes as the window opens


def setup_logging() -> Path:
    """A rotating log in the user log folder; returns its path."""
    path = paths.log_dir() / "eventdesk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def load_fonts(app: QApplication) -> None:
    """The shipped Noto Sans, so every laptop shows names the same way the PDFs print them."""
    families: list[str] = []
    for font_file in sorted(FONTS_DIR.glob("NotoSans-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(families[0])
        font.setPointSize(10)
        app.setFont(font)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="EventDesk")
    parser.add_argument(
        "file", nargs="?", type=Path, help="event file (.eventdesk); default: the user's default event file"
    )
    parser.add_argument("--operator", help="operator name (skips the question at start)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES))
    parser.add_argument("--version", action="version", version=f"EventDesk {__version__}")
    parser.add_argument(
        "--selftest", action="store_true", help="check this installation end to end (offscreen) and exit"
    )
    return parser.parse_args(list(argv))


def open_start_file(
    path: Path, config: user_config.UserConfig, operator: str | None
) -> tuple[EventSession | None, bool]:
    """(session, first start). On a file that cannot be opened, explain and offer another."""
    actor = config.actor(operator)
    first_start = not path.exists()
    window_parts = parts()
    while True:
        if first_start:
            try:
                return window_parts.create_event(path, actor), True
            except EventDeskError as error:
                log.warning("cannot create %s: %s", path, error.message)
                QMessageBox.warning(None, tr("Berkas tidak bisa dibuka"), error.message)
        else:
            # Busy: offers read-only. Damaged: offers the newest good backup in a new file.
            session = window_parts.open_or_recover(None, path, actor, backup_folder(config), config)
            if session is not None:
                return session, False
        chosen, _ = QFileDialog.getOpenFileName(
            None, tr("Buka acara"), str(paths.data_dir()), "EventDesk (*.eventdesk)"
        )
        if not chosen:
            return None, False
        path, first_start = Path(chosen), False


def start_application() -> QApplication:
    """The QApplication with EventDesk's name, version, icon and fonts (the taskbar shows EventDesk, not python)."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("EventDesk")
    app.setOrganizationName("EventDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("eventdesk")
    if APP_ICON.exists():
        app.setWindowIcon(QIcon(str(APP_ICON)))
    load_fonts(app)
    return app


def run_selftest() -> int:
    """`--selftest`: every step of eventdesk/selftest.py plus the window's, offscreen, whatever the display."""
    from eventdesk import selftest

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    start_application()
    from eventdesk.ui.selftest_steps import window_steps

    return selftest.run(window_steps())


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    try:
        config = user_config.load()
        log_path = setup_logging()
    except (EventDeskError, OSError) as error:
        # Before any window: the folders for settings and logs cannot be made (EVENTDESK_HOME on a file, …).
        print(f"EventDesk: {error}", file=sys.stderr)
        return 1
    log.info("EventDesk %s starting", __version__)
    if args.lang:
        config.language = args.lang
    set_language(config.language)
    if args.selftest:
        return run_selftest()
    problem = None if QApplication.instance() else platform_problem()
    if problem is not None:
        log.error("cannot start the window: %s", problem.message)
        print(f"EventDesk: {problem.message}", file=sys.stderr)
        return EXIT_NO_DISPLAY
    app = start_application()
    apply_language(config.language)
    install_excepthook(str(log_path))

    if args.operator:
        config.operator = " ".join(args.operator.split())
        user_config.save(config)
    path = args.file if args.file is not None else paths.default_event_file()
    window = MainWindow(opening=event_name(path) or path.stem)
    window.show()
    start = Start(window, path, config, args)
    QTimer.singleShot(0, start.begin)
    try:
        return app.exec()
    finally:
        start.close()
        log.info("EventDesk closed")


def backup_folder(config: user_config.UserConfig) -> Path:
    from eventdesk.services import backups

    return backups.backup_folder(config)


def open_behind_frame(path: Path, actor: Actor) -> EventSession:
    """On a worker while the window's frame is in sight: the event file (refused when it is damaged, busy or
    newer; nothing written; an older one brought up to date). The session is the UI thread's once returned."""
    from eventdesk.services.session import open_session

    session = open_session(path, actor)
    # The first figures the window shows (the dashboard's, Check-in's counters) are read here, beside the
    # screens' modules loading on the other worker: the screens find them ready (services/latest_read.py).
    session.attendees.attendance()
    return session


def import_window_parts() -> None:
    """On a second worker, beside the opening (SQLite lets go of the interpreter while it reads): the controllers
    the window is attached with, the screens a desk sees first (with the services they use), and Babel's tables
    for amounts and dates, which the first figures on screen would otherwise load on the window's thread (20 ms).
    The other screens and the dialogs follow once the window is at work (`Start.attach`)."""
    window_parts = importlib.import_module("eventdesk.ui.window_parts")
    window_parts.import_first_screens()
    from eventdesk.domain.clock import format_long_date
    from eventdesk.domain.money import format_compact, format_full

    format_full(0)
    format_compact(0)
    format_long_date(datetime.date(2025, 5, 8), weekday=True)


class Start:
    """From the painted frame to the window at work: open on a worker, then attach the screens; a file that
    cannot be opened that way (missing, busy, damaged) goes through the questions of open_start_file."""

    def __init__(self, window: MainWindow, path: Path, config: user_config.UserConfig, args: argparse.Namespace):
        self.window = window
        self.path = path
        self.config = config
        self.args = args
        self.context: AppContext | None = None
        self.tasks: list[Task] = []  # kept until exit: their signals may still be on their way
        self.waiting: set[str] = set()
        self.opened: EventSession | None = None  # by the worker, until attached

    def begin(self) -> None:
        if not self.path.is_file():
            self.ask()
            return
        opening = Task(self._open, self.path, self.config.actor(self.args.operator), with_progress=False)
        opening.signals.failed.connect(self._handle_failed)
        importing = Task(import_window_parts, with_progress=False)
        importing.signals.failed.connect(self._handle_failed)
        self.tasks = [opening, importing]
        self.waiting = {"opening", "importing"}
        for name, task in zip(("opening", "importing"), self.tasks, strict=True):
            task.signals.done.connect(lambda _result, name=name: self._handle_done(name))
            QThreadPool.globalInstance().start(task)

    def _handle_done(self, name: str) -> None:
        if name not in self.waiting:
            return  # closed meanwhile, or a failure already asked
        self.waiting.discard(name)
        if not self.waiting and self.opened is not None:
            self.attach(self.opened, first_start=False)

    def _open(self, path: Path, actor: Actor) -> EventSession:
        self.opened = open_behind_frame(path, actor)
        return self.opened

    def _handle_failed(self, error: BaseException) -> None:
        if not isinstance(error, EventDeskError):
            raise error  # a defect: the excepthook shows and logs it
        if not self.waiting:
            return  # the other worker failed first and the questions were asked
        self.waiting = set()
        QThreadPool.globalInstance().waitForDone()  # the modules, which the questions' dialogs need
        self.ask()

    def ask(self) -> None:
        """Open (or create) the file on the UI thread, with the questions a missing, busy or damaged file needs."""
        session, first_start = open_start_file(self.path, self.config, self.args.operator)
        if session is None:
            QApplication.exit(1)
            return
        self.attach(session, first_start)

    def attach(self, session: EventSession, first_start: bool) -> None:
        from eventdesk.ui.context import AppContext

        self.context = AppContext(session, self.config)
        self.opened = None
        self.window.attach(self.context)
        # The other screens' and the dialogs' modules, on a worker a moment after the window is at work (not
        # beside the first scan): going to any screen later imports nothing on the window's thread.
        QTimer.singleShot(REST_IMPORTED_AFTER_MS, self.window, self._import_the_rest)
        # What start made lives as long as the window: the collector's full passes (which stop every thread,
        # the window's too, while a worker builds a large list) no longer walk it.
        gc.freeze()
        if not self.args.operator:
            self.window.ask_operator()
        if first_start and self.args.file is None:
            self.window.offer_first_start(lambda: _first_start_choice(self.window))

    def _import_the_rest(self) -> None:
        from eventdesk.ui import window_parts

        if not self._at_work():
            return
        task = Task(window_parts.import_the_rest, with_progress=False)
        task.signals.done.connect(lambda _result: self.window.build_the_rest() if self._at_work() else None)
        self.tasks.append(task)
        QThreadPool.globalInstance().start(task)

    def _at_work(self) -> bool:
        """The window is attached to an open event and not closed since."""
        return self.context is not None and self.context.has_session

    def close(self) -> None:
        """At exit: close the session, or wait for the worker still opening it and close what it opened."""
        if self.context is not None:
            self.context.close()
            return
        self.waiting = set()  # what the workers still send is too late
        QThreadPool.globalInstance().waitForDone()
        if self.opened is not None:
            self.opened.close()


def _first_start_choice(window: MainWindow) -> int:
    dialog = parts().FirstStartDialog(window)
    dialog.exec()
    return dialog.choice
