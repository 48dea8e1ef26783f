"""Opening an event file: refuse what is not ours, set the pragmas, migrate, hand out transactions.

An event file is a SQLite database whose header carries EventDesk's
application id. Anything else — a text file, another program's database, a
file from a newer EventDesk, a damaged or cut-short file — is refused with a
named error before a single byte of it is written.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from eventdesk.domain.clock import now_iso
from eventdesk.domain.errors import (
    DamagedEventFile,
    EventFileBusy,
    EventFileError,
    NewerEventFile,
    NotAnEventFile,
    ReadOnlyEventFile,
)
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Actor
from eventdesk.domain.text import shown
from eventdesk.store.migrations import APPLICATION_ID, MIGRATIONS, schema_database

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CLOSE_BUSY_TIMEOUT_MS = 100
EVENT_FILE_SUFFIX = ".eventdesk"

CommitListener = Callable[[frozenset[str]], None]


class WriteGuard(Protocol):
    """Decides, around every write transaction, which desk identity may write this copy of the file.

    `lock` comes before the transaction starts, `before_write` inside it before anything is
    written (it may change `event_file.actor`), `committed` after the commit, `unlock` always.
    """

    def lock(self) -> None: ...

    def before_write(self, event_file: EventFile) -> None: ...

    def committed(self, event_file: EventFile) -> None: ...

    def unlock(self) -> None: ...


# The event files this process holds open through SQLite, by (device, inode), with how many connections. On
# POSIX, closing any descriptor of a file drops every lock this process holds on it, SQLite's included; with its
# lock gone, another process closing its own connection takes the file for unused, folds the WAL in and deletes
# it while EventDesk goes on writing to the deleted one: those writes are lost. So a file open here is never
# opened by anything but SQLite (inspect_event_file leaves out its header read for it).
_HELD_HERE: Counter[tuple[int, int]] = Counter()


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def held_here(path: Path) -> bool:
    """Whether this process has `path` (that very file, not another under its name) open as an event file."""
    key = _file_key(path)
    return key is not None and _HELD_HERE[key] > 0


class EventFile:
    """An open event file: its connection, who writes, and the write transaction."""

    def __init__(self, conn: sqlite3.Connection, path: Path, actor: Actor, *, read_only: bool) -> None:
        self.conn = conn
        self.path = path
        self._held = _file_key(path)
        if self._held is not None:
            _HELD_HERE[self._held] += 1
        self.actor = actor
        self.read_only = read_only
        self._listeners: list[CommitListener] = []
        self._changed: set[str] = set()
        self.chain_head: tuple[int, str] | None = None  # audit (seq, hash) of this desk, valid inside a transaction
        self.last_commit_at: str | None = None
        self.write_guard: WriteGuard | None = None
        self._savepoints = 0

    def content_state(self) -> tuple[int, int]:
        """A value that changes whenever what the file holds may have: another connection's commit (SQLite's
        data_version) or a write on this one (its total of changed rows, rolled back ones included)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def add_commit_listener(self, listener: CommitListener) -> None:
        """Call `listener(tables)` after every commit that changed `tables`."""
        self._listeners.append(listener)

    def mark_changed(self, table: str) -> None:
        self._changed.add(table)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[EventFile]:
        """One write transaction; nested calls join the outer one (as savepoints)."""
        if self.read_only:
            raise ReadOnlyEventFile(tr("Berkas acara dibuka hanya-baca; perubahan tidak disimpan."))
        if self.conn.in_transaction:
            # A savepoint rolled back takes its audit rows with it; the chain head must follow.
            head = self.chain_head
            self._savepoints += 1
            name = f"eventdesk_{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # A full disk or an I/O error may have rolled back the whole transaction, savepoint and all.
                with contextlib.suppress(sqlite3.OperationalError):
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                self.chain_head = head
                raise
            finally:
                self._savepoints -= 1
            self.conn.execute(f"RELEASE {name}")
            return
        guard = self.write_guard
        if guard is not None:
            guard.lock()
        try:
            yield from self._outer_transaction(guard)
        finally:
            if guard is not None:
                guard.unlock()

    def _outer_transaction(self, guard: WriteGuard | None) -> Iterator[EventFile]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _busy_or_damaged(error, self.path) from None
        self._changed = set()
        self.chain_head = None
        try:
            if guard is not None:
                guard.before_write(self)
            yield self
        except sqlite3.OperationalError as error:
            self._rollback()
            refused = _write_refused(error, self.path)
            if refused is None:
                raise
            raise refused from None
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            self._rollback()
            raise _busy_or_damaged(error, self.path) from None
        changed = frozenset(self._changed)
        self._changed = set()
        self.last_commit_at = now_iso()
        if guard is not None:
            guard.committed(self)
        for listener in list(self._listeners):
            listener(changed)

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self._changed = set()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[EventFile]:
        """One consistent view for several reads (a report's totals and its lines); joins an open transaction."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")  # writes nothing to the file; ends the snapshot

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                # Fold the WAL back into the file so a copied .eventdesk is complete on its own;
                # when another writer is busy with it, leave that to the last one out, without waiting.
                self.conn.execute(f"PRAGMA busy_timeout = {CLOSE_BUSY_TIMEOUT_MS}")
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        if self._held is not None:  # counted once, released once (a second close finds it None)
            _HELD_HERE[self._held] -= 1
            if _HELD_HERE[self._held] <= 0:
                del _HELD_HERE[self._held]
            self._held = None


def open_event_file(
    path: str | os.PathLike[str],
    actor: Actor,
    *,
    create: bool = False,
    read_only: bool = False,
    known_sound: bool = False,
    on_checked: Callable[[Path], None] | None = None,
) -> EventFile:
    """Open (or with `create`, make) the event file at `path`, migrated to the current schema.

    Every page is checked first, unless the caller knows the file unchanged since it was found sound
    (`known_sound`, files/checked_files.py); `on_checked(path)` once the pages were read and found sound,
    before this connection writes anything."""
    path = Path(path)
    try:
        missing = not path.exists() or (create and path.is_file() and path.stat().st_size == 0)
    except OSError as error:  # a name too long for the file system, a folder that is a file, …
        raise EventFileError(
            tr("Berkas acara '{path}' tidak bisa dibuka: {reason}").format(
                path=shown(str(path), 120), reason=error.strerror
            )
        ) from None
    if missing:
        if not create:
            raise EventFileError(tr("Berkas acara '{path}' tidak ditemukan.").format(path=path))
        _create(path)
    inspect_event_file(path, pages=not known_sound)
    if not known_sound and on_checked is not None:
        on_checked(path)
    return _connect(path, actor, read_only=read_only)


def inspect_event_file(path: Path, *, pages: bool = True) -> int:
    """The schema version of `path`, or the named error that says why it is not a usable event file.

    Reads only: the header bytes, then a read-only connection for the version and (with `pages`) a quick check
    of every page.
    """
    if path.is_dir():
        raise NotAnEventFile(tr("'{path}' adalah folder, bukan berkas acara.").format(path=path))
    if not held_here(path):  # its header was read when it was opened here; reading it again would drop the locks
        _check_header(path)
    return _checked_version(path, pages=pages)


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise EventFileError(
            tr("Berkas '{path}' tidak bisa dibaca: {reason}").format(path=path, reason=error.strerror)
        ) from None
    if not header:
        raise DamagedEventFile(tr("Berkas '{path}' kosong; mungkin terpotong saat disalin.").format(path=path))
    if not header.startswith(SQLITE_MAGIC):
        raise NotAnEventFile(tr("'{path}' bukan berkas acara EventDesk.").format(path=path))
    if len(header) < 100:
        raise DamagedEventFile(tr("Berkas '{path}' terpotong atau rusak.").format(path=path))
    if struct.unpack(">I", header[68:72])[0] != APPLICATION_ID:
        raise NotAnEventFile(
            tr("'{path}' adalah basis data SQLite milik aplikasi lain, bukan berkas acara EventDesk.").format(path=path)
        )


def _checked_version(path: Path, *, pages: bool) -> int:
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        raise DamagedEventFile(tr("Berkas '{path}' terpotong atau rusak.").format(path=path)) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > MIGRATIONS.latest:
            raise NewerEventFile(
                tr(
                    "Berkas '{path}' dibuat oleh EventDesk yang lebih baru (skema {version}); perbarui aplikasi ini."
                ).format(path=path, version=version)
            )
        if not pages:
            return version
        # SQLite's report spans several lines; the message is one (a CLI error is one stderr line).
        problems = [
            line.strip()
            for (row,) in conn.execute("PRAGMA quick_check(5)")
            for line in row.splitlines()
            if line.strip()
        ]
        if problems != ["ok"]:
            raise DamagedEventFile(
                tr("Berkas '{path}' rusak ({detail}).").format(path=path, detail="; ".join(problems))
            )
        return version
    except sqlite3.OperationalError as error:
        raise _busy_or_damaged(error, path) from None
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        # A damaged schema page makes SQLite's own error message undecodable bytes.
        raise DamagedEventFile(tr("Berkas '{path}' terpotong atau rusak.").format(path=path)) from None
    finally:
        conn.close()


def _create(path: Path) -> None:
    """Write a new, empty event file at the current schema: built beside it, then renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.creating")
    building.unlink(missing_ok=True)
    conn = sqlite3.connect(building)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN")  # the whole schema in one transaction
        MIGRATIONS.apply(schema_database(conn))
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    os.replace(building, path)


def open_for_check(path: str | os.PathLike[str], actor: Actor) -> EventFile:
    """Read-only, whatever the schema version: `check` reports an old schema rather than refusing it."""
    path = Path(path)
    inspect_event_file(path)
    return _connect(path, actor, read_only=True, require_current=False, uri=read_only_uri(path))


def read_only_uri(path: Path) -> str:
    """A URI for a short look at `path` that leaves nothing behind.

    A read-only connection to a WAL file creates -wal and -shm beside it and, unable to
    checkpoint, leaves them there. Without a -wal no connection has the file open and every
    page is in the file itself, so it is read as immutable: nothing is created next to it.
    """
    wal_present = path.with_name(path.name + "-wal").exists()
    return f"{path.resolve().as_uri()}?{'mode=ro' if wal_present else 'mode=ro&immutable=1'}"


def _connect(
    path: Path, actor: Actor, *, read_only: bool, require_current: bool = True, uri: str | None = None
) -> EventFile:
    if read_only:
        # Immutable when no writer has it open: works on read-only media and leaves no -wal/-shm behind.
        conn = sqlite3.connect(uri or read_only_uri(path), uri=True, check_same_thread=False)
    else:
        refuse_unwritable(path)
        conn = sqlite3.connect(path, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        event_file = EventFile(conn, path, actor, read_only=read_only)
        if not read_only and MIGRATIONS.pending(conn):
            with event_file.transaction():
                MIGRATIONS.apply(schema_database(conn))
        elif read_only and require_current and not MIGRATIONS.readable(conn):
            raise EventFileError(
                tr("Berkas '{path}' memakai skema lama dan harus diperbarui; buka tanpa mode hanya-baca.").format(
                    path=path
                )
            )
        return event_file
    except sqlite3.OperationalError as error:
        conn.close()
        if read_only and "unable to open" in str(error).lower() and not os.access(path.parent, os.W_OK):
            raise ReadOnlyEventFile(
                tr(
                    "Berkas '{path}' ada di media hanya-baca bersama berkas -wal yang belum disatukan; "
                    "salin berkas acara dan berkas -wal-nya ke disk laptop, lalu buka salinan itu."
                ).format(path=path)
            ) from None
        raise _busy_or_damaged(error, path) from None
    except sqlite3.DatabaseError:
        conn.close()
        raise DamagedEventFile(tr("Berkas '{path}' terpotong atau rusak.").format(path=path)) from None
    except BaseException:
        conn.close()
        raise


def _write_refused(error: sqlite3.Error, path: Path) -> EventFileError | None:
    """A write SQLite itself refused (disk full, read-only media, another writer) as a named error; None for a bug."""
    text = str(error).lower()
    if any(word in text for word in ("locked", "busy", "readonly", "read-only", "disk", "full")):
        return _busy_or_damaged(error, path)
    return None


def refuse_unwritable(path: Path) -> None:
    """ReadOnlyEventFile when the file, or the folder that must hold its -wal and -shm, cannot be written.

    Said before SQLite tries: on read-only media it would only say "unable to open database file",
    and a file it opened read-only behind our back fails at the first write instead.
    """
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return
    raise ReadOnlyEventFile(
        tr(
            "Berkas '{path}' hanya-baca (flashdisk terkunci, folder bersama hanya-baca, atau izin berkas); "
            "perubahan tidak bisa disimpan. Melihat data dan membuat laporan tetap bisa."
        ).format(path=path)
    )


def _busy_or_damaged(error: sqlite3.Error, path: Path) -> EventFileError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return EventFileBusy(
            tr(
                "Berkas '{path}' sedang dipakai program lain untuk menulis; coba lagi sebentar atau buka hanya-baca."
            ).format(path=path)
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyEventFile(tr("Berkas '{path}' tidak bisa ditulis (hanya-baca).").format(path=path))
    if "disk i/o" in text or "full" in text:
        return EventFileError(tr("Berkas '{path}' tidak bisa ditulis: {reason}").format(path=path, reason=error))
    return DamagedEventFile(tr("Berkas '{path}' terpotong atau rusak ({reason}).").format(path=path, reason=error))
