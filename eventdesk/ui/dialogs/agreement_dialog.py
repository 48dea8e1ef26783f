"""The agreement form: the document, its parties and signatories, notes, and its slot, with conflicts shown live."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.clock import in_zone, local_moment, utc_now
from eventdesk.domain.entries import AgreementDetails, SlotInput
from eventdesk.domain.enums import AgreementKind, AgreementStatus
from eventdesk.domain.errors import EventDeskError, ScheduleConflict
from eventdesk.domain.models import Agreement, Slot
from eventdesk.domain.schedule import Conflict, event_days, first_free_start, signing_conflicts
from eventdesk.services.agreements import KEEP_SLOT
from eventdesk.services.session import EventSession
from eventdesk.ui.discard import form_state, may_discard
from eventdesk.ui.keys import shortcut
from eventdesk.ui.palette import ERROR_STYLE, OK_STYLE
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.widgets.amount_field import AmountField
from eventdesk.ui.widgets.attendee_picker import SearchSource
from eventdesk.ui.widgets.date_time_edits import date_edit, time_edit
from eventdesk.ui.widgets.field_errors import FieldErrors
from eventdesk.ui.widgets.parties_editor import PartiesEditor

DEFAULT_MINUTES = 15
CONFLICT_DELAY_MS = 150


def _note_edit(name: str, height: int = 54) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class AgreementDialog(QDialog):
    """New agreement (`agreement` None) or an existing one; nothing is written until Save."""

    def __init__(
        self,
        session: EventSession,
        agreement: Agreement | None = None,
        parent: QWidget | None = None,
        *,
        schedule: list[Agreement] | None = None,
        proposed_slot: SlotInput | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_dialog")
        self.session = session
        self.agreement = agreement
        self.settings = session.settings.get()
        self.zone_name = self.settings.timezone
        self.schedule = schedule if schedule is not None else session.agreements.list()
        self.saved: Agreement | None = None
        self.conflicts: list[Conflict] = []
        self._duration = timedelta(minutes=DEFAULT_MINUTES)
        status = agreement.status if agreement else AgreementStatus.DRAFT

        self.status_label = QLabel()
        self.status_label.setObjectName("agreement_status")
        self.status_label.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("number_edit")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.scope_edit = _note_edit("scope_edit")
        self.sector_combo = QComboBox()
        self.sector_combo.setObjectName("sector_combo")
        self.sector_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value_field = AmountField(allow_zero=True)
        self.value_field.setObjectName("value_field")
        self.parties = PartiesEditor()
        self.parties.setObjectName("parties_editor")
        self.witnesses_edit = _note_edit("witnesses_edit")
        self.notes_edit = _note_edit("notes_edit")
        self.mc_notes_edit = _note_edit("mc_notes_edit")

        self.schedule_box = QGroupBox()
        self.schedule_box.setObjectName("schedule_box")
        self.schedule_box.setCheckable(True)
        self.date_edit = date_edit("slot_date_edit")
        self.start_edit = time_edit("slot_start_edit")
        self.end_edit = time_edit("slot_end_edit")
        self.spot_combo = QComboBox()
        self.spot_combo.setObjectName("slot_spot_combo")
        self.conflicts_caption = QLabel()
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflicts_label")
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setMinimumWidth(300)

        self.errors = FieldErrors()
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, widget in (
            ("kind", self.kind_combo),
            ("number", self.number_edit),
            ("title", self.title_edit),
            ("scope", self.scope_edit),
            ("sector", self.sector_combo),
            ("value", self.value_field),
            ("parties", self.parties),
            ("witnesses", self.witnesses_edit),
            ("notes", self.notes_edit),
            ("mc_notes", self.mc_notes_edit),
        ):
            self._row(form, key, widget)
        form_widget = QWidget()
        form_widget.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_widget)

        slot_form = QFormLayout(self.schedule_box)
        self.slot_captions = [QLabel() for _ in range(4)]
        for caption, slot_widget in zip(
            self.slot_captions, (self.date_edit, self.start_edit, self.end_edit, self.spot_combo), strict=True
        ):
            slot_form.addRow(caption, slot_widget)
        slot_form.addRow("", self.errors.add("ends_at", self.end_edit))
        slot_form.addRow("", self.errors.add("spot", self.spot_combo))
        side = QVBoxLayout()
        side.addWidget(self.schedule_box)
        side.addWidget(self.conflicts_caption)
        side.addWidget(self.conflicts_label)
        side.addStretch()
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(340)

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side_widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.general_error = self.errors.add("general", self.title_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        shortcut(QKeySequence.StandardKey.Save, self, self.save)

        self._conflict_timer = QTimer(self)
        self._conflict_timer.setSingleShot(True)
        self._conflict_timer.setInterval(CONFLICT_DELAY_MS)
        self._conflict_timer.timeout.connect(self.refresh_conflicts)
        self._fill(status, proposed_slot)
        for signal in (
            self.parties.changed,
            self.schedule_box.toggled,
            self.date_edit.dateChanged,
            self.end_edit.timeChanged,
            self.spot_combo.currentIndexChanged,
        ):
            signal.connect(self._conflict_timer.start)
        self.start_edit.timeChanged.connect(self._handle_start_changed)
        self.end_edit.timeChanged.connect(self._handle_end_changed)
        self.parties.rows_changed.connect(self._fix_tab_order)
        self._fix_tab_order()
        fit_to_screen(self, 1080, 760)
        self.retranslate()
        self.refresh_conflicts()
        self.title_edit.setFocus()
        self._clean = form_state(self)

    def reject(self) -> None:
        """Esc, Batal or the window's close button: typed input is not lost without asking."""
        if form_state(self) != self._clean and not may_discard(self, self.tr("Perjanjian")):
            return
        super().reject()

    def _fix_tab_order(self) -> None:
        """Tab goes down the form as it reads, party by party, then to the slot: keyboard-first entry."""
        chain = [
            self.kind_combo,
            self.number_edit,
            self.title_edit,
            self.scope_edit,
            self.sector_combo,
            self.value_field.edit,
        ]
        chain += self.parties.focus_chain()
        chain += [
            self.witnesses_edit,
            self.notes_edit,
            self.mc_notes_edit,
            self.schedule_box,
            self.date_edit,
            self.start_edit,
            self.end_edit,
            self.spot_combo,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        caption = QLabel()
        self.captions[key] = caption
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(1)
        inner.addWidget(widget)
        inner.addWidget(self.errors.add(key, widget))
        form.addRow(caption, holder)

    # --- filling ------------------------------------------------------------------------------------

    def _fill(self, status: AgreementStatus, proposed_slot: SlotInput | None) -> None:
        for kind in AgreementKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.sector_combo.addItem("", None)
        for sector in self.session.settings.sectors():
            self.sector_combo.addItem(sector.name, sector.id)
        spots = [spot.name for spot in self.settings.spots]
        if self.agreement and self.agreement.slot and self.agreement.slot.spot not in spots:
            spots.append(self.agreement.slot.spot)
        self.spot_combo.addItems(spots)
        self.parties.set_choices(
            self.session.organisations.list(),
            self.session.settings.regions(),
            SearchSource(self.session.attendees),
        )
        agreement = self.agreement
        if agreement is None:
            self.parties.set_parties([])
        else:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(agreement.kind.value))
            self.number_edit.setText(agreement.number)
            self.title_edit.setText(agreement.title)
            self.scope_edit.setPlainText(agreement.scope)
            self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(agreement.sector_id)))
            self.value_field.set_value(agreement.value_idr)
            self.parties.set_parties(agreement.parties)
            self.witnesses_edit.setPlainText(agreement.witnesses)
            self.notes_edit.setPlainText(agreement.notes)
            self.mc_notes_edit.setPlainText(agreement.mc_notes)
        slot = proposed_slot or (
            SlotInput(agreement.slot.starts_at, agreement.slot.ends_at, agreement.slot.spot)
            if agreement and agreement.slot
            else None
        )
        if slot is None:
            slot = self._suggested_slot()
        self._show_slot(slot)
        self.schedule_box.setChecked(status is AgreementStatus.SCHEDULED or proposed_slot is not None)
        locked = status is AgreementStatus.SIGNED
        self.parties.set_locked(locked)
        self.schedule_box.setEnabled(status not in (AgreementStatus.SIGNED, AgreementStatus.CANCELLED))
        if status is AgreementStatus.SIGNED and agreement and agreement.slot:
            self.schedule_box.setChecked(True)
        if status is AgreementStatus.CANCELLED:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def _suggested_slot(self) -> SlotInput:
        """The first free quarter hour at the first spot on the first event day (or today)."""
        days = event_days(self.settings) or [in_zone(utc_now(), self.zone_name).date()]
        spot = self.settings.spots[0].name if self.settings.spots else ""
        duration = timedelta(minutes=DEFAULT_MINUTES)
        for day in days:
            start = first_free_start(spot, day, duration, self.schedule, self.settings)
            if start is not None:
                return SlotInput(start, start + duration, spot)
        start = local_moment(days[0], self.settings.day_start.hour, self.settings.day_start.minute, self.zone_name)
        return SlotInput(start, start + duration, spot)

    def _show_slot(self, slot: SlotInput) -> None:
        start, end = in_zone(slot.starts_at, self.zone_name), in_zone(slot.ends_at, self.zone_name)
        for widget in (self.date_edit, self.start_edit, self.end_edit):
            widget.blockSignals(True)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        for widget in (self.date_edit, self.start_edit, self.end_edit):
            widget.blockSignals(False)
        index = self.spot_combo.findText(slot.spot)
        if index >= 0:
            self.spot_combo.setCurrentIndex(index)
        self._duration = max(end - start, timedelta(minutes=5))

    # --- texts --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Perjanjian baru")
            if self.agreement is None
            else self.tr("Perjanjian: {title}").format(title=self.agreement.title)
        )
        captions = {
            "kind": self.tr("Jenis"),
            "number": self.tr("Nomor dokumen"),
            "title": self.tr("Judul"),
            "scope": self.tr("Ruang lingkup"),
            "sector": self.tr("Sektor"),
            "value": self.tr("Nilai (opsional)"),
            "parties": self.tr("Para pihak"),
            "witnesses": self.tr("Saksi"),
            "notes": self.tr("Catatan"),
            "mc_notes": self.tr("Catatan MC"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.sector_combo.setItemText(0, self.tr("(tanpa sektor)"))
        status = self.agreement.status if self.agreement else AgreementStatus.DRAFT
        self.schedule_box.setTitle(
            self.tr("Jadwalkan ulang") if status is AgreementStatus.POSTPONED else self.tr("Jadwalkan")
        )
        for caption, text in zip(
            self.slot_captions,
            (self.tr("Tanggal"), self.tr("Mulai"), self.tr("Selesai"), self.tr("Tempat")),
            strict=True,
        ):
            caption.setText(text)
        self.conflicts_caption.setText(f"<b>{self.tr('Pemeriksaan jadwal')}</b>")
        self.witnesses_edit.setPlaceholderText(self.tr("Nama dan jabatan saksi, satu per baris"))
        self.mc_notes_edit.setPlaceholderText(
            self.tr("Yang dibacakan MC: urutan, tamu yang menyaksikan, penyerahan cenderamata…")
        )
        self.status_label.setText(self._status_text(status))
        self.refresh_conflicts()

    def _status_text(self, status: AgreementStatus) -> str:
        text = self.tr("Status: {status}").format(status=status.label)
        if self.agreement and self.agreement.status_note:
            text += f" — {self.agreement.status_note}"
        if status is AgreementStatus.SIGNED:
            text += " · " + self.tr(
                "Pihak dan penanda tangan terkunci; untuk mengubahnya batalkan penandatanganan dulu."
            )
        if status is AgreementStatus.CANCELLED:
            text += " · " + self.tr("Pulihkan perjanjian ini untuk mengubahnya.")
        return text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the slot and its conflicts -------------------------------------------------------------------

    def slot_input(self) -> SlotInput:
        day = self.date_edit.date()
        on = date(day.year(), day.month(), day.day())
        start, end = self.start_edit.time(), self.end_edit.time()
        return SlotInput(
            local_moment(on, start.hour(), start.minute(), self.zone_name),
            local_moment(on, end.hour(), end.minute(), self.zone_name),
            self.spot_combo.currentText(),
        )

    def candidate(self) -> Agreement:
        """The agreement as the form stands, for the conflict rules."""
        agreement_id = self.agreement.id if self.agreement else ""
        slot = None
        if self.schedule_box.isChecked():
            proposed = self.slot_input()
            slot = Slot(
                self.agreement.slot.id if self.agreement and self.agreement.slot else "",
                agreement_id,
                proposed.starts_at,
                proposed.ends_at,
                proposed.spot,
            )
        status = (
            self.agreement.status
            if self.agreement and self.agreement.status is AgreementStatus.SIGNED
            else AgreementStatus.SCHEDULED
        )
        return Agreement(
            id=agreement_id,
            kind=AgreementKind(self.kind_combo.currentData() or AgreementKind.MOU),
            title=self.title_edit.text(),
            status=status,
            parties=self.parties.as_parties(agreement_id),
            slot=slot,
        )

    def refresh_conflicts(self) -> None:
        self._conflict_timer.stop()
        if not self.schedule_box.isChecked():
            self.conflicts = []
            self.conflicts_label.setStyleSheet("")
            self.conflicts_label.setText(self.tr("Belum dijadwalkan."))
            return
        candidate = self.candidate()
        if candidate.slot is not None and candidate.slot.ends_at <= candidate.slot.starts_at:
            self.conflicts = []
            self.conflicts_label.setStyleSheet(ERROR_STYLE)
            self.conflicts_label.setText(self.tr("Waktu selesai harus setelah waktu mulai."))
            return
        self.conflicts = signing_conflicts(candidate, self.schedule, self.settings)
        if self.conflicts:
            self.conflicts_label.setStyleSheet(ERROR_STYLE)
            items = "".join(f"<li>{escape(conflict.message, quote=False)}</li>" for conflict in self.conflicts)
            self.conflicts_label.setText(self.tr("Bentrok:") + f"<ul style='margin-left:-20px'>{items}</ul>")
        else:
            self.conflicts_label.setStyleSheet(OK_STYLE)
            self.conflicts_label.setText(self.tr("Tidak ada bentrok."))

    def _handle_start_changed(self, start: QTime) -> None:
        """Moving the start keeps the length of the slot."""
        minutes = int(self._duration.total_seconds() // 60)
        self.end_edit.blockSignals(True)
        self.end_edit.setTime(start.addSecs(minutes * 60))
        self.end_edit.blockSignals(False)
        self._conflict_timer.start()

    def _handle_end_changed(self, end: QTime) -> None:
        minutes = self.start_edit.time().secsTo(end) // 60
        if minutes > 0:
            self._duration = timedelta(minutes=minutes)

    # --- saving ---------------------------------------------------------------------------------------

    def _slot_argument(self):
        status = self.agreement.status if self.agreement else AgreementStatus.DRAFT
        if status is AgreementStatus.SIGNED or not self.schedule_box.isEnabled():
            return KEEP_SLOT
        if self.schedule_box.isChecked():
            return self.slot_input()
        return KEEP_SLOT if status is AgreementStatus.POSTPONED else None

    def details(self) -> AgreementDetails:
        return AgreementDetails(
            kind=self.kind_combo.currentData(),
            title=self.title_edit.text(),
            number=self.number_edit.text(),
            scope=self.scope_edit.toPlainText(),
            sector_id=self.sector_combo.currentData(),
            value_idr=self.value_field.value(),
            witnesses=self.witnesses_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            mc_notes=self.mc_notes_edit.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        value_error = self.value_field.error()
        if value_error:
            self._show_error("value", value_error)
            return
        unknown = self.parties.unknown_signatories()
        if unknown:
            self._show_error(
                "parties",
                self.tr("'{text}' bukan peserta terdaftar; pilih penanda tangan dari daftar.").format(text=unknown[0]),
            )
            return
        agreement_id = self.agreement.id if self.agreement else None
        arguments = (agreement_id, self.details(), self.parties.choices(), self._slot_argument())
        try:
            try:
                self.saved = self.session.agreements.save(*arguments)
            except ScheduleConflict as conflict:
                if not self.confirm_conflicts(conflict.conflicts):
                    self.refresh_conflicts()
                    return
                self.saved = self.session.agreements.save(*arguments, accept_conflicts=True)
        except EventDeskError as error:
            self.errors.show(error, "general")
            return
        self.accept()

    def confirm_conflicts(self, conflicts: list[Conflict]) -> bool:
        return confirm_conflicts(self, conflicts)

    def _show_error(self, field: str, message: str) -> None:
        self.errors.show(EventDeskError(message, field=field), "general")


def confirm_conflicts(parent: QWidget, conflicts: list[Conflict]) -> bool:
    """Ask whether to keep a slot that clashes; a yes is recorded with the slot in the audit."""
    lines = "\n".join(f"• {conflict.message}" for conflict in conflicts)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("AgreementDialog", "Jadwal bentrok"),
        QCoreApplication.translate(
            "AgreementDialog", "Jadwal ini bentrok:\n{lines}\n\nSimpan juga? Bentrok dicatat bersama jadwal."
        ).format(lines=lines),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save
