"""The main window on the demo mission: sidebar, screens, language, status bar, settings, reports."""

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from eventdesk.domain import badge_papers
from eventdesk.domain.clock import from_iso, in_zone
from eventdesk.files import user_config
from eventdesk.services.session import open_session
from eventdesk.ui import errors
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.operator_dialog import OperatorDialog
from eventdesk.ui.dialogs.settings_dialog import SettingsDialog
from eventdesk.ui.main_window import MainWindow
from eventdesk.ui.screens.reports import REPORTS
from tests.ui.changes import settle

SIDEBAR_ID = ["Ringkasan", "Peserta", "Check-in", "Jadwal Penandatanganan", "Transaksi", "Organisasi", "Laporan"]


def sidebar_texts(window):
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_window_opens_on_the_demo_with_every_screen_in_the_sidebar(window):
    assert sidebar_texts(window) == SIDEBAR_ID
    assert window.stack.currentWidget() is window.screens["dashboard"]
    assert window.screens["dashboard"].total_full.text() == "Rp666.000.000.000"
    assert window.screens["dashboard"].total_compact.text() == "Rp666 miliar"
    assert "Misi Dagang dan Investasi" in window.windowTitle()


def test_clicking_the_sidebar_switches_screens(window, qtbot):
    for row, key in enumerate(window.screens):
        item = window.sidebar.item(row)
        qtbot.mouseClick(
            window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=window.sidebar.visualItemRect(item).center()
        )
        assert window.stack.currentWidget() is window.screens[key]


def test_ctrl_number_switches_screens_from_the_keyboard(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.screens["reports"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.screens["dashboard"]


def test_switching_to_english_changes_visible_texts_and_is_remembered(window, ui_context):
    window.set_language("en")
    assert window.file_menu.title() == "&File"
    assert sidebar_texts(window)[1] == "Attendees"
    assert window.screens["dashboard"].total_words.text() == "six hundred and sixty-six billion rupiah"
    assert ui_context.config.language == "en"
    window.set_language("id")
    assert sidebar_texts(window) == SIDEBAR_ID
    assert window.file_menu.title() == "&Berkas"


def test_a_screen_is_built_when_first_shown_with_what_changed_before_in_the_language_chosen_before(
    window, ui_context, qtbot
):
    """Only the screen in sight is built at start; a deal booked and the language switched before Transaksi is
    first shown are both there when Ctrl+5 shows it."""
    assert [screen.key for screen in window.screens.built()] == ["dashboard"]
    session = ui_context.session
    organisations = session.organisations.list()
    booked = session.transactions.book(
        buyer_id=organisations[0].id, seller_id=organisations[1].id, value="1,5 M", kind="trade", commodity="Lada"
    )
    window.set_language("en")
    settle()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    transactions = window.screens["transactions"]
    assert window.stack.currentWidget() is transactions
    assert [screen.key for screen in window.screens.built()] == ["dashboard", "transactions"]
    assert transactions.heading.text() == "<h2>Transactions</h2>"
    shown = [transactions.model.transaction(row).id for row in range(transactions.model.rowCount())]
    assert booked.id in shown
    window.set_language("id")


def test_status_bar_shows_file_desk_and_operator(window, ui_context, demo_path):
    assert str(demo_path) in window.file_label.text()
    assert ui_context.config.desk_label in window.desk_label.text()
    assert "Siti Rahayu" in window.operator_label.text()


def test_a_write_updates_the_dashboard_and_the_time_of_the_last_save(window, ui_context):
    session = ui_context.session
    organisations = session.organisations.list()
    session.transactions.book(buyer_id=organisations[0].id, seller_id=organisations[1].id, value="1,5 M", kind="trade")
    settle()
    assert window.screens["dashboard"].total_full.text() == "Rp667.500.000.000"
    saved = in_zone(from_iso(session.last_saved_at), session.settings.get().timezone)
    settle()
    assert window.saved_label.text() == f"Tersimpan {saved:%H.%M.%S}"  # as the sync status and documents write it


def test_a_screen_out_of_sight_reads_nothing_until_shown_then_shows_every_change(window, ui_context):
    session = ui_context.session
    deals = window.screens["transactions"]
    settle()
    assert deals.model.rowCount() == 0 and deals.stale  # not read at start: only the dashboard is in sight
    window.sidebar.setCurrentRow(list(window.screens).index("transactions"))
    shown = deals.model.rowCount()
    settle()
    assert shown == len(session.transactions.list()) and not deals.stale

    window.sidebar.setCurrentRow(0)
    organisations = session.organisations.list()
    session.transactions.book(buyer_id=organisations[0].id, seller_id=organisations[1].id, value="2 M", kind="trade")
    settle()
    assert window.screens["dashboard"].total_full.text() == "Rp668.000.000.000"  # in sight: at once
    assert deals.model.rowCount() == shown and deals.stale  # out of sight: marked, not read

    window.sidebar.setCurrentRow(list(window.screens).index("transactions"))
    settle()
    assert deals.model.rowCount() == shown + 1
    assert "Rp668.000.000.000" in deals.totals_line.text()


def test_operator_change_is_shown_and_recorded_on_later_writes(window, ui_context, monkeypatch, demo_path):
    def answer(dialog):
        dialog.operator_edit.setText("  Budi   Santoso ")
        dialog.desk_edit.setText("Meja Transaksi")
        dialog._handle_accept()
        return dialog.result()

    monkeypatch.setattr(OperatorDialog, "exec", answer)
    window.ask_operator()
    assert "Budi Santoso" in window.operator_label.text()
    assert "Meja Transaksi" in window.desk_label.text()
    session = ui_context.session
    organisations = session.organisations.list()
    session.transactions.book(
        buyer_id=organisations[0].id, seller_id=organisations[1].id, value=5_000_000, kind="trade"
    )
    with sqlite3.connect(demo_path) as raw:
        operator, label = raw.execute(
            "SELECT a.operator, d.label FROM audit_log a JOIN desks d ON d.id = a.desk_id ORDER BY "
            "a.created_at DESC LIMIT 1"
        ).fetchone()
    assert (operator, label) == ("Budi Santoso", "Meja Transaksi")


def test_operator_dialog_refuses_an_empty_name(qtbot):
    dialog = OperatorDialog("", "Meja 1")
    qtbot.addWidget(dialog)
    dialog._handle_accept()
    assert dialog.result() == 0
    assert dialog.error.text() == "Nama operator wajib diisi."


def test_settings_dialog_shows_a_bad_value_next_to_its_field_and_writes_nothing(ui_context, qtbot):
    before = ui_context.session.settings.get()
    dialog = SettingsDialog(ui_context.session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.end_date_edit.setDate(dialog.start_date_edit.date().addDays(-1))
    dialog.name_edit.setText("Nama Baru")
    dialog._handle_save()
    assert dialog.isVisible()
    assert dialog.errors["end_date"].isVisible()
    assert dialog.errors["end_date"].text() == "Tanggal selesai tidak boleh sebelum tanggal mulai."
    assert ui_context.session.settings.get() == before


def test_settings_dialog_saves_settings_regions_and_sectors_together(window, ui_context, qtbot):
    dialog = SettingsDialog(ui_context.session, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Misi Dagang Jatim – Sulsel 2026")
    dialog.regions._handle_add()
    row = dialog.regions.model.rowCount() - 1
    dialog.regions.model.item(row, 0).setText("Sulawesi Selatan")
    dialog.regions.model.item(row, 1).setText("sulsel")
    dialog._handle_save()
    settle()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert ui_context.session.settings.get().name == "Misi Dagang Jatim – Sulsel 2026"
    assert [(r.name, r.code) for r in ui_context.session.settings.regions()][-1] == ("Sulawesi Selatan", "SULSEL")
    assert "Misi Dagang Jatim – Sulsel 2026" in window.windowTitle()


def test_settings_dialog_refuses_a_signing_spot_listed_twice(ui_context, qtbot):
    dialog = SettingsDialog(ui_context.session)
    qtbot.addWidget(dialog)
    dialog.spots._handle_add()
    dialog.spots.model.item(dialog.spots.model.rowCount() - 1, 0).setText("panggung utama")
    dialog._handle_save()
    assert dialog.tabs.currentIndex() == 1
    assert "dua kali" in dialog.errors["spots"].text()
    assert len(ui_context.session.settings.get().spots) == 3


def test_settings_dialog_keeps_the_letterhead_and_shows_a_bad_nip_on_the_officials_tab(ui_context, qtbot):
    dialog = SettingsDialog(ui_context.session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.officials.model.item(0, 3).text() == "19700512 199603 1 004"  # the demo's, in its column
    dialog.organiser_edit.clear()
    qtbot.keyClicks(dialog.organiser_edit, "Dinas Perindustrian dan Perdagangan")
    dialog.officials.model.item(0, 3).setText("1970")
    dialog._handle_save()
    assert dialog.tabs.currentIndex() == 2
    assert dialog.errors["officials"].text() == "NIP '1970' harus 18 angka (boleh dengan spasi)."
    dialog.officials.model.item(0, 3).setText("197005121996031004")
    dialog._handle_save()
    settings = ui_context.session.settings.get()
    assert settings.organiser == "Dinas Perindustrian dan Perdagangan"
    assert settings.officials[0].nip == "19700512 199603 1 004"


def test_summary_pdf_is_made_off_the_ui_thread_and_previewed(window, ui_context, qtbot):
    screen = window.screens["reports"]
    window.sidebar.setCurrentRow(6)
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        qtbot.mouseClick(screen.buttons["summary"], Qt.MouseButton.LeftButton)
        assert window.progress.isVisible()
    qtbot.waitUntil(lambda: screen.last_output is not None)
    text = PdfReader(screen.last_output).pages[0].extract_text()
    assert "Rp666.000.000.000" in text
    assert "enam ratus enam puluh enam miliar rupiah" in text
    previews = [w for w in QApplication.topLevelWidgets() if w.objectName() == "pdf_preview" and w.isVisible()]
    assert previews and previews[0].document.pageCount() == 1
    for preview in previews:
        preview.close()


def test_the_recap_without_its_lines_is_a_few_pages_with_the_committees_signatures(window, ui_context, qtbot):
    screen = window.screens["reports"]
    window.sidebar.setCurrentRow(6)
    screen.summary_only_check.setFocus()
    qtbot.keyClick(screen.summary_only_check, Qt.Key.Key_Space)
    assert screen.summary_only_check.isChecked()
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        qtbot.mouseClick(screen.buttons["transactions"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_output is not None)
    reader = PdfReader(screen.last_output)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) <= 6  # a few pages, where the full recap runs to one page per 25 deals
    assert "Rincian transaksi tercatat" not in text and "Mengetahui," in text
    assert "baru berupa minat atau LoI" in text and "telah diverifikasi penyelia" in text
    for preview in [w for w in QApplication.topLevelWidgets() if w.objectName() == "pdf_preview"]:
        preview.close()


def test_every_report_can_be_started_from_the_reports_screen(window):
    screen = window.screens["reports"]
    assert [kind.key for kind in REPORTS] == [
        "summary",
        "agreements",
        "minutes",
        "transactions",
        "realisation",
        "schedule",
        "attendees",
        "attendance",
        "badges",
    ]
    assert all(screen.buttons[kind.key].isEnabled() for kind in REPORTS)


def test_opening_a_file_that_is_not_an_event_keeps_the_current_one(window, ui_context, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    text_file = tmp_path / "catatan.eventdesk"
    text_file.write_text("bukan basis data")
    before = ui_context.session
    assert window.open_file(text_file) is False
    assert ui_context.session is before
    assert shown and "bukan berkas acara EventDesk" in shown[0]
    assert text_file.read_text() == "bukan basis data"


def test_window_geometry_is_remembered(ui_context, qtbot):
    first = MainWindow(ui_context)
    qtbot.addWidget(first)
    first.show()
    # A size the window can take on any machine (its minimum follows fonts), inside the 800 x 600 offscreen screen.
    minimum = first.minimumSizeHint()
    wanted = (min(minimum.width() + 37, 790), min(minimum.height() + 23, 590))
    first.resize(*wanted)
    assert (first.width(), first.height()) == wanted
    first.close()
    second = MainWindow(ui_context)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == wanted


def test_unexpected_error_in_a_slot_is_logged_and_shown_and_the_app_keeps_running(
    window, tmp_path, monkeypatch, caplog
):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    errors.install_excepthook(str(tmp_path / "eventdesk.log"))
    import sys

    try:
        sys.excepthook(RuntimeError, RuntimeError("kaboom"), None)
    finally:
        sys.excepthook = sys.__excepthook__
    assert shown and "tetap berjalan" in shown[0]
    assert "kaboom" in caplog.text
    assert window.isVisible()


@pytest.mark.parametrize("language, expected", [("id", "Simpan"), ("en", "Save")])
def test_dialog_buttons_follow_the_language(ui_context, qtbot, window, language, expected):
    window.set_language(language)
    dialog = SettingsDialog(ui_context.session, window)
    qtbot.addWidget(dialog)
    assert dialog.buttons.buttons()[0].text() in (expected, "&" + expected)


def test_new_context_on_another_file_closes_the_previous_one(ui_context, demo_path, tmp_path, config):
    other = tmp_path / "lain.eventdesk"
    other.write_bytes(Path(demo_path).read_bytes())
    previous = ui_context.session
    ui_context.set_session(open_session(other, config.actor()))
    assert ui_context.session.path == other
    with pytest.raises(sqlite3.ProgrammingError):
        previous.file.conn.execute("SELECT 1")
    assert str(other.resolve()) == config.recent_files[0]


def test_app_context_without_a_session_reports_none(config):
    assert AppContext(None, config).has_session is False


def test_a_second_copy_of_the_event_file_on_this_laptop_says_it_writes_as_a_copy_desk(
    demo_path, config, qtbot, tmp_path
):
    import shutil

    downloads = shutil.copyfile(demo_path, tmp_path / "unduhan.eventdesk")  # the same event kept twice on one laptop
    desktop = open_session(demo_path, config.actor())
    desktop.attendees.register("Sari Desktop", "seller")
    desktop.close()

    context = AppContext(open_session(downloads, config.actor()), config)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    try:
        desk_label = window.findChild(type(window.desk_label), "status_desk")
        assert desk_label.text() == f"Meja: {config.desk_label} (salinan)"
        assert "salinan ini menulis sebagai" in window.statusBar().currentMessage()
        assert "bercabang" in desk_label.toolTip()
    finally:
        context.tasks.wait()
        context.close()


def test_on_first_start_the_window_fills_a_screen_smaller_than_its_usual_size(ui_context, qtbot):
    window = MainWindow(ui_context)  # no geometry saved yet; the offscreen screen is 800 x 600, smaller than a laptop's
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert window.isMaximized()
    assert available.contains(window.frameGeometry()) or window.frameGeometry().size() == available.size()
    assert window.statusBar().geometry().bottom() <= available.height()


def test_ctrl_n_starts_the_screens_own_new_entry_and_never_a_new_event(window, ui_context, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked.append(args) or ("", ""))
    window.sidebar.setCurrentRow(1)  # Peserta
    attendees = window.stack.currentWidget()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == []
    assert attendees.isAncestorOf(QApplication.focusWidget())  # the registration form has the cursor
    assert window.new_action.shortcut().isEmpty()


def test_the_schedule_keys_work_right_after_choosing_the_screen_in_the_sidebar(window, qtbot):
    window.sidebar.setCurrentRow(3)  # Jadwal Penandatanganan, the sidebar keeps the focus
    schedule = window.stack.currentWidget()
    window.sidebar.setFocus()
    qtbot.keyClick(
        window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert schedule.dialog is not None and schedule.dialog.isVisible()  # the new agreement form
    schedule.dialog.reject()


def test_a_new_event_asks_before_it_closes_the_open_one(window, ui_context, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    before = ui_context.session
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "baru.eventdesk"), ""))
    questions = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.No
    )
    window.new_action.trigger()
    assert ui_context.session is before and not (tmp_path / "baru.eventdesk").exists()
    assert questions and "baru.eventdesk" in questions[0]


def test_a_booking_writes_in_few_statements_and_the_screens_read_after_it_returns(window, ui_context, qtbot):
    from tests.ui.test_transactions_screen import type_entry

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    screen = window.screens["transactions"]
    qtbot.waitUntil(screen.isVisible)
    type_entry(qtbot, screen.form, "PT Samudra Biru Mandiri", "Amplang Karya Etam", "1,5 M")
    rows = screen.model.rowCount()
    statements: list[str] = []
    ui_context.session.file.conn.set_trace_callback(statements.append)
    try:
        qtbot.keyClick(screen.form.value.edit, Qt.Key.Key_Return)
        in_the_booking = list(statements)
        qtbot.waitUntil(lambda: screen.model.rowCount() == rows + 1)
    finally:
        ui_context.session.file.conn.set_trace_callback(None)
    after = statements[len(in_the_booking) :]

    assert in_the_booking[0] == "BEGIN IMMEDIATE" and in_the_booking[-1] == "COMMIT"
    # 32 when the screens refreshed inside the commit; the kept sums' and hours' trigger statements count too
    assert len(in_the_booking) <= 18
    assert sum("FROM organisations" in s for s in in_the_booking) == 2  # buyer and seller, read once each
    assert any(" ".join(s.split()).startswith("SELECT t.rowid FROM transactions") for s in after)  # then the list
    assert not any("FROM event" in s for s in after)  # the settings are kept, not read per refresh
    assert not any("merge_log" in s for s in after)  # the hidden dashboard's desk line waits until shown


def test_a_language_switch_reaches_the_desk_line_of_the_dashboard_at_once(window, qtbot):
    coverage = window.screens["dashboard"].findChild(QLabel, "desk_coverage")
    assert "Data dari" in coverage.text()
    window.set_language("en")
    assert "Data from" in coverage.text() and "Data dari" not in coverage.text()
    window.set_language("id")
    assert "Data dari" in coverage.text()


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1024, 768)])
def test_on_a_small_laptop_screen_the_buttons_read_in_full_and_the_deal_value_is_in_sight(window, qtbot, width, height):
    window.showNormal()
    window.resize(width, height)
    assert window.width() <= width  # the window's minimum size fits the screen
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    attendees = window.screens["attendees"]
    qtbot.waitUntil(attendees.isVisible)
    qtbot.wait(50)
    for button in (attendees.save_button, attendees.cancel_button, attendees.delete_button):
        assert button.width() >= button.sizeHint().width(), button.text()

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    transactions = window.screens["transactions"]
    qtbot.waitUntil(transactions.isVisible)
    qtbot.wait(50)
    table = transactions.table
    value_right = table.columnViewportPosition(transactions.model.COL_VALUE) + table.columnWidth(
        transactions.model.COL_VALUE
    )
    assert value_right <= table.viewport().width()  # parties and value in sight without scrolling


def test_the_desk_settings_choose_the_badge_printer_its_paper_and_the_sounds_and_are_kept_for_this_laptop(
    window, ui_context, qtbot, printers, answer
):
    printers.names = ["Kantor", "Brother QL-800"]
    window.desk_settings_action.trigger()
    dialog = window.desk_settings_dialog
    qtbot.waitExposed(dialog)
    assert [dialog.printer_combo.itemText(i) for i in range(dialog.printer_combo.count())][1:] == [
        "Kantor",
        "Brother QL-800",
    ]
    assert not dialog.on_check_in_box.isEnabled()  # nothing to print to yet
    dialog.printer_combo.setCurrentIndex(dialog.printer_combo.findData("Brother QL-800"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(badge_papers.LAYOUT_ROLL))
    assert dialog.paper_combo.currentText() == "Label gulung 62 mm (dipotong 100 mm)"
    qtbot.keyClick(dialog.on_check_in_box, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.sounds_box, Qt.Key.Key_Space)
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # changed: asks, and No keeps the choices
    assert dialog.isVisible() and answer.asked == ["Pengaturan meja belum disimpan. Buang isiannya?"]
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = user_config.load()
    assert (saved.badge_printer, saved.badge_paper, saved.badge_on_check_in, saved.sounds) == (
        "Brother QL-800",
        badge_papers.LAYOUT_ROLL,
        True,
        False,
    )
    assert ui_context.config.badge_printer == "Brother QL-800"

    printers.names = []  # the label printer unplugged, no other
    window.desk_settings_action.trigger()
    dialog = window.desk_settings_dialog
    assert dialog.printer_combo.currentText() == "Brother QL-800 (tidak terpasang)"
    assert "Tidak ada printer terpasang" in dialog.printer_note.text()
    dialog.close()


@pytest.mark.parametrize(
    ("key", "screen"),
    [
        (Qt.Key.Key_2, "attendees"),
        (Qt.Key.Key_4, "schedule"),
        (Qt.Key.Key_5, "transactions"),
        (Qt.Key.Key_6, "organisations"),
    ],
)
def test_a_screen_chosen_with_ctrl_and_its_number_takes_what_is_typed_next_in_its_search(window, qtbot, key, screen):
    """From the dashboard (nothing there takes keys), Ctrl+4 then a name: the schedule's search holds it; the keys
    neither vanish nor jump around a table (each of these screens searches as its search box is typed in)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    chosen = window.screens[screen]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chosen.search)
    qtbot.keyClicks(QApplication.focusWidget(), "Budi", delay=30)  # a person's speed
    assert chosen.search.text() == "Budi"


def test_the_sidebar_chosen_with_the_arrow_keys_keeps_the_keyboard(window, qtbot):
    window.activateWindow()
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.screens["checkin"]
    assert QApplication.focusWidget() is window.sidebar  # the next Down goes on down the list
