"""The import dialog: the detected header and mapping, each row's fate before writing, then one write on a worker."""

import pytest

from eventdesk.domain.import_report import RowFate
from eventdesk.domain.registration_list import ListField
from eventdesk.ui.dialogs.import_dialog import ImportDialog
from tests.lists import KALTIM_ROWS, write_encrypted_xlsx, write_xlsx


@pytest.fixture
def dialog(ui_context, qtbot):
    widget = ImportDialog(ui_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def load(qtbot, ui_context, dialog, path):
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        dialog.load(path)


def test_before_a_list_is_chosen_the_import_button_says_what_it_will_do_and_waits(dialog):
    assert (dialog.import_button.text(), dialog.import_button.isEnabled()) == ("Impor", False)


def test_the_preview_shows_header_mapping_and_fates_and_writes_nothing(dialog, ui_context, qtbot, tmp_path):
    before = ui_context.session.attendees.counts()
    load(qtbot, ui_context, dialog, write_xlsx(tmp_path / "kaltim.xlsx", KALTIM_ROWS))

    assert dialog.header_spin.value() == 4
    assert dialog.mapping_combos[1].currentData() == ListField.FULL_NAME
    assert dialog.mapping_combos[0].currentData() == "__ignore__"  # the "No." column
    assert [dialog.lines_model.line(r).fate for r in range(dialog.lines_model.rowCount())] == [
        RowFate.IMPORT,
        RowFate.IMPORT,
        RowFate.IMPORT,
        RowFate.DUPLICATE,
        RowFate.IMPORT,
        RowFate.REJECTED,
        RowFate.IMPORT,
    ]
    assert "5 akan diimpor" in dialog.summary.text() and "Belum ada yang disimpan" in dialog.summary.text()
    assert dialog.import_button.text() == "Impor 5 peserta"
    assert ui_context.session.attendees.counts() == before


def test_an_edited_mapping_is_previewed_again(dialog, ui_context, qtbot, tmp_path):
    load(qtbot, ui_context, dialog, write_xlsx(tmp_path / "kaltim.xlsx", KALTIM_ROWS))
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        dialog.set_mapping(6, None)  # ignore the email column
    assert ListField.EMAIL not in dialog.mapping().values()
    # the bad email is no longer read; what stays is the new organisation much like a registered one
    assert [line.warnings for line in dialog.report.warned] == [
        [
            "organisasi baru 'Dinas Perindustrian dan Perdagangan Prov. Kaltim' mirip dengan yang sudah terdaftar: "
            "Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Timur; bila sama, gabungkan"
        ]
    ]


def test_importing_writes_the_accepted_rows_and_the_screens_hear_of_it(dialog, ui_context, qtbot, tmp_path):
    load(qtbot, ui_context, dialog, write_xlsx(tmp_path / "kaltim.xlsx", KALTIM_ROWS))
    before = ui_context.session.attendees.counts()[0]
    heard = []
    ui_context.data_changed.connect(heard.append)
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        dialog.import_button.click()
    assert dialog.report.written and "Selesai" in dialog.summary.text()
    assert ui_context.session.attendees.counts()[0] == before + 5
    assert any("attendees" in tables for tables in heard)
    assert not dialog.import_button.isEnabled()
    assert [dialog.lines_model.line(r).code != "" for r in range(3)] == [True, True, True]


def test_a_password_protected_workbook_is_refused_with_a_message(dialog, ui_context, qtbot, tmp_path, monkeypatch):
    from eventdesk.ui.dialogs import import_dialog

    shown = []
    monkeypatch.setattr(import_dialog, "show_error", lambda parent, error: shown.append(error.message))
    load(qtbot, ui_context, dialog, write_encrypted_xlsx(tmp_path / "rahasia.xlsx"))
    assert shown and "kata sandi" in shown[0]
    assert not dialog.import_button.isEnabled()


def test_the_dialog_stays_open_while_its_worker_runs(dialog, ui_context, qtbot, tmp_path):
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        dialog.load(write_xlsx(tmp_path / "kaltim.xlsx", KALTIM_ROWS))
        dialog.close()
        assert dialog.isVisible() and "Tunggu" in dialog.summary.text()
    dialog.close()
    assert not dialog.isVisible()


def test_a_list_without_a_category_column_takes_the_category_chosen_in_the_dialog(
    dialog, ui_context, qtbot, tmp_path, monkeypatch
):
    import eventdesk.ui.dialogs.import_dialog as import_dialog
    from eventdesk.domain.enums import AttendeeCategory

    failures = []
    monkeypatch.setattr(import_dialog, "show_error", lambda *args, **kwargs: failures.append(args))
    source = write_xlsx(tmp_path / "tanpa-kategori.xlsx", [["Nama", "Instansi"], ["Uji Tanpa Kategori", "PT Uji"]])
    load(qtbot, ui_context, dialog, source)
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(AttendeeCategory.INVESTOR))
    assert failures == []
    assert dialog.lines_model.line(0).category is AttendeeCategory.INVESTOR
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        dialog.import_button.click()
    assert failures == [] and dialog.report.written
    [person] = ui_context.session.attendees.search("Uji Tanpa Kategori")
    assert person.category is AttendeeCategory.INVESTOR


def test_counts_of_a_long_list_are_grouped_as_staff_write_them(dialog, ui_context, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from tests.lists import write_csv

    rows = [["Nama", "Instansi"]] + [[f"Peserta Panjang {n}", f"CV Daftar {n % 30}"] for n in range(1_200)]
    load(qtbot, ui_context, dialog, write_csv(tmp_path / "panjang.csv", rows))
    assert "1.200 akan diimpor" in dialog.summary.text()
    assert dialog.import_button.text() == "Impor 1.200 peserta"

    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Selesai" in dialog.summary.text() and "1.200 diimpor" in dialog.summary.text()
    assert ui_context.session.attendees.counts()[0] >= 1_200
