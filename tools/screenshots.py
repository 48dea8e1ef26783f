"""Screenshot every screen and dialog of the main window on an event file, for looking at what we built.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py EVENT_FILE OUT_DIR [--lang en]

Pictures are for reviewers' eyes only; they are never committed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from eventdesk.files import user_config
from eventdesk.services.session import open_session
from eventdesk.ui.app import load_fonts
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.settings_dialog import SettingsDialog
from eventdesk.ui.main_window import MainWindow
from eventdesk.ui.translator import apply_language


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="id")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    load_fonts(app)
    apply_language(args.lang)
    config = user_config.load()
    context = AppContext(open_session(args.file, config.actor("Screenshot")), config)
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        app.processEvents()
        key = window.sidebar.item(row).data(0x0100)
        window.grab().save(str(args.out / f"{row + 1:02d}-{key}-{args.lang}.png"))
    dialog = SettingsDialog(context.session, window)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        app.processEvents()
        dialog.grab().save(str(args.out / f"settings-{index}-{args.lang}.png"))
    dialog.close()
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
