"""The transaction recap (`report transactions`): the headline total, every breakdown, every booked line, the
voided ones apart.

The lines are read as the report is written (a recap of 100,000 transactions
must not hold them all as objects), and their sum is checked against the
headline before the file is written: a recap whose lines do not add up to
its total is never printed.
"""

from __future__ import annotations

import os
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from eventdesk.domain.clock import in_zone, written_time
from eventdesk.domain.documents import DocumentInfo, event_dates
from eventdesk.domain.enums import TransactionKind, TransactionStage
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.figures import RecapLine, TransactionRecap
from eventdesk.domain.i18n import tr
from eventdesk.domain.money import format_compact, format_full, format_words, percent
from eventdesk.domain.press import firmness_sentence, verification_sentence
from eventdesk.domain.progress import ProgressCallback
from eventdesk.domain.quantity import format_count, format_quantity
from eventdesk.reports.approval import approval
from eventdesk.reports.breakdowns import (
    direction_table,
    district_table,
    host_table,
    kind_table,
    sector_chart,
    sector_table,
    stage_table,
    umkm_table,
    verification_table,
)
from eventdesk.reports.frame import build_pdf, data_table, para
from eventdesk.reports.ledger import Ledger, LedgerColumn

WIDE = [70 * mm, 50 * mm, 24 * mm, 30 * mm]
FONT_SIZE = 7


class RecapMismatch(EventDeskError):
    """The lines of the recap do not add up to its headline total: the file must be checked."""


def render(
    info: DocumentInfo,
    recap: TransactionRecap,
    output: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    *,
    summary_only: bool = False,
) -> None:
    """The recap; `summary_only` leaves out the ledger of every booked deal (4,000 pages no one prints)."""
    totals = recap.figures.transactions
    event = info.event
    story = [para(tr("Rekap Transaksi"), "title"), para(event.name, "subtitle")]
    place = " · ".join(part for part in (event.venue, event.city, event_dates(event)) if part)
    if place:
        story.append(para(place, "small"))

    story.append(para(tr("Total transaksi tercatat"), "heading"))
    story.append(para(format_full(totals.total_idr), "title"))
    story.append(para(format_compact(totals.total_idr), "body"))
    story.append(para(tr("Terbilang: {words}").format(words=format_words(totals.total_idr)), "words"))
    counted = tr("{count} transaksi tercatat.").format(count=format_count(totals.count))
    if totals.void_count:
        counted += " " + tr(
            "{count} transaksi dibatalkan tercantum di lampiran dan tidak dihitung dalam total mana pun."
        ).format(count=format_count(totals.void_count))
    story.append(para(counted, "small"))
    if summary_only:
        story.append(
            para(tr("Ringkasan tanpa rincian per transaksi; rekap lengkap memuat setiap transaksi tercatat."), "small")
        )

    story += [para(tr("Perdagangan dan investasi"), "heading"), kind_table(totals, WIDE)]
    story += [
        CondPageBreak(60 * mm),
        para(tr("Menurut sektor"), "heading"),
        sector_chart(totals, 174 * mm),
        Spacer(1, 3 * mm),
        sector_table(totals, WIDE),
    ]
    story += [
        KeepTogether(
            [
                para(tr("Menurut arah antardaerah"), "heading"),
                para(tr("Arah dihitung dari daerah pembeli/investor ke daerah penjual/penerima investasi."), "small"),
                Spacer(1, 1.5 * mm),
                direction_table(totals, WIDE),
            ]
        ),
        *_commodities(recap),
        *(
            [
                CondPageBreak(40 * mm),
                para(tr("Menurut kabupaten/kota penjual"), "heading"),
                district_table(totals, WIDE),
            ]
            if any(share.key for share in totals.by_district)
            else []
        ),
        KeepTogether([para(tr("Menurut tahap"), "heading"), stage_table(totals, WIDE)]),
        *(
            [KeepTogether([para(tr("Dari sisi tuan rumah"), "heading"), host_table(totals, WIDE)])]
            if totals.by_host
            else []
        ),
        KeepTogether(
            [
                para(tr("Porsi UMKM"), "heading"),
                para(tr("Sebuah transaksi melibatkan UMKM bila pembeli atau penjualnya UMKM."), "small"),
                Spacer(1, 1.5 * mm),
                umkm_table(totals, [54 * mm, 42 * mm, 26 * mm, 24 * mm, 28 * mm]),
            ]
        ),
        # The signatures share their page with the last figures: never a loose signature page.
        KeepTogether(
            [
                para(tr("Verifikasi oleh penyelia"), "heading"),
                verification_table(totals, WIDE),
                Spacer(1, 2 * mm),
                para(f"{firmness_sentence(totals)} {verification_sentence(totals)}", "body"),
                *approval(info, 174 * mm),
            ]
        ),
    ]

    timezone = event.timezone
    one_day = event.start_date is not None and event.start_date == (event.end_date or event.start_date)
    if summary_only:
        story += _voided(recap, timezone, one_day)
        build_pdf(output, info, story)
        return
    rows, booked_sum = _booked_rows(recap, timezone, one_day)
    if booked_sum != totals.total_idr or len(rows) != totals.count:
        raise RecapMismatch(
            tr(
                "Rincian transaksi ({lines}) tidak sama dengan totalnya ({total}); rekap tidak dibuat. "
                "Jalankan pemeriksaan berkas (eventdesk check)."
            ).format(lines=format_full(booked_sum), total=format_full(totals.total_idr))
        )
    story += [PageBreak(), para(tr("Rincian transaksi tercatat"), "heading")]
    if rows:
        story.append(
            Ledger(
                _booked_columns(),
                rows,
                total=[
                    "",
                    "",
                    tr("Jumlah {count} transaksi").format(count=format_count(totals.count)),
                    "",
                    "",
                    "",
                    "",
                    format_full(booked_sum),
                    "",
                ],
                font_size=FONT_SIZE,
                progress=progress,
            )
        )
    else:
        story.append(para(tr("Belum ada transaksi tercatat."), "body"))

    story += _voided(recap, timezone, one_day)
    build_pdf(output, info, story)


COMMODITIES_SHOWN = 30  # the largest; the rest in one line


def _commodities(recap: TransactionRecap) -> list[Flowable]:
    """Value and volume per commodity and unit (quantities are added only within one unit)."""
    shares = recap.commodities
    if not shares:
        return []
    total = recap.figures.transactions.total_idr
    rows: list[list[object]] = [[tr("Komoditas"), tr("Volume"), tr("Nilai"), tr("Transaksi"), tr("Porsi")]]
    for share in shares[:COMMODITIES_SHOWN]:
        volume = " ".join(part for part in (format_quantity(share.quantity), share.unit) if part) or "–"
        rows.append(
            [
                share.commodity or tr("(tanpa komoditas)"),
                volume,
                format_full(share.value_idr),
                format_count(share.count),
                percent(share.value_idr, total),
            ]
        )
    rest = shares[COMMODITIES_SHOWN:]
    if rest:
        value = sum(share.value_idr for share in rest)
        rows.append(
            [
                tr("{count} komoditas lainnya").format(count=format_count(len(rest))),
                "–",
                format_full(value),
                format_count(sum(share.count for share in rest)),
                percent(value, total),
            ]
        )
    return [
        CondPageBreak(40 * mm),
        para(tr("Menurut komoditas"), "heading"),
        data_table(rows, [64 * mm, 30 * mm, 40 * mm, 20 * mm, 20 * mm], align_right=(1, 2, 3, 4)),
    ]


def _voided(recap: TransactionRecap, timezone: str, one_day: bool) -> list[Flowable]:
    """The appendix of voided deals, with their reasons (nothing when none was voided)."""
    if not recap.voided:
        return []
    return [
        PageBreak(),
        para(tr("Lampiran: transaksi yang dibatalkan"), "heading"),
        para(
            tr("Transaksi di bawah ini dibatalkan dengan alasannya dan tidak dihitung dalam total mana pun di atas."),
            "small",
        ),
        Spacer(1, 2 * mm),
        Ledger(_void_columns(), _void_rows(recap, timezone, one_day), font_size=FONT_SIZE),
    ]


def _booked_columns() -> list[LedgerColumn]:
    return [
        LedgerColumn(tr("No."), 7 * mm, "right", fixed=True),
        LedgerColumn(tr("Waktu · id"), 14 * mm, fixed=True),
        LedgerColumn(tr("Pembeli / investor"), 28 * mm),
        LedgerColumn(tr("Penjual / penerima"), 28 * mm),
        LedgerColumn(tr("Sektor"), 21 * mm),
        LedgerColumn(tr("Komoditas · jumlah"), 23 * mm),
        LedgerColumn(tr("Jenis · tahap"), 18 * mm),
        LedgerColumn(tr("Nilai (Rp)"), 27 * mm, "right", fixed=True),
        LedgerColumn(tr("Ver."), 8 * mm, fixed=True),
    ]


def _void_columns() -> list[LedgerColumn]:
    return [
        LedgerColumn(tr("No."), 8 * mm, "right"),
        LedgerColumn(tr("Dicatat · id"), 16 * mm),
        LedgerColumn(tr("Pembeli / investor"), 27 * mm),
        LedgerColumn(tr("Penjual / penerima"), 27 * mm),
        LedgerColumn(tr("Nilai semula, tidak dihitung (Rp)"), 24 * mm, "right"),
        LedgerColumn(tr("Alasan pembatalan"), 40 * mm),
        LedgerColumn(tr("Dibatalkan"), 17 * mm),
        LedgerColumn(tr("Diganti dengan"), 15 * mm),
    ]


def _when(transaction_time: datetime | None, timezone: str, one_day: bool) -> str:
    if transaction_time is None:
        return ""
    local = in_zone(transaction_time, timezone)
    return written_time(local) if one_day else f"{local:%d/%m} {written_time(local)}"


def _party(name: str, region: str | None) -> str:
    return f"{name} ({region})" if region else name


def _booked_rows(recap: TransactionRecap, timezone: str, one_day: bool) -> tuple[list[tuple[str, ...]], int]:
    """The detail lines as text, and the sum of their values (which must equal the headline)."""
    rows: list[tuple[str, ...]] = []
    total = 0
    shared: dict[str, str] = {}  # the same names and labels on many lines are kept once
    yes = tr("ya")
    kinds = {(kind, stage): f"{kind.label}\n{stage.label}" for kind in TransactionKind for stage in TransactionStage}
    minutes: dict[datetime, str] = {}  # a minute is written once: the deals of a day fall in a few hundred of them
    for number_, transaction in enumerate(recap.booked, start=1):
        total += transaction.value_idr
        minute = transaction.created_at.replace(second=0, microsecond=0)
        when = minutes.get(minute)
        if when is None:
            when = minutes[minute] = _when(minute, timezone, one_day)
        rows.append(
            (
                str(number_),
                f"{when}\n{transaction.id[:8]}",
                _keep(shared, _party(transaction.buyer_name, transaction.buyer_region)),
                _keep(shared, _party(transaction.seller_name, transaction.seller_region)),
                _keep(shared, transaction.sector_name or "–"),
                _keep(shared, _goods(transaction)),
                kinds[transaction.kind, transaction.stage],
                format_full(transaction.value_idr).removeprefix("Rp"),
                yes if transaction.verified else "",
            )
        )
    return rows, total


def _goods(transaction: RecapLine) -> str:
    quantity = format_quantity(transaction.quantity)
    amount = " ".join(part for part in (quantity, transaction.unit) if part)
    if transaction.commodity and amount:
        return f"{transaction.commodity} · {amount}"
    return transaction.commodity or amount or "–"


def _keep(shared: dict[str, str], text: str) -> str:
    return shared.setdefault(text, text)


def _void_rows(recap: TransactionRecap, timezone: str, one_day: bool) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for number_, transaction in enumerate(recap.voided, start=1):
        voided = " ".join(
            part for part in (transaction.voided_by or "", _when(transaction.voided_at, timezone, one_day)) if part
        )
        replacement = recap.replaced_by.get(transaction.id, "")
        rows.append(
            (
                str(number_),
                f"{_when(transaction.created_at, timezone, one_day)}\n{transaction.id[:8]}",
                _party(transaction.buyer_name, transaction.buyer_region),
                _party(transaction.seller_name, transaction.seller_region),
                format_full(transaction.value_idr).removeprefix("Rp"),
                transaction.void_reason,
                voided,
                replacement[:8] if replacement else "–",
            )
        )
    return rows
