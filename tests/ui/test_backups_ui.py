"""Backups in the window: on open, on a timer while the event changes, on close; restore; damaged and busy files."""

import sqlite3
from datetime import timedelta

from PySide6.QtWidgets import QFileDialog, QMessageBox

from eventdesk.services import backups
from eventdesk.ui.dialogs.restore_dialog import RestoreDialog
from tests.outside import booked_total, sha256
from tests.ui.changes import settle


def _book(session, value="1 M"):
    buyer, seller = [o.id for o in session.organisations.list()[:2]]
    return session.transactions.book(buyer_id=buyer, seller_id=seller, value=value, kind="trade")


def _backups(ui_context):
    return backups.backups_of(ui_context.session.path, backups.backup_folder(ui_context.config))


def test_the_window_backs_up_the_event_on_open_and_shows_when(window, ui_context, qtbot):
    qtbot.waitUntil(lambda: len(_backups(ui_context)) == 1)
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Dicadangkan"))
    assert booked_total(_backups(ui_context)[0].path) == 666_000_000_000


def test_a_change_is_backed_up_when_the_interval_has_passed_and_not_before(window, ui_context, qtbot):
    qtbot.waitUntil(lambda: len(_backups(ui_context)) == 1)
    qtbot.waitUntil(lambda: window.backups._running is None)
    window.backups.run_if_due()
    settle()
    assert len(_backups(ui_context)) == 1  # nothing changed since the backup on open

    _book(ui_context.session, "4 M")
    window.backups.run_if_due()
    settle()
    assert window.backups._running is None  # changed, but the five minutes have not passed
    window.backups.auto.last_made_at -= timedelta(minutes=5)
    window.backups.run_if_due()
    qtbot.waitUntil(lambda: len(_backups(ui_context)) == 2)
    settle()
    assert booked_total(_backups(ui_context)[0].path) == 670_000_000_000


def test_closing_the_event_backs_up_its_last_changes(window, ui_context, qtbot, demo_path):
    qtbot.waitUntil(lambda: len(_backups(ui_context)) == 1)
    qtbot.waitUntil(lambda: window.backups._running is None)
    _book(ui_context.session, "2 M")
    folder = backups.backup_folder(ui_context.config)
    ui_context.close()
    newest = backups.backups_of(demo_path, folder)[0]
    settle()
    assert booked_total(newest.path) == 668_000_000_000


def test_restore_dialog_lists_backups_with_figures_and_restores_into_a_new_file(
    window, ui_context, qtbot, tmp_path, monkeypatch
):
    qtbot.waitUntil(lambda: len(_backups(ui_context)) == 1)
    qtbot.waitUntil(lambda: window.backups._running is None)
    _book(ui_context.session, "9 M")
    open_file = ui_context.session.path
    fingerprint_total = booked_total(open_file)
    target = tmp_path / "dipulihkan.eventdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    dialog = RestoreDialog(ui_context, window.backups.folder, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    model = dialog.table.model()
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "Rp666.000.000.000" in texts and "baik" in texts
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    assert dialog.restored_path == target
    assert booked_total(target) == 666_000_000_000
    assert booked_total(open_file) == fingerprint_total == 675_000_000_000  # the open file untouched


def test_restore_refuses_the_open_file_as_target(window, ui_context, qtbot, monkeypatch):
    qtbot.waitUntil(lambda: len(_backups(ui_context)) == 1)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ui_context.session.path), ""))
    dialog = RestoreDialog(ui_context, window.backups.folder, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.restore_button.click()
    assert dialog.restored_path is None and shown


def test_a_damaged_file_is_left_alone_and_its_newest_good_backup_opened_in_a_new_file(
    window, ui_context, qtbot, tmp_path, monkeypatch, config
):
    victim = tmp_path / "rusak.eventdesk"
    victim.write_bytes(ui_context.session.path.read_bytes())
    backups.make_backup(victim, window.backups.folder)
    with open(victim, "r+b") as handle:
        handle.seek(4096 * 6)
        handle.write(b"\xff" * 4096)
    fingerprint = sha256(victim)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )

    assert window.open_file(victim) is True

    assert "rusak" in asked[0] and "Rp666.000.000.000" in asked[0]
    assert sha256(victim) == fingerprint
    assert ui_context.session.path != victim and ui_context.session.path.name.startswith("rusak-pulih-")
    assert ui_context.session.figures.event_figures().transactions.total_idr == 666_000_000_000


def test_a_damaged_file_without_backup_is_refused_plainly(window, ui_context, tmp_path, monkeypatch):
    victim = tmp_path / "rusak.eventdesk"
    victim.write_bytes(ui_context.session.path.read_bytes()[:50_000])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    before = ui_context.session
    assert window.open_file(victim) is False
    assert ui_context.session is before and "Tidak ada cadangan baik" in shown[0]


def test_a_busy_file_is_offered_read_only(window, ui_context, tmp_path, monkeypatch, demo_master):
    from eventdesk.store import db

    other = tmp_path / "sibuk.eventdesk"
    other.write_bytes(demo_master.read_bytes())
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    holder = sqlite3.connect(other, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert window.open_file(other) is True
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "sedang dipakai" in asked[0] and "hanya-baca" in asked[0]
    assert ui_context.session.read_only and "hanya-baca" in window.file_label.text()


def test_the_backup_folder_can_be_moved_to_a_usb_drive(window, ui_context, qtbot, tmp_path, monkeypatch):
    usb = tmp_path / "FLASHDISK"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.waitUntil(lambda: window.backups._running is None and window.backups.auto.last_made_at is not None)
    window.backup_folder_action.trigger()
    qtbot.waitUntil(lambda: len(backups.backups_of(ui_context.session.path, usb)) == 1)
    from eventdesk.files import user_config

    assert user_config.load().backup_folder == str(usb)
    assert str(usb) in window.backup_label.toolTip()
