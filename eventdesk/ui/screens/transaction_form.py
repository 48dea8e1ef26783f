"""The quick entry form of the Transaksi screen: type, press Enter, the deal is booked and the form is clear.

It also books a replacement: after a correction is asked for, the form opens
filled with the old deal, and Enter voids the old one and books the new one
together.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.entries import NewOrganisation, TransactionEntry
from eventdesk.domain.enums import TransactionKind, TransactionStage
from eventdesk.domain.errors import EventDeskError, InvalidAmount
from eventdesk.domain.models import Agreement, Organisation, Region, Sector, Transaction
from eventdesk.domain.money import format_full, format_words, needs_confirmation
from eventdesk.domain.quantity import format_quantity, parse_quantity
from eventdesk.services.session import EventSession
from eventdesk.ui.keys import push_button
from eventdesk.ui.palette import REPLACING_BANNER_STYLE
from eventdesk.ui.widgets.amount_field import AmountField
from eventdesk.ui.widgets.choice_box import ChoiceBox
from eventdesk.ui.widgets.field_errors import FieldErrors
from eventdesk.ui.widgets.organisation_picker import OrganisationPicker


class TransactionForm(QFrame):
    """Buyer, seller, sector, commodity, quantity and unit, value, kind, stage, agreement, note."""

    booked = Signal(object)  # the Transaction just booked
    replacement_cancelled = Signal()

    def __init__(self, session_getter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transaction_form")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._session_getter = session_getter
        self._replacing: tuple[Transaction, str] | None = None
        self._agreements: list[Agreement] = []

        self.heading = QLabel()
        self.replace_banner = QLabel()
        self.replace_banner.setObjectName("replace_banner")
        self.replace_banner.setWordWrap(True)
        self.replace_banner.setStyleSheet(REPLACING_BANNER_STYLE)
        self.replace_banner.hide()

        self.buyer = OrganisationPicker()
        self.buyer.setObjectName("buyer_picker")
        self.seller = OrganisationPicker()
        self.seller.setObjectName("seller_picker")
        self.sector = ChoiceBox()
        self.sector.setObjectName("sector_combo")
        self.commodity = QLineEdit()
        self.commodity.setObjectName("commodity_edit")
        self.commodity_words = QStringListModel(self)
        self.commodity_completer = QCompleter(self.commodity_words, self)
        self.commodity_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.commodity_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.commodity.setCompleter(self.commodity_completer)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("quantity_edit")
        self.unit = QLineEdit()
        self.unit.setObjectName("unit_edit")
        self.unit.setMaximumWidth(110)
        self.unit_words = QStringListModel(self)
        self.unit_completer = QCompleter(self.unit_words, self)
        self.unit_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit.setCompleter(self.unit_completer)
        self.value = AmountField()
        self.value.setObjectName("value_field")
        self.kind = ChoiceBox()
        self.kind.setObjectName("kind_combo")
        self.stage = ChoiceBox()
        self.stage.setObjectName("stage_combo")
        self.agreement = ChoiceBox()
        self.agreement.setObjectName("agreement_combo")
        self.agreement.currentIndexChanged.connect(self._handle_agreement_chosen)
        self.note = QLineEdit()
        self.note.setObjectName("note_edit")
        self.book_button = push_button("book_button", self.submit)
        self.clear_button = push_button("clear_button", self._handle_escape)
        self.status = QLabel()
        self.status.setObjectName("entry_status")
        self.status.setWordWrap(True)

        self.errors = FieldErrors()
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        def place(row: int, column: int, key: str, widget: QWidget, span: int = 1) -> None:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self.errors.add(key, widget))
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            grid.addLayout(box, row, column + 1, 1, span)

        quantity_row = QWidget()
        quantity_layout = QHBoxLayout(quantity_row)
        quantity_layout.setContentsMargins(0, 0, 0, 0)
        quantity_layout.addWidget(self.quantity, 1)
        quantity_layout.addWidget(self.unit)
        place(0, 0, "buyer", self.buyer)
        place(0, 2, "seller", self.seller)
        place(1, 0, "value", self.value)
        place(1, 2, "sector", self.sector)
        place(2, 0, "kind", self.kind)
        place(2, 2, "stage", self.stage)
        place(3, 0, "commodity", self.commodity)
        place(3, 2, "quantity", quantity_row)
        place(4, 0, "agreement", self.agreement)
        place(4, 2, "note", self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.replace_banner)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.setTabOrder(self.buyer, self.seller)
        for first, second in (
            (self.seller, self.value),
            (self.value, self.sector),
            (self.sector, self.kind),
            (self.kind, self.stage),
            (self.stage, self.commodity),
            (self.commodity, self.quantity),
            (self.quantity, self.unit),
            (self.unit, self.agreement),
            (self.agreement, self.note),
            (self.note, self.book_button),
        ):
            self.setTabOrder(first, second)
        self.retranslate()

    # --- texts and choices ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(f"<b>{escape(self.tr('Catat transaksi'))}</b>")
        texts = {
            "buyer": self.tr("&Pembeli / investor"),
            "seller": self.tr("Pen&jual / penerima"),
            "value": self.tr("&Nilai"),
            "sector": self.tr("&Sektor"),
            "kind": self.tr("J&enis"),
            "stage": self.tr("&Tahap"),
            "commodity": self.tr("&Komoditas / produk"),
            "quantity": self.tr("Jumlah dan s&atuan"),
            "agreement": self.tr("Pe&rjanjian"),
            "note": self.tr("Ca&tatan"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.quantity.setPlaceholderText(self.tr("mis. 12,5"))
        self.unit.setPlaceholderText(self.tr("satuan"))
        self.commodity.setPlaceholderText(self.tr("mis. Udang windu beku"))
        self._fill_combo(self.kind, [(kind.label, kind) for kind in TransactionKind])
        self._fill_combo(
            self.stage, [(stage.label, stage) for stage in TransactionStage], default=TransactionStage.COMMITMENT
        )
        self.buyer.retranslate()
        self.seller.retranslate()
        self.value.retranslate()
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self._replacing is None:
            self.book_button.setText(self.tr("Catat (Enter)"))
            self.clear_button.setText(self.tr("Kosongkan (Esc)"))
        else:
            self.book_button.setText(self.tr("Catat pengganti (Enter)"))
            self.clear_button.setText(self.tr("Batal koreksi (Esc)"))

    @staticmethod
    def _fill_combo(combo: QComboBox, items: Sequence[tuple[str, object]], default: object = None) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        wanted = current if current is not None else default
        index = combo.findData(wanted) if wanted is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def set_choices(
        self,
        organisations: list[Organisation],
        regions: list[Region],
        sectors: list[Sector],
        agreements: list[Agreement],
        commodities: list[str],
        units: list[str],
    ) -> None:
        """What the pickers offer; what is typed or chosen stays."""
        self.buyer.set_choices(organisations, regions)
        self.seller.set_choices(organisations, regions)
        self._fill_combo(self.sector, [(self.tr("(tanpa sektor)"), "")] + [(s.name, s.id) for s in sectors])
        self._agreements = list(agreements)
        self.agreement.blockSignals(True)
        self._fill_combo(
            self.agreement,
            [(self.tr("(tanpa perjanjian)"), "")] + [(self._agreement_text(a), a.id) for a in agreements],
        )
        self.agreement.blockSignals(False)
        self.commodity_words.setStringList(commodities)
        self.unit_words.setStringList(units)

    @staticmethod
    def _agreement_text(agreement: Agreement) -> str:
        return f"{agreement.number} — {agreement.title}" if agreement.number else agreement.title

    def _handle_agreement_chosen(self, _index: int) -> None:
        """An agreement fills what is still empty: its first two parties as buyer and seller, and its sector."""
        agreement = next((a for a in self._agreements if a.id == self.agreement.currentData()), None)
        if agreement is None:
            return
        if len(agreement.parties) >= 2:
            if self.buyer.choice() is None:
                self.buyer.set_organisation(agreement.parties[0].organisation_id)
            if self.seller.choice() is None:
                self.seller.set_organisation(agreement.parties[1].organisation_id)
        if agreement.sector_id and not self.sector.currentData():
            self.sector.setCurrentIndex(max(0, self.sector.findData(agreement.sector_id)))

    # --- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits and closed combo boxes pass Enter and Esc on to their parent: here.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.submit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._handle_escape()
            return
        super().keyPressEvent(event)

    def _handle_escape(self) -> None:
        if self._replacing is not None:
            self.cancel_replacement()
        else:
            self.clear_form()

    # --- filling and clearing ----------------------------------------------------------------------

    def clear_form(self) -> None:
        self.errors.clear()
        self.buyer.clear()
        self.seller.clear()
        self.sector.setCurrentIndex(0)
        self.commodity.clear()
        self.quantity.clear()
        self.unit.clear()
        self.value.clear()
        self.kind.setCurrentIndex(0)
        self.stage.setCurrentIndex(max(0, self.stage.findData(TransactionStage.COMMITMENT)))
        self.agreement.setCurrentIndex(0)
        self.note.clear()
        self.buyer.setFocus()

    def prefill(self, transaction: Transaction) -> None:
        """The fields as `transaction` had them (for its replacement)."""
        self.clear_form()
        self.buyer.set_organisation(transaction.buyer_id)
        self.seller.set_organisation(transaction.seller_id)
        self.sector.setCurrentIndex(max(0, self.sector.findData(transaction.sector_id or "")))
        self.commodity.setText(transaction.commodity)
        self.quantity.setText(format_quantity(transaction.quantity))
        self.unit.setText(transaction.unit)
        self.value.set_value(transaction.value_idr)
        self.kind.setCurrentIndex(max(0, self.kind.findData(transaction.kind)))
        self.stage.setCurrentIndex(max(0, self.stage.findData(transaction.stage)))
        self.agreement.blockSignals(True)
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(transaction.agreement_id or "")))
        self.agreement.blockSignals(False)
        self.note.setText(transaction.note)

    def begin_replacement(self, transaction: Transaction, reason: str) -> None:
        """Open the form filled with `transaction`; Enter voids it with `reason` and books the form in its place."""
        self.prefill(transaction)
        self._replacing = (transaction, reason)
        self.replace_banner.setText(
            self.tr(
                "Koreksi transaksi {id} ({value}, {buyer} → {seller}). Alasan: {reason}. "
                "Ubah yang salah lalu tekan Enter: transaksi lama dibatalkan dan yang baru dicatat sekaligus."
            ).format(
                id=transaction.id[:8],
                value=format_full(transaction.value_idr),
                buyer=transaction.buyer_name,
                seller=transaction.seller_name,
                reason=reason,
            )
        )
        self.replace_banner.show()
        self._update_buttons()
        self.value.setFocus()
        self.value.edit.selectAll()

    def cancel_replacement(self) -> None:
        self._end_replacement()
        self.clear_form()
        self.status.setText(self.tr("Koreksi dibatalkan; transaksi lama tetap tercatat."))
        self.replacement_cancelled.emit()

    def _end_replacement(self) -> None:
        self._replacing = None
        self.replace_banner.hide()
        self._update_buttons()

    @property
    def replacing(self) -> Transaction | None:
        return self._replacing[0] if self._replacing else None

    # --- booking -------------------------------------------------------------------------------

    def submit(self) -> Transaction | None:
        """Book what the form holds (or the replacement); on success the form is cleared for the next one."""
        session: EventSession = self._session_getter()
        self.errors.clear()
        try:
            entry = self._entry()
        except EventDeskError as error:
            self.errors.show(error, "value")
            return None
        if isinstance(entry.value, int) and needs_confirmation(entry.value) and not self._confirm_large(entry.value):
            self.value.setFocus()
            return None
        if not self._confirm_new_organisations(session, entry):
            return None
        try:
            if self._replacing is not None:
                old, reason = self._replacing
                transaction = session.transactions.replace(old.id, reason, entry)
            else:
                transaction = session.transactions.book_entry(entry)
        except EventDeskError as error:
            self.errors.show(error, "value")
            return None
        replaced = self._replacing is not None
        self._end_replacement()
        self.clear_form()
        message = (
            self.tr("Tercatat {value}: {buyer} → {seller} (id {id}).")
            if not replaced
            else self.tr("Pengganti tercatat {value}: {buyer} → {seller} (id {id}); transaksi lama dibatalkan.")
        )
        self.status.setText(
            message.format(
                value=format_full(transaction.value_idr),
                buyer=transaction.buyer_name,
                seller=transaction.seller_name,
                id=transaction.id[:8],
            )
        )
        self.booked.emit(transaction)
        return transaction

    def _entry(self) -> TransactionEntry:
        if self.value.error():
            raise InvalidAmount(self.value.error() or "", field="value")
        value = self.value.value()
        if value is None:
            raise InvalidAmount(self.tr("Nilai belum diisi."), field="value")
        return TransactionEntry(
            buyer=self.buyer.choice(),
            seller=self.seller.choice(),
            value=value,
            kind=self.kind.currentData(),
            stage=self.stage.currentData(),
            sector_id=self.sector.currentData() or None,
            commodity=self.commodity.text(),
            quantity=parse_quantity(self.quantity.text()),
            unit=self.unit.text(),
            agreement_id=self.agreement.currentData() or None,
            note=self.note.text(),
        )

    def _confirm_large(self, value: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Nilai sangat besar"),
            self.tr("Nilai {value} ({words}) lebih dari Rp1 triliun. Benar nilai ini yang dicatat?").format(
                value=format_full(value), words=format_words(value)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_new_organisations(self, session: EventSession, entry: TransactionEntry) -> bool:
        """A name typed that matches no organisation creates one; when it resembles registered ones, ask first."""
        for choice, field in ((entry.buyer, "buyer"), (entry.seller, "seller")):
            if not isinstance(choice, NewOrganisation):
                continue
            similar = [
                o.name
                for o in session.organisations.closest(choice.name)
                if o.name.casefold() != choice.name.casefold()
            ]
            if not similar:
                continue
            answer = QMessageBox.question(
                self,
                self.tr("Organisasi baru?"),
                self.tr(
                    "'{name}' belum terdaftar. Mungkin maksudnya: {similar}.\n\nTetap daftarkan '{name}' "
                    "sebagai organisasi baru?"
                ).format(name=choice.name, similar="; ".join(similar)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                (self.buyer if field == "buyer" else self.seller).setFocus()
                return False
        return True
