"""The corpus through the services, the entry point every screen and command uses.

Every case ends in a named error with a clear one-line message and nothing
written (not even half a transaction), or in exactly the value expected.
"""

from dataclasses import replace
from datetime import date, time

import pytest

from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.models import Official, Spot
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import create_event, open_session
from tests.bad_input.corpus import AMOUNTS, EMAILS, NAMES, NOTES, PHONES, REFUSED, UNKNOWN_CODES


@pytest.fixture(scope="module")
def shared(tmp_path_factory, demo_master):
    """One copy of the demo mission for the whole corpus; checked whole at the end."""
    from eventdesk.domain.models import Actor

    path = tmp_path_factory.mktemp("corpus") / "korpus.eventdesk"
    path.write_bytes(demo_master.read_bytes())
    session = open_session(path, Actor("c0a1b2c3-0000-4000-8000-00000000c0a1", "Meja Korpus", "Penguji"))
    yield session
    session.close()
    assert check_event_file(path) == []


def _writes(session):
    return session.file.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def attempt(session, action, expected, read_back=lambda result: result):
    """Run one case: a refusal writes nothing and says why in one line; anything else stores `expected`."""
    before = _writes(session)
    if expected is REFUSED:
        with pytest.raises(EventDeskError) as raised:
            action()
        message = raised.value.message
        assert message.strip() and "\n" not in message and len(message) < 300, message
        assert _writes(session) == before
        assert not session.file.conn.in_transaction
        return None
    result = action()
    assert read_back(result) == expected
    return result


def _ids(cases):
    return [case[0] for case in cases]


@pytest.mark.parametrize(("case", "typed", "stored"), NAMES, ids=_ids(NAMES))
def test_attendee_names(shared, case, typed, stored):
    attempt(
        shared,
        lambda: shared.attendees.register(typed, "buyer"),
        stored,
        lambda a: shared.attendees.get(a.id).full_name,
    )


@pytest.mark.parametrize(("case", "typed", "stored"), NAMES, ids=_ids(NAMES))
def test_organisation_names(shared, case, typed, stored):
    attempt(
        shared,
        lambda: shared.organisations.add(typed, "company"),
        stored,
        lambda o: shared.organisations.get(o.id).name,
    )


@pytest.mark.parametrize(("case", "typed", "stored"), NAMES, ids=_ids(NAMES))
def test_sector_names(shared, case, typed, stored):
    attempt(shared, lambda: shared.settings.add_sector(typed), stored, lambda s: s.name)


@pytest.mark.parametrize(("case", "typed", "stored"), NAMES, ids=_ids(NAMES))
def test_event_names_in_the_settings(shared, case, typed, stored):
    current = shared.settings.get()
    attempt(
        shared, lambda: shared.settings.save(replace(current, name=typed)), stored, lambda _: shared.settings.get().name
    )


@pytest.mark.parametrize(("case", "typed", "stored"), NOTES, ids=_ids(NOTES))
def test_attendee_notes(shared, case, typed, stored):
    attempt(
        shared,
        lambda: shared.attendees.register("Catatan Uji", "media", notes=typed),
        stored,
        lambda a: shared.attendees.get(a.id).notes,
    )


@pytest.mark.parametrize(("case", "typed", "stored"), NOTES, ids=_ids(NOTES))
def test_void_reasons(shared, case, typed, stored):
    buyer, seller = [o.id for o in shared.organisations.list()[:2]]
    booked = shared.transactions.book(buyer_id=buyer, seller_id=seller, value="1 jt", kind="trade")
    attempt(shared, lambda: shared.transactions.void(booked.id, typed), stored, lambda t: t.void_reason)
    if stored is REFUSED:
        assert shared.transactions.get(booked.id).status.value == "booked"


@pytest.mark.parametrize(("case", "typed", "rupiah"), AMOUNTS, ids=_ids(AMOUNTS))
def test_transaction_amounts(shared, case, typed, rupiah):
    buyer, seller = [o.id for o in shared.organisations.list()[:2]]
    total = shared.figures.transaction_totals().total_idr
    attempt(
        shared,
        lambda: shared.transactions.book(buyer_id=buyer, seller_id=seller, value=typed, kind="investment"),
        rupiah,
        lambda t: shared.transactions.get(t.id).value_idr,
    )
    assert shared.figures.transaction_totals().total_idr == total + (0 if rupiah is REFUSED else rupiah)


@pytest.mark.parametrize(
    ("case", "changes"),
    [
        ("amount as a huge integer", {"value": 10**20}),
        ("amount beyond SQLite integers", {"value": 2**63}),
        ("amount as a float", {"value": 1.5}),
        ("amount as a boolean", {"value": True}),
        ("quantity infinite", {"quantity": float("inf")}),
        ("quantity not a number", {"quantity": float("nan")}),
        ("quantity negative", {"quantity": -3.0}),
        ("quantity as text", {"quantity": "banyak"}),
        ("unknown kind", {"kind": "hibah"}),
        ("unknown stage", {"stage": "mimpi"}),
        ("unknown sector", {"sector_id": "tidak-ada"}),
        ("unknown buyer", {"buyer_id": "tidak-ada"}),
        ("buyer with undecodable bytes", {"buyer_id": "org-\udcff"}),
        ("buyer is seller", {"seller_id": None}),
        ("commodity with control character", {"commodity": "ikan\x00"}),
        ("unit of 10,000 characters", {"unit": "kg" * 5000}),
    ],
)
def test_other_transaction_fields(shared, case, changes):
    buyer, seller = [o.id for o in shared.organisations.list()[:2]]
    values = {"buyer_id": buyer, "seller_id": seller, "value": "5 jt", "kind": "trade", **changes}
    if values["seller_id"] is None:
        values["seller_id"] = buyer
    attempt(shared, lambda: shared.transactions.book(**values), REFUSED)


@pytest.mark.parametrize(("case", "code"), UNKNOWN_CODES, ids=_ids(UNKNOWN_CODES))
def test_unknown_badge_codes(shared, case, code):
    attempt(shared, lambda: shared.attendees.check_in(code), REFUSED)


@pytest.mark.parametrize(
    ("case", "transaction_id"),
    [
        ("empty", ""),
        ("unknown", "tidak-ada"),
        ("surrogate", "\udcff"),
        ("10,000 characters", "x" * 10_000),
        ("sql", "' OR 1=1 --"),
    ],
)
def test_voiding_what_does_not_exist(shared, case, transaction_id):
    attempt(shared, lambda: shared.transactions.void(transaction_id, "salah ketik"), REFUSED)


@pytest.mark.parametrize(
    ("case", "changes"),
    [
        ("end before start", {"start_date": date(2025, 5, 8), "end_date": date(2025, 5, 7)}),
        ("end without start", {"start_date": None, "end_date": date(2025, 5, 8)}),
        ("day ends before it starts", {"day_start": time(17, 0), "day_end": time(8, 0)}),
        ("day of no length", {"day_start": time(9, 0), "day_end": time(9, 0)}),
        ("unknown time zone", {"timezone": "Mars/Olympus"}),
        ("empty time zone", {"timezone": ""}),
        ("time zone as a path", {"timezone": "../../etc/passwd"}),
        ("offset instead of zone", {"timezone": "UTC+8"}),
        ("venue with a null byte", {"venue": "Hotel\x00"}),
        ("city of 10,000 characters", {"city": "Balikpapan" * 1000}),
        ("theme of 10,000 characters", {"theme": "tema " * 2000}),
        ("spot named twice", {"spots": [Spot("Panggung"), Spot("panggung")]}),
        ("spot without a name", {"spots": [Spot("  ")]}),
        ("official without a title", {"officials": [Official("Gubernur", "", "")]}),
        ("official with an override", {"officials": [Official("Siti\u202e", "Gubernur", "")]}),
        ("logo of 3 MB", {"logo": b"\x89PNG" + b"0" * 3_000_000}),
    ],
)
def test_event_settings(shared, case, changes):
    current = shared.settings.get()
    attempt(shared, lambda: shared.settings.save(replace(current, **changes)), REFUSED)
    assert shared.settings.get() == current


@pytest.mark.parametrize(
    ("case", "changes", "expected"),
    [
        (
            "one-day event",
            {"start_date": date(2025, 5, 8), "end_date": date(2025, 5, 8)},
            (date(2025, 5, 8), date(2025, 5, 8)),
        ),
        ("start only", {"start_date": date(2025, 5, 8), "end_date": None}, (date(2025, 5, 8), None)),
        (
            "leap day",
            {"start_date": date(2024, 2, 29), "end_date": date(2024, 3, 1)},
            (date(2024, 2, 29), date(2024, 3, 1)),
        ),
    ],
)
def test_event_dates_that_are_fine(shared, case, changes, expected):
    current = shared.settings.get()
    attempt(
        shared,
        lambda: shared.settings.save(replace(current, **changes)),
        expected,
        lambda s: (s.start_date, s.end_date),
    )


@pytest.fixture
def fresh(event_path, actor):
    """An empty event of its own: phone and e-mail cases must not meet each other's duplicates."""
    session = create_event(event_path, actor)
    yield session
    session.close()


@pytest.mark.parametrize(("case", "typed", "stored"), PHONES, ids=_ids(PHONES))
def test_phone_numbers(fresh, case, typed, stored):
    attempt(
        fresh,
        lambda: fresh.attendees.register("Budi Santoso", "seller", phone=typed),
        stored,
        lambda a: fresh.attendees.get(a.id).phone,
    )


@pytest.mark.parametrize(("case", "typed", "stored"), EMAILS, ids=_ids(EMAILS))
def test_email_addresses(fresh, case, typed, stored):
    attempt(
        fresh,
        lambda: fresh.attendees.register("Budi Santoso", "seller", email=typed),
        stored,
        lambda a: fresh.attendees.get(a.id).email,
    )
