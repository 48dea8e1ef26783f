"""Peserta on the demo mission: the lazy list, search, filters, SQL sort, the keyboard form, duplicates,
delete, badges."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from eventdesk.domain.attendee_query import AttendeeQuery, AttendeeSort
from eventdesk.domain.enums import AttendeeCategory
from eventdesk.store.audit import entries_for
from eventdesk.ui import printing
from eventdesk.ui.dialogs import duplicate_dialog
from eventdesk.ui.dialogs.merge_duplicate_dialog import MergeDuplicateDialog
from eventdesk.ui.models.attendee_model import AttendeeTableModel
from eventdesk.ui.screens import attendees as attendees_screen
from eventdesk.ui.screens.attendees import AttendeesScreen
from tests.ui.changes import settle


@pytest.fixture
def screen(ui_context, qtbot):
    widget = AttendeesScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(screen):
    return [screen.model.attendee(row) for row in range(screen.model.rowCount())]


def test_the_list_shows_every_attendee_but_fetches_only_the_pages_it_shows(screen, ui_context):
    registered, _ = ui_context.session.attendees.counts()
    assert screen.model.rowCount() == registered
    assert len(screen.model._pages) <= 1  # one page of 200 holds the demo; nothing fetched twice
    assert "157 terdaftar" in screen.count_label.text()


def test_search_as_you_type_and_filters_narrow_the_list(screen, ui_context, qtbot):
    qtbot.keyClicks(screen.search, "harian etam")
    screen.search.search_now()
    assert sorted(a.full_name for a in shown(screen)) == ["Fikri Ardiansyah", "Yohana Lahang"]
    screen.search.clear()
    screen.search.search_now()
    screen.category_filter.setCurrentIndex(screen.category_filter.findData(AttendeeCategory.VIP))
    assert {a.category for a in shown(screen)} == {AttendeeCategory.VIP} and screen.model.rowCount() == 4
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(False))
    assert all(not a.checked_in for a in shown(screen))


def test_clicking_a_column_header_sorts_in_sql(screen, ui_context, qtbot):
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(AttendeeTableModel.COL_ORGANISATION) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    assert screen.query.sort is AttendeeSort.ORGANISATION
    expected = ui_context.session.attendees.matching(
        AttendeeQuery(sort=AttendeeSort.ORGANISATION, descending=screen.query.descending)
    )
    assert [a.id for a in shown(screen)] == [a.id for a in expected]


def test_a_registration_from_the_keyboard_saves_on_enter_and_starts_the_next(screen, ui_context, qtbot):
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert screen.form.name_edit.hasFocus()
    qtbot.keyClicks(screen.form.name_edit, "Rahmat Hidayat, S.E.")
    qtbot.keyClick(screen.form.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.form.title_edit, "Manajer Ekspor")
    qtbot.keyClick(screen.form.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.form.organisation.combo, "CV Baru Sentosa")
    settle()
    assert screen.form.organisation.new_row.isVisible()
    qtbot.keyClicks(screen.form.phone_edit, "0812-7777-1212")
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Return)

    saved = ui_context.session.attendees.search("rahmat hidayat")[0]
    settle()
    assert (saved.title, saved.organisation_name, saved.phone) == (
        "Manajer Ekspor",
        "CV Baru Sentosa",
        "+6281277771212",
    )
    settle()
    assert saved.code in screen.status.text()
    assert screen.form.name_edit.text() == "" and screen.form.name_edit.hasFocus()
    assert screen.model.rowCount() == 158


def test_a_bad_value_is_shown_next_to_its_field_and_nothing_is_saved(screen, ui_context, qtbot):
    screen.start_new()
    qtbot.keyClicks(screen.form.name_edit, "Budi Baru")
    qtbot.keyClicks(screen.form.email_edit, "budi@")
    qtbot.keyClick(screen.form.email_edit, Qt.Key.Key_Return)
    assert "email" in screen.form.errors.messages()
    assert ui_context.session.attendees.search("budi baru") == []


@pytest.mark.parametrize("choice", [duplicate_dialog.REGISTER_ANYWAY, duplicate_dialog.OPEN_EXISTING])
def test_a_probable_duplicate_asks_whether_to_open_the_existing_or_register_another(
    screen, ui_context, qtbot, monkeypatch, choice
):
    existing = ui_context.session.attendees.search("yohana lahang")[0]
    asked = []
    monkeypatch.setattr(attendees_screen, "ask_about_duplicate", lambda parent, error: asked.append(error) or choice)
    screen.start_new()
    qtbot.keyClicks(screen.form.name_edit, "Yohana Lahang, S.I.Kom.")
    screen.form.organisation.set_organisation(existing.organisation_id)
    qtbot.keyClick(screen.form.name_edit, Qt.Key.Key_Return)

    assert asked and asked[0].probable and asked[0].existing_id == existing.id
    found = ui_context.session.attendees.search("yohana lahang")
    if choice == duplicate_dialog.REGISTER_ANYWAY:
        assert len(found) == 2
    else:
        assert len(found) == 1 and screen.form.editing.id == existing.id


def test_a_half_typed_registration_is_not_replaced_by_moving_into_the_list(screen, ui_context, qtbot, answer):
    screen.start_new()
    qtbot.keyClicks(screen.form.name_edit, "Agus Sal")
    answer.reply = QMessageBox.StandardButton.No
    for _ in range(12):  # Shift+Tab back out of the form until the list has the keyboard
        if screen.table.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert screen.table.hasFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    assert answer.asked and answer.asked[-1] == "Pendaftaran belum disimpan. Buang isiannya?"
    assert screen.form.name_edit.text() == "Agus Sal" and screen.form.editing is None
    assert screen.form.name_edit.hasFocus()

    qtbot.keyClick(screen.form.name_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N asks too
    assert screen.form.name_edit.text() == "Agus Sal"
    answer.reply = QMessageBox.StandardButton.Yes
    screen.table.selectRow(3)
    assert screen.form.editing.id == screen.model.attendee(3).id
    assert screen.form.name_edit.text() == screen.model.attendee(3).full_name


def test_editing_a_selected_attendee_and_deleting_another_with_a_reason(screen, ui_context, qtbot, monkeypatch):
    session = ui_context.session
    not_arrived = session.attendees.matching(AttendeeQuery(checked_in=False))
    screen.open_attendee(not_arrived[0].id)
    assert screen.form.editing.id == not_arrived[0].id and screen.delete_button.isEnabled()
    screen.form.title_edit.setText("Direktur Baru")
    qtbot.keyClick(screen.form.title_edit, Qt.Key.Key_Return)
    assert session.attendees.get(not_arrived[0].id).title == "Direktur Baru"

    screen.open_attendee(not_arrived[1].id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("terdaftar dua kali", True))
    screen.delete_button.click()
    gone = session.attendees.get(not_arrived[1].id)
    assert gone.deleted_at is not None
    assert entries_for(session.file, "attendees", gone.id)[-1].reason == "terdaftar dua kali"

    arrived = session.attendees.matching(AttendeeQuery(checked_in=True))[0]
    screen.open_attendee(arrived.id)
    assert not screen.delete_button.isEnabled()


def test_badges_of_the_selected_rows_are_recorded_only_once_the_printer_took_them(screen, ui_context, qtbot, printers):
    printers.names = ["Kantor"]
    screen.table.selectRow(0)
    screen.table.selectionModel().select(
        screen.model.index(1, 0),
        screen.table.selectionModel().SelectionFlag.Select | screen.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = screen.selected_attendees()
    assert len(chosen) == 2
    with qtbot.waitSignal(screen.badge_printer.made, timeout=30000) as made:
        screen.print_badges("selected")
    text = "".join(page.extract_text() for page in PdfReader(made.args[0]).pages)
    assert all(attendee.code in text for attendee in chosen)
    assert all(ui_context.session.attendees.get(a.id).badge_printed_at is None for a in chosen)  # only made

    preview = screen.badge_printer.preview
    with qtbot.waitSignal(screen.badge_printer.recorded, timeout=30000):
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(PdfReader(printers.output("Kantor")).pages) == 2
    assert all(ui_context.session.attendees.get(a.id).badge_printed_at is not None for a in chosen)
    assert screen.status.text() == "2 tanda pengenal dicetak."
    assert "2 halaman terkirim" in preview.notice.text()
    preview.close()


def test_a_badge_cancelled_at_the_printer_stays_among_those_never_printed(screen, ui_context, qtbot, printers):
    printers.names = ["Kantor"]
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(False))
    never = ui_context.session.attendees.matching(AttendeeQuery(badge_printed=False))
    with qtbot.waitSignal(screen.badge_printer.made, timeout=30000):
        screen.print_badges("not_printed")
    preview = screen.badge_printer.preview
    job = preview.print_to(printing.printer_for("Kantor"))
    assert job.progress.isVisible()
    qtbot.keyClick(job.progress, Qt.Key.Key_Escape)  # Esc: the progress window's Batalkan
    qtbot.waitUntil(lambda: preview.job is None, timeout=30000)
    assert "dibatalkan" in preview.notice.text()
    assert len(ui_context.session.attendees.matching(AttendeeQuery(badge_printed=False))) == len(never)
    preview.close()


def test_export_writes_the_list_as_shown(screen, ui_context, qtbot, monkeypatch, tmp_path):
    import openpyxl

    screen.category_filter.setCurrentIndex(screen.category_filter.findData(AttendeeCategory.MEDIA))
    target = tmp_path / "media"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        screen._handle_export(".xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "media.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 1 + 4 and {row[6] for row in rows[1:]} == {"Media"}


def test_a_hidden_list_rereads_once_when_shown_not_on_every_scan(window, ui_context):
    screen = window.screens["attendees"]
    window.sidebar.setCurrentRow(1)
    before = screen.model.rowCount()
    window.sidebar.setCurrentRow(2)  # the check-in screen in front, at the door
    ui_context.session.attendees.register("Datang Saat Tersembunyi", "buyer")
    settle()
    assert screen.model.rowCount() == before  # not re-read while out of sight
    window.sidebar.setCurrentRow(1)
    settle()
    assert screen.model.rowCount() == before + 1


@pytest.mark.parametrize("unmasked", [False, True])
def test_the_attendee_list_pdf_masks_phones_unless_asked(screen, ui_context, qtbot, unmasked):
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=60000):
        screen.print_attendee_list(unmasked=unmasked)
    qtbot.waitUntil(lambda: getattr(screen, "last_list", None) is not None)
    text = "".join(page.extract_text() for page in PdfReader(screen.last_list).pages)
    assert "Daftar Hadir Peserta" in text
    assert ("****" in text) is (not unmasked)
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "pdf_preview":
            widget.close()


def test_a_person_registered_twice_is_merged_from_the_keyboard_and_the_old_badge_still_checks_in(
    screen, ui_context, qtbot
):
    session = ui_context.session
    kept = next(a for a in session.attendees.list() if a.organisation_id and not a.checked_in)
    twice = session.attendees.register(
        kept.full_name.upper() + " ", "buyer", organisation_id=kept.organisation_id, different_person=True
    )
    session.attendees.check_in(twice.code)
    screen.open_attendee(twice.id)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # the screen's keys work in the window that has the focus
    screen.form.name_edit.setFocus()

    qtbot.keyClick(screen.form.name_edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.findChild(MergeDuplicateDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.choices.item(0).data(Qt.ItemDataRole.UserRole) == kept.id  # the same name of its organisation
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    settle()

    assert session.attendees.get(twice.id).deleted_at is not None
    assert session.attendees.get(kept.id).checked_in  # the duplicate's check-in passed on
    assert screen.status.text() == (f"{twice.full_name} ({twice.code}) digabung dengan {kept.full_name} ({kept.code}).")
    assert session.attendees.check_in(twice.code).attendee.id == kept.id


def test_ctrl_g_in_the_list_merges_the_row_the_cursor_is_on(screen, ui_context, qtbot):
    session = ui_context.session
    kept = next(a for a in session.attendees.list() if a.organisation_id)
    twice = session.attendees.register(
        kept.full_name + " ", "buyer", organisation_id=kept.organisation_id, different_person=True
    )
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClicks(screen.search, twice.code, delay=20)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.setFocus()
    screen.table.clearSelection()
    # The cursor on the row, as Tab into the list leaves it: current, not selected, nothing opened yet.
    screen.table.selectionModel().setCurrentIndex(screen.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    assert screen.form.editing is None
    qtbot.keyClick(screen.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.findChild(MergeDuplicateDialog)
    assert dialog is not None and dialog.isVisible()
    assert screen.form.editing.id == twice.id
    dialog.reject()
