"""The measured cases, each beside its raw baseline: the same work written directly against sqlite3, PySide6
or reportlab.

A case function takes the run's `Bench` (the built event, a scratch folder,
the scale) and returns one or more `Result`s. Service-level cases run in this
process; the window's cases run `gui_probe.py` as a child with Qt offscreen.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.build import ROOT, Scale, fresh_copy
from eventdesk.domain import badge_papers
from eventdesk.domain.enums import TransactionKind, TransactionStage
from eventdesk.domain.models import Actor

BENCH_ACTOR = Actor(desk_id="b3ec0000-0000-4000-8000-00000000b002", desk_label="Meja Ukur", operator="Panitia Ukur")
PROBE = Path(__file__).with_name("gui_probe.py")


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A limit on the value (`on="value"`) or on the ratio to the baseline (`on="ratio"`)."""

    limit: float
    on: str
    text: str

    def met(self, value: float, ratio: float | None) -> bool:
        measured = value if self.on == "value" else ratio
        return measured is not None and measured <= self.limit


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline: float | None
    target: Target
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def ok(self) -> bool:
        return self.target.met(self.value, self.ratio)

    def as_json(self) -> dict:
        ratio = self.ratio
        return {
            "name": self.name,
            "value": round(self.value, 4),
            "unit": self.unit,
            "baseline": round(self.baseline, 4) if self.baseline is not None else None,
            "ratio": round(ratio, 3) if ratio is not None else None,
            "target": self.target.text,
            "ok": self.ok,
        }


@dataclass
class Bench:
    """What every case gets: the built event (never written to), a scratch folder, the scale, a progress line."""

    source: Path
    folder: Path
    scale: Scale
    say: Callable[[str], None]
    quick: bool
    home: Path = field(init=False)

    def __post_init__(self) -> None:
        self.home = self.folder / "home"
        self.home.mkdir(parents=True, exist_ok=True)

    def copy(self, name: str = "bench.eventdesk") -> Path:
        return fresh_copy(self.source, self.folder, name)

    def samples(self, full: int) -> int:
        """How many timed repetitions: fewer at smaller scales."""
        return {"full": full, "quick": max(20, full * 3 // 5)}.get(self.scale.name, max(10, full // 10))


def percentile(samples: list[float], share: float = 0.95) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def p95_ms(samples: list[float]) -> float:
    return percentile(samples) * 1000


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the pragmas of an event file: WAL, synchronous=FULL."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _raw_audit(conn: sqlite3.Connection, seq: int, table: str, row_id: str, action: str, after: dict) -> None:
    """The audit row a raw writer would add: the row as JSON and a SHA-256 over it."""
    at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    payload = json.dumps(after, sort_keys=True, separators=(",", ":"))
    conn.execute(
        "INSERT INTO audit_log (id, created_at, updated_at, desk_id, seq, operator, table_name, row_id, "
        "action, before, "
        "after, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, '', ?, ?)",
        (
            str(uuid.uuid4()),
            at,
            at,
            "raw-desk",
            seq,
            "raw",
            table,
            row_id,
            action,
            payload,
            "0" * 64,
            hashlib.sha256(payload.encode()).hexdigest(),
        ),
    )


# --- at the door --------------------------------------------------------------------------------


def check_in(bench: Bench) -> list[Result]:
    """A code → the attendee checked in and saved with the audit row; p95 over codes not yet checked in."""
    from eventdesk.services.session import open_session

    path = bench.copy()
    session = open_session(path, BENCH_ACTOR)
    try:
        waiting = [a.code for a in session.attendees.list() if not a.checked_in]
        codes = random.Random(7).sample(waiting, min(len(waiting), bench.samples(500) + 10))
        for code in codes[:10]:  # warm the caches and the audit chain head
            session.attendees.check_in(code)
        took = [timed(lambda code=code: session.attendees.check_in(code)) for code in codes[10:]]
    finally:
        session.close()

    conn = raw_connection(path)
    try:
        waiting = [code for (code,) in conn.execute("SELECT code FROM attendees WHERE checked_in_at IS NULL")]
        raw_codes = random.Random(8).sample(waiting, min(len(waiting), len(took)))

        def raw_check_in(seq: int, code: str) -> None:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute("SELECT id, checked_in_at FROM attendees WHERE code = ?", (code,)).fetchone()
            at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
            conn.execute(
                "UPDATE attendees SET checked_in_at = ?, checked_in_desk_id = ? WHERE id = ?", (at, "raw-desk", row[0])
            )
            _raw_audit(conn, seq, "attendees", row[0], "check_in", {"id": row[0], "checked_in_at": at})
            conn.execute("COMMIT")

        raw = [timed(lambda seq=seq, code=code: raw_check_in(seq, code)) for seq, code in enumerate(raw_codes, start=1)]
    finally:
        conn.close()
    return [
        Result(
            "check_in",
            p95_ms(took),
            "ms",
            p95_ms(raw),
            Target(5, "value", "p95 <= 5 ms"),
            f"{len(took)} check-ins, median {statistics.median(took) * 1000:.2f} ms",
        ),
    ]


def search_queries(people: list[tuple[str, str, str, str]], count: int = 200) -> list[str]:
    """`count` prefix queries as typed at the door: name beginnings of 1 to 5 letters, two words, codes,
    phones, organisations.

    `people` are (full name, code, phone, organisation name) of the event's attendees.
    """
    rng = random.Random(20250508)
    queries: list[str] = []
    while len(queries) < count:
        name, code, phone, organisation = rng.choice(people)
        words = name.split()
        kind = len(queries) % 6
        if kind == 0:
            queries.append(words[0][: rng.randint(1, 5)].lower())
        elif kind == 1:
            queries.append(f"{words[0][:3]} {words[-1][:2]}".lower())
        elif kind == 2:
            queries.append(code[: rng.randint(3, len(code))])
        elif kind == 3 and phone:
            queries.append("0" + phone[3 : 3 + rng.randint(4, 10)])
        elif kind == 4 and organisation:
            queries.append(
                organisation.split()[1][: rng.randint(2, 5)] if len(organisation.split()) > 1 else organisation[:3]
            )
        else:
            queries.append(words[-1][: rng.randint(2, 4)])
    return queries


def search(bench: Bench) -> list[Result]:
    """The first 50 attendees matching what was typed, through the service: 200 prefix queries, p95."""
    from eventdesk.services.session import open_session
    from eventdesk.store.attendee_search import match_expression

    path = bench.copy()
    session = open_session(path, BENCH_ACTOR, read_only=True)
    try:
        people = [(a.full_name, a.code, a.phone or "", a.organisation_name or "") for a in session.attendees.list()]
        queries = search_queries(people)
        for query in queries[:20]:
            session.attendees.search(query, limit=50)
        took = [timed(lambda query=query: session.attendees.search(query, limit=50)) for query in queries]
        found = sum(len(session.attendees.search(query, limit=50)) for query in queries)
    finally:
        session.close()

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        raw_sql = (
            "SELECT a.id, a.code, a.full_name, a.category, a.title, o.name, a.phone, a.email, a.checked_in_at "
            "FROM attendee_search s JOIN attendees a ON a.rowid = s.rowid LEFT JOIN organisations o ON o.id = "
            "a.organisation_id "
            "WHERE attendee_search MATCH ? ORDER BY a.full_name COLLATE NOCASE LIMIT 50"
        )
        expressions = [match_expression(query) for query in queries]
        for expression in expressions[:20]:
            conn.execute(raw_sql, (expression,)).fetchall()
        raw = [timed(lambda e=expression: conn.execute(raw_sql, (e,)).fetchall()) for expression in expressions]
    finally:
        conn.close()
    return [
        Result(
            "search",
            p95_ms(took),
            "ms",
            p95_ms(raw),
            Target(5, "value", "p95 <= 5 ms"),
            f"{len(queries)} prefix queries over {len(people)} attendees, {found / len(queries):.0f} shown on average; "
            f"median {statistics.median(took) * 1000:.2f} ms; raw: every match sorted (no window)",
        ),
    ]


def import_list(bench: Bench) -> list[Result]:
    """A registration list of as many people as the event has, imported into a new event, against openpyxl
    plus executemany."""
    from benchmarks.build import registration_rows, write_registration_list
    from eventdesk.services.session import create_event

    organisations = [
        (f"PT Delegasi {n:04d} {'Jaya' if n % 2 else 'Bahari'}", ("Jatim", "Kaltim", "JAWA TIMUR", "")[n % 4])
        for n in range(max(20, bench.scale.attendees // 10))
    ]
    source = bench.folder / "peserta.xlsx"
    write_registration_list(source, registration_rows(bench.scale, organisations, first_number=50_000_000))
    runs = 3
    took, raw, imported = [], [], 0
    for run in range(runs):  # alternated, best of each: the floor of both on a busy machine
        raw.append(timed(lambda: raw_import(source, bench.folder / "raw-import.sqlite")))
        path = bench.folder / f"import-{run}.eventdesk"
        session = create_event(path, BENCH_ACTOR)
        try:
            started = time.perf_counter()
            report = session.imports.run(source)
            took.append(time.perf_counter() - started)
            imported = report.imported
        finally:
            session.close()
        path.unlink()
    return [
        Result(
            "import",
            min(took),
            "s",
            min(raw),
            Target(1.5, "ratio", "ratio <= 1.5"),
            f"{imported} of {bench.scale.attendees} rows imported (XLSX, {source.stat().st_size / 1e6:.1f} MB); "
            f"best of {runs}: {', '.join(f'{t:.2f}' for t in took)} s; raw {', '.join(f'{t:.2f}' for t in raw)} s",
        ),
    ]


def raw_import(source: Path, target: Path) -> None:
    """openpyxl read-only plus one executemany in one transaction (WAL, synchronous=FULL): the floor of an import."""
    import openpyxl

    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    workbook = openpyxl.load_workbook(source, read_only=True)
    rows = [row[:8] for row in workbook.worksheets[0].iter_rows(values_only=True)][3:]
    workbook.close()
    conn = raw_connection(target)
    conn.execute("CREATE TABLE people (n, name, title, organisation, region, phone, email, category)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [row for row in rows if len(row) == 8])
    conn.execute("COMMIT")
    conn.close()


def badges(bench: Bench) -> list[Result]:
    """1,000 badges, four to an A4 page (`report badges`), against name, organisation and segno's QR drawn
    straight on a canvas."""
    from eventdesk.domain.attendee_query import AttendeeQuery
    from eventdesk.domain.i18n import tr
    from eventdesk.reports import badges as badge_pdf
    from eventdesk.services.session import open_session

    count = min(1_000, bench.scale.attendees)
    path = bench.copy()
    session = open_session(path, BENCH_ACTOR, read_only=True)
    try:
        people = session.attendees.page(AttendeeQuery(), 0, count)
        info = session.document_info(tr("Tanda Pengenal"))
    finally:
        session.close()
    output = bench.folder / "badges.pdf"
    badge_pdf.qr_matrix.cache_clear()
    took = timed(lambda: badge_pdf.render(info, people, output, layout=badge_papers.LAYOUT_A4))
    badge_pdf.qr_matrix.cache_clear()
    single = timed(
        lambda: badge_pdf.render(info, people, bench.folder / "badges-a6.pdf", layout=badge_papers.LAYOUT_A6)
    )
    raw = timed(
        lambda: raw_badges([(p.full_name, p.organisation_name or "", p.code) for p in people], bench.folder / "raw.pdf")
    )
    return [
        Result(
            "badges",
            took,
            "s",
            raw,
            Target(4, "value", "<= 4 s"),
            f"{count} badges four-up on A4 ({_pdf_pages(output)} pages); one per A6 page {single:.2f} s",
        ),
    ]


def printing(bench: Bench) -> list[Result]:
    """A 43-page badge sheet (172 badges four-up on A4) printed from the preview to a file printer, as Ctrl+P does,
    against the same pages drawn into the same printer in a plain loop."""
    from eventdesk.domain.attendee_query import AttendeeQuery
    from eventdesk.domain.i18n import tr
    from eventdesk.reports import badges as badge_pdf
    from eventdesk.services.session import open_session

    path = bench.copy()
    session = open_session(path, BENCH_ACTOR, read_only=True)
    try:
        people = session.attendees.page(AttendeeQuery(), 0, 172)
        info = session.document_info(tr("Tanda Pengenal"))
    finally:
        session.close()
    sheet = bench.folder / "badge-sheet.pdf"
    badge_pdf.render(info, people, sheet, layout=badge_papers.LAYOUT_A4)
    app = _finding(_probe(bench, ["app", str(path), "--print", str(sheet)])[0], "print")
    bare = _finding(_probe(bench, ["bare", "--print", str(sheet)])[0], "print")
    return [
        Result(
            "print_badges",
            app["seconds"],
            "s",
            bare["seconds"],
            Target(10, "value", "<= 10 s"),
            f"{app['pages']} pages at 300 dpi from a child process, progress shown; peak RSS {app['rss_mb']:.0f} MB "
            f"(the plain loop {bare['rss_mb']:.0f} MB)",
        ),
        Result(
            "stall_print",
            app["longest_stall_ms"],
            "ms",
            bare["seconds"] * 1000,
            Target(100, "value", "<= 100 ms"),
            f"the window's longest wait while printing (p95 {app['stall_p95_ms']:.0f} ms); the baseline is the "
            "plain loop's whole run, which freezes the window throughout",
        ),
    ]


def raw_badges(people: list[tuple[str, str, str]], output: Path) -> None:
    """Four cards a page: name, organisation, code and the QR modules from segno as rectangles, straight on a canvas."""
    import segno
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(output), pagesize=A4, pageCompression=1)
    width, height = A4[0] / 2, A4[1] / 2
    for start in range(0, len(people), 4):
        for slot, (name, organisation, code) in enumerate(people[start : start + 4]):
            x, y = (slot % 2) * width, (1 - slot // 2) * height
            pdf.rect(x + 10, y + 10, width - 20, height - 20)
            pdf.setFont("Helvetica-Bold", 18)
            pdf.drawCentredString(x + width / 2, y + height - 80, name)
            pdf.setFont("Helvetica", 11)
            pdf.drawCentredString(x + width / 2, y + height - 100, organisation)
            matrix = segno.make_qr(code, error="m").matrix
            module = 100 / (len(matrix) + 8)
            path = pdf.beginPath()
            for row_index, row in enumerate(matrix):
                for column, dark in enumerate(row):
                    if dark:
                        path.rect(x + 40 + (column + 4) * module, y + 140 - (row_index + 4) * module, module, module)
            pdf.drawPath(path, stroke=0, fill=1)
            pdf.drawCentredString(x + width / 2, y + 30, code)
        pdf.showPage()
    pdf.save()


# --- deals and figures --------------------------------------------------------------------------


def _deal_parties(session) -> Iterator[tuple[str, str, str]]:
    """Endless (buyer, seller, sector) ids of the event, read now (the generator outlives the session)."""
    rng = random.Random(11)
    organisations = [o.id for o in session.organisations.list()]
    sectors = [s.id for s in session.settings.sectors()]

    def parties() -> Iterator[tuple[str, str, str]]:
        while True:
            buyer, seller = rng.sample(organisations, 2)
            yield buyer, seller, rng.choice(sectors)

    return parties()


def _book_one(session, parties: Iterator[tuple[str, str, str]]) -> None:
    buyer, seller, sector = next(parties)
    session.transactions.book(
        buyer_id=buyer,
        seller_id=seller,
        value=1_250_000_000,
        kind=TransactionKind.TRADE,
        stage=TransactionStage.COMMITMENT,
        sector_id=sector,
        commodity="Udang windu beku",
        quantity=12.0,
        unit="ton",
    )


def _raw_book(conn: sqlite3.Connection, seq: int, parties: Iterator[tuple[str, str, str]]) -> None:
    buyer, seller, sector = next(parties)
    row_id = str(uuid.uuid4())
    at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    values = {
        "id": row_id,
        "created_at": at,
        "updated_at": at,
        "desk_id": "raw-desk",
        "buyer_id": buyer,
        "seller_id": seller,
        "sector_id": sector,
        "commodity": "Udang windu beku",
        "quantity": 12.0,
        "unit": "ton",
        "value_idr": 1_250_000_000,
        "kind": "trade",
        "stage": "commitment",
        "status": "booked",
        "operator": "raw",
    }
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        f"INSERT INTO transactions ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})", list(values.values())
    )
    _raw_audit(conn, seq, "transactions", row_id, "insert", values)
    conn.execute("COMMIT")


def booking(bench: Bench) -> list[Result]:
    """One deal booked through the service (checked, saved with its audit row); p95."""
    from eventdesk.services.session import open_session

    path = bench.copy()
    session = open_session(path, BENCH_ACTOR)
    try:
        parties = _deal_parties(session)
        for _ in range(10):
            _book_one(session, parties)
        took = [timed(lambda: _book_one(session, parties)) for _ in range(bench.samples(300))]
        raw_parties = _deal_parties(session)
    finally:
        session.close()
    conn = raw_connection(path)
    try:
        raw = [timed(lambda seq=seq: _raw_book(conn, seq, raw_parties)) for seq in range(1, len(took) + 1)]
    finally:
        conn.close()
    return [
        Result(
            "booking",
            p95_ms(took),
            "ms",
            p95_ms(raw),
            Target(5, "value", "p95 <= 5 ms"),
            f"{len(took)} bookings, median {statistics.median(took) * 1000:.2f} ms",
        ),
    ]


RAW_TOTALS = """
SELECT t.status, t.kind, t.stage, t.sector_id, b.region_id, se.region_id,
       (b.kind = 'umkm' OR se.kind = 'umkm'), t.verified_at IS NOT NULL, sum(t.value_idr), count(*)
FROM transactions t JOIN organisations b ON b.id = t.buyer_id JOIN organisations se ON se.id = t.seller_id
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
"""


def dashboard(bench: Bench) -> list[Result]:
    """Every figure of the dashboard, read again right after a booking; p95."""
    from eventdesk.services.session import open_session

    path = bench.copy()
    session = open_session(path, BENCH_ACTOR)
    try:
        parties = _deal_parties(session)
        first = timed(session.figures.event_figures)  # the kept sums are built once per connection
        took = []
        for _ in range(bench.samples(100)):
            _book_one(session, parties)
            took.append(timed(session.figures.event_figures))
        raw_parties = _deal_parties(session)
    finally:
        session.close()

    conn = raw_connection(path)
    try:
        raw = []
        for seq in range(1, min(len(took), 30) + 1):  # the raw sums scan every deal: fewer rounds
            _raw_book(conn, seq, raw_parties)

            def raw_figures() -> None:
                conn.execute(RAW_TOTALS).fetchall()
                conn.execute("SELECT count(*), count(checked_in_at) FROM attendees WHERE deleted_at IS NULL").fetchone()
                conn.execute("SELECT count(*) FROM agreements WHERE status = 'signed'").fetchone()

            raw.append(timed(raw_figures))
    finally:
        conn.close()
    return [
        Result(
            "dashboard",
            p95_ms(took),
            "ms",
            p95_ms(raw),
            Target(50, "value", "p95 <= 50 ms"),
            f"{len(took)} refreshes after a booking; first read after opening {first * 1000:.0f} ms",
        ),
    ]


# --- the recap --------------------------------------------------------------------------------


def recap_pdf(bench: Bench) -> list[Result]:
    """`report transactions`: the recap of every booked deal, rendered as the command line does."""
    from eventdesk.domain.i18n import tr
    from eventdesk.reports import transactions as recap
    from eventdesk.services.session import open_session

    path = bench.copy()
    output = bench.folder / "recap.pdf"
    session = open_session(path, BENCH_ACTOR, read_only=True)
    try:
        started = time.perf_counter()
        info = session.document_info(tr("Rekap Transaksi"))
        with session.snapshot():
            recap.render(info, session.figures.recap(), output)
        took = time.perf_counter() - started
    finally:
        session.close()
    pages = _pdf_pages(output)
    raw_output = bench.folder / "recap-raw.pdf"
    raw = timed(lambda: raw_recap(path, raw_output))
    return [
        Result(
            "recap_pdf",
            took,
            "s",
            raw,
            Target(0.6, "ratio", "ratio <= 0.6"),
            f"{pages} pages, {output.stat().st_size / 1e6:.1f} MB; raw: {_pdf_pages(raw_output)} pages",
        ),
    ]


def _pdf_pages(path: Path) -> int:
    """Pages of a PDF reportlab wrote, from its page tree (without a PDF library)."""
    import re

    data = path.read_bytes()
    counts = [int(n) for n in re.findall(rb"/Count (\d+)", data)]
    return max(counts, default=0)


def raw_recap(path: Path, output: Path) -> None:
    """The recap's detail lines straight from sqlite3 onto a reportlab canvas: two lines a row, header and
    page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts = ROOT / "resources" / "fonts"
    if "RawSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("RawSans", str(fonts / "NotoSans-Regular.ttf")))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    booked = conn.execute("SELECT count(*), sum(value_idr) FROM transactions WHERE status = 'booked'").fetchone()
    per_page = 34
    pages = -(-booked[0] // per_page) + 1
    rows = conn.execute(
        """SELECT t.created_at, t.id, b.name, rb.name, se.name, rs.name, s.name, t.commodity, t.quantity, t.unit,
                  t.kind, t.stage, t.value_idr, t.verified_at
           FROM transactions t JOIN organisations b ON b.id = t.buyer_id JOIN organisations se ON se.id = t.seller_id
           LEFT JOIN regions rb ON rb.id = b.region_id LEFT JOIN regions rs ON rs.id = se.region_id
           LEFT JOIN sectors s ON s.id = t.sector_id WHERE t.status = 'booked' ORDER BY t.created_at, t.rowid"""
    )
    width, height = A4
    pdf = canvas.Canvas(str(output), pagesize=A4)
    xs = (40, 60, 100, 185, 270, 320, 385, 440, 520)

    def page_frame(number: int) -> None:
        pdf.setFont("RawSans", 8)
        pdf.drawString(40, height - 40, "Rekap Transaksi")
        pdf.drawRightString(width - 40, 30, f"Halaman {number} dari {pages}")
        pdf.setFont("RawSans", 7)

    page = 1
    page_frame(page)
    pdf.drawString(40, height - 80, f"Total Rp{booked[1]:,}".replace(",", "."))
    pdf.showPage()
    y = 0.0
    for number, row in enumerate(rows, start=1):
        if (number - 1) % per_page == 0:
            if number > 1:
                pdf.showPage()
            page += 1
            page_frame(page)
            y = height - 70
        (
            created,
            row_id,
            buyer,
            buyer_region,
            seller,
            seller_region,
            sector,
            commodity,
            quantity,
            unit,
            kind,
            stage,
            value,
            verified,
        ) = row
        cells = (
            (str(number), ""),
            (created[11:16], row_id[:8]),
            (buyer, buyer_region or ""),
            (seller, seller_region or ""),
            (sector or "–", ""),
            (commodity, f"{quantity or ''} {unit}"),
            (kind, stage),
            (f"{value:,}".replace(",", "."), ""),
            ("ya" if verified else "", ""),
        )
        for x, (first, second) in zip(xs, cells, strict=True):
            pdf.drawString(x, y, first[:40])
            if second:
                pdf.drawString(x, y - 8, second[:40])
        y -= 20
    pdf.showPage()
    pdf.save()
    conn.close()


# --- the window -------------------------------------------------------------------------------


def _probe(bench: Bench, args: list[str], *, timeout: float = 900) -> tuple[list[dict], float | None]:
    """Run gui_probe.py; its findings (each with `at`, seconds from spawning it to the line), and the seconds to
    its "idle" line."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EVENTDESK_HOME": str(bench.home),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(PROBE), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    findings, idle_at = [], None
    assert child.stdout is not None
    for line in child.stdout:
        if not line.startswith("{"):
            continue
        finding = json.loads(line)
        finding["at"] = time.perf_counter() - started
        if finding["event"] == "idle" and idle_at is None:
            idle_at = time.perf_counter() - started
        findings.append(finding)
    _out, errors = child.communicate(timeout=timeout)
    if child.returncode != 0 or idle_at is None:
        raise RuntimeError(f"gui_probe {' '.join(args)} failed ({child.returncode}): {errors.strip()[-2000:]}")
    return findings, idle_at


def _finding(findings: list[dict], event: str) -> dict:
    return next(f for f in findings if f["event"] == event)


STALL_RUNS = 3
STALL_TARGET = Target(100, "value", "p100 <= 100 ms")


def _stall_runs(bench: Bench, source: Path, args: list[str], event: str) -> list[dict]:
    """`gui_probe.py app COPY ARGS` on a fresh copy of `source`, STALL_RUNS times: the `event` finding of each."""
    found = []
    for run in range(STALL_RUNS):
        path = fresh_copy(source, bench.folder, f"stall-{run}.eventdesk")
        found.append(_finding(_probe(bench, ["app", str(path), *args])[0], event))
        path.unlink()
    return found


def _listed(findings: list[dict], key: str, spec: str) -> str:
    """Each finding's `key`, formatted by `spec`, for a note: "0.7, 0.7, 0.8"."""
    return ", ".join(format(finding[key], spec) for finding in findings)


def _stall_result(bench: Bench, name: str, found: list[dict], doing: str) -> Result:
    """A stall case's result: the longest stall of the runs in `found` against a bare window's idle floor."""
    stalls = [finding["longest_stall_ms"] for finding in found]
    return Result(
        name,
        max(stalls),
        "ms",
        _idle_floor(bench),
        STALL_TARGET,
        f"longest of {len(stalls)} runs ({', '.join(f'{t:.0f}' for t in stalls)} ms) {doing}; baseline: a bare "
        "window's longest idle gap",
    )


def _idle_floor(bench: Bench) -> float:
    """The stall cases' baseline: a bare window's longest gap while nothing is asked of it, in ms."""
    return _finding(_probe(bench, ["bare", "--idle"])[0], "idle_stall")["longest_stall_ms"]


def _waiting_codes(path: Path, count: int) -> list[str]:
    """Badge codes of attendees not checked in yet, read straight from the file."""
    with contextlib.closing(raw_connection(path)) as conn:
        rows = conn.execute(
            "SELECT code FROM attendees WHERE checked_in_at IS NULL AND deleted_at IS NULL ORDER BY code LIMIT ?",
            (count,),
        ).fetchall()
    return [code for (code,) in rows]


def startup(bench: Bench) -> list[Result]:
    """`python main.py FILE --operator …` from spawning: the window's frame painted (title with the event's name,
    sidebar: the loop's first turn) and ready (Ctrl+3, a badge scanned, the check-in recorded on screen); against
    a bare QMainWindow with a table view shown and idle. As a desk starts: the same file every time, closed
    cleanly by the run before; the first run, on a fresh copy, reads every page (files/checked_files.py) and is
    reported beside the median."""
    runs = 3 if bench.scale.name != "full" else 5
    path = bench.copy("startup.eventdesk")
    codes = _waiting_codes(path, runs + 1)
    paint, ready, bare = [], [], []
    for run in range(runs + 1):  # alternated, so both see the same noise
        findings, painted = _probe(bench, ["app", str(path), "--scan", codes[run]])
        assert _finding(findings, "ready")["result"] in ("ok", "vip"), findings
        paint.append(painted)
        ready.append(_finding(findings, "ready")["at"])
        bare.append(_probe(bench, ["bare"])[1])
    path.unlink()
    first_paint, first_ready = paint.pop(0), ready.pop(0)
    baseline = statistics.median(bare[1:])
    spread = f"app {', '.join(f'{t:.2f}' for t in paint)} s; bare {', '.join(f'{t:.2f}' for t in bare[1:])} s"
    return [
        Result(
            "startup_paint",
            statistics.median(paint),
            "s",
            baseline,
            Target(2, "ratio", "ratio <= 2"),
            f"median of {runs}; {spread}; first open of a fresh copy {first_paint:.2f} s",
        ),
        Result(
            "startup_ready",
            statistics.median(ready),
            "s",
            baseline,
            Target(3, "ratio", "ratio <= 3"),
            f"median of {runs} ({', '.join(f'{t:.2f}' for t in ready)} s): the file opened on one worker (its "
            f"sums kept in it), the screens' modules on another, then the screens built; first open of a fresh "
            f"copy, every page checked (and, for a file of an older schema, its sums made): {first_ready:.2f} s",
        ),
    ]


def stall_conflicts(bench: Bench) -> list[Result]:
    """Konflik penggabungan opened after a big merge (another desk checked in the same 1,000 people, noted
    something else on the same 300 organisations and booked deals): the event loop's longest stall until the
    list to review shows (it once resolved every desk's entries on the window's thread: seconds on the big
    event)."""
    from eventdesk.services.session import open_session

    here, there = bench.copy("conflicts-a.eventdesk"), bench.copy("conflicts-b.eventdesk")
    codes = _waiting_codes(here, CONFLICT_CHECK_INS)
    bench.say(f"stall_conflicts: {len(codes)} people checked in on two desks, then merged")
    for path, actor in ((here, SYNC_DESKS[0]), (there, SYNC_DESKS[1])):
        session = open_session(path, actor)
        try:
            for code in codes:
                session.attendees.check_in(code)
            for organisation in session.organisations.list()[:CONFLICT_NOTES]:
                session.organisations.update(
                    organisation.id,
                    name=organisation.name,
                    kind=organisation.kind,
                    region_id=organisation.region_id,
                    notes=f"Stan {actor.desk_label}",
                )
            if path == there:
                parties = _deal_parties(session)
                for _ in range(SYNC_NEW_DEALS):
                    _book_one(session, parties)
        finally:
            session.close()
    session = open_session(here, SYNC_DESKS[0])
    try:
        merged = timed(lambda: session.merges.merge(there, figures=False))
    finally:
        session.close()
    found = _stall_runs(bench, here, ["--conflicts"], "conflicts")
    doing = (
        f"while {found[0]['rows']} findings were listed in {_listed(found, 'seconds', '.1f')} s after a merge "
        f"of {merged:.1f} s"
    )
    return [_stall_result(bench, "stall_conflicts", found, doing)]


def window(bench: Bench) -> list[Result]:
    """The window on the big event: Transaksi first opened and its memory, bookings in sight, the recap from Laporan."""
    path = bench.copy()
    list_runs, bookings = 5, bench.samples(40)
    findings, _idle = _probe(bench, ["app", str(path), "--list", str(list_runs), "--book", str(bookings), "--recap"])
    path = bench.copy()
    bare, _ = _probe(bench, ["bare", str(path), "--list", str(list_runs), "--book", str(min(bookings, 15))])
    memory, bare_memory = _finding(findings, "memory"), _finding(bare, "memory")
    listing, bare_listing = _finding(findings, "list")["seconds"], _finding(bare, "list")["seconds"]
    on_dashboard, on_list = _finding(findings, "book_dashboard")["seconds"], _finding(findings, "book_list")["seconds"]
    bare_booking = _finding(bare, "book_dashboard")["seconds"]
    recap = _finding(findings, "recap")
    return [
        Result(
            "memory",
            memory["rss_mb"],
            "MB",
            bare_memory["rss_mb"],
            Target(250, "value", "<= 250 MB"),
            f"peak RSS of main.py with Transaksi showing the first page of {memory['rows']} rows",
        ),
        Result(
            "list_page",
            listing[0] * 1000,
            "ms",
            bare_listing[0] * 1000,
            Target(200, "value", "<= 200 ms"),
            f"Transaksi first shown, once the start's background work is done (the backup made on opening, the "
            f"screens not in sight imported and built); read again "
            f"{', '.join(f'{t * 1000:.0f}' for t in listing[1:])} ms; a booking with Transaksi in sight, "
            f"list and totals repainted: p95 {p95_ms(on_list):.0f} ms",
        ),
        Result(
            "dashboard_window",
            p95_ms(on_dashboard),
            "ms",
            p95_ms(bare_booking),
            Target(50, "value", "p95 <= 50 ms"),
            f"{len(on_dashboard)} bookings with Ringkasan in sight, each until its figures are repainted",
        ),
        Result(
            "recap_memory",
            recap["rss_mb"],
            "MB",
            memory["rss_mb"],
            Target(250, "value", "<= 250 MB"),
            f"peak RSS of the window making the recap from Laporan ({recap['seconds']:.1f} s; "
            f"{recap['rendered_rss_mb']:.0f} MB "
            f"before the preview opened) and previewing it; event loop stalled {recap['stall_p95_ms']:.0f} ms at p95, "
            f"{recap['longest_stall_ms']:.0f} ms at most",
        ),
    ]


def stall_agreement_form(bench: Bench) -> list[Result]:
    """A new agreement form opened on Jadwal and a signatory's name typed at a person's speed: the event loop's
    longest stall (the form once built a list of every attendee on the UI thread: about a second at 20,000)."""
    found = _stall_runs(bench, bench.source, ["--agreement-form"], "agreement_form")
    doing = f"while the form was built in {_listed(found, 'opened_ms', '.0f')} ms and a name typed"
    return [_stall_result(bench, "stall_agreement_form", found, doing)]


def _whole_process(bench: Bench, args: list[str]) -> float:
    """Seconds for one `python …` process from spawning to its exit (it must succeed)."""
    env = {**os.environ, "EVENTDESK_HOME": str(bench.home), "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    return took


def command_line(bench: Bench) -> list[Result]:
    """`eventdesk checkin`, `book` and `totals` as whole processes (a scripted check-in or booking pays the
    interpreter's start and EventDesk's imports every time) against `python -c "import sqlite3"`."""
    runs = 7 if bench.scale.name == "full" else 5
    path = bench.copy("cli.eventdesk")
    conn = raw_connection(path)
    codes = [row[0] for row in conn.execute("SELECT code FROM attendees WHERE checked_in_at IS NULL LIMIT ?", (runs,))]
    buyer, seller = (row[0] for row in conn.execute("SELECT name FROM organisations ORDER BY rowid LIMIT 2"))
    [sector] = conn.execute("SELECT name FROM sectors ORDER BY sort_order LIMIT 1").fetchone()
    conn.close()
    commands = {
        "cli_checkin": lambda run: ["-m", "eventdesk", "checkin", str(path), codes[run]],
        "cli_book": lambda run: [
            "-m",
            "eventdesk",
            "book",
            str(path),
            "--buyer",
            buyer,
            "--seller",
            seller,
            "--sector",
            sector,
            "--value",
            "1,5 M",
            "--kind",
            "trade",
        ],
        "cli_totals": lambda run: ["-m", "eventdesk", "totals", str(path)],
    }
    timings: dict[str, list[float]] = {name: [] for name in commands}
    bare: list[float] = []
    for run in range(runs):  # alternated, so every command and the floor see the same noise
        bare.append(_whole_process(bench, ["-c", "import sqlite3"]))
        for name, args in commands.items():
            timings[name].append(_whole_process(bench, args(run)))
    baseline = statistics.median(bare)
    return [
        Result(
            name,
            statistics.median(taken),
            "s",
            baseline,
            Target(4, "ratio", "ratio <= 4"),
            f"median of {runs} whole processes ({min(taken):.2f}–{max(taken):.2f} s; the first, on a fresh copy, "
            "reads every page); "
            f'`python -c "import sqlite3"` {min(bare):.3f}–{max(bare):.3f} s',
        )
        for name, taken in timings.items()
    ]


def stall_first_report(bench: Bench) -> list[Result]:
    """The first document of a session (the executive summary) made from its Laporan button and previewed: the
    event loop's longest stall (reportlab and the PDF modules once loaded on the window's thread: about 0.3 s)."""
    found = _stall_runs(bench, bench.source, ["--report", "summary"], "report")
    doing = f"while the summary was made in {_listed(found, 'seconds', '.1f')} s and previewed"
    return [_stall_result(bench, "stall_first_report", found, doing)]


# --- the sync folder ----------------------------------------------------------------------------

SYNC_DESKS = tuple(
    Actor(desk_id=f"5e9c0000-0000-4000-8000-00000000000{n}", desk_label=f"Meja Sinkron {n}", operator=f"Sinkron {n}")
    for n in (1, 2, 3)
)
SYNC_NEW_DEALS = 100
CONFLICT_CHECK_INS = 1000
CONFLICT_NOTES = 300


def _folder_state(folder: Path) -> dict[Path, tuple[int, int]]:
    return {path: (path.stat().st_mtime_ns, path.stat().st_size) for path in folder.rglob("*") if path.is_file()}


def _written(before: dict[Path, tuple[int, int]], after: dict[Path, tuple[int, int]]) -> int:
    """Bytes of the files that are new or changed in the folder."""
    return sum(size for path, (mtime, size) in after.items() if before.get(path) != (mtime, size))


class _FolderReads:
    """Bytes of the folder's files a round opens for reading (Python's audit hook sees every open)."""

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder)
        self.counting = False
        self.bytes = 0
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple) -> None:
        if not self.counting or event != "open" or not isinstance(args[0], str | os.PathLike):
            return
        path, mode = os.fspath(args[0]), args[1]
        if isinstance(path, str) and path.startswith(self.folder) and (mode is None or "r" in str(mode)):
            with contextlib.suppress(OSError):
                self.bytes += os.path.getsize(path)


def sync_round(bench: Bench) -> list[Result]:
    """Three desks on one sync folder; after 100 deals booked on one desk, a round on each: seconds, bytes written
    to the folder and read from it per desk, and the longest check-in at a desk while its round merges. Against
    copying the event file whole (what every round did before change segments)."""
    import threading

    from eventdesk.services.session import open_session
    from eventdesk.services.sync import SyncMemory, sync_once

    folder = bench.folder / "sync-folder"
    folder.mkdir(exist_ok=True)
    paths = [bench.copy(f"sync-{n}.eventdesk") for n in range(len(SYNC_DESKS))]
    memories = [SyncMemory() for _ in paths]
    bench.say("sync_round: first rounds (full copies for late laptops)")
    for _ in range(2):  # the first writes each desk's full copy; the second settles every desk
        for path, actor, memory in zip(paths, SYNC_DESKS, memories, strict=True):
            report = sync_once(path, folder, actor, memory)
            assert report.ok and not any(desk.error for desk in report.desks), report
    session = open_session(paths[0], SYNC_DESKS[0])
    try:
        parties = _deal_parties(session)
        for _ in range(SYNC_NEW_DEALS):
            _book_one(session, parties)
    finally:
        session.close()

    reads = _FolderReads(folder)
    seconds, written, read, waits = [], [], [], []
    for n, (path, actor, memory) in enumerate(zip(paths, SYNC_DESKS, memories, strict=True)):
        desk = open_session(path, actor)  # the desk's window, checking people in while the round runs
        try:
            waiting = iter([a.code for a in desk.attendees.list() if not a.checked_in][:5000])
            done = threading.Event()
            outcome: dict[str, object] = {}

            def round_(path=path, actor=actor, memory=memory, outcome=outcome, done=done) -> None:
                started = time.perf_counter()
                outcome["report"] = sync_once(path, folder, actor, memory)
                outcome["seconds"] = time.perf_counter() - started
                done.set()

            before = _folder_state(folder)
            reads.bytes, reads.counting = 0, True
            worker = threading.Thread(target=round_)
            worker.start()
            longest = 0.0
            while not done.is_set():
                code = next(waiting)
                longest = max(longest, timed(lambda desk=desk, code=code: desk.attendees.check_in(code)))
                time.sleep(0.01)
            worker.join()
            reads.counting = False
        finally:
            desk.close()
        report = outcome["report"]
        assert report.ok and not any(d.error for d in report.desks), report  # type: ignore[union-attr]
        seconds.append(float(outcome["seconds"]))  # type: ignore[arg-type]
        written.append(_written(before, _folder_state(folder)))
        read.append(reads.bytes)
        waits.append(longest)
        bench.say(f"sync_round: desk {n + 1} {seconds[-1]:.2f} s, wrote {written[-1]} B, read {read[-1]} B")
    raw = timed(lambda: shutil.copyfile(paths[0], bench.folder / "sync-whole-copy.eventdesk"))
    size = paths[0].stat().st_size
    note = f"3 desks, {SYNC_NEW_DEALS} deals on desk 1; per desk " + ", ".join(f"{s:.2f}" for s in seconds) + " s"
    return [
        Result("sync_round", max(seconds), "s", raw, Target(1, "value", "<= 1 s per desk"), note),
        Result(
            "sync_written",
            max(written) / 1e6,
            "MB",
            size / 1e6,
            Target(1, "value", "<= 1 MB per desk"),
            "bytes written to the folder in a round; baseline: the event file, written whole before",
        ),
        Result(
            "sync_read",
            max(read) / 1e6,
            "MB",
            size / 1e6 * (len(paths) - 1),
            Target(1, "value", "<= 1 MB per desk"),
            "bytes of the folder's files a round opened; baseline: every other desk's whole file, read before",
        ),
        Result(
            "sync_checkin_wait",
            max(waits) * 1000,
            "ms",
            None,
            Target(1000, "value", "<= 1000 ms"),
            "the longest check-in at a desk while its round ran",
        ),
    ]
