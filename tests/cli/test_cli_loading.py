"""A scripted check-in or booking pays the interpreter's start and EventDesk's imports every time: it loads what
a check-in or a booking needs, not the reports, the merge, the import or the formatting libraries behind them."""

import os
import subprocess
import sys

from tests.cli.test_cli import eventdesk
from tests.outside import query

# Loaded only by the commands that use them (a report, a merge, a total printed in words, a phone number typed).
NOT_FOR_A_WRITE = (
    "babel",
    "num2words",
    "phonenumbers",
    "rapidfuzz",
    "reportlab",
    "pypdf",
    "sqlite_utils",
    "openpyxl",
    "python_calamine",
    "eventdesk.reports",
    "eventdesk.services.merge",
    "eventdesk.store.merge_entries",
    "eventdesk.services.registration_import",
    "eventdesk.services.documents",
    "eventdesk.domain.figures",
)

_RUN_AND_LIST = """
import sys
from eventdesk import cli
status = cli.main(sys.argv[1:])
print(" ".join(sorted(name for name in sys.modules)))
sys.exit(status)
"""


def _loaded_by(home, *args):
    env = {**os.environ, "EVENTDESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LIST, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    *said, modules = done.stdout.strip().splitlines()
    return "\n".join(said), set(modules.split())


def _heavy(modules):
    return sorted(name for name in modules if any(name == m or name.startswith(m + ".") for m in NOT_FOR_A_WRITE))


def test_a_check_in_loads_what_a_check_in_needs(demo_file, eventdesk_home):
    [(code, name)] = query(demo_file, "SELECT code, full_name FROM attendees WHERE checked_in_at IS NULL LIMIT 1")
    said, modules = _loaded_by(eventdesk_home, "checkin", demo_file, code)
    assert name in said and "check-in pukul" in said
    assert _heavy(modules) == []


def test_a_booking_loads_what_a_booking_needs(demo_file, eventdesk_home):
    buyer, seller = (row[0] for row in query(demo_file, "SELECT name FROM organisations ORDER BY rowid LIMIT 2"))
    [(sector,)] = query(demo_file, "SELECT name FROM sectors ORDER BY sort_order LIMIT 1")
    said, modules = _loaded_by(
        eventdesk_home, "book", demo_file, "--buyer", buyer, "--seller", seller, "--sector", sector,
        "--value", "1,5 M", "--kind", "trade",
    )  # fmt: skip
    [(booked,)] = query(demo_file, "SELECT value_idr FROM transactions WHERE id = ?", (said.strip(),))
    assert booked == 1_500_000_000
    assert _heavy(modules) == []


def test_totals_load_what_totals_need(demo_file, eventdesk_home):
    """Babel writes the figures; the total in words comes from num2words's Indonesian alone, not the package that
    makes fifty languages; nothing of the press sentences, the day's curve or the writes' hashing is loaded."""
    _loaded_by(eventdesk_home, "totals", demo_file)  # the first start on a laptop makes its desk identity
    said, modules = _loaded_by(eventdesk_home, "totals", demo_file)
    assert "Rp666.000.000.000" in said
    assert "Terbilang: enam ratus enam puluh enam miliar rupiah" in said
    loaded_here = [
        name
        for name in ("num2words", "eventdesk.domain.press", "eventdesk.domain.day_curve", "hashlib", "uuid")
        if name in modules
    ]
    assert loaded_here == []
    needed = ("babel", "eventdesk.domain.figures")  # the figures, and the way they are written
    assert [name for name in _heavy(modules) if not any(name == n or name.startswith(n + ".") for n in needed)] == []


def test_a_misspelt_buyer_still_gets_its_suggestion(demo_file, eventdesk_home):
    """rapidfuzz, no longer loaded by every command, is still there when a name is not found."""
    [(buyer,)] = query(demo_file, "SELECT name FROM organisations ORDER BY rowid LIMIT 1")
    done = eventdesk(
        eventdesk_home, "book", demo_file, "--buyer", buyer[:-2], "--seller", buyer, "--sector", "x",
        "--value", "1 M", "--kind", "trade",
    )  # fmt: skip
    assert done.returncode == 1
    assert "Mungkin maksudnya" in done.stderr and buyer in done.stderr
