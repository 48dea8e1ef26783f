"""Change segments through the sync folder: delivered out of order, twice, partly, mixed with full copies, they
give every desk the same data as merging full files; a cut, foreign or forked segment is refused and named."""

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.files.sync_layout import exchange_folder, full_copy_path, read_layout, read_manifest
from eventdesk.services.integrity import check_event_file
from eventdesk.services.sync import SyncMemory, event_id_of, sync_once
from tests.desks import contents, copy_to, desk, open_desk, prepare_event, register_one
from tests.outside import query, scalar
from tests.services.test_merge_properties import DESKS, OPERATIONS, _do_all, _exchange, _totals

A, B, C = desk("A"), desk("B"), desk("C")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare_event(tmp_path_factory.mktemp("prepared") / "misi.eventdesk")


def _book(path, actor, count, value=1_000_000_000):
    session = open_desk(path, actor)
    try:
        buyer, seller = session.organisations.list()[:2]
        for _ in range(count):
            session.transactions.book(buyer_id=buyer.id, seller_id=seller.id, value=value, kind="trade")
    finally:
        session.close()


def _names(path):
    return {name for (name,) in query(path, "SELECT full_name FROM attendees")}


def _deliver(source_root: Path, files: list[Path], target_root: Path) -> None:
    """What Syncthing or a person does: copy files from one desk's folder into another's, same place."""
    for path in files:
        target = target_root / path.relative_to(source_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def _published(outbox: Path) -> tuple[list[Path], list[Path]]:
    """(segments, other files: manifests and full copies) a desk wrote to its own folder."""
    files = sorted(path for path in outbox.rglob("*") if path.is_file() and not path.name.startswith("."))
    return [p for p in files if p.suffix == ".jsonl"], [p for p in files if p.suffix != ".jsonl"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.lists(OPERATIONS, min_size=1, max_size=8),
    second=st.lists(OPERATIONS, min_size=0, max_size=8),
    shuffles=st.randoms(use_true_random=False),
    with_full_copies=st.booleans(),
    batches=st.integers(1, 4),
)
def test_segments_delivered_in_any_order_twice_and_partly_converge_as_full_merges_do(
    prepared, first, second, shuffles, with_full_copies, batches
):
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        root = Path(folder)
        patch.setenv("EVENTDESK_HOME", str(root / "home"))
        paths = [copy_to(prepared, root / f"meja-{n}.eventdesk") for n in range(3)]
        outboxes = [root / f"keluar-{n}" for n in range(3)]
        for outbox in outboxes:
            outbox.mkdir()
        for operations in (first, second):  # two rounds of work: most desks write two segments
            _do_all(paths, operations)
            for n in range(3):
                assert sync_once(paths[n], outboxes[n], DESKS[n]).ok
        copies = [shutil.copyfile(path, root / f"salinan-{n}.eventdesk") for n, path in enumerate(paths)]

        for n in range(3):
            inbox = root / f"masuk-{n}"
            inbox.mkdir()
            memory = SyncMemory()
            arriving: list[tuple[Path, Path]] = []
            for other in range(3):
                if other != n:
                    segments, others = _published(outboxes[other])
                    arriving += [(outboxes[other], p) for p in segments + (others if with_full_copies else [])]
            shuffles.shuffle(arriving)
            arriving += arriving[: len(arriving) // 3]  # some arrive twice
            size = max(1, len(arriving) // batches)
            for start in range(0, len(arriving), size):
                for source_root, path in arriving[start : start + size]:
                    _deliver(source_root, [path], inbox)
                report = sync_once(paths[n], inbox, DESKS[n], memory)
                assert report.ok, report.error
                assert [d.error for d in report.desks if d.error] == []  # a gap waits, it is no error
            for _ in range(2):
                report = sync_once(paths[n], inbox, DESKS[n], memory)
                assert [d.waiting for d in report.desks if d.waiting] == []

        _exchange([Path(p) for p in copies], [0, 1, 2])  # the same work merged as full files
        reference = contents(paths[0])
        for path in [*paths, *map(Path, copies)]:
            assert contents(path) == reference
            assert check_event_file(path) == []
        assert len({_totals(path, DESKS[n]) for n, path in enumerate(paths)}) == 1


def test_a_round_writes_only_the_new_entries_and_the_other_desk_reads_only_them(prepared, tmp_path, stick):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    register_one(theirs, B, "Tamu B")
    sync_once(theirs, stick, B)
    sync_once(mine, stick, A)
    exchange = exchange_folder(stick, event_id_of(mine))
    before = {s.path.name for s in read_layout(exchange).desks[B.desk_id].segments}
    _book(theirs, B, 5)

    report = sync_once(theirs, stick, B)

    new = [s for s in read_layout(exchange).desks[B.desk_id].segments if s.path.name not in before]
    assert report.exported and report.full_copy_to == "" and len(new) == 1
    head = scalar(theirs, "SELECT max(seq) FROM audit_log WHERE desk_id = ?", (B.desk_id,))
    assert new[0].last == head and new[0].first > 1  # only what was recorded since the last round
    assert new[0].path.stat().st_size < 40_000
    merged = sync_once(mine, stick, A)
    assert sum(outcome.entries for outcome in merged.outcomes) == new[0].last - new[0].first + 1
    assert scalar(mine, "SELECT count(*) FROM transactions") == scalar(theirs, "SELECT count(*) FROM transactions")


def _walk_ins_published(theirs, outbox, names, *, full_copy_with=None):
    """Desk B registers each of `names` with a round after each into `outbox` (its folder, not the stick yet);
    the round after `full_copy_with` also writes B's full copy."""
    outbox.mkdir(exist_ok=True)
    for name in names:
        register_one(theirs, B, name)
        sync_once(theirs, outbox, B, full_copy=name == full_copy_with)


def test_a_missing_segment_makes_the_later_ones_wait_until_it_arrives(prepared, tmp_path, stick):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    outbox = tmp_path / "keluar"
    _walk_ins_published(theirs, outbox, ["Tamu satu", "Tamu dua"])
    segments, _ = _published(outbox)
    assert len(segments) == 2
    _deliver(outbox, [segments[1]], stick)

    waiting = sync_once(mine, stick, A)
    assert waiting.ok and [d.waiting != "" for d in waiting.desks] == [True]
    assert [d.error for d in waiting.desks] == [""]
    assert not {"Tamu satu", "Tamu dua"} & _names(mine)
    _deliver(outbox, [segments[0]], stick)

    complete = sync_once(mine, stick, A)

    assert {"Tamu satu", "Tamu dua"} <= _names(mine) and complete.desks[0].waiting == ""


def test_a_follow_up_of_a_deal_from_another_desk_waits_for_that_desk_then_merges(prepared, tmp_path):
    """Desk A merged B's file by hand and followed up B's deal; C gets A's segment before B's: A's changes wait,
    named as waiting and not as an error, and come in with B's."""
    a, b, c = (copy_to(prepared, tmp_path / f"{name}.eventdesk") for name in "abc")
    _book(b, B, 1)
    deal = scalar(b, "SELECT id FROM transactions ORDER BY rowid DESC LIMIT 1")
    before = scalar(c, "SELECT count(*) FROM followups")
    session = open_desk(a, A)
    try:
        session.merges.merge(b)
        session.followups.record(deal, "in_negotiation", date(2025, 8, 8), None)
    finally:
        session.close()
    outboxes = {name: tmp_path / f"keluar-{name}" for name in "ab"}
    for name, path, actor in (("a", a, A), ("b", b, B)):
        outboxes[name].mkdir()
        assert sync_once(path, outboxes[name], actor).ok
    inbox = tmp_path / "masuk"
    _deliver(outboxes["a"], _published(outboxes["a"])[0], inbox)

    early = sync_once(c, inbox, C)

    assert early.ok and [(d.desk_id, d.error) for d in early.desks if d.error] == []
    assert [d.desk_id for d in early.desks if d.waiting] == [A.desk_id]
    assert "menunggu data meja lain" in next(d.waiting for d in early.desks if d.waiting)
    assert scalar(c, "SELECT count(*) FROM followups") == before
    _deliver(outboxes["b"], _published(outboxes["b"])[0], inbox)

    sync_once(c, inbox, C)
    later = sync_once(c, inbox, C)

    assert [d for d in later.desks if d.waiting or d.error] == []
    assert scalar(c, "SELECT count(*) FROM followups WHERE transaction_id = ?", (deal,)) == 1
    assert check_event_file(c) == []


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (lambda text: text[: len(text) // 2], "terpotong"),  # half received
        (lambda text: text.replace("Tamu B", "Tamu Palsu"), "rusak atau diubah"),  # edited outside EventDesk
    ],
)
def test_a_cut_or_edited_segment_is_refused_and_named_and_other_desks_still_merge(
    prepared, tmp_path, stick, spoil, says
):
    mine, b_file, c_file = (copy_to(prepared, tmp_path / f"{n}.eventdesk") for n in "abc")
    register_one(b_file, B, "Tamu B")
    register_one(c_file, C, "Tamu C")
    sync_once(c_file, stick, C)  # first: C's full copy holds nothing of B
    sync_once(b_file, stick, B)
    exchange = exchange_folder(stick, event_id_of(mine))
    full_copy_path(exchange, B.desk_id).unlink()  # only the segment can bring B's work
    [segment] = read_layout(exchange).desks[B.desk_id].segments
    segment.path.write_text(spoil(segment.path.read_text(encoding="utf-8")), encoding="utf-8")

    report = sync_once(mine, stick, A)

    errors = {d.desk_id: d.error for d in report.desks}
    assert says in errors[B.desk_id] and segment.path.name in errors[B.desk_id]
    assert errors[C.desk_id] == "" and "Tamu C" in _names(mine)
    assert "Tamu B" not in _names(mine) and "Tamu Palsu" not in _names(mine)
    assert check_event_file(mine) == []


def test_a_segment_of_another_event_is_refused(prepared, tmp_path, stick):
    mine = copy_to(prepared, tmp_path / "a.eventdesk")
    other_event = prepare_event(tmp_path / "lain" / "acara-lain.eventdesk")
    register_one(other_event, B, "Tamu acara lain")
    sync_once(other_event, stick, B)
    theirs = exchange_folder(stick, event_id_of(other_event)) / B.desk_id
    ours = exchange_folder(stick, event_id_of(mine)) / B.desk_id
    shutil.copytree(theirs, ours)  # copied into this event's folder by hand

    report = sync_once(mine, stick, A)

    assert "acara lain" in {d.desk_id: d.error for d in report.desks}[B.desk_id]
    assert "Tamu acara lain" not in _names(mine)


def test_a_forked_desk_is_refused_and_only_its_entries(prepared, tmp_path, stick):
    """Desk B's identity copied to a second laptop: the second laptop's entries are refused, C's are merged."""
    mine, b_file, c_file = (copy_to(prepared, tmp_path / f"{n}.eventdesk") for n in "abc")
    forked = copy_to(prepared, tmp_path / "b-kembar.eventdesk")
    register_one(b_file, B, "Tamu B")
    register_one(c_file, C, "Tamu C")
    sync_once(b_file, stick, B)
    sync_once(c_file, stick, C)
    sync_once(mine, stick, A)
    other_laptop = tmp_path / "laptop-kembar"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTDESK_HOME", str(other_laptop))
        register_one(forked, B, "Tamu kembar")
        outbox = tmp_path / "keluar-kembar"
        outbox.mkdir()
        sync_once(forked, outbox, B)
    segments, _ = _published(outbox)
    # Syncthing keeps both versions of a segment both laptops named alike, the other as a conflict copy.
    event_folder = exchange_folder(stick, event_id_of(mine)) / B.desk_id
    for segment in segments:
        name = segment.name.replace(".jsonl", ".sync-conflict-20250508-101500-ABCDEFG.jsonl")
        shutil.copyfile(segment, event_folder / name)
    register_one(c_file, C, "Tamu C kedua")
    sync_once(c_file, stick, C)

    report = sync_once(mine, stick, A)

    errors = {d.desk_id: d.error for d in report.desks}
    assert "bercabang" in errors[B.desk_id] and [d.label for d in report.forked_desks] == ["Meja B"]
    assert "Cara memperbaiki" in report.forked_desks[0].fork_guide()
    assert errors[C.desk_id] == "" and {"Tamu B", "Tamu C", "Tamu C kedua"} <= _names(mine)
    assert "Tamu kembar" not in _names(mine)
    assert [d.desk_id for d in report.desks].count(B.desk_id) == 1


def test_the_laptop_that_forked_a_desk_is_told_how_to_fix_it_and_writes_nothing_over_its_files(
    prepared, tmp_path, stick
):
    b_file, forked = copy_to(prepared, tmp_path / "b.eventdesk"), copy_to(prepared, tmp_path / "b-kembar.eventdesk")
    register_one(b_file, B, "Tamu B")
    sync_once(b_file, stick, B)
    desk_folder = exchange_folder(stick, event_id_of(b_file)) / B.desk_id
    before = sorted(p.name for p in desk_folder.iterdir())
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTDESK_HOME", str(tmp_path / "laptop-kembar"))  # desk B's identity, copied
        register_one(forked, B, "Tamu kembar")
        register_one(forked, B, "Tamu kembar kedua")  # longer than B's history in the folder
        report = sync_once(forked, stick, B)

    assert report.forked_here and "Cara memperbaiki" in report.error and "Meja B" in report.error
    assert sorted(p.name for p in desk_folder.iterdir()) == before
    assert check_event_file(b_file) == []


def test_syncthing_files_are_left_alone_and_a_conflict_copy_is_merged_as_that_desks_without_news(
    prepared, tmp_path, stick
):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    register_one(theirs, B, "Tamu lama")
    sync_once(theirs, stick, B)
    exchange = exchange_folder(stick, event_id_of(mine))
    old_copy = full_copy_path(exchange, B.desk_id).read_bytes()
    register_one(theirs, B, "Tamu baru")
    sync_once(theirs, stick, B)
    conflict = exchange / f"{B.desk_id}.sync-conflict-20250508-101500-ABCDEFG.eventdesk"
    conflict.write_bytes(old_copy)
    (stick / ".stfolder").mkdir()
    (exchange / ".stignore").write_text("*.tmp\n")
    (exchange / ".stversions").mkdir()
    half = exchange / B.desk_id / ".syncthing.99999999-99999999.jsonl.tmp"
    half.write_text('{"format": "eventdesk-changes"')  # still being received: never read
    (exchange / B.desk_id / "~syncthing~00000001-00000009.jsonl.tmp").write_text("{")

    report = sync_once(mine, stick, A)

    assert report.ok and report.warnings == []
    assert [d.desk_id for d in report.desks] == [B.desk_id]
    assert report.desks[0].error == "" and {"Tamu lama", "Tamu baru"} <= _names(mine)
    assert check_event_file(mine) == []


def test_a_stale_copy_never_refreshes_when_a_desk_was_last_merged(prepared, tmp_path, stick):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    register_one(theirs, B, "Tamu B")
    old = shutil.copyfile(theirs, tmp_path / "b-lama.eventdesk")
    register_one(theirs, B, "Tamu B kedua")
    session = open_desk(mine, A)
    try:
        session.merges.merge(theirs)
        merged_at = session.merges.coverage().desks
        session.merges.merge(old)  # an older copy of B, found on a stick later
        again = session.merges.coverage().desks
    finally:
        session.close()
    assert [d.last_merged_at for d in again if d.desk_id == B.desk_id] == [
        d.last_merged_at for d in merged_at if d.desk_id == B.desk_id
    ]


def test_a_laptop_that_joins_late_starts_from_the_full_copies(prepared, tmp_path, stick):
    theirs = copy_to(prepared, tmp_path / "b.eventdesk")
    _book(theirs, B, 30)
    sync_once(theirs, stick, B)
    exchange = exchange_folder(stick, event_id_of(theirs))
    for segment in read_layout(exchange).desks[B.desk_id].segments:
        segment.path.unlink()  # the early segments went with a folder that was cleared
    late = copy_to(prepared, tmp_path / "late.eventdesk")

    report = sync_once(late, stick, C)

    assert report.ok and [d.error for d in report.desks] == [""]
    assert scalar(late, "SELECT count(*) FROM transactions") == scalar(theirs, "SELECT count(*) FROM transactions")
    manifest = read_manifest(exchange / C.desk_id / "manifest.json")
    assert manifest is not None and manifest.label == "Meja C" and manifest.full_copy_heads[B.desk_id] > 0


def test_a_desk_on_an_older_eventdesk_that_writes_only_full_copies_still_merges(prepared, tmp_path, stick):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    register_one(theirs, B, "Tamu versi lama")
    exchange = exchange_folder(stick, event_id_of(mine))
    exchange.mkdir()
    shutil.copyfile(theirs, full_copy_path(exchange, B.desk_id))  # what an older round wrote: the file only

    report = sync_once(mine, stick, A)

    assert [d.error for d in report.desks] == [""] and "Tamu versi lama" in _names(mine)


def test_a_full_copy_is_written_on_request_and_otherwise_kept(prepared, tmp_path, stick):
    mine = copy_to(prepared, tmp_path / "a.eventdesk")
    sync_once(mine, stick, A)
    register_one(mine, A, "Tamu A")
    kept = sync_once(mine, stick, A)
    asked = sync_once(mine, stick, A, full_copy=True)
    assert kept.full_copy_to == "" and asked.full_copy_to != ""
    exchange = exchange_folder(stick, event_id_of(mine))
    assert "Tamu A" in _names(full_copy_path(exchange, A.desk_id))


def test_the_heartbeat_says_when_each_desk_last_ran(prepared, tmp_path, stick):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    rounds = sync_once(theirs, stick, B)
    report = sync_once(mine, stick, A)
    assert [d.heard_at for d in report.desks] == [rounds.at]


def test_a_gap_is_filled_from_the_full_copy_and_the_later_segments_follow_on(prepared, tmp_path, stick):
    mine, theirs = copy_to(prepared, tmp_path / "a.eventdesk"), copy_to(prepared, tmp_path / "b.eventdesk")
    outbox = tmp_path / "keluar"
    # the full copy holds the first two
    _walk_ins_published(theirs, outbox, ["Tamu satu", "Tamu dua", "Tamu tiga"], full_copy_with="Tamu dua")
    segments, others = _published(outbox)
    _deliver(outbox, [*segments[1:], *others], stick)  # the first segment never arrives

    report = sync_once(mine, stick, A)

    assert [(d.error, d.waiting) for d in report.desks] == [("", "")]
    assert {"Tamu satu", "Tamu dua", "Tamu tiga"} <= _names(mine)
