"""Starting the window: paths, logging, excepthook, QApplication, language, the event file, MainWindow."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from eventdesk import __version__
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import LANGUAGES, set_language, tr
from eventdesk.domain.resources import APP_ICON, FONTS_DIR
from eventdesk.files import paths, user_config
from eventdesk.services import backups
from eventdesk.services.session import EventSession, create_event
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.first_start_dialog import FirstStartDialog
from eventdesk.ui.errors import install_excepthook
from eventdesk.ui.main_window import MainWindow
from eventdesk.ui.platform_check import platform_problem
from eventdesk.ui.recovery import open_or_recover
from eventdesk.ui.translator import apply_language

log = logging.getLogger("eventdesk")
EXIT_NO_DISPLAY = 3


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
    while True:
        if first_start:
            try:
                return create_event(path, actor), True
            except EventDeskError as error:
                log.warning("cannot create %s: %s", path, error.message)
                QMessageBox.warning(None, tr("Berkas tidak bisa dibuka"), error.message)
        else:
            # Busy: offers read-only. Damaged: offers the newest good backup in a new file.
            session = open_or_recover(None, path, actor, backups.backup_folder(config), config)
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
    session, first_start = open_start_file(path, config, args.operator)
    if session is None:
        return 1
    context = AppContext(session, config)
    window = MainWindow(context)
    window.show()

    def questions_at_start() -> None:
        if not args.operator:
            window.ask_operator()
        if first_start and args.file is None:
            window.offer_first_start(lambda: _first_start_choice(window))

    QTimer.singleShot(0, questions_at_start)
    try:
        return app.exec()
    finally:
        context.close()
        log.info("EventDesk closed")


def _first_start_choice(window: MainWindow) -> int:
    dialog = FirstStartDialog(window)
    dialog.exec()
    return dialog.choice
