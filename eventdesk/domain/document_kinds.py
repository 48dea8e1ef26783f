"""Which documents EventDesk makes and what may be chosen about each: the catalogue the Laporan screen lists and
the command line's `report KIND` takes. Kept apart from how a document is made, so the command line's parser
reads it without loading the date and money formatting."""

from __future__ import annotations

from dataclasses import dataclass

from eventdesk.domain import badge_papers
from eventdesk.domain.i18n import tr_noop


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
