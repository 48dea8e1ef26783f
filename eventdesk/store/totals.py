"""Sums of transactions: the one query behind every total shown or printed.

Transactions are summed per combination of status, kind, stage, sector, the
regions of buyer and seller, the seller's kabupaten/kota, UMKM involvement and verification (a few hundred
`TotalsRow`s at most), and `domain.figures.fold_totals` adds those up into
every breakdown. For the whole event the sums are kept up to date by
triggers in a TEMP table of this connection, so the dashboard reads them in
a millisecond even with 100,000 transactions; they are rebuilt from the
transactions when the connection first needs them, when another connection
(another program on the same file) has committed, or after an organisation
changed region, kind or kabupaten/kota. Nothing of this is written to the event file.
With a filter (the list screen), the same sums are computed from the
matching transactions directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from eventdesk.domain.figures import TotalsRow, TransactionTotals, fold_totals, host_region_of
from eventdesk.domain.filters import TransactionFilter
from eventdesk.store import regions, sectors
from eventdesk.store.transactions import JOINS, where_clause

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


@dataclass(frozen=True)
class Breakdown:
    """One column the sums are grouped by, declared once: the grouped query, the kept-sums table and its key,
    the triggers and the organisation columns that make the kept sums stale are all derived from this list."""

    name: str  # the column of the kept sums, and the field of `TotalsRow`
    grouped: str  # over the transaction `t`, its buyer `b` and its seller `se` (transactions.JOINS)
    kept: str  # the same, over the trigger's `{row}` (NEW or OLD), never NULL (part of the key)
    sql_type: str = "TEXT"
    as_of: str = ""  # over `t` as the transaction stood at `:at` (a later void not yet made), when it differs
    organisation_columns: tuple[str, ...] = ()  # columns of organisations it depends on
    flag: bool = False  # read back as a bool; otherwise '' is read back as None

    def read(self, value: Any) -> Any:
        return bool(value) if self.flag else (value or None)


def _organisation_of(row: str, side: str, column: str) -> str:
    return f"coalesce((SELECT {column} FROM organisations WHERE id = {row}.{side}_id), '')"


BREAKDOWNS = (
    Breakdown(
        "status",
        "t.status",
        "{row}.status",
        as_of="CASE WHEN t.status = 'void' AND t.voided_at > :at THEN 'booked' ELSE t.status END",
    ),
    Breakdown("kind", "t.kind", "{row}.kind"),
    Breakdown("stage", "t.stage", "{row}.stage"),
    Breakdown("sector_id", "coalesce(t.sector_id, '')", "coalesce({row}.sector_id, '')"),
    Breakdown(
        "buyer_region_id",
        "coalesce(b.region_id, '')",
        _organisation_of("{row}", "buyer", "region_id"),
        organisation_columns=("region_id",),
    ),
    Breakdown(
        "seller_region_id",
        "coalesce(se.region_id, '')",
        _organisation_of("{row}", "seller", "region_id"),
        organisation_columns=("region_id",),
    ),
    Breakdown(
        "seller_district",
        "coalesce(se.district, '')",
        _organisation_of("{row}", "seller", "district"),
        organisation_columns=("district",),
    ),
    Breakdown(
        "umkm",
        "(b.kind = 'umkm' OR se.kind = 'umkm')",
        "EXISTS (SELECT 1 FROM organisations WHERE id IN ({row}.buyer_id, {row}.seller_id) AND kind = 'umkm')",
        "INTEGER",
        organisation_columns=("kind",),
        flag=True,
    ),
    Breakdown(
        "verified",
        "t.verified_at IS NOT NULL",
        "{row}.verified_at IS NOT NULL",
        "INTEGER",
        flag=True,
        as_of="(t.verified_at IS NOT NULL AND t.verified_at <= :at)",
    ),
)
_NAMES = [breakdown.name for breakdown in BREAKDOWNS]
_SUMMED = ("value_idr", "deals")  # after the breakdowns, in every row of sums

_GROUPED = (
    "SELECT "
    + ", ".join(f"{b.grouped} AS {b.name}" for b in BREAKDOWNS)
    + f", sum(t.value_idr) AS value_idr, count(*) AS deals {JOINS}"
)
# The sums as they stood at a moment: deals booked by then, a void or a verification made later not yet made.
_GROUPED_AS_OF = (
    "SELECT "
    + ", ".join(f"{b.as_of or b.grouped} AS {b.name}" for b in BREAKDOWNS)
    + f", sum(t.value_idr) AS value_idr, count(*) AS deals {JOINS} WHERE t.created_at <= :at"
)
_GROUP_BY = " GROUP BY " + ", ".join(str(position) for position in range(1, len(BREAKDOWNS) + 1))

_SUMS_TABLES = (
    "CREATE TEMP TABLE IF NOT EXISTS transaction_sums ("
    + ", ".join(f"{b.name} {b.sql_type} NOT NULL" for b in BREAKDOWNS)
    + f", value_idr INTEGER NOT NULL, deals INTEGER NOT NULL, PRIMARY KEY ({', '.join(_NAMES)})) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS transaction_sums_state (data_version INTEGER NOT NULL, stale INTEGER NOT NULL)",
)


def _add(row: str, sign: str) -> str:
    """Trigger statement adding (sign '+') or taking away ('-') the transaction `row` (NEW or OLD)."""
    columns = ", ".join(b.kept.format(row=row) for b in BREAKDOWNS)
    return f"""
    INSERT INTO transaction_sums
    SELECT {columns}, {sign}{row}.value_idr, {sign}1
    WHERE true
    ON CONFLICT DO UPDATE SET value_idr = value_idr + excluded.value_idr, deals = deals + excluded.deals;"""


# The curve of the day: per UTC hour, the value booked in it less the value voided in it, kept by the same
# triggers, so the booked total at the end of any hour is a sum of a few rows. A time falls in the hour it
# ends (09:00:00 in the hour ending 09:00, 09:00:01 in the one ending 10:00), as `created_at <= :at` counts it.
def _hour_end(column: str) -> str:
    return (
        f"CASE WHEN substr({column}, 15) = '00:00.000000Z' THEN substr({column}, 1, 13)"
        f" ELSE strftime('%Y-%m-%dT%H', substr({column}, 1, 19), '+1 hour') END"
    )


_HOURS_TABLE = (
    "CREATE TEMP TABLE IF NOT EXISTS transaction_hours (hour TEXT PRIMARY KEY, value_idr INTEGER NOT NULL) "
    "WITHOUT ROWID"
)
_HOURS_SELECT = f"""
SELECT {_hour_end("created_at")} AS hour, value_idr FROM transactions
UNION ALL SELECT {_hour_end("coalesce(voided_at, created_at)")}, -value_idr FROM transactions WHERE status = 'void'"""


def _add_hours(row: str, sign: str) -> str:
    """Trigger statements adding (sign '+') or taking away ('-') transaction `row` from the hours."""
    other = "-" if sign == "+" else "+"
    upsert = "ON CONFLICT DO UPDATE SET value_idr = value_idr + excluded.value_idr;"
    return f"""
    INSERT INTO transaction_hours SELECT {_hour_end(f"{row}.created_at")}, {sign}{row}.value_idr WHERE true {upsert}
    INSERT INTO transaction_hours SELECT {_hour_end(f"coalesce({row}.voided_at, {row}.created_at)")},
        {other}{row}.value_idr WHERE {row}.status = 'void' {upsert}"""


_HOURS_TRIGGERS = (
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_hours_insert AFTER INSERT ON main.transactions
    BEGIN {_add_hours("NEW", "+")} END""",
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_hours_delete AFTER DELETE ON main.transactions
    BEGIN {_add_hours("OLD", "-")} END""",
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_hours_update AFTER UPDATE ON main.transactions
    BEGIN {_add_hours("OLD", "-")} {_add_hours("NEW", "+")} END""",
)

_ORGANISATION_COLUMNS = sorted({column for b in BREAKDOWNS for column in b.organisation_columns})
_SUMS_TRIGGERS = (
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_sums_insert AFTER INSERT ON main.transactions
    BEGIN {_add("NEW", "+")} END""",
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_sums_delete AFTER DELETE ON main.transactions
    BEGIN {_add("OLD", "-")} END""",
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_sums_update AFTER UPDATE ON main.transactions
    BEGIN {_add("OLD", "-")} {_add("NEW", "+")} END""",
    # An organisation that changes what a breakdown reads of it (its region, its kind) makes the sums stale.
    f"""CREATE TEMP TRIGGER IF NOT EXISTS transaction_sums_organisation
    AFTER UPDATE OF {", ".join(_ORGANISATION_COLUMNS)} ON main.organisations
    WHEN {" OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in _ORGANISATION_COLUMNS)}
    BEGIN UPDATE transaction_sums_state SET stale = 1; END""",
)


def _totals_rows(cursor: Any) -> list[TotalsRow]:
    """Rows of sums read by column name, each breakdown as the domain wants it ('' → None, 0/1 → bool)."""
    names = [column[0] for column in cursor.description]
    rows = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        rows.append(
            TotalsRow(
                **{b.name: b.read(row[b.name]) for b in BREAKDOWNS}, value_idr=row["value_idr"], deals=row["deals"]
            )
        )
    return rows


def computed_sums(event_file: EventFile, selection: TransactionFilter | None = None) -> list[TotalsRow]:
    """The sums straight from the (matching) transactions: the path for filters, and the proof of the kept sums."""
    where, params = where_clause(selection)
    return _totals_rows(event_file.conn.execute(_GROUPED + where + _GROUP_BY, params))


def kept_sums(event_file: EventFile) -> list[TotalsRow]:
    """The sums of every transaction, as the triggers keep them (rebuilt first when they may be out of date)."""
    with _kept(event_file) as conn:
        return _totals_rows(conn.execute("SELECT * FROM temp.transaction_sums WHERE deals != 0"))


@contextmanager
def _kept(event_file: EventFile) -> Iterator[Any]:
    """The connection, its kept sums and hours up to date, inside one snapshot for the check, rebuild and read."""
    conn = event_file.conn
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")
    try:
        _ensure_sums(event_file)
        yield conn
        if own_transaction:
            conn.execute("COMMIT")
    except BaseException:
        if own_transaction and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _ensure_sums(event_file: EventFile) -> None:
    conn = event_file.conn
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    exists = conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'transaction_sums_state'").fetchone()
    if exists:
        state = conn.execute("SELECT data_version, stale FROM temp.transaction_sums_state").fetchone()
        if state == (version, 0):
            return
    for statement in (*_SUMS_TABLES, *_SUMS_TRIGGERS, _HOURS_TABLE, *_HOURS_TRIGGERS):
        conn.execute(statement)
    conn.execute("DELETE FROM temp.transaction_hours")
    conn.execute(
        "INSERT INTO temp.transaction_hours SELECT hour, sum(value_idr) FROM (" + _HOURS_SELECT + ") GROUP BY hour"
    )
    conn.execute("DELETE FROM temp.transaction_sums")
    columns = ", ".join([*_NAMES, *_SUMMED])
    conn.execute(f"INSERT INTO temp.transaction_sums ({columns}) {_GROUPED} {_GROUP_BY}")
    conn.execute("DELETE FROM temp.transaction_sums_state")
    conn.execute("INSERT INTO temp.transaction_sums_state VALUES (?, 0)", (version,))


def sums_as_of(event_file: EventFile, at: str) -> list[TotalsRow]:
    """The sums as announced at `at` (UTC ISO text, as stored): what the figures were then."""
    return _totals_rows(event_file.conn.execute(_GROUPED_AS_OF + _GROUP_BY, {"at": at}))


def booked_totals_at(event_file: EventFile, moments: list[str]) -> list[int]:
    """The booked total as it stood at each of `moments` (UTC ISO text): a deal counts from its booking until its
    void, as in `sums_as_of` (the tests hold the two to the same figures). Read from the kept hours, a few rows,
    and for a moment inside an hour what that hour holds after it, through the indexes on booking and void times."""
    with _kept(event_file) as conn:
        kept = conn.execute("SELECT hour, value_idr FROM temp.transaction_hours ORDER BY hour").fetchall()
        return [_total_at(conn, kept, moment) for moment in moments]


def grouped_sums(
    event_file: EventFile, selection: TransactionFilter | None = None, at: str | None = None
) -> list[TotalsRow]:
    if at is not None:
        return sums_as_of(event_file, at)
    if selection is None or selection.is_empty:
        return kept_sums(event_file)
    return computed_sums(event_file, selection)


def transaction_totals(
    event_file: EventFile,
    selection: TransactionFilter | None = None,
    at: str | None = None,
    host_region_id: str | None = None,
) -> TransactionTotals:
    """Every figure of the (matching) transactions, or of all of them as they stood `at`, in the current language;
    the host's side from `host_region_id` (the settings' choice), else the first region."""
    known = regions.list_regions(event_file)
    host = host_region_of(host_region_id, known)
    return fold_totals(grouped_sums(event_file, selection, at), known, sectors.list_sectors(event_file), host)


def kept_hours(event_file: EventFile) -> list[tuple[str, int]]:
    """(UTC hour it ends, value booked less value voided in it), as the triggers keep them, in time order."""
    with _kept(event_file) as conn:
        return conn.execute(
            "SELECT hour, value_idr FROM temp.transaction_hours WHERE value_idr != 0 ORDER BY hour"
        ).fetchall()


def computed_hours(event_file: EventFile) -> list[tuple[str, int]]:
    """The same straight from the transactions: the proof of the kept hours."""
    return event_file.conn.execute(
        "SELECT hour, sum(value_idr) FROM ("
        + _HOURS_SELECT
        + ") GROUP BY hour HAVING sum(value_idr) != 0 ORDER BY hour"
    ).fetchall()


def _iso_hour_end(moment: str) -> str:
    """The UTC hour `moment` ends with (`2025-05-08T04` for 03:00:01 to 04:00:00), as `_hour_end` computes it."""
    if moment[14:] == "00:00.000000Z":
        return moment[:13]
    start = datetime.strptime(moment[:13], "%Y-%m-%dT%H").replace(tzinfo=UTC)
    return (start + timedelta(hours=1)).strftime("%Y-%m-%dT%H")


def _total_at(conn: Any, kept: list[tuple[str, int]], moment: str) -> int:
    """The kept hours up to the one `moment` falls in, less what that hour holds after `moment`: deals booked
    later, and voids made later of deals that still counted then."""
    end = _iso_hour_end(moment)
    total = sum(value for hour, value in kept if hour <= end)
    if moment[14:] == "00:00.000000Z":
        return total
    later_booked, later_voided = conn.execute(
        """SELECT
            (SELECT coalesce(sum(value_idr), 0) FROM transactions WHERE created_at > :at AND created_at <= :end),
            (SELECT coalesce(sum(value_idr), 0) FROM transactions
             WHERE voided_at > :at AND voided_at <= :end AND status = 'void')""",
        {"at": moment, "end": end + ":00:00.000000Z"},
    ).fetchone()
    return int(total - later_booked + later_voided)
