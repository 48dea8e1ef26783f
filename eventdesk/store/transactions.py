"""Transactions: trade and investment deals booked on the spot, booked or void.

Lists of any size are read in two steps: the keys of every matching row in the
wanted order (filtered and sorted by SQLite), then the rows of one page at a
time, so a list of 100,000 deals opens as fast as a list of ten.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import from_iso, moment_of
from eventdesk.domain.enums import DirectionKind, OrganisationKind, TransactionKind, TransactionStage, TransactionStatus
from eventdesk.domain.filters import NO_SECTOR, TransactionFilter, TransactionOrder
from eventdesk.domain.models import Transaction
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.domain.figures import RecapLine
    from eventdesk.store.db import EventFile

# Aliases used by every query here and by store/totals.py: t transaction, b buyer, se seller,
# rb / rs their regions, s sector, d desk.
JOINS = """
FROM transactions t
JOIN organisations b ON b.id = t.buyer_id
JOIN organisations se ON se.id = t.seller_id
LEFT JOIN regions rb ON rb.id = b.region_id
LEFT JOIN regions rs ON rs.id = se.region_id
LEFT JOIN sectors s ON s.id = t.sector_id
LEFT JOIN desks d ON d.id = t.desk_id
"""

_SELECT = (
    """
SELECT t.id, t.buyer_id, t.seller_id, t.value_idr, t.kind, t.stage, t.status, t.sector_id, s.name,
       b.name, se.name, rb.name, rs.name, b.kind, se.kind, t.commodity, t.quantity, t.unit,
       t.agreement_id, t.note, t.void_reason, t.voided_at, t.voided_by, t.replaces_id,
       t.verified_at, t.verified_by, t.operator, t.desk_id, t.created_at, d.label,
       b.region_id, se.region_id, t.rowid, rb.code, rs.code, b.district, se.district
"""
    + JOINS
)

_ORDER_SQL = {
    TransactionOrder.CREATED: "t.created_at",
    TransactionOrder.BUYER: "b.name COLLATE NOCASE",
    TransactionOrder.SELLER: "se.name COLLATE NOCASE",
    TransactionOrder.DIRECTION: "rb.name, rs.name",
    TransactionOrder.SECTOR: "s.name COLLATE NOCASE",
    TransactionOrder.COMMODITY: "t.commodity COLLATE NOCASE",
    TransactionOrder.QUANTITY: "t.quantity",
    TransactionOrder.VALUE: "t.value_idr",
    TransactionOrder.KIND: "t.kind",
    TransactionOrder.STAGE: (
        "CASE t.stage WHEN 'interest' THEN 1 WHEN 'commitment' THEN 2 WHEN 'contract' THEN 3 ELSE 4 END"
    ),
    TransactionOrder.STATUS: "t.status, t.verified_at IS NULL",
    TransactionOrder.DESK: "d.label COLLATE NOCASE",
    TransactionOrder.OPERATOR: "t.operator COLLATE NOCASE",
}

# Orders that read a joined table; the others (and filters on the transaction's own columns) need no join.
_JOINED_ORDERS = frozenset(
    {
        TransactionOrder.BUYER,
        TransactionOrder.SELLER,
        TransactionOrder.DIRECTION,
        TransactionOrder.SECTOR,
        TransactionOrder.DESK,
    }
)

_SEARCHED = ("b.name", "se.name", "t.commodity", "t.note", "s.name", "t.void_reason", "t.operator", "t.unit")


def _transaction(row: tuple[Any, ...]) -> Transaction:
    return Transaction(
        id=row[0],
        buyer_id=row[1],
        seller_id=row[2],
        value_idr=row[3],
        kind=TransactionKind(row[4]),
        stage=TransactionStage(row[5]),
        status=TransactionStatus(row[6]),
        sector_id=row[7],
        sector_name=row[8],
        buyer_name=row[9],
        seller_name=row[10],
        buyer_region=row[11],
        seller_region=row[12],
        buyer_kind=OrganisationKind(row[13]),
        seller_kind=OrganisationKind(row[14]),
        commodity=row[15],
        quantity=row[16],
        unit=row[17],
        agreement_id=row[18],
        note=row[19],
        void_reason=row[20],
        voided_at=from_iso(row[21]),
        voided_by=row[22],
        replaces_id=row[23],
        verified_at=from_iso(row[24]),
        verified_by=row[25],
        operator=row[26],
        desk_id=row[27],
        created_at=from_iso(row[28]),
        desk_label=row[29],
        buyer_region_id=row[30],
        seller_region_id=row[31],
        buyer_region_code=row[33] or None,
        seller_region_code=row[34] or None,
        buyer_district=row[35],
        seller_district=row[36],
    )


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(selection: TransactionFilter | None) -> tuple[str, list[Any]]:
    """`WHERE …` (or "") and its parameters for `selection`, over the aliases of JOINS."""
    if selection is None:
        return "", []
    conditions: list[str] = []
    params: list[Any] = []
    if selection.sector_id is not None:
        if selection.sector_id == NO_SECTOR:
            conditions.append("t.sector_id IS NULL")
        else:
            conditions.append("t.sector_id = ?")
            params.append(selection.sector_id)
    for column, value in (("t.kind", selection.kind), ("t.stage", selection.stage), ("t.status", selection.status)):
        if value is not None:
            conditions.append(f"{column} = ?")
            params.append(value.value)
    if selection.desk_id is not None:
        conditions.append("t.desk_id = ?")
        params.append(selection.desk_id)
    if selection.organisation_id is not None:
        conditions.append("(t.buyer_id = ? OR t.seller_id = ?)")
        params += [selection.organisation_id, selection.organisation_id]
    if selection.verified is not None:
        conditions.append("t.verified_at IS NOT NULL" if selection.verified else "t.verified_at IS NULL")
    direction = selection.direction
    if direction is not None:
        if direction.kind is DirectionKind.BETWEEN:
            conditions.append("b.region_id = ? AND se.region_id = ?")
            params += [direction.from_region_id, direction.to_region_id]
        elif direction.kind is DirectionKind.WITHIN:
            conditions.append("b.region_id IS NOT NULL AND b.region_id = se.region_id")
        else:
            conditions.append("(b.region_id IS NULL OR se.region_id IS NULL)")
    for word in selection.words:
        pattern = _like(word)
        conditions.append(
            "(" + " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in _SEARCHED) + " OR t.id LIKE ? ESCAPE '\\')"
        )
        params += [pattern] * len(_SEARCHED) + [pattern[1:]]
    if not conditions:
        return "", []
    return " WHERE " + " AND ".join(conditions), params


def list_transactions(
    event_file: EventFile, *, status: TransactionStatus | None = None, selection: TransactionFilter | None = None
) -> list[Transaction]:
    return list(iter_transactions(event_file, TransactionFilter(status=status) if selection is None else selection))


def iter_transactions(event_file: EventFile, selection: TransactionFilter | None = None) -> Iterator[Transaction]:
    """Matching transactions in booking order, read as they are needed (a recap of 100,000 lines)."""
    where, params = where_clause(selection)
    cursor = event_file.conn.execute(_SELECT + where + " ORDER BY t.created_at, t.rowid", params)
    for row in cursor:
        yield _transaction(row)


# The recap's lines: what the ledger prints and nothing else, in booking order (see RecapLine). (SQLite leaves
# out the desks' join, whose columns it does not read.)
_RECAP_LINES = (
    """
SELECT t.id, t.created_at, b.name, rb.name, se.name, rs.name, s.name, t.commodity, t.quantity, t.unit,
       t.kind, t.stage, t.value_idr, t.verified_at IS NOT NULL
"""
    + JOINS
    + " WHERE t.status = ? ORDER BY t.created_at, t.rowid"
)


def iter_recap_lines(event_file: EventFile) -> Iterator[RecapLine]:
    """Every booked transaction in booking order as the recap prints it, read as the report is written."""
    from eventdesk.domain.figures import RecapLine  # (the figures' module: not loaded by a booking)

    kinds = {kind.value: kind for kind in TransactionKind}
    stages = {stage.value: stage for stage in TransactionStage}
    for row in event_file.conn.execute(_RECAP_LINES, (TransactionStatus.BOOKED.value,)):
        yield RecapLine(
            row[0],
            moment_of(row[1]),
            row[2],
            row[3],
            row[4],
            row[5],
            row[6],
            row[7],
            row[8],
            row[9],
            kinds[row[10]],
            stages[row[11]],
            row[12],
            bool(row[13]),
        )


def transaction_keys(
    event_file: EventFile,
    selection: TransactionFilter | None = None,
    order: TransactionOrder = TransactionOrder.CREATED,
    descending: bool = True,
) -> array[int]:
    """The keys (row numbers) of every matching transaction, in the wanted order; pages come from `transactions_at`."""
    where, params = where_clause(selection)
    direction = "DESC" if descending else "ASC"
    sort = ", ".join(f"{part.strip()} {direction}" for part in _ORDER_SQL[order].split(","))
    if order is not TransactionOrder.CREATED:
        sort += f", t.created_at {direction}"  # (booking order is the tie-break; once is enough for the index)
    # Every transaction has its buyer and seller (foreign keys), so leaving out joins nothing reads
    # changes no result, and spares 200,000 lookups on a list of 100,000 (a third of a second).
    joined = order in _JOINED_ORDERS or (selection is not None and (selection.direction is not None or selection.words))
    source = JOINS if joined else " FROM transactions t "
    sql = f"SELECT t.rowid {source}{where} ORDER BY {sort}, t.rowid {direction}"
    keys = array("q")
    cursor = event_file.conn.execute(sql, params)
    while chunk := cursor.fetchmany(5000):
        keys.extend(key for (key,) in chunk)
    return keys


def transactions_at(event_file: EventFile, keys: Sequence[int]) -> list[Transaction | None]:
    """The transactions with these keys, in the same order (None where a row has gone)."""
    if not keys:
        return []
    found: dict[int, Transaction] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        rows = event_file.conn.execute(_SELECT + f" WHERE t.rowid IN ({', '.join('?' * len(chunk))})", chunk)
        for row in rows:
            found[row[32]] = _transaction(row)  # t.rowid
    return [found.get(key) for key in keys]


def latest_transactions(
    event_file: EventFile, limit: int, status: TransactionStatus = TransactionStatus.BOOKED
) -> list[Transaction]:
    rows = event_file.conn.execute(
        _SELECT + " WHERE t.status = ? ORDER BY t.created_at DESC, t.rowid DESC LIMIT ?", (status.value, limit)
    )
    return [_transaction(row) for row in rows]


def get_transaction(event_file: EventFile, transaction_id: str) -> Transaction | None:
    row = event_file.conn.execute(_SELECT + " WHERE t.id = ?", (transaction_id,)).fetchone()
    return _transaction(row) if row else None


def find_by_id_prefix(event_file: EventFile, prefix: str, limit: int = 5) -> list[Transaction]:
    """Transactions whose id starts with `prefix` (people copy the first characters of an id)."""
    rows = event_file.conn.execute(_SELECT + " WHERE t.id LIKE ? ESCAPE '\\' LIMIT ?", (_like(prefix)[1:], limit))
    return [_transaction(row) for row in rows]


def replacement_of(event_file: EventFile, transaction_id: str) -> Transaction | None:
    """The booked transaction that replaces `transaction_id`, if one does."""
    row = event_file.conn.execute(
        _SELECT + " WHERE t.replaces_id = ? ORDER BY t.created_at DESC LIMIT 1", (transaction_id,)
    ).fetchone()
    return _transaction(row) if row else None


def replacements(event_file: EventFile) -> dict[str, str]:
    """Voided transaction id -> id of the booked transaction that replaced it."""
    rows = event_file.conn.execute(
        "SELECT replaces_id, id FROM transactions WHERE replaces_id IS NOT NULL AND status = 'booked' ORDER "
        "BY created_at"
    )
    return dict(rows.fetchall())


def used_texts(event_file: EventFile, limit: int = 300) -> tuple[list[str], list[str]]:
    """Commodities and units typed before, each most used first, for completion in the entry form.

    One pass over the deals for both lists (a few dozen pairs), not one sort of 100,000 rows each.
    """
    commodities: dict[str, int] = {}
    units: dict[str, int] = {}
    for commodity, unit, count in event_file.conn.execute(
        "SELECT commodity, unit, count(*) FROM transactions GROUP BY commodity, unit"
    ):
        if commodity:
            commodities[commodity] = commodities.get(commodity, 0) + count
        if unit:
            units[unit] = units.get(unit, 0) + count

    def most_used(counts: dict[str, int]) -> list[str]:
        return [text for text, _count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]]

    return most_used(commodities), most_used(units)


def add_transaction(event_file: EventFile, values: dict[str, Any]) -> str:
    return records.insert_row(event_file, "transactions", values)["id"]


def update_transaction(
    event_file: EventFile, transaction_id: str, changes: dict[str, Any], *, action: str, reason: str = ""
) -> None:
    records.update_row(event_file, "transactions", transaction_id, changes, action=action, reason=reason)


def linked_to_agreements(event_file: EventFile) -> tuple[int, int]:
    """(count, value) of the booked deals recorded against an agreement."""
    row = event_file.conn.execute(
        "SELECT count(*), coalesce(sum(value_idr), 0) FROM transactions"
        " WHERE status = 'booked' AND agreement_id IS NOT NULL"
    ).fetchone()
    return int(row[0]), int(row[1])


def commodity_sums(event_file: EventFile) -> list[tuple[str, str, int, float | None, int]]:
    """(commodity, unit, value, quantity, deals) of the booked deals, the same commodity and unit however typed
    (case and spaces) summed together, largest value first."""
    cursor = event_file.conn.execute(
        "SELECT min(trim(commodity)), min(trim(unit)), sum(value_idr), sum(quantity), count(*) FROM transactions"
        " WHERE status = 'booked' GROUP BY lower(trim(commodity)), lower(trim(unit)) ORDER BY 3 DESC"
    )
    return [(row[0], row[1], int(row[2]), row[3], int(row[4])) for row in cursor]


def party_count(event_file: EventFile, kinds: Sequence[str]) -> int:
    """How many organisations of `kinds` are buyer or seller of at least one booked deal."""
    marks = ", ".join("?" * len(kinds))
    return event_file.conn.execute(
        f"""SELECT count(*) FROM organisations WHERE kind IN ({marks}) AND id IN (
            SELECT buyer_id FROM transactions WHERE status = 'booked'
            UNION SELECT seller_id FROM transactions WHERE status = 'booked')""",
        tuple(kinds),
    ).fetchone()[0]
