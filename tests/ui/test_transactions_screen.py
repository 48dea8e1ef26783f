"""The Transaksi screen driven as staff use it: type, Enter, the deal is booked; filters, voids, corrections,
verification."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from eventdesk.domain.clock import in_zone
from eventdesk.domain.enums import TransactionStatus
from eventdesk.domain.filters import TransactionFilter
from eventdesk.ui.dialogs.void_dialog import VoidDialog
from eventdesk.ui.models.sort_proxy import ROW_ROLE
from eventdesk.ui.screens import transaction_form
from eventdesk.ui.screens.transactions import TransactionsScreen
from tests.outside import booked_total
from tests.ui.changes import settle


@pytest.fixture
def screen(ui_context, qtbot):
    widget = TransactionsScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_entry(qtbot, form, buyer, seller, value, *, commodity=""):
    form.buyer.combo.setFocus()
    qtbot.keyClicks(form.buyer.combo.lineEdit(), buyer)
    qtbot.keyClicks(form.seller.combo.lineEdit(), seller)
    qtbot.keyClicks(form.value.edit, value)
    if commodity:
        qtbot.keyClicks(form.commodity, commodity)


def test_enter_books_the_deal_clears_the_form_and_the_list_and_totals_follow(screen, qtbot, ui_context, demo_path):
    form = screen.form
    rows_before = screen.model.rowCount()
    form.sector.setCurrentIndex(form.sector.findText("Perikanan"))
    type_entry(qtbot, form, "PT Samudra Biru Mandiri", "Amplang Karya Etam", "1,5 M", commodity="Amplang ikan")
    settle()
    assert (
        "Rp1.500.000.000" in form.value.reading.text()
        and "satu miliar lima ratus juta rupiah" in form.value.reading.text()
    )

    qtbot.keyClick(form.value.edit, Qt.Key.Key_Return)

    assert form.buyer.combo.currentText() == "" and form.value.text() == "" and form.commodity.text() == ""
    assert "Tercatat Rp1.500.000.000" in form.status.text()
    settle()
    assert screen.model.rowCount() == rows_before + 1
    newest = screen.model.index(0, 0).data(ROW_ROLE)
    settle()
    assert (newest.buyer_name, newest.seller_name, newest.value_idr, newest.sector_name, newest.commodity) == (
        "PT Samudra Biru Mandiri",
        "Amplang Karya Etam",
        1_500_000_000,
        "Perikanan",
        "Amplang ikan",
    )
    settle()
    assert newest.operator == "Siti Rahayu"
    booked_at = in_zone(newest.created_at, ui_context.session.settings.get().timezone)
    shown = screen.model.index(0, screen.model.COL_TIME).data()
    assert shown == f"{booked_at:%d/%m} {booked_at:%H.%M}"  # the time as the status bar and documents write it
    assert "Rp667.500.000.000" in screen.totals_line.text()
    assert booked_total(demo_path) == 667_500_000_000


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0", "lebih dari nol"),
        ("-5 jt", "negatif"),
        ("lima juta", "tidak terbaca"),
        ("1.5.5", "pemisah ribuan"),
        ("", "belum diisi"),
    ],
)
def test_a_value_that_cannot_be_booked_is_refused_next_to_the_field(screen, qtbot, typed, message):
    rows = screen.model.rowCount()
    type_entry(qtbot, screen.form, "PT Samudra Biru Mandiri", "Amplang Karya Etam", typed)
    qtbot.keyClick(screen.form.note, Qt.Key.Key_Return)
    shown = [label for label in screen.form.findChildren(QLabel) if label.isVisible() and message in label.text()]
    assert len(shown) == 1  # said once, under the field (not by the field and again by the form)
    assert screen.form.value.edit.hasFocus()
    assert screen.form.value.edit.width() > 150  # the field keeps its width beside the message
    assert screen.model.rowCount() == rows
    assert screen.form.buyer.combo.currentText() == "PT Samudra Biru Mandiri"


@pytest.mark.parametrize(
    ("answer", "booked"), [(QMessageBox.StandardButton.No, 0), (QMessageBox.StandardButton.Yes, 1)]
)
def test_more_than_one_trillion_is_booked_only_after_confirmation(screen, qtbot, monkeypatch, answer, booked):
    asked = []
    monkeypatch.setattr(transaction_form.QMessageBox, "question", lambda *args: asked.append(args[2]) or answer)
    rows = screen.model.rowCount()
    type_entry(qtbot, screen.form, "PT Samudra Biru Mandiri", "Amplang Karya Etam", "2 T")
    qtbot.keyClick(screen.form.value.edit, Qt.Key.Key_Return)
    settle()
    assert len(asked) == 1 and "Rp2.000.000.000.000" in asked[0]
    assert screen.model.rowCount() == rows + booked


def test_a_new_buyer_typed_inline_is_registered_with_the_deal(screen, qtbot, ui_context):
    form = screen.form
    type_entry(qtbot, form, "Keripik Pisang Ibu Ani", "Amplang Karya Etam", "75 jt")
    settle()
    assert form.buyer.new_row.isVisible()
    form.buyer.kind_combo.setCurrentIndex(form.buyer.kind_combo.findText("UMKM"))
    form.buyer.region_combo.setCurrentIndex(form.buyer.region_combo.findText("Jawa Timur"))
    qtbot.keyClick(form.value.edit, Qt.Key.Key_Return)
    created = ui_context.session.organisations.find_by_name("Keripik Pisang Ibu Ani")
    settle()
    assert len(created) == 1 and created[0].region_name == "Jawa Timur" and created[0].kind.value == "umkm"
    assert screen.model.index(0, 0).data(ROW_ROLE).buyer_name == "Keripik Pisang Ibu Ani"


def _accept_void(monkeypatch, reason, replace):
    def exec_(dialog):
        dialog.reason_edit.setText(reason)
        dialog.replace_check.setChecked(replace)
        return VoidDialog.DialogCode.Accepted

    monkeypatch.setattr(VoidDialog, "exec", exec_)


def _select_first_booked(screen):
    for row in range(screen.model.rowCount()):
        transaction = screen.model.index(row, 0).data(ROW_ROLE)
        if transaction.status is TransactionStatus.BOOKED:
            screen.table.selectRow(row)
            return row, transaction
    raise AssertionError("no booked row")


def test_voiding_keeps_the_row_visible_struck_through_and_out_of_the_totals(screen, monkeypatch, ui_context):
    row, transaction = _select_first_booked(screen)
    _accept_void(monkeypatch, "Dobel input", replace=False)
    screen._handle_void()
    index = screen.model.index(row, 0)
    settle()
    assert index.data(ROW_ROLE).status is TransactionStatus.VOID
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Dobel input" in index.data(Qt.ItemDataRole.ToolTipRole)
    expected = 666_000_000_000 - transaction.value_idr
    settle()
    assert ui_context.session.figures.transaction_totals().total_idr == expected
    assert f"Rp{expected:,}".replace(",", ".") in screen.totals_line.text()


def test_a_correction_opens_the_form_filled_and_enter_voids_and_replaces_at_once(
    screen, qtbot, monkeypatch, ui_context
):
    _, old = _select_first_booked(screen)
    _accept_void(monkeypatch, "Salah ketik nilai", replace=True)
    screen._handle_correct()
    form = screen.form
    assert form.replacing.id == old.id and form.replace_banner.isVisible()
    assert form.buyer.choice() == old.buyer_id and form.value.value() == old.value_idr
    assert ui_context.session.transactions.get(old.id).status is TransactionStatus.BOOKED  # nothing changed yet

    form.value.edit.selectAll()
    qtbot.keyClicks(form.value.edit, "1 M")
    qtbot.keyClick(form.value.edit, Qt.Key.Key_Return)

    assert ui_context.session.transactions.get(old.id).status is TransactionStatus.VOID
    replacement = ui_context.session.transactions.replacement_of(old.id)
    assert (replacement.value_idr, replacement.buyer_id, replacement.seller_id) == (
        1_000_000_000,
        old.buyer_id,
        old.seller_id,
    )
    assert ui_context.session.figures.transaction_totals().total_idr == 666_000_000_000 - old.value_idr + 1_000_000_000
    assert not form.replace_banner.isVisible()


def test_escape_cancels_a_correction_and_leaves_the_deal_booked(screen, qtbot, monkeypatch, ui_context):
    _, old = _select_first_booked(screen)
    _accept_void(monkeypatch, "Ragu", replace=True)
    screen._handle_correct()
    qtbot.keyClick(screen.form.value.edit, Qt.Key.Key_Escape)
    assert screen.form.replacing is None
    assert ui_context.session.transactions.get(old.id).status is TransactionStatus.BOOKED


def test_filters_narrow_the_list_and_its_totals(screen, ui_context):
    everything = screen.model.rowCount()
    screen.sector_filter.setCurrentIndex(screen.sector_filter.findText("Perikanan"))
    expected = ui_context.session.figures.transaction_totals(
        TransactionFilter(sector_id=screen.sector_filter.currentData())
    )
    assert 0 < screen.model.rowCount() < everything
    assert all(
        screen.model.index(r, 0).data(ROW_ROLE).sector_name == "Perikanan" for r in range(screen.model.rowCount())
    )
    assert f"Total tercatat Rp{expected.total_idr:,}".replace(",", ".") in screen.totals_line.text()
    screen.status_filter.setCurrentIndex(2)  # void only
    assert all(
        screen.model.index(r, 0).data(ROW_ROLE).status is TransactionStatus.VOID for r in range(screen.model.rowCount())
    )
    screen.reset_filters()
    assert screen.model.rowCount() == everything


def test_search_finds_deals_by_commodity(screen, qtbot):
    screen.search.setText("udang")
    screen.search.search_now()
    rows = [screen.model.index(r, 0).data(ROW_ROLE) for r in range(screen.model.rowCount())]
    assert rows and all("udang" in t.commodity.lower() for t in rows)


def test_clicking_a_header_sorts_in_sql(screen):
    screen.table.sortByColumn(screen.model.COL_VALUE, Qt.SortOrder.AscendingOrder)
    values = [screen.model.index(r, 0).data(ROW_ROLE).value_idr for r in range(screen.model.rowCount())]
    assert values == sorted(values)


def test_a_supervisor_marks_deals_verified(screen, monkeypatch, ui_context):
    _, transaction = _select_first_booked(screen)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    screen._handle_verify()
    assert ui_context.session.transactions.get(transaction.id).verified_at is not None
    assert ui_context.session.figures.transaction_totals().verified.value_idr == transaction.value_idr


def test_the_direction_column_reads_in_region_codes_with_names_in_the_tooltip(screen):
    model = screen.model
    shown = {model.index(row, model.COL_DIRECTION).data() for row in range(model.rowCount())}
    assert shown == {"JATIM → KALTIM", "KALTIM → JATIM"}
    tooltip = model.index(0, model.COL_DIRECTION).data(Qt.ItemDataRole.ToolTipRole)
    assert "Jawa Timur → Kalimantan Timur" in tooltip or "Kalimantan Timur → Jawa Timur" in tooltip


def test_a_space_typed_in_the_sector_list_does_not_open_it_and_enter_still_books(screen, qtbot):
    rows = screen.model.rowCount()
    type_entry(qtbot, screen.form, "PT Samudra Biru Mandiri", "Amplang Karya Etam", "75 jt")
    screen.form.sector.setFocus()
    qtbot.keyClicks(screen.form.sector, "Perdagangan dan")  # typed as staff type a sector name
    assert not screen.form.sector.view().isVisible()
    qtbot.keyClick(screen.form.sector, Qt.Key.Key_Return)
    settle()
    assert screen.model.rowCount() == rows + 1


def test_ctrl_t_shows_the_deals_follow_ups_and_enter_records_the_next_call(screen, qtbot, ui_context, answer):
    from datetime import date

    from PySide6.QtCore import QDate

    from eventdesk.ui.dialogs.followup_dialog import FollowUpDialog

    _, deal = _select_first_booked(screen)
    ui_context.session.followups.record(deal.id, "in_negotiation", date(2025, 8, 8), note="Menunggu harga")
    screen.table.setFocus()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.findChild(FollowUpDialog) is not None)
    dialog = screen.findChild(FollowUpDialog)
    assert isinstance(dialog, FollowUpDialog) and dialog.deal.id == deal.id
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Masih negosiasi"
    assert dialog.table.item(0, 4).text() == "Menunggu harga"
    assert not dialog.value_field.isEnabled()  # negotiation carries no value

    dialog.date_edit.setDate(QDate(2025, 11, 8))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Terealisasi sebagian"))
    assert dialog.value_field.isEnabled()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # no value yet: refused at the field
    assert dialog.errors.messages()["value"] == "Tulis nilai yang terealisasi."
    qtbot.keyClicks(dialog.value_field.edit, "400 jt", delay=10)
    qtbot.keyClicks(dialog.note_edit, "Tahap pertama")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 2).text() == "Rp400.000.000"
    assert ui_context.session.followups.realised_idr() == 400_000_000
    assert ui_context.session.figures.transaction_totals().total_idr == 666_000_000_000  # what was booked stays
    assert dialog.note_edit.text() == "" and dialog.value_field.text() == ""

    qtbot.keyClicks(dialog.note_edit, "Telepon lagi")
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Escape)  # typed: asked first, and kept
    assert answer.asked == ["Tindak lanjut baru belum disimpan. Buang isiannya?"] and dialog.isVisible()
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
