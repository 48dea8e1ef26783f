"""A walk-in at the door: registered, checked in and given a badge, all from the keyboard."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.errors import DuplicateAttendee, EventDeskError
from eventdesk.domain.models import Attendee
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.duplicate_dialog import OPEN_EXISTING, REGISTER_ANYWAY, ask_about_duplicate
from eventdesk.ui.discard import form_state, may_discard
from eventdesk.ui.keys import push_button
from eventdesk.ui.sizing import fit_to_screen
from eventdesk.ui.widgets.attendee_form import AttendeeForm


class WalkInDialog(QDialog):
    """Enter registers the person (or takes the registered one, for a duplicate); `attendee` holds who it was."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walk_in_dialog")
        self.context = context
        self.attendee: Attendee | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = AttendeeForm()
        self.form.submitted.connect(self._handle_submit)
        self.form.cancelled.connect(self.reject)
        session = context.session
        self.form.set_choices(session.organisations.list(), session.settings.regions())
        self.form.clear(AttendeeCategory.BUYER)
        self.submit_button = push_button("walk_in_submit", self._handle_submit)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        fit_to_screen(self, 520, 420)
        self.retranslate()
        self._clean = form_state(self)

    def reject(self) -> None:
        """Esc, Batal or the window's close button: typed input is not lost without asking."""
        if form_state(self) != self._clean and not may_discard(self, self.tr("Pendaftaran")):
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.form.name_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Peserta datang langsung"))
        self.intro.setText(
            self.tr("Isi lalu tekan Enter: peserta didaftarkan, dicatat hadir, dan tanda pengenalnya dicetak.")
        )
        self.submit_button.setText(self.tr("Daftar, check-in, cetak (Enter)"))
        self.cancel_button.setText(self.tr("Batal (Esc)"))

    def _handle_submit(self, *, different_person: bool = False) -> None:
        session = self.context.session
        try:
            self.attendee = session.attendees.register(**self.form.values(), different_person=different_person)
        except DuplicateAttendee as duplicate:
            answer = ask_about_duplicate(self, duplicate)
            if answer == REGISTER_ANYWAY:
                self._handle_submit(different_person=True)
            elif answer == OPEN_EXISTING:
                self.attendee = session.attendees.get(duplicate.existing_id)
                self.accept()
            else:
                self.form.show_error(duplicate)
            return
        except EventDeskError as error:
            self.form.show_error(error)
            return
        self.accept()
