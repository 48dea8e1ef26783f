"""Date and time fields as every EventDesk form shows them (dd/MM/yyyy with a calendar, HH:mm typed freely)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit

from eventdesk.ui.widgets.time_field import TimeField

DATE_FORMAT = "dd/MM/yyyy"


def date_edit(name: str, value: date | None = None) -> QDateEdit:
    """A date field with a calendar popup; today when no value is given."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    return edit


def time_edit(name: str, value: time | None = None) -> TimeField:
    """A time field that reads 14:05, 14.05 or 1405 as typed (ui/widgets/time_field.py)."""
    edit = TimeField(QTime(value.hour, value.minute) if value else QTime(0, 0))
    edit.setObjectName(name)
    return edit


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())
