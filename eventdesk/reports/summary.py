"""The one-page executive summary for the press release (`report summary`)."""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.figures import EventFigures
from eventdesk.domain.i18n import tr
from eventdesk.domain.money import format_compact, format_full, format_words
from eventdesk.domain.progress import ProgressCallback
from eventdesk.reports.breakdowns import (
    direction_table,
    kind_table,
    number,
    sector_table,
    side_by_side,
    stage_table,
    umkm_share_table,
)
from eventdesk.reports.frame import ACCENT, RULE, build_pdf, para

WIDTH = 174 * mm


def _number(value: int) -> str:
    return number(value)


def render(
    info: DocumentInfo, figures: EventFigures, output: str | os.PathLike[str], progress: ProgressCallback | None = None
) -> None:
    totals = figures.transactions
    event = info.event
    story = [
        para(tr("Ringkasan Eksekutif"), "title"),
        para(event.name, "subtitle"),
    ]
    if event.theme:
        story.append(para(tr("Tema: {theme}").format(theme=event.theme), "body"))
    # Venue and dates are in the page header already; this page has no room to say them twice.
    story.append(Spacer(1, 4 * mm))

    boxes = [
        (format_compact(totals.total_idr), tr("nilai transaksi tercatat")),
        (_number(figures.agreements_signed), tr("perjanjian ditandatangani")),
        (
            f"{_number(figures.attendees_checked_in)} / {_number(figures.attendees_registered)}",
            tr("peserta hadir / terdaftar"),
        ),
    ]
    box_table = Table(
        [[para(value, "figure") for value, _ in boxes], [para(label, "figure_label") for _, label in boxes]],
        colWidths=[58 * mm] * 3,
    )
    box_table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 1), 0.8, RULE),
                ("BOX", (1, 0), (1, 1), 0.8, RULE),
                ("BOX", (2, 0), (2, 1), 0.8, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 4 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 4 * mm),
                ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
            ]
        )
    )
    story += [box_table, Spacer(1, 4 * mm)]

    story.append(para(tr("Total transaksi tercatat: {total}").format(total=format_full(totals.total_idr)), "headline"))
    story.append(para(tr("Terbilang: {words}").format(words=format_words(totals.total_idr)), "words"))
    story.append(Spacer(1, 2 * mm))
    half = [34 * mm, 34 * mm, 16 * mm]  # each of two tables side by side, 84 mm with its padding
    story.append(
        side_by_side(
            [para(tr("Perdagangan dan investasi"), "subheading"), kind_table(totals, half, counts=False, compact=True)],
            [para(tr("Porsi UMKM"), "subheading"), umkm_share_table(totals, half, compact=True)],
            WIDTH,
        )
    )
    story.append(para(tr("Menurut sektor"), "subheading"))
    story.append(sector_table(totals, [80 * mm, 50 * mm, 22 * mm, 22 * mm], compact=True))
    story.append(
        side_by_side(
            [
                para(tr("Menurut arah antardaerah"), "subheading"),
                direction_table(totals, half, counts=False, compact=True),
            ],
            [para(tr("Menurut tahap"), "subheading"), stage_table(totals, half, counts=False, compact=True)],
            WIDTH,
        )
    )
    story.append(Spacer(1, 3 * mm))
    notes = [
        tr("Arah dihitung dari daerah pembeli/investor ke daerah penjual/penerima investasi."),
        tr(
            "Diverifikasi penyelia: {verified} ({count} transaksi); belum diverifikasi: {unverified} ({rest} "
            "transaksi)."
        ).format(
            verified=format_full(totals.verified.value_idr),
            count=_number(totals.verified.count),
            unverified=format_full(totals.unverified.value_idr),
            rest=_number(totals.unverified.count),
        ),
        tr("Hanya transaksi berstatus tercatat yang dihitung."),
    ]
    if totals.void_count:
        notes.append(
            tr("{count} transaksi yang dibatalkan tidak termasuk dalam angka di atas.").format(
                count=_number(totals.void_count)
            )
        )
    story.append(para(" ".join(notes), "small"))
    build_pdf(output, info, story, progress=progress)
