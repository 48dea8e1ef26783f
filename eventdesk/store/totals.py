"""Sums of transactions: the one query behind every total shown or printed.

Transactions are summed per combination of status, kind, stage, sector, the
regions of buyer and seller, UMKM involvement and verification (a few hundred
`TotalsRow`s at most), and `domain.figures.fold_totals` adds those up into
every breakdown. For the whole event the sums are kept up to date by
triggers in a TEMP table of this connection, so the dashboard reads them in
a millisecond even with 100,000 transactions; they are rebuilt from the
transactions when the connection first needs them, when another connection
(another program on the same file) has committed, or after an organisation
changed region or kind. Nothing of this is written to the event file.
With a filter (the list screen), the same sums are computed from the
matching transactions directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.domain.figures import TotalsRow, TransactionTotals, fold_totals
from eventdesk.domain.filters import TransactionFilter
from eventdesk.store import regions, sectors
from eventdesk.store.transactions import JOINS, where_clause

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

_GROUPED = f"""
SELECT t.status, t.kind, t.stage, t.sector_id, b.region_id, se.region_id,
       (b.kind = 'umkm' OR se.kind = 'umkm'), t.verified_at IS NOT NULL, sum(t.value_idr), count(*)
{JOINS}"""
_GROUP_BY = " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"

_SUMS_TABLES = (
    """CREATE TEMP TABLE IF NOT EXISTS transaction_sums (
        status TEXT NOT NULL, kind TEXT NOT NULL, stage TEXT NOT NULL, sector_id TEXT NOT NULL,
        buyer_region_id TEXT NOT NULL, seller_region_id TEXT NOT NULL, umkm INTEGER NOT NULL, verified INTEGER NOT NULL,
        value_idr INTEGER NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY (status, kind, stage, sector_id, buyer_region_id, seller_region_id, umkm, verified)
    ) WITHOUT ROWID""",
    "CREATE TEMP TABLE IF NOT EXISTS transaction_sums_state (data_version INTEGER NOT NULL, stale INTEGER NOT NULL)",
)


def _add(row: str, sign: str) -> str:
    """Trigger statement adding (sign '+') or taking away ('-') the transaction `row` (NEW or OLD)."""
    return f"""
    INSERT INTO transaction_sums
    SELECT {row}.status, {row}.kind, {row}.stage, coalesce({row}.sector_id, ''),
           coalesce((SELECT region_id FROM organisations WHERE id = {row}.buyer_id), ''),
           coalesce((SELECT region_id FROM organisations WHERE id = {row}.seller_id), ''),
           EXISTS (SELECT 1 FROM organisations WHERE id IN ({row}.buyer_id, {row}.seller_id) AND kind = 'umkm'),
           {row}.verified_at IS NOT NULL, {sign}{row}.value_idr, {sign}1
    WHERE true
    ON CONFLICT DO UPDATE SET value_idr = value_idr + excluded.value_idr, count = count + excluded.count;"""


_SUMS_TRIGGERS = (
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_sums_insert AFTER INSERT ON main.transactions
    BEGIN {_add("NEW", "+")} END""",
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_sums_delete AFTER DELETE ON main.transactions
    BEGIN {_add("OLD", "-")} END""",
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_sums_update AFTER UPDATE ON main.transactions
    BEGIN {_add("OLD", "-")} {_add("NEW", "+")} END""",
    """CREATE TEMP TRIGGER IF NOT EXISTS transaction_sums_organisation AFTER UPDATE OF region_id, kind ON
    main.organisations
    WHEN OLD.region_id IS NOT NEW.region_id OR OLD.kind IS NOT NEW.kind
    BEGIN UPDATE transaction_sums_state SET stale = 1; END""",
)


def _totals_row(row: tuple[Any, ...]) -> TotalsRow:
    status, kind, stage, sector_id, buyer_region, seller_region, umkm, verified, value, count = row
    return TotalsRow(
        status,
        kind,
        stage,
        sector_id or None,
        buyer_region or None,
        seller_region or None,
        bool(umkm),
        bool(verified),
        value,
        count,
    )


def computed_sums(event_file: EventFile, selection: TransactionFilter | None = None) -> list[TotalsRow]:
    """The sums straight from the (matching) transactions: the path for filters, and the proof of the kept sums."""
    where, params = where_clause(selection)
    return [_totals_row(row) for row in event_file.conn.execute(_GROUPED + where + _GROUP_BY, params)]


def kept_sums(event_file: EventFile) -> list[TotalsRow]:
    """The sums of every transaction, as the triggers keep them (rebuilt first when they may be out of date)."""
    conn = event_file.conn
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")  # one snapshot for the check, the rebuild and the read
    try:
        _ensure_sums(event_file)
        rows = conn.execute(
            "SELECT status, kind, stage, sector_id, buyer_region_id, seller_region_id, umkm, verified, "
            "value_idr, count "
            "FROM temp.transaction_sums WHERE count != 0"
        ).fetchall()
        if own_transaction:
            conn.execute("COMMIT")
    except BaseException:
        if own_transaction and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return [_totals_row(row) for row in rows]


def _ensure_sums(event_file: EventFile) -> None:
    conn = event_file.conn
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    exists = conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'transaction_sums_state'").fetchone()
    if exists:
        state = conn.execute("SELECT data_version, stale FROM temp.transaction_sums_state").fetchone()
        if state == (version, 0):
            return
    for statement in _SUMS_TABLES + _SUMS_TRIGGERS:
        conn.execute(statement)
    conn.execute("DELETE FROM temp.transaction_sums")
    conn.executemany(
        "INSERT INTO temp.transaction_sums VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (status, kind, stage, sector or "", buyer or "", seller or "", umkm, verified, value, count)
            for status, kind, stage, sector, buyer, seller, umkm, verified, value, count in conn.execute(
                _GROUPED + _GROUP_BY
            )
        ],
    )
    conn.execute("DELETE FROM temp.transaction_sums_state")
    conn.execute("INSERT INTO temp.transaction_sums_state VALUES (?, 0)", (version,))


def grouped_sums(event_file: EventFile, selection: TransactionFilter | None = None) -> list[TotalsRow]:
    if selection is None or selection.is_empty:
        return kept_sums(event_file)
    return computed_sums(event_file, selection)


def transaction_totals(event_file: EventFile, selection: TransactionFilter | None = None) -> TransactionTotals:
    """Every figure of the (matching) transactions, in the current language."""
    return fold_totals(
        grouped_sums(event_file, selection), regions.list_regions(event_file), sectors.list_sectors(event_file)
    )
