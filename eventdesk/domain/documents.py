"""What every printed document says about itself: title, event, desk, operator, time made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from babel.dates import format_date as babel_format_date

from eventdesk.domain import badge_papers
from eventdesk.domain.clock import in_zone, written_time, zone_abbreviation
from eventdesk.domain.codes import desk_name
from eventdesk.domain.i18n import language, tr, tr_noop
from eventdesk.domain.models import EventSettings

if TYPE_CHECKING:
    from eventdesk.domain.merge_results import Coverage


def format_long_date(day: date, *, weekday: bool = False) -> str:
    """`8 Mei 2025` (or `May 8, 2025` in English); with `weekday`, `Kamis, 8 Mei 2025` as letters date a day."""
    english = language() == "en"
    if weekday:
        return babel_format_date(
            day, "EEEE, MMMM d, y" if english else "EEEE, d MMMM y", locale="en" if english else "id"
        )
    return babel_format_date(day, format="long", locale="en" if english else "id")


def event_dates(event: EventSettings) -> str:
    """The event's day(s) with their weekday: `Kamis, 8 Mei 2025`."""
    if event.start_date is None:
        return ""
    if event.end_date is None or event.end_date == event.start_date:
        return format_long_date(event.start_date, weekday=True)
    return f"{format_long_date(event.start_date, weekday=True)} – {format_long_date(event.end_date, weekday=True)}"


@dataclass(frozen=True)
class DocumentInfo:
    """Where a document came from, printed in its header and footer."""

    title: str
    event: EventSettings
    desk_label: str
    operator: str
    generated_at: datetime  # aware, UTC
    fingerprint: str = ""  # of the content, printed on every page so a loose page can be matched to the data
    # Which desks' data the document includes and when each was last merged, so nobody
    # announces a total that is missing a desk. None: not known (printed as nothing).
    coverage: Coverage | None = None
    desk_id: str = ""  # the desk that made it, so its default name prints in the document's language

    def author(self) -> str:
        """The PDF's Author: the organiser's office (its last line), else the event."""
        lines = [line.strip() for line in self.event.organiser.splitlines() if line.strip()]
        return lines[-1] if lines else self.event.name

    def generated_text(self) -> str:
        local = in_zone(self.generated_at, self.event.timezone)
        return tr("Dibuat {date} pukul {time} {zone} · {desk} · {operator}").format(
            date=format_long_date(local.date()),
            time=written_time(local),
            zone=zone_abbreviation(self.event.timezone, self.generated_at),
            desk=desk_name(self.desk_label, self.desk_id) if self.desk_id else self.desk_label,
            operator=self.operator,
        )

    def coverage_text(self) -> str:
        """`Data dari 3 meja: Meja 1 (meja ini) · Meja 2 digabung 11.02 · …`, or empty when unknown."""
        return self.coverage.text() if self.coverage is not None else ""


@dataclass(frozen=True)
class DocumentKind:
    """One document EventDesk makes: its key (`report KIND`), title, file name and what it is for."""

    key: str
    title: str  # untranslated; tr() when shown
    file_stem: str
    purpose: str  # untranslated


# Every document, in the order the Laporan screen lists them; the command line takes the same keys.
DOCUMENTS = (
    DocumentKind(
        "summary",
        tr_noop("Ringkasan Eksekutif"),
        "ringkasan-eksekutif",
        tr_noop("Satu halaman untuk siaran pers: angka, perjanjian, 10 transaksi terbesar."),
    ),
    DocumentKind(
        "agreements",
        tr_noop("Perjanjian Ditandatangani"),
        "perjanjian-ditandatangani",
        tr_noop("Ringkasan perjanjian yang ditandatangani, untuk pengesahan pejabat."),
    ),
    DocumentKind(
        "minutes",
        tr_noop("Berita Acara"),
        "berita-acara",
        tr_noop("Catatan resmi penandatanganan dan transaksi, dengan tanda tangan pejabat."),
    ),
    DocumentKind(
        "transactions",
        tr_noop("Rekap Transaksi"),
        "rekap-transaksi",
        tr_noop("Total dan rincian transaksi dagang dan investasi."),
    ),
    DocumentKind(
        "realisation",
        tr_noop("Realisasi Transaksi"),
        "realisasi-transaksi",
        tr_noop("Sesudah misi: tercatat dibanding terealisasi pada 3, 6, 12 bulan, dan yang belum ditindaklanjuti."),
    ),
    DocumentKind(
        "schedule",
        tr_noop("Susunan Acara Penandatanganan"),
        "susunan-acara-penandatanganan",
        tr_noop("Urutan penandatanganan untuk MC dan protokol."),
    ),
    DocumentKind(
        "attendees",
        tr_noop("Daftar Hadir Peserta"),
        "daftar-peserta",
        tr_noop("Peserta per daerah dan organisasi, dengan jam kehadiran."),
    ),
    DocumentKind(
        "attendance",
        tr_noop("Daftar Hadir"),
        "daftar-hadir-tanda-tangan",
        tr_noop("Lembar tanda tangan per hari untuk SPJ: kosong untuk meja, atau terisi jam check-in."),
    ),
    DocumentKind("badges", tr_noop("Tanda Pengenal"), "tanda-pengenal", tr_noop("Kartu peserta dengan kode QR.")),
)
DOCUMENT_KEYS = tuple(kind.key for kind in DOCUMENTS)


def document_kind(key: str) -> DocumentKind:
    return next(kind for kind in DOCUMENTS if kind.key == key)


@dataclass(frozen=True)
class DocumentOptions:
    """What may be chosen about a document; each applies to the kinds named."""

    detail_pages: bool = False  # agreements: a page per agreement after the list
    unmasked: bool = False  # attendees: phone numbers in full
    layout: str = badge_papers.LAYOUT_A6  # badges: the paper
    not_printed: bool = False  # badges: only those never printed
    per_spot: bool = False  # schedule: a page per spot instead of one running order
    summary_only: bool = False  # transactions, attendees: the totals without the list of every line
    filled: bool = False  # attendance: the check-in time of who came, instead of a blank sheet


@dataclass(frozen=True)
class DocumentInputs:
    """Everything one document prints, read from one state of the file; `data` is the kind's own."""

    kind: str
    info: DocumentInfo
    data: object
    options: DocumentOptions = DocumentOptions()
