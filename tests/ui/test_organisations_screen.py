"""Organisasi: adding one from the keyboard, renaming one (its people's search follows)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from eventdesk.domain.enums import OrganisationKind
from eventdesk.ui.dialogs.merge_duplicate_dialog import MergeDuplicateDialog
from eventdesk.ui.screens.organisations import OrganisationsScreen
from tests.ui.changes import settle


def test_an_organisation_is_added_with_enter_and_a_rename_changes_what_its_people_match(ui_context, qtbot):
    screen = OrganisationsScreen(ui_context)
    qtbot.addWidget(screen)
    screen.show()
    count = screen.model.rowCount()
    screen.start_new()
    qtbot.keyClicks(screen.name_edit, "PT Baru Sekali")
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData(OrganisationKind.COMPANY))
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    settle()
    assert screen.model.rowCount() == count + 1
    assert ui_context.session.organisations.find_by_name("PT Baru Sekali")[0].kind is OrganisationKind.COMPANY

    row = screen.proxy.mapFromSource(
        screen.model.index(
            screen.model.row_of(ui_context.session.organisations.find_by_name("Harian Etam Pos")[0].id), 0
        )
    )
    screen.table.selectRow(row.row())
    screen.name_edit.setText("Harian Kaltim Pagi")
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    settle()
    assert sorted(a.full_name for a in ui_context.session.attendees.search("kaltim pagi")) == [
        "Fikri Ardiansyah",
        "Yohana Lahang",
    ]

    screen.start_new()
    qtbot.keyClicks(screen.name_edit, "Harian Kaltim Pagi")
    screen.region_combo.setCurrentIndex(screen.region_combo.findData(ui_context.session.settings.regions()[1].id))
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    settle()
    assert "sudah terdaftar" in screen.errors.messages()["name"]


def test_a_half_typed_organisation_is_not_thrown_away_by_esc_or_a_click_in_the_list(ui_context, qtbot, answer):
    screen = OrganisationsScreen(ui_context)
    qtbot.addWidget(screen)
    screen.show()
    screen.start_new()
    qtbot.keyClicks(screen.name_edit, "CV Rotan Mahakam")
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Escape)
    screen.table.selectRow(0)
    assert answer.asked == ["Organisasi baru belum disimpan. Buang isiannya?"] * 2
    assert screen.name_edit.text() == "CV Rotan Mahakam" and screen.editing is None
    assert not screen.table.selectionModel().selectedRows()

    answer.reply = QMessageBox.StandardButton.Yes
    screen.table.selectRow(0)
    first = screen.proxy.data(screen.proxy.index(0, 0), screen.model.OrganisationRole)
    assert screen.editing == first and screen.name_edit.text() == first.name
    screen.table.selectRow(1)  # nothing changed in the loaded one: no question
    assert len(answer.asked) == 3


def test_an_organisation_registered_twice_is_merged_from_the_keyboard_into_the_most_alike(ui_context, qtbot):
    session = ui_context.session
    [kept] = session.organisations.find_by_name("Dinas Kelautan dan Perikanan Provinsi Jawa Timur")
    twice = session.organisations.add("Dinas Kelautan dan Perikanan Prov. Jatim", "government")
    person = session.attendees.register("Rini Wulandari", "government", organisation_id=twice.id)
    screen = OrganisationsScreen(ui_context)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # the screen's keys work in the window that has the focus
    count = screen.model.rowCount()
    row = screen.proxy.mapFromSource(screen.model.index(screen.model.row_of(twice.id), 0)).row()
    screen.table.selectRow(row)
    screen.table.setFocus()

    qtbot.keyClick(screen.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.findChild(MergeDuplicateDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.choices.item(0).text() == f"{kept.name} — Jawa Timur"  # the most alike first
    assert dialog.moves.text().startswith("1 peserta, 0 transaksi dan 0 pihak perjanjian")
    everyone = dialog.choices.count()
    qtbot.keyClicks(dialog.search, "kelautan", delay=30)  # typed at a person's pace narrows the list
    qtbot.waitUntil(lambda: dialog.choices.count() < everyone)
    shown = [dialog.choices.item(row).text() for row in range(dialog.choices.count())]
    assert all("kelautan" in text.casefold() for text in shown) and shown[0].startswith(kept.name)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)  # the cursor stays in the search; the choice moves
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    settle()

    assert screen.findChild(MergeDuplicateDialog) is None  # closed
    assert session.attendees.get(person.id).organisation_id == kept.id
    assert screen.model.rowCount() == count - 1
    assert screen.status.text() == f"{twice.name} digabung ke {kept.name}."


def test_merging_without_an_organisation_chosen_says_what_to_do_and_opens_nothing(ui_context, qtbot):
    screen = OrganisationsScreen(ui_context)
    qtbot.addWidget(screen)
    screen.show()
    screen.start_new()
    assert not screen.merge_button.isEnabled()
    assert screen.merge_duplicate() is None
    assert screen.status.text() == "Pilih dulu organisasi yang terdaftar ganda di daftar."
    assert screen.findChild(MergeDuplicateDialog) is None


def test_the_kabupaten_kota_is_completed_from_the_regions_province_and_a_wrong_one_is_shown_at_the_field(
    ui_context, qtbot
):
    screen = OrganisationsScreen(ui_context)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    jatim, kaltim = ui_context.session.settings.regions()[:2]
    screen.start_new()
    qtbot.keyClicks(screen.name_edit, "CV Rotan Mahakam")
    screen.region_combo.setCurrentIndex(screen.region_combo.findData(kaltim.id))
    screen.district_edit.setFocus()
    qtbot.keyClicks(screen.district_edit, "balik", delay=20)  # a person's speed
    completer = screen.district_edit.completer()
    qtbot.waitUntil(completer.popup().isVisible)
    assert completer.currentCompletion() == "Kota Balikpapan"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # Enter takes the completion; it does not save yet
    assert screen.district_edit.text() == "Kota Balikpapan"
    assert ui_context.session.organisations.find_by_name("CV Rotan Mahakam") == []
    qtbot.keyClick(screen.district_edit, Qt.Key.Key_Return)
    settle()
    assert ui_context.session.organisations.find_by_name("CV Rotan Mahakam")[0].district == "Kota Balikpapan"

    screen.start_new()
    qtbot.keyClicks(screen.name_edit, "PT Salah Kota")
    screen.region_combo.setCurrentIndex(screen.region_combo.findData(jatim.id))
    screen.district_edit.setFocus()
    qtbot.keyClicks(screen.district_edit, "Samarinda")  # a scanner's speed: no pause
    screen.district_edit.completer().popup().hide()
    qtbot.keyClick(screen.district_edit, Qt.Key.Key_Return)
    settle()
    assert screen.errors.messages()["district"] == "'Samarinda' bukan kabupaten/kota di Jawa Timur."
    assert ui_context.session.organisations.find_by_name("PT Salah Kota") == []
