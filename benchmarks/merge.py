"""How long merging, `check` and the Conflicts list take on a big day: three desks, thousands of attendees.

    python benchmarks/merge.py [ATTENDEES]

Each desk registers a third of the attendees and checks in most of them; then
desk A merges B and C, B merges A, and the times are printed. A merge resolves
every row from the whole audit log, so its time grows with the event's size.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from eventdesk.domain.models import Actor
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import create_event, open_session


def main() -> int:
    attendees = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    desks = [Actor(f"de5c000{n}-0000-4000-8000-00000000000{n}", f"Meja {n}", f"Operator {n}") for n in range(1, 4)]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        master = root / "master.eventdesk"
        create_event(master, Actor("0ff1ce00-0000-4000-8000-000000000000", "Kantor", "Rina")).close()
        paths = []
        for index, actor in enumerate(desks):
            path = root / f"meja-{index}.eventdesk"
            shutil.copyfile(master, path)
            session = open_session(path, actor)
            started = time.perf_counter()
            people = [session.attendees.register(f"Peserta {index}-{n}", "buyer") for n in range(attendees // 3)]
            for person in people[: len(people) * 4 // 5]:
                session.attendees.check_in(person.code)
            print(
                f"desk {index}: {len(people)} registered, {len(people) * 4 // 5} checked in in "
                f"{time.perf_counter() - started:.1f} s"
            )
            session.close()
            paths.append(path)
        session = open_session(paths[0], desks[0])
        for other in paths[1:]:
            started = time.perf_counter()
            outcome = session.merges.merge(other)
            print(f"merge of {outcome.entries} entries into A: {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        again = session.merges.merge(paths[1])
        print(f"merge again (nothing new, {again.entries}): {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        session.merges.conflicts()
        print(f"conflicts list: {time.perf_counter() - started:.2f} s")
        session.close()
        started = time.perf_counter()
        problems = check_event_file(paths[0])
        print(f"check: {len(problems)} problems in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
