"""The realisation report (`report realisation`): what became of the deals booked at the mission, booked against
realised at 3, 6 and 12 months and now, per side, sector, kabupaten/kota and stage, and the deals nobody has
followed up yet: the answer to "tak ada tindak lanjut"."""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from eventdesk.domain.clock import format_long_date
from eventdesk.domain.documents import DocumentInfo, event_dates
from eventdesk.domain.i18n import tr
from eventdesk.domain.money import format_full, format_words, percent
from eventdesk.domain.progress import ProgressCallback
from eventdesk.domain.quantity import format_count
from eventdesk.domain.realisation import Checkpoint, Realisation, RealisationLine
from eventdesk.reports.approval import approval
from eventdesk.reports.frame import build_pdf, data_table, para

WIDTH = 174 * mm
LINE_WIDTHS = [46 * mm, 33 * mm, 33 * mm, 18 * mm, 22 * mm, 22 * mm]
CHECKPOINT_WIDTHS = [24 * mm, 34 * mm, 38 * mm, 18 * mm, 30 * mm, 30 * mm]
UNFOLLOWED_WIDTHS = [10 * mm, 52 * mm, 44 * mm, 38 * mm, 30 * mm]


def render(
    info: DocumentInfo,
    realised: Realisation,
    output: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
) -> None:
    event = info.event
    total = realised.total
    story: list[Flowable] = [para(tr("Realisasi Transaksi"), "title"), para(event.name, "subtitle")]
    place = " · ".join(part for part in (event.venue, event.city, event_dates(event)) if part)
    if place:
        story.append(para(place, "small"))
    story += [
        para(tr("Terealisasi hingga {day}").format(day=format_long_date(realised.today)), "heading"),
        para(format_full(total.realised_idr), "title"),
        para(tr("Terbilang: {words}").format(words=format_words(total.realised_idr)), "words"),
        para(
            tr(
                "Dari {booked} yang tercatat pada misi ({deals} transaksi), {realised} telah terealisasi: "
                "{value_rate} dari nilainya, {realised_deals} dari {deals} transaksi ({count_rate})."
            ).format(
                booked=format_full(total.booked_idr),
                deals=format_count(total.deals),
                realised=format_full(total.realised_idr),
                value_rate=percent(total.realised_idr, total.booked_idr),
                realised_deals=format_count(total.realised_deals),
                count_rate=percent(total.realised_deals, total.deals),
            ),
            "body",
        ),
        para(
            tr(
                "Nilai terealisasi sebuah transaksi adalah nilai pada tindak lanjut terakhirnya; nilai yang "
                "tercatat pada hari misi tidak pernah diubah."
            ),
            "small",
        ),
        KeepTogether(
            [
                para(tr("Sesudah misi"), "heading"),
                data_table(_checkpoint_rows(realised), CHECKPOINT_WIDTHS, align_right=(2, 3, 4, 5)),
            ]
        ),
    ]
    for heading, lines in (
        (tr("Dari sisi tuan rumah"), realised.by_host),
        (tr("Menurut sektor"), realised.by_sector),
        (tr("Menurut kabupaten/kota penjual"), realised.by_district),
        (tr("Menurut tahap pada hari misi"), realised.by_stage),
    ):
        if lines:
            story += [CondPageBreak(35 * mm), para(heading, "heading"), _line_table(lines, total)]
    story += [
        KeepTogether(
            [
                para(tr("Status tindak lanjut terakhir"), "heading"),
                data_table(
                    [
                        [tr("Status"), tr("Transaksi"), tr("Nilai tercatat")],
                        *(
                            [
                                status.label if status else tr("Belum ditindaklanjuti"),
                                format_count(deals),
                                format_full(value),
                            ]
                            for status, deals, value in realised.by_status
                        ),
                        [tr("Jumlah"), format_count(total.deals), format_full(total.booked_idr)],
                    ],
                    [94 * mm, 30 * mm, 50 * mm],
                    total_rows=1,
                    align_right=(1, 2),
                ),
            ]
        ),
        *_not_followed(realised),
        Spacer(1, 4 * mm),
        *approval(info, WIDTH, signed_on=realised.today),
    ]
    build_pdf(output, info, story, progress=progress)


def _checkpoint_rows(realised: Realisation) -> list[list[str]]:
    rows = [
        [
            tr("Saat"),
            tr("Tanggal"),
            tr("Terealisasi"),
            tr("Porsi nilai"),
            tr("Transaksi terealisasi"),
            tr("Sudah ditindaklanjuti"),
        ]
    ]
    for checkpoint in realised.checkpoints:
        rows.append(_checkpoint_row(checkpoint))
    return rows


def _checkpoint_row(checkpoint: Checkpoint) -> list[str]:
    when = tr("{months} bulan").format(months=checkpoint.months) if checkpoint.months is not None else tr("Hari ini")
    day = format_long_date(checkpoint.day)
    if not checkpoint.reached:
        return [when, day, tr("belum sampai"), "", "", ""]
    line = checkpoint.total
    return [
        when,
        day,
        format_full(line.realised_idr),
        percent(line.realised_idr, line.booked_idr),
        tr("{count} dari {total}").format(count=format_count(line.realised_deals), total=format_count(line.deals)),
        tr("{count} dari {total}").format(
            count=format_count(checkpoint.followed_deals), total=format_count(line.deals)
        ),
    ]


def _line_table(lines: list[RealisationLine], total: RealisationLine) -> Flowable:
    header = [tr("Kelompok"), tr("Tercatat"), tr("Terealisasi"), tr("Porsi nilai"), tr("Transaksi"), tr("Terealisasi")]

    def row(line: RealisationLine) -> list[str]:
        return [
            line.label,
            format_full(line.booked_idr),
            format_full(line.realised_idr),
            percent(line.realised_idr, line.booked_idr),
            format_count(line.deals),
            format_count(line.realised_deals),
        ]

    return data_table(
        [header, *(row(line) for line in lines), row(RealisationLine(tr("Jumlah"), **_sums(total)))],
        LINE_WIDTHS,
        total_rows=1,
        align_right=(1, 2, 3, 4, 5),
    )


def _sums(line: RealisationLine) -> dict[str, int]:
    return {
        "booked_idr": line.booked_idr,
        "deals": line.deals,
        "realised_idr": line.realised_idr,
        "realised_deals": line.realised_deals,
    }


def _not_followed(realised: Realisation) -> list[Flowable]:
    deals = realised.not_followed
    heading = para(tr("Belum ditindaklanjuti ({count} transaksi)").format(count=format_count(len(deals))), "heading")
    if not deals:
        return [heading, para(tr("Setiap transaksi sudah ditindaklanjuti."), "body")]
    rows = [[tr("No."), tr("Penjual"), tr("Pembeli"), tr("Komoditas"), tr("Nilai tercatat")]]
    for index, deal in enumerate(deals, start=1):
        seller = f"{deal.seller} ({deal.seller_district})" if deal.seller_district else deal.seller
        rows.append([str(index), seller, deal.buyer, deal.commodity or "–", format_full(deal.booked_idr)])
    rows.append(["", tr("Jumlah"), "", "", format_full(sum(deal.booked_idr for deal in deals))])
    return [
        CondPageBreak(40 * mm),
        heading,
        para(tr("Yang terbesar lebih dulu: daftar telepon untuk tindak lanjut berikutnya."), "small"),
        Spacer(1, 1.5 * mm),
        data_table(rows, UNFOLLOWED_WIDTHS, total_rows=1, align_right=(0, 4)),
    ]
