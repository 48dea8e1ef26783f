"""The registration form, fast from the keyboard: Enter submits, Esc cancels, errors next to their field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.models import Attendee, Organisation, Region
from eventdesk.ui.discard import form_state
from eventdesk.ui.widgets.field_errors import FieldErrors
from eventdesk.ui.widgets.organisation_picker import OrganisationPicker


class AttendeeForm(QWidget):
    """Full name, title, organisation (or a new one), category, phone, email, notes."""

    submitted = Signal()  # Enter
    cancelled = Signal()  # Esc

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendee_form")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("full_name_edit")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.organisation = OrganisationPicker()
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category_combo")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone_edit")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email_edit")
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.errors = FieldErrors()
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in (
            ("full_name", self.name_edit),
            ("title", self.title_edit),
            ("organisation", self.organisation),
            ("category", self.category_combo),
            ("phone", self.phone_edit),
            ("email", self.email_edit),
            ("notes", self.notes_edit),
        ):
            caption = QLabel()
            self.captions[field] = caption
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(1)
            inner.addWidget(widget)
            inner.addWidget(self.errors.add(field, widget))
            form.addRow(caption, box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.setFocusProxy(self.name_edit)
        # Enter anywhere in the form submits it, Esc cancels; the completion popup keeps its own keys.
        for widget in (
            self.name_edit,
            self.title_edit,
            self.organisation.combo,
            self.category_combo,
            self.phone_edit,
            self.email_edit,
            self.notes_edit,
            self.organisation.kind_combo,
            self.organisation.region_combo,
        ):
            widget.installEventFilter(self)
        self.editing: Attendee | None = None
        self.retranslate()
        self._clean = form_state(self)

    def retranslate(self) -> None:
        texts = {
            "full_name": self.tr("Nama lengkap*"),
            "title": self.tr("Jabatan"),
            "organisation": self.tr("Instansi"),
            "category": self.tr("Kategori"),
            "phone": self.tr("Telepon"),
            "email": self.tr("Email"),
            "notes": self.tr("Catatan"),
        }
        for field, text in texts.items():
            self.captions[field].setText(text)
        self.name_edit.setPlaceholderText(self.tr("mis. Ir. Bambang Sutrisno, M.T."))
        self.phone_edit.setPlaceholderText(self.tr("mis. 0812-3456-7890"))
        self.email_edit.setPlaceholderText(self.tr("mis. nama@perusahaan.co.id"))
        current = self.category_combo.currentData()
        self.category_combo.clear()
        for category in AttendeeCategory:
            self.category_combo.addItem(category.label, category)
        if current is not None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(current))
        self.organisation.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                completer = self.organisation.combo.completer()
                popup = completer.popup() if completer is not None else None
                if popup is not None and popup.isVisible():
                    return False
                if isinstance(watched, QComboBox) and not watched.isEditable() and watched.view().isVisible():
                    return False
                self.submitted.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)

    def set_choices(self, organisations: list[Organisation], regions: list[Region]) -> None:
        self.organisation.set_choices(organisations, regions)

    def clear(self, category: AttendeeCategory | None = None) -> None:
        """An empty form for the next registration (the category kept, as people arrive in groups)."""
        self.editing = None
        for edit in (self.name_edit, self.title_edit, self.phone_edit, self.email_edit, self.notes_edit):
            edit.clear()
        self.organisation.clear()
        if category is not None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(category))
        self.errors.clear()
        self._clean = form_state(self)

    def load(self, attendee: Attendee) -> None:
        """The form filled with a registered attendee, for editing."""
        self.editing = attendee
        self.name_edit.setText(attendee.full_name)
        self.title_edit.setText(attendee.title)
        self.organisation.clear()
        self.organisation.set_organisation(attendee.organisation_id)
        self.category_combo.setCurrentIndex(self.category_combo.findData(attendee.category))
        self.phone_edit.setText(attendee.phone or "")
        self.email_edit.setText(attendee.email or "")
        self.notes_edit.setText(attendee.notes)
        self.errors.clear()
        self._clean = form_state(self)

    def has_unsaved_input(self) -> bool:
        """Whether something was typed or chosen since the form was emptied or filled."""
        return form_state(self) != self._clean

    def values(self) -> dict[str, Any]:
        """What the form holds, as the attendee service takes it."""
        return {
            "full_name": self.name_edit.text(),
            "category": self.category_combo.currentData(),
            "organisation": self.organisation.choice(),
            "title": self.title_edit.text(),
            "phone": self.phone_edit.text() or None,
            "email": self.email_edit.text() or None,
            "notes": self.notes_edit.text(),
        }

    def show_error(self, error: EventDeskError) -> None:
        self.errors.clear()
        field = {"region": "organisation", "name": "organisation"}.get(error.field or "", error.field)
        self.errors.show(EventDeskError(error.message, field=field), "full_name")
