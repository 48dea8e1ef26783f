"""Shared form widgets: the amount field, the organisation picker, the search box, field errors."""

from PySide6.QtWidgets import QLineEdit

from eventdesk.domain.entries import NewOrganisation
from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.models import Organisation, Region
from eventdesk.ui.widgets.amount_field import AmountField
from eventdesk.ui.widgets.field_errors import FieldErrors
from eventdesk.ui.widgets.organisation_picker import OrganisationPicker
from eventdesk.ui.widgets.search_box import SearchBox


def test_amount_field_reads_what_staff_type_and_shows_figure_and_words(qtbot):
    field = AmountField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "1,5 M")
    assert field.value() == 1_500_000_000
    assert field.error() is None
    assert field.reading.text() == "Rp1.500.000.000 — satu miliar lima ratus juta rupiah"


def test_amount_field_explains_what_it_cannot_read(qtbot):
    field = AmountField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "1.5 M")
    assert field.value() is None
    assert "pemisah ribuan" in field.error()
    assert field.reading.text() == field.error()


def test_amount_field_refuses_zero_unless_allowed(qtbot):
    field = AmountField()
    qtbot.addWidget(field)
    field.set_text("0")
    assert field.value() is None and field.error() == "Nilai harus lebih dari nol."
    lenient = AmountField(allow_zero=True)
    qtbot.addWidget(lenient)
    lenient.set_text("0")
    assert lenient.value() == 0


def test_amount_field_empty_is_neither_value_nor_error(qtbot):
    field = AmountField()
    qtbot.addWidget(field)
    field.set_value(250_000_000)
    assert field.text() == "Rp250.000.000"
    field.clear()
    assert (field.value(), field.error(), field.reading.text()) == (None, None, "")


REGIONS = [Region("r1", "Jawa Timur"), Region("r2", "Kalimantan Timur")]
ORGANISATIONS = [
    Organisation("o1", "PT Samudra Biru Mandiri", OrganisationKind.COMPANY, "r1", "Jawa Timur"),
    Organisation("o2", "Amplang Karya Etam", OrganisationKind.UMKM, "r2", "Kalimantan Timur"),
]


def test_picker_returns_the_id_of_a_registered_organisation_typed_by_name(qtbot):
    picker = OrganisationPicker()
    qtbot.addWidget(picker)
    picker.set_choices(ORGANISATIONS, REGIONS)
    qtbot.keyClicks(picker.combo.lineEdit(), "amplang karya etam")
    assert picker.choice() == "o2"
    assert picker.new_row.isHidden()


def test_picker_offers_kind_and_region_for_a_new_organisation(qtbot):
    picker = OrganisationPicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.set_choices(ORGANISATIONS, REGIONS)
    qtbot.keyClicks(picker.combo.lineEdit(), "CV Baru  Jaya")
    assert picker.new_row.isVisible()
    picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(OrganisationKind.UMKM))
    picker.region_combo.setCurrentIndex(picker.region_combo.findData("r2"))
    assert picker.choice() == NewOrganisation("CV Baru Jaya", OrganisationKind.UMKM, "r2")


def test_picker_completes_on_part_of_a_name(qtbot):
    picker = OrganisationPicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.set_choices(ORGANISATIONS, REGIONS)
    completer = picker.combo.completer()
    completer.setCompletionPrefix("biru")
    assert completer.currentCompletion() == "PT Samudra Biru Mandiri — Jawa Timur"


def test_search_box_emits_once_after_typing_stops(qtbot):
    box = SearchBox()
    qtbot.addWidget(box)
    received = []
    box.search.connect(received.append)
    with qtbot.waitSignal(box.search, timeout=2000):
        qtbot.keyClicks(box, "sit")
    assert received == ["sit"]


def test_field_errors_show_the_message_under_the_named_field(qtbot):
    name, phone = QLineEdit(), QLineEdit()
    qtbot.addWidget(name)
    qtbot.addWidget(phone)
    errors = FieldErrors()
    errors.add("full_name", name)
    errors.add("phone", phone)
    errors.show(InvalidValue("Nomor telepon tidak valid.", field="phone"), fallback="full_name")
    assert errors.messages() == {"phone": "Nomor telepon tidak valid."}
    errors.show(InvalidValue("Sesuatu yang lain."), fallback="full_name")
    assert errors.messages()["full_name"] == "Sesuatu yang lain."
    errors.clear()
    assert errors.messages() == {}
