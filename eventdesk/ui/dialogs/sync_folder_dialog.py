"""This laptop's sync folder for the open event: a USB stick, a network share or a Syncthing folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eventdesk.ui.keys import push_button
from eventdesk.ui.palette import ERROR_STYLE
from eventdesk.ui.sizing import fit_to_screen


class SyncFolderDialog(QDialog):
    """Choose or clear the folder; `folder` is the answer (None: no sync) once accepted."""

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_folder_dialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder_edit = QLineEdit(str(folder) if folder else "")
        self.folder_edit.setObjectName("folder_edit")
        self.browse_button = push_button("browse_button", self._handle_browse)
        self.error = QLabel()
        self.error.setObjectName("folder_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.off_button = push_button("sync_off_button", self._handle_off)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.off_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self._handle_save)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.folder: Path | None = folder
        fit_to_screen(self, 560, 200)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Folder sinkron meja ini"))
        self.intro.setText(
            self.tr(
                "Tiap menit meja ini menulis salinan datanya ke folder ini dan menggabungkan data yang ditulis meja "
                "lain di sana. Pakai flashdisk yang digilir, folder bersama di jaringan, atau folder Syncthing. "
                "Pengaturan ini hanya untuk laptop ini; setiap meja memilih foldernya sendiri."
            )
        )
        self.browse_button.setText(self.tr("&Pilih…"))
        self.off_button.setText(self.tr("&Matikan sinkron"))

    def _handle_browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder sinkron"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def _handle_off(self) -> None:
        self.folder = None
        self.accept()

    def _handle_save(self) -> None:
        text = self.folder_edit.text().strip()
        if not text:
            self._handle_off()
            return
        path = Path(text).expanduser()
        if not path.is_dir():
            self.error.setText(self.tr("Folder '{path}' tidak ada atau tidak terbaca.").format(path=path))
            return
        self.folder = path
        self.accept()
