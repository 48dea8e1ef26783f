"""The corpus in the window's own fields: the amount field and the event settings dialog."""

import pytest

from eventdesk.ui.dialogs.settings_dialog import SettingsDialog
from eventdesk.ui.widgets.amount_field import AmountField
from tests.bad_input.corpus import AMOUNTS, NAMES, REFUSED


def _typeable(text):
    """A Qt text field cannot hold a lone surrogate (PySide drops it on the way in): nobody can type one there."""
    return not any("\ud800" <= ch <= "\udfff" for ch in text)


FIELD_NAMES = [
    case for case in NAMES if len(case[1]) <= 1000 and _typeable(case[1])
]  # a QLineEdit holds 32,767 characters
FIELD_AMOUNTS = [case for case in AMOUNTS if _typeable(case[1])]


@pytest.fixture(scope="module")
def amount_field(qapp):
    field = AmountField()
    yield field
    field.deleteLater()


@pytest.mark.parametrize(("case", "typed", "rupiah"), FIELD_AMOUNTS, ids=[c[0] for c in FIELD_AMOUNTS])
def test_amount_field(amount_field, case, typed, rupiah):
    amount_field.set_text(typed)
    if rupiah is REFUSED:
        assert amount_field.value() is None
        if typed.strip():
            assert amount_field.error() and "\n" not in amount_field.error()
            assert amount_field.reading.text() == amount_field.error()
    else:
        assert amount_field.value() == rupiah and amount_field.error() is None


@pytest.mark.parametrize(("case", "typed", "stored"), FIELD_NAMES, ids=[c[0] for c in FIELD_NAMES])
def test_event_name_in_the_settings_dialog(ui_context, qtbot, case, typed, stored):
    before = ui_context.session.settings.get()
    dialog = SettingsDialog(ui_context.session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText(typed)
    dialog._handle_save()
    if stored is REFUSED:
        assert dialog.isVisible() and dialog.errors["name"].isVisible() and dialog.errors["name"].text()
        assert ui_context.session.settings.get() == before
    else:
        assert not dialog.isVisible()
        assert ui_context.session.settings.get().name == stored
