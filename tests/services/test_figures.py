"""Every total from one query: breakdowns by kind, sector, direction, stage, UMKM and verification, kept up to date."""

import random
import sqlite3

import pytest

from eventdesk.domain.entries import NewOrganisation, TransactionEntry
from eventdesk.domain.enums import DirectionKind, OrganisationKind, TransactionKind, TransactionStage, TransactionStatus
from eventdesk.domain.errors import InvalidValue, NotFound
from eventdesk.domain.figures import Direction, TotalsRow
from eventdesk.domain.filters import NO_SECTOR, TransactionFilter, TransactionOrder
from tests.outside import booked_total, scalar, tamper
from tests.services.conftest import same_sums


@pytest.fixture
def mission(session):
    """Organisations of both regions, an UMKM, a guest from abroad; the sectors of a new event."""
    jatim, kaltim = session.settings.regions()
    add = session.organisations.add
    orgs = {
        "samudra": add("PT Samudra Biru Mandiri", OrganisationKind.COMPANY, jatim.id),
        "mahakam": add("PT Mahakam Bahari Sejahtera", OrganisationKind.COMPANY, kaltim.id),
        "amplang": add("Amplang Karya Etam", OrganisationKind.UMKM, kaltim.id),
        "kerupuk": add("UD Kerupuk Ikan Bu Sri", OrganisationKind.UMKM, jatim.id),
        "saigon": add("Saigon Seafood Trading JSC", OrganisationKind.COMPANY, None),
    }
    sectors = {s.name: s.id for s in session.settings.sectors()}
    return session, jatim, kaltim, orgs, sectors


def _book(session, orgs, buyer, seller, value, **extra):
    extra.setdefault("kind", "trade")
    return session.transactions.book(buyer_id=orgs[buyer].id, seller_id=orgs[seller].id, value=value, **extra)


def test_every_breakdown_adds_up_to_the_booked_total(mission):
    session, jatim, kaltim, orgs, sectors = mission
    _book(session, orgs, "samudra", "mahakam", "10 M", sector_id=sectors["Perikanan"], stage="contract")
    _book(session, orgs, "mahakam", "samudra", "4 M", kind="investment", stage="interest")
    _book(session, orgs, "samudra", "kerupuk", "1 M", sector_id=sectors["Perikanan"])
    _book(session, orgs, "saigon", "amplang", "250 jt", stage="realised")
    wrong = _book(session, orgs, "samudra", "mahakam", "99 M")
    session.transactions.void(wrong.id, "Salah ketik")

    totals = session.figures.transaction_totals()

    assert (totals.total_idr, totals.count, totals.void_count) == (15_250_000_000, 4, 1)
    assert [(s.label, s.value_idr, s.count) for s in totals.by_direction] == [
        ("Jawa Timur → Kalimantan Timur", 10_000_000_000, 1),
        ("Kalimantan Timur → Jawa Timur", 4_000_000_000, 1),
        ("Dalam satu daerah", 1_000_000_000, 1),
        ("Lainnya (daerah tidak diketahui)", 250_000_000, 1),
    ]
    assert totals.direction(Direction(DirectionKind.BETWEEN, jatim.id, kaltim.id)).value_idr == 10_000_000_000
    assert [(stage, totals.stage(stage).value_idr) for stage in TransactionStage] == [
        (TransactionStage.INTEREST, 4_000_000_000),
        (TransactionStage.COMMITMENT, 1_000_000_000),
        (TransactionStage.CONTRACT, 10_000_000_000),
        (TransactionStage.REALISED, 250_000_000),
    ]
    assert (totals.umkm.value_idr, totals.umkm.count) == (1_250_000_000, 2)
    assert (totals.kind(TransactionKind.TRADE).value_idr, totals.kind(TransactionKind.INVESTMENT).value_idr) == (
        11_250_000_000,
        4_000_000_000,
    )
    for shares in (
        totals.by_sector,
        totals.by_direction,
        list(totals.by_stage.values()),
        list(totals.by_kind.values()),
    ):
        assert sum(s.value_idr for s in shares) == totals.total_idr
        assert sum(s.count for s in shares) == totals.count
    assert totals.by_sector[0].key == sectors["Perikanan"] and totals.by_sector[1].key is None
    session.close()
    assert booked_total(session.path) == totals.total_idr


def test_verified_and_unverified_totals_split_the_booked_total(mission):
    session, _, _, orgs, _ = mission
    checked = _book(session, orgs, "samudra", "mahakam", "3 M")
    _book(session, orgs, "mahakam", "samudra", "2 M")
    gone = _book(session, orgs, "samudra", "amplang", "1 M")
    session.transactions.void(gone.id, "Dobel")

    assert session.transactions.verify([checked.id, gone.id]) == 1

    totals = session.figures.transaction_totals()
    assert (totals.verified.value_idr, totals.verified.count) == (3_000_000_000, 1)
    assert (totals.unverified.value_idr, totals.unverified.count) == (2_000_000_000, 1)
    verified = session.transactions.get(checked.id)
    assert verified.verified_by == session.actor.operator and verified.verified_at is not None
    assert scalar(session.path, "SELECT count(*) FROM audit_log WHERE action = 'verify'") == 1


def test_kept_sums_follow_every_booking_void_replacement_and_verification(mission):
    session, _, _, orgs, sectors = mission
    rng = random.Random(8)
    names, sector_ids = list(orgs), [None, *sectors.values()]
    booked = []
    session.figures.transaction_totals()  # the sums now exist and are kept by the triggers
    for step in range(60):
        action = rng.random()
        if action < 0.6 or not booked:
            buyer, seller = rng.sample(names, 2)
            booked.append(
                _book(
                    session,
                    orgs,
                    buyer,
                    seller,
                    rng.randint(1, 500) * 1_000_000,
                    sector_id=rng.choice(sector_ids),
                    kind=rng.choice(list(TransactionKind)),
                    stage=rng.choice(list(TransactionStage)),
                ).id
            )
        elif action < 0.75:
            session.transactions.void(booked.pop(rng.randrange(len(booked))), f"Batal {step}")
        elif action < 0.9:
            old = booked.pop(rng.randrange(len(booked)))
            entry = TransactionEntry(orgs["samudra"].id, orgs["mahakam"].id, rng.randint(1, 99) * 10_000_000, "trade")
            booked.append(session.transactions.replace(old, f"Koreksi {step}", entry).id)
        elif action < 0.95:
            unverified = [t for t in booked if session.transactions.get(t).verified_at is None]
            if unverified:
                session.transactions.verify([rng.choice(unverified)])
        else:  # an organisation that changes what a breakdown reads of it: its kind (UMKM) or its region
            organisation = orgs[rng.choice(names)]
            current = session.organisations.get(organisation.id)
            kind = OrganisationKind.UMKM if current.kind is not OrganisationKind.UMKM else OrganisationKind.COMPANY
            region = rng.choice([None, *[r.id for r in session.settings.regions()]])
            session.organisations.update(organisation.id, name=current.name, kind=kind, region_id=region)
        assert same_sums(session.file), f"after step {step}"
    expected = scalar(session.path, "SELECT sum(value_idr) FROM transactions WHERE status = 'booked'")
    assert session.figures.transaction_totals().total_idr == expected


def test_every_breakdown_is_declared_once_and_read_back_by_name():
    from eventdesk.store.totals import BREAKDOWNS

    assert [b.name for b in BREAKDOWNS] == [field for field in TotalsRow._fields if field not in ("value_idr", "deals")]


def test_an_organisation_that_becomes_an_umkm_brings_its_deals_into_the_umkm_share(mission):
    session, _, _, orgs, _ = mission
    _book(session, orgs, "samudra", "mahakam", "5 M")
    before = session.figures.transaction_totals().umkm.value_idr  # the sums are now kept by the triggers
    mahakam = session.organisations.get(orgs["mahakam"].id)
    assert mahakam.kind is not OrganisationKind.UMKM
    session.organisations.update(mahakam.id, name=mahakam.name, kind=OrganisationKind.UMKM, region_id=mahakam.region_id)
    assert session.figures.transaction_totals().umkm.value_idr == before + 5_000_000_000
    assert same_sums(session.file)


def test_an_organisation_moved_to_another_region_moves_its_deals_direction(mission):
    session, jatim, kaltim, orgs, _ = mission
    _book(session, orgs, "saigon", "mahakam", "5 M")
    assert session.figures.transaction_totals().by_direction[-1].value_idr == 5_000_000_000

    from eventdesk.store import organisations

    organisations.update_organisation(session.file, orgs["saigon"].id, region_id=jatim.id)

    totals = session.figures.transaction_totals()
    assert totals.direction(Direction(DirectionKind.BETWEEN, jatim.id, kaltim.id)).value_idr == 5_000_000_000
    assert totals.by_direction[-1].value_idr == 0
    assert same_sums(session.file)


def test_totals_follow_a_booking_made_by_another_program_on_the_same_file(mission):
    session, _, _, orgs, _ = mission
    _book(session, orgs, "samudra", "mahakam", "1 M")
    assert session.figures.transaction_totals().total_idr == 1_000_000_000
    # Another desk process writes (here a plain connection): this connection's triggers never saw it.
    row = session.file.conn.execute("SELECT * FROM transactions").fetchone()
    names = [d[0] for d in session.file.conn.execute("SELECT * FROM transactions").description]
    copy = dict(zip(names, row, strict=True)) | {"id": "other-process", "value_idr": 2_000_000_000}
    tamper(
        session.path,
        f"INSERT INTO transactions ({', '.join(copy)}) VALUES ({', '.join('?' * len(copy))})",
        tuple(copy.values()),
    )

    assert session.figures.transaction_totals().total_idr == 3_000_000_000


def test_filtered_totals_cover_exactly_the_listed_rows(mission):
    session, jatim, kaltim, orgs, sectors = mission
    _book(session, orgs, "samudra", "mahakam", "10 M", sector_id=sectors["Perikanan"], commodity="Udang windu beku")
    _book(session, orgs, "mahakam", "samudra", "4 M", kind="investment")
    _book(session, orgs, "kerupuk", "amplang", "1 M", sector_id=sectors["Perikanan"], commodity="Kerupuk udang")
    gone = _book(session, orgs, "samudra", "amplang", "7 M", sector_id=sectors["Perikanan"])
    session.transactions.void(gone.id, "Batal")

    cases = [
        (TransactionFilter(sector_id=sectors["Perikanan"]), 11_000_000_000, 3),
        (TransactionFilter(sector_id=NO_SECTOR), 4_000_000_000, 1),
        (TransactionFilter(kind=TransactionKind.INVESTMENT), 4_000_000_000, 1),
        (TransactionFilter(organisation_id=orgs["amplang"].id), 1_000_000_000, 2),
        (TransactionFilter(direction=Direction(DirectionKind.BETWEEN, jatim.id, kaltim.id)), 11_000_000_000, 3),
        (TransactionFilter(direction=Direction(DirectionKind.WITHIN)), 0, 0),
        (TransactionFilter(search="udang"), 11_000_000_000, 2),
        (TransactionFilter(search="UDANG kerupuk"), 1_000_000_000, 1),
        (TransactionFilter(status=TransactionStatus.VOID), 0, 1),
        (TransactionFilter(search="100%_"), 0, 0),
    ]
    for selection, total, rows in cases:
        keys = session.transactions.keys(selection)
        listed = [t for t in session.transactions.at(keys)]
        totals = session.figures.transaction_totals(selection)
        assert (totals.total_idr, len(keys)) == (total, rows), selection
        assert totals.total_idr == sum(t.value_idr for t in listed if t.status is TransactionStatus.BOOKED)


def test_list_keys_come_sorted_by_sql_and_pages_keep_their_order(mission):
    session, _, _, orgs, _ = mission
    for value in ("3 M", "1 M", "2 M"):
        _book(session, orgs, "samudra", "mahakam", value)
    by_value = session.transactions.at(session.transactions.keys(order=TransactionOrder.VALUE, descending=False))
    assert [t.value_idr for t in by_value] == [1_000_000_000, 2_000_000_000, 3_000_000_000]
    newest_first = session.transactions.at(session.transactions.keys())
    assert [t.value_idr for t in newest_first] == [2_000_000_000, 1_000_000_000, 3_000_000_000]


def test_every_order_with_every_filter_lists_exactly_the_matching_deals(mission):
    session, jatim, kaltim, orgs, sectors = mission
    _book(session, orgs, "samudra", "mahakam", "3 M", sector_id=sectors["Perikanan"], commodity="Udang")
    _book(session, orgs, "amplang", "kerupuk", "1 M", kind="investment")
    _book(session, orgs, "saigon", "samudra", "2 M", sector_id=sectors["Perikanan"], commodity="Tuna")
    session.transactions.void(_book(session, orgs, "mahakam", "samudra", "5 M").id, "Dobel")
    selections = [
        None,
        TransactionFilter(kind=TransactionKind.TRADE),
        TransactionFilter(sector_id=NO_SECTOR),
        TransactionFilter(status=TransactionStatus.BOOKED, organisation_id=orgs["samudra"].id),
        TransactionFilter(direction=Direction(DirectionKind.BETWEEN, jatim.id, kaltim.id)),
        TransactionFilter(direction=Direction(DirectionKind.OTHER)),
        TransactionFilter(search="mahakam"),
    ]
    for selection in selections:
        expected = sorted(t.id for t in session.transactions.list(selection=selection or TransactionFilter()))
        for order in TransactionOrder:
            for descending in (True, False):
                listed = session.transactions.at(session.transactions.keys(selection, order, descending))
                assert sorted(t.id for t in listed) == expected, (selection, order, descending)


def test_the_entry_form_completes_commodities_and_units_most_used_first(mission):
    session, _, _, orgs, _ = mission
    for commodity, unit in (("Udang", "ton"), ("Tuna", "ton"), ("Udang", "kg"), ("", "paket"), ("Udang", "")):
        _book(session, orgs, "samudra", "mahakam", "1 M", commodity=commodity, unit=unit)
    assert session.transactions.used_texts() == (["Udang", "Tuna"], ["ton", "kg", "paket"])


def test_an_entry_with_a_new_organisation_creates_it_with_the_deal_or_not_at_all(mission):
    session, jatim, _, orgs, _ = mission
    new = NewOrganisation("Kopi Lereng Arjuno", OrganisationKind.UMKM, jatim.id)
    before = len(session.organisations.list())

    with pytest.raises(InvalidValue):
        session.transactions.book_entry(TransactionEntry(new, orgs["mahakam"].id, 0, "trade"))
    assert len(session.organisations.list()) == before

    deal = session.transactions.book_entry(TransactionEntry(new, orgs["mahakam"].id, "75 jt", "trade"))
    assert (deal.buyer_name, deal.buyer_kind, deal.buyer_region) == (
        "Kopi Lereng Arjuno",
        OrganisationKind.UMKM,
        "Jawa Timur",
    )
    assert session.figures.transaction_totals().umkm.value_idr == 75_000_000


def test_a_replacement_voids_the_old_deal_and_books_the_new_one_together(mission):
    session, _, _, orgs, _ = mission
    wrong = _book(session, orgs, "samudra", "mahakam", "250 M")

    with pytest.raises(InvalidValue):
        session.transactions.replace(
            wrong.id, "Salah ketik", TransactionEntry(orgs["samudra"].id, orgs["samudra"].id, "250 jt", "trade")
        )
    assert session.transactions.get(wrong.id).status is TransactionStatus.BOOKED

    right = session.transactions.replace(
        wrong.id, "Salah ketik: 250 jt", TransactionEntry(orgs["samudra"].id, orgs["mahakam"].id, "250 jt", "trade")
    )
    old = session.transactions.get(wrong.id)
    assert (old.status, old.void_reason, right.replaces_id, right.value_idr) == (
        TransactionStatus.VOID,
        "Salah ketik: 250 jt",
        wrong.id,
        250_000_000,
    )
    assert session.figures.transaction_totals().total_idr == 250_000_000
    assert session.transactions.replacement_of(wrong.id).id == right.id


def test_a_deal_is_found_by_the_first_characters_of_its_id(mission):
    session, _, _, orgs, _ = mission
    deal = _book(session, orgs, "samudra", "mahakam", "1 M")
    assert session.transactions.find(deal.id[:8]).id == deal.id
    with pytest.raises(NotFound):
        session.transactions.find(deal.id[:3])


def test_totals_are_read_on_a_read_only_connection(mission, actor):
    session, _, _, orgs, _ = mission
    _book(session, orgs, "samudra", "mahakam", "1 M")
    from eventdesk.services.session import open_session

    reader = open_session(session.path, actor, read_only=True)
    try:
        with reader.snapshot():
            assert reader.figures.transaction_totals().total_idr == 1_000_000_000
    finally:
        reader.close()
    assert isinstance(session.file.conn, sqlite3.Connection)


def test_deals_are_summed_by_the_sellers_kabupaten_kota_and_follow_a_corrected_one(mission):
    session, jatim, kaltim, orgs, _ = mission
    samudra = orgs["samudra"]
    session.organisations.update(
        samudra.id, name=samudra.name, kind=samudra.kind, region_id=jatim.id, district="surabaya"
    )
    _book(session, orgs, "mahakam", "samudra", "10 M")
    _book(session, orgs, "samudra", "mahakam", "3 M")  # Mahakam has no kabupaten/kota yet
    by_district = session.figures.transaction_totals().by_district
    assert [(s.key, s.value_idr, s.count) for s in by_district] == [
        ("Kota Surabaya", 10_000_000_000, 1),
        (None, 3_000_000_000, 1),
    ]
    assert by_district[1].label == "Kabupaten/kota tidak diisi"

    mahakam = orgs["mahakam"]
    session.organisations.update(
        mahakam.id, name=mahakam.name, kind=mahakam.kind, region_id=kaltim.id, district="Kota Samarinda"
    )
    by_district = session.figures.transaction_totals().by_district
    assert [(s.key, s.value_idr) for s in by_district] == [
        ("Kota Surabaya", 10_000_000_000),
        ("Kota Samarinda", 3_000_000_000),
    ]
    assert same_sums(session.file)


def test_a_kabupaten_kota_outside_the_organisations_province_is_refused_and_nothing_changes(mission):
    session, jatim, _, orgs, _ = mission
    samudra = orgs["samudra"]
    with pytest.raises(InvalidValue) as refused:
        session.organisations.update(
            samudra.id, name=samudra.name, kind=samudra.kind, region_id=jatim.id, district="Balikpapan"
        )
    assert refused.value.field == "district"
    assert session.organisations.get(samudra.id).district == ""
    with pytest.raises(InvalidValue):
        session.organisations.add("PT Baru", OrganisationKind.COMPANY, jatim.id, district="Malang")
    assert session.organisations.find_by_name("PT Baru") == []


def test_the_curve_of_the_day_is_the_figure_announced_at_each_hour(demo_session):
    from datetime import UTC, date, datetime, time

    from eventdesk.domain.clock import local_moment

    settings = demo_session.settings.get()
    points = demo_session.figures.by_hour([date(2025, 5, 8)], time(8, 0), time(17, 0), "Asia/Makassar")
    assert points[0][0] == local_moment(date(2025, 5, 8), 9, 0, "Asia/Makassar")
    assert len(points) == 9
    for moment, total in points:  # one pass over the deals, the same figures as the as-of query path
        assert total == demo_session.figures.transaction_totals(at=moment).total_idr
    assert points[-1][1] == 666_000_000_000 and 0 < points[0][1] < points[4][1]

    during = local_moment(date(2025, 5, 8), 12, 30, "Asia/Makassar")
    curve = demo_session.figures.day_curve(settings, during)
    assert curve.day == date(2025, 5, 8) and curve.target_idr == 650_000_000_000
    assert [moment for moment, _ in curve.points][-2:] == [
        local_moment(date(2025, 5, 8), 12, 0, "Asia/Makassar"),
        during,
    ]
    assert curve.points[-1][1] == demo_session.figures.transaction_totals(at=during).total_idr
    later = datetime(2026, 1, 1, tzinfo=UTC)  # months after: the whole mission day
    assert demo_session.figures.day_curve(settings, later).points == points


def test_the_recap_reads_the_booked_deals_in_booking_order_as_their_lines_print(mission):
    session, jatim, kaltim, orgs, sectors = mission
    first = _book(
        session, orgs, "samudra", "mahakam", "10 M", sector_id=sectors["Perikanan"], commodity="Udang", quantity=12.5
    )
    voided = _book(session, orgs, "kerupuk", "amplang", "2 M")
    last = _book(session, orgs, "saigon", "amplang", "3 M", kind="investment", stage="contract", unit="ton")
    session.transactions.void(voided.id, "salah catat")
    session.transactions.verify([last.id])
    with session.snapshot():
        lines = list(session.figures.recap().booked)
    assert [line.id for line in lines] == [first.id, last.id]  # the voided deal is not a line
    head, tail = lines
    assert (head.buyer_name, head.buyer_region, head.seller_region) == (
        "PT Samudra Biru Mandiri",
        jatim.name,
        kaltim.name,
    )
    assert (head.sector_name, head.commodity, head.quantity, head.value_idr) == ("Perikanan", "Udang", 12.5, 10**10)
    assert (head.kind, head.stage, head.verified) == (TransactionKind.TRADE, first.stage, False)
    assert head.created_at == first.created_at
    assert (tail.buyer_region, tail.sector_name, tail.unit) == (None, None, "ton")
    assert (tail.kind, tail.stage, tail.verified) == (TransactionKind.INVESTMENT, TransactionStage.CONTRACT, True)
