"""The one-page executive summary for the press release (`report summary`)."""

from __future__ import annotations

import os

from babel.numbers import format_decimal, format_percent
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from eventdesk.domain.enums import TransactionKind
from eventdesk.domain.figures import EventFigures
from eventdesk.domain.i18n import language, tr
from eventdesk.domain.money import format_compact, format_full, format_words
from eventdesk.domain.documents import DocumentInfo, event_dates
from eventdesk.reports.frame import ACCENT, RULE, ProgressCallback, build_pdf, data_table, para


def _number(value: int) -> str:
    return format_decimal(value, locale="en" if language() == "en" else "id")


def _share(part: int, whole: int) -> str:
    if whole == 0:
        return "–"
    return format_percent(part / whole, format="#,##0.0%", locale="en" if language() == "en" else "id")


def render(
    info: DocumentInfo, figures: EventFigures, output: str | os.PathLike, progress: ProgressCallback | None = None
) -> None:
    totals = figures.transactions
    event = info.event
    story = [
        para(tr("Ringkasan Eksekutif"), "title"),
        para(event.name, "subtitle"),
    ]
    if event.theme:
        story.append(para(tr("Tema: {theme}").format(theme=event.theme), "body"))
    place = " · ".join(part for part in (event.venue, event.city, event_dates(event)) if part)
    if place:
        story.append(para(place, "small"))
    story.append(Spacer(1, 6 * mm))

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

    story.append(para(tr("Total transaksi tercatat"), "heading"))
    story.append(para(format_full(totals.total_idr), "title"))
    story.append(para(tr("Terbilang: {words}").format(words=format_words(totals.total_idr)), "words"))
    story.append(Spacer(1, 3 * mm))
    kind_rows = [[tr("Jenis"), tr("Nilai"), tr("Transaksi"), tr("Porsi")]]
    for kind in TransactionKind:
        share = totals.kind(kind)
        kind_rows.append([kind.label, format_full(share.value_idr), _number(share.count), _share(share.value_idr, totals.total_idr)])
    kind_rows.append([tr("Jumlah"), format_full(totals.total_idr), _number(totals.count), _share(totals.total_idr, totals.total_idr)])
    story.append(data_table(kind_rows, [62 * mm, 58 * mm, 24 * mm, 30 * mm], total_rows=1, align_right=(1, 2, 3)))

    story.append(para(tr("Menurut sektor"), "heading"))
    sector_rows = [[tr("Sektor"), tr("Nilai"), tr("Transaksi"), tr("Porsi")]]
    for share in totals.by_sector:
        sector_rows.append([share.label, format_full(share.value_idr), _number(share.count), _share(share.value_idr, totals.total_idr)])
    sector_rows.append([tr("Jumlah"), format_full(totals.total_idr), _number(totals.count), _share(totals.total_idr, totals.total_idr)])
    story.append(data_table(sector_rows, [62 * mm, 58 * mm, 24 * mm, 30 * mm], total_rows=1, align_right=(1, 2, 3)))
    story.append(Spacer(1, 4 * mm))
    note = tr("Hanya transaksi berstatus tercatat yang dihitung.")
    if totals.void_count:
        note += " " + tr("{count} transaksi yang dibatalkan tidak termasuk dalam angka di atas.").format(
            count=_number(totals.void_count)
        )
    story.append(para(note, "small"))
    build_pdf(output, info, story, progress=progress)
