"""Registering attendees at the desk and checking them in by their badge code."""

from datetime import datetime, timezone

import pytest

from eventdesk.domain.codes import desk_tag
from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.errors import DuplicateAttendee, InvalidValue, NotFound
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
        "Budi Santoso", "seller", organisation_id=organisation.id, title="Pemilik",
        phone="0812-3456-7890", email="budi@contoh.co.id",
    )  # fmt: skip
    second = session.attendees.register("Siti Rahayu", AttendeeCategory.BUYER)

    tag = desk_tag(actor.desk_id)
    assert (first.code, second.code) == (f"{tag}-0001", f"{tag}-0002")
    assert (first.full_name, first.category, first.phone, first.email) == (
        "Budi Santoso", AttendeeCategory.SELLER, "+6281234567890", "budi@contoh.co.id",
    )  # fmt: skip
    assert (first.organisation_name, first.region_name, first.checked_in) == ("Kopi Lereng Arjuno", "Jawa Timur", False)
    assert [a.full_name for a in session.attendees.list()] == ["Budi Santoso", "Siti Rahayu"]


def test_the_badge_phone_and_email_columns_are_what_outside_scripts_expect(session):
    attendee = session.attendees.register("Budi Santoso", "seller", phone="81234567890", email="budi@contoh.co.id")
    session.close()
    assert scalar(
        session.path, "SELECT json_array(full_name, code, phone, email, checked_in_at) FROM attendees"
    ) == f'["Budi Santoso","{attendee.code}","+6281234567890","budi@contoh.co.id",null]'


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
    arrived = datetime(2025, 5, 8, 0, 15, tzinfo=timezone.utc)

    result = session.attendees.check_in(attendee.code, at=arrived)

    assert result.already is False
    checked = result.attendee
    assert (checked.checked_in_at, checked.checked_in_desk_id, checked.checked_in_desk_label, checked.checked_in_by) == (
        arrived, actor.desk_id, actor.desk_label, actor.operator,
    )  # fmt: skip
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
