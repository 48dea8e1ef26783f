"""Opening a file found sound before without reading every page again (files/checked_files.py), and every way a
file can have changed since making the next open read it whole: damaged in place, its time put back, a WAL left
by a crash, replaced while open, the record lost."""

import os
import shutil
import struct

import pytest

from eventdesk.domain.errors import DamagedEventFile
from eventdesk.files import checked_files
from eventdesk.services.session import open_session
from eventdesk.store import db


@pytest.fixture
def checks(monkeypatch):
    """Whether each open read every page (True) or trusted the record (False), in order."""
    seen = []
    inspect = db.inspect_event_file

    def counting(path, *, pages=True):
        seen.append(pages)
        return inspect(path, pages=pages)

    monkeypatch.setattr(db, "inspect_event_file", counting)
    return seen


def _open_and_close(path, actor, *, read_only=False):
    open_session(path, actor, read_only=read_only).close()


def _not_yet_arrived(session):
    return next(person.code for person in session.attendees.list() if person.checked_in_at is None)


def _overwrite_a_table_page(path):
    """Half of a full table page overwritten in place (the same file, as a bad write would leave it)."""
    data = path.read_bytes()
    page_size = struct.unpack(">H", data[16:18])[0]
    for page in range(len(data) // page_size // 2, len(data) // page_size):
        offset = page * page_size
        content_start = struct.unpack(">H", data[offset + 5 : offset + 7])[0]
        if data[offset] == 0x0D and 0 < content_start < page_size // 4:
            with open(path, "r+b") as handle:
                handle.seek(offset + page_size // 4)
                handle.write(b"\xa5" * (page_size // 2))
            return
    raise AssertionError("no full table page to damage")


def test_a_file_closed_cleanly_opens_next_time_without_reading_every_page(demo_path, actor, checks):
    _open_and_close(demo_path, actor)
    session = open_session(demo_path, actor)
    session.attendees.check_in(_not_yet_arrived(session))  # written, then folded back on close
    session.close()
    _open_and_close(demo_path, actor, read_only=True)
    assert checks == [True, False, False]


def test_a_file_damaged_after_it_was_found_sound_is_refused_even_with_its_time_put_back(demo_path, actor, checks):
    _open_and_close(demo_path, actor)
    before = os.stat(demo_path)
    _overwrite_a_table_page(demo_path)
    os.utime(demo_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    damaged = demo_path.read_bytes()

    with pytest.raises(DamagedEventFile):
        open_session(demo_path, actor)

    assert checks == [True, True] and demo_path.read_bytes() == damaged


def test_a_wal_left_with_frames_by_a_writer_that_did_not_close_makes_the_next_open_read_every_page(
    demo_path, actor, checks
):
    _open_and_close(demo_path, actor)
    crashed = open_session(demo_path, actor)  # never closed cleanly while the next one opens: its WAL holds the work
    try:
        crashed.attendees.check_in(_not_yet_arrived(crashed))
        assert (demo_path.parent / f"{demo_path.name}-wal").stat().st_size > 0
        _open_and_close(demo_path, actor, read_only=True)
    finally:
        crashed.close()
    assert checks == [True, False, True]


def test_a_file_replaced_under_its_name_while_open_is_not_recorded_sound(demo_path, demo_master, actor, checks):
    _open_and_close(demo_path, actor)
    session = open_session(demo_path, actor)
    other = demo_path.with_name("lain.eventdesk")
    shutil.copyfile(demo_master, other)
    os.replace(other, demo_path)  # a copy from a USB stick put in its place
    session.close()
    _open_and_close(demo_path, actor)
    assert checks == [True, False, True]


def test_a_lost_or_unreadable_record_only_means_the_next_open_reads_every_page(demo_path, actor, checks, tmp_path):
    _open_and_close(demo_path, actor)
    record = checked_files.data_dir() / checked_files.RECORD_NAME
    record.write_text("{ bukan json", encoding="utf-8")
    _open_and_close(demo_path, actor)
    _open_and_close(demo_path, actor)
    record.unlink()
    _open_and_close(demo_path, actor)
    assert checks == [True, True, False, True]


def test_a_data_folder_that_cannot_be_written_leaves_every_open_checking_and_working(
    demo_path, actor, checks, tmp_path, monkeypatch
):
    home = tmp_path / "rumah"
    home.mkdir()
    (home / "data").write_text("sebuah berkas, bukan folder", encoding="utf-8")  # the record's folder
    monkeypatch.setenv("EVENTDESK_HOME", str(home))
    _open_and_close(demo_path, actor)
    _open_and_close(demo_path, actor)
    assert checks == [True, True]


def test_a_file_only_read_again_leaves_the_record_unwritten_and_one_read_after_another_becomes_the_newest(
    demo_path, actor, tmp_path
):
    """`eventdesk totals` run again and again writes nothing anywhere; the record still keeps the files last used
    (the oldest go first when it is full)."""
    _open_and_close(demo_path, actor)
    record = checked_files.data_dir() / checked_files.RECORD_NAME
    os.utime(record, ns=(10**18, 10**18))  # dated 2001: a rewrite would date it now
    _open_and_close(demo_path, actor, read_only=True)
    _open_and_close(demo_path, actor, read_only=True)
    assert record.stat().st_mtime_ns == 10**18
    other = tmp_path / "lain.eventdesk"
    shutil.copyfile(demo_path, other)
    _open_and_close(other, actor)
    _open_and_close(demo_path, actor, read_only=True)
    assert list(checked_files._read())[-1] == str(demo_path.resolve())
