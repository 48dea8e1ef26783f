"""The per-user settings file: this laptop's desk identity, the last operator, language, recent files, sync folders."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventdesk.domain import badge_papers, codes
from eventdesk.domain.errors import SettingsUnavailable
from eventdesk.domain.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr
from eventdesk.domain.models import Actor
from eventdesk.domain.text import recordable
from eventdesk.files import paths
from eventdesk.files.atomic_files import write_text_atomically

CONFIG_FILE_NAME = "eventdesk.json"
MAX_RECENT_FILES = 8


@dataclass
class UserConfig:
    """This laptop's own settings, outside any event file: the desk's identity, the operator and language,
    recent files, sync folders and the badge printer."""

    desk_id: str
    desk_label: str = "Meja 1"
    operator: str = ""
    language: str = DEFAULT_LANGUAGE
    recent_files: list[str] = field(default_factory=list)
    # Event (its id) → sync folder on this laptop. Per user, not an event setting: the same stick
    # is E:\ on one laptop and /media/panitia/STICK on another, and a desk that does not sync
    # must not be made to by a merge. By event, not by file: a copy restored from a backup
    # (a new file) syncs at once, and its first round brings back what other desks hold of it.
    sync_folders: dict[str, str] = field(default_factory=dict)
    backup_folder: str = ""  # empty: the backups folder in the user data folder; may be a USB drive
    backup_minutes: int = 5  # how often an open event is backed up while it changes
    # This desk's badge printer (a printer name; empty: badges open in the preview) and its paper
    # (a key of domain.badge_papers.PAPERS); with a printer set, one person's badge prints at once.
    badge_printer: str = ""
    badge_paper: str = badge_papers.LAYOUT_A6
    badge_on_check_in: bool = False  # a badge desk: every first check-in prints the person's badge
    sounds: bool = True  # the check-in's welcome / already / unknown sounds

    def actor(self, operator: str | None = None) -> Actor:
        name = recordable(operator or "") or recordable(self.operator) or recordable(_login_name()) or "operator"
        return Actor(desk_id=self.desk_id, desk_label=recordable(self.desk_label) or "Meja", operator=name)

    def renew_desk_identity(self) -> None:
        """A new desk id for this laptop (the label stays): for writing on from a restored backup."""
        self.desk_id = _new_desk_id()

    def sync_folder(self, event_id: str | None) -> Path | None:
        """The folder this laptop syncs the event `event_id` through, if any."""
        folder = self.sync_folders.get(event_id or "")
        return Path(folder) if folder else None

    def set_sync_folder(self, event_id: str, folder: Path | None) -> None:
        if folder is None:
            self.sync_folders.pop(event_id, None)
        else:
            self.sync_folders[event_id] = str(folder)

    def remember_file(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text, *[f for f in self.recent_files if f != text][: MAX_RECENT_FILES - 1]]


def _new_desk_id() -> str:
    import uuid  # (with the platform module it loads: 2 ms of every command's start, for a first start only)

    return str(uuid.uuid4())


def config_path() -> Path:
    return paths.config_dir() / CONFIG_FILE_NAME


def load() -> UserConfig:
    """The saved settings; on first start a new desk identity, saved at once."""
    path = config_path()
    data: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("desk_id"), str) or not data["desk_id"]:
        desk_id = _new_desk_id()
        # Every new laptop gets its own label (its badge-code tag), so desks are told apart when
        # their data is merged, before anyone names them; the operator dialog renames it.
        config = UserConfig(desk_id=desk_id, desk_label=codes.default_desk_label(desk_id))
        save(config)
        return config
    known = {name: data[name] for name in UserConfig.__dataclass_fields__ if name in data}
    config = UserConfig(**known)
    if config.language not in LANGUAGES:
        config.language = DEFAULT_LANGUAGE
    if not isinstance(config.recent_files, list):
        config.recent_files = []
    if not isinstance(config.sync_folders, dict):
        config.sync_folders = {}
    if not isinstance(config.backup_folder, str):
        config.backup_folder = ""
    if (
        not isinstance(config.backup_minutes, int)
        or isinstance(config.backup_minutes, bool)
        or not 1 <= config.backup_minutes <= 240
    ):
        config.backup_minutes = 5
    if not isinstance(config.badge_printer, str):
        config.badge_printer = ""
    if config.badge_paper not in badge_papers.PAPERS:
        config.badge_paper = badge_papers.LAYOUT_A6
    for flag, default in (("badge_on_check_in", False), ("sounds", True)):
        if not isinstance(getattr(config, flag), bool):
            setattr(config, flag, default)
    return config


def save(config: UserConfig) -> None:
    """Write the settings atomically: a temporary file, flushed, then renamed over the old one."""
    path = config_path()
    try:
        write_text_atomically(path, json.dumps(asdict(config), ensure_ascii=False, indent=2))
    except OSError as error:
        raise SettingsUnavailable(
            tr("Pengaturan tidak bisa disimpan di '{folder}': {reason}").format(
                folder=path.parent, reason=error.strerror or error
            )
        ) from None


def _login_name() -> str:
    with contextlib.suppress(Exception):
        return os.getlogin()
    return os.environ.get("USER") or os.environ.get("USERNAME") or "operator"
