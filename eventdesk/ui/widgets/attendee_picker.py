"""Choosing a registered attendee by typing part of a name, title, organisation or badge code."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QVBoxLayout, QWidget

from eventdesk.domain.models import Attendee
from eventdesk.domain.names import signatory_rank
from eventdesk.ui.widgets.editable_combo import line_of
from eventdesk.ui.widgets.field_errors import ERROR_STYLE

ATTENDEE_ROLE = Qt.ItemDataRole.UserRole + 1
COMPLETIONS_SHOWN = 50  # lines in a signatory's completion list (the popup shows 12 and scrolls)


def attendee_display(attendee: Attendee) -> str:
    """`Dr. Budi Santoso (8P-0001) — Kepala Dinas · Dinas Kelautan dan Perikanan`: the name first, as typed."""
    text = f"{attendee.full_name} ({attendee.code})"
    details = " · ".join(part for part in (attendee.title, attendee.organisation_name or "") if part)
    return f"{text} — {details}" if details else text


class AttendeeModel(QStandardItemModel):
    """Every attendee as the pickers list them, with each line folded once for matching what is typed."""

    def __init__(self, attendees: list[Attendee], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people = attendees
        self.lines = [" ".join(attendee_display(attendee).split()).casefold() for attendee in attendees]


def attendee_model(attendees: list[Attendee], parent: QObject | None = None) -> AttendeeModel:
    """One model of every attendee that several pickers of a form share (built once, however many parties)."""
    model = AttendeeModel(attendees, parent)
    for attendee in attendees:
        item = QStandardItem(attendee_display(attendee))
        item.setData(attendee.id, Qt.ItemDataRole.UserRole)
        item.setData(attendee, ATTENDEE_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    return model


class AttendeePicker(QWidget):
    """An editable combo box completing on any part of the text; only a registered attendee is a choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("attendee_combo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(18)
        self.hint = QLabel()
        self.hint.setObjectName("attendee_hint")
        self.hint.setStyleSheet(ERROR_STYLE)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.combo)
        self._by_id: dict[str, int] = {}
        self._by_text: dict[str, Attendee] = {}
        self._by_name: dict[str, list[Attendee]] = {}
        self._organisation_id: str | None = None
        self._model = AttendeeModel([], self)
        # The completions are made for what is typed, the party's people first (a QCompleter over everyone
        # lists in the model's order): a small model of the best matches, shown as it is.
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.completer = completer
        self.combo.setCompleter(completer)
        self.combo.editTextChanged.connect(self._handle_text_changed)
        line_of(self.combo).textEdited.connect(self._complete)
        self.set_model(self._model)
        self.retranslate()

    def retranslate(self) -> None:
        line_of(self.combo).setPlaceholderText(self.tr("Ketik nama, jabatan, organisasi atau kode…"))
        self._handle_text_changed(self.combo.currentText())

    def set_model(self, model: AttendeeModel) -> None:
        """The attendees to choose from (see attendee_model); keeps the typed text."""
        text = self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.setModel(model)
        self.completer.setModel(self.matches)  # the combo's setModel hands its completer the whole model
        self._model = model
        self._by_id, self._by_text, self._by_name = {}, {}, {}
        for row in range(model.rowCount()):
            item = model.item(row)
            attendee: Attendee = item.data(ATTENDEE_ROLE)
            self._by_id[attendee.id] = row
            self._by_text[" ".join(item.text().split()).casefold()] = attendee
            self._by_name.setdefault(" ".join(attendee.full_name.split()).casefold(), []).append(attendee)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(text)
        self.combo.blockSignals(False)
        self._handle_text_changed(text)

    def set_organisation(self, organisation_id: str | None) -> None:
        """The party's organisation: its people come first among the completions."""
        self._organisation_id = organisation_id

    def _complete(self, text: str) -> None:
        """The completions of what was just typed: lines containing it, ranked by `signatory_rank`."""
        typed = " ".join(text.split()).casefold()
        self.matches.clear()
        if not typed:
            return
        lines, people = self._model.lines, self._model.people
        found = [index for index, line in enumerate(lines) if typed in line]
        found.sort(
            key=lambda index: signatory_rank(
                typed, people[index].full_name, people[index].organisation_id == self._organisation_id
            )
        )
        for index in found[:COMPLETIONS_SHOWN]:
            item = QStandardItem(attendee_display(people[index]))
            item.setEditable(False)
            self.matches.appendRow(item)
        self.completer.setCompletionPrefix(text)
        self.completer.complete()

    def set_attendees(self, attendees: list[Attendee]) -> None:
        self.set_model(attendee_model(attendees, self))

    def attendee(self) -> Attendee | None:
        """The registered attendee whose line (or unambiguous exact name) is typed, else None."""
        typed = " ".join(self.combo.currentText().split()).casefold()
        if not typed:
            return None
        if typed in self._by_text:
            return self._by_text[typed]
        same_name = self._by_name.get(typed, [])
        return same_name[0] if len(same_name) == 1 else None

    def attendee_id(self) -> str | None:
        found = self.attendee()
        return found.id if found else None

    def has_unknown_text(self) -> bool:
        """Something typed that is no registered attendee."""
        return bool(self.combo.currentText().strip()) and self.attendee() is None

    def set_attendee(self, attendee_id: str | None) -> None:
        if attendee_id is None or attendee_id not in self._by_id:
            self.clear()
            return
        self.combo.setCurrentIndex(self._by_id[attendee_id])
        line_of(self.combo).setCursorPosition(0)  # the name, not the end of a long line, in sight

    def clear(self) -> None:
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")

    def _handle_text_changed(self, _text: str) -> None:
        unknown = self.has_unknown_text()
        self.hint.setVisible(unknown)
        if unknown:
            self.hint.setText(
                self.tr(
                    "Belum cocok dengan peserta terdaftar; pilih dari daftar (peserta baru didaftarkan di "
                    "layar Peserta)."
                )
            )
        self.changed.emit()
