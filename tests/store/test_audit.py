"""The audit log: every write leaves one row saying who, at which desk, what before and after; chained per desk."""

import json

import pytest

from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.models import Actor
from eventdesk.store import audit, integrity, organisations, records, regions, sectors
from eventdesk.store.db import open_event_file
from tests.outside import query, scalar

SECOND_DESK = Actor(desk_id="0b9e4d7e-1f2a-4c3b-8d5e-0000000000b2", desk_label="Meja Transaksi", operator="Agus Wibowo")


@pytest.fixture
def event_file(event_path, actor):
    opened = open_event_file(event_path, actor, create=True)
    yield opened
    opened.close()


def _audit_rows(event_file):
    """The audit log as stored, before and after read back from their JSON."""
    cursor = event_file.conn.execute(
        "SELECT desk_id, operator, table_name, row_id, action, before, after, reason FROM audit_log ORDER BY "
        "desk_id, seq"
    )
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:
        row["before"] = json.loads(row["before"]) if row["before"] else None
        row["after"] = json.loads(row["after"]) if row["after"] else None
    return rows


def _count(event_file, table):
    return event_file.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def test_an_insert_writes_one_audit_row_with_desk_operator_and_the_row_as_stored(event_file, actor):
    organisation = organisations.add_organisation(event_file, "Kopi Lereng Arjuno", OrganisationKind.UMKM)
    stored = records.fetch_row(event_file, "organisations", organisation.id)

    assert _audit_rows(event_file) == [
        {
            "desk_id": actor.desk_id,
            "operator": actor.operator,
            "table_name": "organisations",
            "row_id": organisation.id,
            "action": "insert",
            "before": None,
            "after": stored,
            "reason": "",
        }
    ]
    assert stored["desk_id"] == actor.desk_id


def test_an_update_writes_one_audit_row_with_before_and_after(event_file, actor):
    organisation = organisations.add_organisation(event_file, "Kopi Lereng Arjuno", OrganisationKind.UMKM)
    before = records.fetch_row(event_file, "organisations", organisation.id)

    organisations.update_organisation(event_file, organisation.id, name="Kopi Lereng Arjuno Malang")

    rows = _audit_rows(event_file)
    assert len(rows) == 2
    update = rows[1]
    assert (update["desk_id"], update["operator"], update["action"], update["row_id"]) == (
        actor.desk_id,
        actor.operator,
        "update",
        organisation.id,
    )
    assert update["before"] == before
    assert update["after"] == records.fetch_row(event_file, "organisations", organisation.id)
    assert update["after"]["name"] == "Kopi Lereng Arjuno Malang"


def test_an_update_is_audited_as_stored_even_when_sqlite_converts_the_value(event_file):
    buyer = organisations.add_organisation(event_file, "PT Samudra Biru Mandiri", OrganisationKind.COMPANY)
    seller = organisations.add_organisation(event_file, "Amplang Karya Etam", OrganisationKind.UMKM)
    row = records.insert_row(
        event_file,
        "transactions",
        {
            "buyer_id": buyer.id,
            "seller_id": seller.id,
            "value_idr": 5_000_000,
            "kind": "trade",
            "stage": "commitment",
            "status": "booked",
            "quantity": 3.0,
        },
    )

    records.update_row(event_file, "transactions", row["id"], {"quantity": 5})

    assert _audit_rows(event_file)[-1]["after"]["quantity"] == 5.0
    assert integrity.find_problems(event_file) == []


def test_an_update_that_changes_nothing_writes_nothing(event_file):
    organisation = organisations.add_organisation(event_file, "Kopi Lereng Arjuno", OrganisationKind.UMKM)
    organisations.update_organisation(event_file, organisation.id, name="Kopi Lereng Arjuno")
    assert _count(event_file, "audit_log") == 1


def test_a_delete_is_audited_and_the_file_stays_consistent(event_file):
    region = regions.add_region(event_file, "Bali", "BALI")
    records.delete_row(event_file, "regions", region.id, reason="Salah input")
    last = _audit_rows(event_file)[-1]
    assert (last["action"], last["before"]["name"], last["after"], last["reason"]) == (
        "delete",
        "Bali",
        None,
        "Salah input",
    )
    assert integrity.find_problems(event_file) == []


def test_a_transaction_that_fails_midway_writes_neither_rows_nor_audit(event_file):
    regions.add_region(event_file, "Jawa Timur", "JATIM")
    counts = {table: _count(event_file, table) for table in ("regions", "organisations", "sectors", "audit_log")}

    with pytest.raises(RuntimeError), event_file.transaction():
        organisations.add_organisation(event_file, "PT Bromo Agro Industri", OrganisationKind.COMPANY)
        sectors.add_sector(event_file, "Perikanan")
        raise RuntimeError("power cut")

    assert {table: _count(event_file, table) for table in counts} == counts
    assert integrity.find_problems(event_file) == []


def test_a_failed_step_inside_a_larger_write_leaves_the_audit_chain_whole(event_file):
    with event_file.transaction():
        regions.add_region(event_file, "Bali", "BALI")
        with pytest.raises(RuntimeError), event_file.transaction():
            organisations.add_organisation(event_file, "PT Ditolak", OrganisationKind.COMPANY)
            raise RuntimeError("this row is rejected, the others are kept")
        sectors.add_sector(event_file, "Perikanan")

    assert [o.name for o in organisations.list_organisations(event_file)] == []
    assert [row["table_name"] for row in _audit_rows(event_file)] == ["regions", "sectors"]
    assert integrity.find_problems(event_file) == []


def test_committed_changes_are_announced_with_their_tables_and_rolled_back_ones_are_not(event_file):
    heard = []
    event_file.add_commit_listener(heard.append)
    regions.add_region(event_file, "Bali", "BALI")
    with pytest.raises(RuntimeError), event_file.transaction():
        sectors.add_sector(event_file, "Perikanan")
        raise RuntimeError
    assert heard == [frozenset({"regions", "audit_log"})]


def test_each_desk_keeps_its_own_unbroken_audit_chain(event_path, event_file, actor):
    other = open_event_file(event_path, SECOND_DESK)
    try:
        for n in range(3):
            regions.add_region(event_file, f"Daerah {n}")
            sectors.add_sector(other, f"Sektor {n}")
        organisations.add_organisation(other, "PT Etam Wisata Pesisir", OrganisationKind.COMPANY)
    finally:
        other.close()

    rows = list(audit.iter_raw(event_file))
    chains = {}
    for row in rows:
        chains.setdefault(row["desk_id"], []).append(row)
    assert {desk: [r["seq"] for r in chain] for desk, chain in chains.items()} == {
        actor.desk_id: [1, 2, 3],
        SECOND_DESK.desk_id: [1, 2, 3, 4],
    }
    for chain in chains.values():
        assert chain[0]["prev_hash"] == audit.GENESIS_HASH
        assert [r["prev_hash"] for r in chain[1:]] == [r["hash"] for r in chain[:-1]]
        assert all(audit.content_hash(r) == r["hash"] for r in chain)
    assert {r["operator"] for r in chains[SECOND_DESK.desk_id]} == {SECOND_DESK.operator}
    assert integrity.find_problems(event_file) == []


def test_the_history_of_one_row_is_read_back_oldest_first(event_file, actor):
    region = regions.add_region(event_file, "Kaltim", "KALTIM")
    regions.update_region(event_file, region.id, name="Kalimantan Timur", code="KALTIM", sort_order=1)
    history = audit.entries_for(event_file, "regions", region.id)
    assert [(e.action, e.operator, e.desk_id) for e in history] == [
        ("insert", actor.operator, actor.desk_id),
        ("update", actor.operator, actor.desk_id),
    ]
    assert (history[1].before["name"], history[1].after["name"]) == ("Kaltim", "Kalimantan Timur")


def test_the_audit_log_on_disk_matches_what_the_app_wrote(event_path, event_file):
    regions.add_region(event_file, "Bali", "BALI")
    event_file.close()
    assert query(event_path, "SELECT table_name, action FROM audit_log") == [("regions", "insert")]
    assert scalar(event_path, "SELECT count(*) FROM regions") == 1
