"""Pengaturan meja: what belongs to this laptop, not to the event (kept in the per-user settings).

The badge printer and its paper (A6, four-up A4, an 86 x 54 mm card, a 62 mm label roll),
whether every first check-in prints the person's badge (a badge desk), and the
check-in sounds. A printer no longer installed stays listed, marked, so a desk
whose label printer is unplugged sees why badges open in the preview again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain import badge_papers
from eventdesk.domain.i18n import tr
from eventdesk.files.user_config import UserConfig
from eventdesk.ui import printing
from eventdesk.ui.discard import form_state, may_discard
from eventdesk.ui.print_job import no_printer_message


class DeskSettingsDialog(QDialog):
    def __init__(self, config: UserConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk_settings_dialog")
        self.config = config
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.printer_combo = QComboBox()
        self.printer_combo.setObjectName("badge_printer_combo")
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("badge_paper_combo")
        self.on_check_in_box = QCheckBox()
        self.on_check_in_box.setObjectName("badge_on_check_in_box")
        self.sounds_box = QCheckBox()
        self.sounds_box.setObjectName("sounds_box")
        self.printer_note = QLabel()
        self.printer_note.setObjectName("printer_note")
        self.printer_note.setWordWrap(True)
        self.captions = [QLabel() for _ in range(2)]
        form = QFormLayout()
        form.addRow(self.captions[0], self.printer_combo)
        form.addRow(self.captions[1], self.paper_combo)
        form.addRow("", self.on_check_in_box)
        form.addRow("", self.printer_note)
        form.addRow("", self.sounds_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._handle_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.printer_combo.currentIndexChanged.connect(self._update_enabled)
        self.retranslate()
        self._fill()
        self._clean = form_state(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pengaturan meja ini"))
        self.intro.setText(self.tr("Berlaku untuk laptop ini saja, untuk setiap acara yang dibuka di sini."))
        self.captions[0].setText(self.tr("Printer tanda pengenal:"))
        self.captions[1].setText(self.tr("Kertas tanda pengenal:"))
        self.on_check_in_box.setText(self.tr("Cetak tanda pengenal saat check-in pertama (meja tanda pengenal)"))
        self.sounds_box.setText(self.tr("Bunyi saat check-in (selamat datang, sudah check-in, kode tidak dikenal)"))

    def _fill(self) -> None:
        config = self.config
        installed = printing.printer_names()
        self.printer_combo.addItem(self.tr("(tidak ada: tanda pengenal dibuka di pratinjau)"), "")
        for name in installed:
            self.printer_combo.addItem(name, name)
        if config.badge_printer and config.badge_printer not in installed:
            self.printer_combo.addItem(
                self.tr("{name} (tidak terpasang)").format(name=config.badge_printer), config.badge_printer
            )
        self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(config.badge_printer)))
        for key, paper in badge_papers.PAPERS.items():
            self.paper_combo.addItem(tr(paper.label), key)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(config.badge_paper)))
        self.on_check_in_box.setChecked(config.badge_on_check_in)
        self.sounds_box.setChecked(config.sounds)
        self.printer_note.setText("" if installed else no_printer_message())
        self._update_enabled()

    def _update_enabled(self) -> None:
        """Printing at check-in needs a printer to print to."""
        has_printer = bool(self.printer_combo.currentData())
        self.on_check_in_box.setEnabled(has_printer)
        if not has_printer:
            self.on_check_in_box.setChecked(False)

    def _handle_save(self) -> None:
        self.config.badge_printer = self.printer_combo.currentData() or ""
        self.config.badge_paper = self.paper_combo.currentData()
        self.config.badge_on_check_in = self.on_check_in_box.isChecked()
        self.config.sounds = self.sounds_box.isChecked()
        self.accept()

    def reject(self) -> None:
        """Esc or Batal: a changed choice is not lost without asking."""
        if form_state(self) != self._clean and not may_discard(self, self.tr("Pengaturan meja")):
            return
        super().reject()
