"""Choosing an organisation by typing: completion over the registered ones, or a new one inline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from eventdesk.domain.entries import NewOrganisation, OrganisationChoice
from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.models import Organisation, Region
from eventdesk.ui.widgets.editable_combo import line_of


class OrganisationPicker(QWidget):
    """An editable combo box; a name that matches none shows kind and region for a new organisation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("organisation_combo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.new_caption = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("new_organisation_kind")
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("new_organisation_region")
        self.new_row = QWidget()
        new_layout = QHBoxLayout(self.new_row)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(self.new_caption)
        new_layout.addWidget(self.kind_combo, 1)
        new_layout.addWidget(self.region_combo, 1)
        self.new_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.new_row)
        self.setFocusProxy(self.combo)
        self._organisations: list[Organisation] = []
        self._regions: list[Region] = []
        self.combo.editTextChanged.connect(self._handle_text_changed)
        self.retranslate()

    def retranslate(self) -> None:
        line_of(self.combo).setPlaceholderText(self.tr("Ketik nama organisasi…"))
        self.new_caption.setText(self.tr("Organisasi baru:"))
        current_kind = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in OrganisationKind:
            self.kind_combo.addItem(kind.label, kind)
        if current_kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(current_kind))
        current_region = self.region_combo.currentData()
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("(tanpa daerah)"), None)
        for region in self._regions:
            self.region_combo.addItem(region.name, region.id)
        if current_region is not None:
            self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(current_region)))

    def set_choices(self, organisations: list[Organisation], regions: list[Region]) -> None:
        """The registered organisations and the regions a new one may belong to; keeps the typed text."""
        text = self.combo.currentText()
        self._organisations = list(organisations)
        self._regions = list(regions)
        self.combo.blockSignals(True)
        self.combo.clear()
        for organisation in self._organisations:
            self.combo.addItem(self._display(organisation), organisation.id)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(text)
        self.combo.blockSignals(False)
        self.retranslate()
        self._handle_text_changed(text)

    @staticmethod
    def _display(organisation: Organisation) -> str:
        return f"{organisation.name} — {organisation.region_name}" if organisation.region_name else organisation.name

    def _match(self) -> Organisation | None:
        typed = " ".join(self.combo.currentText().split()).casefold()
        if not typed:
            return None
        for organisation in self._organisations:
            if typed in (self._display(organisation).casefold(), organisation.name.casefold()):
                return organisation
        return None

    def choice(self) -> OrganisationChoice:
        """The chosen organisation's id, a NewOrganisation for a name not registered yet, or None."""
        typed = " ".join(self.combo.currentText().split())
        if not typed:
            return None
        match = self._match()
        if match is not None:
            return match.id
        return NewOrganisation(typed, self.kind_combo.currentData(), self.region_combo.currentData())

    def set_organisation(self, organisation_id: str | None) -> None:
        if organisation_id is None:
            self.combo.setEditText("")
            return
        index = self.combo.findData(organisation_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def clear(self) -> None:
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")

    def _handle_text_changed(self, text: str) -> None:
        self.new_row.setVisible(bool(text.strip()) and self._match() is None)
        self.changed.emit()
