"""Rolling backups: consistent copies while the file is in use, rotation, listing with figures, restore into
a new file."""

import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from eventdesk.domain.errors import DamagedEventFile, EventFileError, NotAnEventFile
from eventdesk.services import backups
from eventdesk.services.backups import AutoBackup, BackupFile
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import open_session
from tests.outside import booked_total, scalar, sha256, siblings

T0 = datetime(2025, 5, 8, 1, 0, tzinfo=UTC)


def test_a_backup_is_a_sound_event_file_with_the_same_figures(demo_path, tmp_path):
    made = backups.make_backup(demo_path, tmp_path / "cadangan")

    assert made.parent == tmp_path / "cadangan"
    assert made.name.startswith(backups.series_of(demo_path) + "_")
    assert check_event_file(made) == []
    assert booked_total(made) == booked_total(demo_path) == 666_000_000_000
    assert siblings(made) == []


def test_a_backup_of_an_open_file_holds_every_committed_change_and_leaves_the_file_alone(demo_session, tmp_path):
    organisation = demo_session.organisations.list()[0].id
    other = demo_session.organisations.list()[1].id
    demo_session.transactions.book(buyer_id=organisation, seller_id=other, value="1 M", kind="trade")

    made = backups.make_backup(demo_session.path, tmp_path)

    assert booked_total(made) == 667_000_000_000  # the change is still in the WAL of the open file
    assert demo_session.figures.transaction_totals().total_idr == 667_000_000_000
    demo_session.transactions.book(buyer_id=organisation, seller_id=other, value="1 M", kind="trade")  # still writable


def test_after_a_backup_of_the_open_file_another_program_opening_it_loses_none_of_the_later_writes(
    demo_session, tmp_path
):
    """The backup read the file's header with a plain open(); closing it dropped SQLite's locks (POSIX drops all
    of a process's locks on a file when any descriptor of it closes), so a refused `eventdesk checkin` or a
    SQLite tool closing its connection deleted the WAL the window went on writing to: seen under Xvfb, a
    check-in shown as saved was gone after the window closed."""
    organisation, other = [o.id for o in demo_session.organisations.list()[:2]]
    demo_session.transactions.book(buyer_id=organisation, seller_id=other, value="1 M", kind="trade")
    backups.make_backup(demo_session.path, tmp_path)
    peek = (
        f"import sqlite3; c = sqlite3.connect({str(demo_session.path)!r}); "
        "c.execute('SELECT count(*) FROM sqlite_master').fetchall(); c.close()"
    )
    subprocess.run([sys.executable, "-c", peek], check=True, timeout=60)  # another program, read-write, then gone

    demo_session.transactions.book(buyer_id=organisation, seller_id=other, value="2 M", kind="trade")

    assert booked_total(demo_session.path) == 669_000_000_000  # read by another connection, the window still open
    assert demo_session.path.with_name(demo_session.path.name + "-wal").exists()


def test_a_write_in_progress_elsewhere_is_not_in_the_backup(demo_session, tmp_path):
    organisation, other = [o.id for o in demo_session.organisations.list()[:2]]
    with demo_session.file.transaction():
        demo_session.transactions.book(buyer_id=organisation, seller_id=other, value="5 M", kind="trade")
        made = backups.make_backup(demo_session.path, tmp_path)
    assert booked_total(made) == 666_000_000_000


def test_backing_up_refuses_what_is_not_a_sound_event_file(tmp_path, demo_path):
    text = tmp_path / "catatan.eventdesk"
    text.write_text("bukan basis data", encoding="utf-8")
    with pytest.raises(NotAnEventFile):
        backups.make_backup(text, tmp_path / "cadangan")
    cut = tmp_path / "terpotong.eventdesk"
    cut.write_bytes(demo_path.read_bytes()[:30_000])
    with pytest.raises(DamagedEventFile):
        backups.make_backup(cut, tmp_path / "cadangan")
    with pytest.raises(EventFileError):
        backups.make_backup(tmp_path / "tidak-ada.eventdesk", tmp_path / "cadangan")
    assert backups.list_backups(tmp_path / "cadangan") == []


def test_a_backup_into_a_plain_file_instead_of_a_folder_is_refused(demo_path, tmp_path):
    not_a_folder = tmp_path / "usb"
    not_a_folder.write_text("x")
    with pytest.raises(EventFileError):
        backups.make_backup(demo_path, not_a_folder)


def _series(count, step, start=T0):
    return [BackupFile(None, "s", start + i * step) for i in range(count)]


def test_rotation_keeps_the_last_twenty_within_one_hour():
    made = _series(30, timedelta(minutes=1))
    doomed = backups.to_prune(made)
    kept = [b for b in made if b not in doomed]
    assert len(kept) == 20
    assert kept == made[-20:]


def test_rotation_keeps_the_last_twenty_plus_the_newest_of_every_older_hour():
    made = _series(12 * 8, timedelta(minutes=5))  # eight hours, every five minutes
    doomed = backups.to_prune(made)
    kept = sorted((b for b in made if b not in doomed), key=lambda b: b.made_at)
    newest_twenty = made[-20:]
    older_hours = {b.made_at.hour for b in made[:-20]} - {b.made_at.hour for b in newest_twenty}
    assert kept[-20:] == newest_twenty
    assert len(kept) == 20 + len(older_hours)
    for backup in kept[:-20]:
        same_hour = [b for b in made if b.made_at.hour == backup.made_at.hour]
        assert backup == same_hour[-1]


def test_making_backups_prunes_the_series_on_disk_and_only_that_series(demo_path, tmp_path):
    folder = tmp_path / "cadangan"
    other = tmp_path / "lain.eventdesk"
    shutil.copyfile(demo_path, other)
    backups.make_backup(other, folder, at=T0)
    for minute in range(23):
        backups.make_backup(demo_path, folder, at=T0 + timedelta(minutes=minute))
    assert len(backups.backups_of(demo_path, folder)) == 20
    assert len(backups.backups_of(other, folder)) == 1


def test_backups_are_listed_newest_first_with_their_figures(demo_session, tmp_path):
    first = backups.make_backup(demo_session.path, tmp_path, at=T0)
    organisation, other = [o.id for o in demo_session.organisations.list()[:2]]
    demo_session.transactions.book(buyer_id=organisation, seller_id=other, value="2 M", kind="investment")
    second = backups.make_backup(demo_session.path, tmp_path, at=T0 + timedelta(minutes=5))

    listed = backups.backups_of(demo_session.path, tmp_path)
    assert [b.path for b in listed] == [second, first]
    assert listed[0].made_at == T0 + timedelta(minutes=5)
    newest, oldest = (backups.describe(b) for b in listed)
    assert newest.good and newest.event_name == demo_session.settings.get().name
    assert newest.figures.transactions.total_idr == 668_000_000_000
    assert oldest.figures.transactions.total_idr == 666_000_000_000
    assert newest.figures.attendees_registered == oldest.figures.attendees_registered > 100


def test_the_newest_good_backup_skips_a_damaged_one(demo_path, tmp_path):
    good = backups.make_backup(demo_path, tmp_path, at=T0)
    bad = backups.make_backup(demo_path, tmp_path, at=T0 + timedelta(minutes=5))
    bad.write_bytes(bad.read_bytes()[:20_000])

    newest = backups.newest_good_backup(demo_path, tmp_path)

    assert newest.file.path == good
    assert not backups.describe(backups.list_backups(tmp_path)[0]).good


def test_restore_makes_a_new_file_equal_to_the_backup_and_never_overwrites(demo_path, tmp_path, actor):
    made = backups.make_backup(demo_path, tmp_path / "cadangan")
    fingerprint = sha256(demo_path)
    with pytest.raises(EventFileError):
        backups.restore_backup(made, demo_path)
    assert sha256(demo_path) == fingerprint

    target = backups.restore_target(demo_path)
    restored = backups.restore_backup(made, target)

    assert restored == target and target.name.startswith("demo-pulih-")
    assert booked_total(restored) == 666_000_000_000
    session = open_session(restored, actor)
    try:
        assert session.figures.event_figures().transactions.total_idr == 666_000_000_000
    finally:
        session.close()
    assert check_event_file(restored) == []
    assert backups.restore_target(demo_path) != target  # the next restore gets a name of its own


def test_auto_backup_is_due_on_open_then_only_after_changes_and_the_interval(tmp_path):
    auto = AutoBackup(tmp_path / "a.eventdesk", tmp_path, minutes=5)
    assert auto.due(T0)
    auto.started()
    auto.made(T0)
    assert not auto.due(T0 + timedelta(minutes=30))  # nothing changed
    auto.note_change(frozenset({"attendees"}))
    assert not auto.due(T0 + timedelta(minutes=4))
    assert auto.due(T0 + timedelta(minutes=5))
    auto.started()
    auto.failed("USB dicabut")
    assert auto.due(T0 + timedelta(minutes=5)) and auto.last_error == "USB dicabut"


def test_backups_leave_no_part_file_behind(demo_path, tmp_path):
    backups.make_backup(demo_path, tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert scalar(backups.list_backups(tmp_path)[0].path, "PRAGMA journal_mode") == "delete"


def test_writing_on_from_a_restored_backup_does_not_fork_the_desk_and_merges_back(tmp_path):
    from eventdesk.files import user_config
    from tests.desks import desk, prepare_event

    prepared = prepare_event(tmp_path / "siap.eventdesk")
    config = user_config.load()
    laptop = tmp_path / "meja-a.eventdesk"
    shutil.copyfile(prepared, laptop)
    other = tmp_path / "meja-b.eventdesk"
    shutil.copyfile(prepared, other)

    prepared_total = booked_total(prepared)
    session = open_session(laptop, config.actor("Ani"))
    buyer, seller = [o.id for o in session.organisations.list()[:2]]
    session.transactions.book(buyer_id=buyer, seller_id=seller, value="1 M", kind="trade")
    session.close()
    backup = backups.make_backup(laptop, tmp_path / "cadangan")
    session = open_session(laptop, config.actor("Ani"))
    session.transactions.book(buyer_id=buyer, seller_id=seller, value="2 M", kind="trade")  # not in the backup
    session.close()
    desk_b = open_session(other, desk("B"))
    desk_b.merges.merge(laptop)  # desk B already has both bookings of this laptop
    old_identity = config.desk_id

    restored = backups.restore_as_new_desk(backup, tmp_path / "meja-a-pulih.eventdesk", config)
    assert config.desk_id != old_identity and user_config.load().desk_id == config.desk_id
    session = open_session(restored, config.actor("Ani"))
    session.transactions.book(buyer_id=buyer, seller_id=seller, value="4 M", kind="trade")
    session.merges.merge(other)  # the booking lost with the backup comes back from desk B
    desk_b.merges.merge(restored)  # and desk B accepts the restored laptop's file: no forked history
    expected = prepared_total + 7_000_000_000
    assert session.figures.transaction_totals().total_idr == desk_b.figures.transaction_totals().total_idr == expected
    session.close()
    desk_b.close()
    assert check_event_file(restored) == [] and check_event_file(other) == []
