"""Organisasi: the organisations taking part, how many of their people came, and a form to add or rename one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.models import Organisation
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.merge_duplicate_dialog import MergeDuplicateDialog
from eventdesk.ui.discard import form_state, may_discard
from eventdesk.ui.keys import MERGE_DUPLICATE_KEY, push_button, screen_key
from eventdesk.ui.models.organisation_model import OrganisationTableModel
from eventdesk.ui.models.sort_proxy import SortProxy
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.widgets.field_errors import FieldErrors
from eventdesk.ui.widgets.search_box import SearchBox

NARROW_LIST = 640  # pixels: below this the list hides the kind column (a 1024×768 screen), the names stay readable


class OrganisationsScreen(Screen):
    key = "organisations"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("organisations_screen")
        self.heading = QLabel()
        self.search = SearchBox()
        self.setFocusProxy(self.search)  # the keyboard lands here when the screen is chosen (Ctrl+number)
        self.search.search.connect(self._handle_search)
        self.count_label = QLabel()
        self.model = OrganisationTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setObjectName("organisation_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OrganisationTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 130), (3, 65), (4, 60)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(False)  # one line per row, so the middle is elided once
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Dinas Kelautan … Jawa Timur": both ends tell
        self.table.installEventFilter(self)  # a narrow list drops the kind column before the names get cut
        self.table.selectionModel().selectionChanged.connect(self._handle_selection)

        self.form_heading = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("organisation_name_edit")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("organisation_kind_combo")
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("organisation_region_combo")
        self.region_combo.currentIndexChanged.connect(self._fill_districts)
        self.district_edit = QLineEdit()
        self.district_edit.setObjectName("organisation_district_edit")
        self.district_names = QStringListModel(self)
        district_completer = QCompleter(self.district_names, self)
        district_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        district_completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "malang" offers Kabupaten and Kota Malang
        self.district_edit.setCompleter(district_completer)
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("organisation_notes_edit")
        self.errors = FieldErrors()
        self.captions = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for caption, field, widget in zip(
            self.captions,
            ("name", "kind", "region", "district", "notes"),
            (self.name_edit, self.kind_combo, self.region_combo, self.district_edit, self.notes_edit),
            strict=True,
        ):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(widget)
            inner.addWidget(self.errors.add(field, widget))
            form.addRow(caption, box)
            widget.installEventFilter(self)
        self.save_button = push_button("save_organisation_button", self._handle_save)
        self.new_button = push_button("new_organisation_button", self.start_new)
        self.merge_button = push_button("merge_organisation_button", self.merge_duplicate)
        self.merge_action = screen_key(self, MERGE_DUPLICATE_KEY, self.merge_duplicate)
        self.status = QLabel()
        self.status.setObjectName("organisation_status")
        self.status.setWordWrap(True)
        self.new_action = screen_key(self, QKeySequence.StandardKey.New, self.start_new)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        self.form_box = right
        right.setMinimumWidth(320)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.form_heading)
        right_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        right_layout.addLayout(buttons)
        rare = QHBoxLayout()  # merging is rare: its own line, away from Enter's button
        rare.addStretch()
        rare.addWidget(self.merge_button)
        right_layout.addLayout(rare)
        right_layout.addWidget(self.status)
        right_layout.addStretch()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self.editing: Organisation | None = None
        self.retranslate()
        self.refresh()
        self._clean = form_state(self.form_box)

    def watched_tables(self) -> frozenset[str]:
        return frozenset({"organisations", "attendees", "regions"})

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.search.setPlaceholderText(self.tr("Cari organisasi…"))
        for caption, text in zip(
            self.captions,
            (self.tr("Nama*"), self.tr("Jenis"), self.tr("Daerah"), self.tr("Kab./kota"), self.tr("Catatan")),
            strict=True,
        ):
            caption.setText(text)
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in OrganisationKind:
            self.kind_combo.addItem(kind.label, kind)
        if current is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(current))
        self.save_button.setText(self.tr("Simpan (Enter)"))
        self.new_button.setText(self.tr("Organisasi baru (Ctrl+N)"))
        self.merge_button.setText(self.tr("Gabungkan ke… (Ctrl+G)"))
        self.merge_button.setToolTip(self.tr("Organisasi ini terdaftar ganda: pindahkan semuanya ke yang lain"))
        self._update_heading()
        self._fill_regions()

    def _fill_regions(self) -> None:
        current = self.region_combo.currentData()
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("(tanpa daerah)"), None)
        if self.context.has_session:
            for region in self.context.session.settings.regions():
                self.region_combo.addItem(region.name, region.id)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(current)))

    def _fill_districts(self) -> None:
        """Complete the kabupaten/kota of the region chosen (of every region of the event when none is)."""
        if self.context.has_session:
            self.district_names.setStringList(
                self.context.session.organisations.districts(self.region_combo.currentData())
            )

    def _update_heading(self) -> None:
        self.merge_button.setEnabled(self.editing is not None)
        if self.editing is None:
            self.form_heading.setText(f"<h3>{self.tr('Organisasi baru')}</h3>")
        else:
            self.form_heading.setText(f"<h3>{self.tr('Ubah organisasi')}</h3>")

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        session = self.context.session
        self._fill_regions()
        self.model.set_rows(session.organisations.list(), session.organisations.attendee_counts())
        self._update_count()

    def _handle_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, everyone = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{count} organisasi").format(count=everyone)
            if shown == everyone
            else self.tr("{shown} dari {count} organisasi").format(shown=shown, count=everyone)
        )

    def _handle_selection(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        organisation = self.proxy.data(indexes[0], OrganisationTableModel.OrganisationRole)
        switching = self.editing is None or self.editing.id != organisation.id
        if switching and not self._may_replace_form():
            self._select_quietly(self.editing)  # back to what the form holds; the typing stays
            self.name_edit.setFocus()
            return
        self.editing = organisation
        self.name_edit.setText(organisation.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(organisation.kind))
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(organisation.region_id)))
        self.district_edit.setText(organisation.district)
        self.notes_edit.setText(organisation.notes)
        self.errors.clear()
        self._update_heading()
        self._clean = form_state(self.form_box)

    def _may_replace_form(self) -> bool:
        """Nothing typed since the form was filled, or the operator agrees to lose it."""
        if form_state(self.form_box) == self._clean:
            return True
        return may_discard(self, self.tr("Organisasi baru") if self.editing is None else self.tr("Ubah organisasi"))

    def _select_quietly(self, organisation: Organisation | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.table.clearSelection()
            for row in range(self.proxy.rowCount()):
                shown = self.proxy.data(self.proxy.index(row, 0), OrganisationTableModel.OrganisationRole)
                if organisation is not None and shown.id == organisation.id:
                    self.table.selectRow(row)
                    break
        finally:
            selection.blockSignals(False)

    def start_new(self) -> None:
        """An empty form, the cursor in the name (Ctrl+N, Esc); typed input is not lost without asking."""
        if not self._may_replace_form():
            self.name_edit.setFocus()
            return
        self._empty_form()

    def _empty_form(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.name_edit.clear()
        self.district_edit.clear()
        self.notes_edit.clear()
        self.errors.clear()
        self._update_heading()
        self.name_edit.setFocus()
        self._clean = form_state(self.form_box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.table.setColumnHidden(OrganisationTableModel.COL_KIND, self.table.width() < NARROW_LIST)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            choosing = isinstance(watched, QComboBox) and watched.view().isVisible()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not choosing:
                self._handle_save()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.start_new()
                return True
        return super().eventFilter(watched, event)

    def _handle_save(self) -> None:
        service = self.context.session.organisations
        values = {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "region_id": self.region_combo.currentData(),
            "notes": self.notes_edit.text(),
            "district": self.district_edit.text(),
        }
        self.errors.clear()
        try:
            if self.editing is None:
                saved = service.add(
                    values["name"], values["kind"], values["region_id"], values["notes"], values["district"]
                )
                self.status.setText(self.tr("{name} ditambahkan.").format(name=saved.name))
            else:
                saved = service.update(self.editing.id, **values)
                self.status.setText(self.tr("Perubahan {name} tersimpan.").format(name=saved.name))
        except EventDeskError as error:
            self.errors.show(error, "name")
            return
        self._empty_form()

    def merge_duplicate(self) -> MergeDuplicateDialog | None:
        """The organisation in the form was registered twice: choose the one kept and move everything to it."""
        current = self.table.currentIndex()
        if self.editing is None and current.isValid() and self.table.hasFocus():
            self.table.selectRow(current.row())  # the row the cursor is on in the list, though not yet selected
        duplicate = self.editing
        if duplicate is None:
            self.status.setText(self.tr("Pilih dulu organisasi yang terdaftar ganda di daftar."))
            return None
        if not self._may_replace_form():
            return None
        session = self.context.session
        moves = session.duplicates.organisation_moves(duplicate.id)
        dialog = MergeDuplicateDialog(
            self.tr("Gabungkan organisasi"),
            self.tr("'{name}' terdaftar ganda. Pilih organisasi yang dipertahankan:").format(name=duplicate.name),
            self.tr(
                "{attendees} peserta, {deals} transaksi dan {parties} pihak perjanjian dari '{name}' pindah ke "
                "organisasi yang dipilih, lalu '{name}' hilang dari daftar. Tercatat di audit dan ikut ke meja lain."
            ).format(
                attendees=moves.attendees, deals=moves.deals, parties=moves.agreement_parties, name=duplicate.name
            ),
            lambda text: [
                (o.id, f"{o.name} — {o.region_name}" if o.region_name else o.name)
                for o in session.duplicates.organisation_candidates(duplicate.id, text)
            ],
            lambda kept_id: session.duplicates.merge_organisations(duplicate.id, kept_id),
            self,
        )
        dialog.accepted.connect(lambda: self._merged(duplicate, dialog.result_value))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _merged(self, duplicate: Organisation, kept: object) -> None:
        assert isinstance(kept, Organisation)
        self._empty_form()
        self.status.setText(self.tr("{duplicate} digabung ke {kept}.").format(duplicate=duplicate.name, kept=kept.name))
