"""Starting the window as `main.py FILE` does: the frame painted first, the event opened on workers, then the
screens; a file that cannot be opened is asked about and left as it was."""

import argparse
import hashlib
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.ui import app
from eventdesk.ui.main_window import MainWindow
from eventdesk.ui.screen_titles import screen_titles

SIDEBAR = ["Ringkasan", "Peserta", "Check-in", "Jadwal Penandatanganan", "Transaksi", "Organisasi", "Laporan"]


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def frame(qtbot):
    window = MainWindow(opening="Misi Dagang Balikpapan")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def start_on(frame, config):
    """`start_on(path)`: the start of the window on `path`; at the end the window is closed, then the event."""
    made = []

    def start(path):
        made.append(app.Start(frame, path, config, argparse.Namespace(file=path, operator=config.operator)))
        return made[-1]

    yield start
    frame.close()
    for start in made:
        start.close()


def test_the_frame_shows_the_event_name_and_the_sidebar_before_any_screen_is_built(frame):
    assert frame.windowTitle() == "EventDesk — Misi Dagang Balikpapan"
    assert [frame.sidebar.item(row).text() for row in range(frame.sidebar.count())] == SIDEBAR
    assert list(screen_titles().values()) == SIDEBAR
    opening = frame.findChild(QLabel, "opening")
    assert opening.isVisible() and opening.text() == "Membuka Misi Dagang Balikpapan…"
    assert not frame.is_attached and frame.screens == {}


def test_the_event_opens_behind_the_frame_and_the_checkin_screen_then_records_a_scan(frame, demo_path, start_on, qtbot):
    start = start_on(demo_path)
    with qtbot.waitSignal(frame.attached, timeout=30_000):
        start.begin()
    # Only the screen in sight is built at start (with the opening label gone); the others when first asked for.
    assert frame.stack.currentWidget() is frame.screens["dashboard"] and frame.stack.count() == 1
    session = start.context.session
    assert frame.windowTitle() == f"EventDesk — {session.settings.get().name}"
    person = session.attendees.matching(AttendeeQuery(checked_in=False))[0]

    frame.activateWindow()
    qtbot.keyClick(frame, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    checkin = frame.screens["checkin"]
    assert frame.stack.currentWidget() is checkin and frame.stack.count() == 2
    checkin.scan_input.setFocus()
    qtbot.keyClicks(checkin.scan_input, person.code)  # a scanner's speed
    qtbot.keyClick(checkin.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.attendees.get(person.id).checked_in, timeout=3000)
    assert person.full_name in checkin.result_label.text()


def test_the_other_screens_are_built_after_the_start_out_of_sight_and_read_when_first_shown(
    frame, demo_path, start_on, qtbot
):
    start = start_on(demo_path)
    with qtbot.waitSignal(frame.attached, timeout=30_000):
        start.begin()
    qtbot.waitUntil(lambda: len(frame.screens.built()) == len(SIDEBAR), timeout=10_000)
    transactions = frame.screens["transactions"]
    assert frame.stack.currentWidget() is frame.screens["dashboard"]
    assert transactions.out_of_sight and transactions.model.rowCount() == 0  # built, nothing read yet
    session = start.context.session
    organisations = session.organisations.list()
    session.transactions.book(buyer_id=organisations[0].id, seller_id=organisations[1].id, value="1 M", kind="trade")
    qtbot.keyClick(frame, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert frame.stack.currentWidget() is transactions
    assert transactions.model.rowCount() == len(session.transactions.list())


def test_a_window_closed_at_once_after_the_start_builds_nothing_more(frame, demo_path, start_on, qtbot):
    start = start_on(demo_path)
    with qtbot.waitSignal(frame.attached, timeout=30_000):
        start.begin()
    start.close()  # the event closed before the other screens' turn
    qtbot.wait(app.REST_IMPORTED_AFTER_MS + 300)
    assert [screen.key for screen in frame.screens.built()] == ["dashboard"]


def test_a_damaged_file_is_refused_before_anything_is_written(frame, demo_path, start_on, qtbot, monkeypatch):
    with open(demo_path, "r+b") as handle:
        handle.seek(4096 * 6)
        handle.write(b"\xff" * 4096)
    fingerprint = sha256(demo_path)
    warned, exited = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exited.append(code))

    start = start_on(demo_path)
    start.begin()
    qtbot.waitUntil(lambda: bool(exited), timeout=30_000)
    start.close()

    assert exited == [1]
    assert "rusak" in warned[0] and "Berkas tidak diubah" in warned[0]
    assert sha256(demo_path) == fingerprint
    assert not frame.is_attached


def test_closing_the_window_while_the_event_opens_closes_what_the_worker_opened(frame, demo_path, start_on):
    start = start_on(demo_path)
    start.begin()
    start.close()  # waits for the workers, then closes the session they opened
    assert start.context is None and start.opened is not None
    with pytest.raises(sqlite3.ProgrammingError):
        start.opened.file.conn.execute("SELECT 1")
    assert not frame.is_attached


def test_the_menus_attached_after_the_frame_shows_are_in_sight(frame, demo_path, start_on, qtbot):
    start = start_on(demo_path)
    with qtbot.waitSignal(frame.attached, timeout=30_000):
        start.begin()
    assert frame.menuBar().isVisible()
    assert [menu.title() for menu in (frame.file_menu, frame.view_menu)] == ["&Berkas", "&Tampilan"]
    assert frame.statusBar().isVisible() and frame.desk_label.isVisible()
