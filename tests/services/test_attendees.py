"""Registering attendees at the desk and checking them in by their badge code."""

from datetime import UTC, datetime

import pytest

from eventdesk.domain.codes import desk_tag
from eventdesk.domain.entries import NewOrganisation
from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.errors import DuplicateAttendee, InvalidValue, NotAllowed, NotFound
from eventdesk.store.audit import entries_for
from tests.outside import scalar


def _written(session):
    """How many attendees and audit rows the file holds: a refusal must change neither."""
    conn = session.file.conn
    return conn.execute("SELECT (SELECT count(*) FROM attendees), (SELECT count(*) FROM audit_log)").fetchone()


@pytest.fixture
def organisation(session):
    jatim = session.settings.regions()[0]
    return session.organisations.add("Kopi Lereng Arjuno", OrganisationKind.UMKM, jatim.id)


def test_a_registered_attendee_gets_this_desks_next_code_and_a_normalised_phone(session, actor, organisation):
    first = session.attendees.register(
        "Budi Santoso",
        "seller",
        organisation_id=organisation.id,
        title="Pemilik",
        phone="0812-3456-7890",
        email="budi@contoh.co.id",
    )
    second = session.attendees.register("Siti Rahayu", AttendeeCategory.BUYER)

    tag = desk_tag(actor.desk_id)
    assert (first.code, second.code) == (f"{tag}-0001", f"{tag}-0002")
    assert (first.full_name, first.category, first.phone, first.email) == (
        "Budi Santoso",
        AttendeeCategory.SELLER,
        "+6281234567890",
        "budi@contoh.co.id",
    )
    assert (first.organisation_name, first.region_name, first.checked_in) == ("Kopi Lereng Arjuno", "Jawa Timur", False)
    assert [a.full_name for a in session.attendees.list()] == ["Budi Santoso", "Siti Rahayu"]


def test_the_badge_phone_and_email_columns_are_what_outside_scripts_expect(session):
    attendee = session.attendees.register("Budi Santoso", "seller", phone="81234567890", email="budi@contoh.co.id")
    session.close()
    assert (
        scalar(session.path, "SELECT json_array(full_name, code, phone, email, checked_in_at) FROM attendees")
        == f'["Budi Santoso","{attendee.code}","+6281234567890","budi@contoh.co.id",null]'
    )


def test_registering_the_same_phone_typed_differently_is_refused_as_a_duplicate(session):
    first = session.attendees.register("Budi Santoso", "seller", phone="0812-3456-7890")
    before = _written(session)

    with pytest.raises(DuplicateAttendee) as refused:
        session.attendees.register("Budi S.", "buyer", phone="+62 812 3456 7890")

    assert (refused.value.existing_id, refused.value.field) == (first.id, "phone")
    assert first.code in refused.value.message and "Budi Santoso" in refused.value.message
    assert _written(session) == before


def test_registering_the_same_email_in_other_letters_is_refused_as_a_duplicate(session):
    first = session.attendees.register("Budi Santoso", "seller", email="budi@contoh.co.id")
    before = _written(session)

    with pytest.raises(DuplicateAttendee) as refused:
        session.attendees.register("Budi Santoso", "seller", email="BUDI@Contoh.co.id")

    assert (refused.value.existing_id, refused.value.field) == (first.id, "email")
    assert _written(session) == before


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"full_name": "   "}, "full_name"),
        ({"category": "tamu"}, "category"),
        ({"phone": "08123"}, "phone"),
        ({"email": "budi@"}, "email"),
        ({"organisation_id": "no-such-organisation"}, "organisation"),
        ({"region_id": "no-such-region"}, "region"),
    ],
)
def test_a_registration_with_a_bad_field_is_refused_on_that_field_and_writes_nothing(session, fields, field):
    values = {"full_name": "Budi Santoso", "category": "seller"} | fields
    before = _written(session)
    with pytest.raises(InvalidValue) as refused:
        session.attendees.register(values.pop("full_name"), values.pop("category"), **values)
    assert refused.value.field == field
    assert _written(session) == before


def test_check_in_by_a_scanned_code_records_time_desk_and_operator(session, actor):
    attendee = session.attendees.register("Budi Santoso", "seller")
    arrived = datetime(2025, 5, 8, 0, 15, tzinfo=UTC)

    result = session.attendees.check_in(attendee.code, at=arrived)

    assert result.already is False
    checked = result.attendee
    assert (
        checked.checked_in_at,
        checked.checked_in_desk_id,
        checked.checked_in_desk_label,
        checked.checked_in_by,
    ) == (
        arrived,
        actor.desk_id,
        actor.desk_label,
        actor.operator,
    )
    assert session.attendees.counts() == (1, 1)


def test_check_in_reads_a_code_typed_in_lower_case_with_a_space(session):
    attendee = session.attendees.register("Budi Santoso", "seller")
    tag, number = attendee.code.split("-")
    assert session.attendees.check_in(f" {tag.lower()} {int(number)}\n").attendee.id == attendee.id


def test_check_in_refuses_unknown_code(session):
    session.attendees.register("Budi Santoso", "seller")
    before = _written(session)
    with pytest.raises(NotFound, match="ZZ-9999"):
        session.attendees.check_in("ZZ-9999")
    assert _written(session) == before
    assert session.attendees.counts() == (1, 0)


def test_a_second_check_in_says_already_and_changes_nothing(session):
    attendee = session.attendees.register("Budi Santoso", "seller")
    first = session.attendees.check_in(attendee.code)
    before = _written(session)

    second = session.attendees.check_in(attendee.code)

    assert second.already is True
    assert second.attendee.checked_in_at == first.attendee.checked_in_at
    assert _written(session) == before


# --- probable duplicates, organisation choice, edits, deletion, undo -----------------------------


def test_a_near_identical_name_in_the_same_organisation_is_a_probable_duplicate_until_confirmed(session, organisation):
    first = session.attendees.register("Ir. Bambang Sutrisno, M.T.", "government", organisation_id=organisation.id)
    before = _written(session)

    with pytest.raises(DuplicateAttendee) as refused:
        session.attendees.register("Bambang Sutrisno", "government", organisation_id=organisation.id)

    assert (refused.value.probable, refused.value.existing_id, refused.value.field) == (True, first.id, "full_name")
    assert "Kopi Lereng Arjuno" in refused.value.message
    assert _written(session) == before
    second = session.attendees.register(
        "Bambang Sutrisno", "government", organisation_id=organisation.id, different_person=True
    )
    assert second.code != first.code


def test_a_name_in_the_old_spelling_is_the_same_person_as_in_todays(session, organisation):
    first = session.attendees.register("Agus Hidayat", "seller", organisation_id=organisation.id)
    with pytest.raises(DuplicateAttendee) as refused:
        session.attendees.register("Agoes Hidajat", "seller", organisation_id=organisation.id)
    assert (refused.value.probable, refused.value.existing_id) == (True, first.id)
    assert "Agus Hidayat" in refused.value.message


def test_the_same_name_in_another_organisation_is_another_person(session, organisation):
    other = session.organisations.add("PT Lain Sekali", OrganisationKind.COMPANY)
    session.attendees.register("Budi Santoso", "seller", organisation_id=organisation.id)
    assert (
        session.attendees.register("Budi Santoso", "seller", organisation_id=other.id).organisation_name
        == "PT Lain Sekali"
    )


def test_an_exact_duplicate_is_refused_even_when_confirmed_as_another_person(session):
    session.attendees.register("Budi Santoso", "seller", phone="0812-3456-7890")
    with pytest.raises(DuplicateAttendee) as refused:
        session.attendees.register("Andi", "seller", phone="081234567890", different_person=True)
    assert refused.value.probable is False


def test_a_new_organisation_typed_in_the_form_is_created_with_the_attendee_and_not_on_refusal(session):
    jatim = session.settings.regions()[0]
    choice = NewOrganisation("UD Kerupuk Bu Sri", OrganisationKind.UMKM, jatim.id)
    with pytest.raises(InvalidValue):
        session.attendees.register("Sri Wahyuni", "seller", organisation=choice, email="bukan-email")
    assert session.organisations.find_by_name("UD Kerupuk Bu Sri") == []

    attendee = session.attendees.register("Sri Wahyuni", "seller", organisation=choice)
    assert (attendee.organisation_name, attendee.organisation_kind, attendee.region_name) == (
        "UD Kerupuk Bu Sri",
        OrganisationKind.UMKM,
        "Jawa Timur",
    )


def test_an_edit_is_audited_and_keeps_the_code(session, organisation):
    attendee = session.attendees.register("Budi Santoso", "seller", phone="0812-3456-7890")
    edited = session.attendees.update(
        attendee.id,
        full_name="Budi Santoso, S.E.",
        category="buyer",
        organisation=organisation.id,
        title="Direktur",
        phone="0812-3456-7890",
        email="budi@contoh.co.id",
    )
    assert (edited.code, edited.full_name, edited.category, edited.organisation_name) == (
        attendee.code,
        "Budi Santoso, S.E.",
        AttendeeCategory.BUYER,
        "Kopi Lereng Arjuno",
    )
    history = entries_for(session.file, "attendees", attendee.id)
    assert [entry.action for entry in history] == ["insert", "update"]
    assert (history[-1].before["full_name"], history[-1].after["full_name"]) == ("Budi Santoso", "Budi Santoso, S.E.")


def test_an_edit_to_the_phone_of_someone_else_is_refused(session):
    session.attendees.register("Budi Santoso", "seller", phone="0812-3456-7890")
    siti = session.attendees.register("Siti Rahayu", "buyer")
    with pytest.raises(DuplicateAttendee):
        session.attendees.update(siti.id, full_name="Siti Rahayu", category="buyer", phone="+6281234567890")


def test_deleting_needs_a_reason_is_audited_and_frees_nothing_but_the_list(session):
    attendee = session.attendees.register("Budi Santoso", "seller", phone="0812-3456-7890")
    with pytest.raises(InvalidValue):
        session.attendees.delete(attendee.id, "  ")
    session.attendees.delete(attendee.id, "Terdaftar dua kali")
    assert session.attendees.list() == []
    assert session.attendees.counts() == (0, 0)
    with pytest.raises(NotFound):
        session.attendees.check_in(attendee.code)
    history = entries_for(session.file, "attendees", attendee.id)
    assert (history[-1].action, history[-1].reason) == ("delete", "Terdaftar dua kali")
    assert session.attendees.get(attendee.id).deleted_at is not None  # kept in the file


def test_the_headline_counts_leave_out_the_deleted_and_follow_each_check_in_and_its_undoing(session):
    """Read through the index of attendees present (m012): a delete, a check-in and its undoing each move it."""
    budi, siti, agus = (session.attendees.register(name, "seller") for name in ("Budi", "Siti Rahayu", "Agus"))
    session.attendees.check_in(budi.code)
    session.attendees.check_in(siti.code)
    session.attendees.delete(agus.id, "Terdaftar dua kali")
    session.attendees.undo_check_in(siti.id, "salah pindai")

    figures = session.figures.event_figures()

    assert (figures.attendees_registered, figures.attendees_checked_in) == (2, 1)
    assert session.attendees.counts() == (2, 1)


def test_an_attendee_who_checked_in_cannot_be_deleted(session):
    attendee = session.attendees.register("Budi Santoso", "seller")
    session.attendees.check_in(attendee.code)
    before = _written(session)
    with pytest.raises(NotAllowed, match="sudah check-in"):
        session.attendees.delete(attendee.id, "salah")
    assert _written(session) == before


def test_undoing_a_check_in_is_an_audited_correction_and_the_next_scan_checks_in_again(session):
    attendee = session.attendees.register("Budi Santoso", "seller")
    session.attendees.check_in(attendee.code)

    undone = session.attendees.undo_check_in(attendee.id, "salah pindai")

    assert undone.checked_in is False
    history = entries_for(session.file, "attendees", attendee.id)
    assert [entry.action for entry in history] == ["insert", "check_in", "undo_check_in"]
    assert history[-1].before["checked_in_at"] is not None and history[-1].reason == "salah pindai"
    assert session.attendees.check_in(attendee.code).already is False
    with pytest.raises(NotAllowed):
        session.attendees.undo_check_in(session.attendees.register("Siti", "buyer").id)


def test_attendance_counts_by_category_and_region(session, organisation):
    budi = session.attendees.register("Budi Santoso", "seller", organisation_id=organisation.id)
    session.attendees.register("Siti Rahayu", "seller")
    session.attendees.register("Agus Salim", "vip", organisation_id=organisation.id)
    session.attendees.check_in(budi.code)

    attendance = session.attendees.attendance()

    assert (attendance.registered, attendance.checked_in) == (3, 1)
    by_category = {line.label: (line.registered, line.checked_in) for line in attendance.by_category}
    assert by_category["Penjual"] == (2, 1) and by_category["VIP"] == (1, 0) and by_category["Media"] == (0, 0)
    assert [(line.label, line.registered, line.checked_in) for line in attendance.by_region] == [
        ("Jawa Timur", 2, 1),
        ("Tanpa daerah", 1, 0),
    ]


def test_attendance_adds_every_category_within_a_region_keeps_the_regions_order_and_leaves_out_the_deleted(
    session, organisation
):
    _jatim, kaltim = session.settings.regions()
    rina = session.attendees.register("Rina Wulandari", "buyer", region_id=kaltim.id)
    session.attendees.register("Dewi Lestari", "media", region_id=kaltim.id)
    session.attendees.register("Budi Santoso", "seller", organisation_id=organisation.id)
    gone = session.attendees.register("Agus Salim", "buyer", region_id=kaltim.id)
    session.attendees.register("Siti Rahayu", "vip")
    session.attendees.check_in(rina.code)
    session.attendees.delete(gone.id, "salah daftar")

    attendance = session.attendees.attendance()

    assert (attendance.registered, attendance.checked_in) == (4, 1)
    assert [(line.label, line.registered, line.checked_in) for line in attendance.by_region] == [
        ("Jawa Timur", 1, 0),
        ("Kalimantan Timur", 2, 1),
        ("Tanpa daerah", 1, 0),
    ]
    by_category = {line.label: (line.registered, line.checked_in) for line in attendance.by_category}
    assert by_category["Pembeli"] == (1, 1) and by_category["Media"] == (1, 0)


def test_badges_printed_are_recorded_and_audited(session):
    budi = session.attendees.register("Budi Santoso", "seller")
    siti = session.attendees.register("Siti Rahayu", "buyer")
    session.attendees.mark_badges_printed([budi.id])
    from eventdesk.domain.attendee_query import AttendeeQuery

    assert [a.full_name for a in session.attendees.matching(AttendeeQuery(badge_printed=False))] == ["Siti Rahayu"]
    assert entries_for(session.file, "attendees", budi.id)[-1].action == "badge_printed"
    assert siti.badge_printed_at is None


def test_search_at_the_door_returns_at_most_the_limit_by_name(session):
    for name in ("Budi C", "Budi A", "Budi B", "Andi Budi"):
        session.attendees.register(name, "seller")
    assert [a.full_name for a in session.attendees.search("budi", limit=3)] == ["Andi Budi", "Budi A", "Budi B"]
