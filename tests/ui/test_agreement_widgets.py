"""The attendee picker, the parties editor and the timeline layout, on their own."""

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from eventdesk.domain.clock import local_moment
from eventdesk.domain.entries import NewOrganisation
from eventdesk.domain.enums import AgreementKind, AgreementStatus, AttendeeCategory, OrganisationKind, SpotKind
from eventdesk.domain.models import Agreement, Attendee, EventSettings, Organisation, Region, Slot, Spot
from eventdesk.ui.widgets.attendee_picker import AttendeePicker, ListSource
from eventdesk.ui.widgets.parties_editor import PartiesEditor
from eventdesk.ui.widgets.schedule_timeline import ScheduleTimeline

REGIONS = [Region("r1", "Jawa Timur"), Region("r2", "Kalimantan Timur")]
ORGANISATIONS = [
    Organisation("o1", "Dinas Kelautan dan Perikanan Jatim", OrganisationKind.GOVERNMENT, "r1", "Jawa Timur"),
    Organisation("o2", "PT Mahakam Bahari", OrganisationKind.COMPANY, "r2", "Kalimantan Timur"),
]
PEOPLE = [
    Attendee(
        "a1",
        "8P-0001",
        "Budi Santoso",
        AttendeeCategory.VIP,
        title="Kepala Dinas",
        organisation_id="o1",
        organisation_name=ORGANISATIONS[0].name,
    ),
    Attendee(
        "a2",
        "8P-0002",
        "Đặng Thị Ngọc Ánh",
        AttendeeCategory.INVESTOR,
        title="Direktur",
        organisation_id="o2",
        organisation_name="PT Mahakam Bahari",
    ),
    Attendee("a3", "8P-0003", "Siti Rahayu", AttendeeCategory.SELLER),
    Attendee("a4", "8P-0004", "Siti Rahayu", AttendeeCategory.BUYER),
]


def completions(picker):
    model = picker.completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_picker_completes_on_any_part_of_the_line_and_knows_only_registered_people(qtbot):
    picker = AttendeePicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.set_attendees(PEOPLE)
    qtbot.keyClicks(picker.combo.lineEdit(), "mahakam")
    assert completions(picker) == ["Đặng Thị Ngọc Ánh (8P-0002) — Direktur · PT Mahakam Bahari"]
    popup = picker.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # chosen from the list with the keys
    assert picker.attendee_id() == "a2"
    picker.clear()
    qtbot.keyClicks(picker.combo.lineEdit(), "budi santoso")
    assert picker.attendee_id() == "a1" and picker.hint.isHidden()
    picker.clear()
    qtbot.keyClicks(picker.combo.lineEdit(), "Siti Rahayu")
    assert picker.attendee_id() is None  # two people of that name: the code must decide
    assert picker.hint.isVisible()
    picker.set_attendee("a4")
    assert picker.attendee_id() == "a4" and picker.combo.currentText().startswith("Siti Rahayu (8P-0004)")


def test_choosing_a_signatory_fills_the_organisation_and_the_title_under_the_signature(qtbot):
    editor = PartiesEditor()
    qtbot.addWidget(editor)
    editor.set_choices(ORGANISATIONS, REGIONS, ListSource(PEOPLE))
    editor.set_parties([])
    first = editor.rows[0]
    qtbot.keyClicks(first.signatory.combo.lineEdit(), "Budi Santoso")
    assert first.organisation.choice() == "o1"
    assert first.title_edit.text() == "Kepala Dinas, Dinas Kelautan dan Perikanan Jatim"
    first.title_edit.setText("Kepala Dinas Kelautan dan Perikanan Provinsi Jawa Timur")
    first.signatory.set_attendee("a2")
    assert first.title_edit.text() == "Kepala Dinas Kelautan dan Perikanan Provinsi Jawa Timur"  # typed by hand: kept


def test_a_signatory_registered_with_another_organisation_is_pointed_out_not_refused(qtbot):
    editor = PartiesEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_choices(ORGANISATIONS, REGIONS, ListSource(PEOPLE))
    editor.set_parties([])
    first = editor.rows[0]
    first.organisation.set_organisation("o2")
    qtbot.keyClicks(first.signatory.combo.lineEdit(), "Budi Santoso")
    assert not first.elsewhere_hint.isHidden()
    assert first.elsewhere_hint.text() == (
        "Budi Santoso terdaftar di Dinas Kelautan dan Perikanan Jatim, bukan di PT Mahakam Bahari. "
        "Benar ia menandatangani untuk pihak ini?"
    )
    assert first.choice().signatory_id == "a1"  # a warning: the choice stands
    first.organisation.set_organisation("o1")
    assert first.elsewhere_hint.isHidden()


def test_the_exact_name_at_the_partys_organisation_is_the_first_completion(qtbot):
    governor = Attendee(
        "g1",
        "8P-0101",
        "Dr. H. Akhmad Yusran Hasanuddin",
        AttendeeCategory.VIP,
        title="Gubernur",
        organisation_id="o2",
        organisation_name="PT Mahakam Bahari",
    )
    director = Attendee(
        "y1", "8P-0102", "Yusran Hasanuddin", AttendeeCategory.SELLER, organisation_id="o1", organisation_name="DKP"
    )
    editor = PartiesEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_choices(ORGANISATIONS, REGIONS, ListSource([governor, *PEOPLE, director]))
    editor.set_parties([])
    first = editor.rows[0]
    first.organisation.set_organisation("o1")
    qtbot.keyClicks(first.signatory.combo.lineEdit(), "yusran hasan", delay=20)
    assert [line.split(" (")[0] for line in completions(first.signatory)] == [
        "Yusran Hasanuddin",
        "Dr. H. Akhmad Yusran Hasanuddin",
    ]
    first.signatory.clear()
    first.organisation.set_organisation("o2")  # the Governor's party: he comes first
    qtbot.keyClicks(first.signatory.combo.lineEdit(), "yusran")
    assert completions(first.signatory)[0].startswith("Dr. H. Akhmad Yusran Hasanuddin")


def test_parties_can_be_reordered_removed_and_typed_in_new(qtbot):
    editor = PartiesEditor()
    qtbot.addWidget(editor)
    editor.set_choices(ORGANISATIONS, REGIONS, ListSource(PEOPLE))
    editor.set_parties([])
    qtbot.keyClicks(editor.rows[0].organisation.combo.lineEdit(), "PT Mahakam Bahari")
    qtbot.keyClicks(editor.rows[1].organisation.combo.lineEdit(), "Koperasi Baru Sekali")
    editor.add_row()
    assert [row.role_label.text() for row in editor.rows] == [
        "<b>Pihak Pertama</b>",
        "<b>Pihak Kedua</b>",
        "<b>Pihak Ketiga</b>",
    ]
    assert not editor.rows[0].up_button.isEnabled() and not editor.rows[2].down_button.isEnabled()
    editor.rows[1].up_button.click()
    choices = editor.choices()  # the blank row is left out
    assert [c.organisation for c in choices] == [
        NewOrganisation("Koperasi Baru Sekali", OrganisationKind.UMKM, None),
        "o2",
    ]
    editor.rows[0].remove_button.click()
    assert len(editor.rows) == 2 and [c.organisation for c in editor.choices()] == ["o2"]


def test_overlapping_slots_of_one_spot_are_drawn_side_by_side(qtbot):
    settings = EventSettings(
        name="Misi",
        timezone="Asia/Makassar",
        day_start=time(8),
        day_end=time(17),
        spots=[Spot("Panggung", SpotKind.STAGE), Spot("Meja 1")],
    )
    ten = local_moment(date(2025, 5, 8), 10, 0, "Asia/Makassar")

    def placed(id_, start, minutes, spot):
        return Agreement(
            id_,
            AgreementKind.MOU,
            id_,
            AgreementStatus.SCHEDULED,
            slot=Slot(id_, id_, start, start + timedelta(minutes=minutes), spot),
        )

    timeline = ScheduleTimeline()
    qtbot.addWidget(timeline)
    agreements = [
        placed("a", ten, 30, "Meja 1"),
        placed("b", ten + timedelta(minutes=15), 30, "Meja 1"),
        placed("c", ten, 15, "Panggung"),
    ]
    timeline.set_schedule(agreements, settings, date(2025, 5, 8), {})
    a, b, c = (timeline.block_for(key).rect() for key in "abc")
    assert a.width() == b.width() < c.width()
    assert b.left() > a.left() and a.top() < b.top()
    assert timeline.spot_at(c.center().x()) == "Panggung" and timeline.spot_at(a.center().x()) == "Meja 1"
    assert timeline.moment_at(a.top()) == ten


def test_tab_goes_down_the_agreement_form_party_by_party(ui_context, qtbot):
    from eventdesk.ui.dialogs.agreement_dialog import AgreementDialog

    dialog = AgreementDialog(ui_context.session)
    qtbot.addWidget(dialog)
    dialog.parties.add_row()
    rows = dialog.parties.rows
    expected = [
        rows[0].organisation.combo,
        rows[0].signatory.combo,
        rows[0].title_edit,
        rows[1].organisation.combo,
        rows[1].signatory.combo,
        rows[1].title_edit,
        rows[2].organisation.combo,
        rows[2].signatory.combo,
        rows[2].title_edit,
        dialog.parties.add_button,
        dialog.witnesses_edit,
    ]
    visited, widget = [], dialog.value_field.edit
    while len(visited) < len(expected):
        widget = widget.nextInFocusChain()
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        field = next(
            (w for w in expected if w is widget or w.isAncestorOf(widget)), widget
        )  # a combo's own line edit is the combo
        if not visited or visited[-1] is not field:
            visited.append(field)
    assert visited == expected


def test_the_agreement_form_reads_no_list_of_everyone_and_finds_a_signatory_as_it_is_typed(
    ui_context, qtbot, monkeypatch
):
    from eventdesk.ui.dialogs.agreement_dialog import AgreementDialog

    def everyone():
        raise AssertionError("the form read every attendee (a second at 20,000) instead of searching")

    monkeypatch.setattr(ui_context.session.attendees, "list", everyone)
    dialog = AgreementDialog(ui_context.session)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.parties.rows[0].signatory
    picker.setFocus()
    person = ui_context.session.attendees.search("ardiansyah", 1)[0]
    qtbot.keyClicks(picker.combo.lineEdit(), person.full_name.split()[0], delay=20)  # a person's speed
    lines = completions(picker)
    assert any(line.startswith(f"{person.full_name} ({person.code})") for line in lines)
    assert 0 < len(lines) <= 50
    picker.clear()
    qtbot.keyClicks(picker.combo.lineEdit(), person.code)  # a badge code, at a scanner's speed
    assert completions(picker)[0].startswith(f"{person.full_name} ({person.code})")
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)
    assert picker.attendee_id() == person.id and picker.hint.isHidden()
