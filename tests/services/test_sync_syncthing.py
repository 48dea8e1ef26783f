"""Three desks syncing through real Syncthing (three instances on 127.0.0.1, one shared folder): every write
reaches every desk, the files converge, `check` passes and the totals agree; Syncthing's own files are no harm."""

import time

import pytest

from eventdesk.services.integrity import check_event_file
from eventdesk.services.sync import SyncMemory, sync_once
from tests import syncthing
from tests.desks import contents, copy_to, desk, open_desk, prepare_event
from tests.outside import booked_total

pytestmark = pytest.mark.skipif(
    not syncthing.available(), reason="syncthing is not installed (Debian: apt-get install syncthing)"
)

DESKS = (desk("A"), desk("B"), desk("C"))
CONVERGE_SECONDS = 120


def _work(path, actor, number):
    session = open_desk(path, actor)
    try:
        buyer, seller = session.organisations.list()[number % 2 : number % 2 + 2]
        for deal in range(3):
            session.transactions.book(
                buyer_id=buyer.id, seller_id=seller.id, value=(number * 10 + deal + 1) * 100_000_000, kind="trade"
            )
        session.attendees.register(f"Tamu {actor.desk_label}", "buyer")
    finally:
        session.close()


def _converge(paths, instances, memories):
    """Sync rounds on every desk, each through its own Syncthing's copy of the folder, until the files agree."""
    deadline = time.monotonic() + CONVERGE_SECONDS
    while time.monotonic() < deadline:
        for n, (path, instance) in enumerate(zip(paths, instances, strict=True)):
            report = sync_once(path, instance.folder, DESKS[n], memories[n])
            assert report.ok, report.error
            assert [d.error for d in report.desks if d.error] == [], [d.error for d in report.desks]
            assert [warning for warning in report.warnings] == []  # Syncthing's files are not strays
        if len({repr(contents(path)) for path in paths}) == 1:
            return
        time.sleep(1)
    logs = "\n".join(syncthing.log_tail(instance) for instance in instances)
    pytest.fail(f"desks did not converge through Syncthing in {CONVERGE_SECONDS} s\n{logs}")


def test_three_desks_converge_through_real_syncthing(tmp_path):
    prepared = prepare_event(tmp_path / "misi.eventdesk")
    paths = [copy_to(prepared, tmp_path / f"meja-{n}.eventdesk") for n in range(3)]
    memories = [SyncMemory() for _ in paths]
    with syncthing.cluster(tmp_path / "syncthing", 3) as instances:
        for n, path in enumerate(paths):
            _work(path, DESKS[n], n)
        _converge(paths, instances, memories)

        for n, path in enumerate(paths):  # a second round of work, after the first sync
            _work(path, DESKS[n], n + 3)
        _converge(paths, instances, memories)

    assert all(check_event_file(path) == [] for path in paths)
    assert len({booked_total(path) for path in paths}) == 1
    assert booked_total(paths[0]) - booked_total(prepared) == sum(
        (number * 10 + deal + 1) * 100_000_000 for number in range(6) for deal in range(3)
    )
    segments = sorted(p.name for p in instances[0].folder.rglob("*.jsonl"))
    assert len(segments) >= 6  # two rounds of work per desk, each its own segment
