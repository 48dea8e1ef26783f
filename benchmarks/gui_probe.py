"""The window's side of the benchmarks, run as a child process with Qt offscreen; prints one JSON line per finding.

    gui_probe.py app FILE [--list N] [--book N] [--recap]
        python main.py FILE, measured from inside
    gui_probe.py app FILE --scan CODE
        the start: "idle" when the frame is painted, "ready" when Check-in has recorded CODE scanned
    gui_probe.py app FILE --conflicts
        Konflik penggabungan opened (after a big merge), the event loop timed until the list shows
    gui_probe.py bare [FILE] [--list N]
        the floor: a bare PySide6 QMainWindow with a table view
    gui_probe.py app FILE --report KIND
        the first document of the run made from its Laporan button and previewed, the event loop timed
    gui_probe.py app FILE --agreement-form
        a new agreement form opened on Jadwal and a signatory's name typed
    gui_probe.py bare --idle
        the floor of the stall cases: a bare window's longest gap while nothing is asked of it
    gui_probe.py app FILE --print SHEET / gui_probe.py bare --print SHEET
        the PDF SHEET printed from the preview as staff do (to a file printer), timing
        the event loop's longest stall; the floor prints it in a plain loop, UI thread and all

`app` runs the real main.py (the only change: a zero timer queued as the event
loop starts, which prints "idle" at the loop's first turn, the window's frame
painted). Once the screens are attached, on request, it opens Transaksi and times the list
reopening on its first page (`--list`), reads the peak RSS with the list open,
and makes the transaction recap with the Laporan button as staff would
(`--recap`), timing the event loop's longest stall while the worker renders.
`bare` does the same work directly against sqlite3 and PySide6. The parent
process times the start from spawning the child to its "idle" and "ready" lines.
"""

from __future__ import annotations

import json
import os
import resource
import runpy
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
PAGE = 200


def say(**finding) -> None:
    print(json.dumps(finding), flush=True)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (10^6 bytes).

    From /proc's VmHWM where there is one: getrusage's ru_maxrss survives exec on Linux, so
    a child started from a large benchmark process would report its parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def settle(app: QApplication, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def start_work_done(app: QApplication, window, timeout: float = 20.0) -> None:
    """Wait, with the event loop turning, for the rest of the start: the screens not in sight are imported on a
    worker and built one per turn of the loop after the window is at work; the cases measure a window at rest."""
    deadline = time.perf_counter() + timeout
    while len(window.screens.built()) < len(window.screens) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    settle(app)


def book_in_sight(app: QApplication, window, key: str, count: int) -> list[float]:
    """Seconds from booking a deal to the screen in sight repainted with it, `count` times."""
    import random

    window.sidebar.setCurrentRow(list(window.screens).index(key))
    settle(app)
    session = window.context.session
    rng = random.Random(5)
    organisations = [o.id for o in session.organisations.list()]
    took = []
    for _ in range(count):
        buyer, seller = rng.sample(organisations, 2)
        started = time.perf_counter()
        session.transactions.book(buyer_id=buyer, seller_id=seller, value=2_500_000_000, kind="trade")
        app.processEvents()  # the repaint the booking asked for
        took.append(time.perf_counter() - started)
    return took


def stall_meter() -> tuple[QTimer, list[float]]:
    """A 10 ms timer (start it) and the gaps between its ticks: beyond 10 ms, time the window could not answer."""
    gaps: list[float] = []
    last = [time.perf_counter()]
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker.timeout.connect(tick)
    return ticker, gaps


def print_sheet(app: QApplication, window, sheet: str) -> None:
    """Ctrl+P in the preview of SHEET, to a file printer: seconds until the printer took the last page, and the
    event loop's stalls meanwhile (a 10 ms timer: gaps beyond 10 ms are time the window could not answer)."""
    from eventdesk.ui.dialogs.pdf_preview import show_pdf
    from eventdesk.ui.printing import file_printer

    preview = show_pdf(window.context, Path(sheet), "Tanda Pengenal", window)
    settle(app, 10)
    ticker, gaps = stall_meter()
    done: list[tuple[float, int]] = []
    preview.printed.connect(lambda pages: done.append((time.perf_counter() - started, pages)))
    ticker.start()
    started = time.perf_counter()
    preview.print_to(file_printer(Path(sheet).with_name("printed.pdf")))

    def wait_for_printer() -> None:
        if not done:
            QTimer.singleShot(20, wait_for_printer)
            return
        ticker.stop()
        say(
            event="print",
            seconds=done[0][0],
            pages=done[0][1],
            rss_mb=peak_rss_mb(),
            longest_stall_ms=max(gaps, default=0) * 1000,
            stall_p95_ms=sorted(gaps)[int(len(gaps) * 0.95)] * 1000 if gaps else 0,
        )
        app.quit()

    QTimer.singleShot(20, wait_for_printer)


def run_bare_print(sheet: str) -> int:
    """The floor: every page rendered at 300 dpi and drawn into a file printer in a plain loop."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    app = QApplication([sys.argv[0]])
    say(event="idle")
    started = time.perf_counter()
    document = QPdfDocument()
    document.load(sheet)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(Path(sheet).with_name("printed-bare.pdf")))
    printer.setResolution(300)
    painter = QPainter(printer)
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    for index in range(document.pageCount()):
        if index:
            printer.newPage()
        size = document.pagePointSize(index)
        scale = min(area.width() / size.width(), area.height() / size.height())
        painter.drawImage(
            0, 0, document.render(index, QSize(round(size.width() * scale), round(size.height() * scale)))
        )
    painter.end()
    say(event="print", seconds=time.perf_counter() - started, pages=document.pageCount(), rss_mb=peak_rss_mb())
    app.quit()
    return 0


def run_app(
    path: str,
    list_runs: int,
    recap: bool,
    bookings: int = 0,
    sheet: str | None = None,
    form: bool = False,
    report: str | None = None,
    scan: str | None = None,
    conflicts: bool = False,
) -> int:
    original_exec = QApplication.exec

    def exec_with_probe(app: QApplication) -> int:
        QTimer.singleShot(0, lambda: on_idle(app))
        return original_exec()

    def on_idle(app: QApplication) -> None:
        say(event="idle")  # the first turn of the event loop: the window's frame is painted
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "main_window")
        if window.is_attached:
            on_ready(app, window)
        else:
            window.attached.connect(lambda: QTimer.singleShot(0, lambda: on_ready(app, window)))

    def on_ready(app: QApplication, window) -> None:
        if scan:
            scan_at_door(app, window, scan)
            return
        settle(app)
        window.backups.pool.waitForDone()  # the backup made on opening copies the whole file: measure after it
        settle(app)
        start_work_done(app, window)
        if sheet:
            print_sheet(app, window, sheet)
            return
        if form:
            agreement_form(app, window)
            return
        if report:
            make_recap(app, window, report, "report")
            return
        if conflicts:
            open_conflicts(app, window)
            return
        screens = list(window.screens)
        transactions = window.screens["transactions"]
        started = time.perf_counter()
        window.sidebar.setCurrentRow(screens.index("transactions"))  # first shown: it reads now
        transactions.table.viewport().grab()  # the first page painted
        opened = time.perf_counter() - started
        settle(app)
        say(event="memory", rss_mb=peak_rss_mb(), rows=transactions.model.rowCount())
        if list_runs:
            took = [opened]
            for _ in range(list_runs - 1):
                started = time.perf_counter()
                transactions.refresh()
                transactions.table.viewport().grab()
                took.append(time.perf_counter() - started)
            say(event="list", seconds=took)
        if bookings:
            say(event="book_list", seconds=book_in_sight(app, window, "transactions", bookings))
            say(event="book_dashboard", seconds=book_in_sight(app, window, "dashboard", bookings))
        if recap:
            make_recap(app, window)
        else:
            app.quit()

    QApplication.exec = exec_with_probe
    sys.argv = [str(ROOT / "main.py"), path, "--operator", "Panitia Bench"]
    try:
        runpy.run_path(str(ROOT / "main.py"), run_name="__main__")
    except SystemExit as done:
        return int(done.code or 0)
    return 0


def scan_at_door(app: QApplication, window, code: str) -> None:
    """As staff do once the window is up: Ctrl+3 to Check-in, the badge scanned (a scanner's keys and Enter);
    "ready" when the screen shows the check-in recorded."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    checkin = window.screens["checkin"]
    checkin.scan_input.setFocus()
    QTest.keyClicks(checkin.scan_input, code)
    QTest.keyClick(checkin.scan_input, Qt.Key.Key_Return)

    def recorded() -> None:
        if checkin.result_state not in ("ok", "vip"):
            QTimer.singleShot(5, recorded)
            return
        say(event="ready", result=checkin.result_state)
        # Quit as a desk does, not a second after starting: after the backup made on opening, whose
        # connection would keep the WAL from being folded back and the file from being recorded sound.
        window.backups.pool.waitForDone()
        app.quit()

    recorded()


def open_conflicts(app: QApplication, window) -> None:
    """Open Berkas → Konflik penggabungan as staff do after a big merge; the event loop's longest stall until
    the list is shown."""
    ticker, gaps = stall_meter()
    ticker.start()
    started = time.perf_counter()
    QTimer.singleShot(30, window.conflicts_action.trigger)

    def shown() -> None:
        dialog = window.conflicts_dialog
        if dialog is None or dialog.reading is not None:  # set as the view opens, cleared when the list arrives
            QTimer.singleShot(20, shown)
            return
        dialog.table.viewport().grab()
        ticker.stop()
        say(
            event="conflicts",
            seconds=time.perf_counter() - started,
            rows=dialog.model.rowCount(),
            longest_stall_ms=max(gaps, default=0) * 1000,
        )
        app.quit()

    QTimer.singleShot(50, shown)


def agreement_form(app: QApplication, window) -> None:
    """Open a new agreement form on Jadwal as staff do and type a signatory's name at a person's speed; time
    the event loop's longest stall from the request until the last key's completions are shown."""
    from PySide6.QtTest import QTest

    schedule = window.screens["schedule"]
    window.sidebar.setCurrentRow(list(window.screens).index("schedule"))
    settle(app)
    ticker, gaps = stall_meter()
    ticker.start()
    started = time.perf_counter()
    opened: list[float] = []

    def open_form() -> None:
        dialog = schedule.open_agreement(None)
        opened.append(time.perf_counter() - started)
        picker = dialog.parties.rows[0].signatory
        picker.setFocus()
        keys = list("budi")

        def next_key() -> None:
            if keys:
                QTest.keyClick(picker.combo.lineEdit(), keys.pop(0))
                QTimer.singleShot(120, next_key)  # a person's speed
                return
            ticker.stop()
            say(
                event="agreement_form",
                opened_ms=opened[0] * 1000,
                longest_stall_ms=max(gaps, default=0) * 1000,
                completions=picker.matches.rowCount(),
            )
            dialog.done(0)  # closed without the question a form with typed input asks on closing
            app.quit()

        QTimer.singleShot(120, next_key)

    QTimer.singleShot(30, open_form)


def idle_stalls(app: QApplication, seconds: float, event: str) -> None:
    """The floor of a stall: the event loop's longest gap while nothing is asked of it."""
    ticker, gaps = stall_meter()
    ticker.start()

    def done() -> None:
        ticker.stop()
        say(event=event, longest_stall_ms=max(gaps, default=0) * 1000)
        app.quit()

    QTimer.singleShot(int(seconds * 1000), done)


def make_recap(app: QApplication, window, kind: str = "transactions", event: str = "recap") -> None:
    """Press a document's button on Laporan (the recap's unless told); time the event loop while the worker
    renders; wait for the preview."""
    reports = window.screens["reports"]
    window.sidebar.setCurrentRow(list(window.screens).index("reports"))
    settle(app)
    ticker, gaps = stall_meter()
    started = time.perf_counter()
    rendered = []
    window.context.tasks.idle.connect(lambda: rendered.append(time.perf_counter() - started))
    before_preview = []
    show_preview = reports._handle_done

    def handle_done(*args) -> None:
        before_preview.append(peak_rss_mb())
        show_preview(*args)

    reports._handle_done = handle_done  # the peak of the rendering alone, before the preview opens
    ticker.start()
    reports.buttons[kind].click()

    def wait_for_preview() -> None:
        if not rendered or reports.last_output is None:
            QTimer.singleShot(50, wait_for_preview)
            return
        ticker.stop()
        settle(app, 10)
        say(
            event=event,
            seconds=rendered[0],
            rss_mb=peak_rss_mb(),
            rendered_rss_mb=before_preview[0] if before_preview else None,
            longest_stall_ms=max(gaps, default=0) * 1000,
            stall_p95_ms=sorted(gaps)[int(len(gaps) * 0.95)] * 1000 if gaps else 0,
            pdf_bytes=reports.last_output.stat().st_size,
        )
        app.quit()

    QTimer.singleShot(50, wait_for_preview)


def run_bare_idle(seconds: float, event: str) -> int:
    """A bare window shown, then its event loop's longest stall over `seconds` of nothing."""
    from PySide6.QtWidgets import QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.show()

    def on_idle() -> None:
        settle(app)
        say(event="idle")
        idle_stalls(app, seconds, event)

    QTimer.singleShot(0, on_idle)
    return app.exec()


def run_bare(path: str | None, list_runs: int, bookings: int = 0) -> int:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    view = QTableView()
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()

    def on_idle() -> None:
        settle(app)
        say(event="idle")
        if path is None:
            app.quit()
            return
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

        def show_first_page() -> None:
            keys = [
                key for (key,) in conn.execute("SELECT rowid FROM transactions ORDER BY created_at DESC, rowid DESC")
            ]
            first = keys[:PAGE]
            rows = conn.execute(
                "SELECT t.created_at, b.name, s.name, t.commodity, t.quantity, t.value_idr, t.kind, t.stage, "
                "t.status, t.id "
                "FROM transactions t JOIN organisations b ON b.id = t.buyer_id JOIN organisations s ON s.id = "
                "t.seller_id "
                f"WHERE t.rowid IN ({', '.join('?' * len(first))})",
                first,
            ).fetchall()
            model = QStandardItemModel(len(rows), 10)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    model.setItem(r, c, QStandardItem(str(value)))
            view.setModel(model)
            view.viewport().grab()

        show_first_page()
        say(event="memory", rss_mb=peak_rss_mb(), rows=PAGE)
        if list_runs:
            took = []
            for _ in range(list_runs):
                started = time.perf_counter()
                show_first_page()
                took.append(time.perf_counter() - started)
            say(event="list", seconds=took)
        if bookings:
            say(event="book_dashboard", seconds=raw_bookings(app, window, path, bookings))
        conn.close()
        app.quit()

    QTimer.singleShot(0, on_idle)
    return app.exec()


RAW_TOTALS = """
SELECT t.status, t.kind, t.stage, t.sector_id, b.region_id, se.region_id,
       (b.kind = 'umkm' OR se.kind = 'umkm'), t.verified_at IS NOT NULL, sum(t.value_idr), count(*)
FROM transactions t JOIN organisations b ON b.id = t.buyer_id JOIN organisations se ON se.id = t.seller_id
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
"""


def raw_bookings(app: QApplication, window, path: str, count: int) -> list[float]:
    """A deal and its audit row written with sqlite3, the totals summed again, a label repainted."""
    import hashlib
    import random
    import uuid

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    window.statusBar().addWidget(label)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    organisations = [key for (key,) in conn.execute("SELECT id FROM organisations")]
    rng = random.Random(5)
    took = []
    for seq in range(1, count + 1):
        buyer, seller = rng.sample(organisations, 2)
        row_id = str(uuid.uuid4())
        at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO transactions (id, created_at, updated_at, desk_id, buyer_id, seller_id, value_idr, "
            "kind, stage, status) "
            "VALUES (?, ?, ?, 'raw-desk', ?, ?, 2500000000, 'trade', 'commitment', 'booked')",
            (row_id, at, at, buyer, seller),
        )
        payload = json.dumps({"id": row_id, "buyer_id": buyer, "seller_id": seller, "value_idr": 2_500_000_000})
        conn.execute(
            "INSERT INTO audit_log (id, created_at, updated_at, desk_id, seq, operator, table_name, row_id, "
            "action, after, "
            "prev_hash, hash) VALUES (?, ?, ?, 'raw-desk', ?, 'raw', 'transactions', ?, 'insert', ?, ?, ?)",
            (str(uuid.uuid4()), at, at, seq, row_id, payload, "0" * 64, hashlib.sha256(payload.encode()).hexdigest()),
        )
        conn.execute("COMMIT")
        total = sum(row[8] for row in conn.execute(RAW_TOTALS) if row[0] == "booked")
        label.setText(f"Rp{total:,}")
        app.processEvents()
        took.append(time.perf_counter() - started)
    conn.close()
    return took


def main() -> int:
    mode, rest = sys.argv[1], sys.argv[2:]
    list_runs = 0
    if "--list" in rest:
        at = rest.index("--list")
        list_runs = int(rest[at + 1])
        del rest[at : at + 2]
    bookings = 0
    if "--book" in rest:
        at = rest.index("--book")
        bookings = int(rest[at + 1])
        del rest[at : at + 2]
    sheet = None
    if "--print" in rest:
        at = rest.index("--print")
        sheet = rest[at + 1]
        del rest[at : at + 2]
    report = None
    if "--report" in rest:
        at = rest.index("--report")
        report = rest[at + 1]
        del rest[at : at + 2]
    scan = None
    if "--scan" in rest:
        at = rest.index("--scan")
        scan = rest[at + 1]
        del rest[at : at + 2]
    recap, form, conflicts = "--recap" in rest, "--agreement-form" in rest, "--conflicts" in rest
    idle = "--idle" in rest
    rest = [arg for arg in rest if arg not in ("--recap", "--agreement-form", "--idle", "--conflicts")]
    if mode == "app":
        return run_app(rest[0], list_runs, recap, bookings, sheet, form, report, scan, conflicts)
    if idle:
        return run_bare_idle(0.7, "idle_stall")
    if sheet:
        return run_bare_print(sheet)
    return run_bare(rest[0] if rest else None, list_runs, bookings)


if __name__ == "__main__":
    raise SystemExit(main())
