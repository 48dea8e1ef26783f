"""Several desks in the window: File → Merge from another desk, the Conflicts view, the sync folder, the status bar."""

import json
import shutil
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from eventdesk.domain.clock import short_time
from eventdesk.services.integrity import check_event_file
from eventdesk.services.sync import sync_once
from eventdesk.store import organisations
from eventdesk.ui.dialogs.sync_folder_dialog import SyncFolderDialog
from tests.desks import contents, desk, open_desk

DESK_B = desk("B", "Budi")


@pytest.fixture
def other_desk(demo_master, tmp_path):
    """Desk B's copy of the demo, where Budi booked Rp2,5 miliar and registered a walk-in."""
    path = tmp_path / "meja-b.eventdesk"
    shutil.copyfile(demo_master, path)
    session = open_desk(path, DESK_B)
    try:
        organisation_list = session.organisations.list()
        session.transactions.book(
            buyer_id=organisation_list[0].id, seller_id=organisation_list[1].id, value="2,5 M", kind="trade"
        )
        session.attendees.register("Joko Walk-in", "buyer")
    finally:
        session.close()
    return path


def _wait_for_summary(qtbot, dialog):
    qtbot.waitUntil(lambda: bool(dialog.attempts), timeout=20000)


def test_merge_shows_what_it_would_bring_writes_nothing_until_asked_then_brings_it(
    window, ui_context, other_desk, demo_path, qtbot
):
    held = contents(demo_path)
    dialog = window.merge_files([other_desk])
    _wait_for_summary(qtbot, dialog)

    summary = dialog.summary.text()
    assert "meja-b.eventdesk" in summary and "Meja B" in summary
    assert "Transaksi baru</td><td align='right'>1" in summary and "Peserta baru</td><td align='right'>1" in summary
    assert "Rp666.000.000.000" in summary and "Rp668.500.000.000" in summary
    assert dialog.merge_button.isEnabled()
    assert contents(demo_path) == held
    assert window.screens["dashboard"].total_full.text() == "Rp666.000.000.000"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.merged, timeout=20000)

    assert "Sudah digabungkan" in dialog.intro.text()
    assert not dialog.merge_button.isVisible()
    assert window.screens["dashboard"].total_full.text() == "Rp668.500.000.000"
    assert window.screens["dashboard"].coverage.text().startswith("<b>Data dari 3 meja</b>")
    assert "Digabung: " in window.sync_label.text() and "Meja B" in window.sync_label.text()
    board = window.show_live_board()
    assert board.total.text() == "Rp668.500.000.000"
    assert board.coverage.text().startswith("<b>Data dari 3 meja</b>") and "Meja B digabung" in board.coverage.text()
    board.hide()
    assert check_event_file(demo_path) == []


def test_a_file_of_another_event_is_named_in_red_and_nothing_can_be_merged(window, tmp_path, qtbot):
    from eventdesk.services.session import create_event

    create_event(tmp_path / "lain.eventdesk", DESK_B).close()
    dialog = window.merge_files([tmp_path / "lain.eventdesk"])
    _wait_for_summary(qtbot, dialog)

    assert "acara lain" in dialog.summary.text()
    assert not dialog.merge_button.isEnabled()


def test_a_row_edited_on_two_desks_is_listed_and_the_other_value_can_be_chosen(
    window, ui_context, other_desk, demo_path, qtbot
):
    organisation = ui_context.session.organisations.list()[0]
    organisations.update_organisation(ui_context.session.file, organisation.id, notes="Stan nomor 12")
    session = open_desk(other_desk, DESK_B)
    organisations.update_organisation(session.file, organisation.id, notes="Stan nomor 21")
    session.close()
    dialog = window.merge_files([other_desk])
    _wait_for_summary(qtbot, dialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.merged, timeout=20000)
    assert dialog.conflicts_button.isVisible()

    qtbot.mouseClick(dialog.conflicts_button, Qt.MouseButton.LeftButton)
    conflicts = window.conflicts_dialog
    qtbot.waitUntil(lambda: conflicts.reading is None, timeout=20000)  # the list is read on a worker
    assert conflicts.model.rowCount() == 1
    row = conflicts.proxy.index(0, 0).data(conflicts.model.RowRole)
    assert (row.kept_value, row.kept_desk, row.other_value) == ("Stan nomor 21", "Meja B", "Stan nomor 12")
    assert not conflicts.choose_button.isEnabled()
    conflicts.table.selectRow(0)
    assert conflicts.choose_button.isEnabled() and conflicts.keep_button.isEnabled()

    qtbot.mouseClick(conflicts.choose_button, Qt.MouseButton.LeftButton)

    assert ui_context.session.organisations.get(organisation.id).notes == "Stan nomor 12"
    qtbot.waitUntil(lambda: conflicts.reading is None, timeout=20000)
    assert conflicts.model.rowCount() == 0 and conflicts.empty.isVisible()
    conflicts.only_to_review.setChecked(False)
    qtbot.waitUntil(lambda: conflicts.reading is None, timeout=20000)
    assert conflicts.model.rowCount() == 1
    assert conflicts.proxy.index(0, conflicts.model.COL_STATUS).data() == "Selesai"
    assert check_event_file(demo_path) == []


def test_the_sync_folder_writes_this_desks_copy_merges_the_others_and_survives_a_pulled_stick(
    window, ui_context, other_desk, tmp_path, qtbot, monkeypatch
):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    report = sync_once(other_desk, stick, DESK_B)  # desk B has put its copy on the stick already
    assert report.ok and report.exported

    def choose(dialog):
        dialog.folder_edit.setText(str(stick))
        dialog._handle_save()
        return dialog.result()

    monkeypatch.setattr(SyncFolderDialog, "exec", choose)
    window._handle_sync_folder()
    qtbot.waitUntil(lambda: window.sync.last_report is not None and window.sync.running is None, timeout=20000)

    assert window.sync.last_report.ok
    assert ui_context.config.sync_folder(ui_context.session.merges.event_id()) == stick
    [exchange] = stick.iterdir()
    assert sorted(p.name for p in exchange.iterdir() if p.is_dir()) == sorted(
        [DESK_B.desk_id, ui_context.session.actor.desk_id]
    )
    assert window.screens["dashboard"].total_full.text() == "Rp668.500.000.000"
    assert window.sync_label.text().startswith("Sinkron ")

    shutil.rmtree(stick)  # the stick is pulled out
    window.sync.last_report = None
    window.sync.run_now()
    qtbot.waitUntil(lambda: window.sync.last_report is not None and window.sync.running is None, timeout=20000)

    assert not window.sync.last_report.ok
    assert "Sinkron gagal" in window.sync_label.text() and "dicoba lagi" in window.sync_label.text()
    assert "tidak tersedia" in window.sync_label.toolTip()
    assert window.sync.timer.isActive()
    ui_context.session.attendees.register("Sari Tetap Bisa", "seller")  # the desk works on

    stick.mkdir()  # plugged in again
    window.sync.run_now()
    qtbot.waitUntil(lambda: window.sync.last_report is not None and window.sync.last_report.ok, timeout=20000)
    assert window.sync.last_report.exported


def test_the_sync_folder_dialog_refuses_a_folder_that_is_not_there_and_can_switch_sync_off(tmp_path, qtbot):
    dialog = SyncFolderDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "tidak-ada"))
    dialog._handle_save()
    assert dialog.result() == 0 and "tidak ada" in dialog.error.text()
    qtbot.mouseClick(dialog.off_button, Qt.MouseButton.LeftButton)
    assert (dialog.result(), dialog.folder) == (SyncFolderDialog.DialogCode.Accepted, None)


def test_without_a_sync_folder_no_round_runs_and_the_status_bar_stays_quiet(window):
    assert not window.sync.active and not window.sync.timer.isActive()
    assert not window.sync_now_action.isEnabled()
    assert window.sync_label.isHidden()


def test_the_dashboard_says_the_total_includes_this_desk_and_the_desk_that_made_the_file(window):
    coverage = window.screens["dashboard"].coverage
    assert coverage.text().startswith("<b>Data dari 2 meja</b>: ")
    assert "(meja ini)" in coverage.text() and "Meja Demo data s.d." in coverage.text()
    assert "perubahan" in coverage.toolTip()


def test_the_sync_folder_dialog_shows_the_folder_this_desk_already_syncs_through(
    window, ui_context, tmp_path, monkeypatch
):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    ui_context.config.set_sync_folder(ui_context.session.merges.event_id(), stick)
    shown = []

    def look(dialog):
        shown.append(dialog.folder_edit.text())
        return SyncFolderDialog.DialogCode.Rejected

    monkeypatch.setattr(SyncFolderDialog, "exec", look)
    window._handle_sync_folder()
    assert shown == [str(stick)]


def test_a_desk_not_heard_from_is_said_in_the_status_bar_instead_of_success(
    window, ui_context, other_desk, tmp_path, qtbot
):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    sync_once(other_desk, stick, DESK_B)
    [manifest] = stick.glob(f"*/{DESK_B.desk_id}/manifest.json")
    heartbeat = json.loads(manifest.read_text(encoding="utf-8"))
    heard = datetime.fromisoformat(heartbeat["heard_at"]) - timedelta(minutes=25)  # desk B went quiet
    heartbeat["heard_at"] = heard.isoformat()
    manifest.write_text(json.dumps(heartbeat), encoding="utf-8")

    window.sync.set_folder(stick)
    qtbot.waitUntil(lambda: window.sync.last_report is not None and window.sync.running is None, timeout=20000)

    zone = ui_context.session.merges.coverage().zone
    assert window.sync.last_report.ok
    assert window.sync_label.text().count("Tidak ada kabar dari meja lain sejak") == 1
    assert short_time(heard, zone) in window.sync_label.text()
    assert "Sinkron " not in window.sync_label.text()

    heartbeat["heard_at"] = datetime.now(UTC).isoformat()  # desk B runs again
    manifest.write_text(json.dumps(heartbeat), encoding="utf-8")
    window.sync.last_report = None
    window.sync.run_now()
    qtbot.waitUntil(lambda: window.sync.last_report is not None and window.sync.running is None, timeout=20000)
    assert "Tidak ada kabar" not in window.sync_label.text() and "Sinkron " in window.sync_label.text()


def test_a_forked_desk_is_named_in_the_status_bar_and_the_conflicts_view_says_how_to_fix_it(
    window, ui_context, other_desk, demo_master, tmp_path, qtbot, monkeypatch
):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    sync_once(other_desk, stick, DESK_B)
    twin = tmp_path / "meja-b-kembar.eventdesk"
    shutil.copyfile(demo_master, twin)
    outbox = tmp_path / "laptop-kembar"
    outbox.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTDESK_HOME", str(tmp_path / "home-kembar"))  # desk B's identity copied to a second laptop
        session = open_desk(twin, DESK_B)
        session.attendees.register("Tamu Kembar", "buyer")
        session.close()
        sync_once(twin, outbox, DESK_B)
    [segment] = outbox.glob(f"*/{DESK_B.desk_id}/*.jsonl")
    [folder] = stick.glob(f"*/{DESK_B.desk_id}")
    shutil.copyfile(segment, folder / segment.name.replace(".jsonl", ".sync-conflict-20250508-101500-ABCDEFG.jsonl"))

    window.sync.set_folder(stick)
    qtbot.waitUntil(lambda: window.sync.last_report is not None and window.sync.running is None, timeout=20000)

    assert "Meja B bercabang" in window.sync_label.text()
    dialog = window.show_conflicts()
    assert dialog.forks.isVisible()
    assert "Cara memperbaiki" in dialog.forks.text() and "Meja B" in dialog.forks.text()
    names = {a.full_name for a in ui_context.session.attendees.list()}
    assert "Joko Walk-in" in names and "Tamu Kembar" not in names  # only the forked history is refused
    dialog.close()
