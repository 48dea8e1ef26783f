"""Opening an event file when it is busy or damaged: offer read-only, or the newest good backup in a new file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from eventdesk.domain.clock import in_zone, written_moment
from eventdesk.domain.errors import DamagedEventFile, EventDeskError, EventFileBusy, EventFileError, ReadOnlyEventFile
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Actor
from eventdesk.domain.money import format_full
from eventdesk.files.user_config import UserConfig
from eventdesk.services import backups
from eventdesk.services.backups import BackupInfo
from eventdesk.services.session import EventSession, open_session
from eventdesk.ui.errors import show_error

log = logging.getLogger(__name__)


def open_or_recover(
    parent: QWidget | None, path: Path, actor: Actor, backup_folder: Path, config: UserConfig
) -> EventSession | None:
    """Open `path`; when another program holds it, offer read-only; when damaged, offer its newest good backup.

    Returns the session, or None after telling the user why nothing was opened.
    """
    try:
        return open_session(path, actor)
    except (EventFileBusy, ReadOnlyEventFile) as error:
        return _offer_read_only(parent, path, actor, error)
    except DamagedEventFile as error:
        log.warning("damaged event file %s: %s", path, error.message)
        return offer_newest_backup(parent, path, actor, backup_folder, error.message, config)
    except EventDeskError as error:
        show_error(parent, error, tr("Berkas tidak bisa dibuka"))
        return None


def _offer_read_only(parent: QWidget | None, path: Path, actor: Actor, error: EventFileError) -> EventSession | None:
    answer = QMessageBox.question(
        parent,
        tr("Berkas sedang dipakai") if isinstance(error, EventFileBusy) else tr("Berkas hanya-baca"),
        tr("{message}\n\nBuka hanya-baca sekarang? Anda bisa melihat dan mencetak, tetapi tidak mengubah data.").format(
            message=error.message
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        return open_session(path, actor, read_only=True)
    except EventDeskError as again:
        show_error(parent, again, tr("Berkas tidak bisa dibuka"))
        return None


def describe_backup(info: BackupInfo, timezone: str = "Asia/Makassar") -> str:
    """One line for a message: time and headline figures."""
    figures = info.figures
    when = written_moment(in_zone(info.file.made_at, timezone))
    if figures is None:
        return when
    return tr("{time} — {total}, {checked_in}/{registered} peserta hadir, {signed} perjanjian ditandatangani").format(
        time=when,
        total=format_full(figures.transactions.total_idr),
        checked_in=figures.attendees_checked_in,
        registered=figures.attendees_registered,
        signed=figures.agreements_signed,
    )


def offer_newest_backup(
    parent: QWidget | None, path: Path, actor: Actor, backup_folder: Path, problem: str, config: UserConfig
) -> EventSession | None:
    """A damaged file is never written to: offer to restore its newest good backup into a new file beside it."""
    newest = backups.newest_good_backup(path, backup_folder)
    if newest is None:
        QMessageBox.warning(
            parent,
            tr("Berkas rusak"),
            tr("{problem}\n\nTidak ada cadangan baik untuk berkas ini di {folder}. Berkas tidak diubah.").format(
                problem=problem, folder=backup_folder
            ),
        )
        return None
    target = backups.restore_target(path)
    answer = QMessageBox.question(
        parent,
        tr("Berkas rusak"),
        tr(
            "{problem}\n\nCadangan baik terbaru: {backup}\n\nPulihkan cadangan itu ke berkas baru {target} dan buka? "
            "Berkas yang rusak dibiarkan apa adanya."
        ).format(problem=problem, backup=describe_backup(newest), target=target),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restored = backups.restore_as_new_desk(newest.file.path, target, config)
        return open_session(restored, config.actor(actor.operator))
    except EventDeskError as error:
        show_error(parent, error, tr("Pemulihan gagal"))
        return None
