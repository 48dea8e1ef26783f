"""Per-user folders: config (desk identity), data (default event file), logs and backups.

`EVENTDESK_HOME` moves all of them under one folder, so tests and scripts can
act as separate desks on one machine without touching the real user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

from eventdesk.domain.errors import SettingsUnavailable
from eventdesk.domain.i18n import tr

APP_NAME = "EventDesk"
DEFAULT_EVENT_FILE_NAME = "acara.eventdesk"


def _home() -> Path | None:
    value = os.environ.get("EVENTDESK_HOME")
    return Path(value).expanduser() if value else None


def _folder(kind: str) -> Path:
    home = _home()
    if home is not None:
        return _made(home / kind)
    import platformdirs  # the desk's own folders (EVENTDESK_HOME set: not loaded)

    if kind == "config":
        folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    elif kind == "data":
        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    elif kind == "logs":
        folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    else:
        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / kind
    return _made(folder)


def _made(folder: Path) -> Path:
    """`folder`, made with its parents if it is not there yet."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SettingsUnavailable(
            tr("Folder '{folder}' tidak bisa dibuat: {reason}").format(folder=folder, reason=error.strerror or error)
        ) from None
    return folder


def config_dir() -> Path:
    return _folder("config")


def data_dir() -> Path:
    return _folder("data")


def log_dir() -> Path:
    return _folder("logs")


def backup_dir() -> Path:
    return _folder("backups")


def sounds_dir() -> Path:
    """The check-in's sound files, made on first use."""
    return _folder("sounds")


def reports_dir() -> Path:
    """Where PDFs made in the window are kept (they stay after the preview closes)."""
    return _folder("reports")


def default_event_file() -> Path:
    return data_dir() / DEFAULT_EVENT_FILE_NAME
