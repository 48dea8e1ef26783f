"""What the audit chain cannot prove on its own, and how the backups witness it.

A forger who rewrites a chain from some row onward and recomputes every hash
after it (the hash is not secret: anyone with this source code can compute it),
or who cuts off the newest rows and puts the data back to match, leaves a file
that is consistent inside. Only an older copy of the chain shows the rewrite.
"""

import re

import pytest

from eventdesk.services import backups
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import open_session
from eventdesk.store import audit
from tests.outside import query, tamper


def _book(path, actor, value):
    session = open_session(path, actor)
    try:
        buyer, seller = [o.id for o in session.organisations.list()[:2]]
        return session.transactions.book(buyer_id=buyer, seller_id=seller, value=value, kind="trade").id
    finally:
        session.close()


def _forge_value_and_rehash(path, transaction_id, extra):
    """Raise the value, rewrite its latest audit entry to match, and recompute the chain from there on."""
    tamper(path, "UPDATE transactions SET value_idr = value_idr + ? WHERE id = ?", (extra, transaction_id))
    columns = [row[1] for row in query(path, "PRAGMA table_info(transactions)")]
    row = dict(zip(columns, query(path, "SELECT * FROM transactions WHERE id = ?", (transaction_id,))[0], strict=True))
    seq, desk = query(
        path, "SELECT seq, desk_id FROM audit_log WHERE row_id = ? ORDER BY seq DESC LIMIT 1", (transaction_id,)
    )[0]
    tamper(path, "UPDATE audit_log SET after = ? WHERE desk_id = ? AND seq = ?", (audit.dump(row), desk, seq))
    names = list(audit.COLUMNS)
    chain = [
        dict(zip(names, r, strict=True))
        for r in query(path, f"SELECT {', '.join(names)} FROM audit_log WHERE desk_id = ? ORDER BY seq", (desk,))
    ]
    previous = audit.GENESIS_HASH
    for entry in chain:
        if entry["seq"] >= seq:
            entry["prev_hash"] = previous
            entry["hash"] = audit.content_hash(entry)
            tamper(
                path,
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                (entry["prev_hash"], entry["hash"], entry["id"]),
            )
        previous = entry["hash"]
    return seq


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "cadangan"


def test_a_rehashed_forgery_passes_inside_the_file_but_a_backup_names_its_first_row(demo_path, actor, folder):
    transaction_id = _book(demo_path, actor, "3 M")
    backups.make_backup(demo_path, folder)
    _book(demo_path, actor, "1 M")  # an honest write after the backup

    seq = _forge_value_and_rehash(demo_path, transaction_id, 50_000_000_000)

    assert check_event_file(demo_path, folder / "kosong") == []  # the limit of a self-contained chain
    problems = check_event_file(demo_path, folder)
    assert len(problems) == 1
    assert re.search(rf"nomor {seq}\b", problems[0]) and "ditulis ulang" in problems[0]


def test_the_newest_rows_cut_off_with_their_audit_are_named_by_a_backup(demo_path, actor, folder):
    transaction_id = _book(demo_path, actor, "3 M")
    backups.make_backup(demo_path, folder)
    seq = query(demo_path, "SELECT seq FROM audit_log WHERE row_id = ?", (transaction_id,))[0][0]
    tamper(demo_path, "DELETE FROM transactions WHERE id = ?", (transaction_id,))
    tamper(demo_path, "DELETE FROM audit_log WHERE row_id = ?", (transaction_id,))

    assert check_event_file(demo_path, folder / "kosong") == []
    problems = check_event_file(demo_path, folder)
    assert len(problems) == 1 and re.search(rf"nomor {seq}\b", problems[0]) and "dipotong" in problems[0]


def test_honest_writes_after_a_backup_and_a_restored_copy_raise_no_alarm(demo_path, actor, folder):
    old = backups.make_backup(demo_path, folder)
    _book(demo_path, actor, "1 M")
    backups.make_backup(demo_path, folder)
    _book(demo_path, actor, "2 M")
    assert check_event_file(demo_path, folder) == []

    restored = backups.restore_backup(old, backups.restore_target(demo_path))
    _book(restored, actor, "7 M")  # the restored copy goes its own way from the old backup
    backups.make_backup(restored, folder)
    assert check_event_file(restored, folder) == []
    assert check_event_file(demo_path, folder) == []


def test_a_backup_of_another_event_with_the_same_name_is_no_witness(demo_path, session, actor, folder):
    made = backups.make_backup(session.path, folder)
    made.rename(folder / made.name.replace(backups.series_of(session.path), backups.series_of(demo_path)))
    assert check_event_file(demo_path, folder) == []
