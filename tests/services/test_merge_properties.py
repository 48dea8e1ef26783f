"""Merging is idempotent, order-independent and convergent, for any work done on three desks (hypothesis).

Three copies of one prepared event are worked on as three desks: registrations,
check-ins (at any time of the morning), bookings, voids, verifications, signings, postponements
and edits of the same organisation, with merges between desks now and then. Two
of the desks share a badge-code tag, so codes clash whenever both register before
they meet. Then every desk merges every other, in a random order and again in
another random order on copies: all files must end with the same rows, audit log,
totals and a clean `check`, and merging once more must change nothing.
"""

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.domain.enums import AgreementStatus, TransactionStatus
from eventdesk.domain.errors import NotAllowed
from eventdesk.services.integrity import check_event_file
from eventdesk.store import organisations
from tests.desks import TEN_AM, contents, copy_to, desk, desks_sharing_a_tag, open_desk, prepare_event
from tests.outside import query

DESKS = (desk("A"), *desks_sharing_a_tag())
WHO = st.integers(0, 2)
OPERATIONS = st.one_of(
    st.tuples(st.just("register"), WHO, st.sampled_from(["Sari", "Joko", "Dewi", "Arif", "Lina"])),
    st.tuples(st.just("check_in"), WHO, st.integers(0, 40), st.integers(-90, 180)),
    st.tuples(st.just("book"), WHO, st.integers(1, 40), st.integers(0, 3), st.integers(0, 3)),
    st.tuples(st.just("void"), WHO, st.integers(0, 40)),
    st.tuples(st.just("verify"), WHO, st.integers(0, 40)),
    st.tuples(st.just("sign"), WHO, st.integers(0, 2)),
    st.tuples(st.just("postpone"), WHO, st.integers(0, 2)),
    st.tuples(
        st.just("edit"), WHO, st.integers(0, 3), st.sampled_from(["catatan satu", "catatan dua", "catatan tiga"])
    ),
    st.tuples(st.just("followup"), WHO, st.integers(0, 40), st.integers(1, 12), st.integers(0, 5)),
    st.tuples(st.just("merge"), WHO, WHO),
)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare_event(tmp_path_factory.mktemp("prepared") / "misi.eventdesk")


def _do_all(paths, operations):
    """Each desk's file open as that desk while `operations` are done, then closed."""
    sessions = [open_desk(path, actor) for path, actor in zip(paths, DESKS, strict=True)]
    try:
        for operation in operations:
            _do(sessions, paths, operation)
    finally:
        for session in sessions:
            session.close()


def _do(sessions, paths, operation):
    kind, who, *args = operation
    session = sessions[who]
    if kind == "register":
        session.attendees.register(f"{args[0]} {len(session.attendees.list())}", "seller")
    elif kind == "check_in":
        waiting = [a for a in session.attendees.list() if not a.checked_in]
        if waiting:
            session.attendees.check_in(waiting[args[0] % len(waiting)].code, at=TEN_AM + timedelta(minutes=args[1]))
    elif kind == "book":
        organisation_list = session.organisations.list()
        buyer, seller = (
            organisation_list[args[1] % len(organisation_list)],
            organisation_list[(args[1] + 1 + args[2] % 3) % len(organisation_list)],
        )
        session.transactions.book(buyer_id=buyer.id, seller_id=seller.id, value=args[0] * 100_000_000, kind="trade")
    elif kind == "void":
        booked = session.transactions.list(TransactionStatus.BOOKED)
        if booked:
            session.transactions.void(booked[args[0] % len(booked)].id, "salah catat")
    elif kind == "verify":
        unverified = [t for t in session.transactions.list(TransactionStatus.BOOKED) if t.verified_at is None]
        if unverified:
            session.transactions.verify([unverified[args[0] % len(unverified)].id])
    elif kind in ("sign", "postpone"):
        agreement = session.agreements.list()[args[0]]
        try:
            if kind == "sign":
                session.agreements.mark_signed(agreement.id)
            else:
                session.agreements.set_status(agreement.id, AgreementStatus.POSTPONED, "berhalangan")
        except NotAllowed:
            pass  # the desk sees it signed already: refused, as at the venue
    elif kind == "edit":
        organisation = session.organisations.list()[args[0]]
        organisations.update_organisation(session.file, organisation.id, notes=args[1])
    elif kind == "followup":
        booked = session.transactions.list(TransactionStatus.BOOKED)
        if booked:
            status = ("no_contact", "in_negotiation", "contract_signed", "partly_realised", "realised", "cancelled")
            chosen = status[args[2]]
            value = (args[0] + 1) * 10_000_000 if chosen in ("partly_realised", "realised") else None
            session.followups.record(booked[args[0] % len(booked)].id, chosen, date(2025, args[1], 8), value)
    elif kind == "merge" and who != args[0]:
        session.merges.merge(paths[args[0]])


def _exchange(paths, order):
    """Every desk merges every other desk's file, in `order`, twice round (the first round's last desk has it all)."""
    for _ in range(2):
        for who in order:
            session = open_desk(paths[who], DESKS[who])
            try:
                for other in order:
                    if other != who:
                        session.merges.merge(paths[other])
            finally:
                session.close()


def _totals(path, actor):
    session = open_desk(path, actor)
    try:
        figures = session.figures.event_figures()
        return (
            figures.transactions.total_idr,
            figures.transactions.count,
            figures.transactions.void_count,
            figures.attendees_registered,
            figures.attendees_checked_in,
            figures.agreements_signed,
        )
    finally:
        session.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    operations=st.lists(OPERATIONS, min_size=1, max_size=14),
    first_order=st.permutations([0, 1, 2]),
    second_order=st.permutations([0, 1, 2]),
)
def test_three_desks_merged_in_any_order_end_with_identical_data(prepared, operations, first_order, second_order):
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        root = Path(folder)
        patch.setenv(
            "EVENTDESK_HOME", str(root / "home")
        )  # each example its own laptops: no desk remembers another example
        paths = [copy_to(prepared, root / f"meja-{n}.eventdesk") for n in range(3)]
        _do_all(paths, operations)
        copies = [shutil.copyfile(path, root / f"salinan-{n}.eventdesk") for n, path in enumerate(paths)]

        _exchange(paths, first_order)
        _exchange([Path(p) for p in copies], second_order)

        every_file = [*paths, *map(Path, copies)]
        reference = contents(paths[0])
        for path in every_file:
            assert contents(path) == reference
            assert check_event_file(path) == []
        assert len({_totals(path, DESKS[n % 3]) for n, path in enumerate(every_file)}) == 1
        codes = [row for row in reference["attendees"]]
        assert len({row[4] for row in codes}) == len(codes)  # badge codes unique (UNIQUE held through every merge)

        session = open_desk(paths[0], DESKS[0])
        try:
            again = session.merges.merge(paths[1])
        finally:
            session.close()
        assert again.entries == 0
        assert contents(paths[0]) == reference


LAPTOP_OPERATIONS = st.one_of(
    st.tuples(
        st.just("copy"), st.integers(0, 5)
    ),  # laptop A copies one of its copies (Desktop → Downloads, a stick, a backup)
    st.tuples(st.just("book_a"), st.integers(0, 5)),  # laptop A books in one of its copies, all of them open at once
    st.tuples(st.just("book_a"), st.integers(0, 5)),  # (twice: most of the day is booking)
    st.tuples(st.just("book_b"), st.just(0)),
    st.tuples(st.just("a_merges_b"), st.integers(0, 5)),
    st.tuples(st.just("b_merges_a"), st.integers(0, 5)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations=st.lists(LAPTOP_OPERATIONS, min_size=1, max_size=12), order=st.permutations([0, 1, 2, 3]))
def test_copies_of_one_desks_file_written_in_parallel_on_one_laptop_never_fork_and_converge(
    prepared, operations, order
):
    from eventdesk.store.backup import copy_event_file

    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        root = Path(folder)

        def open_on(laptop, path, actor):
            patch.setenv("EVENTDESK_HOME", str(root / f"home-{laptop}"))
            return open_desk(path, actor)

        a_paths = [copy_to(prepared, root / "a-0.eventdesk")]
        a_sessions = [open_on("a", a_paths[0], DESKS[0])]
        b_path = copy_to(prepared, root / "b.eventdesk")
        b_session = open_on("b", b_path, DESKS[1])
        buyer, seller = [organisation.id for organisation in b_session.organisations.list()[:2]]
        booked = []
        try:
            for kind, index in operations:
                value = (len(booked) + 1) * 1_000_000
                if kind == "copy" and len(a_paths) < 4:
                    target = root / f"a-{len(a_paths)}.eventdesk"
                    copy_event_file(a_paths[index % len(a_paths)], target)
                    a_paths.append(target)
                    a_sessions.append(open_on("a", target, DESKS[0]))
                elif kind in ("book_a", "book_b"):
                    session = a_sessions[index % len(a_sessions)] if kind == "book_a" else b_session
                    session.transactions.book(buyer_id=buyer, seller_id=seller, value=value, kind="trade")
                    booked.append(value)
                elif kind == "a_merges_b":
                    a_sessions[index % len(a_sessions)].merges.merge(b_path)
                elif kind == "b_merges_a":
                    b_session.merges.merge(a_paths[index % len(a_paths)])
        finally:
            for session in [*a_sessions, b_session]:
                session.close()

        every_file = [*a_paths, b_path]
        for _ in range(2):  # every copy and desk B take in every other file: nothing refused as a forked history
            for who in [n % len(every_file) for n in order] + list(range(len(every_file))):
                laptop = "b" if every_file[who] == b_path else "a"
                session = open_on(laptop, every_file[who], DESKS[1] if laptop == "b" else DESKS[0])
                try:
                    for other in every_file:
                        if other != every_file[who]:
                            session.merges.merge(other)
                finally:
                    session.close()

        reference = contents(b_path)
        for path in every_file:
            assert contents(path) == reference
            assert check_event_file(path) == []
        values = sorted(
            row[0] for row in query(b_path, "SELECT value_idr FROM transactions WHERE value_idr < 1000000000")
        )
        assert values == sorted(booked)  # every booking of every copy reached every file, once
