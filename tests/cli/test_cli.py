"""The command line as scripts use it: `python -m eventdesk …` in a subprocess, with its own EVENTDESK_HOME."""

import os
import re
import sqlite3
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from eventdesk import __version__
from eventdesk.domain.clock import local_moment
from eventdesk.domain.money import format_full
from tests.lists import KALTIM_ROWS, write_encrypted_xlsx, write_xlsx
from tests.outside import booked_total, query, scalar, sha256, siblings, tamper

COMMANDS = (
    "demo",
    "check",
    "report",
    "checkin",
    "book",
    "void",
    "totals",
    "backup",
    "merge",
    "conflicts",
    "sync",
    "import",
    "export",
)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def eventdesk(home, *args):
    env = {**os.environ, "EVENTDESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "eventdesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def assert_one_line_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_help_lists_every_command(eventdesk_home):
    result = eventdesk(eventdesk_home, "--help")
    assert (result.returncode, result.stderr) == (0, "")
    for command in COMMANDS:
        assert command in result.stdout


def test_a_misspelt_command_is_refused_naming_every_command(eventdesk_home):
    """(A command's own arguments are built alone; a word that is no command still gets the whole list.)"""
    result = eventdesk(eventdesk_home, "totalz", "acara.eventdesk")
    assert_one_line_error(result)
    assert result.returncode == 2 and "'totalz'" in result.stderr
    for command in COMMANDS:
        assert f"'{command}'" in result.stderr


def test_an_operator_named_like_a_command_is_the_operator_and_the_command_still_runs(demo_file, eventdesk_home):
    [(code,)] = query(demo_file, "SELECT code FROM attendees WHERE checked_in_at IS NULL LIMIT 1")
    result = eventdesk(eventdesk_home, "--operator", "totals", "checkin", demo_file, code)
    assert (result.returncode, result.stderr) == (0, "")
    [(attendee_id,)] = query(demo_file, "SELECT id FROM attendees WHERE code = ?", (code,))
    operators = query(demo_file, "SELECT DISTINCT operator FROM audit_log WHERE row_id = ?", (attendee_id,))
    assert ("totals",) in operators


def test_version_prints_the_release(eventdesk_home):
    result = eventdesk(eventdesk_home, "--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"EventDesk {__version__}")


def test_demo_writes_the_mission_and_reports_its_total(demo_made):
    result, path = demo_made
    assert (result.returncode, result.stderr) == (0, "")
    assert "Rp666.000.000.000" in result.stdout
    assert booked_total(path) == 666_000_000_000
    assert siblings(path) == []


def test_check_passes_the_demo_and_leaves_the_file_as_it_was(demo_file, eventdesk_home):
    fingerprint = sha256(demo_file)
    result = eventdesk(eventdesk_home, "check", demo_file)
    assert (result.returncode, result.stderr) == (0, "")
    assert sha256(demo_file) == fingerprint
    assert siblings(demo_file) == []


def _text_file(path):
    path.write_text("Nama,Telepon\nBudi Santoso,0812-3456-7890\n", encoding="utf-8")


def _foreign_database(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)")
    conn.execute("INSERT INTO invoices (amount) VALUES (1250000)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make", [_text_file, _foreign_database], ids=["text file", "foreign sqlite"])
def test_check_refuses_a_file_that_is_not_an_event_in_one_line_and_leaves_it(make, tmp_path, eventdesk_home):
    path = tmp_path / "bukan-acara.eventdesk"
    make(path)
    fingerprint = sha256(path)

    result = eventdesk(eventdesk_home, "check", path)

    assert_one_line_error(result)
    assert str(path) in result.stderr
    assert sha256(path) == fingerprint
    assert siblings(path) == []


def test_check_names_a_value_changed_behind_the_apps_back(demo_file, eventdesk_home):
    transaction_id = scalar(demo_file, "SELECT id FROM transactions WHERE status = 'booked' ORDER BY id LIMIT 1")
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE transactions SET value_idr = value_idr + 1 WHERE id = ?", (transaction_id,))
    conn.commit()
    conn.close()

    result = eventdesk(eventdesk_home, "check", demo_file)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert transaction_id in result.stderr


def test_report_summary_writes_the_pdf_and_leaves_the_event_file_unchanged(demo_file, tmp_path, eventdesk_home):
    output = tmp_path / "ringkasan.pdf"
    before = sha256(demo_file)
    result = eventdesk(eventdesk_home, "report", "summary", demo_file, "-o", output)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, str(output), "")
    text = " ".join(PdfReader(output).pages[0].extract_text().split())
    assert "Rp666.000.000.000" in text
    assert sha256(demo_file) == before


def test_report_schedule_is_one_running_order_unless_a_page_per_spot_is_asked(demo_file, tmp_path, eventdesk_home):
    running, per_spot = tmp_path / "urutan.pdf", tmp_path / "per-tempat.pdf"
    assert eventdesk(eventdesk_home, "report", "schedule", demo_file, "-o", running).returncode == 0
    assert eventdesk(eventdesk_home, "report", "schedule", demo_file, "-o", per_spot, "--per-spot").returncode == 0
    first_pages = [" ".join(PdfReader(path).pages[0].extract_text().split()) for path in (running, per_spot)]
    assert first_pages[0].startswith("Susunan Acara Penandatanganan Kamis, 8 Mei 2025")
    assert first_pages[1].startswith("Panggung Utama Kamis, 8 Mei 2025 · Panggung")
    assert len(PdfReader(running).pages) < len(PdfReader(per_spot).pages)


def test_report_summary_option_leaves_out_every_line_of_the_recap_and_the_attendee_list(
    demo_file, tmp_path, eventdesk_home
):
    pages = {}
    for kind in ("transactions", "attendees"):
        for option in ((), ("--summary",)):
            output = tmp_path / f"{kind}{len(option)}.pdf"
            assert eventdesk(eventdesk_home, "report", kind, demo_file, "-o", output, *option).returncode == 0
            reader = PdfReader(output)
            pages[kind, bool(option)] = (len(reader.pages), " ".join(p.extract_text() for p in reader.pages))
    assert pages["transactions", True][0] < pages["transactions", False][0]
    assert "Rincian transaksi tercatat" in pages["transactions", False][1]
    assert "Rincian transaksi tercatat" not in pages["transactions", True][1]
    assert "Mengetahui," in pages["transactions", True][1] and "Mengetahui," in pages["transactions", False][1]
    assert pages["attendees", True][0] == 1 and "Jumlah per daerah" in pages["attendees", True][1]
    assert "Agus Hidayat" in pages["attendees", False][1] and "Agus Hidayat" not in pages["attendees", True][1]


def test_checkin_checks_in_once_and_then_says_already(demo_file, eventdesk_home):
    code, name = query(
        demo_file, "SELECT code, full_name FROM attendees WHERE checked_in_at IS NULL ORDER BY code LIMIT 1"
    )[0]

    first = eventdesk(eventdesk_home, "checkin", demo_file, code.lower())
    checked_in_at = scalar(demo_file, "SELECT checked_in_at FROM attendees WHERE code = ?", (code,))
    second = eventdesk(eventdesk_home, "checkin", demo_file, code)

    assert (first.returncode, first.stderr, second.returncode, second.stderr) == (0, "", 0, "")
    assert code in first.stdout and name in first.stdout
    assert checked_in_at is not None
    assert "sudah" in second.stdout and "sudah" not in first.stdout
    assert scalar(demo_file, "SELECT checked_in_at FROM attendees WHERE code = ?", (code,)) == checked_in_at


def test_checkin_refuses_an_unknown_code(demo_file, eventdesk_home):
    fingerprint = scalar(demo_file, "SELECT count(checked_in_at) FROM attendees")
    result = eventdesk(eventdesk_home, "checkin", demo_file, "ZZ-9999")
    assert_one_line_error(result)
    assert "ZZ-9999" in result.stderr
    assert scalar(demo_file, "SELECT count(checked_in_at) FROM attendees") == fingerprint


def test_book_reads_the_value_as_typed_prints_the_id_and_the_total_grows(demo_file, eventdesk_home):
    before = booked_total(demo_file)
    result = eventdesk(
        eventdesk_home,
        "book",
        demo_file,
        "--buyer",
        "PT Samudra Biru Mandiri",
        "--seller",
        "Amplang Karya Etam",
        "--sector",
        "perikanan",
        "--value",
        "1,5 M",
        "--kind",
        "trade",
        "--commodity",
        "Amplang ikan tenggiri",
    )
    assert (result.returncode, result.stderr) == (0, "")
    transaction_id = result.stdout.strip()
    assert UUID.match(transaction_id)
    assert query(
        demo_file, "SELECT value_idr, kind, status, commodity FROM transactions WHERE id = ?", (transaction_id,)
    ) == [(1_500_000_000, "trade", "booked", "Amplang ikan tenggiri")]
    assert booked_total(demo_file) == before + 1_500_000_000


def test_book_with_an_unknown_buyer_suggests_the_closest_names_and_books_nothing(demo_file, eventdesk_home):
    before = scalar(demo_file, "SELECT count(*) FROM transactions")
    result = eventdesk(
        eventdesk_home,
        "book",
        demo_file,
        "--buyer",
        "PT Samudra Biru Mandri",
        "--seller",
        "Amplang Karya Etam",
        "--sector",
        "Perikanan",
        "--value",
        "1,5 M",
        "--kind",
        "trade",
    )
    assert_one_line_error(result)
    assert "PT Samudra Biru Mandri" in result.stderr
    assert "PT Samudra Biru Mandiri" in result.stderr
    assert scalar(demo_file, "SELECT count(*) FROM transactions") == before


def test_book_without_a_value_is_a_one_line_usage_error(demo_file, eventdesk_home):
    result = eventdesk(
        eventdesk_home, "book", demo_file, "--buyer", "A", "--seller", "B", "--sector", "C", "--kind", "trade"
    )
    assert_one_line_error(result)
    assert result.returncode == 2
    assert "--value" in result.stderr


def test_void_takes_a_deal_out_of_the_total(demo_file, eventdesk_home):
    transaction_id, value = query(
        demo_file, "SELECT id, value_idr FROM transactions WHERE status = 'booked' ORDER BY id LIMIT 1"
    )[0]
    before = booked_total(demo_file)

    result = eventdesk(eventdesk_home, "void", demo_file, transaction_id, "--reason", "Dobel input di meja 2")

    assert (result.returncode, result.stderr) == (0, "")
    assert transaction_id in result.stdout
    assert booked_total(demo_file) == before - value
    assert query(demo_file, "SELECT status, void_reason FROM transactions WHERE id = ?", (transaction_id,)) == [
        ("void", "Dobel input di meja 2")
    ]


def test_book_with_a_name_like_none_registered_says_so_without_guesses(demo_file, eventdesk_home):
    result = eventdesk(
        eventdesk_home,
        "book",
        demo_file,
        "--buyer",
        "Qwerty Zxcv",
        "--seller",
        "Amplang Karya Etam",
        "--sector",
        "Perikanan",
        "--value",
        "1 M",
        "--kind",
        "trade",
    )
    assert_one_line_error(result)
    assert "Qwerty Zxcv" in result.stderr and "Mungkin" not in result.stderr


def test_void_takes_the_first_characters_of_an_id_as_the_list_shows_them(demo_file, eventdesk_home):
    transaction_id = query(demo_file, "SELECT id FROM transactions WHERE status = 'booked' ORDER BY id LIMIT 1")[0][0]
    result = eventdesk(eventdesk_home, "void", demo_file, transaction_id[:8], "--reason", "Dobel")
    assert (result.returncode, result.stderr) == (0, "")
    assert scalar(demo_file, "SELECT status FROM transactions WHERE id = ?", (transaction_id,)) == "void"


def test_report_transactions_writes_the_recap_with_the_booked_total(demo_file, eventdesk_home, tmp_path):
    output = tmp_path / "rekap.pdf"
    result = eventdesk(eventdesk_home, "report", "transactions", demo_file, "-o", output)
    assert (result.returncode, result.stderr) == (0, "")
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(output).pages).split())
    assert "Rp666.000.000.000" in text and "enam ratus enam puluh enam miliar rupiah" in text


def test_totals_prints_the_same_figures_as_the_file_holds(demo_file, eventdesk_home):
    import json

    result = eventdesk(eventdesk_home, "totals", demo_file, "--json")
    assert (result.returncode, result.stderr) == (0, "")
    figures = json.loads(result.stdout)
    assert figures["total_idr"] == booked_total(demo_file) == 666_000_000_000
    assert (
        figures["by_kind"]["trade"]["value_idr"] + figures["by_kind"]["investment"]["value_idr"] == figures["total_idr"]
    )
    assert sum(line["value_idr"] for line in figures["by_direction"]) == figures["total_idr"]
    assert figures["void_count"] == 1
    plain = eventdesk(eventdesk_home, "totals", demo_file)
    assert "Rp666.000.000.000" in plain.stdout and "enam ratus enam puluh enam miliar rupiah" in plain.stdout


def test_totals_at_a_time_gives_the_figures_announced_then_and_json_the_day_as_the_press_reports_it(
    demo_file, eventdesk_home
):
    import json
    from datetime import UTC

    def booked_by(moment):  # counted independently: booked by then, or voided only later
        at = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return scalar(
            demo_file,
            "SELECT coalesce(sum(value_idr), 0) FROM transactions WHERE created_at <= ?"
            " AND (status = 'booked' OR voided_at > ?)",
            (at, at),
        )

    seen = []
    for clock in ("10:00", "12:00", "14:30", "17:00"):
        result = eventdesk(eventdesk_home, "totals", demo_file, "--at", f"2025-05-08 {clock}", "--json")
        assert (result.returncode, result.stderr) == (0, "")
        figures = json.loads(result.stdout)
        hour, minute = map(int, clock.split(":"))
        moment = local_moment(date(2025, 5, 8), hour, minute, "Asia/Makassar")
        assert figures["as_of"] == f"2025-05-08T{clock}+08:00"
        assert figures["total_idr"] == booked_by(moment)
        host = figures["host"]
        parts = host["sales_idr"] + host["purchases_idr"] + host["investment_idr"] + host["other_idr"]
        assert host["region"] == "Jawa Timur" and parts == figures["total_idr"]
        seen.append(figures["total_idr"])
    assert seen == sorted(seen) and 0 < seen[0] < seen[-1] == 666_000_000_000  # the figure grows through the day
    assert figures["target_idr"] == 650_000_000_000
    assert [point["total_idr"] for point in figures["by_hour"]] == sorted(p["total_idr"] for p in figures["by_hour"])
    assert figures["by_hour"][-1]["total_idr"] == 666_000_000_000
    assert (
        len(figures["top_deals"]) == 10 and figures["top_deals"][0]["value_idr"] >= figures["top_deals"][9]["value_idr"]
    )
    assert sum(line["value_idr"] for line in figures["by_commodity"]) == 666_000_000_000
    sold_from = query(
        demo_file,
        "SELECT se.district, sum(t.value_idr) FROM transactions t JOIN organisations se ON se.id = t.seller_id"
        " WHERE t.status = 'booked' GROUP BY 1",
    )
    assert {line["district"]: line["value_idr"] for line in figures["by_district"]} == dict(sold_from)
    assert figures["top_deals"][0]["seller_district"] == "Kabupaten Kutai Kartanegara"
    plain = eventdesk(eventdesk_home, "totals", demo_file, "--at", "2025-05-08 12:00")
    assert plain.stdout.startswith("Hingga Kamis, 8 Mei 2025 pukul 12.00 WITA\nTarget Rp650.000.000.000: tercapai ")
    refused = eventdesk(eventdesk_home, "totals", demo_file, "--at", "kemarin siang")
    assert refused.returncode != 0 and "tidak terbaca" in refused.stderr


def test_followup_records_what_became_of_a_deal_and_totals_gives_the_realised_value(demo_file, eventdesk_home):
    import json

    deal = query(demo_file, "SELECT id FROM transactions WHERE status = 'booked' ORDER BY value_idr DESC LIMIT 1")[0][0]
    result = eventdesk(
        eventdesk_home,
        "followup",
        demo_file,
        deal[:8],
        "--status",
        "realised",
        "--value",
        "1,2 M",
        "--date",
        "2025-11-08",
        "--note",
        "Dikirim bertahap",
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert "Terealisasi pada 8 November 2025" in result.stdout and "Rp1.200.000.000" in result.stdout
    figures = json.loads(eventdesk(eventdesk_home, "totals", demo_file, "--json").stdout)
    assert (figures["realised_idr"], figures["total_idr"]) == (1_200_000_000, 666_000_000_000)
    refused = eventdesk(eventdesk_home, "followup", demo_file, deal, "--status", "realised", "--date", "2025-11-08")
    assert refused.returncode != 0 and "Tulis nilai yang terealisasi." in refused.stderr


def test_backup_writes_a_sound_copy_to_the_folder_given_and_prints_its_path(demo_file, tmp_path, eventdesk_home):
    result = eventdesk(eventdesk_home, "backup", demo_file, "--to", tmp_path / "usb")
    assert (result.returncode, result.stderr) == (0, "")
    made = tmp_path / "usb" / result.stdout.strip().rsplit("/", 1)[-1]
    assert made.exists() and booked_total(made) == booked_total(demo_file)
    assert eventdesk(eventdesk_home, "check", made).returncode == 0


# --- registration lists, attendee reports, badges, export ---------------------------------------


def test_import_attendees_prints_counts_and_each_rejected_row_by_its_number(demo_file, tmp_path, eventdesk_home):
    source = write_xlsx(tmp_path / "peserta-kaltim.xlsx", KALTIM_ROWS)
    before = scalar(demo_file, "SELECT count(*) FROM attendees")

    result = eventdesk(eventdesk_home, "import", "attendees", demo_file, source)

    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert "Diimpor: 5 · Duplikat: 1 · Ditolak: 1" in lines
    assert "baris 11: ditolak — Nama lengkap wajib diisi." in lines
    assert any(line.startswith("baris 9: duplikat — Lilis Suryani") for line in lines)
    assert any(line.startswith("baris 12: peringatan — Nurul Aini") and "nurul@@pesisir" in line for line in lines)
    assert scalar(demo_file, "SELECT count(*) FROM attendees") == before + 5
    assert (
        scalar(demo_file, "SELECT phone FROM attendees WHERE full_name = ?", ("Fransiskus X. O'Neil",))
        == "+6281390001111"
    )

    again = eventdesk(eventdesk_home, "import", "attendees", demo_file, source)
    assert "Diimpor: 0 · Duplikat: 6 · Ditolak: 1" in again.stdout.splitlines()
    assert eventdesk(eventdesk_home, "check", demo_file).returncode == 0


@pytest.mark.parametrize("kind", ["missing", "password", "not a list"])
def test_import_of_an_unreadable_file_is_one_line_and_non_zero(demo_file, tmp_path, eventdesk_home, kind):
    source = {
        "missing": tmp_path / "tidak-ada.xlsx",
        "password": write_encrypted_xlsx(tmp_path / "rahasia.xlsx"),
        "not a list": tmp_path / "catatan.pdf",
    }[kind]
    if kind == "not a list":
        source.write_bytes(b"%PDF-1.4 not a list")
    fingerprint = sha256(demo_file)
    result = eventdesk(eventdesk_home, "import", "attendees", demo_file, source)
    assert_one_line_error(result)
    assert str(source) in result.stderr
    assert sha256(demo_file) == fingerprint


def test_report_attendees_and_badges_write_pdfs_and_leave_the_file_as_it_was(demo_file, tmp_path, eventdesk_home):
    fingerprint = sha256(demo_file)
    listing = eventdesk(eventdesk_home, "report", "attendees", demo_file, "-o", tmp_path / "hadir.pdf")
    assert (listing.returncode, listing.stderr) == (0, "")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "hadir.pdf").pages)
    assert "Daftar Hadir Peserta" in text and "José Müller Santoso" in text and "****" in text

    first = eventdesk(eventdesk_home, "report", "badges", demo_file, "-o", tmp_path / "badges.pdf", "--layout", "a4")
    registered = scalar(demo_file, "SELECT count(*) FROM attendees WHERE deleted_at IS NULL")
    assert (first.returncode, first.stderr) == (0, "")
    assert len(PdfReader(tmp_path / "badges.pdf").pages) == (registered + 3) // 4
    assert first.stdout.startswith(f"{registered} tanda pengenal")
    assert sha256(demo_file) == fingerprint  # a report only reads; printing is recorded on the Peserta screen

    tamper(demo_file, "UPDATE attendees SET badge_printed_at = created_at WHERE rowid % 2 = 0")
    again = eventdesk(eventdesk_home, "report", "badges", demo_file, "-o", tmp_path / "new.pdf", "--not-printed")
    not_printed = scalar(
        demo_file, "SELECT count(*) FROM attendees WHERE badge_printed_at IS NULL AND deleted_at IS NULL"
    )
    assert again.stdout.startswith(f"{not_printed} tanda pengenal")


def test_export_attendees_writes_xlsx(demo_file, tmp_path, eventdesk_home):
    import openpyxl

    result = eventdesk(eventdesk_home, "export", "attendees", demo_file, tmp_path / "peserta.xlsx")
    assert (result.returncode, result.stderr) == (0, "")
    sheet = openpyxl.load_workbook(tmp_path / "peserta.xlsx").active
    assert sheet.max_row - 1 == scalar(demo_file, "SELECT count(*) FROM attendees WHERE deleted_at IS NULL")


def test_report_realisation_reads_back_booked_against_realised_and_the_deals_not_followed_up(
    demo_file, eventdesk_home, tmp_path
):
    import json

    largest = [
        row[0]
        for row in query(
            demo_file, "SELECT id FROM transactions WHERE status = 'booked' ORDER BY value_idr DESC LIMIT 3"
        )
    ]
    for deal, status, value, day in (
        (largest[0], "partly_realised", "40 M", "2025-07-20"),  # within 3 months
        (largest[0], "realised", "120 M", "2025-10-30"),  # replaces the 40 M by 6 months
        (largest[1], "contract_signed", "", "2025-06-15"),
        (largest[2], "realised", "30 M", "2026-02-01"),  # by 12 months
    ):
        recorded = eventdesk(
            eventdesk_home, "followup", demo_file, deal[:8], "--status", status, "--value", value, "--date", day
        )
        assert recorded.returncode == 0, recorded.stderr
    before = query(demo_file, "SELECT count(*) FROM audit_log")
    output = tmp_path / "realisasi.pdf"
    result = eventdesk(eventdesk_home, "report", "realisation", demo_file, "-o", output)
    assert (result.returncode, result.stderr) == (0, "")
    assert query(demo_file, "SELECT count(*) FROM audit_log") == before  # a report reads only
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(output).pages).split())

    assert "Realisasi Transaksi" in text and "Rp150.000.000.000" in text
    assert "seratus lima puluh miliar rupiah" in text
    assert "Dari Rp666.000.000.000 yang tercatat pada misi (64 transaksi), Rp150.000.000.000 telah terealisasi" in text
    assert "3 bulan 8 Agustus 2025 Rp40.000.000.000 6,0% 1 dari 64 2 dari 64" in text
    assert "6 bulan 8 November 2025 Rp120.000.000.000 18,0% 1 dari 64 2 dari 64" in text
    assert "12 bulan 8 Mei 2026 Rp150.000.000.000 22,5% 2 dari 64 3 dari 64" in text
    assert "Belum ditindaklanjuti (61 transaksi)" in text
    totals = json.loads(eventdesk(eventdesk_home, "totals", demo_file, "--json").stdout)
    assert totals["realised_idr"] == 150_000_000_000
    assert f"Jumlah Rp666.000.000.000 {format_full(totals['realised_idr'])} 22,5% 64 2" in text


def test_missions_reads_each_file_without_changing_it_and_gives_the_cumulative_figures(
    demo_file, eventdesk_home, tmp_path
):
    import json
    from dataclasses import replace

    from eventdesk.services.session import open_session
    from tests.desks import desk

    earlier = tmp_path / "misi-2024.eventdesk"
    assert eventdesk(eventdesk_home, "demo", earlier).returncode == 0
    session = open_session(earlier, desk("A"))
    settings = session.settings.get()
    session.settings.save(
        replace(
            settings,
            name="Misi Dagang Jawa Timur – Sulawesi Selatan 2024",
            city="Makassar",
            venue="",
            start_date=date(2024, 10, 10),
            end_date=date(2024, 10, 10),
        )
    )
    session.close()
    deal = query(demo_file, "SELECT id FROM transactions WHERE status = 'booked' ORDER BY value_idr DESC LIMIT 1")
    assert (
        eventdesk(
            eventdesk_home,
            "followup",
            demo_file,
            deal[0][0][:8],
            "--status",
            "realised",
            "--value",
            "100 M",
            "--date",
            "2025-11-08",
        ).returncode
        == 0
    )
    before = {path: sha256(path) for path in (demo_file, earlier)}
    output = tmp_path / "misi.pdf"

    result = eventdesk(eventdesk_home, "missions", demo_file, earlier, "--json", "-o", output)

    assert (result.returncode, result.stderr) == (0, "")
    assert {path: sha256(path) for path in (demo_file, earlier)} == before  # both only read
    figures = json.loads(result.stdout)
    assert [m["start_date"] for m in figures["missions"]] == ["2024-10-10", "2025-05-08"]  # oldest first
    businesses = scalar(
        demo_file,
        "SELECT count(*) FROM organisations WHERE kind IN ('company', 'enterprise', 'umkm', 'cooperative')"
        " AND id IN (SELECT buyer_id FROM transactions WHERE status = 'booked'"
        " UNION SELECT seller_id FROM transactions WHERE status = 'booked')",
    )
    latest = figures["missions"][1]
    assert (latest["booked_idr"], latest["realised_idr"], latest["deals"], latest["businesses"]) == (
        booked_total(demo_file),
        100_000_000_000,
        64,
        businesses,
    )
    assert figures["total"] == {
        "missions": 2,
        "booked_idr": 1_332_000_000_000,
        "realised_idr": 100_000_000_000,
        "deals": 128,
        "businesses": 2 * businesses,
    }
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(output).pages).split())
    assert "Rekap Misi Dagang dan Investasi" in text and "Misi Dagang dan Investasi 2024–2025" in text
    assert "satu triliun tiga ratus tiga puluh dua miliar rupiah" in text
    assert f"Jumlah 2 misi 128 {2 * businesses} Rp1.332.000.000.000 Rp100 miliar" in text
    assert "Makassar" in text

    twice = eventdesk(eventdesk_home, "missions", demo_file, earlier, demo_file)
    assert twice.returncode != 0 and "misi yang sama" in twice.stderr


def test_export_followups_writes_the_worklist_without_touching_the_file_and_import_reads_it_back(
    demo_file, eventdesk_home, tmp_path
):
    import openpyxl

    before = sha256(demo_file)
    sheet = tmp_path / "tindak-lanjut.xlsx"
    result = eventdesk(eventdesk_home, "export", "followups", demo_file, sheet, "--months", "3")
    assert (result.returncode, result.stderr) == (0, "")
    assert "64 transaksi untuk ditindaklanjuti" in result.stdout
    assert sha256(demo_file) == before  # exporting only reads

    book = openpyxl.load_workbook(sheet)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:2] == ("ID transaksi", "Penjual") and rows[0][-4:] == (
        "Tanggal tindak lanjut",
        "Status",
        "Nilai terealisasi",
        "Catatan",
    )
    assert sum(row[7] for row in rows[1:]) == 666_000_000_000
    [choices] = book.active.data_validations.dataValidation
    assert "Terealisasi sebagian" in choices.formula1
    book.active.cell(row=2, column=10, value="2025-11-08")
    book.active.cell(row=2, column=11, value="Terealisasi sebagian")
    book.active.cell(row=2, column=12, value="500 jt")
    book.active.cell(row=3, column=10, value="2025-11-08")
    book.active.cell(row=3, column=11, value="Terealisasi")  # no value
    book.save(sheet)

    result = eventdesk(eventdesk_home, "import", "followups", demo_file, sheet)
    assert (result.returncode, result.stderr) == (0, "")
    assert "Dicatat: 1 · Sudah tercatat: 0 · Ditolak: 1 · Baris kosong: 62" in result.stdout
    assert "baris 3: ditolak — Tulis nilai yang terealisasi." in result.stdout
    assert "Rp500.000.000" in result.stdout
    assert scalar(demo_file, "SELECT count(*) FROM followups") == 1


def test_a_reader_that_stops_early_leaves_no_traceback_and_a_command_that_ends_at_once_lost_no_output(
    demo_file, eventdesk_home
):
    """`eventdesk totals FILE | head -1`, and the whole output when it is read to the end (the process skips
    Python's teardown once the command is done: its output is flushed first)."""
    env = {**os.environ, "EVENTDESK_HOME": str(eventdesk_home), "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "eventdesk", "totals", str(demo_file)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as process:
        first = process.stdout.readline()
        process.stdout.close()  # the reader goes away after one line
        error = process.stderr.read().decode("utf-8")
        status = process.wait(timeout=120)
    assert first.startswith(b"Hingga ") and status == 0 and "Traceback" not in error
    whole = eventdesk(eventdesk_home, "totals", demo_file)
    assert whole.returncode == 0 and whole.stdout.rstrip().splitlines()[-1].startswith("Peserta hadir / terdaftar: ")
