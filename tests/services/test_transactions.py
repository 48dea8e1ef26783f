"""Booking deals on the spot and voiding them with a reason; only booked deals count."""

import pytest

from eventdesk.domain.enums import OrganisationKind, TransactionKind, TransactionStage, TransactionStatus
from eventdesk.domain.errors import InvalidAmount, InvalidValue, NotAllowed, NotFound
from tests.outside import booked_total, query


@pytest.fixture
def parties(session):
    jatim, kaltim = session.settings.regions()
    buyer = session.organisations.add("PT Samudra Biru Mandiri", OrganisationKind.COMPANY, jatim.id)
    seller = session.organisations.add("PT Mahakam Bahari Sejahtera", OrganisationKind.COMPANY, kaltim.id)
    return buyer, seller


@pytest.fixture
def fisheries(session):
    return session.settings.sector_named("Perikanan")


def _written(session):
    conn = session.file.conn
    return conn.execute("SELECT (SELECT count(*) FROM transactions), (SELECT count(*) FROM audit_log)").fetchone()


def _book(session, parties, value, **extra):
    buyer, seller = parties
    return session.transactions.book(buyer_id=buyer.id, seller_id=seller.id, value=value, kind="trade", **extra)


def test_a_deal_typed_as_staff_type_it_is_booked_in_whole_rupiah(session, actor, parties, fisheries):
    deal = _book(
        session, parties, "1,5 M", sector_id=fisheries.id, commodity="Udang windu beku", quantity=12, unit="ton"
    )

    assert (deal.value_idr, deal.kind, deal.stage, deal.status) == (
        1_500_000_000,
        TransactionKind.TRADE,
        TransactionStage.COMMITMENT,
        TransactionStatus.BOOKED,
    )
    assert (deal.buyer_name, deal.seller_name, deal.buyer_region, deal.seller_region) == (
        "PT Samudra Biru Mandiri",
        "PT Mahakam Bahari Sejahtera",
        "Jawa Timur",
        "Kalimantan Timur",
    )
    assert (deal.sector_name, deal.commodity, deal.quantity, deal.unit, deal.operator) == (
        "Perikanan",
        "Udang windu beku",
        12.0,
        "ton",
        actor.operator,
    )
    session.close()
    assert query(session.path, "SELECT value_idr, typeof(value_idr), kind, status FROM transactions") == [
        (1_500_000_000, "integer", "trade", "booked")
    ]


@pytest.mark.parametrize("value", [0, "0", -5, "-5 jt", "Rp 0", 1.5e9, True, "1,5", ""])
def test_a_deal_without_a_whole_positive_rupiah_value_is_refused(session, parties, value):
    before = _written(session)
    with pytest.raises(InvalidAmount):
        _book(session, parties, value)
    assert _written(session) == before


def test_a_deal_between_an_organisation_and_itself_is_refused(session, parties):
    buyer, _ = parties
    before = _written(session)
    with pytest.raises(InvalidValue) as refused:
        session.transactions.book(buyer_id=buyer.id, seller_id=buyer.id, value="5 M", kind="trade")
    assert refused.value.field == "seller"
    assert _written(session) == before


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"kind": "hibah"}, "kind"),
        ({"stage": "rumor"}, "stage"),
        ({"sector_id": "no-such-sector"}, "sector"),
        ({"agreement_id": "no-such-agreement"}, "agreement"),
        ({"quantity": 0}, "quantity"),
        ({"buyer_id": "no-such-organisation"}, "buyer"),
    ],
)
def test_a_deal_with_a_bad_field_is_refused_on_that_field(session, parties, extra, field):
    buyer, seller = parties
    values = {"buyer_id": buyer.id, "seller_id": seller.id, "value": "5 M", "kind": "trade"} | extra
    before = _written(session)
    with pytest.raises(InvalidValue) as refused:
        session.transactions.book(**values)
    assert refused.value.field == field
    assert _written(session) == before


def test_a_voided_deal_stays_visible_with_its_reason_and_stops_counting(session, actor, parties):
    kept = _book(session, parties, "250 jt")
    wrong = _book(session, parties, "250 M")

    voided = session.transactions.void(wrong.id, "Salah ketik: seharusnya 250 jt")

    assert (voided.status, voided.void_reason, voided.voided_by, voided.value_idr) == (
        TransactionStatus.VOID,
        "Salah ketik: seharusnya 250 jt",
        actor.operator,
        250_000_000_000,
    )
    assert voided.voided_at is not None
    assert [t.id for t in session.transactions.list()] == [kept.id, wrong.id]
    assert [t.id for t in session.transactions.list(TransactionStatus.BOOKED)] == [kept.id]
    last_audit = session.file.conn.execute("SELECT action, reason FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert last_audit == ("void", "Salah ketik: seharusnya 250 jt")


def test_a_deal_cannot_be_voided_twice(session, parties):
    deal = _book(session, parties, "5 M")
    session.transactions.void(deal.id, "Dobel input")
    before = _written(session)
    with pytest.raises(NotAllowed):
        session.transactions.void(deal.id, "Lagi")
    assert _written(session) == before
    assert session.transactions.get(deal.id).void_reason == "Dobel input"


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_a_deal_cannot_be_voided_without_a_reason(session, parties, reason):
    deal = _book(session, parties, "5 M")
    before = _written(session)
    with pytest.raises(InvalidValue) as refused:
        session.transactions.void(deal.id, reason)
    assert refused.value.field == "reason"
    assert _written(session) == before
    assert session.transactions.get(deal.id).status is TransactionStatus.BOOKED


def test_voiding_an_unknown_deal_is_refused(session):
    with pytest.raises(NotFound):
        session.transactions.void("no-such-transaction", "Salah")


def test_totals_count_only_booked_deals(session, parties, fisheries):
    _book(session, parties, "2 M", sector_id=fisheries.id)
    buyer, seller = parties
    session.transactions.book(buyer_id=seller.id, seller_id=buyer.id, value="10 M", kind="investment")
    wrong = _book(session, parties, "7 M", sector_id=fisheries.id)
    session.transactions.void(wrong.id, "Batal")

    totals = session.figures.transaction_totals()

    assert (totals.total_idr, totals.count, totals.void_count) == (12_000_000_000, 2, 1)
    assert totals.kind(TransactionKind.TRADE).value_idr == 2_000_000_000
    assert totals.kind(TransactionKind.INVESTMENT).value_idr == 10_000_000_000
    assert [(s.label, s.value_idr, s.count) for s in totals.by_sector] == [
        ("Tanpa sektor", 10_000_000_000, 1),
        ("Perikanan", 2_000_000_000, 1),
    ]
    session.close()
    assert booked_total(session.path) == totals.total_idr
