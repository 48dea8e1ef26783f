"""`check`: is an event file sound? Opens it read-only and reports every problem in words.

Besides what the file can prove about itself (SQLite's checks, the schema, the
audit chains, every row equal to its latest audit entry), the file's audit
chains are compared with its backups: a chain rewritten from some row onward
with every hash recomputed is whole again inside the file, but it no longer
matches a backup made before the rewrite.
"""

from __future__ import annotations

import os
from pathlib import Path

from eventdesk.domain.clock import in_zone
from eventdesk.domain.errors import DamagedEventFile, EventFileError
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Actor
from eventdesk.services import backups
from eventdesk.store import audit, integrity
from eventdesk.store.db import EventFile, open_for_check

_CHECKER = Actor(desk_id="check", desk_label="check", operator="check")
MAX_WITNESSES = 60


def check_event_file(path: str | os.PathLike[str], backup_folder: str | os.PathLike[str] | None = None) -> list[str]:
    """One line per problem; empty when the file is sound. Never writes to the file."""
    path = Path(path)
    if not path.exists():
        return [tr("Berkas acara '{path}' tidak ditemukan.").format(path=path)]
    try:
        event_file = open_for_check(path, _CHECKER)
    except DamagedEventFile as error:
        return [error.message, *_backup_hint(path, backup_folder)]
    except EventFileError as error:
        return [error.message]
    try:
        damage = integrity.damage_problems(event_file)
        if damage:
            return damage + _backup_hint(path, backup_folder)
        return integrity.consistency_problems(event_file) + witness_problems(event_file, path, backup_folder)
    finally:
        event_file.close()


def witness_problems(event_file: EventFile, path: Path, backup_folder: str | os.PathLike[str] | None) -> list[str]:
    """Contradictions between the file's audit chains and those of its own backups (same event)."""
    event_id = backups.event_id_of(event_file)
    problems: list[str] = []
    reported: set[str] = set()  # one line per desk, from the newest backup that contradicts it
    for backup in backups.backups_of(path, backup_folder)[:MAX_WITNESSES]:
        if backup.path.resolve() == path.resolve():
            continue
        try:
            witness = open_for_check(backup.path, _CHECKER)
        except EventFileError:
            continue  # a damaged backup witnesses nothing
        try:
            if backups.event_id_of(witness) != event_id:
                continue
            chains = audit.chain_hashes(witness)
        finally:
            witness.close()
        for desk_id, problem in integrity.witness_problems(event_file, chains, backup.path.name):
            if desk_id not in reported:
                reported.add(desk_id)
                problems.append(problem)
    return problems


def _backup_hint(path: Path, backup_folder: str | os.PathLike[str] | None) -> list[str]:
    newest = backups.newest_good_backup(path, backup_folder)
    if newest is None:
        folder = backups.backup_folder() if backup_folder is None else backup_folder
        return [tr("Tidak ada cadangan baik untuk berkas ini di {folder}.").format(folder=folder)]
    return [
        tr(
            "Cadangan baik terbaru: {path} ({time} UTC); pulihkan ke berkas baru lewat Berkas → Pulihkan dari cadangan."
        ).format(path=newest.file.path, time=in_zone(newest.file.made_at, "UTC").strftime("%Y-%m-%d %H:%M:%S"))
    ]
