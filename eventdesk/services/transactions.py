"""Booking trade and investment deals, and voiding them with a reason (never editing them)."""

from __future__ import annotations

from eventdesk.domain.clock import now_iso
from eventdesk.domain.enums import TransactionKind, TransactionStage, TransactionStatus
from eventdesk.domain.errors import InvalidAmount, InvalidValue, NotAllowed, NotFound
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Transaction
from eventdesk.domain.money import MAX_AMOUNT, parse_amount
from eventdesk.domain.text import clean_line, clean_note, is_storable, shown
from eventdesk.store import agreements, organisations, sectors, transactions
from eventdesk.store.db import EventFile


class TransactionService:
    def __init__(self, event_file: EventFile) -> None:
        self._file = event_file

    def list(self, status: TransactionStatus | None = None) -> list[Transaction]:
        return transactions.list_transactions(self._file, status=status)

    def get(self, transaction_id: str) -> Transaction:
        found = transactions.get_transaction(self._file, transaction_id) if is_storable(str(transaction_id)) else None
        if found is None:
            raise NotFound(tr("Transaksi '{id}' tidak ditemukan.").format(id=shown(transaction_id)))
        return found

    def book(
        self,
        *,
        buyer_id: str,
        seller_id: str,
        value: int | str,
        kind: TransactionKind | str,
        stage: TransactionStage | str = TransactionStage.COMMITMENT,
        sector_id: str | None = None,
        commodity: str = "",
        quantity: float | None = None,
        unit: str = "",
        agreement_id: str | None = None,
        note: str = "",
        replaces_id: str | None = None,
    ) -> Transaction:
        """Book one transaction; `value` is integer rupiah or text as staff type it (`1,5 M`)."""
        value_idr = parse_amount(value) if isinstance(value, str) else value
        if not isinstance(value_idr, int) or isinstance(value_idr, bool):
            raise InvalidAmount(tr("Nilai harus rupiah bulat."), field="value")
        if value_idr <= 0:
            raise InvalidAmount(tr("Nilai transaksi harus lebih dari nol."), field="value")
        if value_idr > MAX_AMOUNT:
            raise InvalidAmount(tr("Jumlah lebih dari Rp1.000 triliun; periksa lagi angkanya."), field="value")
        try:
            kind = TransactionKind(kind)
        except ValueError:
            raise InvalidValue(tr("Jenis transaksi '{value}' tidak dikenal (trade atau investment).").format(value=kind), field="kind") from None
        try:
            stage = TransactionStage(stage)
        except ValueError:
            raise InvalidValue(tr("Tahap transaksi '{value}' tidak dikenal.").format(value=stage), field="stage") from None
        if not all(is_storable(str(key)) for key in (buyer_id, seller_id, sector_id or "", agreement_id or "")):
            raise InvalidValue(tr("Pilihan organisasi, sektor atau perjanjian tidak terbaca."), field="buyer")
        if organisations.get_organisation(self._file, buyer_id) is None:
            raise InvalidValue(tr("Pembeli/investor tidak terdaftar sebagai organisasi."), field="buyer")
        if organisations.get_organisation(self._file, seller_id) is None:
            raise InvalidValue(tr("Penjual/penerima investasi tidak terdaftar sebagai organisasi."), field="seller")
        if buyer_id == seller_id:
            raise InvalidValue(tr("Pembeli dan penjual tidak boleh organisasi yang sama."), field="seller")
        if sector_id is not None and sector_id not in {s.id for s in sectors.list_sectors(self._file)}:
            raise InvalidValue(tr("Sektor yang dipilih tidak ada."), field="sector")
        if agreement_id is not None and agreements.get_agreement(self._file, agreement_id) is None:
            raise InvalidValue(tr("Perjanjian yang dipilih tidak ada."), field="agreement")
        if quantity is not None and (isinstance(quantity, bool) or not isinstance(quantity, (int, float))):
            raise InvalidValue(tr("Jumlah barang harus angka."), field="quantity")
        if quantity is not None and not 0 < quantity < 1e15:
            raise InvalidValue(tr("Jumlah barang harus lebih dari nol dan masuk akal."), field="quantity")
        values = {
            "buyer_id": buyer_id,
            "seller_id": seller_id,
            "sector_id": sector_id,
            "commodity": clean_line(commodity, field="commodity", label=tr("Komoditas")),
            "quantity": float(quantity) if quantity is not None else None,
            "unit": clean_line(unit, field="unit", label=tr("Satuan"), max_length=30),
            "value_idr": value_idr,
            "kind": kind.value,
            "stage": stage.value,
            "status": TransactionStatus.BOOKED.value,
            "agreement_id": agreement_id,
            "note": clean_note(note, field="note", label=tr("Catatan")),
            "operator": self._file.actor.operator,
            "replaces_id": replaces_id,
        }
        transaction_id = transactions.add_transaction(self._file, values)
        return self.get(transaction_id)

    def void(self, transaction_id: str, reason: str) -> Transaction:
        """Void a booked transaction; it stays visible and stops counting."""
        reason = clean_note(reason, field="reason", label=tr("Alasan pembatalan"))
        if not reason:
            raise InvalidValue(tr("Alasan pembatalan wajib diisi."), field="reason")
        with self._file.transaction():
            transaction = self.get(transaction_id)
            if transaction.status is TransactionStatus.VOID:
                raise NotAllowed(tr("Transaksi ini sudah dibatalkan."))
            transactions.update_transaction(
                self._file,
                transaction_id,
                {
                    "status": TransactionStatus.VOID.value,
                    "void_reason": reason,
                    "voided_at": now_iso(),
                    "voided_by": self._file.actor.operator,
                },
                action="void",
                reason=reason,
            )
        return self.get(transaction_id)
