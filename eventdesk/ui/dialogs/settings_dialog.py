"""Event settings: name, theme, place, dates, time zone, signing spots, officials, regions, sectors, logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.enums import SpotKind
from eventdesk.domain.errors import EventDeskError, InvalidValue
from eventdesk.domain.models import EventSettings, Official, Spot
from eventdesk.domain.money import format_full
from eventdesk.services.session import EventSession
from eventdesk.services.settings import read_target
from eventdesk.ui.discard import form_state, may_discard
from eventdesk.ui.errors import show_error
from eventdesk.ui.palette import ERROR_STYLE
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.widgets.date_time_edits import date_edit, time_edit, to_date, to_time
from eventdesk.ui.widgets.row_editor import RowEditor

TIMEZONES = ("Asia/Makassar", "Asia/Jakarta", "Asia/Jayapura")


class SettingsDialog(QDialog):
    """Edits the open event's settings; nothing is written until Save, and a bad value writes nothing."""

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.session = session
        self.settings = session.settings.get()
        self._logo: bytes | None = self.settings.logo

        self.name_edit = QLineEdit(self.settings.name)
        self.name_edit.setObjectName("name_edit")
        self.theme_edit = QPlainTextEdit(self.settings.theme)
        self.theme_edit.setObjectName("theme_edit")
        self.theme_edit.setTabChangesFocus(True)
        self.theme_edit.setFixedHeight(60)
        self.venue_edit = QLineEdit(self.settings.venue)
        self.venue_edit.setObjectName("venue_edit")
        self.city_edit = QLineEdit(self.settings.city)
        self.city_edit.setObjectName("city_edit")
        self.start_date_edit = date_edit("start_date_edit", self.settings.start_date)
        self.end_date_edit = date_edit("end_date_edit", self.settings.end_date or self.settings.start_date)
        self.timezone_combo = QComboBox()
        self.timezone_combo.setObjectName("timezone_combo")
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(TIMEZONES)
        self.timezone_combo.setCurrentText(self.settings.timezone)
        self.day_start_edit = time_edit("day_start_edit", self.settings.day_start)
        self.day_end_edit = time_edit("day_end_edit", self.settings.day_end)
        self.logo_preview = QLabel()
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self._handle_choose_logo)
        self.logo_clear_button = QPushButton()
        self.logo_clear_button.clicked.connect(self._handle_clear_logo)

        self.spots = RowEditor(lambda: [self.tr("Nama tempat"), self.tr("Panggung")], check_columns=[1])
        self.spots.setObjectName("spots_editor")
        self.spots.set_rows([(None, [s.name, s.kind is SpotKind.STAGE]) for s in self.settings.spots])
        self.officials = RowEditor(lambda: [self.tr("Nama"), self.tr("Jabatan"), self.tr("Daerah"), self.tr("NIP")])
        self.officials.setObjectName("officials_editor")
        self.officials.set_rows([(None, [o.name, o.title, o.region, o.nip]) for o in self.settings.officials])
        self.organiser_edit = QPlainTextEdit(self.settings.organiser)  # "Pemerintah Provinsi …" above the office
        self.organiser_edit.setObjectName("organiser_edit")
        self.organiser_edit.setTabChangesFocus(True)
        self.organiser_edit.setFixedHeight(48)
        self.organiser_address_edit = QPlainTextEdit(self.settings.organiser_address)
        self.organiser_address_edit.setObjectName("organiser_address_edit")
        self.organiser_address_edit.setTabChangesFocus(True)
        self.organiser_address_edit.setFixedHeight(60)
        self.letterhead_note = QLabel()
        self.letterhead_note.setWordWrap(True)
        self.target_edit = QLineEdit(format_full(self.settings.target_idr) if self.settings.target_idr else "")
        self.target_edit.setObjectName("target_edit")
        self.host_combo = QComboBox()
        self.host_combo.setObjectName("host_combo")
        for region in session.settings.regions():
            self.host_combo.addItem(region.name, region.id)
        host = session.settings.host_region()
        self.host_combo.setCurrentIndex(max(0, self.host_combo.findData(host.id if host else None)))
        self.regions = RowEditor(lambda: [self.tr("Nama daerah"), self.tr("Kode")], allow_remove=False)
        self.regions.setObjectName("regions_editor")
        self.regions.set_rows([(r.id, [r.name, r.code]) for r in session.settings.regions()])
        self.sectors = RowEditor(lambda: [self.tr("Nama sektor")], allow_remove=False)
        self.sectors.setObjectName("sectors_editor")
        self.sectors.set_rows([(s.id, [s.name]) for s in session.settings.sectors()])

        self.errors: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.general = QFormLayout()
        self._row(self.general, "name", self.name_edit)
        self._row(self.general, "theme", self.theme_edit)
        self._row(self.general, "venue", self.venue_edit)
        self._row(self.general, "city", self.city_edit)
        self._row(self.general, "start_date", self.start_date_edit)
        self._row(self.general, "end_date", self.end_date_edit)
        self._row(self.general, "timezone", self.timezone_combo)
        self._row(self.general, "day_start", self.day_start_edit)
        self._row(self.general, "day_end", self.day_end_edit)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear_button)
        logo_row.addStretch()
        logo_widget = QWidget()
        logo_widget.setLayout(logo_row)
        self._row(self.general, "logo", logo_widget)
        general_page = QWidget()
        general_layout = QVBoxLayout(general_page)
        general_layout.addLayout(self.general)
        general_layout.addStretch()
        self.letterhead = QFormLayout()
        self._row(self.letterhead, "organiser", self.organiser_edit)
        self._row(self.letterhead, "organiser_address", self.organiser_address_edit)
        letterhead_page = QWidget()
        letterhead_layout = QVBoxLayout(letterhead_page)
        letterhead_layout.addLayout(self.letterhead)
        letterhead_layout.addWidget(self.letterhead_note)
        letterhead_layout.addStretch()
        self.figures_form = QFormLayout()
        self._row(self.figures_form, "target", self.target_edit)
        self._row(self.figures_form, "host_region", self.host_combo)
        figures_page = QWidget()
        figures_layout = QVBoxLayout(figures_page)
        figures_layout.addLayout(self.figures_form)
        figures_layout.addStretch()

        self.tabs = QTabWidget()
        self.tabs.addTab(general_page, "")
        for key, editor in (
            ("spots", self.spots),
            ("officials", self.officials),
            ("regions", self.regions),
            ("sectors", self.sectors),
        ):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(editor)
            error = QLabel()
            error.setObjectName(f"{key}_error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            page_layout.addWidget(error)
            self.errors[key] = error
            self.tabs.addTab(page, "")
        self.tabs.addTab(letterhead_page, "")
        self.tabs.addTab(figures_page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._handle_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 620)
        self._show_logo()
        self.retranslate()
        self._clean = form_state(self)

    def reject(self) -> None:
        """Esc, Batal or the window's close button: typed input is not lost without asking."""
        if form_state(self) != self._clean and not may_discard(self, self.tr("Pengaturan acara")):
            return
        super().reject()

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        error = QLabel()
        error.setObjectName(f"{key}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(widget)
        inner.addWidget(error)
        label = QLabel()
        form.addRow(label, holder)
        self.field_labels[key] = label
        self.errors[key] = error

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pengaturan acara"))
        labels = {
            "name": self.tr("Nama acara:"),
            "theme": self.tr("Tema:"),
            "venue": self.tr("Tempat:"),
            "city": self.tr("Kota:"),
            "start_date": self.tr("Tanggal mulai:"),
            "end_date": self.tr("Tanggal selesai:"),
            "timezone": self.tr("Zona waktu:"),
            "day_start": self.tr("Jam mulai:"),
            "day_end": self.tr("Jam selesai:"),
            "logo": self.tr("Logo:"),
            "organiser": self.tr("Instansi penyelenggara:"),
            "organiser_address": self.tr("Alamat:"),
            "target": self.tr("Target nilai transaksi:"),
            "host_region": self.tr("Daerah tuan rumah:"),
        }
        for key, label in self.field_labels.items():
            label.setText(labels[key])
        for index, text in enumerate(
            (
                self.tr("Umum"),
                self.tr("Tempat penandatanganan"),
                self.tr("Pejabat pengesah"),
                self.tr("Daerah"),
                self.tr("Sektor"),
                self.tr("Kop surat"),
                self.tr("Target"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.letterhead_note.setText(
            self.tr(
                "Kop surat di ringkasan perjanjian dan berita acara: logo (tab Umum), nama instansi dan alamat. "
                "Kosongkan untuk dokumen tanpa kop."
            )
        )
        self.target_edit.setPlaceholderText(self.tr("mis. 650 M (kosongkan bila tanpa target)"))
        self.logo_button.setText(self.tr("Pilih logo…"))
        self.logo_clear_button.setText(self.tr("Hapus logo"))
        for editor in (self.spots, self.officials, self.regions, self.sectors):
            editor.retranslate()
        self._show_logo()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def edited_settings(self) -> EventSettings:
        return EventSettings(
            id=self.settings.id,
            name=self.name_edit.text(),
            theme=self.theme_edit.toPlainText(),
            venue=self.venue_edit.text(),
            city=self.city_edit.text(),
            start_date=to_date(self.start_date_edit.date()),
            end_date=to_date(self.end_date_edit.date()),
            timezone=self.timezone_combo.currentText().strip(),
            day_start=to_time(self.day_start_edit.time()),
            day_end=to_time(self.day_end_edit.time()),
            spots=[
                Spot(cells[0], SpotKind.STAGE if cells[1] else SpotKind.TABLE)
                for _, cells in _filled(self.spots.rows())
            ],
            officials=[Official(*cells) for _, cells in _filled(self.officials.rows())],
            logo=self._logo,
            organiser=self.organiser_edit.toPlainText(),
            organiser_address=self.organiser_address_edit.toPlainText(),
            target_idr=read_target(self.target_edit.text()),
            host_region_id=self.host_combo.currentData(),
        )

    def _handle_save(self) -> None:
        for key, error in self.errors.items():
            error.clear()
            if key in self.field_labels:
                error.hide()
        try:
            self.session.settings.save_all(
                self.edited_settings(),
                [(row_id, cells[0], cells[1]) for row_id, cells in _filled(self.regions.rows())],
                [(row_id, cells[0]) for row_id, cells in _filled(self.sectors.rows())],
            )
        except InvalidValue as error:
            self._show_field_error(error)
            return
        except EventDeskError as error:
            show_error(self, error)
            return
        self.accept()

    def _show_field_error(self, error: InvalidValue) -> None:
        label = self.errors.get(error.field or "") or self.errors["name"]
        label.setText(error.message)
        label.show()
        pages = {"spots": 1, "officials": 2, "regions": 3, "sectors": 4, "organiser": 5, "organiser_address": 5}
        page = {**pages, "target": 6, "host_region": 6}.get(error.field or "", 0)
        self.tabs.setCurrentIndex(page)

    def _handle_choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            show_error(self, error)
            return
        if QPixmap().loadFromData(data) is False:
            self.errors["logo"].setText(self.tr("Berkas ini bukan gambar PNG atau JPEG yang bisa dibaca."))
            self.errors["logo"].show()
            return
        self._logo = data
        self._show_logo()

    def _handle_clear_logo(self) -> None:
        self._logo = None
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(40))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))
        self.logo_clear_button.setEnabled(bool(self._logo))


def _filled(rows: list[tuple[str | None, list]]) -> list[tuple[str | None, list]]:
    """Rows the user added and left blank are not rows."""
    return [
        (row_id, cells) for row_id, cells in rows if row_id is not None or any(isinstance(c, str) and c for c in cells)
    ]
