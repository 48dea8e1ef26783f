"""Booking trade and investment deals, voiding them with a reason, replacing and verifying them (never editing them)."""

from __future__ import annotations

import builtins
from array import array
from collections.abc import Sequence
from typing import Any

from eventdesk.domain.clock import now_iso
from eventdesk.domain.entries import OrganisationChoice, TransactionEntry
from eventdesk.domain.enums import TransactionKind, TransactionStage, TransactionStatus
from eventdesk.domain.errors import EventDeskError, InvalidAmount, InvalidValue, NotAllowed, NotFound
from eventdesk.domain.filters import TransactionFilter, TransactionOrder
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Transaction
from eventdesk.domain.money import parse_amount, within_limit
from eventdesk.domain.text import clean_line, clean_note, is_storable, required_reason, shown
from eventdesk.services.organisations import OrganisationService
from eventdesk.store import agreements, organisations, sectors, transactions
from eventdesk.store.db import EventFile

MIN_ID_PREFIX = 6


class TransactionService:
    def __init__(self, event_file: EventFile, organisations: OrganisationService) -> None:
        self._file = event_file
        self._organisations = organisations

    # --- reading ------------------------------------------------------------------------------

    def list(
        self, status: TransactionStatus | None = None, selection: TransactionFilter | None = None
    ) -> builtins.list[Transaction]:
        """Matching transactions in booking order (for a few; lists on screen use `keys` and `at`)."""
        return transactions.list_transactions(self._file, status=status, selection=selection)

    def keys(
        self,
        selection: TransactionFilter | None = None,
        order: TransactionOrder = TransactionOrder.CREATED,
        descending: bool = True,
    ) -> array[int]:
        """Opaque keys of every matching transaction in the wanted order; valid until the next change."""
        return transactions.transaction_keys(self._file, selection, order, descending)

    def at(self, keys: Sequence[int]) -> builtins.list[Transaction | None]:
        """The transactions of one page of keys, in the same order."""
        return transactions.transactions_at(self._file, keys)

    def latest(self, limit: int = 10) -> builtins.list[Transaction]:
        """The newest booked transactions, newest first (the live board)."""
        return transactions.latest_transactions(self._file, limit)

    def get(self, transaction_id: str) -> Transaction:
        found = transactions.get_transaction(self._file, transaction_id) if is_storable(str(transaction_id)) else None
        if found is None:
            raise NotFound(tr("Transaksi '{id}' tidak ditemukan.").format(id=shown(transaction_id)))
        return found

    def find(self, id_or_prefix: str) -> Transaction:
        """A transaction by its id or by the first characters of it, as shown in the list (at least six)."""
        text = (id_or_prefix or "").strip()
        found = transactions.get_transaction(self._file, text)
        if found is not None:
            return found
        if len(text) >= MIN_ID_PREFIX:
            matches = transactions.find_by_id_prefix(self._file, text, limit=2)
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise InvalidValue(
                    tr("Lebih dari satu transaksi berawalan '{id}'; tulis id lengkapnya.").format(id=text)
                )
        raise NotFound(tr("Transaksi '{id}' tidak ditemukan.").format(id=shown(text)))

    def replacement_of(self, transaction_id: str) -> Transaction | None:
        return transactions.replacement_of(self._file, transaction_id)

    def used_texts(self) -> tuple[builtins.list[str], builtins.list[str]]:
        """(commodities, units) typed before, most used first: the entry form's completions."""
        return transactions.used_texts(self._file)

    # --- booking ------------------------------------------------------------------------------

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
        return self._book(
            buyer_id=buyer_id,
            seller_id=seller_id,
            value=value,
            kind=kind,
            stage=stage,
            sector_id=sector_id,
            commodity=commodity,
            quantity=quantity,
            unit=unit,
            agreement_id=agreement_id,
            note=note,
            replaces_id=replaces_id,
            organisations_known=False,
        )

    def _book(self, *, replaces_id: str | None, organisations_known: bool, **given: Any) -> Transaction:
        """`organisations_known`: the buyer and seller were just read (the entry form's path), not read again."""
        values = self._checked(organisations_known=organisations_known, **given)
        if replaces_id is not None and transactions.get_transaction(self._file, replaces_id) is None:
            raise InvalidValue(tr("Transaksi yang diganti tidak ada."), field="replaces")
        values["replaces_id"] = replaces_id
        transaction_id = transactions.add_transaction(self._file, values)
        return self.get(transaction_id)

    def book_entry(self, entry: TransactionEntry) -> Transaction:
        """Book what the entry form holds; a new buyer or seller is created in the same transaction."""
        with self._file.transaction():
            return self._book_entry(entry, replaces_id=None)

    def replace(self, transaction_id: str, reason: str, entry: TransactionEntry) -> Transaction:
        """Void a booked transaction with `reason` and book `entry` in its place, at once: both or neither."""
        reason = self._void_reason(reason)
        with self._file.transaction():
            old = self.get(transaction_id)
            if old.status is TransactionStatus.VOID:
                raise NotAllowed(tr("Transaksi ini sudah dibatalkan; catat transaksi baru sebagai gantinya."))
            self._void(old.id, reason)
            return self._book_entry(entry, replaces_id=old.id)

    def _book_entry(self, entry: TransactionEntry, *, replaces_id: str | None) -> Transaction:
        buyer = self._organisation(entry.buyer, "buyer", tr("Pembeli/investor belum diisi."))
        seller = self._organisation(entry.seller, "seller", tr("Penjual/penerima investasi belum diisi."))
        return self._book(
            buyer_id=buyer,
            seller_id=seller,
            value=entry.value,
            kind=entry.kind,
            stage=entry.stage,
            sector_id=entry.sector_id,
            commodity=entry.commodity,
            quantity=entry.quantity,
            unit=entry.unit,
            agreement_id=entry.agreement_id,
            note=entry.note,
            replaces_id=replaces_id,
            organisations_known=True,
        )

    def _organisation(self, choice: OrganisationChoice, field: str, missing: str) -> str:
        if choice is None:
            raise InvalidValue(missing, field=field)
        try:
            organisation = self._organisations.resolve(choice)
        except EventDeskError as error:
            error.field = field  # the form shows it under the buyer or seller picker
            raise
        assert organisation is not None
        return organisation.id

    def _checked(self, *, organisations_known: bool = False, **given: Any) -> dict[str, Any]:
        value = given["value"]
        value_idr = parse_amount(value) if isinstance(value, str) else value
        if not isinstance(value_idr, int) or isinstance(value_idr, bool):
            raise InvalidAmount(tr("Nilai harus rupiah bulat."), field="value")
        if value_idr <= 0:
            raise InvalidAmount(tr("Nilai transaksi harus lebih dari nol."), field="value")
        within_limit(value_idr, field="value")
        try:
            kind = TransactionKind(given["kind"])
        except ValueError:
            raise InvalidValue(
                tr("Jenis transaksi '{value}' tidak dikenal (trade atau investment).").format(value=given["kind"]),
                field="kind",
            ) from None
        try:
            stage = TransactionStage(given["stage"])
        except ValueError:
            raise InvalidValue(
                tr("Tahap transaksi '{value}' tidak dikenal.").format(value=given["stage"]), field="stage"
            ) from None
        buyer_id, seller_id, sector_id = given["buyer_id"], given["seller_id"], given["sector_id"]
        agreement_id, quantity = given["agreement_id"], given["quantity"]
        if not all(is_storable(str(key)) for key in (buyer_id, seller_id, sector_id or "", agreement_id or "")):
            raise InvalidValue(tr("Pilihan organisasi, sektor atau perjanjian tidak terbaca."), field="buyer")
        if not organisations_known and organisations.get_organisation(self._file, buyer_id) is None:
            raise InvalidValue(tr("Pembeli/investor tidak terdaftar sebagai organisasi."), field="buyer")
        if not organisations_known and organisations.get_organisation(self._file, seller_id) is None:
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
        return {
            "buyer_id": buyer_id,
            "seller_id": seller_id,
            "sector_id": sector_id,
            "commodity": clean_line(given["commodity"], field="commodity", label=tr("Komoditas")),
            "quantity": float(quantity) if quantity is not None else None,
            "unit": clean_line(given["unit"], field="unit", label=tr("Satuan"), max_length=30),
            "value_idr": value_idr,
            "kind": kind.value,
            "stage": stage.value,
            "status": TransactionStatus.BOOKED.value,
            "agreement_id": agreement_id,
            "note": clean_note(given["note"], field="note", label=tr("Catatan")),
            "operator": self._file.actor.operator,
        }

    # --- corrections and verification ------------------------------------------------------------

    def void(self, transaction_id: str, reason: str) -> Transaction:
        """Void a booked transaction; it stays visible and stops counting."""
        reason = self._void_reason(reason)
        with self._file.transaction():
            transaction = self.get(transaction_id)
            if transaction.status is TransactionStatus.VOID:
                raise NotAllowed(tr("Transaksi ini sudah dibatalkan."))
            self._void(transaction_id, reason)
        return self.get(transaction_id)

    @staticmethod
    def _void_reason(reason: str) -> str:
        return required_reason(reason, label=tr("Alasan pembatalan"))

    def _void(self, transaction_id: str, reason: str) -> None:
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

    def verify(self, transaction_ids: Sequence[str]) -> int:
        """A supervisor's mark that these booked figures were checked; returns how many were newly marked."""
        marked = 0
        with self._file.transaction():
            at = now_iso()
            for transaction_id in transaction_ids:
                transaction = self.get(transaction_id)
                if transaction.status is not TransactionStatus.BOOKED or transaction.verified_at is not None:
                    continue
                transactions.update_transaction(
                    self._file,
                    transaction_id,
                    {"verified_at": at, "verified_by": self._file.actor.operator},
                    action="verify",
                )
                marked += 1
        if not marked:
            raise NotAllowed(tr("Tidak ada transaksi tercatat yang belum diverifikasi di antara yang dipilih."))
        return marked
