"""Sums of transactions: the one query behind every total shown or printed.

Transactions are summed per combination of status, kind, stage, sector, the
regions of buyer and seller, the seller's kabupaten/kota, UMKM involvement and verification (a few hundred
`TotalsRow`s at most), and `domain.figures.fold_totals` adds those up into
every breakdown. For the whole event the sums are kept in the event file (`transaction_sums`, with the
value of each hour in `transaction_hours`) by triggers that every connection runs, EventDesk's or any
other program's: a booking, a void, a merge or an organisation that changes region, kind or kabupaten/kota
moves them in the same transaction. Opening an event (the window's first figures, `eventdesk totals`) reads
a few hundred rows instead of summing 100,000 deals. They are derived data: not audited, not merged (the
merged transactions move them), checked against a fresh sum by `eventdesk check`. With a filter (the list
screen) or as of a moment, the same sums are computed from the matching transactions directly.
"""

from __future__ import annotations

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
    the triggers and the organisation columns whose change moves deals between kept sums all follow from this list."""

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
_READ_BACK = {breakdown.name: breakdown.read for breakdown in BREAKDOWNS}
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
_POSITIONS = ", ".join(str(position) for position in range(1, len(BREAKDOWNS) + 1))
_GROUP_BY = " GROUP BY " + _POSITIONS
_UPSERT_SUMS = "ON CONFLICT DO UPDATE SET value_idr = value_idr + excluded.value_idr, deals = deals + excluded.deals;"

_SUMS_TABLE = (
    "CREATE TABLE transaction_sums ("
    + ", ".join(f"{b.name} {b.sql_type} NOT NULL" for b in BREAKDOWNS)
    + f", value_idr INTEGER NOT NULL, deals INTEGER NOT NULL, PRIMARY KEY ({', '.join(_NAMES)})) STRICT, WITHOUT ROWID"
)


def _add(row: str, sign: str) -> str:
    """Trigger statement adding (sign '+') or taking away ('-') the transaction `row` (NEW or OLD)."""
    columns = ", ".join(b.kept.format(row=row) for b in BREAKDOWNS)
    return f"""
    INSERT INTO transaction_sums
    SELECT {columns}, {sign}{row}.value_idr, {sign}1
    WHERE true
    {_UPSERT_SUMS}"""


def _add_deals_of(organisation: str, sign: str) -> str:
    """Trigger statement adding (sign '+') or taking away ('-') every transaction of `organisation` (NEW or OLD),
    each as its breakdowns read the organisation at that moment (before its update, or after)."""
    columns = ", ".join(b.kept.format(row="t") for b in BREAKDOWNS)
    return f"""
    INSERT INTO transaction_sums
    SELECT {columns}, {sign}sum(t.value_idr), {sign}count(*) FROM transactions t
    WHERE t.buyer_id = {organisation}.id OR t.seller_id = {organisation}.id
    GROUP BY {_POSITIONS}
    {_UPSERT_SUMS}"""


# The curve of the day: per UTC hour, the value booked in it less the value voided in it, kept by the same
# triggers, so the booked total at the end of any hour is a sum of a few rows. A time falls in the hour it
# ends (09:00:00 in the hour ending 09:00, 09:00:01 in the one ending 10:00), as `created_at <= :at` counts it.
def _hour_end(column: str) -> str:
    return (
        f"CASE WHEN substr({column}, 15) = '00:00.000000Z' THEN substr({column}, 1, 13)"
        f" ELSE strftime('%Y-%m-%dT%H', substr({column}, 1, 19), '+1 hour') END"
    )


_HOURS_TABLE = (
    "CREATE TABLE transaction_hours (hour TEXT PRIMARY KEY, value_idr INTEGER NOT NULL) STRICT, WITHOUT ROWID"
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


_ORGANISATION_COLUMNS = sorted({column for b in BREAKDOWNS for column in b.organisation_columns})
_ORGANISATION_CHANGED = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in _ORGANISATION_COLUMNS)
_TRIGGERS = {
    "transaction_sums_insert": f"AFTER INSERT ON transactions BEGIN {_add('NEW', '+')} {_add_hours('NEW', '+')} END",
    "transaction_sums_delete": f"AFTER DELETE ON transactions BEGIN {_add('OLD', '-')} {_add_hours('OLD', '-')} END",
    "transaction_sums_update": f"""AFTER UPDATE ON transactions
    BEGIN {_add("OLD", "-")} {_add_hours("OLD", "-")} {_add("NEW", "+")} {_add_hours("NEW", "+")} END""",
    # An organisation that changes what a breakdown reads of it (its region, its kind, its kabupaten/kota): its
    # deals leave the sums as they were read before the change and come back as they read after it.
    "transaction_sums_organisation_before": f"""BEFORE UPDATE OF {", ".join(_ORGANISATION_COLUMNS)} ON organisations
    WHEN {_ORGANISATION_CHANGED} BEGIN {_add_deals_of("OLD", "-")} END""",
    "transaction_sums_organisation_after": f"""AFTER UPDATE OF {", ".join(_ORGANISATION_COLUMNS)} ON organisations
    WHEN {_ORGANISATION_CHANGED} BEGIN {_add_deals_of("NEW", "+")} END""",
}


def install_kept_sums(conn: Any) -> None:
    """Create the kept sums and hours with their triggers, filled from the transactions; what was there before is
    dropped first. The step of migration m011, and of any later migration that changes `BREAKDOWNS` (the table's
    key and the triggers are derived from it)."""
    for name in _TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP TABLE IF EXISTS transaction_sums")
    conn.execute("DROP TABLE IF EXISTS transaction_hours")
    conn.execute(_SUMS_TABLE)
    conn.execute(_HOURS_TABLE)
    columns = ", ".join([*_NAMES, *_SUMMED])
    conn.execute(f"INSERT INTO transaction_sums ({columns}) {_GROUPED} {_GROUP_BY}")
    conn.execute("INSERT INTO transaction_hours SELECT hour, sum(value_idr) FROM (" + _HOURS_SELECT + ") GROUP BY hour")
    for name, body in _TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {body}")


def _totals_rows(cursor: Any) -> list[TotalsRow]:
    """Rows of sums read by column name, each breakdown as the domain wants it ('' → None, 0/1 → bool)."""
    names = [column[0] for column in cursor.description]
    # Each field of TotalsRow in its order: where the query put it, and how it is read back (sums as they are).
    fields = [(names.index(name), _READ_BACK.get(name, _as_summed)) for name in TotalsRow._fields]
    return [TotalsRow._make([read(values[at]) for at, read in fields]) for values in cursor]


def _as_summed(value: int) -> int:
    return value


def computed_sums(event_file: EventFile, selection: TransactionFilter | None = None) -> list[TotalsRow]:
    """The sums straight from the (matching) transactions: the path for filters, and the proof of the kept sums."""
    where, params = where_clause(selection)
    return _totals_rows(event_file.conn.execute(_GROUPED + where + _GROUP_BY, params))


def kept_sums(event_file: EventFile) -> list[TotalsRow]:
    """The sums of every transaction, as the triggers keep them in the file."""
    return _totals_rows(event_file.conn.execute("SELECT * FROM transaction_sums WHERE deals != 0"))


def kept_sums_hold(event_file: EventFile) -> bool:
    """Whether the kept sums and hours equal a fresh sum of the transactions (`eventdesk check`; half a second
    at 100,000 deals)."""

    def key(row: TotalsRow) -> tuple[str, ...]:
        return tuple(str(part) for part in row)

    with event_file.snapshot():
        return sorted(kept_sums(event_file), key=key) == sorted(computed_sums(event_file), key=key) and kept_hours(
            event_file
        ) == computed_hours(event_file)


def sums_as_of(event_file: EventFile, at: str) -> list[TotalsRow]:
    """The sums as announced at `at` (UTC ISO text, as stored): what the figures were then."""
    return _totals_rows(event_file.conn.execute(_GROUPED_AS_OF + _GROUP_BY, {"at": at}))


def booked_totals_at(event_file: EventFile, moments: list[str]) -> list[int]:
    """The booked total as it stood at each of `moments` (UTC ISO text): a deal counts from its booking until its
    void, as in `sums_as_of` (the tests hold the two to the same figures). Read from the kept hours, a few rows,
    and for a moment inside an hour what that hour holds after it, through the indexes on booking and void times."""
    with event_file.snapshot():
        conn = event_file.conn
        kept = conn.execute("SELECT hour, value_idr FROM transaction_hours ORDER BY hour").fetchall()
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
    return event_file.conn.execute(
        "SELECT hour, value_idr FROM transaction_hours WHERE value_idr != 0 ORDER BY hour"
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
