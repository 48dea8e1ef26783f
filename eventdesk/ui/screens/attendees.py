"""Peserta: the attendee list (search as you type, filters, sort by any column) and the registration form.

The list is lazy: SQL sorts and filters, the table fetches the page it
shows, so 20,000 attendees scroll like 20. Ctrl+N starts a new registration,
Enter saves it and starts the next, Esc cancels; a row selected opens in the
form for editing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain import badge_papers
from eventdesk.domain.attendee_query import NO_REGION, AttendeeQuery, AttendeeSort
from eventdesk.domain.document_kinds import DocumentOptions
from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.errors import DuplicateAttendee, EventDeskError
from eventdesk.domain.models import Attendee
from eventdesk.domain.quantity import format_count
from eventdesk.files import paths
from eventdesk.services.attendee_export import export_attendees
from eventdesk.ui.badge_printer import BadgePrinter
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.duplicate_dialog import OPEN_EXISTING, REGISTER_ANYWAY, ask_about_duplicate
from eventdesk.ui.dialogs.import_dialog import ImportDialog
from eventdesk.ui.dialogs.merge_duplicate_dialog import MergeDuplicateDialog
from eventdesk.ui.discard import may_discard
from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import MERGE_DUPLICATE_KEY, push_button, screen_key
from eventdesk.ui.models.attendee_model import AttendeeTableModel
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.screens.reports import document_job, document_output
from eventdesk.ui.tasks import Task
from eventdesk.ui.widgets.attendee_form import AttendeeForm
from eventdesk.ui.widgets.attendee_picker import attendee_display
from eventdesk.ui.widgets.search_box import SearchBox

ANY = "__any__"


class AttendeesScreen(Screen):
    key = "attendees"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("attendees_screen")
        self.query = AttendeeQuery()
        self.heading = QLabel()
        self.search = SearchBox()
        self.setFocusProxy(self.search)  # the keyboard lands here when the screen is chosen (Ctrl+number)
        self.search.search.connect(self._handle_search)
        self.region_filter = QComboBox()
        self.region_filter.setObjectName("region_filter")
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        for combo in (self.region_filter, self.category_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._handle_filters)
            # Narrow windows: the filters may shrink below their longest item.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.count_label = QLabel()
        self.count_label.setObjectName("attendee_count")

        self.model = AttendeeTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("attendee_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(AttendeeTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights and column widths: the view never measures rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 220, 150, 230, 130, 100, 130, 70, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._handle_selection)

        self.form_heading = QLabel()
        self.form_heading.setObjectName("form_heading")
        self.form = AttendeeForm()
        self.form.submitted.connect(self._handle_save)
        self.form.cancelled.connect(self._handle_cancel)
        self.save_button = push_button("save_attendee_button", self._handle_save)
        self.cancel_button = push_button("cancel_attendee_button", self._handle_cancel)
        self.delete_button = push_button("delete_attendee_button", self._handle_delete)
        self.merge_button = push_button("merge_attendee_button", self.merge_duplicate)
        self.merge_action = screen_key(self, MERGE_DUPLICATE_KEY, self.merge_duplicate)
        self.status = QLabel()
        self.status.setObjectName("attendee_status")
        self.status.setWordWrap(True)

        self.new_action = screen_key(self, QKeySequence.StandardKey.New, self.start_new)
        self.find_action = screen_key(
            self, QKeySequence.StandardKey.Find, self._focus_search, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.new_button = push_button("new_attendee_button", self.start_new)
        self.import_button = push_button("import_button", self._handle_import)
        self.export_button = QToolButton()
        self.export_button.setObjectName("export_button")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_csv_action = self.export_menu.addAction("", lambda: self._handle_export(".csv"))
        self.export_xlsx_action = self.export_menu.addAction("", lambda: self._handle_export(".xlsx"))
        self.export_button.setMenu(self.export_menu)
        self.badge_button = QToolButton()
        self.badge_button.setObjectName("badge_button")
        self.badge_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.badge_menu = QMenu(self)
        self.badge_actions: dict[str, QAction] = {}
        for key in ("current", "selected", "list", "not_printed"):
            self.badge_actions[key] = self.badge_menu.addAction("")
            self.badge_actions[key].triggered.connect(lambda _checked=False, k=key: self.print_badges(k))
        self.badge_menu.addSeparator()
        self.four_up_action = self.badge_menu.addAction("")
        self.four_up_action.setCheckable(True)
        self.badge_menu.addSeparator()
        self.list_action = self.badge_menu.addAction("", lambda: self.print_attendee_list(unmasked=False))
        self.list_unmasked_action = self.badge_menu.addAction("", lambda: self.print_attendee_list(unmasked=True))
        self.badge_button.setMenu(self.badge_menu)
        self.badge_printer = BadgePrinter(context, self)
        self.badge_printer.said.connect(self.status.setText)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        filters = QGridLayout()  # two by two: the list stays usable in a narrow window
        for position, combo in enumerate(
            (self.region_filter, self.category_filter, self.kind_filter, self.status_filter)
        ):
            filters.addWidget(combo, position // 2, position % 2)
        toolbar = QHBoxLayout()
        for widget in (self.new_button, self.import_button, self.export_button, self.badge_button):
            toolbar.addWidget(widget)
        toolbar.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filters)
        left_layout.addLayout(toolbar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        # No fixed width: the splitter keeps the form at least as wide as its fields and buttons need,
        # so "Simpan (Enter)" is never cut on a 1024-pixel screen; the list gives way.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.form_heading)
        right_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        rare = QHBoxLayout()  # deleting is rare: its own line, away from Enter's button
        rare.addStretch()
        rare.addWidget(self.merge_button)
        rare.addWidget(self.delete_button)
        right_layout.addLayout(buttons)
        right_layout.addLayout(rare)
        right_layout.addWidget(self.status)
        right_layout.addStretch()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self._last_category: AttendeeCategory | None = None
        self.model.sort_requested.connect(self._handle_sort)  # after the view's first sort indicator
        self.retranslate()
        self.refresh()

    # --- texts ----------------------------------------------------------------------------------

    def watched_tables(self) -> frozenset[str]:
        return frozenset({"attendees", "organisations", "regions", "desks"})

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.search.setPlaceholderText(self.tr("Cari nama, organisasi, kode, telepon atau email…  (Ctrl+F)"))
        self.new_button.setText(self.tr("Baru"))
        self.new_button.setToolTip(self.tr("Pendaftaran baru (Ctrl+N)"))
        self.import_button.setText(self.tr("Impor…"))
        self.export_button.setText(self.tr("Ekspor"))
        self.export_csv_action.setText(self.tr("Ekspor daftar ini ke CSV…"))
        self.export_xlsx_action.setText(self.tr("Ekspor daftar ini ke Excel (XLSX)…"))
        self.badge_button.setText(self.tr("Cetak"))
        self.badge_button.setToolTip(self.tr("Cetak tanda pengenal"))
        self.badge_actions["current"].setText(self.tr("Peserta yang dibuka"))
        self.badge_actions["selected"].setText(self.tr("Baris yang dipilih"))
        self.badge_actions["list"].setText(self.tr("Semua di daftar ini"))
        self.badge_actions["not_printed"].setText(self.tr("Yang belum pernah dicetak"))
        self.four_up_action.setText(self.tr("Empat per halaman A4 (dengan tanda potong)"))
        self.list_action.setText(self.tr("Daftar hadir (PDF, nomor telepon disamarkan)"))
        self.list_unmasked_action.setText(self.tr("Daftar hadir dengan nomor telepon lengkap (PDF)"))
        self.save_button.setText(self.tr("Simpan (Enter)"))
        self.cancel_button.setText(self.tr("Batal (Esc)"))
        self.delete_button.setText(self.tr("Hapus…"))
        self.merge_button.setText(self.tr("Gabungkan… (Ctrl+G)"))
        self.merge_button.setToolTip(self.tr("Orang ini terdaftar dua kali: gabungkan dengan pendaftaran yang lain"))
        self.form.retranslate()
        self._fill_filters()
        self._update_form_heading()
        self._update_count()

    def _fill_filters(self) -> None:
        def fill(combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ANY)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

        regions = self.context.session.settings.regions() if self.context.has_session else []
        fill(
            self.region_filter,
            self.tr("Semua daerah"),
            [(region.name, region.id) for region in regions] + [(self.tr("(tanpa daerah)"), NO_REGION)],
        )
        fill(
            self.category_filter,
            self.tr("Semua kategori"),
            [(category.label, category) for category in AttendeeCategory],
        )
        fill(self.kind_filter, self.tr("Semua jenis organisasi"), [(kind.label, kind) for kind in OrganisationKind])
        fill(
            self.status_filter,
            self.tr("Hadir dan belum"),
            [(self.tr("Sudah check-in"), True), (self.tr("Belum check-in"), False)],
        )

    # --- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        session = self.context.session
        self._fill_filters()
        self.form.set_choices(session.organisations.list(), session.settings.regions())
        self.model.timezone = session.settings.get().timezone
        selected = self.selected_attendees()
        self.model.set_keys(session.attendees.keys(self.query), session.attendees.by_keys)
        self._update_count()
        if self.form.editing is not None:
            row = self.model.row_of(self.form.editing.id) if selected else -1
            if row >= 0:
                self.table.selectRow(row)

    def _update_count(self) -> None:
        if not self.context.has_session:
            return
        shown = self.model.rowCount()
        registered, checked_in = self.context.session.attendees.counts()
        self.count_label.setText(
            self.tr("{shown} ditampilkan · {registered} terdaftar · {checked_in} hadir").format(
                shown=format_count(shown), registered=format_count(registered), checked_in=format_count(checked_in)
            )
        )

    def _handle_search(self, text: str) -> None:
        self.query = replace(self.query, text=text)
        self.refresh()

    def _handle_filters(self) -> None:
        def value(combo: QComboBox):
            data = combo.currentData()
            return None if data == ANY else data

        # Qt hands the vocabularies back as plain text: turned into members again here.
        category, kind = value(self.category_filter), value(self.kind_filter)
        self.query = replace(
            self.query,
            region_id=value(self.region_filter),
            category=AttendeeCategory(category) if category is not None else None,
            organisation_kind=OrganisationKind(kind) if kind is not None else None,
            checked_in=value(self.status_filter),
        )
        self.refresh()

    def _handle_sort(self, sort: AttendeeSort, descending: bool) -> None:
        self.query = replace(self.query, sort=sort, descending=descending)
        self.refresh()

    def selected_attendees(self) -> list[Attendee]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [attendee for row in rows if (attendee := self.model.attendee(row)) is not None]

    def _handle_selection(self) -> None:
        selected = self.selected_attendees()
        if len(selected) != 1:
            return
        editing = self.form.editing
        if (editing is None or editing.id != selected[0].id) and not self._may_replace_form():
            self._select_quietly(editing)  # back to what the form holds; the typing stays
            self.form.name_edit.setFocus()
            return
        self.form.load(selected[0])
        self._update_form_heading()

    def _may_replace_form(self) -> bool:
        """Nothing typed, or the operator agrees to lose it."""
        if not self.form.has_unsaved_input():
            return True
        what = self.tr("Pendaftaran") if self.form.editing is None else self.tr("Perubahan data peserta")
        return may_discard(self, what)

    def _select_quietly(self, attendee: Attendee | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            row = self.model.row_of(attendee.id) if attendee is not None else -1
            if row < 0:
                self.table.clearSelection()
            else:
                self.table.selectRow(row)
        finally:
            selection.blockSignals(False)

    # --- the form -------------------------------------------------------------------------------

    def _update_form_heading(self) -> None:
        editing = self.form.editing
        if editing is None:
            self.form_heading.setText(f"<h3>{self.tr('Pendaftaran baru')}</h3>")
            self.delete_button.setEnabled(False)
            self.merge_button.setEnabled(False)
        else:
            self.form_heading.setText(f"<h3>{self.tr('Ubah {code}').format(code=editing.code)}</h3>")
            self.delete_button.setEnabled(not editing.checked_in)
            self.merge_button.setEnabled(True)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def start_new(self) -> None:
        """An empty form, the cursor in the name (Ctrl+N); typed input is not lost without asking."""
        if not self._may_replace_form():
            self.form.name_edit.setFocus()
            return
        self._empty_form()

    def _empty_form(self) -> None:
        """The next registration's form (after a save, a delete or a confirmed cancel: nothing left to lose)."""
        self.table.clearSelection()
        self.form.clear(self._last_category)
        self._update_form_heading()
        self.form.name_edit.setFocus()

    def _handle_cancel(self) -> None:
        if not self._may_replace_form():
            return
        self.status.setText("")
        self._empty_form()

    def _handle_save(self, *, different_person: bool = False) -> None:
        session = self.context.session
        values = self.form.values()
        editing = self.form.editing
        try:
            if editing is None:
                attendee = session.attendees.register(**values, different_person=different_person)
            else:
                attendee = session.attendees.update(editing.id, **values, different_person=different_person)
        except DuplicateAttendee as duplicate:
            answer = ask_about_duplicate(self, duplicate)
            if answer == REGISTER_ANYWAY:
                self._handle_save(different_person=True)
            elif answer == OPEN_EXISTING:
                self.form.clear(self._last_category)  # the operator chose the registered one over what was typed
                self.open_attendee(duplicate.existing_id)
            else:
                self.form.show_error(duplicate)
            return
        except EventDeskError as error:
            self.form.show_error(error)
            return
        self._last_category = attendee.category
        if editing is None:
            self.status.setText(
                self.tr("{name} terdaftar dengan kode {code}.").format(name=attendee.full_name, code=attendee.code)
            )
        else:
            self.status.setText(self.tr("Perubahan {name} tersimpan.").format(name=attendee.full_name))
        self._empty_form()

    def open_attendee(self, attendee_id: str) -> None:
        """Show one attendee in the list (the search cleared to find them) and in the form."""
        attendee = self.context.session.attendees.get(attendee_id)
        self.search.blockSignals(True)
        self.search.setText(attendee.code)
        self.search.blockSignals(False)
        self.query = AttendeeQuery(text=attendee.code, sort=self.query.sort, descending=self.query.descending)
        for combo in (self.region_filter, self.category_filter, self.kind_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()
        row = self.model.row_of(attendee_id)
        if row < 0:
            for candidate in range(self.model.rowCount()):
                found = self.model.attendee(candidate)
                if found is not None and found.id == attendee_id:
                    row = candidate
                    break
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        self.form.load(attendee)
        self._update_form_heading()

    def _handle_delete(self) -> None:
        editing = self.form.editing
        if editing is None:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Hapus peserta"),
            self.tr("Alasan menghapus {name} ({code}):").format(name=editing.full_name, code=editing.code),
        )
        if not accepted:
            return
        try:
            self.context.session.attendees.delete(editing.id, reason)
        except EventDeskError as error:
            show_error(self, error)
            return
        self.status.setText(self.tr("{name} dihapus dari daftar.").format(name=editing.full_name))
        self._empty_form()

    def merge_duplicate(self) -> MergeDuplicateDialog | None:
        """The person in the form was registered twice: choose the registration kept and merge into it."""
        current = self.table.currentIndex()
        if self.form.editing is None and current.isValid() and self.table.hasFocus():
            self.table.selectRow(current.row())  # the row the cursor is on in the list, though not yet selected
        duplicate = self.form.editing
        if duplicate is None:
            self.status.setText(self.tr("Pilih dulu peserta yang terdaftar dua kali di daftar."))
            return None
        if not self._may_replace_form():
            return None
        session = self.context.session
        moves = session.duplicates.attendee_moves(duplicate.id)
        dialog = MergeDuplicateDialog(
            self.tr("Gabungkan peserta"),
            self.tr("{name} ({code}) terdaftar dua kali. Pilih pendaftaran yang dipertahankan:").format(
                name=duplicate.full_name, code=duplicate.code
            ),
            self.tr(
                "Yang dipertahankan mendapat check-in {code} (bila belum check-in), {parties} tempat sebagai "
                "penanda tangan, serta jabatan, telepon dan email yang masih kosong. {code} hilang dari daftar, "
                "tetapi tanda pengenalnya tetap bisa dipakai check-in. Tercatat di audit dan ikut ke meja lain."
            ).format(code=duplicate.code, parties=moves.agreement_parties),
            lambda text: [
                (a.id, attendee_display(a)) for a in session.duplicates.attendee_candidates(duplicate.id, text)
            ],
            lambda kept_id: session.duplicates.merge_attendees(duplicate.id, kept_id),
            self,
        )
        dialog.accepted.connect(lambda: self._merged(duplicate, dialog.result_value))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _merged(self, duplicate: Attendee, kept: object) -> None:
        assert isinstance(kept, Attendee)
        self._empty_form()
        self.status.setText(
            self.tr("{duplicate} ({duplicate_code}) digabung dengan {kept} ({kept_code}).").format(
                duplicate=duplicate.full_name, duplicate_code=duplicate.code, kept=kept.full_name, kept_code=kept.code
            )
        )

    # --- import, export, badges ----------------------------------------------------------------

    def _handle_import(self) -> None:
        dialog = ImportDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.choose_file()

    def _handle_export(self, suffix: str) -> None:
        session = self.context.session
        stem = self.tr("peserta")
        default = paths.reports_dir() / f"{stem}-{datetime.now():%Y%m%d-%H%M}{suffix}"
        pattern = self.tr("CSV (*.csv)") if suffix == ".csv" else self.tr("Excel (*.xlsx)")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor daftar peserta"), str(default), pattern)
        if not target:
            return
        output = Path(target)
        if output.suffix.lower() != suffix:
            output = output.with_name(output.name + suffix)
        people = session.attendees.matching(self.query)
        task = Task(export_attendees, people, output, timezone=session.settings.get().timezone, label=self.tr("Ekspor"))
        task.signals.done.connect(
            lambda path: self.status.setText(
                self.tr("{count} peserta diekspor ke {path}").format(count=len(people), path=path)
            )
        )
        task.signals.failed.connect(lambda error: show_error(self, error))
        self.context.tasks.start(task)

    def print_badges(self, which: str) -> None:
        """Badges of the attendee in the form, the selected rows, the whole list, or those not printed yet."""
        session = self.context.session
        if which == "current":
            people = [self.form.editing] if self.form.editing is not None else []
        elif which == "selected":
            people = self.selected_attendees()
        elif which == "list":
            people = session.attendees.matching(self.query)
        else:
            people = session.attendees.matching(replace(self.query, badge_printed=False))
        if not people:
            self.status.setText(self.tr("Tidak ada tanda pengenal untuk dicetak."))
            return

        layout = badge_papers.LAYOUT_A4 if self.four_up_action.isChecked() else badge_papers.LAYOUT_A6
        self.status.setText(self.tr("Membuat {count} tanda pengenal…").format(count=len(people)))
        self.badge_printer.print_badges(people, layout, at_desk=which == "current")

    def print_attendee_list(self, *, unmasked: bool) -> None:
        """The attendee list and check-in report, phones masked unless asked, made on a worker and previewed."""
        output = document_output("attendees")
        render = document_job(self.context.session, "attendees", output, DocumentOptions(unmasked=unmasked))
        title = self.tr("Daftar Hadir Peserta")
        task = Task(render, label=title)
        task.signals.done.connect(lambda _result: self._show_pdf(output, title))
        task.signals.failed.connect(lambda error: show_error(self, error))
        self.context.tasks.start(task)

    def _show_pdf(self, output: Path, title: str) -> None:
        self.last_list = output
        from eventdesk.ui.dialogs.pdf_preview import show_pdf  # Qt's PDF modules load when first needed

        show_pdf(self.context, output, title, self)
