"""Jadwal Penandatanganan: the agreements register, the day timeline, the ceremony's workflow and its PDFs."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain import i18n
from eventdesk.domain.agreement_search import AgreementFilter
from eventdesk.domain.clock import format_long_date, in_zone, utc_now
from eventdesk.domain.document_kinds import DocumentOptions, document_kind
from eventdesk.domain.enums import AgreementKind, AgreementStatus
from eventdesk.domain.errors import EventDeskError, ScheduleConflict
from eventdesk.domain.models import Agreement, EventSettings
from eventdesk.domain.schedule import (
    Conflict,
    check_in_warnings,
    event_days,
    schedule_conflicts,
    signing_conflicts,
    with_slot,
)
from eventdesk.domain.signed_summary import build_signed_summary
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.agreement_dialog import AgreementDialog, confirm_conflicts
from eventdesk.ui.dialogs.reason_dialog import ReasonDialog
from eventdesk.ui.dialogs.sign_dialog import SignDialog
from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import shortcut
from eventdesk.ui.models.agreement_table import AgreementTableModel
from eventdesk.ui.models.sort_proxy import ROW_ROLE, SortProxy
from eventdesk.ui.palette import ERROR_STYLE, OK_STYLE, WARNING_BANNER_STYLE
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.screens.reports import document_job, document_output
from eventdesk.ui.tasks import Task
from eventdesk.ui.widgets.schedule_timeline import ScheduleTimeline
from eventdesk.ui.widgets.search_box import SearchBox

WARNING_STYLE = WARNING_BANNER_STYLE
WARNINGS_EVERY_MS = 60_000  # the next slot moves on as the day goes by


class ScheduleScreen(Screen):
    key = "schedule"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("schedule_screen")
        self._agreements: list[Agreement] = []
        self._select_after_refresh: str | None = None  # an agreement saved a moment ago, listed by the next refresh
        self._conflicts: dict[str, list[Conflict]] = {}
        self._settings: EventSettings | None = None
        self._sized = False
        self.dialog: QWidget | None = None
        self.last_report: Path | None = None

        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("schedule_warnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.warnings_label.hide()

        # Toolbars, not rows of buttons: on a small laptop screen what does not fit folds into the » menu.
        self.actions_bar = QToolBar()
        self.actions_bar.setObjectName("schedule_actions")
        self.new_action = QAction(self)
        self.edit_action = QAction(self)
        self.sign_action = QAction(self)
        self.postpone_action = QAction(self)
        self.cancel_action = QAction(self)
        self.unsign_action = QAction(self)
        self.reopen_action = QAction(self)
        for action in (
            self.new_action,
            self.edit_action,
            self.sign_action,
            self.postpone_action,
            self.cancel_action,
            self.unsign_action,
            self.reopen_action,
        ):
            self.actions_bar.addAction(action)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.sign_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        for action in (self.new_action, self.sign_action):
            # The whole window while this screen shows (the sidebar may have the focus); off while it is hidden.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.reports_bar = QToolBar()
        self.reports_bar.setObjectName("schedule_reports")
        self.run_sheet_action = QAction(self)
        self.summary_action = QAction(self)
        self.detail_pages_check = QCheckBox()
        self.detail_pages_check.setObjectName("detail_pages_check")
        self.per_spot_check = QCheckBox()  # the run-sheet as a page per spot instead of one running order
        self.per_spot_check.setObjectName("per_spot_check")
        self.reports_bar.addAction(self.run_sheet_action)
        self.reports_bar.addWidget(self.per_spot_check)
        self.reports_bar.addSeparator()
        self.reports_bar.addAction(self.summary_action)
        self.reports_bar.addWidget(self.detail_pages_check)

        self.search = SearchBox()
        self.setFocusProxy(self.search)  # the keyboard lands here when the screen is chosen (Ctrl+number)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.sector_filter = QComboBox()
        self.sector_filter.setObjectName("sector_filter")
        self.region_filter = QComboBox()
        self.region_filter.setObjectName("region_filter")
        self.organisation_filter = QComboBox()
        self.organisation_filter.setObjectName("organisation_filter")
        self.count_label = QLabel()
        self.count_label.setObjectName("agreement_count")
        self.filters_bar = QToolBar()
        self.filters_bar.setObjectName("schedule_filters")
        self.search.setMinimumWidth(220)
        self.filters_bar.addWidget(self.search)
        for combo in (
            self.status_filter,
            self.kind_filter,
            self.sector_filter,
            self.region_filter,
            self.organisation_filter,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            self.filters_bar.addWidget(combo)
        self.filters_bar.addWidget(self.count_label)

        self.model = AgreementTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("agreements_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AgreementTableModel.COL_TIME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.day_combo = QComboBox()
        self.day_combo.setObjectName("day_combo")
        self.timeline = ScheduleTimeline()
        self.timeline.probe = self._probe
        self.probe_label = QLabel()
        self.probe_label.setObjectName("probe_label")
        self.probe_label.setWordWrap(True)
        self.timeline_hint = QLabel()
        self.timeline_hint.setWordWrap(True)
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        day_row = QHBoxLayout()
        self.day_caption = QLabel()
        day_row.addWidget(self.day_caption)
        day_row.addWidget(self.day_combo)
        day_row.addWidget(self.timeline_hint, 1)
        timeline_layout.addLayout(day_row)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.probe_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("schedule_tabs")
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(timeline_page, "")
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint_label")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bottom = QHBoxLayout()
        bottom.addWidget(self.fingerprint_label, 1)
        bottom.addWidget(self.reports_bar)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.filters_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.new_action.triggered.connect(lambda: self.open_agreement(None))
        self.edit_action.triggered.connect(self._handle_edit)
        self.sign_action.triggered.connect(lambda: self.sign_selected())
        self.postpone_action.triggered.connect(lambda: self.ask_status(AgreementStatus.POSTPONED))
        self.cancel_action.triggered.connect(lambda: self.ask_status(AgreementStatus.CANCELLED))
        self.unsign_action.triggered.connect(lambda: self.ask_unsign())
        self.reopen_action.triggered.connect(lambda: self.ask_reopen())
        self.run_sheet_action.triggered.connect(lambda: self.make_report("schedule"))
        self.summary_action.triggered.connect(lambda: self.make_report("agreements"))
        self.search.search.connect(lambda _text: self._apply_filters())
        for combo in (
            self.status_filter,
            self.kind_filter,
            self.sector_filter,
            self.region_filter,
            self.organisation_filter,
        ):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.table.activated.connect(lambda _index: self._handle_edit())
        self.table.customContextMenuRequested.connect(self._handle_context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.day_combo.currentIndexChanged.connect(self._show_day)
        self.timeline.opened.connect(self._handle_timeline_opened)
        self.timeline.moved.connect(self.move_agreement)
        self.timeline.probing.connect(self._handle_probing)
        shortcut(
            QKeySequence.StandardKey.Find,
            self,
            self.search.setFocus,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._warnings_timer = QTimer(self)
        self._warnings_timer.setInterval(WARNINGS_EVERY_MS)
        self._warnings_timer.timeout.connect(self._show_warnings)
        self._warnings_timer.start()
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------------

    def watched_tables(self) -> frozenset[str]:
        return frozenset(
            {"agreements", "agreement_parties", "slots", "attendees", "organisations", "sectors", "regions", "event"}
        )

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.new_action.setText(self.tr("Perjanjian baru…"))
        self.edit_action.setText(self.tr("Buka"))
        self.sign_action.setText(self.tr("Tandai ditandatangani…"))
        self.postpone_action.setText(self.tr("Tunda…"))
        self.cancel_action.setText(self.tr("Batalkan…"))
        self.unsign_action.setText(self.tr("Batalkan penandatanganan…"))
        self.reopen_action.setText(self.tr("Pulihkan…"))
        for action in (self.new_action, self.sign_action):
            action.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self.run_sheet_action.setText(self.tr("Susunan acara (PDF)"))
        self.summary_action.setText(self.tr("Ringkasan ditandatangani (PDF)"))
        self.detail_pages_check.setText(self.tr("satu halaman per perjanjian"))
        self.per_spot_check.setText(self.tr("per tempat"))
        self.search.setPlaceholderText(self.tr("Cari judul, nomor, organisasi, penanda tangan… (Ctrl+F)"))
        self.tabs.setTabText(0, self.tr("Daftar"))
        self.tabs.setTabText(1, self.tr("Linimasa"))
        self.day_caption.setText(self.tr("Hari:"))
        self.timeline_hint.setText(self.tr("Klik blok untuk membuka; seret untuk memindahkan waktu atau tempat."))
        self.refresh()

    # --- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        session = self.context.session
        self._settings = session.settings.get()
        self._agreements = session.agreements.list()
        self._conflicts = schedule_conflicts(self._agreements, self._settings)
        self._fill_filters(session)
        self._apply_filters()
        self._fill_days()
        self._show_warnings()
        if self._select_after_refresh is not None:
            self.select(self._select_after_refresh)
        summary = build_signed_summary(self._agreements)
        self.fingerprint_label.setText(
            self.tr("Sidik isi ringkasan perjanjian saat ini: {fingerprint} ({count} ditandatangani)").format(
                fingerprint=summary.fingerprint, count=summary.count
            )
        )
        self._update_actions()

    def _fill_filters(self, session) -> None:
        def refill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

        refill(self.status_filter, self.tr("Semua status"), [(s.label, s.value) for s in AgreementStatus])
        refill(self.kind_filter, self.tr("Semua jenis"), [(k.label, k.value) for k in AgreementKind])
        refill(self.sector_filter, self.tr("Semua sektor"), [(s.name, s.id) for s in session.settings.sectors()])
        refill(self.region_filter, self.tr("Semua daerah"), [(r.name, r.name) for r in session.settings.regions()])
        organisations = {p.organisation_id: p.organisation_name for a in self._agreements for p in a.parties}
        refill(
            self.organisation_filter,
            self.tr("Semua organisasi"),
            sorted(
                ((name, organisation_id) for organisation_id, name in organisations.items()),
                key=lambda item: item[0].casefold(),
            ),
        )

    def current_filter(self) -> AgreementFilter:
        # Qt hands a StrEnum back as plain text: turn it into the member again.
        status, kind = self.status_filter.currentData(), self.kind_filter.currentData()
        return AgreementFilter(
            text=self.search.text(),
            status=AgreementStatus(status) if status else None,
            kind=AgreementKind(kind) if kind else None,
            sector_id=self.sector_filter.currentData(),
            region_name=self.region_filter.currentData(),
            organisation_id=self.organisation_filter.currentData(),
        )

    def _apply_filters(self) -> None:
        selected = self.selected_agreement()
        wanted = self.current_filter()
        shown = [agreement for agreement in self._agreements if wanted.matches(agreement)]
        self.model.set_rows(shown, self._conflicts, self._settings.timezone if self._settings else "Asia/Makassar")
        self.count_label.setText(
            self.tr("{shown} dari {total} perjanjian").format(shown=len(shown), total=len(self._agreements))
        )
        if shown and not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(AgreementTableModel.COL_TITLE, 300)
            self.table.setColumnWidth(AgreementTableModel.COL_PARTIES, 320)
        if selected is not None:
            self.select(selected.id)
        self._update_actions()

    def shown_agreements(self) -> list[Agreement]:
        """The rows of the list as the user sees them (sorted and filtered)."""
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())]

    def _fill_days(self) -> None:
        assert self._settings is not None
        zone_name = self._settings.timezone
        days = set(event_days(self._settings))
        days |= {in_zone(a.slot.starts_at, zone_name).date() for a in self._agreements if a.slot is not None}
        today = in_zone(utc_now(), zone_name).date()
        if not days:
            days = {today}
        current = self.shown_day()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in sorted(days):
            self.day_combo.addItem(
                format_long_date(day), day.isoformat()
            )  # text, not a date: Qt compares it in findData
        preferred = current if current in days else (today if today in days else min(days))
        self.day_combo.setCurrentIndex(self.day_combo.findData(preferred.isoformat()))
        self.day_combo.blockSignals(False)
        self._show_day()

    def shown_day(self) -> date | None:
        data = self.day_combo.currentData()
        return date.fromisoformat(data) if data else None

    def _show_day(self) -> None:
        day = self.shown_day()
        if day is None or self._settings is None:
            return
        another_day = day != self.timeline.day
        self.timeline.set_schedule(self._agreements, self._settings, day, self._conflicts)
        if another_day:
            self._scroll_to_next(day)

    def _scroll_to_next(self, day: date) -> None:
        """Show the first slot still waiting that day (else the first slot), not the empty early morning."""
        assert self._settings is not None
        zone_name = self._settings.timezone
        todays = sorted(
            (a for a in self._agreements if a.slot is not None and in_zone(a.slot.starts_at, zone_name).date() == day),
            key=lambda a: a.placed.starts_at,
        )
        waiting = [a for a in todays if a.status is AgreementStatus.SCHEDULED]
        if waiting or todays:
            target = (waiting or todays)[0]
            self.timeline.verticalScrollBar().setValue(int(self.timeline.y_of(target.placed.starts_at) - 80))

    def _show_warnings(self) -> None:
        if self._settings is None:
            return
        lines = [warning.message for warning in check_in_warnings(self._agreements, utc_now(), self._settings.timezone)]
        clashing = len(self._conflicts)
        if clashing:
            lines.insert(
                0, self.tr("{count} perjanjian terjadwal bermasalah (lihat kolom Bentrok).").format(count=clashing)
            )
        self.warnings_label.setText("<br>".join(escape(line, quote=False) for line in lines))
        self.warnings_label.setVisible(bool(lines))

    # --- selection and actions ------------------------------------------------------------------

    def selected_agreement(self) -> Agreement | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else QModelIndex()
        if not index.isValid():
            return None
        return index.data(ROW_ROLE)

    def select(self, agreement_id: str) -> bool:
        """Select the agreement; one just saved is selected when the list has been read again (it follows the save)."""
        row = self.model.row_of(agreement_id)
        if row is None:
            self._select_after_refresh = agreement_id
            return False
        self._select_after_refresh = None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        return True

    def _update_actions(self) -> None:
        agreement = self.selected_agreement()
        status = agreement.status if agreement else None
        writable = self.context.has_session and not self.context.session.read_only
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(agreement is not None)
        self.sign_action.setEnabled(
            writable and status in (AgreementStatus.DRAFT, AgreementStatus.SCHEDULED, AgreementStatus.POSTPONED)
        )
        self.postpone_action.setEnabled(writable and status in (AgreementStatus.DRAFT, AgreementStatus.SCHEDULED))
        self.cancel_action.setEnabled(
            writable and status in (AgreementStatus.DRAFT, AgreementStatus.SCHEDULED, AgreementStatus.POSTPONED)
        )
        self.unsign_action.setEnabled(writable and status is AgreementStatus.SIGNED)
        self.reopen_action.setEnabled(writable and status is AgreementStatus.CANCELLED)

    def _handle_context_menu(self, position) -> None:
        if self.selected_agreement() is None:
            return
        menu = QMenu(self)
        for action in (
            self.edit_action,
            self.sign_action,
            self.postpone_action,
            self.cancel_action,
            self.unsign_action,
            self.reopen_action,
        ):
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _handle_edit(self) -> None:
        agreement = self.selected_agreement()
        if agreement is not None:
            self.open_agreement(agreement.id)

    def _handle_timeline_opened(self, agreement_id: str) -> None:
        self.select(agreement_id)
        self.open_agreement(agreement_id)

    def _replace_dialog(self, dialog: QWidget) -> QWidget:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        return dialog

    def open_agreement(self, agreement_id: str | None) -> AgreementDialog | None:
        """The agreement form, window-modal; saving refreshes the screen through the change signal."""
        session = self.context.session
        try:
            agreement = session.agreements.get(agreement_id) if agreement_id else None
        except EventDeskError as error:
            show_error(self, error)
            return None
        dialog = AgreementDialog(session, agreement, self, schedule=self._agreements)
        dialog.accepted.connect(lambda: dialog.saved and self.select(dialog.saved.id))
        self._replace_dialog(dialog)
        dialog.open()
        return dialog

    def sign_selected(self) -> SignDialog | None:
        agreement = self.selected_agreement()
        if agreement is None:
            return None
        dialog = SignDialog(self.context.session, self.context.session.agreements.get(agreement.id), self)
        self._replace_dialog(dialog)
        dialog.open()
        return dialog

    def _ask(self, title: str, prompt: str, action: str, apply) -> ReasonDialog | None:
        agreement = self.selected_agreement()
        if agreement is None:
            return None
        dialog = ReasonDialog(
            title.format(title=agreement.title), prompt, action, lambda reason: apply(agreement.id, reason), self
        )
        self._replace_dialog(dialog)
        dialog.open()
        return dialog

    def ask_status(self, status: AgreementStatus) -> ReasonDialog | None:
        agreements = self.context.session.agreements
        if status is AgreementStatus.POSTPONED:
            return self._ask(
                self.tr("Tunda: {title}"),
                self.tr("Mengapa penandatanganan ini ditunda? Slotnya tetap tercatat dan bisa dijadwalkan ulang."),
                self.tr("Tunda"),
                lambda agreement_id, reason: agreements.set_status(agreement_id, status, reason),
            )
        return self._ask(
            self.tr("Batalkan: {title}"),
            self.tr("Mengapa perjanjian ini dibatalkan? Perjanjian tetap tercatat dan bisa dipulihkan."),
            self.tr("Batalkan perjanjian"),
            lambda agreement_id, reason: agreements.set_status(agreement_id, status, reason),
        )

    def ask_unsign(self) -> ReasonDialog | None:
        return self._ask(
            self.tr("Batalkan penandatanganan: {title}"),
            self.tr(
                "Penandatanganan dicatat keliru? Tulis alasannya; perjanjian kembali ke jadwal dan alasannya tercatat."
            ),
            self.tr("Batalkan penandatanganan"),
            self.context.session.agreements.unsign,
        )

    def ask_reopen(self) -> ReasonDialog | None:
        return self._ask(
            self.tr("Pulihkan: {title}"),
            self.tr("Mengapa perjanjian ini dipulihkan? Perjanjian kembali menjadi draf tanpa slot."),
            self.tr("Pulihkan"),
            self.context.session.agreements.reopen,
        )

    # --- the timeline ---------------------------------------------------------------------------

    def _probe(self, agreement: Agreement, starts_at: datetime, ends_at: datetime, spot: str) -> list[Conflict]:
        assert self._settings is not None
        return signing_conflicts(with_slot(agreement, starts_at, ends_at, spot), self._agreements, self._settings)

    def _handle_probing(self, conflicts: list[Conflict] | None) -> None:
        if conflicts is None:
            self.probe_label.clear()
            self.probe_label.setStyleSheet("")
        elif conflicts:
            self.probe_label.setStyleSheet(ERROR_STYLE)
            self.probe_label.setText(
                self.tr("Bentrok di sini: {messages}").format(messages=" · ".join(c.message for c in conflicts))
            )
        else:
            self.probe_label.setStyleSheet(OK_STYLE)
            self.probe_label.setText(self.tr("Tidak ada bentrok di sini."))

    def move_agreement(self, agreement_id: str, starts_at: datetime, ends_at: datetime, spot: str) -> bool:
        """Move a slot (from a drag); conflicts are shown and need the operator's yes."""
        agreements = self.context.session.agreements
        try:
            try:
                agreements.schedule(agreement_id, starts_at, ends_at, spot)
            except ScheduleConflict as conflict:
                if not confirm_conflicts(self, conflict.conflicts):
                    self.refresh()
                    return False
                agreements.schedule(agreement_id, starts_at, ends_at, spot, accept_conflicts=True)
        except EventDeskError as error:
            self.refresh()
            show_error(self, error)
            return False
        self.select(agreement_id)
        return True

    # --- reports --------------------------------------------------------------------------------

    def make_report(self, key: str) -> Task | None:
        """The run-sheet or the signed-agreement summary, made on a worker thread, then previewed."""
        names = {key: i18n.tr(document_kind(key).title) for key in ("schedule", "agreements")}
        output = document_output(key)
        options = DocumentOptions(
            detail_pages=key == "agreements" and self.detail_pages_check.isChecked(),
            per_spot=key == "schedule" and self.per_spot_check.isChecked(),
        )
        render = document_job(self.context.session, key, output, options)
        action = self.run_sheet_action if key == "schedule" else self.summary_action
        action.setEnabled(False)
        task = Task(render, label=names[key])
        task.signals.done.connect(lambda _result: self._handle_report_done(action, names[key], output))
        task.signals.failed.connect(lambda error: self._handle_report_failed(action, error))
        return self.context.tasks.start(task)

    def _handle_report_failed(self, action: QAction, error: BaseException) -> None:
        action.setEnabled(True)
        show_error(self, error)

    def _handle_report_done(self, action: QAction, name: str, output: Path) -> None:
        action.setEnabled(True)
        self.last_report = output
        from eventdesk.ui.dialogs.pdf_preview import show_pdf  # Qt's PDF modules load when first needed

        show_pdf(self.context, output, name, self)
