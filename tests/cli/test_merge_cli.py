"""Several desks through the command line, as they will be checked: copies of one event file, one
EVENTDESK_HOME per desk, each checking in, booking and voiding different things, then merged in
different orders. Every file must end with the same totals and counts, and pass `check`."""

import shutil

import pytest

from eventdesk.services.integrity import check_event_file
from tests.cli.test_cli import assert_one_line_error, eventdesk
from tests.desks import contents
from tests.outside import booked_total, query, scalar

BOOKINGS = {
    "a": ("PT Samudra Biru Mandiri", "PT Borneo Segar Lestari", "Perikanan", "1,5 M"),
    "b": ("Kopi Lereng Arjuno", "CV Teluk Balikpapan Jaya", "Pengolahan Hasil Bumi", "250 jt"),
    "c": ("PT Kutai Sawit Lestari", "PT Bromo Agro Industri", "Pengolahan Hasil Bumi", "2 M"),
}


@pytest.fixture(scope="module")
def worked_desks(tmp_path_factory):
    """Desks a, b and c on copies of the demo, each having done its own work (files not merged yet)."""
    root = tmp_path_factory.mktemp("desks")
    master = root / "acara.eventdesk"
    assert eventdesk(root / "kantor", "demo", master).returncode == 0
    waiting = [code for (code,) in query(master, "SELECT code FROM attendees WHERE checked_in_at IS NULL ORDER BY code")]
    booked = [row_id for (row_id,) in query(master, "SELECT id FROM transactions WHERE status = 'booked' ORDER BY id")]
    for index, name in enumerate("abc"):
        path = root / f"{name}.eventdesk"
        shutil.copyfile(master, path)
        home = root / f"home-{name}"
        buyer, seller, sector, value = BOOKINGS[name]
        assert eventdesk(home, "checkin", path, waiting[index]).returncode == 0
        assert eventdesk(home, "checkin", path, waiting[3]).returncode == 0  # the same person, at every desk
        assert eventdesk(home, "book", path, "--buyer", buyer, "--seller", seller, "--sector", sector, "--value", value, "--kind", "trade").returncode == 0
    assert eventdesk(root / "home-b", "void", root / "b.eventdesk", booked[0], "--reason", "dobel").returncode == 0
    return root


def _merge(root, into, *others):
    result = eventdesk(root / f"home-{into}", "merge", root / f"{into}.eventdesk", *(root / f"{other}.eventdesk" for other in others))
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result


def _figures(path):
    return (
        booked_total(path),
        scalar(path, "SELECT count(*) FROM transactions WHERE status = 'booked'"),
        scalar(path, "SELECT count(*) FROM transactions WHERE status = 'void'"),
        scalar(path, "SELECT count(*) FROM attendees"),
        scalar(path, "SELECT count(checked_in_at) FROM attendees"),
        scalar(path, "SELECT count(*) FROM agreements WHERE status = 'signed'"),
    )


def test_desks_merged_in_different_orders_end_identical_and_sound(worked_desks, tmp_path):
    first, second = tmp_path / "hub", tmp_path / "chain"
    for folder in (first, second):
        for name in "abc":
            folder.mkdir(exist_ok=True)
            shutil.copyfile(worked_desks / f"{name}.eventdesk", folder / f"{name}.eventdesk")
            shutil.copytree(worked_desks / f"home-{name}", folder / f"home-{name}")

    hub = _merge(first, "a", "b", "c")  # a gathers everything, then b and c take it from a
    _merge(first, "b", "a")
    _merge(first, "c", "a")
    _merge(second, "c", "b")  # the other way round, in a chain
    _merge(second, "a", "c")
    _merge(second, "b", "a")
    _merge(second, "c", "a")

    files = [folder / f"{name}.eventdesk" for folder in (first, second) for name in "abc"]
    expected_total = 666_000_000_000 + 1_500_000_000 + 250_000_000 + 2_000_000_000 - scalar(
        worked_desks / "acara.eventdesk", "SELECT value_idr FROM transactions WHERE status = 'booked' ORDER BY id LIMIT 1"
    )
    assert {_figures(path) for path in files} == {(expected_total, 66, 2, 157, 129, 9)}
    assert len({repr(contents(path)) for path in files}) == 1
    for path in files[:1] + files[3:4]:
        result = eventdesk(first / "home-a", "check", path)
        assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert [check_event_file(path) for path in files] == [[]] * 6
    assert hub.stdout.count("Transaksi baru: 1") == 2 and "Data dari 4 meja" in hub.stdout
    listed = eventdesk(first / "home-a", "conflicts", first / "a.eventdesk", "--all")
    assert listed.stdout.count("Check-in di dua meja") == 2

    again = _merge(first, "a", "b", "c")
    assert again.stdout.count("tidak ada yang baru") == 2


def test_merging_a_file_of_another_event_fails_in_one_line_and_changes_nothing(worked_desks, tmp_path):
    other = tmp_path / "lain.eventdesk"
    assert eventdesk(tmp_path / "home", "demo", other).returncode == 0
    target = tmp_path / "a.eventdesk"
    shutil.copyfile(worked_desks / "a.eventdesk", target)
    before = contents(target)

    result = eventdesk(worked_desks / "home-a", "merge", target, other)

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "acara lain" in result.stderr
    assert contents(target) == before


def test_merge_preview_says_what_it_would_bring_and_writes_nothing(worked_desks, tmp_path):
    target = tmp_path / "a.eventdesk"
    shutil.copyfile(worked_desks / "a.eventdesk", target)
    before = contents(target)

    result = eventdesk(worked_desks / "home-a", "merge", "--preview", target, worked_desks / "b.eventdesk")

    assert (result.returncode, result.stderr) == (0, "")
    assert "akan membawa" in result.stdout and "Transaksi dibatalkan: 1" in result.stdout
    assert contents(target) == before


def test_sync_writes_this_desks_copy_and_merges_the_others(worked_desks, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    for name in "ab":
        shutil.copyfile(worked_desks / f"{name}.eventdesk", tmp_path / f"{name}.eventdesk")
    first = eventdesk(worked_desks / "home-a", "sync", tmp_path / "a.eventdesk", "--folder", folder)
    second = eventdesk(worked_desks / "home-b", "sync", tmp_path / "b.eventdesk", "--folder", folder)

    assert (first.returncode, first.stderr, second.returncode, second.stderr) == (0, "", 0, "")
    assert "Salinan meja ini ditulis" in first.stdout
    assert "digabungkan" in second.stdout
    assert booked_total(tmp_path / "b.eventdesk") > booked_total(worked_desks / "b.eventdesk")
    [exchange] = folder.iterdir()
    assert len(list(exchange.glob("*.eventdesk"))) == 2


def test_sync_to_a_missing_folder_fails_in_one_line(worked_desks, tmp_path):
    target = tmp_path / "a.eventdesk"
    shutil.copyfile(worked_desks / "a.eventdesk", target)
    result = eventdesk(worked_desks / "home-a", "sync", target, "--folder", tmp_path / "dicabut")
    assert_one_line_error(result)
    assert "tidak tersedia" in result.stderr
