"""What each name in an event's sync folder is: desks' change segments, manifests, full copies, and the rest.

    eventdesk-<event id>/
        <desk id>/00000001-00000412.jsonl   change segments of that desk, written once (files/change_segments.py)
        <desk id>/manifest.json             the desk's heartbeat: its label, newest entry, time of its last round
        <desk id>.eventdesk                 a full copy of that desk's file, for a laptop that joins late

Only names of exactly these patterns are read as a desk's. Syncthing's own files are left alone
(`.stfolder`, `.stignore`, `.stversions/`, `.syncthing.….tmp`, `~syncthing~….tmp`, and every name
starting with a dot, which is also how our own files are named while being written). A conflict copy
Syncthing made (`….sync-conflict-<date>-<time>-<device>.…`) is another version of a desk's file and is
read as what it is, under that desk; anything else is a stray, reported once and never read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from eventdesk.domain.clock import moment_of
from eventdesk.files.atomic_files import write_text_atomically
from eventdesk.files.change_segments import SUFFIX as SEGMENT_SUFFIX

EXCHANGE_PREFIX = "eventdesk-"
FULL_COPY_SUFFIX = ".eventdesk"
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "eventdesk-desk"

_DESK_ID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_CONFLICT = r"\.sync-conflict-\d{8}-\d{6}-[0-9A-Z]{7}"
_DESK_FOLDER = re.compile(rf"^{_DESK_ID}$")
_FULL_COPY = re.compile(rf"^(?P<desk>{_DESK_ID})(?P<conflict>{_CONFLICT})?{re.escape(FULL_COPY_SUFFIX)}$")
_SEGMENT = re.compile(rf"^(?P<first>\d{{8}})-(?P<last>\d{{8}})(?P<conflict>{_CONFLICT})?{re.escape(SEGMENT_SUFFIX)}$")
_MANIFEST_CONFLICT = re.compile(rf"^manifest{_CONFLICT}\.json$")
_SYNCTHING_TEMPORARY = re.compile(r"^~syncthing~.*\.tmp$")


@dataclass(frozen=True)
class Segment:
    path: Path
    first: int
    last: int
    conflict_copy: bool = False  # Syncthing's other version of a segment of the same name: read, checked, never trusted


@dataclass
class DeskFolder:
    """One desk's files in the folder."""

    desk_id: str
    segments: list[Segment] = field(default_factory=list)
    manifest: Path | None = None
    full_copy: Path | None = None
    conflict_copies: list[Path] = field(default_factory=list)  # other versions of its full copy


@dataclass
class Layout:
    desks: dict[str, DeskFolder] = field(default_factory=dict)
    strays: list[Path] = field(default_factory=list)  # neither a desk's file nor Syncthing's: reported, not read

    def desk(self, desk_id: str) -> DeskFolder:
        return self.desks.setdefault(desk_id, DeskFolder(desk_id))


@dataclass
class Manifest:
    """A desk's heartbeat in the folder: rewritten every round."""

    event_id: str
    desk_id: str
    label: str
    head: int  # the desk's newest entry number
    heard_at: datetime  # when its last round ran, by its clock
    full_copy_heads: dict[str, int] = field(default_factory=dict)  # what its full copy holds, desk → entry number

    def as_json(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "event_id": self.event_id,
            "desk_id": self.desk_id,
            "label": self.label,
            "head": self.head,
            "heard_at": self.heard_at.isoformat(),
            "full_copy_heads": self.full_copy_heads,
        }


def exchange_folder(folder: Path, event_id: str) -> Path:
    return folder / f"{EXCHANGE_PREFIX}{event_id}"


def desk_folder(exchange: Path, desk_id: str) -> Path:
    return exchange / desk_id


def full_copy_path(exchange: Path, desk_id: str) -> Path:
    return exchange / f"{desk_id}{FULL_COPY_SUFFIX}"


def is_hidden(name: str) -> bool:
    """Syncthing's files and folders, and files still being written (ours and Syncthing's)."""
    return name.startswith(".") or bool(_SYNCTHING_TEMPORARY.match(name))


def read_layout(exchange: Path) -> Layout:
    """The desks' files in `exchange`, by name only (nothing is opened)."""
    layout = Layout()
    if not exchange.is_dir():
        return layout
    for entry in sorted(exchange.iterdir()):
        if is_hidden(entry.name):
            continue
        if entry.is_dir() and _DESK_FOLDER.match(entry.name):
            _read_desk_folder(layout.desk(entry.name), entry, layout)
        elif entry.is_file() and (found := _FULL_COPY.match(entry.name)):
            desk = layout.desk(found["desk"])
            if found["conflict"]:
                desk.conflict_copies.append(entry)
            else:
                desk.full_copy = entry
        else:
            layout.strays.append(entry)
    return layout


def _read_desk_folder(desk: DeskFolder, folder: Path, layout: Layout) -> None:
    for entry in sorted(folder.iterdir()):
        if is_hidden(entry.name) or _MANIFEST_CONFLICT.match(entry.name):
            continue  # an older heartbeat carries nothing to merge
        if entry.name == MANIFEST_NAME:
            desk.manifest = entry
        elif found := _SEGMENT.match(entry.name):
            first, last = int(found["first"]), int(found["last"])
            if 0 < first <= last:
                desk.segments.append(Segment(entry, first, last, conflict_copy=bool(found["conflict"])))
                continue
            layout.strays.append(entry)
        else:
            layout.strays.append(entry)
    desk.segments.sort(key=lambda segment: (segment.first, segment.last, segment.conflict_copy))


def write_manifest(exchange: Path, manifest: Manifest) -> None:
    write_text_atomically(
        desk_folder(exchange, manifest.desk_id) / MANIFEST_NAME,
        json.dumps(manifest.as_json(), ensure_ascii=False, indent=1),
        durable=False,  # rewritten every round; an older heartbeat is still a heartbeat
    )


def read_manifest(path: Path | None) -> Manifest | None:
    """The manifest at `path`, or None when there is none or it cannot be read (it is only a heartbeat)."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != MANIFEST_FORMAT:
            return None
        heard_at = moment_of(str(data["heard_at"]))
        heads = data.get("full_copy_heads") or {}
        return Manifest(
            event_id=str(data["event_id"]),
            desk_id=str(data["desk_id"]),
            label=str(data.get("label") or ""),
            head=int(data["head"]),
            heard_at=heard_at,
            full_copy_heads={str(desk): int(seq) for desk, seq in heads.items()},
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
