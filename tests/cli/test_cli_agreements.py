"""`report agreements`, `report schedule` and `fingerprint` as a script runs them."""

import shutil

import pytest
from pypdf import PdfReader

from eventdesk.domain.models import Actor
from eventdesk.services.session import open_session
from tests.cli.test_cli import assert_one_line_error, eventdesk
from tests.outside import sha256


@pytest.fixture
def demo_file(demo_master, tmp_path):
    path = tmp_path / "balikpapan.eventdesk"
    shutil.copyfile(demo_master, path)
    return path


def _text(path):
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_signed_summary_carries_the_fingerprint_the_fingerprint_command_prints(demo_file, tmp_path, eventdesk_home):
    output = tmp_path / "perjanjian.pdf"
    made = eventdesk(eventdesk_home, "report", "agreements", demo_file, "-o", output, "--detail-pages")
    before = sha256(demo_file)
    printed = eventdesk(eventdesk_home, "fingerprint", demo_file)
    assert (made.returncode, made.stdout.strip(), made.stderr) == (0, str(output), "")
    assert (printed.returncode, printed.stderr) == (0, "")
    fingerprint = printed.stdout.split()[0]
    assert printed.stdout.strip() == f"{fingerprint}  (9 perjanjian ditandatangani, nilai Rp232.500.000.000)"
    text = _text(output)
    assert f"Sidik isi: {fingerprint}" in text
    assert "Perjanjian 9 dari 9" in text  # --detail-pages
    assert sha256(demo_file) == before  # the fingerprint opens the file read-only


def test_the_fingerprint_follows_a_change_to_a_signed_agreement(demo_file, eventdesk_home):
    before = eventdesk(eventdesk_home, "fingerprint", demo_file).stdout.split()[0]
    session = open_session(demo_file, Actor("7c1d0a52-5b8e-4c0e-9a57-0000000000c4", "Meja Protokol", "Irwan Saputra"))
    try:
        signed = session.agreements.signed_summary().agreements[0]
        session.agreements.unsign(signed.id, "Ditandai keliru")
    finally:
        session.close()
    after = eventdesk(eventdesk_home, "fingerprint", demo_file)
    assert after.stdout.split()[0] != before
    assert "(8 perjanjian ditandatangani" in after.stdout


def test_report_schedule_writes_the_run_sheet(demo_file, tmp_path, eventdesk_home):
    output = tmp_path / "susunan.pdf"
    result = eventdesk(eventdesk_home, "report", "schedule", demo_file, "-o", output)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, str(output), "")
    text = _text(output)
    assert "Panggung Utama" in text and "Meja Penandatanganan" in text  # the spot column of the running order
    assert "Konektivitas Logistik Laut Surabaya – Balikpapan" in text


def test_detail_pages_belong_to_the_agreements_report_only(demo_file, tmp_path, eventdesk_home):
    result = eventdesk(eventdesk_home, "report", "schedule", demo_file, "-o", tmp_path / "x.pdf", "--detail-pages")
    assert_one_line_error(result)
    assert result.returncode == 2 and "--detail-pages" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_fingerprint_of_a_missing_file_is_one_line(tmp_path, eventdesk_home):
    result = eventdesk(eventdesk_home, "fingerprint", tmp_path / "tidak-ada.eventdesk")
    assert_one_line_error(result)
    assert "tidak-ada.eventdesk" in result.stderr
