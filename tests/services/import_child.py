"""One of two imports into one event file at the same moment: read the list, wait for the word, then write it.

    python -m tests.services.import_child FILE DESK_ID LIST GO_FILE

Prints `ready` once the list is read and the file open, waits until GO_FILE
exists (the harness creates it when every importer is ready), imports, then
prints `imported N duplicates N rejected N` or `busy MESSAGE`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from eventdesk.domain.errors import EventFileBusy
from eventdesk.domain.models import Actor
from eventdesk.files.spreadsheets import read_sheet
from eventdesk.services.session import open_session
from tests.services.crash_child import acknowledge


def main(path: str, desk_id: str, source: str, go_file: str) -> None:
    session = open_session(Path(path), Actor(desk_id=desk_id, desk_label=f"Meja {desk_id[:4]}", operator="Pengimpor"))
    sheet = read_sheet(source)
    acknowledge("ready")
    while not Path(go_file).exists():
        time.sleep(0.001)
    try:
        report = session.imports.run_sheet(sheet)
    except EventFileBusy as busy:
        acknowledge("busy", busy.message)
    else:
        acknowledge("imported", report.imported, "duplicates", report.duplicates, "rejected", report.rejected)
    finally:
        session.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
