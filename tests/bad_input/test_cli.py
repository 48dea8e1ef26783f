"""The corpus through the command line: one clear line on stderr, a non-zero exit, nothing written, no traceback."""

import io
import os
import sqlite3
import subprocess
import sys
import zipfile

import pytest

from eventdesk import cli
from tests.bad_input.corpus import AMOUNTS, REFUSED, UNKNOWN_CODES
from tests.outside import query, sha256

BUYER, SELLER = "CV Teluk Balikpapan Jaya", "Abon Ikan Pesisir Kenjeran"
BAD_AMOUNTS = [(case, typed) for case, typed, expected in AMOUNTS if expected is REFUSED and "\x00" not in typed]


def run(capsys, *args):
    status = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_refused(status, err):
    assert status != 0
    assert "Traceback" not in err and "database is locked" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eventdesk: ") and len(lines[0]) < 400, err


def _transactions(path):
    return query(path, "SELECT count(*), COALESCE(sum(value_idr), 0) FROM transactions")[0]


def test_the_same_command_with_a_good_amount_books_it(capsys, demo_path):
    before = _transactions(demo_path)
    status, _out, err = run(
        capsys,
        "book",
        demo_path,
        "--buyer",
        BUYER,
        "--seller",
        SELLER,
        "--sector",
        "Perikanan",
        "--value",
        "1,5 M",
        "--kind",
        "trade",
    )
    assert (status, err) == (0, "")
    assert _transactions(demo_path) == (before[0] + 1, before[1] + 1_500_000_000)


@pytest.mark.parametrize(("case", "typed"), BAD_AMOUNTS, ids=[c for c, _ in BAD_AMOUNTS])
def test_book_refuses_bad_amounts(capsys, demo_path, case, typed):
    before = _transactions(demo_path)
    status, _, err = run(
        capsys,
        "book",
        demo_path,
        "--buyer",
        BUYER,
        "--seller",
        SELLER,
        "--sector",
        "Perikanan",
        "--value",
        typed,
        "--kind",
        "trade",
    )
    assert_refused(status, err)
    assert _transactions(demo_path) == before


@pytest.mark.parametrize(
    ("case", "options"),
    [
        ("unknown buyer", ["--buyer", "PT Tidak Ada", "--seller", SELLER, "--sector", "Perikanan"]),
        ("markup buyer", ["--buyer", "<b>PT</b>", "--seller", SELLER, "--sector", "Perikanan"]),
        ("unknown sector", ["--buyer", BUYER, "--seller", SELLER, "--sector", "Antariksa"]),
        ("same buyer and seller", ["--buyer", BUYER, "--seller", BUYER, "--sector", "Perikanan"]),
        (
            "10,000 character commodity",
            ["--buyer", BUYER, "--seller", SELLER, "--sector", "Perikanan", "--commodity", "x" * 10_000],
        ),
    ],
)
def test_book_refuses_bad_parties(capsys, demo_path, case, options):
    before = _transactions(demo_path)
    status, _, err = run(capsys, "book", demo_path, *options, "--value", "5 jt", "--kind", "trade")
    assert_refused(status, err)
    assert _transactions(demo_path) == before


@pytest.mark.parametrize(
    ("case", "code"),
    [c for c in UNKNOWN_CODES if "\x00" not in c[1]],
    ids=[c for c, t in UNKNOWN_CODES if "\x00" not in t],
)
def test_checkin_refuses_unknown_codes(capsys, demo_path, case, code):
    before = query(demo_path, "SELECT count(checked_in_at) FROM attendees")
    status, _, err = run(capsys, "checkin", demo_path, code)
    assert_refused(status, err)
    assert query(demo_path, "SELECT count(checked_in_at) FROM attendees") == before


@pytest.mark.parametrize(
    ("case", "args"),
    [
        ("unknown id", ["tidak-ada", "--reason", "salah"]),
        ("empty reason", [None, "--reason", "  "]),
        ("null in reason", [None, "--reason", "a\x07b"]),
    ],
)
def test_void_refuses(capsys, demo_path, case, args):
    booked = query(demo_path, "SELECT id FROM transactions WHERE status = 'booked' LIMIT 1")[0][0]
    args = [booked if a is None else a for a in args]
    before = _transactions(demo_path), query(demo_path, "SELECT count(*) FROM transactions WHERE status = 'void'")
    status, _, err = run(capsys, "void", demo_path, *args)
    assert_refused(status, err)
    assert (
        _transactions(demo_path),
        query(demo_path, "SELECT count(*) FROM transactions WHERE status = 'void'"),
    ) == before


def _bad_files(folder, demo_path):
    """Files that are not sound event files, named .eventdesk as a user might have them."""
    made = {}
    made["missing"] = folder / "tidak-ada.eventdesk"
    made["folder"] = folder / "folder.eventdesk"
    made["folder"].mkdir()
    made["empty"] = folder / "kosong.eventdesk"
    made["empty"].write_bytes(b"")
    made["text"] = folder / "teks.eventdesk"
    made["text"].write_text("nama,telepon\nSiti,0812\n", encoding="utf-8")
    made["renamed html"] = folder / "halaman.eventdesk"
    made["renamed html"].write_text("<!DOCTYPE html><html><body>Daftar</body></html>", encoding="utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.csv", "a,b\n")
    made["renamed zip"] = folder / "arsip.eventdesk"
    made["renamed zip"].write_bytes(buffer.getvalue())
    made["png"] = folder / "logo.eventdesk"
    made["png"].write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    other = folder / "lain.eventdesk"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    made["another sqlite database"] = other
    made["cut short"] = folder / "terpotong.eventdesk"
    made["cut short"].write_bytes(demo_path.read_bytes()[:40_000])
    made["header only"] = folder / "kepala.eventdesk"
    made["header only"].write_bytes(demo_path.read_bytes()[:100])
    damaged = folder / "rusak.eventdesk"
    data = bytearray(demo_path.read_bytes())
    data[4096 * 4 : 4096 * 6] = b"\xff" * 8192
    damaged.write_bytes(bytes(data))
    made["damaged pages"] = damaged
    newer = folder / "baru.eventdesk"
    newer.write_bytes(demo_path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    made["newer schema"] = newer
    return made


BAD_FILES = [
    "missing",
    "folder",
    "empty",
    "text",
    "renamed html",
    "renamed zip",
    "png",
    "another sqlite database",
    "cut short",
    "header only",
    "damaged pages",
    "newer schema",
]


@pytest.fixture
def bad_files(tmp_path, demo_path):
    return _bad_files(tmp_path, demo_path)


@pytest.mark.parametrize("kind", BAD_FILES)
@pytest.mark.parametrize("command", ["checkin", "backup", "report", "check"])
def test_commands_refuse_files_that_are_not_sound_event_files_and_leave_them_alone(
    capsys, bad_files, tmp_path, kind, command
):
    path = bad_files[kind]
    fingerprint = sha256(path) if path.is_file() else None
    args = {
        "checkin": ["checkin", path, "X-0001"],
        "backup": ["backup", path, "--to", tmp_path / "cadangan"],
        "report": ["report", "summary", path, "-o", tmp_path / "r.pdf"],
        "check": ["check", path],
    }[command]
    status, _out, err = run(capsys, *args)
    if command == "check":
        assert status == 1 and "Traceback" not in err and err.strip()
    else:
        assert_refused(status, err)
    if fingerprint is not None:
        assert sha256(path) == fingerprint
        assert not path.with_name(path.name + "-wal").exists()
    assert not (tmp_path / "r.pdf").exists()
    assert not (tmp_path / "cadangan").exists() or not any((tmp_path / "cadangan").iterdir())


def test_an_argument_with_undecodable_bytes_is_a_plain_refusal(demo_path, eventdesk_home):
    env = {**os.environ, "EVENTDESK_HOME": str(eventdesk_home), "PYTHONIOENCODING": "utf-8"}
    before = _transactions(demo_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventdesk",
            "book",
            str(demo_path),
            "--buyer",
            b"PT \xff\xfe".decode("utf-8", "surrogateescape"),
            "--seller",
            SELLER,
            "--sector",
            "Perikanan",
            "--value",
            "5 jt",
            "--kind",
            "trade",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=60,
    )
    assert_refused(result.returncode, result.stderr)
    assert _transactions(demo_path) == before
