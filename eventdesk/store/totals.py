"""Sums of booked transactions: the one query behind every total shown or printed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventdesk.domain.enums import TransactionKind
from eventdesk.domain.figures import Share, TransactionTotals
from eventdesk.domain.i18n import tr

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile


def transaction_totals(event_file: EventFile) -> TransactionTotals:
    conn = event_file.conn
    total, count = conn.execute(
        "SELECT COALESCE(sum(value_idr), 0), count(*) FROM transactions WHERE status = 'booked'"
    ).fetchone()
    void_count = conn.execute("SELECT count(*) FROM transactions WHERE status = 'void'").fetchone()[0]
    by_kind = {
        TransactionKind(kind): Share(TransactionKind(kind).label, value, n)
        for kind, value, n in conn.execute(
            "SELECT kind, sum(value_idr), count(*) FROM transactions WHERE status = 'booked' GROUP BY kind"
        )
    }
    by_sector = [
        Share(name if name is not None else tr("Tanpa sektor"), value, n)
        for name, value, n in conn.execute(
            """
            SELECT s.name, COALESCE(sum(t.value_idr), 0) AS value, count(t.id)
            FROM transactions t LEFT JOIN sectors s ON s.id = t.sector_id
            WHERE t.status = 'booked'
            GROUP BY t.sector_id ORDER BY value DESC, s.name
            """
        )
    ]
    return TransactionTotals(total, count, void_count, by_kind, by_sector)
