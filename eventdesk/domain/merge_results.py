"""What a merge brought, which desks' data a total includes, and what a sync round did: plain data and its words."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from eventdesk.domain.clock import short_time
from eventdesk.domain.codes import desk_name
from eventdesk.domain.figures import EventFigures
from eventdesk.domain.i18n import tr, tr_noop
from eventdesk.domain.merge_rules import Finding

# (table, action) → the kind of change as staff say it; (table, None) for any other action.
_CHANGE_LABELS: dict[tuple[str, str | None], str] = {
    ("attendees", "insert"): tr_noop("Peserta baru"),
    ("attendees", "check_in"): tr_noop("Check-in"),
    ("attendees", None): tr_noop("Perubahan data peserta"),
    ("transactions", "insert"): tr_noop("Transaksi baru"),
    ("transactions", "void"): tr_noop("Transaksi dibatalkan"),
    ("transactions", "verify"): tr_noop("Transaksi diverifikasi"),
    ("transactions", None): tr_noop("Perubahan transaksi"),
    ("agreements", "insert"): tr_noop("Perjanjian dibuat"),
    ("agreements", "sign"): tr_noop("Perjanjian ditandatangani"),
    ("agreements", "schedule"): tr_noop("Perjanjian dijadwalkan"),
    ("agreements", "postponed"): tr_noop("Perjanjian ditunda"),
    ("agreements", "cancelled"): tr_noop("Perjanjian dibatalkan"),
    ("agreements", None): tr_noop("Perubahan perjanjian"),
    ("agreement_parties", None): tr_noop("Perubahan pihak perjanjian"),
    ("slots", None): tr_noop("Perubahan slot jadwal"),
    ("organisations", "insert"): tr_noop("Organisasi baru"),
    ("organisations", None): tr_noop("Perubahan organisasi"),
    ("regions", None): tr_noop("Perubahan daerah"),
    ("sectors", None): tr_noop("Perubahan sektor"),
    ("event", None): tr_noop("Perubahan pengaturan acara"),
    ("desks", None): tr_noop("Meja tercatat"),
    ("followups", None): tr_noop("Tindak lanjut transaksi"),
}
_SETTLED_LABEL = tr_noop("Konflik ditinjau")


def change_label(table: str, action: str) -> str:
    """`Check-in`, `Transaksi baru`, … for an audit entry's table and action."""
    if action in ("conflict_keep", "conflict_choose"):
        return tr(_SETTLED_LABEL)
    label = _CHANGE_LABELS.get((table, action)) or _CHANGE_LABELS.get((table, None))
    return tr(label) if label else f"{table}: {action}"


@dataclass(frozen=True)
class DeskBrought:
    """How many audit entries of one desk a merge brought."""

    desk_id: str
    label: str
    entries: int


@dataclass
class MergeOutcome:
    """What merging one other file brought into this one (or would bring, for a preview)."""

    source: str
    changes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (table, action) → entries brought
    desks: list[DeskBrought] = field(default_factory=list)
    rows_written: int = 0
    findings: list[Finding] = field(default_factory=list)
    before: EventFigures | None = None
    after: EventFigures | None = None
    preview: bool = False

    @property
    def entries(self) -> int:
        return sum(self.changes.values())

    @property
    def nothing_new(self) -> bool:
        return self.entries == 0

    def change_lines(self) -> list[tuple[str, int]]:
        """(kind of change, count), the kinds in a stable order, counts of one kind added up."""
        counts: Counter[str] = Counter()
        for (table, action), count in self.changes.items():
            counts[change_label(table, action)] += count
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    @property
    def to_review(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.needs_review]


@dataclass(frozen=True)
class ConflictRow:
    """One finding of the merge rules as the Conflicts view shows it: who, when, both values."""

    key: str
    kind_label: str
    subject: str
    fields: str
    kept_desk: str
    kept_operator: str
    kept_at: datetime
    kept_value: str
    other_desk: str
    other_operator: str
    other_at: datetime
    other_value: str
    needs_review: bool
    choosable: bool


@dataclass(frozen=True)
class DeskCoverage:
    """One desk whose data is in this file: how much, up to when, and when this file last merged it."""

    desk_id: str
    label: str
    entries: int
    last_entry_at: datetime | None
    last_merged_at: datetime | None
    this_desk: bool

    def describe(self, zone: str) -> str:
        """`Meja 2 digabung 11.02` / `Kantor data s.d. 7 Mei 16.00` / `Meja 1 (meja ini)`."""
        desk = desk_name(self.label, self.desk_id)
        if self.this_desk:
            return tr("{desk} (meja ini)").format(desk=desk)
        if self.last_merged_at is not None:
            return tr("{desk} digabung {time}").format(desk=desk, time=short_time(self.last_merged_at, zone))
        if self.last_entry_at is not None:
            return tr("{desk} data s.d. {time}").format(desk=desk, time=short_time(self.last_entry_at, zone))
        return desk


@dataclass(frozen=True)
class Coverage:
    """Which desks' data a total or a document includes."""

    desks: tuple[DeskCoverage, ...]
    zone: str

    @property
    def count(self) -> int:
        return len(self.desks)

    def headline(self) -> str:
        if self.count <= 1:
            return tr("Data dari 1 meja (belum ada penggabungan dari meja lain)")
        return tr("Data dari {count} meja").format(count=self.count)

    def text(self) -> str:
        """One line for a footer: the headline and each desk."""
        if self.count <= 1:
            return self.headline()
        return f"{self.headline()}: " + " · ".join(desk.describe(self.zone) for desk in self.desks)

    def stale(self, now: datetime, minutes: int) -> list[DeskCoverage]:
        """Other desks not merged in the last `minutes` (never merged counts as stale)."""
        return [
            desk
            for desk in self.desks
            if not desk.this_desk
            and (desk.last_merged_at is None or (now - desk.last_merged_at).total_seconds() > minutes * 60)
        ]


def fork_guide(label: str, *, here: bool) -> str:
    """What to do about a forked desk, step by step, for the Conflicts view and the status bar's tooltip."""
    if here:
        return tr(
            "Laptop ini menulis sebagai {desk}, tetapi folder sinkron memuat riwayat {desk} yang lain: identitas "
            "meja ini dipakai di dua laptop, atau salinan lama dipakai lagi. Sampai diperbaiki, perubahan laptop ini "
            "tidak dikirim ke meja lain.\nCara memperbaiki:\n1. Tentukan laptop mana yang tetap {desk}.\n2. Di "
            "laptop yang lain, tutup EventDesk, salin salinan lengkap meja lain dari folder sinkron "
            "(eventdesk-…/<meja>.eventdesk) ke laptop itu dan buka salinan itu: EventDesk menulisnya sebagai meja "
            "baru ({desk} (salinan)).\n3. Catat ulang di sana pekerjaan laptop itu yang belum ada di meja lain "
            "(berkas lamanya tetap bisa dibuka dan dicetak: Laporan, eventdesk report)."
        ).format(desk=label)
    return tr(
        "Riwayat {desk} di folder sinkron bercabang dari riwayatnya di berkas ini: identitas meja itu dipakai di "
        "dua laptop, atau salinan lama dipakai lagi. Hanya perubahan {desk} yang ditolak; pekerjaan meja lain tetap "
        "digabungkan.\nCara memperbaiki:\n1. Temukan laptop kedua yang menulis sebagai {desk}.\n2. Di laptop itu, "
        "tutup EventDesk, salin salinan lengkap meja lain dari folder sinkron ke laptop itu dan buka salinan itu: "
        "EventDesk menulisnya sebagai meja baru.\n3. Catat ulang di sana pekerjaan laptop itu yang belum ada di "
        "meja lain."
    ).format(desk=label)


QUIET_AFTER_MINUTES = 10  # a desk not heard from in the sync folder for this long is named in the status bar


@dataclass
class DeskChanges:
    """A run of one desk's audit entries, numbered `first` to `last`, as a change segment carries them."""

    event_id: str
    desk_id: str
    desk_label: str
    first: int
    last: int
    rows: list[dict[str, Any]]


@dataclass
class SyncedDesk:
    """Another desk's file in the sync folder, as the last round found it."""

    desk_id: str
    label: str
    last_merged_at: datetime | None = None
    error: str = ""
    heard_at: datetime | None = None  # the desk's last round, by its heartbeat in the folder
    waiting: str = ""  # a segment missing in the middle: later ones wait for it
    forked: bool = False  # its history parted from the one here: only its entries are refused

    def fork_guide(self) -> str:
        return fork_guide(self.label, here=False)


@dataclass
class SyncReport:
    """One round of the sync folder: what was written, merged, and what went wrong (quietly retried)."""

    at: datetime
    folder: str
    exported: bool = False
    exported_to: str = ""
    renamed_to: str | None = None  # this copy's new desk label, when the round gave it one (services/desk_copies.py)
    full_copy_to: str = ""  # this desk's full copy, when the round wrote one
    outcomes: list[MergeOutcome] = field(default_factory=list)
    desks: list[SyncedDesk] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # strays and conflict copies, each named once
    error: str = ""
    forked_here: bool = False  # this desk's own history parted from the folder's: nothing of it was written

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def forked_desks(self) -> list[SyncedDesk]:
        return [desk for desk in self.desks if desk.forked]

    def silent_desks(self, minutes: int = QUIET_AFTER_MINUTES) -> list[SyncedDesk]:
        """Other desks whose heartbeat in the folder is older than `minutes` (by the time of this round)."""
        return [
            desk
            for desk in self.desks
            if desk.heard_at is not None and (self.at - desk.heard_at).total_seconds() > minutes * 60
        ]

    def nothing_heard_since(self, running_since: datetime, minutes: int = QUIET_AFTER_MINUTES) -> datetime | None:
        """When the folder works but no other desk has been heard from for `minutes`: since when (the newest
        heartbeat, or when this desk started syncing); None while others are heard from."""
        heard = [desk.heard_at or desk.last_merged_at for desk in self.desks]
        newest = max((moment for moment in heard if moment is not None), default=None)
        since = newest or running_since
        if self.ok and (self.at - since).total_seconds() > minutes * 60:
            return since
        return None


_COLUMN_LABELS = {
    "full_name": tr_noop("Nama lengkap"),
    "title": tr_noop("Jabatan/judul"),
    "category": tr_noop("Kategori"),
    "organisation_id": tr_noop("Organisasi"),
    "region_id": tr_noop("Daerah"),
    "phone": tr_noop("Telepon"),
    "email": tr_noop("Email"),
    "notes": tr_noop("Catatan"),
    "note": tr_noop("Catatan"),
    "code": tr_noop("Kode"),
    "checked_in_at": tr_noop("Waktu check-in"),
    "checked_in_desk_id": tr_noop("Meja check-in"),
    "checked_in_by": tr_noop("Petugas check-in"),
    "badge_printed_at": tr_noop("Badge dicetak"),
    "name": tr_noop("Nama"),
    "kind": tr_noop("Jenis"),
    "status": tr_noop("Status"),
    "stage": tr_noop("Tahap"),
    "value_idr": tr_noop("Nilai"),
    "commodity": tr_noop("Komoditas"),
    "quantity": tr_noop("Jumlah barang"),
    "unit": tr_noop("Satuan"),
    "sector_id": tr_noop("Sektor"),
    "buyer_id": tr_noop("Pembeli"),
    "seller_id": tr_noop("Penjual"),
    "signed_at": tr_noop("Waktu tanda tangan"),
    "status_note": tr_noop("Keterangan status"),
    "number": tr_noop("Nomor"),
    "scope": tr_noop("Ruang lingkup"),
    "witnesses": tr_noop("Saksi"),
    "mc_notes": tr_noop("Catatan MC"),
    "signatory_id": tr_noop("Penanda tangan"),
    "signatory_title": tr_noop("Jabatan penanda tangan"),
    "signed_by_id": tr_noop("Ditandatangani oleh"),
    "starts_at": tr_noop("Waktu mulai"),
    "ends_at": tr_noop("Waktu selesai"),
    "spot": tr_noop("Tempat"),
    "label": tr_noop("Nama meja"),
    "sort_order": tr_noop("Urutan"),
}


def column_label(column: str) -> str:
    label = _COLUMN_LABELS.get(column)
    return tr(label) if label else column


@dataclass
class MergeAttempt:
    """One other file of a merge: what it brought, or why it was not merged."""

    source: str
    outcome: MergeOutcome | None = None
    error: str = ""
