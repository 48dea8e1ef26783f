"""The sums behind every total are kept in the event file: a file reopened, or read by `eventdesk totals`, has them
at once; a file of an older EventDesk gets them when it is opened; `eventdesk check` names sums changed outside."""

import sqlite3

from eventdesk.domain.money import parse_amount
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import open_session
from eventdesk.store.migrations import MIGRATIONS
from tests.outside import scalar, tamper

BOOKED_TOTAL = "SELECT coalesce(sum(value_idr), 0) FROM transactions WHERE status = 'booked'"
KEPT_TOTAL = "SELECT coalesce(sum(value_idr), 0) FROM transaction_sums WHERE status = 'booked'"


def _as_an_older_eventdesk_left_it(path):
    """The file as EventDesk wrote it before the sums were kept (schema 10): no sums table, no triggers."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'transaction_sums%'")
    for (name,) in triggers.fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE transaction_sums")
    conn.execute("DROP TABLE transaction_hours")
    conn.execute("DROP INDEX attendees_present")  # schema 12
    conn.execute("PRAGMA user_version = 10")
    conn.commit()
    conn.close()


def test_what_is_booked_and_voided_is_in_the_file_sums_after_closing(demo_path, actor):
    session = open_session(demo_path, actor)
    [buyer, seller, *_] = session.organisations.list()
    [sector, *_] = session.settings.sectors()
    before = session.figures.transaction_totals().total_idr
    kept = session.transactions.book(
        buyer_id=buyer.id, seller_id=seller.id, value="2,5 M", kind="trade", sector_id=sector.id
    )
    dropped = session.transactions.book(buyer_id=buyer.id, seller_id=seller.id, value="7 M", kind="trade")
    session.transactions.void(dropped.id, "Salah ketik")
    session.close()

    # Read with a plain SQLite tool: the figure the next opening shows is already there.
    assert scalar(demo_path, KEPT_TOTAL) == scalar(demo_path, BOOKED_TOTAL) == before + kept.value_idr
    assert before + parse_amount("2,5 M") == scalar(demo_path, KEPT_TOTAL)
    assert check_event_file(demo_path) == []


def test_a_file_of_an_older_eventdesk_gets_its_sums_when_opened(demo_path, actor):
    booked = scalar(demo_path, BOOKED_TOTAL)
    _as_an_older_eventdesk_left_it(demo_path)

    session = open_session(demo_path, actor)
    try:
        assert session.figures.transaction_totals().total_idr == booked
    finally:
        session.close()
    assert scalar(demo_path, "PRAGMA user_version") == MIGRATIONS.latest
    assert scalar(demo_path, KEPT_TOTAL) == booked
    assert check_event_file(demo_path) == []


def test_an_organisation_moved_to_another_district_moves_its_deals_in_the_kept_sums(demo_path, actor):
    session = open_session(demo_path, actor)
    try:
        seller = next(o for o in session.organisations.list() if o.district and o.region_id)
        other = next(d for d in session.organisations.districts(seller.region_id) if d != seller.district)
        before = {share.key: share.value_idr for share in session.figures.transaction_totals().by_district}
        session.organisations.update(
            seller.id, name=seller.name, kind=seller.kind, region_id=seller.region_id, district=other
        )
        after = {share.key: share.value_idr for share in session.figures.transaction_totals().by_district}
    finally:
        session.close()
    sold = scalar(
        demo_path,
        "SELECT coalesce(sum(value_idr), 0) FROM transactions WHERE status = 'booked' AND seller_id = ?",
        (seller.id,),
    )
    assert sold > 0
    assert after.get(other, 0) == before.get(other, 0) + sold
    assert after.get(seller.district, 0) == before.get(seller.district, 0) - sold
    assert check_event_file(demo_path) == []


def test_check_names_sums_changed_behind_eventdesks_back(demo_path):
    tamper(
        demo_path,
        "UPDATE transaction_sums SET value_idr = value_idr + 1000000000 "
        "WHERE value_idr = (SELECT max(value_idr) FROM transaction_sums)",
    )
    problems = check_event_file(demo_path)
    assert any("Jumlah transaksi yang disimpan di berkas tidak sama" in problem for problem in problems), problems
