"""The time field driven as staff type: 14:05, 14.05 or 1405 over an 08:00, wherever the click landed."""

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from eventdesk.ui.widgets.date_time_edits import time_edit


@pytest.fixture
def form(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    window.before = QLineEdit()
    window.start = time_edit("start")
    window.start.setTime(QTime(8, 0))
    layout.addWidget(window.before)
    layout.addWidget(window.start)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("typed", ["14:05", "14.05", "1405"])
@pytest.mark.parametrize("reach", ["tab", "click at the start", "click at the end"])
def test_a_time_typed_replaces_the_old_one_however_the_field_was_reached(form, qtbot, typed, reach):
    field = form.start
    if reach == "tab":
        form.before.setFocus()
        qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    else:
        x = 4 if reach == "click at the start" else field.width() - 4
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(x, field.height() // 2))
    assert field.hasFocus()
    changes = []
    field.timeChanged.connect(changes.append)
    qtbot.keyClicks(field, typed, delay=120)  # a person's speed
    assert field.time() == QTime(14, 5) and changes == [QTime(14, 5)]
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "14:05"


def test_an_hour_alone_is_taken_on_tab_and_a_non_time_keeps_the_last_good_one(form, qtbot):
    field = form.start
    field.setFocus()
    qtbot.keyClicks(field, "9")
    assert field.time() == QTime(8, 0)  # "9" may be the start of 9.30: not taken yet
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert (field.time(), field.text()) == (QTime(9, 0), "09:00")
    field.setFocus()
    qtbot.keyClicks(field, "25:00")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert (field.time(), field.text()) == (QTime(9, 0), "09:00")


def test_up_and_down_step_five_minutes(form, qtbot):
    field = form.start
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.time() == QTime(8, 5) and field.text() == "08:05"
