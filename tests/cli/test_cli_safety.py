"""Ordinary mistakes at the venue, through the command line as scripts and staff meet them: two copies of
the event file on one laptop, read-only media, a Windows console, a settings folder that cannot be
written, a stick that is not plugged in, two sync rounds at once. Each ends in the work being kept
and one clear line, never a forked desk or a traceback."""

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from eventdesk.services.integrity import check_event_file
from tests.cli.test_cli import assert_one_line_error, eventdesk
from tests.outside import booked_total, query, scalar, sha256, siblings

DEAL = (
    "--buyer",
    "PT Samudra Biru Mandiri",
    "--seller",
    "PT Borneo Segar Lestari",
    "--sector",
    "Perikanan",
    "--kind",
    "trade",
)
VIETNAMESE = "Đặng Thị Ngọc Ánh"


def _book(home, path, value):
    result = eventdesk(home, "book", path, *DEAL, "--value", value)
    assert result.returncode == 0, result.stderr
    return result


def _sync(home, path, folder):
    result = eventdesk(home, "sync", path, "--folder", folder)
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result


def _values(path):
    return {value for (value,) in query(path, "SELECT value_idr FROM transactions WHERE status = 'booked'")}


def test_two_copies_on_one_laptop_reach_every_desk_and_every_sync_is_accepted(demo_file, tmp_path):
    """The reported case: laptop A books in one copy and syncs; B syncs; A books in its second copy and
    syncs; B books."""
    folder = tmp_path / "stick"
    folder.mkdir()
    home_a, home_b = tmp_path / "laptop-a", tmp_path / "laptop-b"
    desktop, downloads, desk_b = (
        shutil.copyfile(demo_file, tmp_path / name)
        for name in ("desktop.eventdesk", "downloads.eventdesk", "b.eventdesk")
    )

    _book(home_a, desktop, "31 jt")
    _sync(home_a, desktop, folder)
    _sync(home_b, desk_b, folder)
    second_copy = _book(home_a, downloads, "32 jt")
    assert "(salinan)" in second_copy.stderr and len(second_copy.stderr.strip().splitlines()) == 1
    _sync(home_a, downloads, folder)
    _book(home_b, desk_b, "33 jt")
    for _ in range(2):
        for home, path in ((home_b, desk_b), (home_a, desktop), (home_a, downloads)):
            _sync(home, path, folder)

    deals = {31_000_000, 32_000_000, 33_000_000}
    for path in (desktop, downloads, desk_b):
        assert deals <= _values(path)
        assert booked_total(path) == booked_total(demo_file) + 96_000_000
        assert check_event_file(path) == []
    labels = [label for (label,) in query(desk_b, "SELECT label FROM desks")]
    assert sum(label.endswith("(salinan)") for label in labels) == 1


def test_a_backup_copied_back_over_the_event_file_writes_on_as_a_new_desk(demo_file, tmp_path):
    home, backups = tmp_path / "laptop", tmp_path / "cadangan"
    _book(home, demo_file, "10 jt")
    backup = eventdesk(home, "backup", demo_file, "--to", backups).stdout.strip()
    _book(home, demo_file, "20 jt")  # not in the backup
    shutil.copyfile(backup, demo_file)  # "restored" by hand
    after = _book(home, demo_file, "30 jt")

    assert "(salinan)" in after.stderr
    other = shutil.copyfile(demo_file, tmp_path / "lain.eventdesk")
    assert eventdesk(tmp_path / "laptop-b", "merge", other, demo_file).returncode == 0


ENCODINGS = ("cp1252", "ascii")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_command_finishes_under_a_console_that_cannot_show_the_names(demo_file, tmp_path, encoding):
    home = tmp_path / "home"
    code = scalar(demo_file, "SELECT code FROM attendees WHERE full_name = ?", (VIETNAMESE,))
    folder = tmp_path / "stick"
    folder.mkdir()
    other = shutil.copyfile(demo_file, tmp_path / "lain.eventdesk")
    assert eventdesk(tmp_path / "home-b", "checkin", other, code).returncode == 0
    assert eventdesk(tmp_path / "home-b", "sync", other, "--folder", folder).returncode == 0
    rows = tmp_path / "daftar.csv"
    rows.write_text(
        f"Nama;Instansi;No HP\n{VIETNAMESE} Hai;Công ty Mê Kông → Borneo;0857 3100 9999\n", encoding="utf-8"
    )
    commands = [
        ("checkin", demo_file, code),
        ("book", demo_file, *DEAL, "--value", "1 M", "--commodity", "Kopi → Jepang"),
        ("totals", demo_file),
        ("merge", demo_file, other),
        ("conflicts", demo_file, "--all"),
        ("sync", demo_file, "--folder", folder),
        ("import", "attendees", demo_file, rows),
        ("export", "attendees", demo_file, tmp_path / "ekspor.csv"),
        ("report", "summary", demo_file, "-o", tmp_path / "ringkasan.pdf"),
        ("fingerprint", demo_file),
        ("check", demo_file),
        ("backup", demo_file, "--to", tmp_path / "cadangan"),
    ]
    env = {**os.environ, "EVENTDESK_HOME": str(home), "PYTHONIOENCODING": encoding}
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-m", "eventdesk", *map(str, command)], capture_output=True, env=env, timeout=120
        )
        assert result.returncode == 0, (command, result.stderr.decode(encoding, "replace"))
        assert b"Traceback" not in result.stderr
    assert scalar(demo_file, "SELECT checked_in_at IS NOT NULL FROM attendees WHERE code = ?", (code,)) == 1


def _read_only_mount_works(folder):
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"mount --bind -o ro '{folder}' '{folder}' && ! touch '{folder}/probe'"],
        capture_output=True,
    )
    return probe.returncode == 0


def test_reading_commands_work_on_read_only_media_and_writing_commands_say_so(demo_file, tmp_path):
    media = tmp_path / "flashdisk"
    media.mkdir()
    event = shutil.move(demo_file, media / "acara.eventdesk")
    if shutil.which("unshare") is None or not _read_only_mount_works(media):
        pytest.skip("a read-only bind mount needs 'unshare -m' and the right to mount (root, as on CI)")
    held = sha256(event)
    out = tmp_path / "keluar"
    out.mkdir()
    script = "\n".join(
        [f"mount --bind -o ro '{media}' '{media}' || exit 99"]
        + [
            f"EVENTDESK_HOME='{tmp_path / 'home'}' PYTHONIOENCODING=utf-8 '{sys.executable}' -m eventdesk {args} "
            f"> '{out}/{name}.out' 2> '{out}/{name}.err'; echo $? > '{out}/{name}.rc'"
            for name, args in [
                ("totals", f"totals '{event}'"),
                ("report", f"report agreements '{event}' -o '{out}/perjanjian.pdf'"),
                ("export", f"export attendees '{event}' '{out}/peserta.xlsx'"),
                ("fingerprint", f"fingerprint '{event}'"),
                ("check", f"check '{event}'"),
                ("backup", f"backup '{event}' --to '{out}/cadangan'"),
                ("checkin", f"checkin '{event}' 8PF-0001"),
                ("book", f"book '{event}' " + " ".join(f"'{part}'" for part in DEAL) + " --value '1 M'"),
            ]
        ]
    )
    subprocess.run(["unshare", "-m", "sh", "-c", script], check=True, timeout=300)

    def result(name):
        return (
            int((out / f"{name}.rc").read_text()),
            (out / f"{name}.out").read_text("utf-8"),
            (out / f"{name}.err").read_text("utf-8"),
        )

    for name in ("totals", "report", "export", "fingerprint", "check", "backup"):
        status, _stdout, stderr = result(name)
        assert (status, stderr) == (0, ""), name
    assert "Rp666.000.000.000" in result("totals")[1]
    for name in ("checkin", "book"):
        status, _, stderr = result(name)
        assert status == 1 and "hanya-baca" in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert sha256(event) == held and siblings(event) == []


def test_a_read_only_event_file_refuses_writes_in_one_line_and_stays_unchanged(demo_file, tmp_path, monkeypatch):
    """A 0444 file as an ordinary user: os.access says no (root would be let through, so it is asked as such a user)."""
    from eventdesk import cli

    held = sha256(demo_file)
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode, **kw: False
        if str(path) == str(demo_file) and mode == os.W_OK
        else real_access(path, mode, **kw),
    )
    assert cli.main(["checkin", str(demo_file), "8PF-0001"]) == 1
    assert cli.main(["totals", str(demo_file)]) == 0
    assert sha256(demo_file) == held


def test_a_home_folder_that_is_a_file_is_one_line_and_nothing_is_written(demo_file, tmp_path):
    not_a_folder = tmp_path / "bukan-folder"
    not_a_folder.write_text("x")
    held = sha256(demo_file)
    for args in (("totals", demo_file), ("checkin", demo_file, "8PF-0001")):
        result = eventdesk(not_a_folder, *args)
        assert_one_line_error(result)
        assert "tidak bisa dibuat" in result.stderr
    assert sha256(demo_file) == held


def test_a_settings_folder_that_cannot_be_written_is_one_line_and_nothing_is_written(demo_file, monkeypatch, capsys):
    import tempfile

    from eventdesk import cli

    held = sha256(demo_file)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert cli.main(["checkin", str(demo_file), "8PF-0001"]) == 1
    error = capsys.readouterr().err
    assert "Pengaturan tidak bisa disimpan" in error and len(error.strip().splitlines()) == 1
    assert sha256(demo_file) == held


def test_a_file_name_too_long_for_the_system_is_one_line(tmp_path):
    result = eventdesk(tmp_path / "home", "totals", tmp_path / ("x" * 300 + ".eventdesk"))
    assert_one_line_error(result)
    assert "tidak bisa dibuka" in result.stderr


def test_booking_above_a_trillion_from_the_command_line_asks_for_yes(demo_file, tmp_path):
    home = tmp_path / "home"
    refused = eventdesk(home, "book", demo_file, *DEAL, "--value", "1.500 M")
    assert_one_line_error(refused)
    assert "--yes" in refused.stderr and "satu triliun lima ratus miliar" in refused.stderr
    assert 1_500_000_000_000 not in _values(demo_file)
    assert eventdesk(home, "book", demo_file, *DEAL, "--value", "1.500 M", "--yes").returncode == 0
    assert 1_500_000_000_000 in _values(demo_file)
    assert eventdesk(home, "book", demo_file, *DEAL, "--value", "286.000.000 rupiah").returncode == 0
    assert 286_000_000 in _values(demo_file)


def test_names_echoed_in_errors_are_cleaned_and_bounded(demo_file, tmp_path):
    result = eventdesk(
        tmp_path / "home",
        "book",
        demo_file,
        "--buyer",
        "PT A\nB\x1b[31m" + "x" * 10_000,
        "--seller",
        "PT Borneo Segar Lestari",
        "--sector",
        "Perikanan",
        "--kind",
        "trade",
        "--value",
        "1 jt",
    )
    assert_one_line_error(result)
    assert "\x1b" not in result.stderr and len(result.stderr) < 400


def test_an_operator_name_with_control_and_direction_characters_is_recorded_clean(demo_file, tmp_path):
    result = eventdesk(
        tmp_path / "home", "--operator", "Ani\x1b[2J\u202eStaf\t" + "y" * 200, "checkin", demo_file, "8PF-0001"
    )
    assert result.returncode == 0, result.stderr
    operator = scalar(demo_file, "SELECT operator FROM audit_log ORDER BY rowid DESC LIMIT 1")
    assert operator.startswith("Ani [2JStaf y") and len(operator) <= 80
    assert all(ch.isprintable() for ch in operator)


def test_sync_errors_name_the_file_in_the_folder_not_a_scratch_copy(demo_file, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    home = tmp_path / "home"
    _sync(home, demo_file, folder)
    [exchange] = folder.iterdir()
    broken = exchange / "11111111-2222-4333-8444-555555555555.eventdesk"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # half copied
    result = eventdesk(home, "sync", demo_file, "--folder", folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(broken) in result.stderr and "eventdesk-sync-" not in result.stderr


def test_twenty_pairs_of_sync_rounds_of_one_desk_at_once_all_succeed(demo_file, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    home = tmp_path / "home"
    _sync(home, demo_file, folder)
    env = {**os.environ, "EVENTDESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    failures = []

    def round_():
        result = subprocess.run(
            [sys.executable, "-m", "eventdesk", "sync", str(demo_file), "--folder", str(folder)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        if result.returncode != 0:
            failures.append(result.stderr)

    for _ in range(20):
        pair = [threading.Thread(target=round_) for _ in range(2)]
        for thread in pair:
            thread.start()
        for thread in pair:
            thread.join()
    assert failures == []
    [exchange] = folder.iterdir()
    assert [p.name for p in exchange.iterdir() if p.name.endswith(".part")] == []


def test_an_empty_mount_point_where_the_stick_was_is_questioned_and_nothing_written(demo_file, tmp_path, monkeypatch):
    from eventdesk.domain.models import Actor
    from eventdesk.services import sync

    mount_point = tmp_path / "media" / "panitia" / "FLASHDISK"
    mount_point.mkdir(parents=True)
    monkeypatch.setattr(sync, "REMOVABLE_ROOTS", (str(tmp_path / "media"),))
    report = sync.sync_once(demo_file, mount_point, Actor("a1", "Meja 1", "Ani"))
    assert not report.ok and "flashdisk" in report.error
    assert list(mount_point.iterdir()) == []


def test_scratch_copies_left_by_a_killed_round_are_removed_by_the_next(demo_file, tmp_path, monkeypatch):
    import tempfile

    from eventdesk.domain.models import Actor
    from eventdesk.services import sync

    scratch_root = tmp_path / "tmp"
    scratch_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_root))
    old, fresh = scratch_root / "eventdesk-sync-lama", scratch_root / "eventdesk-sync-baru"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "salinan.eventdesk").write_bytes(b"x" * 1000)
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    stick = tmp_path / "stick"
    stick.mkdir()
    assert sync.sync_once(demo_file, stick, Actor("a1", "Meja 1", "Ani")).ok
    assert not old.exists() and fresh.exists()


def _as_schema(path, version, *dropped_indexes):
    """The file as an older EventDesk left it: the indexes its later steps add are not there yet."""
    conn = sqlite3.connect(path)
    for index in dropped_indexes:
        conn.execute(f"DROP INDEX {index}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_a_file_lacking_only_a_newer_index_is_read_as_it_is_and_gets_the_index_from_the_next_write(demo_file, tmp_path):
    home = tmp_path / "home"
    _as_schema(demo_file, 11, "attendees_present")
    held = sha256(demo_file)

    read = eventdesk(home, "totals", demo_file)

    assert read.returncode == 0, read.stderr
    assert "Rp666.000.000.000" in read.stdout and "Peserta hadir / terdaftar" in read.stdout
    assert sha256(demo_file) == held and siblings(demo_file) == []
    assert eventdesk(home, "checkin", demo_file, "8PF-0001").returncode == 0
    assert scalar(demo_file, "SELECT count(*) FROM sqlite_master WHERE name = 'attendees_present'") == 1
    assert scalar(demo_file, "PRAGMA user_version") > 11


def test_a_file_lacking_a_step_that_changes_what_is_read_is_refused_by_a_reading_command_and_left_as_it_was(
    demo_file, tmp_path
):
    conn = sqlite3.connect(demo_file)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'transaction_sums_%'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE transaction_sums")
    conn.execute("DROP TABLE transaction_hours")
    conn.commit()
    conn.close()
    _as_schema(demo_file, 10, "attendees_present")  # before the kept sums (m011)
    held = sha256(demo_file)

    result = eventdesk(tmp_path / "home", "totals", demo_file)

    assert_one_line_error(result)
    assert "skema lama" in result.stderr
    assert sha256(demo_file) == held
