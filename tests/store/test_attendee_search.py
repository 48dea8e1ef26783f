"""The attendee search index (FTS5) stays in step with every write, and lists sort and page in SQL."""

import sqlite3

import pytest
import sqlite_utils

from eventdesk.domain.attendee_query import NO_REGION, AttendeeQuery, AttendeeSort
from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.store import attendee_search, attendees
from eventdesk.store.db import open_event_file
from eventdesk.store.migrations import APPLICATION_ID, MIGRATIONS
from tests.outside import query, tamper


@pytest.fixture
def people(session):
    jatim, kaltim = session.settings.regions()
    maju = session.organisations.add("PT Maju Bersama", OrganisationKind.COMPANY, jatim.id)
    etam = session.organisations.add("CV Etam Lestari", OrganisationKind.COMPANY, kaltim.id)
    register = session.attendees.register
    return {
        "budi": register(
            "Budi Santoso", "seller", organisation_id=maju.id, phone="0812-3456-7890", email="budi@maju.co.id"
        ),
        "siti": register("Siti Rahayu", "buyer", organisation_id=etam.id, phone="0813-1111-2222"),
        "anh": register("Đặng Thị Ngọc Ánh", "investor", email="anh@saigon.vn"),
        "agus": register("Agus Budiman", "vip", organisation_id=maju.id),
    }


def names(found):
    return sorted(attendee.full_name for attendee in found)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("bud", ["Agus Budiman", "Budi Santoso"]),  # prefix of a word of the name
        ("budi sant", ["Budi Santoso"]),  # every word must match
        ("maju", ["Agus Budiman", "Budi Santoso"]),  # the organisation's name
        ("etam", ["Siti Rahayu"]),
        ("0812-3456", ["Budi Santoso"]),  # the phone as typed locally
        ("+62 813", ["Siti Rahayu"]),  # or internationally
        ("81311", ["Siti Rahayu"]),
        ("saigon", ["Đặng Thị Ngọc Ánh"]),  # the email
        ("ngoc anh", ["Đặng Thị Ngọc Ánh"]),  # accents ignored
        ("đặng", ["Đặng Thị Ngọc Ánh"]),
        ("zzz", []),
    ],
)
def test_search_matches_prefixes_of_name_organisation_phone_and_email(session, people, typed, expected):
    assert names(session.attendees.search(typed)) == expected


def test_search_finds_a_code_typed_with_or_without_its_dash(session, people):
    code = people["siti"].code
    tag, number = code.split("-")
    assert names(session.attendees.search(code)) == ["Siti Rahayu"]
    assert names(session.attendees.search(f"{tag}{number}")) == ["Siti Rahayu"]


def test_an_edit_a_deletion_and_an_organisation_renamed_change_what_matches(session, people):
    budi = people["budi"]
    session.attendees.update(
        budi.id,
        full_name="Budi Hartono",
        category="seller",
        organisation=budi.organisation_id,
        phone=budi.phone,
        email=budi.email,
    )
    assert names(session.attendees.search("santoso")) == []
    assert names(session.attendees.search("hartono")) == ["Budi Hartono"]

    session.organisations.update(
        budi.organisation_id,
        name="PT Sinar Pagi",
        kind=OrganisationKind.COMPANY,
        region_id=session.settings.regions()[0].id,
    )
    assert names(session.attendees.search("bersama")) == []
    assert names(session.attendees.search("sinar pag")) == ["Agus Budiman", "Budi Hartono"]

    session.attendees.delete(people["agus"].id, "salah daftar")
    assert names(session.attendees.search("sinar")) == ["Budi Hartono"]


def test_a_bulk_insert_is_indexed_and_its_trigger_put_back(session, people):
    conn = session.file.conn
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'attendees_search_insert'").fetchone()
    rows = [
        {
            "code": code,
            "full_name": f"Peserta Impor {n}",
            "category": "seller",
            "organisation_id": None,
            "region_id": None,
            "title": "",
            "phone": None,
            "email": None,
            "notes": "",
        }
        for n, code in enumerate(session.attendees.next_codes(3))
    ]
    attendees.add_attendees_bulk(session.file, rows)
    assert names(session.attendees.search("impor")) == ["Peserta Impor 0", "Peserta Impor 1", "Peserta Impor 2"]
    assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'attendees_search_insert'").fetchone() == trigger
    session.attendees.register("Rina Impor", "buyer")  # the trigger indexes single registrations again
    assert "Rina Impor" in names(session.attendees.search("impor"))


def test_a_failed_bulk_insert_leaves_neither_rows_nor_a_missing_trigger(session, people):
    conn = session.file.conn
    duplicate_code = [
        {
            "code": people["budi"].code,
            "full_name": "X",
            "category": "seller",
            "organisation_id": None,
            "region_id": None,
            "title": "",
            "phone": None,
            "email": None,
            "notes": "",
        }
    ]
    with pytest.raises(sqlite3.IntegrityError):
        attendees.add_attendees_bulk(session.file, duplicate_code)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'attendees_search_insert'").fetchone() == (1,)
    session.attendees.register("Sesudah Gagal", "buyer")
    assert names(session.attendees.search("sesudah")) == ["Sesudah Gagal"]


def test_a_row_written_by_an_outside_tool_is_indexed_by_the_trigger_too(session, people, event_path):
    session.close()
    tamper(event_path, "UPDATE attendees SET full_name = 'Siti Diubah' WHERE full_name = 'Siti Rahayu'")
    assert query(event_path, "SELECT count(*) FROM attendee_search WHERE attendee_search MATCH 'diubah'") == [(1,)]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        # NOCASE folds ASCII only: a name starting with Đ sorts after Z
        (AttendeeSort.NAME, ["Agus Budiman", "Budi Santoso", "Siti Rahayu", "Đặng Thị Ngọc Ánh"]),
        (AttendeeSort.ORGANISATION, ["Đặng Thị Ngọc Ánh", "Siti Rahayu", "Agus Budiman", "Budi Santoso"]),
        (AttendeeSort.CATEGORY, ["Siti Rahayu", "Đặng Thị Ngọc Ánh", "Budi Santoso", "Agus Budiman"]),
        (AttendeeSort.REGION, ["Đặng Thị Ngọc Ánh", "Agus Budiman", "Budi Santoso", "Siti Rahayu"]),
    ],
)
def test_the_list_is_sorted_by_any_column_in_sql(session, people, sort, expected):
    keys = session.attendees.keys(AttendeeQuery(sort=sort))
    assert [a.full_name for a in session.attendees.by_keys(keys)] == expected
    descending = session.attendees.keys(AttendeeQuery(sort=sort, descending=True))
    assert [a.full_name for a in session.attendees.by_keys(descending)] == expected[::-1]


def test_filters_narrow_the_list_and_the_count_agrees(session, people):
    jatim, _kaltim = session.settings.regions()
    session.attendees.check_in(people["siti"].code)
    cases = [
        (AttendeeQuery(region_id=jatim.id), ["Agus Budiman", "Budi Santoso"]),
        (AttendeeQuery(region_id=NO_REGION), ["Đặng Thị Ngọc Ánh"]),
        (AttendeeQuery(category=AttendeeCategory.VIP), ["Agus Budiman"]),
        (AttendeeQuery(organisation_kind=OrganisationKind.COMPANY, checked_in=False), ["Agus Budiman", "Budi Santoso"]),
        (AttendeeQuery(checked_in=True), ["Siti Rahayu"]),
        (AttendeeQuery(text="bud", category=AttendeeCategory.SELLER), ["Budi Santoso"]),
    ]
    for wanted, expected in cases:
        assert names(session.attendees.matching(wanted)) == expected
        assert session.attendees.count(wanted) == len(expected)


def test_pages_by_key_keep_the_order_and_leave_a_gap_for_a_row_gone(session, people):
    keys = session.attendees.keys(AttendeeQuery())
    gone = keys[1]
    session.file.conn.execute("BEGIN")
    session.file.conn.execute("DELETE FROM attendees WHERE rowid = ?", (gone,))  # as if gone since the keys were read
    page = session.attendees.by_keys(keys)
    session.file.conn.execute("ROLLBACK")
    assert page[1] is None
    assert [a.full_name for a in page if a] == ["Agus Budiman", "Siti Rahayu", "Đặng Thị Ngọc Ánh"]


def test_a_file_of_schema_1_gets_its_attendees_indexed_on_upgrade(event_path, actor):
    conn = sqlite3.connect(event_path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    with db.atomic():
        MIGRATIONS.apply(db, up_to=1)
    stamp = ("2025-05-01T00:00:00.000000Z", "2025-05-01T00:00:00.000000Z", "old-desk")
    conn.execute(
        "INSERT INTO organisations (id, created_at, updated_at, desk_id, name, kind) VALUES ('o1', ?, ?, ?, "
        "'PT Lama Jaya', 'company')",
        stamp,
    )
    conn.execute(
        "INSERT INTO attendees (id, created_at, updated_at, desk_id, code, full_name, category, organisation_id, phone)"
        " VALUES ('a1', ?, ?, ?, 'AB-0001', 'Rusdi Effendi', 'buyer', 'o1', '+6281234567890')",
        stamp,
    )
    conn.commit()
    conn.close()
    event_file = open_event_file(event_path, actor)
    try:
        for typed in ("rusdi", "lama jaya", "AB-0001", "0812345"):
            assert [a.id for a in attendee_search.search_first(event_file, typed, 10)] == ["a1"], typed
    finally:
        event_file.close()
