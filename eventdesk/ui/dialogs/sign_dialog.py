"""Mark signed: the real signing time (default now) and who really signed for each party."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.clock import format_long_date, in_zone, local_moment, utc_now
from eventdesk.domain.documents import event_dates
from eventdesk.domain.entries import Signer
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.models import Agreement, Attendee
from eventdesk.domain.schedule import outside_event_days
from eventdesk.domain.wording import organisation_text, party_role
from eventdesk.services.session import EventSession
from eventdesk.ui.keys import push_button
from eventdesk.ui.palette import WARNING_STYLE
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.widgets.attendee_picker import AttendeePicker, SearchSource
from eventdesk.ui.widgets.date_time_edits import date_edit, time_edit
from eventdesk.ui.widgets.field_errors import FieldErrors


class SignerBox(QGroupBox):
    """One party: the planned signatory, who really signed, and why if someone stood in."""

    def __init__(self, agreement: Agreement, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party = next(p for p in agreement.parties if p.position == position)
        self.setTitle(f"{party_role(self.party.position)}: {organisation_text(self.party)}")
        self.planned = QLabel()
        self.planned.setWordWrap(True)
        self.picker = AttendeePicker()
        self.picker.setObjectName(f"signer_{position}")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName(f"substitute_note_{position}")
        self.planned_caption, self.picker_caption, self.note_caption = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self)
        form.addRow(self.planned_caption, self.planned)
        form.addRow(self.picker_caption, self.picker)
        form.addRow(self.note_caption, self.note_edit)
        self.picker.changed.connect(self._handle_signer_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.planned_caption.setText(self.tr("Direncanakan"))
        self.picker_caption.setText(self.tr("Yang menandatangani"))
        self.note_caption.setText(self.tr("Catatan pengganti"))
        self.note_edit.setPlaceholderText(self.tr("mis. a.n. Kepala Dinas, yang bertugas ke luar kota"))
        planned = self.party.signatory_name
        title = f" — {self.party.signatory_title}" if self.party.signatory_title else ""
        self.planned.setText(f"{planned}{title}" if planned else self.tr("(belum ditentukan)"))

    def is_substitute(self) -> bool:
        chosen = self.picker.attendee_id()
        return chosen is not None and self.party.signatory_id is not None and chosen != self.party.signatory_id

    def signer(self) -> Signer | None:
        chosen = self.picker.attendee_id()
        if chosen is None:
            return None
        return Signer(self.party.id, chosen, self.note_edit.text() if self.is_substitute() else "")

    def _handle_signer_changed(self) -> None:
        self.note_edit.setEnabled(self.is_substitute())


class SignDialog(QDialog):
    def __init__(self, session: EventSession, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_dialog")
        self.session = session
        self.agreement = agreement
        self.settings = session.settings.get()
        self.zone_name = self.settings.timezone
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.date_edit = date_edit("signed_date_edit")
        self.time_edit = time_edit("signed_time_edit")
        self.now_button = push_button("now_button", self.set_now)
        self.day_warning = QLabel()
        self.day_warning.setObjectName("signing_day_warning")
        self.day_warning.setStyleSheet(WARNING_STYLE)
        self.day_warning.setWordWrap(True)
        self.date_edit.dateChanged.connect(self._update_day_warning)
        self.errors = FieldErrors()
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.time_edit)
        when.addWidget(self.now_button)
        when.addStretch()
        when_widget = QWidget()
        when_widget.setLayout(when)
        self.when_caption = QLabel()
        form = QFormLayout()
        form.addRow(self.when_caption, when_widget)
        form.addRow("", self.day_warning)
        form.addRow("", self.errors.add("signed_at", self.time_edit))
        attendees = SearchSource(session.attendees)
        self.boxes: list[SignerBox] = []
        for party in sorted(agreement.parties, key=lambda p: p.position):
            box = SignerBox(agreement, party.position)
            box.picker.set_source(attendees)
            box.picker.set_organisation(party.organisation_id)  # a substitute of the party's own comes first
            box.picker.set_attendee(party.signatory_id)
            box.note_edit.setEnabled(False)
            self.boxes.append(box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._handle_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        for box in self.boxes:
            layout.addWidget(box)
        fallback_widget = self.boxes[0].picker if self.boxes else self.time_edit
        layout.addWidget(self.errors.add("signers", fallback_widget))
        if self.boxes:
            self.errors.add("substitute_note", self.boxes[0].note_edit)
            layout.addWidget(self.errors.label("substitute_note"))
        layout.addStretch()
        layout.addWidget(self.buttons)
        self._set_default_moment()
        fit_to_screen(self, 640, 200 + 150 * len(self.boxes))
        self.signed: Agreement | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tandai ditandatangani"))
        self.heading.setText(
            f"<b>{escape(self.agreement.title)}</b><br>{escape(self.agreement.kind.label)} "
            f"{escape(self.agreement.number)}"
        )
        self.when_caption.setText(self.tr("Waktu penandatanganan"))
        self.now_button.setText(self.tr("Sekarang"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tandai ditandatangani"))

    def _set_default_moment(self) -> None:
        """Now, during the event; marked afterwards (or before), the slot's own start, which is what happened."""
        if outside_event_days(in_zone(utc_now(), self.zone_name).date(), self.settings) and self.agreement.slot:
            self._show_moment(self.agreement.slot.starts_at)
        else:
            self.set_now()

    def set_now(self) -> None:
        self._show_moment(utc_now())

    def _show_moment(self, moment: datetime) -> None:
        local = in_zone(moment, self.zone_name)
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))
        self._update_day_warning()

    def _signing_day(self) -> date:
        day = self.date_edit.date()
        return date(day.year(), day.month(), day.day())

    def _update_day_warning(self) -> None:
        day = self._signing_day()
        if outside_event_days(day, self.settings):
            self.day_warning.setText(
                self.tr("{day} bukan hari acara ({days}).").format(
                    day=format_long_date(day), days=event_dates(self.settings)
                )
            )
        else:
            self.day_warning.setText("")
        self.day_warning.setVisible(bool(self.day_warning.text()))

    def _outside_days_confirmed(self) -> bool:
        """A signing on a day that is not an event day is asked about once (No, the safe answer, by default)."""
        answer = QMessageBox.question(
            self,
            self.tr("Di luar hari acara"),
            self.tr(
                "Penandatanganan dicatat pada {day}, bukan hari acara ({days}). Ringkasan yang ditandatangani "
                "pejabat akan mencantumkan tanggal ini. Tetap catat pada tanggal ini?"
            ).format(day=format_long_date(self._signing_day()), days=event_dates(self.settings)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _check_in_confirmed(self, absent: list[Attendee]) -> bool:
        """Signers the attendee list shows absent: check them in now (Yes), or go back to choose a substitute."""
        names = "\n".join(f"• {person.full_name} ({person.code})" for person in absent)
        answer = QMessageBox.question(
            self,
            self.tr("Penanda tangan belum check-in"),
            self.tr(
                "Belum tercatat hadir:\n{names}\n\nCheck-in sekarang lalu tandai ditandatangani? (Tidak: kembali, "
                "misalnya untuk memilih pengganti dengan catatan.)"
            ).format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def signed_at(self) -> datetime:
        day, clock = self.date_edit.date(), self.time_edit.time()
        return local_moment(date(day.year(), day.month(), day.day()), clock.hour(), clock.minute(), self.zone_name)

    def _handle_save(self) -> None:
        self.errors.clear()
        signers = []
        for box in self.boxes:
            signer = box.signer()
            if signer is not None:
                signers.append(signer)
            elif box.picker.has_unknown_text():
                box.picker.setFocus()
                self.errors.label("signers").setText(
                    self.tr("'{text}' bukan peserta terdaftar.").format(text=box.picker.combo.currentText().strip())
                )
                self.errors.label("signers").show()
                return
        if outside_event_days(self._signing_day(), self.settings) and not self._outside_days_confirmed():
            self.date_edit.setFocus()
            return
        try:
            absent = self.session.agreements.signers_not_checked_in(self.agreement.id, signers)
            if absent and not self._check_in_confirmed(absent):
                if self.boxes:
                    self.boxes[0].picker.setFocus()
                return
            for person in absent:  # present at the signing, so checked in no later than it
                self.session.attendees.check_in(person.code, at=min(self.signed_at(), utc_now()))
            self.signed = self.session.agreements.mark_signed(self.agreement.id, self.signed_at(), signers)
        except EventDeskError as error:
            if error.field == "substitute_note":
                for box in self.boxes:
                    if box.is_substitute() and not box.note_edit.text().strip():
                        box.note_edit.setFocus()
                        break
                self.errors.label("substitute_note").setText(error.message)
                self.errors.label("substitute_note").show()
                return
            self.errors.show(error, "signers")
            return
        self.accept()
