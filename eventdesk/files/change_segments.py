"""Change segments: a run of one desk's audit entries in a text file of the sync folder, written once.

A segment is JSON Lines: a header line (what it is, the event, the desk, the entries'
numbers), one line per audit entry exactly as the event file stores it, and an end line
with the number of entries, so a file cut short (a copy half received, a stick pulled
while writing) is recognised and refused rather than read as fewer entries. The entries
themselves are checked by the merge as strictly as a full copy's (store/merge_entries.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from eventdesk.domain.errors import MergeRefused
from eventdesk.domain.i18n import tr
from eventdesk.domain.merge_results import DeskChanges
from eventdesk.files.atomic_files import write_bytes_atomically

FORMAT = "eventdesk-changes"
VERSION = 1
SUFFIX = ".jsonl"
ENTRIES_PER_SEGMENT = 1000  # a desk's backlog is written as several segments, each merged in short transactions


def segment_name(first: int, last: int) -> str:
    """`00000001-00000150.jsonl`: zero-padded, so names sort in the order of the entries."""
    return f"{first:08d}-{last:08d}{SUFFIX}"


def write_segment(folder: Path, changes: DeskChanges) -> Path | None:
    """Write `changes` as a new segment in `folder`, atomically; None when that segment is already there
    (a segment is never rewritten)."""
    target = folder / segment_name(changes.first, changes.last)
    if target.exists():
        return None
    header = {
        "format": FORMAT,
        "version": VERSION,
        "event_id": changes.event_id,
        "desk_id": changes.desk_id,
        "desk_label": changes.desk_label,
        "first": changes.first,
        "last": changes.last,
    }
    lines = [header, *changes.rows, {"end": len(changes.rows)}]
    text = "".join(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n" for line in lines)
    write_bytes_atomically(target, text.encode("utf-8"))
    return target


def read_segment(path: Path, *, label: str | None = None) -> DeskChanges:
    """The entries of the segment at `path`; a truncated, garbled or foreign file is refused, naming it."""
    shown = label or str(path)
    try:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _refused(shown) from None
    if len(lines) < 2 or not all(isinstance(line, dict) for line in lines):
        raise _refused(shown)
    header, rows, end = lines[0], lines[1:-1], lines[-1]
    if header.get("format") != FORMAT or header.get("version") != VERSION:
        raise MergeRefused(tr("'{path}' bukan berkas perubahan EventDesk; tidak dibaca.").format(path=shown))
    first, last = header.get("first"), header.get("last")
    if (
        end != {"end": len(rows)}
        or not isinstance(first, int)
        or not isinstance(last, int)
        or last - first + 1 != len(rows)
        or [row.get("seq") for row in rows] != list(range(first, last + 1))
    ):
        raise _refused(shown)
    return DeskChanges(
        event_id=str(header.get("event_id") or ""),
        desk_id=str(header.get("desk_id") or ""),
        desk_label=str(header.get("desk_label") or ""),
        first=first,
        last=last,
        rows=rows,
    )


def _refused(shown: str) -> MergeRefused:
    return MergeRefused(
        tr("Berkas perubahan '{path}' terpotong atau rusak (belum selesai disalin?); tidak digabungkan.").format(
            path=shown
        )
    )
