"""The sync folder: each desk writes its new entries there as change segments (and now and then a full copy),
and merges the others'; nothing breaks the desk."""

import shutil

import pytest

from eventdesk.files.sync_layout import full_copy_path, read_layout
from eventdesk.services.integrity import check_event_file
from eventdesk.services.sync import SyncMemory, event_id_of, exchange_folder, sync_once
from tests.desks import contents, copy_to, desk, prepare_event, register_one
from tests.outside import query, scalar

A, B, C = desk("A"), desk("B"), desk("C")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare_event(tmp_path_factory.mktemp("prepared") / "misi.eventdesk")


def test_desks_sharing_a_folder_end_with_the_same_data(prepared, tmp_path, stick):
    files = {actor.desk_label: copy_to(prepared, tmp_path / f"{actor.desk_label}.eventdesk") for actor in (A, B, C)}
    for actor in (A, B, C):
        register_one(files[actor.desk_label], actor, f"Tamu {actor.desk_label}")

    for _ in range(2):
        for actor in (A, B, C):
            report = sync_once(files[actor.desk_label], stick, actor)
            assert report.ok, report.error

    assert len({repr(contents(path)) for path in files.values()}) == 1
    assert all(check_event_file(path) == [] for path in files.values())
    exchange = exchange_folder(stick, event_id_of(files["Meja A"]))
    layout = read_layout(exchange)
    assert sorted(layout.desks) == sorted(a.desk_id for a in (A, B, C)) and layout.strays == []
    for actor in (A, B, C):
        folder = layout.desks[actor.desk_id]
        assert folder.manifest is not None and folder.segments  # each desk's heartbeat and its own entries
        copy = full_copy_path(exchange, actor.desk_id)
        assert check_event_file(copy) == []
        assert scalar(copy, "PRAGMA journal_mode") == "delete"  # one self-contained file on the stick


def test_an_unchanged_desk_writes_no_segment_and_its_full_copy_stays(prepared, tmp_path, stick):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    register_one(theirs, B, "Tamu B")
    register_one(mine, A, "Tamu A")
    sync_once(theirs, stick, B)
    memory = SyncMemory()
    first = sync_once(mine, stick, A, memory)
    exchange = exchange_folder(stick, event_id_of(mine))
    stamp = full_copy_path(exchange, A.desk_id).stat().st_mtime_ns
    segments = read_layout(exchange).desks[A.desk_id].segments

    second = sync_once(mine, stick, A, memory)

    assert (len(first.outcomes), first.exported, bool(first.full_copy_to)) == (1, True, True)
    assert (second.outcomes, second.exported, second.full_copy_to) == ([], False, "")
    assert full_copy_path(exchange, A.desk_id).stat().st_mtime_ns == stamp
    assert read_layout(exchange).desks[A.desk_id].segments == segments
    assert [d.label for d in second.desks] == ["Meja B"] and second.desks[0].last_merged_at == second.at


def test_a_missing_folder_is_reported_and_nothing_is_raised(prepared, tmp_path):
    mine = copy_to(prepared, tmp_path / "a.eventdesk")
    report = sync_once(mine, tmp_path / "dicabut", A)
    assert not report.ok and "tidak tersedia" in report.error


def test_a_damaged_desk_file_is_named_a_stray_is_reported_once_and_the_others_still_merge(prepared, tmp_path, stick):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    register_one(theirs, B, "Tamu B")
    sync_once(theirs, stick, B)
    exchange = exchange_folder(stick, event_id_of(mine))
    broken = desk("C").desk_id
    full_copy_path(exchange, broken).write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    (exchange / "rusak.eventdesk").write_bytes(b"bukan berkas acara")
    memory = SyncMemory()

    report = sync_once(mine, stick, A, memory)
    again = sync_once(mine, stick, A, memory)

    assert report.ok
    errors = {d.desk_id: d.error for d in report.desks}
    assert errors[B.desk_id] == "" and errors[broken] != ""
    assert "rusak" not in errors  # not shown as a desk
    assert [w for w in report.warnings if "rusak.eventdesk" in w] and not again.warnings
    assert "Tamu B" in [name for (name,) in query(mine, "SELECT full_name FROM attendees")]


def test_a_copy_restored_from_a_backup_takes_back_what_the_other_desks_hold_of_it_before_writing_again(
    prepared, tmp_path, stick
):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    register_one(mine, A, "Ditulis sebelum cadangan")
    backup = shutil.copyfile(mine, tmp_path / "cadangan.eventdesk")
    register_one(mine, A, "Ditulis setelah cadangan")
    sync_once(mine, stick, A)
    sync_once(theirs, stick, B)  # desk B holds A's newest work now

    restored = shutil.copyfile(backup, tmp_path / "a-pulih.eventdesk")  # A's laptop died; the backup is restored
    report = sync_once(restored, stick, A)  # the round the window runs as soon as the restored copy opens
    register_one(restored, A, "Ditulis setelah pulih")
    after = sync_once(restored, stick, A)
    again = sync_once(theirs, stick, B)

    assert report.ok and after.ok and again.ok, (report.error, after.error, again.error)
    assert [d.error for d in after.desks] == [""]
    assert [d.error for d in again.desks] == [""]
    names = {name for (name,) in query(theirs, "SELECT full_name FROM attendees")}
    assert {"Ditulis setelah cadangan", "Ditulis setelah pulih"} <= names
