"""The process the crash harness kills: books, checks in, registers, imports lists and backs up,
acknowledging each commit.

    python -m tests.services.crash_child FILE SEED BACKUP_FOLDER

Each line on stdout is printed (and flushed) only after the write it names was
committed, as the screen would say "saved": the harness holds the file to every
line it read before the SIGKILL. The one exception is `begin import BATCH`,
printed just before an import starts writing, so the harness can kill in the
middle of it.

Imports go through the real import service, from a registration list written
as XLSX or CSV beforehand: each list has its own new organisation and
IMPORT_ROWS people, every row marked `batch:BATCH` in the notes column.
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

from eventdesk.domain.models import Actor
from eventdesk.services import backups
from eventdesk.services.session import open_session
from tests.lists import write_csv, write_xlsx

IMPORT_ROWS = 120
ACTOR = Actor(desk_id="c4a5b000-0000-4000-8000-00000000c4a5", desk_label="Meja Uji", operator="Uji Tabrakan")


def acknowledge(*words: object) -> None:
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def registration_list(folder: Path, batch: str, *, as_csv: bool, rows: int = IMPORT_ROWS) -> Path:
    """A delegation's list of `rows` new people of one new organisation, all marked with `batch`."""
    folder.mkdir(parents=True, exist_ok=True)
    organisation = f"PT Impor {batch[:10]}"
    people = [["Daftar Peserta Uji Tabrakan"], [], ["No", "Nama", "Instansi", "Email", "Kategori", "Keterangan"]]
    people += [
        [
            number,
            f"Peserta Impor {number}",
            organisation,
            f"impor.{batch[:12]}.{number}@contoh.id",
            "Pembeli",
            f"batch:{batch}",
        ]
        for number in range(1, rows + 1)
    ]
    if as_csv:
        return write_csv(folder / f"{batch}.csv", people, delimiter=";")
    return write_xlsx(folder / f"{batch}.xlsx", people)


def import_list(session, folder: Path, batch: str, *, as_csv: bool, rows: int = IMPORT_ROWS) -> None:
    """Import a new list through the service the dialog and the command line use; every row must be imported."""
    source = registration_list(folder, batch, as_csv=as_csv, rows=rows)
    acknowledge("begin", batch)
    report = session.imports.run(source)
    if (report.imported, report.duplicates, report.rejected) != (rows, 0, 0):
        raise SystemExit(
            f"import of {source.name}: {report.imported} imported, {report.duplicates} duplicate, "
            f"{report.rejected} rejected"
        )
    acknowledge("import", batch)


def main(path: str, seed: str, backup_folder: str) -> None:
    rng = random.Random(int(seed))
    lists = Path(path).parent / "daftar"
    session = open_session(Path(path), ACTOR)
    organisations = [o.id for o in session.organisations.list()]
    codes = [a.code for a in session.attendees.list()][:200]
    acknowledge("ready")
    while True:
        action = rng.choice(("book", "book", "checkin", "register", "import", "import", "backup"))
        if action == "book":
            buyer, seller = rng.sample(organisations, 2)
            transaction = session.transactions.book(
                buyer_id=buyer, seller_id=seller, value=rng.randint(1, 900) * 1_000_000, kind="trade"
            )
            acknowledge("book", transaction.id)
        elif action == "checkin":
            result = session.attendees.check_in(rng.choice(codes))
            acknowledge("checkin", result.attendee.id)
        elif action == "register":
            attendee = session.attendees.register(f"Tamu {uuid.uuid4().hex[:6]}", "buyer")
            acknowledge("register", attendee.id)
        elif action == "import":
            import_list(session, lists, uuid.UUID(int=rng.getrandbits(128)).hex, as_csv=rng.random() < 0.5)
        else:
            made = backups.make_backup(Path(path), Path(backup_folder))
            acknowledge("backup", made)


if __name__ == "__main__":
    main(*sys.argv[1:4])
