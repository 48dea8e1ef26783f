"""The schema, as numbered migrations; `PRAGMA user_version` says how many are applied.

Never edit a migration that has shipped: add a new one at the end. Each runs
inside the transaction of the open that applies it, together with the new
user_version, so a file is never left half-migrated.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x45764473  # "EvDs" in the SQLite header marks an EventDesk file

Migration = Callable[["sqlite_utils.Database"], None]


class Migrations:
    """Ordered schema steps; step n brings a file from version n-1 to n."""

    def __init__(self) -> None:
        self._steps: list[Migration] = []
        self._only_indexes: set[int] = set()  # versions whose step adds indexes and nothing else

    def __call__(self, step: Migration) -> Migration:
        self._steps.append(step)
        return step

    def only_indexes(self, step: Migration) -> Migration:
        """A step that only adds indexes: a file without it reads the same, only slower, so a reading command
        (`eventdesk totals`) may read it as it is rather than ask for it to be brought up to date first."""
        self._only_indexes.add(len(self._steps) + 1)
        return self(step)

    @property
    def latest(self) -> int:
        return len(self._steps)

    @staticmethod
    def version(db: Any) -> int:
        """The schema version of `db` (a connection, or sqlite-utils' Database over one)."""
        return int(db.execute("PRAGMA user_version").fetchone()[0])

    def pending(self, db: Any) -> bool:
        return self.version(db) < self.latest

    def readable(self, db: Any) -> bool:
        """Whether every step `db` lacks only adds indexes: what it holds reads as in an up-to-date file."""
        return all(number in self._only_indexes for number in range(self.version(db) + 1, self.latest + 1))

    def apply(self, db: sqlite_utils.Database, *, up_to: int | None = None) -> None:
        """Run the steps the file lacks (up to `up_to`, for tests that build old files)."""
        target = self.latest if up_to is None else up_to
        current = self.version(db)
        for number in range(current + 1, target + 1):
            self._steps[number - 1](db)
            db.execute(f"PRAGMA user_version = {int(number)}")


MIGRATIONS = Migrations()


def schema_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """The connection as sqlite-utils' Database, for the migrations: imported only when a schema is written
    (a new file, an old one brought up to date, the reference a check compares with), not by every command
    that opens a file (36 ms of a command's start)."""
    import sqlite_utils

    return sqlite_utils.Database(conn)


def _run(db: sqlite_utils.Database, statements: str) -> None:
    # executescript() would commit the surrounding transaction; run statements one by one.
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


_COMMON = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    desk_id TEXT NOT NULL"""


@MIGRATIONS
def m001_initial_schema(db: sqlite_utils.Database) -> None:
    _run(
        db,
        f"""
CREATE TABLE desks ({_COMMON},
    label TEXT NOT NULL
) STRICT;
CREATE TABLE event ({_COMMON},
    name TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    timezone TEXT NOT NULL DEFAULT 'Asia/Makassar',
    day_start TEXT NOT NULL DEFAULT '08:00',
    day_end TEXT NOT NULL DEFAULT '17:00',
    spots TEXT NOT NULL DEFAULT '[]',
    officials TEXT NOT NULL DEFAULT '[]',
    logo BLOB
) STRICT;
CREATE TABLE regions ({_COMMON},
    name TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE sectors ({_COMMON},
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE organisations ({_COMMON},
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('umkm','company','enterprise','government','association','cooperative','other')),
    region_id TEXT REFERENCES regions(id),
    notes TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
) STRICT;
CREATE INDEX organisations_region ON organisations(region_id);
CREATE TABLE attendees ({_COMMON},
    code TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organisation_id TEXT REFERENCES organisations(id),
    region_id TEXT REFERENCES regions(id),
    category TEXT NOT NULL
        CHECK (category IN ('buyer','seller','investor','government','vip','speaker','media','committee')),
    phone TEXT,
    email TEXT,
    notes TEXT NOT NULL DEFAULT '',
    checked_in_at TEXT,
    checked_in_desk_id TEXT,
    checked_in_by TEXT,
    badge_printed_at TEXT,
    deleted_at TEXT,
    deleted_reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX attendees_organisation ON attendees(organisation_id);
CREATE INDEX attendees_phone ON attendees(phone);
CREATE INDEX attendees_email ON attendees(email COLLATE NOCASE);
CREATE TABLE agreements ({_COMMON},
    kind TEXT NOT NULL CHECK (kind IN ('mou','pks','contract','loi')),
    number TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    sector_id TEXT REFERENCES sectors(id),
    value_idr INTEGER CHECK (value_idr IS NULL OR value_idr >= 0),
    status TEXT NOT NULL CHECK (status IN ('draft','scheduled','signed','postponed','cancelled')),
    signed_at TEXT,
    witnesses TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    mc_notes TEXT NOT NULL DEFAULT '',
    status_note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE agreement_parties ({_COMMON},
    agreement_id TEXT NOT NULL REFERENCES agreements(id),
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    position INTEGER NOT NULL,
    signatory_id TEXT REFERENCES attendees(id),
    signatory_title TEXT NOT NULL DEFAULT '',
    signed_by_id TEXT REFERENCES attendees(id),
    substitute_note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agreement_parties_agreement ON agreement_parties(agreement_id);
CREATE INDEX agreement_parties_signatory ON agreement_parties(signatory_id);
CREATE TABLE slots ({_COMMON},
    agreement_id TEXT NOT NULL REFERENCES agreements(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    spot TEXT NOT NULL,
    CHECK (ends_at > starts_at)
) STRICT;
CREATE INDEX slots_agreement ON slots(agreement_id);
CREATE INDEX slots_start ON slots(starts_at);
CREATE TABLE transactions ({_COMMON},
    buyer_id TEXT NOT NULL REFERENCES organisations(id),
    seller_id TEXT NOT NULL REFERENCES organisations(id),
    sector_id TEXT REFERENCES sectors(id),
    commodity TEXT NOT NULL DEFAULT '',
    quantity REAL,
    unit TEXT NOT NULL DEFAULT '',
    value_idr INTEGER NOT NULL CHECK (value_idr > 0),
    kind TEXT NOT NULL CHECK (kind IN ('trade','investment')),
    stage TEXT NOT NULL CHECK (stage IN ('interest','commitment','contract','realised')),
    status TEXT NOT NULL CHECK (status IN ('booked','void')),
    agreement_id TEXT REFERENCES agreements(id),
    note TEXT NOT NULL DEFAULT '',
    operator TEXT NOT NULL DEFAULT '',
    void_reason TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    voided_by TEXT,
    replaces_id TEXT REFERENCES transactions(id),
    verified_at TEXT,
    verified_by TEXT
) STRICT;
CREATE INDEX transactions_status ON transactions(status);
CREATE INDEX transactions_sector ON transactions(sector_id);
CREATE INDEX transactions_buyer ON transactions(buyer_id);
CREATE INDEX transactions_seller ON transactions(seller_id);
CREATE TABLE audit_log ({_COMMON},
    seq INTEGER NOT NULL,
    operator TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (desk_id, seq)
) STRICT;
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
""",
    )


@MIGRATIONS
def m002_merge_log(db: sqlite_utils.Database) -> None:
    # What this file received from other desks and when: one row per desk whose audit entries
    # a merge read. A log of this copy of the file (like audit_log, not itself audited and not
    # copied between desks): each desk's file says when *it* last merged each other desk.
    _run(
        db,
        f"""
CREATE TABLE merge_log ({_COMMON},
    source_desk_id TEXT NOT NULL UNIQUE,
    source_label TEXT NOT NULL DEFAULT '',
    merged_at TEXT NOT NULL,
    new_at TEXT,
    entries INTEGER NOT NULL DEFAULT 0,
    via TEXT NOT NULL DEFAULT ''
) STRICT;
""",
    )


# The search index of attendees: full-text over name, organisation, code, phone and email, with
# prefix indexes so each key typed is a quick match. Triggers keep it in step inside the very
# transaction of every write (an organisation renamed changes what its attendees' rows match).
# A bulk insert (an import) lifts the insert trigger for its own transaction and indexes its rows
# in one statement, many times faster than row by row (store/attendees.add_attendees_bulk).
SEARCH_CODE = "{row}.code || ' ' || replace({row}.code, '-', '')"
SEARCH_PHONE = (
    "CASE WHEN {row}.phone IS NULL THEN '' WHEN {row}.phone LIKE '+62%' "
    "THEN '0' || substr({row}.phone, 4) || ' ' || substr({row}.phone, 2) || ' ' || substr({row}.phone, 4) "
    "ELSE replace({row}.phone, '+', '') END"
)
SEARCH_COLUMNS = "rowid, name, organisation, code, phone, email"
SEARCH_VALUES = (
    "{row}.rowid, {row}.full_name, COALESCE((SELECT name FROM organisations WHERE id = {row}.organisation_id), ''), "
    + SEARCH_CODE
    + ", "
    + SEARCH_PHONE
    + ", COALESCE({row}.email, '')"
)


@MIGRATIONS
def m003_attendee_search(db: sqlite_utils.Database) -> None:
    new = SEARCH_VALUES.format(row="new")
    statements = [
        "CREATE VIRTUAL TABLE attendee_search USING fts5("
        "name, organisation, code, phone, email, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
        f"INSERT INTO attendee_search ({SEARCH_COLUMNS}) SELECT {SEARCH_VALUES.format(row='attendees')} FROM attendees",
        f"""CREATE TRIGGER attendees_search_insert AFTER INSERT ON attendees BEGIN
            INSERT INTO attendee_search ({SEARCH_COLUMNS}) VALUES ({new});
        END""",
        f"""CREATE TRIGGER attendees_search_update AFTER UPDATE ON attendees
        WHEN old.full_name IS NOT new.full_name OR old.organisation_id IS NOT new.organisation_id
          OR old.code IS NOT new.code OR old.phone IS NOT new.phone OR old.email IS NOT new.email
        BEGIN
            DELETE FROM attendee_search WHERE rowid = old.rowid;
            INSERT INTO attendee_search ({SEARCH_COLUMNS}) VALUES ({new});
        END""",
        """CREATE TRIGGER attendees_search_delete AFTER DELETE ON attendees BEGIN
            DELETE FROM attendee_search WHERE rowid = old.rowid;
        END""",
        """CREATE TRIGGER organisations_search_rename AFTER UPDATE OF name ON organisations
        WHEN old.name IS NOT new.name
        BEGIN
            UPDATE attendee_search SET organisation = new.name
            WHERE rowid IN (SELECT rowid FROM attendees WHERE organisation_id = new.id);
        END""",
        # Sorting the attendee list by name or check-in time, and the check-in counters.
        "CREATE INDEX attendees_name ON attendees(full_name COLLATE NOCASE)",
        "CREATE INDEX attendees_checked_in ON attendees(checked_in_at)",
    ]
    for statement in statements:
        db.execute(statement)


@MIGRATIONS
def m004_transaction_list_indexes(db: sqlite_utils.Database) -> None:
    # The list of deals opens newest first and reads every key in that order after each booking:
    # with 100,000 deals the sort took 60 ms each time, reading them in index order takes half.
    # The entry form completes commodities and units from those typed before: counted from an
    # index instead of sorting every deal (65 ms) whenever Transaksi is opened.
    _run(
        db,
        """
CREATE INDEX transactions_created ON transactions(created_at);
CREATE INDEX transactions_goods ON transactions(commodity, unit);
""",
    )


@MIGRATIONS
def m005_merged_duplicates(db: sqlite_utils.Database) -> None:
    # An organisation or attendee registered twice is merged into the one kept: the duplicate stays
    # (deleted, pointing at the kept one), so rows another desk wrote about it before it heard of the
    # merge can be moved over when that desk's entries arrive, and an old badge still checks in.
    _run(
        db,
        """
ALTER TABLE organisations ADD COLUMN merged_into TEXT REFERENCES organisations(id);
ALTER TABLE attendees ADD COLUMN merged_into TEXT REFERENCES attendees(id);
CREATE INDEX organisations_merged ON organisations(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX attendees_merged ON attendees(merged_into) WHERE merged_into IS NOT NULL;
""",
    )


@MIGRATIONS
def m006_letterhead(db: sqlite_utils.Database) -> None:
    # The organiser's letterhead (kop surat) on the documents officials sign: office name and address;
    # the logo was already there.
    _run(
        db,
        """
ALTER TABLE event ADD COLUMN organiser TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN organiser_address TEXT NOT NULL DEFAULT ''
""",
    )


@MIGRATIONS
def m007_target_and_host(db: sqlite_utils.Database) -> None:
    # The figure a mission announces against its target, from the host delegation's side.
    _run(
        db,
        """
ALTER TABLE event ADD COLUMN target_idr INTEGER CHECK (target_idr IS NULL OR target_idr >= 0);
ALTER TABLE event ADD COLUMN host_region_id TEXT
""",
    )


@MIGRATIONS
def m008_followups(db: sqlite_utils.Database) -> None:
    # What became of a deal in the months after the mission: each call to the parties is one row, audited
    # and merged like the rest; the booked figure of the day is never changed by a follow-up.
    _run(
        db,
        f"""
CREATE TABLE followups ({_COMMON},
    transaction_id TEXT NOT NULL REFERENCES transactions(id),
    followed_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN
        ('no_contact','in_negotiation','contract_signed','partly_realised','realised','cancelled')),
    realised_idr INTEGER CHECK (realised_idr IS NULL OR realised_idr >= 0),
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX followups_transaction ON followups(transaction_id, followed_on)
""",
    )


@MIGRATIONS
def m009_districts(db: sqlite_utils.Database) -> None:
    # The kabupaten/kota of an organisation: the mission reports its deals by the seller's district.
    _run(db, "ALTER TABLE organisations ADD COLUMN district TEXT NOT NULL DEFAULT ''")


@MIGRATIONS
def m010_void_times(db: sqlite_utils.Database) -> None:
    # The figure as it stood at a minute of the day reads the deals voided after it through this index,
    # not by looking at every deal (the dashboard draws the day's curve up to now after every booking).
    _run(db, "CREATE INDEX transactions_voided ON transactions(voided_at) WHERE voided_at IS NOT NULL")


@MIGRATIONS
def m011_kept_sums(db: sqlite_utils.Database) -> None:
    # The sums behind every total and the value of each hour, kept in the file by triggers (store/totals.py):
    # opening the event reads a few hundred rows instead of summing every deal (half a second at 100,000).
    from eventdesk.store.totals import install_kept_sums

    install_kept_sums(db.conn)


@MIGRATIONS.only_indexes
def m012_attendees_present(db: sqlite_utils.Database) -> None:
    # Registered and checked-in counts (every opening's headline, `eventdesk totals`) read this index of the
    # attendees not deleted, a tenth of the table's pages (2 ms instead of 6 at 20,000 attendees). A file
    # without it is still read as it is by a reading command, through the table.
    _run(db, "CREATE INDEX attendees_present ON attendees(checked_in_at) WHERE deleted_at IS NULL")
