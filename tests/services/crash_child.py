"""The process the crash harness kills: books, checks in, registers, imports and backs up, acknowledging each commit.

    python -m tests.services.crash_child FILE SEED BACKUP_FOLDER

Each line on stdout is printed (and flushed) only after the write it names was
committed, as the screen would say "saved": the harness holds the file to every
line it read before the SIGKILL.
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

from eventdesk.domain.models import Actor
from eventdesk.services import backups
from eventdesk.services.session import open_session
from eventdesk.store import attendees

IMPORT_ROWS = 120
ACTOR = Actor(desk_id="c4a5b000-0000-4000-8000-00000000c4a5", desk_label="Meja Uji", operator="Uji Tabrakan")


def acknowledge(*words: object) -> None:
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def bulk_registration(session, batch: str) -> None:
    """A registration list written in one transaction, as an import writes it."""
    rows = [
        {"code": f"IMP-{batch[:8]}-{number:04d}", "full_name": f"Peserta Impor {number}", "category": "buyer", "notes": f"batch:{batch}"}
        for number in range(IMPORT_ROWS)
    ]
    with session.file.transaction():
        attendees.add_attendees(session.file, rows)


def main(path: str, seed: str, backup_folder: str) -> None:
    rng = random.Random(int(seed))
    session = open_session(Path(path), ACTOR)
    organisations = [o.id for o in session.organisations.list()]
    codes = [a.code for a in session.attendees.list() if not a.code.startswith("IMP-")]
    acknowledge("ready")
    while True:
        action = rng.choice(("book", "book", "checkin", "register", "import", "backup"))
        if action == "book":
            buyer, seller = rng.sample(organisations, 2)
            transaction = session.transactions.book(buyer_id=buyer, seller_id=seller, value=rng.randint(1, 900) * 1_000_000, kind="trade")
            acknowledge("book", transaction.id)
        elif action == "checkin":
            result = session.attendees.check_in(rng.choice(codes))
            acknowledge("checkin", result.attendee.id)
        elif action == "register":
            attendee = session.attendees.register(f"Tamu {uuid.uuid4().hex[:6]}", "buyer")
            acknowledge("register", attendee.id)
        elif action == "import":
            batch = uuid.uuid4().hex
            bulk_registration(session, batch)
            acknowledge("import", batch)
        else:
            made = backups.make_backup(Path(path), Path(backup_folder))
            acknowledge("backup", made)


if __name__ == "__main__":
    main(*sys.argv[1:4])
