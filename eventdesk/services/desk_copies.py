"""Which desk identity writes a copy of an event file, so that two copies on one laptop never fork a desk.

Every desk's audit entries form one chain, and other desks accept a desk's file only when its
chain continues what they already hold. Staff keep `acara.eventdesk` on the Desktop and again
in Downloads, copy a backup back over the event file, or open the copy on a stick: written as
the same desk, the two copies would give the desk two histories, and every other desk would
refuse its files for the rest of the day.

So the laptop remembers, outside the file, the newest entry each of its desk identities wrote
to each event (the desk's *head*). Before every write the copy being written must hold that
entry. A copy that is behind it or beside it writes on under a new desk identity named after
the desk ("Meja 2 (salinan)"), one more desk whose work merges like any other's, and the laptop
remembers that identity for that copy's path. A lock per desk identity makes the look and the
write one step, so two copies open at once cannot both pass the look.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from eventdesk.domain.errors import EventDeskError, EventFileBusy, EventFileError
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Actor
from eventdesk.files import paths
from eventdesk.files.atomic_files import write_text_atomically
from eventdesk.store import audit, desks, event
from eventdesk.store.db import BUSY_TIMEOUT_MS, EventFile
from eventdesk.store.ids import new_id
from eventdesk.store.process_lock import LockTimeout, ProcessLock

if TYPE_CHECKING:
    import logging

COPY_SUFFIX = " (salinan)"
_FOLDER_NAME = "copies"
_IDENTITIES_FILE = "identities.json"


class DeskCopies:
    """The write guard of one open copy of an event file (see the module's docstring)."""

    def __init__(self, path: Path, laptop: Actor, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else paths.config_dir() / _FOLDER_NAME
        self.path = Path(path).resolve()
        self.laptop_desk_id = laptop.desk_id
        self.renamed_to: str | None = None  # the copy's new desk label, when this session gave it one
        self.catching_up = False
        self._event_id: str | None = None
        self._heads_seen: dict[Path, tuple[tuple[int, int], tuple[int, str] | None]] = {}

    # --- which identity -------------------------------------------------------------------------

    def actor_for(self, actor: Actor) -> Actor:
        """`actor` (the laptop's identity and the operator) as it writes this copy."""
        self.laptop_desk_id = actor.desk_id
        copy_id = self._identities().get(actor.desk_id, {}).get(str(self.path))
        if copy_id is None:
            return actor
        return replace(actor, desk_id=copy_id, desk_label=_copy_label(actor.desk_label))

    @contextlib.contextmanager
    def merging_first(self) -> Iterator[None]:
        """Merges only, no look: a merge writes no entry of this desk, and may bring back its newest ones
        from other desks (a copy restored from a backup catches up and writes on as the same desk)."""
        self.catching_up = True
        try:
            yield
        finally:
            self.catching_up = False

    def attach(self, event_file: EventFile) -> None:
        """Write `event_file` as the identity this copy uses, guarded from now on."""
        event_file.actor = self.actor_for(event_file.actor)
        event_file.write_guard = _Attached(self, event_file)

    # --- what the laptop remembers --------------------------------------------------------------

    def event_id(self, event_file: EventFile) -> str | None:
        if self._event_id is None:
            self._event_id = event.event_id(event_file)
        return self._event_id

    def head_file(self, event_id: str, desk_id: str) -> Path:
        return self.folder / event_id / f"{desk_id}.head"

    def recorded_head(self, event_id: str, desk_id: str) -> tuple[int, str] | None:
        """The newest entry this laptop wrote as `desk_id` to the event, in any copy; None if it wrote none."""
        path = self.head_file(event_id, desk_id)
        try:
            status = path.stat()
        except OSError:
            return None
        mark = (status.st_mtime_ns, status.st_size)
        seen = self._heads_seen.get(path)
        if seen is not None and seen[0] == mark:
            return seen[1]
        head: tuple[int, str] | None = None
        with contextlib.suppress(OSError, ValueError):
            seq, entry_hash = path.read_text(encoding="ascii").split()
            head = (int(seq), entry_hash)
        self._heads_seen[path] = (mark, head)
        return head

    def record_head(self, event_id: str, desk_id: str, head: tuple[int, str]) -> None:
        recorded = self.recorded_head(event_id, desk_id)
        if recorded is not None and recorded[0] >= head[0]:
            return
        path = self.head_file(event_id, desk_id)
        write_text_atomically(path, f"{head[0]} {head[1]}\n", durable=False)

    def remember_copy_identity(self, copy_desk_id: str) -> None:
        identities = self._identities()
        identities.setdefault(self.laptop_desk_id, {})[str(self.path)] = copy_desk_id
        write_text_atomically(self.folder / _IDENTITIES_FILE, json.dumps(identities, ensure_ascii=False, indent=1))

    def _identities(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads((self.folder / _IDENTITIES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def lock_for(self, desk_id: str) -> ProcessLock:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _settings_unwritable(self.folder, error) from None
        return ProcessLock(self.folder / f"{desk_id}.lock", timeout=BUSY_TIMEOUT_MS / 1000)


class _Attached:
    """DeskCopies bound to one open event file: the WriteGuard its transactions call (store/db.py)."""

    def __init__(self, copies: DeskCopies, event_file: EventFile) -> None:
        self.copies = copies
        self.event_file = event_file
        self._lock: ProcessLock | None = None

    def lock(self) -> None:
        lock = self.copies.lock_for(self.event_file.actor.desk_id)
        try:
            lock.acquire()
        except LockTimeout:
            raise EventFileBusy(
                tr("Salinan lain berkas acara ini sedang ditulis di laptop ini; coba lagi sebentar.")
            ) from None
        except OSError as error:
            raise _settings_unwritable(self.copies.folder, error) from None
        self._lock = lock

    def unlock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def before_write(self, event_file: EventFile) -> None:
        event_id = self.copies.event_id(event_file)
        if event_id is None or self.copies.catching_up:
            return  # a file being created: it has no copies yet
        actor = event_file.actor
        head = self.copies.recorded_head(event_id, actor.desk_id)
        if head is None or audit.holds_entry(event_file, actor.desk_id, *head):
            return
        # Behind or beside what this desk wrote in another copy: write on as one more desk.
        renamed = Actor(new_id(), _copy_label(actor.desk_label), actor.operator)
        _log().info(
            "%s lacks entry %s of desk %s written in another copy; writing on as desk %s",
            event_file.path,
            head[0],
            actor.desk_id,
            renamed.desk_id,
        )
        event_file.actor = renamed
        event_file.chain_head = None
        desks.register_desk(event_file)
        try:
            self.copies.remember_copy_identity(renamed.desk_id)
        except OSError as error:
            raise _settings_unwritable(self.copies.folder, error) from None
        self.copies.renamed_to = renamed.desk_label

    def committed(self, event_file: EventFile) -> None:
        """Remember the desk's newest entry; the write is committed, so nothing here may fail it."""
        if event_file.chain_head is None:
            return  # nothing of this desk was written
        try:
            event_id = self.copies.event_id(event_file)
            if event_id is not None:
                self.copies.record_head(event_id, event_file.actor.desk_id, event_file.chain_head)
        except (OSError, EventDeskError) as error:
            _log().warning("cannot record the desk's newest entry: %s", error)


def _log() -> logging.Logger:
    """This module's logger: logging (3 ms to import) loads when a copy has something to say, not at every write."""
    import logging

    return logging.getLogger(__name__)


def attach_copy_guard(event_file: EventFile) -> DeskCopies:
    """Guard `event_file` (open for writing) against forking its desk; returns the guard."""
    copies = DeskCopies(event_file.path, event_file.actor)
    copies.attach(event_file)
    return copies


def _copy_label(label: str) -> str:
    return label if label.endswith(COPY_SUFFIX) else label + COPY_SUFFIX


def _settings_unwritable(folder: Path, error: OSError) -> EventFileError:
    return EventFileError(
        tr(
            "Folder pengaturan '{folder}' tidak bisa ditulis ({reason}); EventDesk mencatat meja ini di sana "
            "sebelum menulis."
        ).format(folder=folder, reason=error.strerror or error)
    )
