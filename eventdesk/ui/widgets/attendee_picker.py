"""Choosing a registered attendee by typing part of a name, title, organisation or badge code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QVBoxLayout, QWidget

from eventdesk.domain.errors import NotFound
from eventdesk.domain.models import Attendee
from eventdesk.domain.names import signatory_rank
from eventdesk.ui.widgets.editable_combo import line_of
from eventdesk.ui.widgets.field_errors import ERROR_STYLE

if TYPE_CHECKING:
    from eventdesk.services.attendees import AttendeeService

COMPLETIONS_SHOWN = 50  # lines in a signatory's completion list (the popup shows 12 and scrolls)
CANDIDATES = 200  # matches read from the search for each keystroke, ranked, of which the best are shown


def attendee_display(attendee: Attendee) -> str:
    """`Dr. Budi Santoso (8P-0001) — Kepala Dinas · Dinas Kelautan dan Perikanan`: the name first, as typed."""
    text = f"{attendee.full_name} ({attendee.code})"
    details = " · ".join(part for part in (attendee.title, attendee.organisation_name or "") if part)
    return f"{text} — {details}" if details else text


class AttendeeSource(Protocol):
    """Where a picker finds attendees: the candidates for what is typed, one by id, those of an exact name."""

    def candidates(self, text: str, limit: int) -> list[Attendee]: ...

    def get(self, attendee_id: str) -> Attendee | None: ...

    def named(self, name: str) -> list[Attendee]: ...


class ListSource:
    """Attendees held in a list (a test, a handful of people): every line containing what is typed."""

    def __init__(self, attendees: list[Attendee]) -> None:
        self.people = attendees
        self.lines = [_folded(attendee_display(attendee)) for attendee in attendees]

    def candidates(self, text: str, limit: int) -> list[Attendee]:
        typed = _folded(text)
        return [self.people[index] for index, line in enumerate(self.lines) if typed in line][:limit]

    def get(self, attendee_id: str) -> Attendee | None:
        return next((attendee for attendee in self.people if attendee.id == attendee_id), None)

    def named(self, name: str) -> list[Attendee]:
        return [attendee for attendee in self.people if _folded(attendee.full_name) == _folded(name)]


class SearchSource:
    """The event's attendees through the search index: nothing is read until something is typed, so a form
    opens at once with 20,000 attendees (a list of everyone took a second to build)."""

    def __init__(self, attendees: AttendeeService) -> None:
        self._attendees = attendees

    def candidates(self, text: str, limit: int) -> list[Attendee]:
        return self._attendees.search(text, limit)

    def get(self, attendee_id: str) -> Attendee | None:
        try:
            return self._attendees.get(attendee_id)
        except NotFound:
            return None

    def named(self, name: str) -> list[Attendee]:
        return [a for a in self._attendees.search(name, CANDIDATES) if _folded(a.full_name) == _folded(name)]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


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
        self._shown: dict[str, tuple[int, Attendee]] = {}  # every line offered or set so far → (row, attendee)
        self._resolved: Attendee | None = None  # the attendee the text names, worked out when the text changes
        self._organisation_id: str | None = None
        self._source: AttendeeSource = ListSource([])
        # The combo holds the lines offered so far (a handful), so a line chosen from the completions is one
        # of its items; the completions are a small model of the best matches for what is typed, the party's
        # people first, shown as they are.
        self.known = QStandardItemModel(self)
        self.combo.setModel(self.known)
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.completer = completer
        self.combo.setCompleter(completer)
        completer.setModel(self.matches)  # the combo hands its completer its own model
        self.combo.setCurrentIndex(-1)
        self.combo.editTextChanged.connect(self._handle_text_changed)
        line_of(self.combo).textEdited.connect(self._complete)
        self.retranslate()

    def retranslate(self) -> None:
        line_of(self.combo).setPlaceholderText(self.tr("Ketik nama, jabatan, organisasi atau kode…"))
        self._show_hint()

    def set_source(self, source: AttendeeSource) -> None:
        """Where the attendees are found (`SearchSource` for the event, `ListSource` for a list); keeps the text."""
        self._source = source
        self._handle_text_changed(self.combo.currentText())

    def set_organisation(self, organisation_id: str | None) -> None:
        """The party's organisation: its people come first among the completions."""
        self._organisation_id = organisation_id

    def _remember(self, attendee: Attendee) -> str:
        """The attendee's line, kept among the combo's items; returns the line."""
        line = attendee_display(attendee)
        key = _folded(line)
        if key not in self._shown:
            item = QStandardItem(line)
            item.setEditable(False)
            index, text, cursor = (
                self.combo.currentIndex(),
                self.combo.currentText(),
                line_of(self.combo).cursorPosition(),
            )
            self.combo.blockSignals(True)
            self.known.appendRow(item)
            if self.combo.currentIndex() != index:  # a combo selects the first line added to an empty list
                self.combo.setCurrentIndex(index)
                self.combo.setEditText(text)
                line_of(self.combo).setCursorPosition(cursor)
            self.combo.blockSignals(False)
            self._shown[key] = (self.known.rowCount() - 1, attendee)
        return line

    def _complete(self, text: str) -> None:
        """The completions of what was just typed: the source's candidates, ranked by `signatory_rank`."""
        typed = _folded(text)
        self.matches.clear()
        if not typed:
            return
        found = self._source.candidates(text, CANDIDATES)
        found.sort(key=lambda attendee: signatory_rank(typed, attendee.full_name, self._is_partys(attendee)))
        for attendee in found[:COMPLETIONS_SHOWN]:
            item = QStandardItem(self._remember(attendee))
            item.setEditable(False)
            self.matches.appendRow(item)
        self.completer.setCompletionPrefix(text)
        self.completer.complete()

    def _is_partys(self, attendee: Attendee) -> bool:
        return self._organisation_id is not None and attendee.organisation_id == self._organisation_id

    def set_attendees(self, attendees: list[Attendee]) -> None:
        self.set_source(ListSource(attendees))

    def attendee(self) -> Attendee | None:
        """The registered attendee whose line (or unambiguous exact name) is typed, else None."""
        return self._resolved

    def _resolve(self, text: str) -> Attendee | None:
        typed = _folded(text)
        if not typed:
            return None
        if typed in self._shown:
            return self._shown[typed][1]
        same_name = self._source.named(text)
        return same_name[0] if len(same_name) == 1 else None

    def attendee_id(self) -> str | None:
        found = self.attendee()
        return found.id if found else None

    def has_unknown_text(self) -> bool:
        """Something typed that is no registered attendee."""
        return bool(self.combo.currentText().strip()) and self.attendee() is None

    def set_attendee(self, attendee_id: str | None) -> None:
        attendee = self._source.get(attendee_id) if attendee_id is not None else None
        if attendee is None:
            self.clear()
            return
        line = self._remember(attendee)
        self.combo.setCurrentIndex(self._shown[_folded(line)][0])
        self.combo.setEditText(line)
        line_of(self.combo).setCursorPosition(0)  # the name, not the end of a long line, in sight

    def clear(self) -> None:
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")

    def _handle_text_changed(self, text: str) -> None:
        self._resolved = self._resolve(text)
        self._show_hint()
        self.changed.emit()

    def _show_hint(self) -> None:
        unknown = self.has_unknown_text()
        self.hint.setVisible(unknown)
        if unknown:
            self.hint.setText(
                self.tr(
                    "Belum cocok dengan peserta terdaftar; pilih dari daftar (peserta baru didaftarkan di "
                    "layar Peserta)."
                )
            )
