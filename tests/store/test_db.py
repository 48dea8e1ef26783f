"""Opening event files: create, reopen, pragmas, refusing what is not a sound EventDesk file, migrations."""

import shutil
import sqlite3
import struct

import pytest
import sqlite_utils

from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.errors import (
    DamagedEventFile,
    EventFileError,
    NewerEventFile,
    NotAnEventFile,
    ReadOnlyEventFile,
)
from eventdesk.store import organisations, regions
from eventdesk.store.db import open_event_file
from eventdesk.store.event import glance_at_name as event_name
from eventdesk.store.migrations import APPLICATION_ID, MIGRATIONS
from tests.outside import query, scalar, sha256, siblings

EXPECTED_TABLES = {
    "event",
    "regions",
    "sectors",
    "organisations",
    "attendees",
    "agreements",
    "agreement_parties",
    "slots",
    "transactions",
    "followups",  # what became of each deal after the mission
    "audit_log",
    "desks",
    "merge_log",  # this copy's own log of merges from other desks (not copied between desks)
    # the sums behind every total and the value of each hour, kept by triggers (derived: not audited)
    "transaction_sums",
    "transaction_hours",
    # the full-text search index of attendees (FTS5) and the tables SQLite keeps it in
    "attendee_search",
    "attendee_search_data",
    "attendee_search_idx",
    "attendee_search_content",
    "attendee_search_docsize",
    "attendee_search_config",
}


def test_a_new_event_file_has_every_table_of_the_design(event_path, actor):
    open_event_file(event_path, actor, create=True).close()
    tables = {name for (name,) in query(event_path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == EXPECTED_TABLES
    assert event_path.read_bytes().startswith(b"SQLite format 3\x00")
    assert sorted(p.name for p in event_path.parent.iterdir() if p.name != "eventdesk-home") == [event_path.name]


def test_a_new_event_file_carries_the_application_id_and_current_schema_version(event_path, actor):
    open_event_file(event_path, actor, create=True).close()
    assert struct.unpack(">I", event_path.read_bytes()[68:72])[0] == APPLICATION_ID
    assert scalar(event_path, "PRAGMA application_id") == APPLICATION_ID
    assert scalar(event_path, "PRAGMA user_version") == MIGRATIONS.latest
    assert scalar(event_path, "PRAGMA journal_mode") == "wal"


def test_an_open_event_file_writes_safely(event_path, actor):
    event_file = open_event_file(event_path, actor, create=True)
    try:
        pragmas = {
            name: event_file.conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys")
        }
    finally:
        event_file.close()
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def test_what_was_written_is_there_after_reopening(event_path, actor):
    event_file = open_event_file(event_path, actor, create=True)
    organisations.add_organisation(event_file, "PT Samudra Biru Mandiri", OrganisationKind.COMPANY)
    event_file.close()
    assert siblings(event_path) == []
    reopened = open_event_file(event_path, actor)
    try:
        assert [(o.name, o.kind) for o in organisations.list_organisations(reopened)] == [
            ("PT Samudra Biru Mandiri", OrganisationKind.COMPANY)
        ]
    finally:
        reopened.close()


def test_opening_a_missing_file_without_create_is_refused_and_creates_nothing(event_path, actor):
    with pytest.raises(EventFileError):
        open_event_file(event_path, actor)
    assert not event_path.exists()


def test_a_folder_is_not_an_event_file(tmp_path, actor):
    with pytest.raises(NotAnEventFile):
        open_event_file(tmp_path, actor)


def test_a_file_opened_read_only_refuses_writes(event_path, actor):
    open_event_file(event_path, actor, create=True).close()
    event_file = open_event_file(event_path, actor, read_only=True)
    try:
        with pytest.raises(ReadOnlyEventFile):
            organisations.add_organisation(event_file, "PT Borneo Segar Lestari", OrganisationKind.COMPANY)
    finally:
        event_file.close()
    assert scalar(event_path, "SELECT count(*) FROM organisations") == 0


# --- files that are refused at open, untouched ---------------------------------------------------


def _text_file(path, demo_master):
    path.write_text("Nama,Telepon\nBudi Santoso,0812-3456-7890\n" * 50, encoding="utf-8")


def _empty_file(path, demo_master):
    path.write_bytes(b"")


def _foreign_database(path, demo_master):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)")
    conn.execute("INSERT INTO invoices (amount) VALUES (1250000)")
    conn.commit()
    conn.close()


def _foreign_wal_database(path, demo_master):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()


def _newer_event_file(path, demo_master):
    shutil.copyfile(demo_master, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.latest + 1}")
    conn.close()


def _half_an_event_file(path, demo_master):
    data = demo_master.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _event_file_with_a_page_overwritten(path, demo_master):
    """Bytes in the middle of a full table page overwritten, as a bad sector or a botched copy would."""
    data = bytearray(demo_master.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    pages = len(data) // page_size
    for page in range(pages // 2, pages):
        offset = page * page_size
        is_table_leaf = data[offset] == 0x0D
        content_start = struct.unpack(">H", data[offset + 5 : offset + 7])[0]
        if is_table_leaf and 0 < content_start < page_size // 4:
            data[offset + page_size // 4 : offset + 3 * page_size // 4] = b"\xa5" * (page_size // 2)
            path.write_bytes(bytes(data))
            return
    raise AssertionError("the demo file has no full table page to damage")


def _event_file_cut_inside_the_header(path, demo_master):
    path.write_bytes(demo_master.read_bytes()[:60])


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (_text_file, NotAnEventFile),
        (_empty_file, DamagedEventFile),
        (_foreign_database, NotAnEventFile),
        (_foreign_wal_database, NotAnEventFile),
        (_newer_event_file, NewerEventFile),
        (_half_an_event_file, DamagedEventFile),
        (_event_file_with_a_page_overwritten, DamagedEventFile),
        (_event_file_cut_inside_the_header, DamagedEventFile),
    ],
    ids=lambda value: getattr(value, "__name__", "").strip("_"),
)
def test_a_file_that_is_not_a_sound_event_file_is_refused_and_left_untouched(make, error, tmp_path, demo_master, actor):
    path = tmp_path / "suspect.eventdesk"
    make(path, demo_master)
    assert siblings(path) == []
    fingerprint = sha256(path)

    with pytest.raises(error) as refused:
        open_event_file(path, actor)

    assert str(path) in refused.value.message
    assert "\n" not in refused.value.message
    assert sha256(path) == fingerprint
    assert siblings(path) == []


def test_a_newer_file_is_refused_naming_its_schema_version(tmp_path, demo_master, actor):
    path = tmp_path / "dari-versi-baru.eventdesk"
    _newer_event_file(path, demo_master)
    with pytest.raises(NewerEventFile, match=f"skema {MIGRATIONS.latest + 1}"):
        open_event_file(path, actor)


# --- migrations ----------------------------------------------------------------------------------


def _build_at_version(path, version):
    """An event file as an older EventDesk wrote it (mirrors store/db.py _create)."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    with db.atomic():
        MIGRATIONS.apply(db, up_to=version)
    conn.execute("PRAGMA journal_mode = WAL")
    if version >= 1:
        # A region written at that version; the columns used are fixed by the design brief.
        conn.execute(
            "INSERT INTO regions (id, created_at, updated_at, desk_id, name) VALUES (?, ?, ?, ?, ?)",
            ("region-old", "2025-05-01T00:00:00.000000Z", "2025-05-01T00:00:00.000000Z", "old-desk", "Jawa Timur"),
        )
        conn.commit()
    conn.close()


@pytest.mark.parametrize("version", range(0, MIGRATIONS.latest))
def test_a_file_of_every_older_schema_version_is_upgraded_on_open(version, event_path, actor):
    _build_at_version(event_path, version)
    assert scalar(event_path, "PRAGMA user_version") == version

    event_file = open_event_file(event_path, actor)
    try:
        names = [region.name for region in regions.list_regions(event_file)]
    finally:
        event_file.close()

    assert scalar(event_path, "PRAGMA user_version") == MIGRATIONS.latest
    assert names == (["Jawa Timur"] if version >= 1 else [])
    tables = {name for (name,) in query(event_path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == EXPECTED_TABLES


def test_a_migration_that_fails_leaves_the_file_at_its_old_version(monkeypatch, event_path, actor):
    open_event_file(event_path, actor, create=True).close()

    def broken_step(db):
        db.execute("CREATE TABLE half_done (x TEXT)")
        raise RuntimeError("migration failed halfway")

    monkeypatch.setattr(MIGRATIONS, "_steps", [*MIGRATIONS._steps, broken_step])
    with pytest.raises(RuntimeError):
        open_event_file(event_path, actor)
    monkeypatch.undo()

    assert scalar(event_path, "PRAGMA user_version") == MIGRATIONS.latest
    assert query(event_path, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []


def test_a_failure_inside_a_nested_write_undoes_only_that_part_and_its_audit_entry(event_path, actor):
    event_file = open_event_file(event_path, actor, create=True)
    try:
        with event_file.transaction():
            kept = organisations.add_organisation(event_file, "PT Tetap", OrganisationKind.COMPANY)
            with pytest.raises(ValueError), event_file.transaction():
                organisations.add_organisation(event_file, "PT Batal", OrganisationKind.COMPANY)
                raise ValueError("the inner part fails")
            after = organisations.add_organisation(event_file, "PT Sesudahnya", OrganisationKind.COMPANY)
    finally:
        event_file.close()
    assert query(event_path, "SELECT name FROM organisations ORDER BY name") == [("PT Sesudahnya",), ("PT Tetap",)]
    audited = query(event_path, "SELECT row_id FROM audit_log WHERE table_name = 'organisations' ORDER BY seq")
    assert [row[0] for row in audited] == [kept.id, after.id]
    from eventdesk.services.integrity import check_event_file

    assert check_event_file(event_path) == []  # the audit chain has no hole where the undone entry was


def test_the_name_glanced_at_before_opening_is_the_events_and_nothing_is_written(demo_path):
    before = demo_path.read_bytes()
    assert event_name(demo_path) == "Misi Dagang dan Investasi Jawa Timur – Kalimantan Timur 2025"
    assert demo_path.read_bytes() == before
    assert not list(demo_path.parent.glob("demo.eventdesk-*"))  # no -wal or -shm left beside it


def test_no_name_is_glanced_at_in_a_missing_damaged_or_foreign_file(tmp_path, demo_path):
    cut = tmp_path / "terpotong.eventdesk"
    cut.write_bytes(demo_path.read_bytes()[:3000])
    foreign = tmp_path / "lain.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    text = tmp_path / "catatan.eventdesk"
    text.write_text("bukan basis data")
    for path in (tmp_path / "tidak-ada.eventdesk", cut, foreign, text, tmp_path):
        assert event_name(path) is None, path
