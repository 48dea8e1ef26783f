"""Transaksi: book deals as they are announced, find them again, correct them by voiding, verify them.

The quick entry form is on top; below, the list of every deal (voided ones
struck through), its filters and search, and the totals of exactly the rows
the filters show, from the same query as every other total.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import permutations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.enums import DirectionKind, TransactionKind, TransactionStage, TransactionStatus
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.figures import Direction, TransactionTotals
from eventdesk.domain.filters import NO_SECTOR, TransactionFilter, TransactionOrder
from eventdesk.domain.models import Transaction
from eventdesk.domain.money import format_full
from eventdesk.domain.quantity import format_count
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.followup_dialog import FollowUpDialog
from eventdesk.ui.dialogs.void_dialog import VoidDialog
from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import push_button, shortcut
from eventdesk.ui.models.sort_proxy import ROW_ROLE
from eventdesk.ui.models.transaction_model import TransactionTableModel
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.screens.transaction_form import TransactionForm
from eventdesk.ui.widgets.editable_combo import line_of
from eventdesk.ui.widgets.search_box import SearchBox

WATCHED = frozenset({"transactions", "organisations", "sectors", "regions", "agreements", "desks"})
ANY = None
# Status filter entries: (status, verified)
STATUS_CHOICES = (
    (None, None),
    (TransactionStatus.BOOKED, None),
    (TransactionStatus.VOID, None),
    (TransactionStatus.BOOKED, True),
    (TransactionStatus.BOOKED, False),
)


class TransactionsScreen(Screen):
    key = "transactions"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("transactions_screen")
        self._loading = True  # no list reads while the widgets are being built
        self.filtered_totals: TransactionTotals | None = None
        self.order = TransactionOrder.CREATED
        self.descending = True
        self.heading = QLabel()
        self.form = TransactionForm(lambda: self.context.session)
        self.form.booked.connect(self._handle_booked)

        self.search = SearchBox()
        self.setFocusProxy(self.search)  # the keyboard lands here when the screen is chosen (Ctrl+number)
        self.search.search.connect(lambda _text: self.reload_list())
        self.sector_filter = QComboBox()
        self.sector_filter.setObjectName("sector_filter")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stage_filter")
        self.direction_filter = QComboBox()
        self.direction_filter.setObjectName("direction_filter")
        self.organisation_filter = QComboBox()
        self.organisation_filter.setObjectName("organisation_filter")
        self.organisation_filter.setEditable(True)
        self.organisation_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.organisation_filter.model(), self.organisation_filter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_filter.setCompleter(completer)
        self.organisation_filter.setMinimumContentsLength(18)
        self.desk_filter = QComboBox()
        self.desk_filter.setObjectName("desk_filter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.reset_button = push_button("reset_filters_button", self.reset_filters)
        for combo in (
            self.sector_filter,
            self.kind_filter,
            self.stage_filter,
            self.direction_filter,
            self.desk_filter,
            self.status_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.organisation_filter.activated.connect(lambda _i: self.reload_list())
        line_of(self.organisation_filter).editingFinished.connect(self._handle_organisation_typed)

        self.model = TransactionTableModel(self)
        self.model.sort_requested.connect(self._handle_sort)
        self.table = QTableView()
        self.table.setObjectName("transactions_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(TransactionTableModel.COL_TIME, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self._handle_correct())
        widths = (95, 210, 210, 150, 150, 150, 150, 90, 100, 100, 100, 90, 110, 80)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.totals_line = QLabel()
        self.totals_line.setObjectName("filtered_totals")
        self.totals_line.setWordWrap(True)
        self.totals_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.void_button = push_button("void_button", self._handle_void)
        self.correct_button = push_button("correct_button", self._handle_correct)
        self.verify_button = push_button("verify_button", self._handle_verify)
        self.followup_button = push_button("followup_button", self.open_followups)
        shortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self._handle_void)
        shortcut(QKeySequence("Ctrl+E"), self, self._handle_correct)
        shortcut(QKeySequence("Ctrl+Shift+V"), self, self._handle_verify)
        shortcut(QKeySequence("Ctrl+T"), self, self.open_followups)
        shortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        shortcut(QKeySequence("Ctrl+N"), self, self.form.clear_form)

        filters_top = QHBoxLayout()
        filters_top.addWidget(self.search, 2)
        for combo in (self.sector_filter, self.kind_filter, self.stage_filter, self.direction_filter):
            filters_top.addWidget(combo, 1)
        filters_bottom = QHBoxLayout()
        filters_bottom.addWidget(self.organisation_filter, 2)
        filters_bottom.addWidget(self.desk_filter, 1)
        filters_bottom.addWidget(self.status_filter, 1)
        filters_bottom.addWidget(self.reset_button)
        # The totals of the rows shown on a line of their own: beside four buttons at 1024 px they were squeezed
        # into a column of six short lines.
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.void_button)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.followup_button)
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters_top)
        list_layout.addLayout(filters_bottom)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.totals_line)
        list_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.form)
        splitter.addWidget(listing)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self._loading = False
        self.retranslate()

    def watched_tables(self) -> frozenset[str]:
        return WATCHED

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{escape(self.title())}</h2>")
        self.search.setPlaceholderText(self.tr("Cari nama, komoditas, catatan, id… (Ctrl+F)"))
        self.reset_button.setText(self.tr("Semua transaksi"))
        self.void_button.setText(self.tr("Batalkan… (Del)"))
        self.correct_button.setText(self.tr("Koreksi… (Ctrl+E)"))
        self.verify_button.setText(self.tr("Tandai terverifikasi (Ctrl+Shift+V)"))
        self.followup_button.setText(self.tr("Tindak lanjut… (Ctrl+T)"))
        self.followup_button.setToolTip(self.tr("Sesudah misi: apa jadinya transaksi ini, dan berapa yang terealisasi"))
        self.verify_button.setToolTip(
            self.tr("Penyelia menandai angka yang sudah diperiksa; rekap memisahkan yang terverifikasi.")
        )
        self._with_quiet_filters(self._fill_fixed_filters)
        self.form.retranslate()
        self.model.retranslate()
        self.refresh()

    def _with_quiet_filters(self, work) -> None:
        self._loading = True
        try:
            work()
        finally:
            self._loading = False

    @staticmethod
    def _refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))

    def _fill_fixed_filters(self) -> None:
        self._refill(self.kind_filter, [(self.tr("Semua jenis"), ANY)] + [(k.label, k) for k in TransactionKind])
        self._refill(self.stage_filter, [(self.tr("Semua tahap"), ANY)] + [(s.label, s) for s in TransactionStage])
        labels = [
            self.tr("Semua status"),
            self.tr("Tercatat"),
            self.tr("Batal"),
            self.tr("Tercatat, terverifikasi"),
            self.tr("Tercatat, belum diverifikasi"),
        ]
        self._refill(self.status_filter, [(label, index) for index, label in enumerate(labels)])

    def _fill_choices(self) -> None:
        session = self.context.session
        organisations = session.organisations.list()
        regions = session.settings.regions()
        sectors = session.settings.sectors()
        commodities, units = session.transactions.used_texts()
        self.form.set_choices(organisations, regions, sectors, session.agreements.list(), commodities, units)
        self._refill(
            self.sector_filter,
            [(self.tr("Semua sektor"), ANY), (self.tr("(tanpa sektor)"), NO_SECTOR)]
            + [(s.name, s.id) for s in sectors],
        )
        names = {region.id: region.name for region in regions}
        directions = [Direction(DirectionKind.BETWEEN, a.id, b.id) for a, b in permutations(regions, 2)]
        directions += [Direction(DirectionKind.WITHIN), Direction(DirectionKind.OTHER)]
        self._refill(self.direction_filter, [(self.tr("Semua arah"), ANY)] + [(d.label(names), d) for d in directions])
        self._refill(
            self.organisation_filter,
            [(self.tr("Semua organisasi"), ANY)]
            + [(f"{o.name} — {o.region_name}" if o.region_name else o.name, o.id) for o in organisations],
        )
        self._refill(self.desk_filter, [(self.tr("Semua meja"), ANY)] + [(d.label, d.id) for d in session.desks()])

    # --- reading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        self._with_quiet_filters(self._fill_choices)
        self.reload_list()

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        if not tables & WATCHED:
            return
        if self.out_of_sight:
            self.stale = True  # read again (choices and list) when shown
            return
        if tables - {"transactions", "audit_log"}:
            self._with_quiet_filters(self._fill_choices)
        self.reload_list()

    def selection(self) -> TransactionFilter:
        """The filter the widgets describe."""
        status, verified = STATUS_CHOICES[self.status_filter.currentData() or 0]
        return TransactionFilter(
            sector_id=self.sector_filter.currentData(),
            kind=self.kind_filter.currentData(),
            stage=self.stage_filter.currentData(),
            direction=self.direction_filter.currentData(),
            organisation_id=self.organisation_filter.currentData()
            if self.organisation_filter.currentIndex() > 0
            else None,
            desk_id=self.desk_filter.currentData(),
            status=status,
            verified=verified,
            search=self.search.text().strip(),
        )

    def reload_list(self) -> None:
        if self._loading or not self.context.has_session:
            return
        session = self.context.session
        selection = self.selection()
        keys = session.transactions.keys(selection, self.order, self.descending)
        self.model.set_keys(keys, session.transactions.at, session.settings.get().timezone)
        totals = session.figures.transaction_totals(selection)
        parts = [
            self.tr("{rows} baris").format(rows=format_count(len(keys))),
            self.tr("<b>Total tercatat {total}</b> ({count} transaksi)").format(
                total=escape(format_full(totals.total_idr)), count=format_count(totals.count)
            ),
        ]
        for kind in TransactionKind:
            share = totals.kind(kind)
            parts.append(f"{escape(kind.label)} {escape(format_full(share.value_idr))}")
        if totals.void_count:
            parts.append(self.tr("{count} batal, tidak dihitung").format(count=format_count(totals.void_count)))
        self.totals_line.setText(" · ".join(parts))
        self.filtered_totals = totals

    def reset_filters(self) -> None:
        def clear() -> None:
            for combo in (
                self.sector_filter,
                self.kind_filter,
                self.stage_filter,
                self.direction_filter,
                self.organisation_filter,
                self.desk_filter,
                self.status_filter,
            ):
                combo.setCurrentIndex(0)
            self.search.clear()

        self._with_quiet_filters(clear)
        self.reload_list()

    def _handle_organisation_typed(self) -> None:
        if not self.organisation_filter.currentText().strip():
            self.organisation_filter.setCurrentIndex(0)
        self.reload_list()

    def _handle_sort(self, order: TransactionOrder, descending: bool) -> None:
        self.order, self.descending = order, descending
        self.reload_list()

    def selected_transactions(self) -> list[Transaction]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        found = [self.model.index(row, 0).data(ROW_ROLE) for row in rows]
        return [transaction for transaction in found if transaction is not None]

    # --- booking and corrections ---------------------------------------------------------------------

    def _handle_booked(self, transaction: Transaction) -> None:
        # The list and totals follow through data_changed; the completions learn the new words here.
        for model, text in (
            (self.form.commodity_words, transaction.commodity),
            (self.form.unit_words, transaction.unit),
        ):
            if text and text not in model.stringList():
                model.setStringList([text, *model.stringList()])

    def _one_booked(self) -> Transaction | None:
        chosen = self.selected_transactions()
        if not chosen:
            QMessageBox.information(self, self.tr("Pilih transaksi"), self.tr("Pilih dulu transaksi di daftar."))
            return None
        transaction = chosen[0]
        if transaction.status is TransactionStatus.VOID:
            QMessageBox.information(
                self,
                self.tr("Sudah dibatalkan"),
                self.tr("Transaksi ini sudah dibatalkan ({reason}). Catat transaksi baru bila perlu.").format(
                    reason=transaction.void_reason
                ),
            )
            return None
        return transaction

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _handle_void(self) -> None:
        self._ask_void(replace=False)

    def _handle_correct(self) -> None:
        self._ask_void(replace=True)

    def _ask_void(self, *, replace: bool) -> None:
        transaction = self._one_booked()
        if transaction is None:
            return
        dialog = VoidDialog(transaction, self, replace=replace)
        if dialog.exec() != VoidDialog.DialogCode.Accepted:
            return
        if dialog.replace:
            self.form.begin_replacement(transaction, dialog.reason)
            return
        try:
            self.context.session.transactions.void(transaction.id, dialog.reason)
        except EventDeskError as error:
            show_error(self, error)
            return
        self.form.status.setText(
            self.tr("Transaksi {id} ({value}) dibatalkan.").format(
                id=transaction.id[:8], value=format_full(transaction.value_idr)
            )
        )

    def open_followups(self) -> FollowUpDialog | None:
        """The follow-ups of the deal the cursor is on, and a line for the next call (Ctrl+T)."""
        transaction = self._one_booked()
        if transaction is None:
            return None
        dialog = FollowUpDialog(transaction, self.context.session.followups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _handle_verify(self) -> None:
        chosen = [
            t for t in self.selected_transactions() if t.status is TransactionStatus.BOOKED and t.verified_at is None
        ]
        if not chosen:
            QMessageBox.information(
                self, self.tr("Tandai terverifikasi"), self.tr("Pilih transaksi tercatat yang belum diverifikasi.")
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Tandai terverifikasi"),
            self.tr("Tandai {count} transaksi yang dipilih sudah diperiksa penyelia?").format(count=len(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            marked = self.context.session.transactions.verify([t.id for t in chosen])
        except EventDeskError as error:
            show_error(self, error)
            return
        self.form.status.setText(self.tr("{count} transaksi ditandai terverifikasi.").format(count=marked))
