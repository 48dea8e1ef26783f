"""Speed of the registration desk on 20,000 attendees: search, check-in, XLSX import, badges.

    python benchmarks/registration.py [--attendees 20000] [--badges 1000]

Targets (issue 3): the first 50 search matches <= 5 ms at the 95th percentile; a check-in
(code → saved with its audit row) <= 5 ms at p95; importing a 20,000-row XLSX within 1.5x
the time of reading it with openpyxl (read-only) plus a raw executemany; 1,000 badges <= 4 s.
Everything is written under a temporary folder, which is removed at the end.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from eventdesk.domain import badge_papers
from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.domain.models import Actor
from eventdesk.reports import badges
from eventdesk.services.session import create_event

FIRST = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Eko",
    "Sri",
    "Bambang",
    "Rina",
    "Joko",
    "Wulan",
    "Hadi",
    "Endang",
    "Teguh",
    "Yuliana",
    "Slamet",
    "Ratna",
    "Wahyu",
    "Nur",
]
LAST = [
    "Santoso",
    "Rahayu",
    "Wibowo",
    "Susanti",
    "Prasetyo",
    "Handayani",
    "Kurniawan",
    "Setyowati",
    "Hidayat",
    "Purnomo",
    "Wijaya",
    "Utomo",
]
MIDDLE = [
    "Adi",
    "Bayu",
    "Cahya",
    "Dwi",
    "Eka",
    "Fajar",
    "Galih",
    "Hari",
    "Indra",
    "Jaya",
    "Kusuma",
    "Laksmi",
    "Mega",
    "Nanda",
    "Okta",
    "Putri",
    "Rizki",
]
ORG_WORDS = [
    "Maju",
    "Jaya",
    "Sentosa",
    "Abadi",
    "Makmur",
    "Sejahtera",
    "Bahari",
    "Nusantara",
    "Mandiri",
    "Lestari",
    "Prima",
    "Agung",
]


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def write_list(path: Path, count: int, rng: random.Random) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Peserta")
    sheet.append(["REKAP PENDAFTARAN PESERTA"])
    sheet.append([])
    sheet.append(["No.", "Nama Lengkap", "Jabatan", "Instansi", "Provinsi", "No. HP", "Email", "Kategori"])
    organisations = [f"PT {rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {n}" for n in range(count // 10)]
    for n in range(count):
        name = f"{rng.choice(FIRST)} {rng.choice(MIDDLE)} {rng.choice(LAST)} {n}"
        sheet.append(
            [
                n + 1,
                name,
                "Direktur",
                rng.choice(organisations),
                rng.choice(["Jatim", "Kaltim", "JAWA TIMUR"]),
                f"0812{n:08d}",
                f"peserta{n}@contoh.co.id",
                rng.choice(["Penjual", "Pembeli", "Investor"]),
            ]
        )
    sheet.append([None, f"Jumlah peserta: {count} orang"])
    workbook.save(path)


def baseline(source: Path, folder: Path) -> float:
    """openpyxl read-only plus one raw executemany: the floor an import is measured against."""
    started = time.perf_counter()
    workbook = openpyxl.load_workbook(source, read_only=True)
    rows = [row for row in workbook.worksheets[0].iter_rows(values_only=True)][3:]
    workbook.close()
    (folder / "raw.sqlite").unlink(missing_ok=True)
    conn = sqlite3.connect(folder / "raw.sqlite")
    conn.execute("CREATE TABLE people (n, name, title, organisation, region, phone, email, category)")
    conn.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [row[:8] for row in rows if len(row) >= 8])
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=20_000)
    parser.add_argument("--badges", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3, help="import runs; the best is kept, as for the baseline")
    args = parser.parse_args()
    rng = random.Random(20250508)
    folder = Path(tempfile.mkdtemp(prefix="eventdesk-bench-"))
    try:
        source = folder / "peserta.xlsx"
        write_list(source, args.attendees, rng)
        base = min(baseline(source, folder) for _ in range(args.runs))
        imports = []
        session = None
        for run in range(args.runs):
            if session is not None:
                session.close()
            session = create_event(folder / f"bench-{run}.eventdesk", Actor(f"bench-desk-{run}", "Meja 1", "Bench"))
            started = time.perf_counter()
            report = session.imports.run(source)
            imports.append(time.perf_counter() - started)
        took = min(imports)
        print(
            f"import of {args.attendees} rows: {took:.2f} s; baseline {base:.2f} s; ratio {took / base:.2f} "
            "(target <= 1.5)"
        )
        print(f"  imported {report.imported}, duplicates {report.duplicates}, rejected {report.rejected}")

        words = [w.casefold() for w in FIRST + LAST + MIDDLE]
        queries = [w[:k] for w in words for k in (1, 2, 3, 5)]
        queries += ["0812", "08120001", "peserta1", "pt ma", "budi adi", "BK", "jaya 1"]
        queries += [a.code for a in session.attendees.page(AttendeeQuery(), 0, 40)]
        times = []
        for query in queries * 3:
            started = time.perf_counter()
            session.attendees.search(query, limit=50)
            times.append(time.perf_counter() - started)
        print(
            f"search, first 50 matches: p95 {percentile(times, 0.95) * 1000:.2f} ms, median "
            f"{statistics.median(times) * 1000:.2f} ms (target p95 <= 5)"
        )

        codes = [a.code for a in session.attendees.page(AttendeeQuery(), 0, args.attendees)]
        times = []
        for code in rng.sample(codes, min(500, len(codes))):
            started = time.perf_counter()
            session.attendees.check_in(code)
            times.append(time.perf_counter() - started)
        print(
            f"check-in: p95 {percentile(times, 0.95) * 1000:.2f} ms, median "
            f"{statistics.median(times) * 1000:.2f} ms (target p95 <= 5)"
        )

        people = session.attendees.page(AttendeeQuery(), 0, args.badges)
        info = session.document_info("Tanda Pengenal")
        for layout in badge_papers.LAYOUTS:
            started = time.perf_counter()
            badges.render(info, people, folder / f"badges-{layout}.pdf", layout=layout)
            print(f"{len(people)} badges ({layout}): {time.perf_counter() - started:.2f} s (target <= 4)")
        session.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
