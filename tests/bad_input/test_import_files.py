"""The registration-list corpus through the import service and through `eventdesk import attendees`.

A file that cannot be read is refused with one clear line and the event
file is left as it was (the same audit rows, the same attendees). A file that
is read has every good row imported as it stands in the file, each bad row
named by the row number the spreadsheet shows with its reason, and nothing
else written: one audit row per new attendee or organisation.
"""

from __future__ import annotations

import pytest

from eventdesk import cli
from eventdesk.domain.errors import EventDeskError, UnreadableFile
from eventdesk.domain.import_report import RowFate
from eventdesk.domain.models import Actor
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import open_session
from eventdesk.store import attendees as attendee_store
from tests.bad_input.import_files import READ_FILES, REFUSED_FILES, ids
from tests.outside import query, scalar

IMPORTER = Actor("1a9f0000-0000-4000-8000-0000000001a9", "Meja Impor", "Penguji Impor")
STORED_COLUMNS = {
    "organisation": "(SELECT name FROM organisations WHERE id = a.organisation_id)",
    "title": "a.title",
    "phone": "a.phone",
    "email": "a.email",
    "notes": "a.notes",
}


def _counts(path):
    """What a refusal must leave as it was: audit rows, attendees, organisations.

    A desk new to the file records itself when it opens the file (a `desks` row), import or not.
    """
    return (
        scalar(path, "SELECT count(*) FROM audit_log WHERE table_name != 'desks'"),
        scalar(path, "SELECT count(*) FROM attendees"),
        scalar(path, "SELECT count(*) FROM organisations"),
    )


def _stored(path, full_name, columns):
    selected = ", ".join(STORED_COLUMNS[column] for column in columns)
    rows = query(path, f"SELECT {selected} FROM attendees a WHERE a.full_name = ?", (full_name,))
    assert len(rows) == 1, (full_name, rows)
    return dict(zip(columns, rows[0], strict=True))


def _assert_written_exactly(path, before, imported: int, new_organisations: int, report_lines=None):
    audit, attendees, organisations = before
    assert scalar(path, "SELECT count(*) FROM attendees") == attendees + imported
    assert scalar(path, "SELECT count(*) FROM organisations") == organisations + new_organisations
    assert (
        scalar(path, "SELECT count(*) FROM audit_log WHERE table_name != 'desks'")
        == audit + imported + new_organisations
    )


# --- through the service (the import dialog and the command line both call it) ---------------------


@pytest.mark.parametrize("case", REFUSED_FILES, ids=ids(REFUSED_FILES))
def test_the_service_refuses_a_file_it_cannot_read_in_one_line_and_writes_nothing(case, demo_path, tmp_path):
    source = case.make(tmp_path)
    session = open_session(demo_path, IMPORTER)  # a desk new to the file records itself on opening
    before = _counts(demo_path)
    try:
        with pytest.raises(UnreadableFile) as refused:
            session.imports.run(source)
        assert not session.file.conn.in_transaction
    finally:
        session.close()
    message = refused.value.message
    assert case.refused in message, message
    assert "\n" not in message and len(message) < 400 and "Traceback" not in message
    assert _counts(demo_path) == before


@pytest.mark.parametrize("case", READ_FILES, ids=ids(READ_FILES))
def test_the_service_imports_the_good_rows_and_names_each_bad_one_by_its_row(case, demo_path, tmp_path):
    source = case.make(tmp_path)
    session = open_session(demo_path, IMPORTER)
    before = _counts(demo_path)
    try:
        report = session.imports.run(source)
    finally:
        session.close()

    assert {line.row_number: line.fate.value for line in report.lines} == case.fates
    for row, words in case.words.items():
        [line] = [line for line in report.lines if line.row_number == row]
        assert words in line.shown_with, (row, line.shown_with)
    for line in report.lines:
        assert "\n" not in line.shown_with and len(line.shown_with) < 600, line.shown_with
        assert line.fate is not RowFate.REJECTED or line.reason
    _assert_written_exactly(demo_path, before, report.imported, len(report.new_organisations))
    for line in report.with_fate(RowFate.IMPORT):  # every good row is there, under the code the report gives
        assert query(demo_path, "SELECT full_name FROM attendees WHERE code = ?", (line.code,)) == [(line.full_name,)]
    for full_name, columns in case.stored.items():
        assert _stored(demo_path, full_name, list(columns)) == columns
    assert check_event_file(demo_path, tmp_path / "no-backups") == []


def test_a_failure_while_writing_leaves_no_organisation_or_attendee_of_the_list(demo_path, tmp_path, monkeypatch):
    """The new organisations are written first; a failure after them takes them back too."""
    from tests.lists import write_xlsx

    source = write_xlsx(
        tmp_path / "daftar.xlsx",
        [["Nama", "Instansi"], ["Uji Gagal Satu", "PT Uji Baru Sekali"], ["Uji Gagal Dua", "CV Uji Baru"]],
    )

    def disk_full(*args, **kwargs):
        raise EventDeskError("Disk penuh (uji).")

    monkeypatch.setattr(attendee_store, "add_attendees_bulk", disk_full)
    session = open_session(demo_path, IMPORTER)
    before = _counts(demo_path)
    try:
        with pytest.raises(EventDeskError):
            session.imports.run(source)
        assert not session.file.conn.in_transaction
    finally:
        session.close()
    assert _counts(demo_path) == before
    assert check_event_file(demo_path, tmp_path / "no-backups") == []


# --- through the command line --------------------------------------------------------------------


def _import(capsys, path, source):
    status = cli.main(["--operator", "Penguji", "import", "attendees", str(path), str(source)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("case", REFUSED_FILES, ids=ids(REFUSED_FILES))
def test_the_command_refuses_a_file_it_cannot_read_in_one_line_and_leaves_the_event_file_alone(
    case, demo_path, tmp_path, capsys
):
    source = case.make(tmp_path)
    before = _counts(demo_path)

    status, out, err = _import(capsys, demo_path, source)

    assert status == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eventdesk: ") and case.refused in lines[0], err
    assert "Traceback" not in err and len(lines[0]) < 400
    assert _counts(demo_path) == before


@pytest.mark.parametrize("case", READ_FILES, ids=ids(READ_FILES))
def test_the_command_prints_counts_and_each_rejected_row_by_its_number(case, demo_path, tmp_path, capsys):
    source = case.make(tmp_path)
    before = _counts(demo_path)

    status, out, err = _import(capsys, demo_path, source)

    assert (status, err) == (0, "")  # no warning of a library on stderr either
    lines = out.splitlines()
    fates = list(case.fates.values())
    imported, duplicates, rejected = (fates.count(fate) for fate in ("import", "duplicate", "rejected"))
    assert f"Diimpor: {imported} · Duplikat: {duplicates} · Ditolak: {rejected}" in lines
    for row, fate in case.fates.items():
        if fate == "rejected":
            [said] = [line for line in lines if line.startswith(f"baris {row}: ditolak — ")]
            assert case.words.get(row, "") in said
        elif fate == "duplicate":
            assert any(line.startswith(f"baris {row}: duplikat — ") for line in lines)
        elif row in case.words:
            [said] = [line for line in lines if line.startswith(f"baris {row}: peringatan — ")]
            assert case.words[row] in said
    assert all(len(line) < 700 for line in lines)
    new_organisations = next((int(line.rsplit(" ", 1)[1]) for line in lines if line.startswith("Organisasi baru: ")), 0)
    _assert_written_exactly(demo_path, before, imported, new_organisations)
    for full_name, columns in case.stored.items():
        assert _stored(demo_path, full_name, list(columns)) == columns


def test_the_installed_command_prints_no_library_warning_for_a_list_it_reads(demo_path, tmp_path, eventdesk_home):
    """openpyxl warns about a phone in a date-formatted cell; staff must see only EventDesk's own lines."""
    import os
    import subprocess
    import sys

    [case] = [case for case in READ_FILES if case.name.startswith("phone numbers as Excel numbers")]
    source = case.make(tmp_path)
    env = {
        **os.environ,
        "EVENTDESK_HOME": str(eventdesk_home),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONWARNINGS": "default",
    }
    result = subprocess.run(
        [sys.executable, "-m", "eventdesk", "import", "attendees", str(demo_path), str(source)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert "Diimpor: 9 · Duplikat: 0 · Ditolak: 0" in result.stdout.splitlines()
