"""The parties of an agreement in a form: organisation, signatory, title under the signature, in order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain.entries import NewOrganisation, PartyChoice
from eventdesk.domain.models import AgreementParty, Attendee, Organisation, Region
from eventdesk.domain.schedule import signs_for_another_organisation
from eventdesk.domain.wording import party_role
from eventdesk.ui.palette import WARNING_STYLE
from eventdesk.ui.widgets.attendee_picker import AttendeePicker, AttendeeSource, ListSource
from eventdesk.ui.widgets.editable_combo import line_of
from eventdesk.ui.widgets.organisation_picker import OrganisationPicker

MIN_PARTIES = 2


class PartyRow(QFrame):
    """One party: who (organisation), who signs (an attendee) and the title printed under the signature."""

    changed = Signal()
    move_requested = Signal(object, int)  # row, -1 up / +1 down
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locked = False
        self.position = 1
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.role_label = QLabel()
        self.role_label.setObjectName("party_role")
        self.organisation = OrganisationPicker()
        self.organisation.setObjectName("party_organisation")
        # Long organisation names must not widen the form; the popup shows them whole.
        self.organisation.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.combo.setMinimumContentsLength(18)
        self.signatory = AttendeePicker()
        self.signatory.setObjectName("party_signatory")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("party_title")
        self.elsewhere_hint = QLabel()
        self.elsewhere_hint.setObjectName("party_signatory_elsewhere")
        self.elsewhere_hint.setStyleSheet(WARNING_STYLE)
        self.elsewhere_hint.setWordWrap(True)
        self.elsewhere_hint.hide()
        self.organisation_caption, self.signatory_caption, self.title_caption = QLabel(), QLabel(), QLabel()
        self.up_button, self.down_button, self.remove_button = QPushButton("↑"), QPushButton("↓"), QPushButton("✕")
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setFixedWidth(32)
        self.up_button.setObjectName("party_up")
        self.down_button.setObjectName("party_down")
        self.remove_button.setObjectName("party_remove")
        self.up_button.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        head = QHBoxLayout()
        head.addWidget(self.role_label)
        head.addStretch()
        for button in (self.up_button, self.down_button, self.remove_button):
            head.addWidget(button)
        grid.addLayout(head, 0, 0, 1, 2)
        grid.addWidget(self.organisation_caption, 1, 0)
        grid.addWidget(self.organisation, 1, 1)
        grid.addWidget(self.signatory_caption, 2, 0)
        grid.addWidget(self.signatory, 2, 1)
        grid.addWidget(self.elsewhere_hint, 3, 1)
        grid.addWidget(self.title_caption, 4, 0)
        grid.addWidget(self.title_edit, 4, 1)
        grid.setColumnStretch(1, 1)
        self._auto_title = ""
        self._organisations: dict[str, Organisation] = {}
        self.organisation.changed.connect(self.changed)
        self.organisation.changed.connect(self._update_elsewhere_hint)
        self.organisation.changed.connect(self._rank_for_organisation)
        self.signatory.changed.connect(self._handle_signatory_changed)
        self.title_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.organisation_caption.setText(self.tr("Organisasi"))
        self.signatory_caption.setText(self.tr("Penanda tangan"))
        self.title_caption.setText(self.tr("Jabatan di bawah tanda tangan"))
        self.title_edit.setPlaceholderText(self.tr("mis. Kepala Dinas Kelautan dan Perikanan Provinsi Jawa Timur"))
        self.up_button.setToolTip(self.tr("Naikkan urutan pihak"))
        self.down_button.setToolTip(self.tr("Turunkan urutan pihak"))
        self.remove_button.setToolTip(self.tr("Hapus pihak ini"))
        self.role_label.setText(f"<b>{party_role(self.position)}</b>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.organisation.retranslate()
            self.signatory.retranslate()
        super().changeEvent(event)

    def set_position(self, position: int, count: int) -> None:
        self.position = position
        self.role_label.setText(f"<b>{party_role(position)}</b>")
        self.up_button.setEnabled(position > 1 and not self._locked)
        self.down_button.setEnabled(position < count and not self._locked)

    def set_locked(self, locked: bool) -> None:
        """A signed agreement: organisation and signatory stay; the printed title may be corrected."""
        self._locked = locked
        for widget in (self.organisation, self.signatory, self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(not locked)

    def set_choices(self, organisations: list[Organisation], regions: list[Region], attendees: AttendeeSource) -> None:
        self._organisations = {organisation.id: organisation for organisation in organisations}
        self.organisation.set_choices(organisations, regions)
        self.signatory.set_source(attendees)

    def set_party(self, party: AgreementParty) -> None:
        self.organisation.set_organisation(party.organisation_id)
        line_of(self.organisation.combo).setCursorPosition(0)
        self.signatory.blockSignals(True)
        self.signatory.set_attendee(party.signatory_id)
        self.signatory.blockSignals(False)
        self.title_edit.setText(party.signatory_title)
        self._auto_title = party.signatory_title

    def is_blank(self) -> bool:
        return (
            self.organisation.choice() is None
            and not self.signatory.combo.currentText().strip()
            and not self.title_edit.text().strip()
        )

    def choice(self) -> PartyChoice:
        return PartyChoice(self.organisation.choice(), self.signatory.attendee_id(), self.title_edit.text())

    def organisation_name(self) -> str:
        choice = self.organisation.choice()
        if isinstance(choice, NewOrganisation):
            return choice.name
        if isinstance(choice, str) and choice in self._organisations:
            return self._organisations[choice].name
        return ""

    def as_party(self, agreement_id: str, position: int) -> AgreementParty:
        """The row as the conflict rules read a party (organisation may be new, so no id)."""
        choice = self.organisation.choice()
        attendee = self.signatory.attendee()
        organisation = self._organisations.get(choice) if isinstance(choice, str) else None
        return AgreementParty(
            id="",
            agreement_id=agreement_id,
            organisation_id=choice if isinstance(choice, str) else "",
            position=position,
            organisation_name=self.organisation_name(),
            region_name=organisation.region_name if organisation else None,
            signatory_id=attendee.id if attendee else None,
            signatory_name=attendee.full_name if attendee else None,
            signatory_title=self.title_edit.text(),
            signatory_checked_in_at=attendee.checked_in_at if attendee else None,
        )

    def _handle_signatory_changed(self) -> None:
        attendee: Attendee | None = self.signatory.attendee()
        if attendee is not None:
            if self.organisation.choice() is None and attendee.organisation_id:
                self.organisation.set_organisation(attendee.organisation_id)
            suggestion = ", ".join(part for part in (attendee.title, attendee.organisation_name or "") if part)
            if suggestion and self.title_edit.text().strip() in ("", self._auto_title):
                self.title_edit.setText(suggestion)
                self._auto_title = suggestion
        self._update_elsewhere_hint()
        self.changed.emit()

    def _rank_for_organisation(self) -> None:
        choice = self.organisation.choice()
        self.signatory.set_organisation(choice if isinstance(choice, str) else None)

    def _update_elsewhere_hint(self) -> None:
        """A signatory registered with another organisation than the party's is pointed out (not refused)."""
        attendee = self.signatory.attendee()
        choice = self.organisation.choice()
        elsewhere = attendee is not None and signs_for_another_organisation(
            choice if isinstance(choice, str) else None, attendee
        )
        if attendee is not None and elsewhere:
            text = self.tr("{name} terdaftar di {other}, bukan di {party}. Benar ia menandatangani untuk pihak ini?")
            name, other, party = attendee.full_name, attendee.organisation_name or "-", self.organisation_name()
            self.elsewhere_hint.setText(text.format(name=name, other=other, party=party))
        self.elsewhere_hint.setVisible(elsewhere)


class PartiesEditor(QWidget):
    """Two or more PartyRows, first party first, with add, remove and reorder."""

    changed = Signal()
    rows_changed = Signal()  # a row added, removed or moved: the form's tab order follows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PartyRow] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_party_button")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addLayout(buttons)
        self._organisations: list[Organisation] = []
        self._regions: list[Region] = []
        self._attendees: AttendeeSource = ListSource([])
        self._locked = False
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Tambah pihak"))
        self._renumber()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_choices(self, organisations: list[Organisation], regions: list[Region], attendees: AttendeeSource) -> None:
        self._organisations, self._regions, self._attendees = organisations, regions, attendees
        for row in self.rows:
            row.set_choices(organisations, regions, attendees)

    def set_parties(self, parties: list[AgreementParty]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for party in sorted(parties, key=lambda p: p.position):
            self.add_row().set_party(party)
        while len(self.rows) < MIN_PARTIES:
            self.add_row()
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.add_button.setEnabled(not locked)
        for row in self.rows:
            row.set_locked(locked)
        self._renumber()

    def add_row(self, *, focus: bool = False) -> PartyRow:
        row = PartyRow()
        row.set_choices(self._organisations, self._regions, self._attendees)
        row.set_locked(self._locked)
        row.changed.connect(self.changed)
        row.move_requested.connect(self._handle_move)
        row.remove_requested.connect(self._handle_remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._renumber()
        self.rows_changed.emit()
        if focus:
            row.organisation.setFocus()
        self.changed.emit()
        return row

    def focus_chain(self) -> list[QWidget]:
        """The fields of every row in order, for the form's tab order."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.organisation.combo, row.signatory.combo, row.title_edit]
        return [*chain, self.add_button]

    def choices(self) -> list[PartyChoice]:
        """The parties filled in, in order (rows left blank are ignored)."""
        return [row.choice() for row in self.rows if not row.is_blank()]

    def as_parties(self, agreement_id: str) -> list[AgreementParty]:
        filled = [row for row in self.rows if not row.is_blank()]
        return [row.as_party(agreement_id, position) for position, row in enumerate(filled, start=1)]

    def unknown_signatories(self) -> list[str]:
        """Texts typed as signatories that match no registered attendee."""
        return [row.signatory.combo.currentText().strip() for row in self.rows if row.signatory.has_unknown_text()]

    def _renumber(self) -> None:
        for position, row in enumerate(self.rows, start=1):
            row.set_position(position, len(self.rows))
            row.remove_button.setEnabled(not self._locked and len(self.rows) > 1)

    def _remove(self, row: PartyRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.setParent(None)
        row.deleteLater()

    def _handle_remove(self, row: PartyRow) -> None:
        self._remove(row)
        self._renumber()
        self.rows_changed.emit()
        self.changed.emit()

    def _handle_move(self, row: PartyRow, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        for each in self.rows:
            self.rows_layout.removeWidget(each)
        for each in self.rows:
            self.rows_layout.addWidget(each)
        self._renumber()
        self.rows_changed.emit()
        self.changed.emit()
