"""Transactions: trade and investment deals booked on the spot, booked or void."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.domain.clock import from_iso
from eventdesk.domain.enums import OrganisationKind, TransactionKind, TransactionStage, TransactionStatus
from eventdesk.domain.models import Transaction
from eventdesk.store import records

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

_SELECT = """
SELECT t.id, t.buyer_id, t.seller_id, t.value_idr, t.kind, t.stage, t.status, t.sector_id, s.name,
       b.name, se.name, rb.name, rs.name, b.kind, se.kind, t.commodity, t.quantity, t.unit,
       t.agreement_id, t.note, t.void_reason, t.voided_at, t.voided_by, t.replaces_id,
       t.verified_at, t.verified_by, t.operator, t.desk_id, t.created_at
FROM transactions t
JOIN organisations b ON b.id = t.buyer_id
JOIN organisations se ON se.id = t.seller_id
LEFT JOIN regions rb ON rb.id = b.region_id
LEFT JOIN regions rs ON rs.id = se.region_id
LEFT JOIN sectors s ON s.id = t.sector_id
"""


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
    )


def list_transactions(event_file: EventFile, *, status: TransactionStatus | None = None) -> list[Transaction]:
    where, params = ("WHERE t.status = ?", (status.value,)) if status else ("", ())
    cursor = event_file.conn.execute(_SELECT + where + " ORDER BY t.created_at", params)
    return [_transaction(row) for row in cursor]


def get_transaction(event_file: EventFile, transaction_id: str) -> Transaction | None:
    row = event_file.conn.execute(_SELECT + " WHERE t.id = ?", (transaction_id,)).fetchone()
    return _transaction(row) if row else None


def add_transaction(event_file: EventFile, values: dict[str, Any]) -> str:
    return records.insert_row(event_file, "transactions", values)["id"]


def update_transaction(
    event_file: EventFile, transaction_id: str, changes: dict[str, Any], *, action: str, reason: str = ""
) -> None:
    records.update_row(event_file, "transactions", transaction_id, changes, action=action, reason=reason)
