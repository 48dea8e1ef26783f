"""Jadwal Penandatanganan driven through its widgets: register, form, conflicts, timeline, ceremony, PDFs."""

from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from eventdesk.domain.clock import in_zone, local_moment, utc_now
from eventdesk.domain.entries import PartyInput
from eventdesk.domain.enums import AgreementKind, AgreementStatus, OrganisationKind
from eventdesk.store import audit
from eventdesk.ui.dialogs import sign_dialog
from eventdesk.ui.models.agreement_table import AgreementTableModel
from tests.ui.changes import settle

DAY = date(2025, 5, 8)
ZONE = "Asia/Makassar"


@pytest.fixture
def screen(window):
    window.sidebar.setCurrentRow(3)
    return window.screens["schedule"]


@pytest.fixture
def by_number(ui_context):
    def find(prefix):
        return next(a for a in ui_context.session.agreements.list() if a.number.startswith(prefix))

    return find


def test_the_register_lists_every_agreement_in_schedule_order_and_filters_them(screen, qtbot):
    assert screen.count_label.text() == "14 dari 14 perjanjian"
    shown = screen.shown_agreements()
    assert [a.number[:3] for a in shown][:4] == ["001", "002", "003", "004"]
    assert shown[-1].status is AgreementStatus.DRAFT  # no slot: last
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(AgreementStatus.SIGNED))
    assert screen.count_label.text() == "9 dari 14 perjanjian"
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData(AgreementKind.CONTRACT))
    assert [a.number for a in screen.shown_agreements()] == ["005/KTR/SBM-MBS/V/2025", "006/KTR/SPN-KPTM/V/2025"]
    screen.status_filter.setCurrentIndex(0)
    screen.kind_filter.setCurrentIndex(0)
    screen.sector_filter.setCurrentIndex(screen.sector_filter.findText("Pariwisata Pesisir"))
    assert screen.count_label.text() == "4 dari 14 perjanjian"
    screen.sector_filter.setCurrentIndex(0)
    screen.organisation_filter.setCurrentIndex(screen.organisation_filter.findText("Kadin Provinsi Jawa Timur"))
    assert [a.number for a in screen.shown_agreements()] == ["004/PKS/KADIN/V/2025"]
    screen.organisation_filter.setCurrentIndex(0)
    with qtbot.waitSignal(screen.search.search, timeout=2000):
        qtbot.keyClicks(screen.search, "garam madura")
    assert [a.number for a in screen.shown_agreements()] == ["010/KTR/BSL-MGM/V/2025"]


def test_the_region_filter_keeps_agreements_with_a_party_from_that_region(screen):
    screen.region_filter.setCurrentIndex(screen.region_filter.findText("Kalimantan Timur"))
    shown = screen.shown_agreements()
    assert shown and all(any(p.region_name == "Kalimantan Timur" for p in a.parties) for a in shown)


def _fill_new(dialog, qtbot, title, parties):
    """Type the title and, for each party, the organisation and the signatory as a user would."""
    qtbot.keyClicks(dialog.title_edit, title)
    for row, (organisation, signatory) in zip(dialog.parties.rows, parties, strict=True):
        qtbot.keyClicks(row.organisation.combo.lineEdit(), organisation)
        if signatory:
            qtbot.keyClicks(row.signatory.combo.lineEdit(), signatory)


def _set_slot(dialog, hour, minute, spot, minutes=15):
    dialog.schedule_box.setChecked(True)
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("08/05/2025", "dd/MM/yyyy"))
    dialog.spot_combo.setCurrentText(spot)
    dialog.start_edit.setTime(QTime(hour, minute))
    dialog.end_edit.setTime(QTime(hour, minute).addSecs(minutes * 60))
    dialog.refresh_conflicts()


def test_a_new_agreement_shows_a_spot_clash_before_saving_and_saves_once_moved(
    screen, ui_context, qtbot, answer, by_number
):
    screen.new_action.trigger()
    dialog = screen.dialog
    settle()
    assert dialog.isVisible() and len(dialog.parties.rows) == 2
    _fill_new(
        dialog,
        qtbot,
        "Kerja Sama Kapal Wisata",
        [("Koperasi Wisata Pantai Manggar", None), ("Kopi Lereng Arjuno", None)],
    )
    first, second = dialog.parties.rows
    people = {a.full_name: a for a in ui_context.session.attendees.list()}
    manggar = next(a for a in people.values() if a.organisation_name == "Koperasi Wisata Pantai Manggar")
    arjuno = next(a for a in people.values() if a.organisation_name == "Kopi Lereng Arjuno")
    qtbot.keyClicks(first.signatory.combo.lineEdit(), manggar.full_name)
    qtbot.keyClicks(second.signatory.combo.lineEdit(), arjuno.full_name)
    settle()
    assert first.title_edit.text() == f"{manggar.title}, Koperasi Wisata Pantai Manggar"  # filled from the attendee
    _set_slot(dialog, 14, 5, "Panggung Utama")
    settle()
    assert (
        "Panggung Utama sudah dipakai 'Konektivitas Logistik Laut Surabaya – Balikpapan'"
        in dialog.conflicts_label.text()
    )

    dialog.save()
    settle()
    assert answer.asked and "Simpan juga?" in answer.asked[0]
    assert dialog.isVisible()
    assert screen.count_label.text() == "14 dari 14 perjanjian"

    _set_slot(dialog, 15, 30, "Panggung Utama")
    settle()
    assert dialog.conflicts_label.text() == "Tidak ada bentrok."
    dialog.save()
    settle()
    assert not dialog.isVisible()
    assert screen.count_label.text() == "15 dari 15 perjanjian"
    saved = screen.selected_agreement()
    settle()
    assert (saved.title, saved.status, saved.slot.spot) == (
        "Kerja Sama Kapal Wisata",
        AgreementStatus.SCHEDULED,
        "Panggung Utama",
    )
    settle()
    assert in_zone(saved.slot.starts_at, ZONE).strftime("%H.%M") == "15.30"
    assert [p.signatory_name for p in saved.parties] == [manggar.full_name, arjuno.full_name]


def test_a_signatory_in_two_overlapping_slots_is_shown_and_kept_only_on_a_yes(
    screen, ui_context, qtbot, answer, by_number
):
    planned = by_number("011")
    screen.select(planned.id)
    signatory = planned.parties[0]
    screen.new_action.trigger()
    dialog = screen.dialog
    _fill_new(
        dialog,
        qtbot,
        "Sewa Gudang Berpendingin",
        [(signatory.organisation_name, signatory.signatory_name), ("Kopi Lereng Arjuno", None)],
    )
    arjuno = next(a for a in ui_context.session.attendees.list() if a.organisation_name == "Kopi Lereng Arjuno")
    qtbot.keyClicks(dialog.parties.rows[1].signatory.combo.lineEdit(), arjuno.full_name)
    _set_slot(dialog, 14, 10, "Meja Penandatanganan 2")
    settle()
    assert (
        f"{signatory.signatory_name} juga menandatangani 'Konektivitas Logistik Laut Surabaya – Balikpapan'"
        in dialog.conflicts_label.text()
    )
    answer.reply = QMessageBox.StandardButton.Save
    dialog.save()
    settle()
    assert not dialog.isVisible()
    saved = dialog.saved
    slot_audit = audit.entries_for(ui_context.session.file, "slots", saved.slot.id)
    settle()
    assert slot_audit[0].reason.startswith("Disimpan meski bentrok")
    assert screen.model.data(
        screen.model.index(screen.model.row_of(saved.id), AgreementTableModel.COL_CONFLICTS)
    ).startswith(f"{signatory.signatory_name} juga menandatangani")
    settle()
    assert "2 perjanjian terjadwal bermasalah" in screen.warnings_label.text()


def test_outside_hours_and_a_party_without_signatory_are_shown_in_the_form(screen, qtbot):
    screen.new_action.trigger()
    dialog = screen.dialog
    _fill_new(
        dialog,
        qtbot,
        "Surat Minat Rumput Laut",
        [("Olahan Rumput Laut Bontang Lestari", None), ("Bandeng Presto Gresik Asri", None)],
    )
    _set_slot(dialog, 7, 30, "Meja Penandatanganan 2")
    text = dialog.conflicts_label.text()
    assert "di luar jam acara (08.00–17.00)" in text
    assert "Pihak Olahan Rumput Laut Bontang Lestari belum punya penanda tangan." in text
    assert "Pihak Bandeng Presto Gresik Asri belum punya penanda tangan." in text
    dialog.schedule_box.setChecked(False)
    dialog.refresh_conflicts()
    assert dialog.conflicts_label.text() == "Belum dijadwalkan."
    dialog.save()  # a draft without slot needs no signatory yet
    assert dialog.saved.status is AgreementStatus.DRAFT


def test_a_bad_value_or_an_unknown_signatory_is_shown_next_to_its_field_and_nothing_is_written(
    screen, ui_context, qtbot
):
    before = len(ui_context.session.agreements.list())
    screen.new_action.trigger()
    dialog = screen.dialog
    _fill_new(
        dialog,
        qtbot,
        "Nilai Salah",
        [("Kopi Lereng Arjuno", "Orang Yang Tidak Terdaftar"), ("Amplang Karya Etam", None)],
    )
    qtbot.keyClicks(dialog.value_field.edit, "1.5 M")
    dialog.save()
    assert "pemisah ribuan" in dialog.errors.messages()["value"]
    dialog.value_field.set_text("1,5 M")
    dialog.save()
    assert "'Orang Yang Tidak Terdaftar' bukan peserta terdaftar" in dialog.errors.messages()["parties"]
    dialog.parties.rows[0].signatory.clear()
    dialog.title_edit.clear()
    dialog.save()
    assert dialog.errors.messages()["title"] == "Judul perjanjian wajib diisi."
    assert len(ui_context.session.agreements.list()) == before


def test_esc_on_a_filled_agreement_form_asks_before_throwing_the_typing_away(screen, qtbot, answer):
    screen.new_action.trigger()
    dialog = screen.dialog
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)  # nothing typed yet: closes without a question
    assert not dialog.isVisible() and answer.asked == []

    screen.new_action.trigger()
    dialog = screen.dialog
    qtbot.keyClicks(dialog.title_edit, "Kerja Sama Rumput Laut")
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert answer.asked == ["Perjanjian belum disimpan. Buang isiannya?"]
    assert dialog.isVisible() and dialog.title_edit.text() == "Kerja Sama Rumput Laut"
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(answer.asked) == 2


def test_editing_the_times_in_the_form_moves_the_slot(screen, ui_context, by_number, qtbot):
    planned = by_number("010")
    screen.select(planned.id)
    screen.edit_action.trigger()
    dialog = screen.dialog
    dialog.start_edit.setTime(QTime(16, 0))
    assert dialog.end_edit.time() == QTime(16, 20)  # the slot keeps its length
    dialog.refresh_conflicts()
    assert dialog.conflicts_label.text() == "Tidak ada bentrok."
    dialog.save()
    moved = ui_context.session.agreements.get(planned.id)
    assert (
        in_zone(moved.slot.starts_at, ZONE).strftime("%H.%M-") + in_zone(moved.slot.ends_at, ZONE).strftime("%H.%M")
        == "16.00-16.20"
    )


# --- the timeline ----------------------------------------------------------------------------------


def _viewport_point(timeline, moment, spot):
    return timeline.mapFromScene(timeline.scene_point(moment, spot))


def _drag(qtbot, timeline, start, end):
    viewport = timeline.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, pos=start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_block_onto_a_busy_spot_shows_the_clash_and_keeps_it_only_on_a_yes(
    screen, ui_context, by_number, qtbot, answer
):
    screen.tabs.setCurrentIndex(1)
    timeline = screen.timeline
    salt, logistics = by_number("010"), by_number("011")
    assert timeline.block_for(salt.id).agreement.slot.spot == "Meja Penandatanganan 1"
    timeline.ensureVisible(timeline.block_for(salt.id))
    seen = []
    timeline.probing.connect(seen.append)
    start = _viewport_point(timeline, salt.slot.starts_at, "Meja Penandatanganan 1")
    end = _viewport_point(timeline, logistics.slot.starts_at, "Panggung Utama")
    _drag(qtbot, timeline, start, end)
    assert any(
        conflicts and "Panggung Utama sudah dipakai 'Konektivitas Logistik" in conflicts[0].message
        for conflicts in seen
        if conflicts
    )
    assert seen[-1] is None
    assert answer.asked and "Panggung Utama sudah dipakai" in answer.asked[0]
    assert ui_context.session.agreements.get(salt.id).slot.spot == "Meja Penandatanganan 1"  # answered No

    timeline.ensureVisible(timeline.block_for(salt.id))
    start = _viewport_point(timeline, salt.slot.starts_at, "Meja Penandatanganan 1")
    later = salt.slot.starts_at + timedelta(hours=1, minutes=30)
    _drag(qtbot, timeline, start, _viewport_point(timeline, later, "Meja Penandatanganan 2"))
    moved = ui_context.session.agreements.get(salt.id)
    assert (moved.slot.spot, moved.slot.starts_at, moved.slot.ends_at - moved.slot.starts_at) == (
        "Meja Penandatanganan 2",
        later,
        timedelta(minutes=20),
    )
    assert screen.probe_label.text() == ""


def test_a_signed_block_does_not_move_and_a_click_opens_the_agreement(screen, ui_context, by_number, qtbot):
    screen.tabs.setCurrentIndex(1)
    timeline = screen.timeline
    signed = by_number("001")
    timeline.ensureVisible(timeline.block_for(signed.id))
    start = _viewport_point(timeline, signed.slot.starts_at, "Panggung Utama")
    _drag(qtbot, timeline, start, start + QPoint(0, 200))
    assert ui_context.session.agreements.get(signed.id).slot == signed.slot
    assert (
        screen.dialog is not None and screen.dialog.agreement.id == signed.id
    )  # a press and release without a move: opened
    assert not screen.dialog.parties.rows[0].organisation.isEnabled()  # parties of a signed agreement are locked
    screen.dialog.reject()
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert screen.dialog.isVisible() and screen.selected_agreement().id == signed.id


# --- the ceremony ----------------------------------------------------------------------------------


def test_mark_signed_with_a_substitute_needs_a_note_and_updates_register_and_fingerprint(
    screen, ui_context, by_number, qtbot, answer
):
    planned = by_number("010")
    before = screen.fingerprint_label.text()
    screen.select(planned.id)
    screen.sign_action.trigger()
    dialog = screen.dialog
    deputy = next(
        a
        for a in ui_context.session.attendees.list()
        if a.organisation_id == planned.parties[0].organisation_id
        and a.id != planned.parties[0].signatory_id
        and not a.checked_in  # a deputy who has not been through the desk yet
    )
    dialog.boxes[0].picker.clear()
    qtbot.keyClicks(dialog.boxes[0].picker.combo.lineEdit(), deputy.full_name)
    settle()
    assert dialog.boxes[0].note_edit.isEnabled()
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("08/05/2025", "dd/MM/yyyy"))
    dialog.time_edit.setTime(QTime(14, 7))
    dialog._handle_save()
    settle()
    assert "tulis catatan penggantiannya" in dialog.errors.messages()["substitute_note"]
    qtbot.keyClicks(dialog.boxes[0].note_edit, "Direktur Utama sakit")
    assert not deputy.checked_in
    answer.reply = QMessageBox.StandardButton.No  # not yet: the deputy has not been through the desk
    dialog._handle_save()
    assert answer.asked == [
        f"Belum tercatat hadir:\n• {deputy.full_name} ({deputy.code})\n\nCheck-in sekarang lalu "
        "tandai ditandatangani? (Tidak: kembali, misalnya untuk memilih pengganti dengan catatan.)"
    ]
    assert dialog.isVisible() and ui_context.session.agreements.get(planned.id).status is not AgreementStatus.SIGNED
    assert not ui_context.session.attendees.get(deputy.id).checked_in
    answer.reply = QMessageBox.StandardButton.Yes
    dialog._handle_save()
    settle()
    assert not dialog.isVisible()
    assert ui_context.session.attendees.get(deputy.id).checked_in  # checked in, then signed
    signed = ui_context.session.agreements.get(planned.id)
    settle()
    assert signed.status is AgreementStatus.SIGNED
    assert in_zone(signed.signed_at, ZONE).strftime("%d/%m %H.%M") == "08/05 14.07"
    assert (signed.parties[0].signer_name, signed.parties[0].substitute_note) == (
        deputy.full_name,
        "Direktur Utama sakit",
    )
    settle()
    assert screen.selected_agreement().status is AgreementStatus.SIGNED
    assert screen.fingerprint_label.text() != before and "(10 ditandatangani)" in screen.fingerprint_label.text()
    assert ui_context.session.agreements.signed_summary().fingerprint in screen.fingerprint_label.text()


def test_a_signing_marked_after_the_event_defaults_to_its_slot_and_another_day_is_warned_and_asked(
    screen, ui_context, by_number, qtbot, monkeypatch, answer
):
    after_the_event = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)
    monkeypatch.setattr(sign_dialog, "utc_now", lambda: after_the_event)
    planned = by_number("010")
    screen.select(planned.id)
    screen.sign_action.trigger()
    dialog = screen.dialog
    slot_start = in_zone(planned.slot.starts_at, ZONE)
    assert (dialog.date_edit.date().toString("dd/MM/yyyy"), dialog.time_edit.time().toString("HH:mm")) == (
        slot_start.strftime("%d/%m/%Y"),
        slot_start.strftime("%H:%M"),
    )
    assert not dialog.day_warning.isVisible()

    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)  # "Sekarang": today, not an event day
    assert dialog.day_warning.isVisible()
    assert dialog.day_warning.text() == "5 Desember 2026 bukan hari acara (Kamis, 8 Mei 2025)."
    answer.reply = QMessageBox.StandardButton.No
    dialog._handle_save()
    assert dialog.isVisible() and "5 Desember 2026, bukan hari acara" in answer.asked[-1]
    assert ui_context.session.agreements.get(planned.id).status is not AgreementStatus.SIGNED
    answer.reply = QMessageBox.StandardButton.Yes
    dialog._handle_save()
    assert not dialog.isVisible()
    assert in_zone(ui_context.session.agreements.get(planned.id).signed_at, ZONE).date() == date(2026, 12, 5)


def test_a_signing_marked_during_the_event_defaults_to_now(screen, by_number, monkeypatch):
    monkeypatch.setattr(sign_dialog, "utc_now", lambda: datetime(2025, 5, 8, 6, 41, tzinfo=UTC))  # 14.41 there
    screen.select(by_number("010").id)
    screen.sign_action.trigger()
    dialog = screen.dialog
    assert dialog.date_edit.date().toString("dd/MM/yyyy") == "08/05/2025"
    assert dialog.time_edit.time().toString("HH:mm") == "14:41" and not dialog.day_warning.isVisible()


def test_undoing_a_signing_asks_a_reason_and_puts_the_agreement_back_on_the_schedule(
    screen, ui_context, by_number, qtbot
):
    signed = by_number("005")
    screen.select(signed.id)
    settle()
    assert screen.unsign_action.isEnabled() and not screen.sign_action.isEnabled()
    screen.unsign_action.trigger()
    dialog = screen.dialog
    settle()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Dicatat pada perjanjian yang salah")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    undone = ui_context.session.agreements.get(signed.id)
    settle()
    assert (undone.status, undone.status_note) == (AgreementStatus.SCHEDULED, "Dicatat pada perjanjian yang salah")
    assert (
        audit.entries_for(ui_context.session.file, "agreements", signed.id)[-1].reason
        == "Dicatat pada perjanjian yang salah"
    )
    settle()
    assert "(8 ditandatangani)" in screen.fingerprint_label.text()


def test_postpone_cancel_and_reopen_each_take_a_reason(screen, ui_context, by_number, qtbot):
    planned = by_number("011")
    screen.select(planned.id)
    screen.postpone_action.trigger()
    qtbot.keyClicks(screen.dialog.reason_edit, "Gubernur terlambat")
    screen.dialog._handle_accept()
    settle()
    assert ui_context.session.agreements.get(planned.id).status is AgreementStatus.POSTPONED
    screen.select(planned.id)
    screen.cancel_action.trigger()
    qtbot.keyClicks(screen.dialog.reason_edit, "Digabung dengan MoU lain")
    screen.dialog._handle_accept()
    settle()
    assert ui_context.session.agreements.get(planned.id).status is AgreementStatus.CANCELLED
    screen.select(planned.id)
    settle()
    assert screen.reopen_action.isEnabled()
    screen.reopen_action.trigger()
    qtbot.keyClicks(screen.dialog.reason_edit, "Batal digabung")
    screen.dialog._handle_accept()
    reopened = ui_context.session.agreements.get(planned.id)
    settle()
    assert (reopened.status, reopened.slot) == (AgreementStatus.DRAFT, None)


def test_on_the_day_the_next_slots_signatory_not_checked_in_is_warned_about(screen, ui_context, qtbot):
    session = ui_context.session
    a, b = (
        session.organisations.add("PT Hari Ini", OrganisationKind.COMPANY),
        session.organisations.add("CV Besok", OrganisationKind.COMPANY),
    )
    late = session.attendees.register("Rahmat Terlambat", "buyer", organisation_id=a.id)
    here = session.attendees.register("Siti Tepat Waktu", "seller", organisation_id=b.id)
    session.attendees.check_in(here.code)
    today = in_zone(utc_now(), ZONE).date()
    settings = session.settings.get()
    settings.end_date = max(settings.end_date, today)
    session.settings.save(settings)
    agreement = session.agreements.create(
        "loi", "Minat Hari Ini", [PartyInput(a.id, late.id), PartyInput(b.id, here.id)]
    )
    start = local_moment(today, 23, 0, ZONE)
    session.agreements.schedule(
        agreement.id, start, start + timedelta(minutes=15), "Panggung Utama", accept_conflicts=True
    )
    settle()
    assert "Rahmat Terlambat (PT Hari Ini) belum check-in untuk 'Minat Hari Ini'" in screen.warnings_label.text()
    assert "Siti Tepat Waktu" not in screen.warnings_label.text()
    session.attendees.check_in(late.code)
    settle()
    assert "Rahmat Terlambat" not in screen.warnings_label.text()


# --- reports ---------------------------------------------------------------------------------------


def test_the_run_sheet_is_made_off_the_ui_thread_and_previewed(screen, ui_context, qtbot):
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        screen.run_sheet_action.trigger()
        assert not screen.run_sheet_action.isEnabled()
    qtbot.waitUntil(lambda: screen.last_report is not None)
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(screen.last_report).pages).split())
    assert "Panggung Utama" in text and "Konektivitas Logistik Laut Surabaya – Balikpapan" in text
    previews = [w for w in QApplication.topLevelWidgets() if w.objectName() == "pdf_preview" and w.isVisible()]
    assert previews and previews[0].document.pageCount() == len(PdfReader(screen.last_report).pages)
    for preview in previews:
        preview.close()


def test_the_reports_screen_makes_the_signed_summary(window, ui_context, qtbot):
    reports = window.screens["reports"]
    window.sidebar.setCurrentRow(6)
    assert reports.buttons["agreements"].isEnabled() and reports.buttons["schedule"].isEnabled()
    with qtbot.waitSignal(ui_context.tasks.idle, timeout=30000):
        qtbot.mouseClick(reports.buttons["agreements"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.last_output is not None)
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(reports.last_output).pages).split())
    assert f"Sidik isi: {ui_context.session.agreements.signed_summary().fingerprint}" in text
    assert "Jumlah 9 4 Rp232.500.000.000" in text
    for preview in [w for w in QApplication.topLevelWidgets() if w.objectName() == "pdf_preview"]:
        preview.close()


def test_the_screen_follows_the_language(window, screen):
    window.set_language("en")
    assert screen.tabs.tabText(1) == "Timeline"
    assert screen.sign_action.text() == "Mark signed…"
    assert screen.model.headerData(AgreementTableModel.COL_CONFLICTS, Qt.Orientation.Horizontal) == "Conflicts"
    window.set_language("id")
    assert screen.tabs.tabText(1) == "Linimasa"
