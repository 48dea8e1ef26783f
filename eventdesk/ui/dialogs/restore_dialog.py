"""File → Restore from backup…: the backups with their time and headline figures; restore one into a new file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.errors import EventDeskError, EventFileError
from eventdesk.services import backups
from eventdesk.services.backups import BackupInfo
from eventdesk.ui.context import AppContext
from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import push_button
from eventdesk.ui.models.backup_table_model import BackupTableModel
from eventdesk.ui.models.sort_proxy import ROW_ROLE, SortProxy
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.tasks import Task

FILE_FILTER = "EventDesk (*.eventdesk)"


def read_backups(folder: Path, series: str | None, progress=None) -> list[BackupInfo]:
    """Every backup in `folder` (of one series), opened read-only for its figures; runs on a worker."""
    found = backups.list_backups(folder, series)
    infos = []
    for number, backup in enumerate(found, start=1):
        infos.append(backups.describe(backup))
        if progress is not None:
            progress(number, len(found))
    return infos


class RestoreDialog(QDialog):
    """Lists backups; restores the chosen one into a NEW event file (`restored_path`), never over the open one."""

    def __init__(self, context: AppContext, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.context = context
        self.folder = folder
        self.restored_path: Path | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("restore_folder")
        self.folder_button = push_button("restore_choose_folder", self._handle_choose_folder)
        self.only_this = QCheckBox()
        self.only_this.setObjectName("restore_only_this_file")
        self.only_this.setChecked(True)
        self.only_this.toggled.connect(self.load)
        self.model = BackupTableModel(context.session.settings.get().timezone, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("backup_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BackupTableModel.COL_TIME, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._handle_restore)
        self.status = QLabel()
        self.status.setObjectName("restore_status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._handle_restore)
        self.buttons.rejected.connect(self.reject)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.only_this)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 980, 480)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.intro.setText(
            self.tr(
                "Pilih cadangan. Cadangan dipulihkan ke berkas acara BARU; berkas yang sedang terbuka tidak diubah."
            )
        )
        self.folder_label.setText(self.tr("Folder cadangan: {folder}").format(folder=self.folder))
        self.folder_button.setText(self.tr("Folder lain…"))
        self.only_this.setText(self.tr("Hanya cadangan berkas yang sedang terbuka"))
        self.restore_button.setText(self.tr("Pulihkan ke berkas baru…"))

    def load(self) -> None:
        series = backups.series_of(self.context.session.path) if self.only_this.isChecked() else None
        self.status.setText(self.tr("Membaca cadangan…"))
        self.model.set_rows([])
        task = Task(read_backups, self.folder, series, label=self.tr("Membaca cadangan"))
        task.signals.done.connect(self._show_rows)
        task.signals.failed.connect(lambda error: show_error(self, error))
        self.context.tasks.start(task)
        self._task = task

    def _show_rows(self, rows: list[BackupInfo]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.status.setText(self.tr("{count} cadangan.").format(count=len(rows)))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("Belum ada cadangan di folder ini."))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.good)

    def _handle_choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"), str(self.folder))
        if chosen:
            self.folder = Path(chosen)
            self.retranslate()
            self.load()

    def _handle_restore(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.good:
            return
        suggested = backups.restore_target(self.context.session.path)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Pulihkan ke berkas baru"), str(suggested), FILE_FILTER)
        if not target:
            return
        try:
            if Path(target).resolve() == self.context.session.path.resolve():
                raise EventFileError(
                    self.tr("Cadangan tidak dipulihkan ke berkas yang sedang terbuka; pilih nama baru.")
                )
            self.restored_path = backups.restore_as_new_desk(chosen.file.path, Path(target), self.context.config)
        except EventDeskError as error:
            show_error(self, error, self.tr("Pemulihan gagal"))
            return
        self.accept()
