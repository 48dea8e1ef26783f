"""Across missions (`eventdesk missions … -o OUT.pdf`): each mission's date, place, booked and realised totals,
deals and businesses, and the cumulative sums a provincial office quotes."""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from eventdesk.domain.clock import format_long_date
from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.i18n import tr
from eventdesk.domain.missions import MissionFigures, cumulative
from eventdesk.domain.money import format_compact, format_full, format_words, percent
from eventdesk.domain.quantity import format_count
from eventdesk.reports.frame import build_pdf, data_table, para

WIDTHS = [8 * mm, 46 * mm, 24 * mm, 17 * mm, 17 * mm, 36 * mm, 26 * mm]


def render(info: DocumentInfo, missions: Sequence[MissionFigures], output: str | os.PathLike[str]) -> None:
    total = cumulative(missions)
    span = " – ".join(format_long_date(day) for day in dict.fromkeys((total.first, total.last)) if day is not None)
    story: list[Flowable] = [
        para(tr("Rekap Misi Dagang dan Investasi"), "title"),
        para(span, "subtitle"),
        para(tr("Transaksi tercatat seluruh misi"), "heading"),
        para(format_full(total.booked_idr), "title"),
        para(format_compact(total.booked_idr), "body"),
        para(tr("Terbilang: {words}").format(words=format_words(total.booked_idr)), "words"),
        para(
            tr(
                "{missions} misi, {deals} transaksi, {businesses} pelaku usaha; terealisasi sesudah misi "
                "{realised} ({share} dari yang tercatat)."
            ).format(
                missions=format_count(total.missions),
                deals=format_count(total.deals),
                businesses=format_count(total.businesses),
                realised=format_full(total.realised_idr),
                share=percent(total.realised_idr, total.booked_idr),
            ),
            "body",
        ),
        para(
            tr(
                "Pelaku usaha: perusahaan, BUMN/BUMD, UMKM dan koperasi yang menjadi pembeli atau penjual "
                "transaksi tercatat; yang ikut dua misi dihitung di setiap misi."
            ),
            "small",
        ),
        para(tr("Menurut misi"), "heading"),
    ]
    rows: list[list[str]] = [
        [
            tr("No."),
            tr("Misi"),
            tr("Tanggal"),
            tr("Transaksi"),
            tr("Pelaku usaha"),
            tr("Tercatat"),
            tr("Terealisasi"),
        ]
    ]
    for index, mission in enumerate(missions, start=1):
        place = " · ".join(part for part in (mission.venue, mission.city) if part)
        rows.append(
            [
                str(index),
                f"{mission.name}\n{place}" if place else mission.name,
                format_long_date(mission.start_date) if mission.start_date else "–",
                format_count(mission.deals),
                format_count(mission.businesses),
                format_full(mission.booked_idr),
                format_compact(mission.realised_idr),
            ]
        )
    rows.append(
        [
            "",
            tr("Jumlah {count} misi").format(count=format_count(total.missions)),
            "",
            format_count(total.deals),
            format_count(total.businesses),
            format_full(total.booked_idr),
            format_compact(total.realised_idr),
        ]
    )
    story.append(data_table(rows, WIDTHS, total_rows=1, align_right=(0, 3, 4, 5, 6)))
    build_pdf(output, info, story)
