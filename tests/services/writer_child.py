"""A second (or third) writer on one event file: bookings and imported lists, each acknowledged after its commit.

python -m tests.services.writer_child FILE DESK_ID ROUNDS
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

from eventdesk.domain.models import Actor
from eventdesk.services.session import open_session
from tests.services.crash_child import acknowledge, import_list


def main(path: str, desk_id: str, rounds: str) -> None:
    session = open_session(Path(path), Actor(desk_id=desk_id, desk_label=f"Meja {desk_id[:4]}", operator="Penulis"))
    organisations = [o.id for o in session.organisations.list()]
    lists = Path(path).parent / f"daftar-{uuid.uuid4().hex[:8]}"
    for number in range(int(rounds)):
        transaction = session.transactions.book(
            buyer_id=organisations[number % 5],
            seller_id=organisations[5 + number % 5],
            value=(number + 1) * 1_000_000,
            kind="trade",
        )
        acknowledge("book", transaction.id)
        if number % 4 == 0:
            import_list(session, lists, uuid.uuid4().hex, as_csv=number % 8 == 0)
    session.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
