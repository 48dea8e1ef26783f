"""The Conflicts view: what merging desks found — who, when, both values — and the operator's choice.

For a row edited on two desks since they last met the later edit was kept; the
operator may put the other value back (a new, audited change that travels to
the other desks with the next merge) or mark the pair as reviewed. What the
fixed rules decided (earliest check-in, void, signed) is listed for the record.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.merge_results import ConflictRow, SyncReport
from eventdesk.services.merge import conflict_list
from eventdesk.ui.context import AppContext
from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import push_button
from eventdesk.ui.models.conflict_table_model import ConflictTableModel
from eventdesk.ui.models.sort_proxy import SortProxy
from eventdesk.ui.palette import RED
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.tasks import Task, in_child_process

WIDTH_SAMPLE_ROWS = 40  # rows measured for the columns' widths


class ConflictsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        sync_report: Callable[[], SyncReport | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.context = context
        self.sync_report = sync_report  # the sync folder's last round: a forked desk is shown with its fix
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.reading: Task | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.forks = QLabel()
        self.forks.setObjectName("conflicts_forks")
        self.forks.setWordWrap(True)
        self.forks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forks.setStyleSheet(f"QLabel {{ color: {RED}; border: 1px solid {RED}; padding: 6px; }}")
        self.only_to_review = QCheckBox()
        self.only_to_review.setObjectName("only_to_review")
        self.only_to_review.setChecked(True)
        self.only_to_review.toggled.connect(self.refresh)
        self.model = ConflictTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("conflicts_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as the rules list them: oldest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # Column widths from the first rows only: measuring every finding's text stalled the window (80 ms at 300).
        self.table.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setObjectName("conflicts_empty")
        self.choose_button = push_button("choose_other_button", self._handle_choose_other)
        self.keep_button = push_button("keep_button", self._handle_keep)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.only_to_review)
        buttons.addStretch()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.forks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        fit_to_screen(self, 1200, 480)
        context.data_changed.connect(self._handle_data_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Konflik penggabungan"))
        self.intro.setText(
            self.tr(
                "Data yang diubah di dua meja sebelum keduanya digabungkan: perubahan yang lebih akhir dipakai. "
                "Pilih baris lalu pakai nilai lainnya, atau tandai sudah ditinjau. Keputusan aturan tetap "
                "(check-in paling awal, pembatalan, tanda tangan) dicatat di sini juga."
            )
        )
        self.only_to_review.setText(self.tr("Hanya yang perlu ditinjau"))
        self.choose_button.setText(self.tr("Pakai nilai &lain"))
        self.keep_button.setText(self.tr("Tandai sudah &ditinjau"))
        self.close_button.setText(self.tr("&Tutup"))

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        # Only a merge brings new findings; a check-in at this desk does not (and resolving is not free).
        if "merge_log" in tables:
            self.refresh()

    def refresh(self) -> None:
        """Read the list again on a worker (resolving every desk's entries takes seconds on a big event)."""
        if not self.context.has_session:
            return
        self.show_forks()
        session = self.context.session
        task = Task(
            in_child_process,  # the read builds every desk's entries in Python objects: see in_child_process
            conflict_list,
            session.path,
            session.actor,
            only_to_review=self.only_to_review.isChecked(),
            with_progress=False,
            label="conflicts",
        )
        # Bound methods: a list that arrives after the view is gone is dropped with the view.
        task.signals.done.connect(self._handle_read)
        task.signals.failed.connect(self._handle_failed)
        self.reading = task
        self.choose_button.setEnabled(False)  # until the list read now shows what is still to choose
        self.keep_button.setEnabled(False)
        if self.model.rowCount() == 0:
            self.empty.setText(self.tr("Membaca temuan penggabungan…"))
            self.empty.setVisible(True)
        self.pool.start(task)

    def _is_latest(self) -> bool:
        """The signal comes from the read of the latest refresh (an earlier one's list is out of date)."""
        return self.reading is not None and self.sender() is self.reading.signals

    def _handle_read(self, result: tuple[list[ConflictRow], str]) -> None:
        if self._is_latest():
            self._show_rows(*result)

    def _handle_failed(self, error: BaseException) -> None:
        if not self._is_latest():
            return
        self.reading = None
        self.empty.setText(error.message if isinstance(error, EventDeskError) else str(error))
        self.empty.setVisible(True)

    def _show_rows(self, rows: list[ConflictRow], zone: str) -> None:
        self.reading = None
        selected = self.selected()
        self.model.set_rows(rows, zone)
        self.table.resizeColumnsToContents()
        for column, widest in (
            (ConflictTableModel.COL_SUBJECT, 260),
            (ConflictTableModel.COL_FIELDS, 160),
            (ConflictTableModel.COL_KEPT, 220),
            (ConflictTableModel.COL_OTHER, 220),
            (ConflictTableModel.COL_KEPT_BY, 200),
            (ConflictTableModel.COL_OTHER_BY, 200),
        ):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.empty.setText(
            self.tr("Tidak ada konflik yang perlu ditinjau.")
            if self.only_to_review.isChecked()
            else self.tr("Belum ada temuan penggabungan.")
        )
        self.empty.setVisible(self.model.rowCount() == 0)
        if selected is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(ConflictTableModel.RowRole).key == selected.key:
                    self.table.selectRow(row)
        self._update_buttons()

    def show_forks(self) -> None:
        """The sync folder's forked desks, each with what to do (from the last round)."""
        report = self.sync_report()
        guides: list[str] = []
        if report is not None and report.forked_here:
            guides.append(report.error)
        if report is not None:
            guides += [desk.fork_guide() for desk in report.forked_desks]
        self.forks.setText("\n\n".join(guides))
        self.forks.setVisible(bool(guides))

    def selected(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ConflictTableModel.RowRole) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        writable = self.context.has_session and not self.context.session.read_only
        self.choose_button.setEnabled(bool(row and row.choosable and writable))
        self.keep_button.setEnabled(bool(row and row.needs_review and writable))

    def _handle_choose_other(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.context.session.merges.choose_other(row.key)
        except EventDeskError as error:
            show_error(self, error)
        self.refresh()

    def _handle_keep(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.context.session.merges.keep(row.key)
        except EventDeskError as error:
            show_error(self, error)
        self.refresh()
