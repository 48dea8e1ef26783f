"""The check-in screen driven as at the door: a scanner with or without Enter, typed search, undo, a walk-in."""

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eventdesk.domain import badge_papers
from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.domain.clock import format_long_date, in_zone, utc_now
from eventdesk.domain.enums import AttendeeCategory
from eventdesk.store.audit import entries_for
from eventdesk.ui.screens.checkin import CheckInScreen
from eventdesk.ui.sounds import Cue
from tests.ui.changes import settle


@pytest.fixture
def screen(ui_context, qtbot):
    widget = CheckInScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.scan_input.setFocus()
    return widget


@pytest.fixture
def waiting(ui_context):
    """Attendees of the demo not checked in yet: a VIP-free one and, if any, a VIP."""
    return ui_context.session.attendees.matching(AttendeeQuery(checked_in=False))


def scan(qtbot, screen, text, *, enter=True):
    qtbot.keyClicks(screen.scan_input, text)
    if enter:
        qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)


def test_a_scanned_code_with_enter_checks_in_and_says_welcome_in_large_type(screen, ui_context, qtbot, waiting):
    person = next(a for a in waiting if a.category is not AttendeeCategory.VIP)
    before = ui_context.session.attendees.counts()[1]
    scan(qtbot, screen, person.code)
    settle()
    assert screen.result_state == "ok"
    assert person.full_name in screen.result_label.text()
    assert ui_context.session.attendees.get(person.id).checked_in
    assert screen.scan_input.text() == "" and screen.scan_input.hasFocus()
    assert screen.counter_total.text().startswith(f"{before + 1} /")


def test_a_scanner_that_sends_no_enter_is_accepted_after_a_short_pause(screen, ui_context, qtbot, waiting):
    person = waiting[0]
    scan(qtbot, screen, person.code, enter=False)
    qtbot.waitUntil(lambda: screen.result_state in ("ok", "vip"), timeout=3000)
    assert ui_context.session.attendees.get(person.id).checked_in


def test_a_second_scan_is_amber_with_the_time_and_desk_of_the_first(screen, ui_context, qtbot, waiting):
    person = waiting[0]
    scan(qtbot, screen, person.code)
    scan(qtbot, screen, person.code.lower().replace("-", " "))
    assert screen.result_state == "already"
    arrived = in_zone(ui_context.session.attendees.get(person.id).checked_in_at, "Asia/Makassar").strftime("%H.%M")
    assert f"sudah check-in pukul {arrived}" in screen.result_label.text()
    assert ui_context.session.actor.desk_label in screen.result_label.text()


def test_an_unknown_code_is_red(screen, ui_context, qtbot):
    before = ui_context.session.attendees.counts()
    scan(qtbot, screen, "ZZ-9999")
    assert screen.result_state == "unknown" and "ZZ-9999" in screen.result_label.text()
    assert ui_context.session.attendees.counts() == before


def test_a_vip_is_highlighted(screen, ui_context, qtbot):
    vip = ui_context.session.attendees.matching(AttendeeQuery(category=AttendeeCategory.VIP))[0]
    ui_context.session.attendees.undo_check_in(vip.id) if vip.checked_in else None
    scan(qtbot, screen, vip.code)
    assert screen.result_state == "vip" and "VIP" in screen.result_label.text()


def test_typed_search_lists_matches_and_down_then_enter_checks_in_the_chosen_one(screen, ui_context, qtbot, waiting):
    person = waiting[0]
    surname = person.full_name.split()[-1]
    scan(qtbot, screen, surname, enter=False)
    qtbot.waitUntil(lambda: screen.matches.isVisible(), timeout=3000)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Down)
    assert screen.matches.hasFocus()
    row = next(r for r in range(screen.model.rowCount()) if screen.model.attendee(r).id == person.id)
    screen.matches.selectRow(row)
    qtbot.keyClick(screen.matches, Qt.Key.Key_Return)
    assert ui_context.session.attendees.get(person.id).checked_in
    assert screen.scan_input.hasFocus() and not screen.matches.isVisible()


def test_ctrl_z_takes_back_the_last_check_in_as_an_audited_correction(screen, ui_context, qtbot, waiting):
    person = waiting[0]
    scan(qtbot, screen, person.code)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.result_state == "undone"
    assert not ui_context.session.attendees.get(person.id).checked_in
    assert [e.action for e in entries_for(ui_context.session.file, "attendees", person.id)][-2:] == [
        "check_in",
        "undo_check_in",
    ]
    assert not screen.undo_button.isEnabled()
    assert screen.status.text() == (
        f"Dibatalkan (Ctrl+Z): check-in {person.full_name} ({person.code}). "
        f"{person.full_name} kembali tercatat belum hadir."
    )


def test_a_walk_in_is_registered_checked_in_and_given_a_badge_from_the_keyboard_alone(
    screen, ui_context, qtbot, printers
):
    printers.names = ["Kantor"]  # a desk without a badge printer: the badge opens in the preview
    session = ui_context.session
    before = session.attendees.counts()
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F2)
    dialog = screen.walk_in_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.form.name_edit.hasFocus())
    qtbot.keyClicks(dialog.form.name_edit, "Hj. Rosmawati Daeng Tene")
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.form.title_edit, "Pemilik")
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.form.organisation.combo, "UMKM Abon Ikan Daeng")
    qtbot.keyClick(dialog.form.organisation.combo, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # kind of the new organisation
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # its region
    assert dialog.form.category_combo.hasFocus()
    qtbot.keyClick(dialog.form.category_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.form.phone_edit, "0852 9999 0001")
    with qtbot.waitSignal(screen.badge_printer.made, timeout=30000) as printed:
        qtbot.keyClick(dialog.form.phone_edit, Qt.Key.Key_Return)

    walk_in = session.attendees.search("rosmawati")[0]
    assert (walk_in.checked_in, walk_in.phone, walk_in.organisation_name) == (
        True,
        "+6285299990001",
        "UMKM Abon Ikan Daeng",
    )
    assert walk_in.badge_printed_at is None  # made, not printed yet
    assert session.attendees.counts() == (before[0] + 1, before[1] + 1)
    assert screen.result_state == "ok"
    text = " ".join(PdfReader(printed.args[0]).pages[0].extract_text().split())
    assert "Hj. Rosmawati Daeng Tene" in text and walk_in.code in text
    preview = screen.badge_printer.preview
    assert preview.isVisible() and preview.print_button.hasFocus()  # Enter prints
    with qtbot.waitSignal(screen.badge_printer.recorded, timeout=30000):
        qtbot.keyClick(preview.print_button, Qt.Key.Key_Return)
    assert session.attendees.get(walk_in.id).badge_printed_at is not None
    assert screen.status.text() == "Tanda pengenal Hj. Rosmawati Daeng Tene dicetak."
    preview.close()


def test_a_desk_with_a_badge_printer_prints_the_walk_in_badge_on_its_paper_without_a_dialog(
    screen, ui_context, qtbot, printers
):
    printers.names = ["Kantor", "Brother QL-800"]
    ui_context.config.badge_printer = "Brother QL-800"
    ui_context.config.badge_paper = badge_papers.LAYOUT_ROLL
    person = ui_context.session.attendees.list()[0]
    with qtbot.waitSignal(screen.badge_printer.recorded, timeout=30000):
        screen.badge_printer.print_badges([person], at_desk=True)
    assert screen.badge_printer.preview is None and printers.used == ["Brother QL-800"]
    page = PdfReader(printers.output("Brother QL-800")).pages[0]
    assert (round(float(page.mediabox.width) / 72 * 25.4), round(float(page.mediabox.height) / 72 * 25.4)) == (62, 100)
    printed_once = ui_context.session.attendees.badge_prints([person.id])[person.id]
    with qtbot.waitSignal(screen.badge_printer.recorded, timeout=30000):
        screen.badge_printer.print_badges([person], at_desk=True)  # a reprint: counted, and said
    assert f"cetakan ke-{printed_once + 1}" in screen.status.text()


def test_a_badge_printer_that_is_not_installed_is_said_and_the_badge_opens_in_the_preview(
    screen, ui_context, qtbot, printers
):
    ui_context.config.badge_printer = "Brother QL-800"
    person = ui_context.session.attendees.list()[0]
    with qtbot.waitSignal(screen.badge_printer.made, timeout=30000):
        screen.badge_printer.print_badges([person], at_desk=True)
    assert "Printer tanda pengenal 'Brother QL-800' tidak terpasang" in screen.status.text()
    assert screen.badge_printer.preview.isVisible() and printers.used == []
    screen.badge_printer.preview.close()


def test_a_badge_desk_prints_the_badge_of_every_first_check_in(screen, ui_context, qtbot, printers, waiting):
    printers.names = ["Kartu"]
    ui_context.config.badge_printer = "Kartu"
    ui_context.config.badge_paper = badge_papers.LAYOUT_CARD
    ui_context.config.badge_on_check_in = True
    person = waiting[0]
    with qtbot.waitSignal(screen.badge_printer.recorded, timeout=30000):
        scan(qtbot, screen, person.code)
    assert len(PdfReader(printers.output("Kartu")).pages) == 1
    made = PdfReader(screen.badge_printer.last_output).pages[0]
    assert person.code in made.extract_text() and round(float(made.mediabox.width) / 72 * 25.4) == 54
    scan(qtbot, screen, person.code)  # already in: no second badge
    settle()
    assert screen.result_state == "already" and printers.used == ["Kartu"]


def test_counters_show_checked_in_of_registered_by_category_and_region(screen, ui_context):
    attendance = ui_context.session.attendees.attendance()
    assert screen.counter_total.text() == f"{attendance.checked_in} / {attendance.registered}"
    assert "Jawa Timur" in screen.counter_regions.text() and "Pembeli" in screen.counter_categories.text()


def test_a_short_code_typed_slowly_by_hand_and_left_without_enter_checks_in_nobody(screen, ui_context, qtbot, waiting):
    tag = waiting[0].code.split("-")[0]
    before = ui_context.session.attendees.counts()[1]
    qtbot.keyClicks(screen.scan_input, f"{tag}-1", delay=350)  # a person, 350 ms a key
    qtbot.wait(1000)
    assert ui_context.session.attendees.counts()[1] == before
    assert screen.result_state not in ("ok", "vip")


def test_a_whole_code_typed_slowly_by_hand_waits_for_enter(screen, ui_context, qtbot, waiting):
    person = waiting[0]
    qtbot.keyClicks(screen.scan_input, person.code, delay=150)
    qtbot.wait(800)
    assert not ui_context.session.attendees.get(person.id).checked_in
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)
    assert ui_context.session.attendees.get(person.id).checked_in


def test_enter_on_a_short_code_lists_the_candidates_and_picks_none(screen, ui_context, qtbot, waiting):
    tag = waiting[0].code.split("-")[0]
    before = ui_context.session.attendees.counts()[1]
    scan(qtbot, screen, f"{tag}-1")
    assert ui_context.session.attendees.counts()[1] == before
    assert screen.result_state == "choose" and screen.matches.isVisible()
    assert screen.model.attendee(0).code == f"{tag}-0001"


@pytest.mark.parametrize("delay", [0, 150])  # a scanner's burst and a person's typing
def test_after_choosing_check_in_in_the_sidebar_the_first_scan_lands_and_f2_works(
    window, ui_context, qtbot, waiting, delay, monkeypatch
):
    person = waiting[0]
    sidebar = window.sidebar
    row = next(
        i
        for i in range(sidebar.count())
        if window.screens[sidebar.item(i).data(Qt.ItemDataRole.UserRole)].__class__ is CheckInScreen
    )
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center()
    )
    screen = window.screens[sidebar.item(row).data(Qt.ItemDataRole.UserRole)]
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus(), timeout=2000)

    sidebar.setFocus()  # the focus somewhere else on the window: the scan still reaches the input
    qtbot.keyClicks(QApplication.focusWidget(), person.code, delay=delay)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert ui_context.session.attendees.get(person.id).checked_in
    assert window.sidebar.currentRow() == row

    opened = []
    monkeypatch.setattr(screen, "start_walk_in", lambda: opened.append(True))
    screen.walk_in_action.triggered.disconnect()
    screen.walk_in_action.triggered.connect(screen.start_walk_in)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert opened == [True]


def test_the_sounds_are_made_when_check_in_comes_in_sight_before_the_first_scan(window, ui_context, qtbot):
    screen = next(s for s in window.screens.values() if isinstance(s, CheckInScreen))
    assert not screen.sounds.loaded  # the window started without them
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.sounds.loaded, timeout=5000)


def test_a_scan_after_coming_back_to_the_screen_replaces_text_left_in_the_input(window, ui_context, qtbot, waiting):
    person = waiting[0]
    sidebar = window.sidebar
    row = next(
        i
        for i in range(sidebar.count())
        if window.screens[sidebar.item(i).data(Qt.ItemDataRole.UserRole)].__class__ is CheckInScreen
    )
    screen = window.screens[sidebar.item(row).data(Qt.ItemDataRole.UserRole)]
    sidebar.setCurrentRow(row)
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus(), timeout=2000)
    qtbot.keyClicks(screen.scan_input, "8PF-1", delay=200)  # typed, then the operator went elsewhere
    sidebar.setCurrentRow(0)
    sidebar.setCurrentRow(row)
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus() and screen.scan_input.hasSelectedText(), timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), person.code)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert ui_context.session.attendees.get(person.id).checked_in


def test_welcome_already_and_unknown_each_sound_their_own_cue_unless_the_desk_switched_them_off(
    screen, ui_context, qtbot, waiting
):
    heard = []
    screen.sounds.played.connect(heard.append)
    scan(qtbot, screen, waiting[0].code)
    scan(qtbot, screen, waiting[0].code)
    scan(qtbot, screen, "ZZZ-9999")
    assert (heard, screen.result_state) == ([Cue.WELCOME, Cue.ALREADY, Cue.UNKNOWN], "unknown")
    ui_context.config.sounds = False
    scan(qtbot, screen, waiting[1].code)
    assert screen.result_state in ("ok", "vip") and len(heard) == 3


def test_a_badge_used_again_on_another_day_says_the_date_of_the_first_check_in(screen, ui_context, qtbot, waiting):
    person = waiting[0]
    three_days_ago = utc_now() - timedelta(days=3)
    ui_context.session.attendees.check_in(person.code, at=three_days_ago)
    scan(qtbot, screen, person.code)
    zone = ui_context.session.settings.get().timezone
    first = in_zone(three_days_ago, zone)
    assert screen.result_state == "already"
    assert f"sudah check-in {format_long_date(first.date())} pukul {first:%H.%M}" in screen.result_label.text()


def test_counters_of_a_large_event_group_thousands_as_staff_write_them(screen, ui_context, qtbot, tmp_path):
    from eventdesk.files.spreadsheets import read_sheet
    from tests.lists import write_csv

    rows = [["Nama", "Instansi", "Provinsi"]] + [
        [f"Tamu Besar {n}", f"CV Rombongan {n % 25}", "Jatim"] for n in range(1_100)
    ]
    ui_context.session.imports.run_sheet(read_sheet(write_csv(tmp_path / "rombongan.csv", rows)))
    screen.refresh()
    settle()
    attendance = ui_context.session.attendees.attendance()
    assert attendance.registered > 1_000
    registered = f"{attendance.registered:,}".replace(",", ".")
    assert screen.counter_total.text() == f"{attendance.checked_in} / {registered}"
    jatim = next(line for line in attendance.by_region if line.label == "Jawa Timur")
    assert f"{jatim.registered:,}".replace(",", ".") in screen.counter_regions.text()
