"""First start on a new default event file: fill it with the demo mission, or set up the real event."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStartDialog(QDialog):
    DEMO, SETTINGS, LATER = 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start_dialog")
        self.choice = self.LATER
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("demo_button")
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("settings_button")
        self.settings_button.setDefault(True)
        self.later_button = QPushButton()
        self.later_button.setObjectName("later_button")
        self.demo_button.clicked.connect(lambda: self._choose(self.DEMO))
        self.settings_button.clicked.connect(lambda: self._choose(self.SETTINGS))
        self.later_button.clicked.connect(lambda: self._choose(self.LATER))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Selamat datang di EventDesk"))
        self.message.setText(
            self.tr(
                "Berkas acara baru sudah dibuat. Isi dengan misi demo Balikpapan untuk mencoba aplikasi, "
                "atau atur acara Anda sendiri sekarang."
            )
        )
        self.demo_button.setText(self.tr("Coba dengan data demo"))
        self.settings_button.setText(self.tr("Atur acara…"))
        self.later_button.setText(self.tr("Nanti saja"))

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
