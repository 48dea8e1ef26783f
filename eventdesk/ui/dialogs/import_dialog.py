"""Importing a registration list: the detected header and column mapping (editable), each row's fate, then the write.

Reading, checking and writing run on a worker thread with a connection of
their own; nothing is written until "Impor" is pressed, and then every
accepted row is written in one transaction.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.import_report import ImportLine, ImportReport, RowFate
from eventdesk.domain.models import Actor
from eventdesk.domain.quantity import format_count
from eventdesk.domain.registration_list import ColumnMapping, ListField, RegistrationList, read_list
from eventdesk.files.spreadsheets import Sheet, read_sheet
from eventdesk.services.registration_import import DEFAULT_CATEGORY
from eventdesk.services.session import open_session
from eventdesk.ui.context import AppContext
from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import push_button
from eventdesk.ui.palette import ROW_DUPLICATE, ROW_IMPORTED, ROW_IMPORTED_WITH_WARNING, ROW_REJECTED
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.tasks import Task

FILE_FILTER = "CSV / Excel (*.csv *.xlsx *.xlsm *.txt);;*"
FATE_COLOURS = {RowFate.IMPORT: ROW_IMPORTED, RowFate.DUPLICATE: ROW_DUPLICATE, RowFate.REJECTED: ROW_REJECTED}
IGNORE = "__ignore__"

Index = QModelIndex | QPersistentModelIndex


def preview_list(
    event_path: Path,
    actor: Actor,
    sheet: Sheet | None,
    source: Path,
    header_row: int | None,
    mapping: ColumnMapping | None,
    default_category: AttendeeCategory,
    import_anyway: Collection[int],
    progress=None,
) -> tuple[Sheet, RegistrationList, ImportReport]:
    """Worker: read the file (once), find the rows, say each row's fate; a read-only connection of its own."""
    if sheet is None:
        sheet = read_sheet(source)
    session = open_session(event_path, actor, read_only=True)
    try:
        listing = read_list(sheet.rows, session.settings.regions(), header_row=header_row, mapping=mapping)
        report = session.imports.preview(sheet, listing, default_category=default_category, import_anyway=import_anyway)
    finally:
        session.close()
    return sheet, listing, report


def write_list(
    event_path: Path,
    actor: Actor,
    sheet: Sheet,
    listing: RegistrationList,
    default_category: AttendeeCategory,
    import_anyway: Collection[int],
    progress=None,
) -> ImportReport:
    """Worker: write the accepted rows in one transaction, on a connection of its own."""
    session = open_session(event_path, actor)
    try:
        return session.imports.write(
            sheet, listing, default_category=default_category, import_anyway=import_anyway, progress=progress
        )
    finally:
        session.close()


class ImportLinesModel(QAbstractTableModel):
    """The rows of the list with their fate, coloured."""

    (
        COL_ROW,
        COL_FATE,
        COL_REASON,
        COL_NAME,
        COL_ORGANISATION,
        COL_REGION,
        COL_PHONE,
        COL_EMAIL,
        COL_CATEGORY,
        COL_CODE,
    ) = range(10)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[ImportLine] = []

    def set_lines(self, lines: list[ImportLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> ImportLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Baris"),
            self.tr("Hasil"),
            self.tr("Keterangan"),
            self.tr("Nama"),
            self.tr("Instansi"),
            self.tr("Daerah"),
            self.tr("Telepon"),
            self.tr("Email"),
            self.tr("Kategori"),
            self.tr("Kode"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = (
                ROW_IMPORTED_WITH_WARNING if line.fate is RowFate.IMPORT and line.warnings else FATE_COLOURS[line.fate]
            )
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_REASON:
            return line.shown_with or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            str(line.row_number),
            line.fate.label,
            line.shown_with,
            line.full_name,
            line.organisation,
            line.region,
            line.phone or "",
            line.email or "",
            line.category.label if line.category else "",
            line.code,
        ][index.column()]


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.context = context
        self.source: Path | None = None
        self.sheet: Sheet | None = None
        self.listing: RegistrationList | None = None
        self.report: ImportReport | None = None
        self.import_anyway: set[int] = set()
        self.busy = False

        self.file_label = QLabel()
        self.file_label.setObjectName("import_file")
        self.file_label.setWordWrap(True)
        self.choose_button = push_button("choose_file_button", self.choose_file)
        self.header_caption = QLabel()
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("header_row_spin")
        self.header_spin.setRange(1, 1_000_000)
        self.header_spin.editingFinished.connect(self._handle_header_row)
        self.category_caption = QLabel()
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("default_category_combo")
        self.category_combo.currentIndexChanged.connect(lambda _i: self._preview())
        self.mapping_box = QGroupBox()
        self.mapping_grid = QGridLayout()
        mapping_inner = QWidget()
        mapping_inner.setLayout(self.mapping_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_inner)
        scroll.setMinimumHeight(120)
        scroll.setMaximumHeight(170)
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.addWidget(scroll)
        self.mapping_combos: dict[int, QComboBox] = {}

        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.fate_filter = QComboBox()
        self.fate_filter.setObjectName("fate_filter")
        self.fate_filter.currentIndexChanged.connect(lambda _i: self._show_lines())
        self.lines_model = ImportLinesModel(self)
        self.lines_view = QTableView()
        self.lines_view.setObjectName("import_lines")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 80, 330, 180, 180, 110, 120, 160, 90, 70)):
            self.lines_view.setColumnWidth(column, width)
        self.anyway_button = push_button("import_anyway_button", self._handle_import_anyway)
        self.import_button = QPushButton()
        self.import_button.setObjectName("do_import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._handle_import)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        options = QHBoxLayout()
        options.addWidget(self.header_caption)
        options.addWidget(self.header_spin)
        options.addSpacing(20)
        options.addWidget(self.category_caption)
        options.addWidget(self.category_combo)
        options.addStretch()
        lines_bar = QHBoxLayout()
        lines_bar.addWidget(self.summary, 1)
        lines_bar.addWidget(self.fate_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.anyway_button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.mapping_box)
        layout.addLayout(lines_bar)
        layout.addWidget(self.lines_view, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1100, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Impor daftar peserta"))
        if self.source is None:
            self.file_label.setText(self.tr("Pilih berkas CSV atau Excel (.xlsx) dari delegasi."))
        self.choose_button.setText(self.tr("Pilih berkas…"))
        self.header_caption.setText(self.tr("Baris judul kolom:"))
        self.category_caption.setText(self.tr("Kategori bila kosong:"))
        current = self.category_combo.currentData() or DEFAULT_CATEGORY
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        for category in AttendeeCategory:
            self.category_combo.addItem(category.label, category)
        self.category_combo.setCurrentIndex(self.category_combo.findData(current))
        self.category_combo.blockSignals(False)
        self.mapping_box.setTitle(self.tr("Kolom (ubah bila salah terbaca)"))
        current_fate = self.fate_filter.currentData()
        self.fate_filter.blockSignals(True)
        self.fate_filter.clear()
        self.fate_filter.addItem(self.tr("Semua baris"), None)
        for fate in RowFate:
            self.fate_filter.addItem(fate.label, fate)
        self.fate_filter.addItem(self.tr("Dengan peringatan"), "warnings")
        self.fate_filter.setCurrentIndex(max(0, self.fate_filter.findData(current_fate)))
        self.fate_filter.blockSignals(False)
        self.anyway_button.setText(self.tr("Impor juga sebagai orang lain"))
        self.anyway_button.setToolTip(self.tr("Untuk baris terpilih yang hanya mirip namanya dengan peserta terdaftar"))
        self.close_button.setText(self.tr("Tutup"))
        if self.report is None:
            self.import_button.setText(self.tr("Impor"))  # disabled until a list is read
        self._update_summary()

    # --- reading and previewing -----------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.source.parent) if self.source else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih daftar peserta"), start, FILE_FILTER)
        if chosen:
            self.load(Path(chosen))

    def load(self, source: Path) -> None:
        """Read `source` and show each row's fate (on a worker)."""
        self.source = source
        self.sheet, self.listing, self.report = None, None, None
        self.import_anyway = set()
        self.file_label.setText(str(source))
        self._preview(header_row=None, mapping=None)

    def _handle_header_row(self) -> None:
        if self.listing is not None and self.header_spin.value() != self.listing.header_row:
            self._preview(header_row=self.header_spin.value(), mapping=None)

    def _preview(self, *, header_row: int | None | bool = False, mapping: ColumnMapping | None | bool = False) -> None:
        if self.source is None or self.busy:
            return
        if header_row is False:
            header_row = self.listing.header_row if self.listing else None
        if mapping is False:
            mapping = self.listing.mapping if self.listing else None
        session = self.context.session
        self._set_busy(True, self.tr("Membaca dan memeriksa daftar…"))
        task = Task(
            preview_list,
            session.path,
            session.actor,
            self.sheet,
            self.source,
            header_row,
            mapping,
            self.category_combo.currentData() or DEFAULT_CATEGORY,
            set(self.import_anyway),
            label=self.tr("Membaca daftar"),
        )
        task.signals.done.connect(self._handle_previewed)
        task.signals.failed.connect(self._handle_failed)
        self.context.tasks.start(task)

    def _handle_previewed(self, result: tuple[Sheet, RegistrationList, ImportReport]) -> None:
        self.sheet, self.listing, self.report = result
        self._set_busy(False)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(self.listing.header_row)
        self.header_spin.blockSignals(False)
        self._fill_mapping()
        self._show_lines()
        self._set_busy(False)

    def _handle_failed(self, error: BaseException) -> None:
        self.report = None
        self._set_busy(False)
        self.summary.setText("")
        show_error(self, error)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        for widget in (self.choose_button, self.header_spin, self.category_combo):
            widget.setEnabled(not busy)
        for combo in self.mapping_combos.values():
            combo.setEnabled(not busy)
        can_write = not busy and self.report is not None and not self.report.written
        report = self.report
        self.import_button.setEnabled(can_write and report is not None and report.imported > 0)
        self.anyway_button.setEnabled(can_write and report is not None and any(line.probable for line in report.lines))
        if busy:
            self.summary.setText(message)

    def _fill_mapping(self) -> None:
        assert self.listing is not None
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mapping_combos = {}
        width = max(len(self.listing.headers), max(self.listing.mapping, default=-1) + 1)
        for column in range(width):
            header = self.listing.headers[column] if column < len(self.listing.headers) else ""
            samples = ", ".join(self.listing.samples.get(column, [])[:2])
            caption = QLabel(
                f"<b>{_escape(header) or self.tr('(tanpa judul)')}</b><br><small>{_escape(samples)}</small>"
            )
            caption.setWordWrap(True)
            caption.setMaximumWidth(170)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column}")
            combo.addItem(self.tr("(abaikan)"), IGNORE)
            for field in ListField:
                combo.addItem(field.label, field)
            mapped = self.listing.mapping.get(column)
            combo.setCurrentIndex(combo.findData(mapped) if mapped is not None else 0)
            combo.currentIndexChanged.connect(lambda _i: self._handle_mapping())
            self.mapping_grid.addWidget(caption, 0, column)
            self.mapping_grid.addWidget(combo, 1, column)
            self.mapping_combos[column] = combo

    def mapping(self) -> ColumnMapping:
        return {
            column: combo.currentData()
            for column, combo in self.mapping_combos.items()
            if combo.currentData() != IGNORE
        }

    def set_mapping(self, column: int, field: ListField | None) -> None:
        """Map a column (for tests and for the operator's keyboard): field None ignores the column."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(combo.findData(field if field is not None else IGNORE))

    def _handle_mapping(self) -> None:
        self._preview(mapping=self.mapping())

    def _show_lines(self) -> None:
        if self.report is None:
            self.lines_model.set_lines([])
            return
        wanted = self.fate_filter.currentData()
        lines = self.report.lines
        if wanted == "warnings":
            lines = [line for line in lines if line.warnings]
        elif wanted is not None:
            lines = [line for line in lines if line.fate is wanted]
        self.lines_model.set_lines(lines)
        self._update_summary()

    def _update_summary(self) -> None:
        report = self.report
        if report is None:
            return
        where = report.sheet_name or f"{report.encoding}, '{report.delimiter}'".replace("'\t'", "tab")
        if report.written:
            text = self.tr(
                "Selesai ({where}): {imported} diimpor, {duplicates} duplikat, {rejected} ditolak, {warned} "
                "dengan peringatan."
            )
        else:
            text = self.tr(
                "Pratinjau ({where}): {imported} akan diimpor, {duplicates} duplikat, {rejected} ditolak, "
                "{warned} dengan peringatan. Belum ada yang disimpan."
            )
        self.summary.setText(
            text.format(
                where=where,
                imported=format_count(report.imported),
                duplicates=format_count(report.duplicates),
                rejected=format_count(report.rejected),
                warned=format_count(len(report.warned)),
            )
        )
        self.import_button.setText(
            self.tr("Impor {count} peserta").format(count=format_count(report.imported))
            if not report.written
            else self.tr("Sudah diimpor")
        )

    def _handle_import_anyway(self) -> None:
        rows = {
            self.lines_model.line(index.row()).row_number for index in self.lines_view.selectionModel().selectedRows()
        }
        probable = {line.row_number for line in (self.report.lines if self.report else []) if line.probable}
        chosen = rows & probable
        if chosen:
            self.import_anyway |= chosen
            self._preview()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            # The worker would finish with nobody to show its report or to tell the screens.
            self.summary.setText(self.tr("Tunggu sampai pembacaan atau penyimpanan selesai, lalu tutup."))
            event.ignore()
            return
        super().closeEvent(event)

    # --- writing --------------------------------------------------------------------------------

    def _handle_import(self) -> None:
        if self.sheet is None or self.listing is None or self.report is None or self.report.written:
            return
        session = self.context.session
        self._set_busy(True, self.tr("Menyimpan peserta…"))
        task = Task(
            write_list,
            session.path,
            session.actor,
            self.sheet,
            self.listing,
            self.category_combo.currentData() or DEFAULT_CATEGORY,
            set(self.import_anyway),
            label=self.tr("Impor peserta"),
        )
        task.signals.done.connect(self._handle_written)
        task.signals.failed.connect(self._handle_failed)
        self.context.tasks.start(task)

    def _handle_written(self, report: ImportReport) -> None:
        self.report = report
        self._set_busy(False)
        self._show_lines()
        # Written on another connection: tell the screens of this window.
        self.context.notify_changed(frozenset({"attendees", "organisations", "audit_log"}))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
