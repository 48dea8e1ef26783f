"""The consistency check: a sound file passes; anything changed behind EventDesk's back is named."""

import re
import sqlite3

import pytest

from eventdesk.store import integrity
from eventdesk.store.audit import dump
from eventdesk.store.db import open_for_check
from tests.outside import query, scalar, sha256, siblings, tamper


def _problems(path, actor):
    event_file = open_for_check(path, actor)
    try:
        return integrity.find_problems(event_file)
    finally:
        event_file.close()


def _mentioning(problems, *words):
    return [problem for problem in problems if all(word in problem for word in words)]


def _a_booked_transaction(path):
    """A booked transaction no other transaction points at (so deleting it breaks no reference)."""
    return scalar(
        path,
        "SELECT id FROM transactions WHERE status = 'booked' AND replaces_id IS NULL"
        " AND id NOT IN (SELECT replaces_id FROM transactions WHERE replaces_id IS NOT NULL) ORDER BY id LIMIT 1",
    )


def test_the_demo_mission_is_sound(demo_path, actor):
    assert _problems(demo_path, actor) == []


def test_checking_a_file_leaves_it_byte_for_byte_with_nothing_beside_it(demo_path, actor):
    fingerprint = sha256(demo_path)
    assert _problems(demo_path, actor) == []
    assert sha256(demo_path) == fingerprint
    assert siblings(demo_path) == []


def test_a_new_event_file_is_sound(session, actor):
    session.close()
    assert _problems(session.path, actor) == []


def test_a_value_changed_behind_the_apps_back_is_named(demo_path, actor):
    transaction_id = _a_booked_transaction(demo_path)
    tamper(demo_path, "UPDATE transactions SET value_idr = value_idr * 10 WHERE id = ?", (transaction_id,))

    problems = _problems(demo_path, actor)

    assert len(problems) == 1
    assert _mentioning(problems, "transactions", transaction_id)


def test_a_status_flipped_behind_the_apps_back_is_named(demo_path, actor):
    void_id = scalar(demo_path, "SELECT id FROM transactions WHERE status = 'void'")
    tamper(demo_path, "UPDATE transactions SET status = 'booked' WHERE id = ?", (void_id,))
    assert _mentioning(_problems(demo_path, actor), "transactions", void_id)


def test_a_deleted_audit_row_breaks_the_chain_and_is_named(demo_path, actor):
    attendee_id, seq = query(
        demo_path,
        "SELECT row_id, seq FROM audit_log WHERE table_name = 'attendees' AND action = 'check_in' ORDER BY seq LIMIT 1",
    )[0]
    tamper(
        demo_path,
        "DELETE FROM audit_log WHERE table_name = 'attendees' AND row_id = ? AND action = 'check_in'",
        (attendee_id,),
    )

    problems = _problems(demo_path, actor)

    assert [p for p in problems if re.search(rf"\b{seq}\b", p)], problems
    assert _mentioning(problems, "attendees", attendee_id)


def test_a_row_added_without_audit_is_named(demo_path, actor):
    tamper(
        demo_path,
        "INSERT INTO sectors (id, created_at, updated_at, desk_id, name) VALUES (?, ?, ?, ?, ?)",
        ("sektor-siluman", "2025-05-08T03:00:00.000000Z", "2025-05-08T03:00:00.000000Z", "script", "Sektor Siluman"),
    )
    problems = _problems(demo_path, actor)
    assert len(problems) == 1
    assert _mentioning(problems, "sectors", "sektor-siluman")


def test_a_deleted_row_is_named(demo_path, actor):
    transaction_id = _a_booked_transaction(demo_path)
    tamper(demo_path, "DELETE FROM transactions WHERE id = ?", (transaction_id,))
    problems = _problems(demo_path, actor)
    assert len(problems) == 1
    assert _mentioning(problems, "transactions", transaction_id)


def test_a_forger_who_edits_the_row_and_its_audit_entry_alike_is_still_caught(demo_path, actor):
    transaction_id = _a_booked_transaction(demo_path)
    tamper(demo_path, "UPDATE transactions SET value_idr = value_idr + 1000000000 WHERE id = ?", (transaction_id,))
    # The forger rewrites the audit entry's `after` exactly as the app would have written it.
    columns = [row[1] for row in query(demo_path, "PRAGMA table_info(transactions)")]
    row = dict(
        zip(columns, query(demo_path, "SELECT * FROM transactions WHERE id = ?", (transaction_id,))[0], strict=True)
    )
    tamper(demo_path, "UPDATE audit_log SET after = ? WHERE row_id = ?", (dump(row), transaction_id))

    problems = _problems(demo_path, actor)

    assert _mentioning(problems, "transactions", transaction_id)


@pytest.mark.parametrize("table", ["attendees", "organisations", "agreements", "transactions"])
def test_rows_of_every_kind_written_through_the_app_match_their_audit(demo_path, actor, table):
    # The check compares every row with its last audit entry; a sound file has one for each.
    audited = {row_id for (row_id,) in query(demo_path, "SELECT row_id FROM audit_log WHERE table_name = ?", (table,))}
    rows = {row_id for (row_id,) in query(demo_path, f"SELECT id FROM {table}")}
    assert rows and rows == audited


def test_a_trigger_slipped_in_with_an_outside_tool_is_named(demo_path, actor):
    tamper(
        demo_path,
        "CREATE TRIGGER diam_diam AFTER INSERT ON transactions BEGIN"
        " UPDATE transactions SET value_idr = value_idr * 2 WHERE id = new.id; END",
    )
    problems = _problems(demo_path, actor)
    assert _mentioning(problems, "diam_diam")


def test_an_index_dropped_with_an_outside_tool_is_named(demo_path, actor):
    tamper(demo_path, "DROP INDEX transactions_status")
    assert _mentioning(_problems(demo_path, actor), "transactions_status")


def test_an_audit_row_edited_and_rehashed_alone_breaks_the_link_of_the_next_one(demo_path, actor):
    from eventdesk.store import audit

    seq, desk = query(
        demo_path, "SELECT seq, desk_id FROM audit_log WHERE table_name = 'transactions' ORDER BY seq LIMIT 1"
    )[0]
    tamper(demo_path, "UPDATE audit_log SET reason = 'palsu' WHERE seq = ? AND desk_id = ?", (seq, desk))
    names = list(audit.COLUMNS)
    row = dict(
        zip(
            names,
            query(demo_path, f"SELECT {', '.join(names)} FROM audit_log WHERE seq = ? AND desk_id = ?", (seq, desk))[0],
            strict=True,
        )
    )
    tamper(
        demo_path, "UPDATE audit_log SET hash = ? WHERE seq = ? AND desk_id = ?", (audit.content_hash(row), seq, desk)
    )

    problems = _problems(demo_path, actor)

    assert [p for p in problems if re.search(rf"\b{seq + 1}\b", p) and re.search(rf"\b{seq}\b", p)], problems


def test_an_audit_row_slipped_into_the_chain_is_named(demo_path, actor):
    seq, desk = query(
        demo_path, "SELECT max(seq), desk_id FROM audit_log GROUP BY desk_id ORDER BY count(*) DESC LIMIT 1"
    )[0]
    tamper(
        demo_path,
        "INSERT INTO audit_log (id, seq, desk_id, operator, created_at, updated_at, table_name, row_id, action,"
        " before, after, reason, prev_hash, hash) VALUES ('sisipan', ?, ?, 'x', '2025-05-08T09:00:00.000000Z',"
        " '2025-05-08T09:00:00.000000Z', 'transactions', 'tx-siluman', 'insert', NULL, '{}', '', 'abc', 'def')",
        (seq + 2, desk),
    )
    problems = _problems(demo_path, actor)
    assert [p for p in problems if re.search(rf"\b{seq + 1}\b", p)], problems  # the number skipped
    assert _mentioning(problems, "transactions", "tx-siluman")


def test_a_later_migration_adding_a_column_keeps_older_rows_sound(demo_path, actor, monkeypatch):
    from eventdesk.store.db import open_event_file
    from eventdesk.store.migrations import MIGRATIONS

    def add_badge_colour(db):
        db.execute("ALTER TABLE attendees ADD COLUMN badge_colour TEXT NOT NULL DEFAULT 'biru'")

    monkeypatch.setattr(MIGRATIONS, "_steps", [*MIGRATIONS._steps, add_badge_colour])
    open_event_file(demo_path, actor).close()  # applies the new migration to rows audited before it
    assert _problems(demo_path, actor) == []

    with sqlite3.connect(demo_path) as raw:
        raw.execute("UPDATE attendees SET badge_colour = 'merah' WHERE id = (SELECT min(id) FROM attendees)")
    problems = _problems(demo_path, actor)
    assert len(problems) == 1 and "attendees" in problems[0]
