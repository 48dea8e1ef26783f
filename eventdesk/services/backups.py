"""Rolling backups of event files: make, keep the last 20 plus one per hour, list, restore into a new file.

A backup is named after the file it copies (`acara-3f2a91c0_20250508-031500-123.eventdesk`):
the stem, a short fingerprint of the file's full path (two files called
`acara.eventdesk` in different folders keep separate series) and the UTC time.
Restoring never writes over anything: it makes a new event file.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from eventdesk.domain.clock import utc_now
from eventdesk.domain.errors import EventFileError
from eventdesk.domain.figures import EventFigures
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Actor
from eventdesk.files import paths, user_config
from eventdesk.files.user_config import UserConfig
from eventdesk.services.figures import FiguresService
from eventdesk.services.settings import SettingsService
from eventdesk.store.backup import copy_event_file
from eventdesk.store.db import EVENT_FILE_SUFFIX, EventFile, open_for_check

KEEP_LAST = 20
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<series>.+)_(?P<stamp>\d{8}-\d{6})-(?P<ms>\d{3})" + re.escape(EVENT_FILE_SUFFIX) + "$")
_READER = Actor(desk_id="backup", desk_label="backup", operator="backup")


@dataclass(frozen=True)
class BackupFile:
    """A backup found in a folder, known by its name alone (cheap to list)."""

    path: Path
    series: str
    made_at: datetime


@dataclass(frozen=True)
class BackupInfo:
    """A backup opened read-only: its headline figures, or why it cannot be used."""

    file: BackupFile
    event_id: str = ""
    event_name: str = ""
    figures: EventFigures | None = None
    problem: str = ""

    @property
    def good(self) -> bool:
        return not self.problem


def backup_folder(config: UserConfig | None = None) -> Path:
    """The folder backups go to: the one chosen in the settings (e.g. a USB drive), else the user data folder."""
    if config is not None and config.backup_folder:
        return Path(config.backup_folder).expanduser()
    return paths.backup_dir()


def series_of(source: str | os.PathLike[str]) -> str:
    """The name every backup of `source` starts with."""
    source = Path(source)
    import hashlib  # (4 ms: loaded by the first backup, on its worker, not on the way to the window's first scan)

    fingerprint = hashlib.sha256(str(source.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{source.stem}-{fingerprint}"


def backup_name(source: str | os.PathLike[str], at: datetime) -> str:
    at = at.astimezone(UTC)
    return f"{series_of(source)}_{at.strftime(_STAMP)}-{at.microsecond // 1000:03d}{EVENT_FILE_SUFFIX}"


def make_backup(
    source: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None, *, at: datetime | None = None
) -> Path:
    """Copy the event file `source` into `folder` (default: the user's backup folder), then prune old backups."""
    source = Path(source)
    folder = Path(folder) if folder is not None else backup_folder()
    if not source.is_file():
        raise EventFileError(tr("Berkas acara '{path}' tidak ditemukan.").format(path=source))
    if folder.exists() and not folder.is_dir():
        raise EventFileError(tr("'{path}' bukan folder.").format(path=folder))
    at = at or utc_now()
    target = folder / backup_name(source, at)
    while target.exists():  # two backups in one millisecond (tests, a double click)
        at += timedelta(milliseconds=1)
        target = folder / backup_name(source, at)
    copy_event_file(source, target)
    prune(folder, series_of(source))
    return target


def list_backups(folder: str | os.PathLike[str] | None = None, series: str | None = None) -> list[BackupFile]:
    """Backups in `folder` (of one series, if given), newest first."""
    folder = Path(folder) if folder is not None else backup_folder()
    found = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if not match or (series is not None and match["series"] != series):
                continue
            made_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append(BackupFile(path, match["series"], made_at + timedelta(milliseconds=int(match["ms"]))))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def backups_of(source: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None) -> list[BackupFile]:
    return list_backups(folder, series_of(source))


def to_prune(backups: list[BackupFile], keep_last: int = KEEP_LAST) -> list[BackupFile]:
    """Of one series (newest first): all but the newest `keep_last` and the newest of every older hour."""
    kept_hours: set[tuple[int, int, int, int]] = set()
    doomed = []
    for index, backup in enumerate(sorted(backups, key=lambda b: b.made_at, reverse=True)):
        hour = (backup.made_at.year, backup.made_at.month, backup.made_at.day, backup.made_at.hour)
        if index < keep_last:
            kept_hours.add(hour)
        elif hour in kept_hours:
            doomed.append(backup)
        else:
            kept_hours.add(hour)
    return doomed


def prune(folder: str | os.PathLike[str], series: str, keep_last: int = KEEP_LAST) -> list[Path]:
    """Delete the backups of `series` the rotation no longer keeps; returns what went."""
    removed = []
    for backup in to_prune(list_backups(folder, series), keep_last):
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def describe(backup: BackupFile) -> BackupInfo:
    """Open a backup read-only and read its headline figures (or say why it is no good)."""
    try:
        event_file = open_for_check(backup.path, _READER)
    except EventFileError as error:
        return BackupInfo(backup, problem=error.message)
    try:
        settings = SettingsService(event_file).get()
        return BackupInfo(backup, settings.id, settings.name, FiguresService(event_file).event_figures())
    except Exception as error:
        return BackupInfo(backup, problem=tr("Cadangan tidak terbaca: {reason}").format(reason=error))
    finally:
        event_file.close()


def newest_good_backup(
    source: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None
) -> BackupInfo | None:
    """The newest backup of `source` that opens and passes SQLite's check, for a file found damaged."""
    for backup in backups_of(source, folder):
        info = describe(backup)
        if info.good:
            return info
    return None


def restore_target(source: str | os.PathLike[str], at: datetime | None = None) -> Path:
    """A new file name beside `source` for its restored copy: `acara-pulih-20250508-1130.eventdesk`."""
    source = Path(source)
    stamp = (at or datetime.now()).strftime("%Y%m%d-%H%M")
    target = source.with_name(f"{source.stem}-{tr('pulih')}-{stamp}{EVENT_FILE_SUFFIX}")
    number = 2
    while target.exists():
        target = source.with_name(f"{source.stem}-{tr('pulih')}-{stamp}-{number}{EVENT_FILE_SUFFIX}")
        number += 1
    return target


def restore_backup(backup: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Copy a backup into the NEW event file `target`; an existing file is never overwritten."""
    target = Path(target)
    if target.suffix != EVENT_FILE_SUFFIX:
        target = target.with_name(target.name + EVENT_FILE_SUFFIX)
    if target.exists():
        raise EventFileError(tr("Berkas '{path}' sudah ada; pemulihan selalu membuat berkas baru.").format(path=target))
    copy_event_file(Path(backup), target)
    return target


def restore_as_new_desk(backup: str | os.PathLike[str], target: str | os.PathLike[str], config: UserConfig) -> Path:
    """Restore a backup into the new file `target` and give this laptop a new desk identity.

    A backup lacks this desk's newest writes, which other desks may already have
    merged. Writing on from the backup under the same identity would give the desk
    two different histories, and the other desks would refuse its file from then on;
    under a new identity the restored file is simply one more desk, and the lost
    writes come back from the other desks at the next merge.
    """
    restored = restore_backup(backup, target)
    config.renew_desk_identity()
    user_config.save(config)
    return restored


class AutoBackup:
    """When the open event is due for a backup: on open, then every few minutes while it changes, and on close.

    Knows nothing of timers or threads: the window asks `due()` on its timer and
    runs `make_backup` on a worker; `made()` is told when that worked.
    """

    def __init__(self, source: str | os.PathLike[str], folder: Path, minutes: int = 5) -> None:
        self.source = Path(source)
        self.folder = folder
        self.interval = timedelta(minutes=minutes)
        self.changed = True  # a file just opened is backed up once
        self.last_made_at: datetime | None = None
        self.last_error = ""

    def note_change(self, tables: frozenset[str] = frozenset()) -> None:
        self.changed = True

    def due(self, now: datetime | None = None) -> bool:
        if not self.changed:
            return False
        if self.last_made_at is None:
            return True
        return (now or utc_now()) - self.last_made_at >= self.interval

    def started(self) -> None:
        """A backup is being made from the file as it is now; changes after this need the next one."""
        self.changed = False

    def made(self, at: datetime | None = None) -> None:
        self.last_made_at = at or utc_now()
        self.last_error = ""

    def failed(self, message: str) -> None:
        self.changed = True
        self.last_error = message

    def backup_now(self) -> Path:
        """Make a backup at once on this thread (on close, after the window's connection is gone)."""
        path = make_backup(self.source, self.folder)
        self.made()
        return path


def event_id_of(event_file: EventFile) -> str:
    return SettingsService(event_file).get().id
