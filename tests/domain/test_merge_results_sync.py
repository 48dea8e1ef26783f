"""What a sync round's report says of the other desks: which went quiet, and whether any is heard at all."""

from datetime import UTC, datetime, timedelta

from eventdesk.domain.merge_results import SyncedDesk, SyncReport

NOW = datetime(2025, 5, 8, 6, 0, tzinfo=UTC)


def _report(*heard_minutes_ago):
    desks = [
        SyncedDesk(f"desk-{n}", f"Meja {n}", heard_at=None if ago is None else NOW - timedelta(minutes=ago))
        for n, ago in enumerate(heard_minutes_ago, start=2)
    ]
    return SyncReport(at=NOW, folder="/media/flashdisk", desks=desks)


def test_a_desk_whose_heartbeat_is_older_than_ten_minutes_is_silent():
    report = _report(3, 11, None)
    assert [desk.label for desk in report.silent_desks()] == ["Meja 3"]
    assert report.nothing_heard_since(NOW - timedelta(hours=1)) is None


def test_nothing_heard_when_every_desk_is_quiet_since_the_newest_heartbeat():
    report = _report(12, 30)
    assert report.nothing_heard_since(NOW - timedelta(hours=1)) == NOW - timedelta(minutes=12)


def test_a_lone_desk_says_nothing_heard_only_after_ten_minutes_of_syncing():
    assert _report().nothing_heard_since(NOW - timedelta(minutes=5)) is None
    assert _report().nothing_heard_since(NOW - timedelta(minutes=15)) == NOW - timedelta(minutes=15)


def test_a_failed_round_is_a_failure_not_a_quiet_folder():
    report = _report(30)
    report.error = "Folder sinkron tidak tersedia"
    assert report.nothing_heard_since(NOW - timedelta(hours=1)) is None
