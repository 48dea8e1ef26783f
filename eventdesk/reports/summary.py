"""The one-page executive summary for the press release (`report summary`).

Always one page (the whole page shrinks to fit rather than run over) and an
amount is never split across lines. Besides the figures it gives what a
release quotes: the total stamped with its time, how firm and how verified it
is in sentences, the signed agreements with their parties and values (the ten
of the largest value when there are more: all of them are in their own report), the
witnesses, and the ten largest deals with seller, buyer, their regions,
commodity and value.
"""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from eventdesk.domain.clock import format_long_date, in_zone, written_time, zone_abbreviation
from eventdesk.domain.day_curve import curve_points
from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.enums import TransactionKind
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Transaction
from eventdesk.domain.money import format_compact, format_full, format_words
from eventdesk.domain.press import (
    PressFacts,
    agreements_sentence,
    agreements_shown,
    firmness_sentence,
    host_sentence,
    percent,
    sectors_sentence,
    target_sentence,
    verification_sentence,
    witnesses,
)
from eventdesk.domain.progress import ProgressCallback
from eventdesk.domain.quantity import format_count, format_quantity
from eventdesk.domain.wording import organisation_text
from eventdesk.reports.breakdowns import curve_drawing
from eventdesk.reports.frame import (
    ACCENT,
    FONT_BOLD,
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    MARGIN,
    RULE,
    build_pdf,
    data_table,
    para,
)

WIDTH = 174 * mm
CELL_PADDING = 6  # points either side of a table cell (reportlab's default)
PAGE_BODY = 297 * mm - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT  # the A4 frame of frame.py


def render(
    info: DocumentInfo, facts: PressFacts, output: str | os.PathLike[str], progress: ProgressCallback | None = None
) -> None:
    totals = facts.figures.transactions
    event = info.event
    local = in_zone(info.generated_at, event.timezone)
    as_of = tr("Angka hingga {date} pukul {time} {zone}").format(
        date=format_long_date(local.date(), weekday=True),
        time=written_time(local),
        zone=zone_abbreviation(event.timezone, info.generated_at),
    )
    story: list[Flowable] = [para(tr("Ringkasan Eksekutif"), "title")]  # the event's name is in the header
    if event.theme:
        story.append(para(tr("Tema: {theme}").format(theme=event.theme), "small"))
    story += [para(as_of, "body", bold=True), Spacer(1, 3 * mm), _boxes(facts), Spacer(1, 3 * mm)]
    story.append(para(tr("Total transaksi tercatat: {total}").format(total=format_full(totals.total_idr)), "headline"))
    story.append(para(tr("Terbilang: {words}").format(words=format_words(totals.total_idr)), "words"))
    trade = totals.kind(TransactionKind.TRADE).value_idr
    investment = totals.kind(TransactionKind.INVESTMENT).value_idr
    sentences = [
        tr(
            "{count} transaksi; perdagangan {trade} ({trade_share}), investasi {investment} ({investment_share})."
        ).format(
            count=format_count(totals.count),
            trade=format_full(trade),
            trade_share=percent(trade, totals.total_idr),
            investment=format_full(investment),
            investment_share=percent(investment, totals.total_idr),
        ),
        target_sentence(totals.total_idr, event.target_idr),
        host_sentence(totals, facts.host_name),
        firmness_sentence(totals),
        verification_sentence(totals),
        agreements_sentence(facts),
    ]
    story += [Spacer(1, 1.5 * mm), para(" ".join(s for s in sentences if s), "body")]
    if facts.curve is not None and len(facts.curve.points) > 1:
        day = format_long_date(facts.curve.day, weekday=True)
        story += [
            para(tr("Sepanjang hari misi, {day}").format(day=day), "subheading"),
            curve_drawing(curve_points(facts.curve, event, tr("Target")), WIDTH),
        ]
    story += [para(tr("Menurut sektor"), "subheading"), para(sectors_sentence(totals), "body")]
    story += _agreements(facts)
    story += _largest(facts.largest)
    notes = [tr("Hanya transaksi berstatus tercatat yang dihitung.")]
    if totals.void_count:
        notes.append(
            tr("{count} transaksi yang dibatalkan tidak termasuk dalam angka di atas.").format(
                count=format_count(totals.void_count)
            )
        )
    story += [Spacer(1, 2 * mm), para(" ".join(notes), "small")]
    # One page, always: a long list of agreements or deals makes the page's type smaller, never a second page.
    build_pdf(output, info, [KeepInFrame(WIDTH, PAGE_BODY, story, mode="shrink", hAlign="LEFT")], progress=progress)


def _boxes(facts: PressFacts) -> Table:
    figures = facts.figures
    boxes = [
        (format_compact(figures.transactions.total_idr), tr("nilai transaksi tercatat")),
        (format_count(figures.agreements_signed), tr("perjanjian ditandatangani")),
        (
            f"{format_count(figures.attendees_checked_in)} / {format_count(figures.attendees_registered)}",
            tr("peserta hadir / terdaftar"),
        ),
    ]
    table = Table(
        [[para(value, "figure") for value, _ in boxes], [para(label, "figure_label") for _, label in boxes]],
        colWidths=[58 * mm] * 3,
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 1), 0.8, RULE),
                ("BOX", (1, 0), (1, 1), 0.8, RULE),
                ("BOX", (2, 0), (2, 1), 0.8, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 3 * mm),
                ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def _amount_width(amounts: list[int]) -> float:
    """A column wide enough for the widest of `amounts` in bold small type: amounts never break."""
    widest = max((float(stringWidth(format_full(value), FONT_BOLD, 8)) for value in amounts), default=0.0)
    return float(max(widest + 2 * CELL_PADDING + 2, 24 * mm))


def _agreements(facts: PressFacts) -> list[Flowable]:
    signed = facts.signed
    if not signed.agreements:
        return []
    shown = agreements_shown(signed)
    amount = _amount_width([signed.total_value_idr])
    rows: list[list[object]] = [[tr("No."), tr("Perjanjian"), tr("Para pihak"), tr("Nilai")]]
    for index, agreement in enumerate(shown, start=1):
        parties = "; ".join(organisation_text(p) for p in sorted(agreement.parties, key=lambda p: p.position))
        value = format_full(agreement.value_idr) if agreement.value_idr is not None else "–"
        rows.append([str(index), f"{agreement.kind.label}: {agreement.title}", parties, value])
    rows.append(
        ["", tr("Jumlah {count} perjanjian").format(count=signed.count), "", format_full(signed.total_value_idr)]
    )
    if len(shown) < signed.count:
        heading = tr("Perjanjian yang ditandatangani: {shown} bernilai terbesar dari {count}").format(
            shown=len(shown), count=signed.count
        )
    else:
        heading = tr("Perjanjian yang ditandatangani")
    story: list[Flowable] = [
        para(heading, "subheading"),
        data_table(
            rows, [8 * mm, 62 * mm, WIDTH - 70 * mm - amount, amount], total_rows=1, align_right=(0, 3), compact=True
        ),
    ]
    if len(shown) < signed.count:
        story.append(
            para(
                tr("{rest} perjanjian lainnya tercantum dalam laporan {report}.").format(
                    rest=signed.count - len(shown), report=tr("Perjanjian Ditandatangani")
                ),
                "small",
            )
        )
    present = witnesses(signed)
    if present:
        story.append(para(tr("Disaksikan oleh: {names}.").format(names="; ".join(present)), "small"))
    return story


def _largest(deals: list[Transaction]) -> list[Flowable]:
    if not deals:
        return []
    amount = _amount_width([deal.value_idr for deal in deals])
    rows: list[list[object]] = [
        [tr("No."), tr("Penjual (daerah)"), tr("Pembeli (daerah)"), tr("Komoditas"), tr("Nilai")]
    ]
    for index, deal in enumerate(deals, start=1):
        amount_of_goods = " ".join(part for part in (format_quantity(deal.quantity), deal.unit) if part)
        goods = " · ".join(part for part in (deal.commodity, amount_of_goods) if part)
        rows.append(
            [
                str(index),
                _with_region(deal.seller_name, deal.seller_region, deal.seller_district),
                _with_region(deal.buyer_name, deal.buyer_region, deal.buyer_district),
                goods or "–",
                format_full(deal.value_idr),
            ]
        )
    rest = WIDTH - 8 * mm - amount
    return [
        para(tr("{count} transaksi terbesar").format(count=len(deals)), "subheading"),
        data_table(rows, [8 * mm, rest * 0.34, rest * 0.34, rest * 0.32, amount], align_right=(0, 4), compact=True),
    ]


def _with_region(name: str, region: str | None, district: str = "") -> str:
    """`PT Kutai Sawit Lestari (Kabupaten Kutai Kartanegara, Kalimantan Timur)`, as the press names a party."""
    place = ", ".join(part for part in (district, region or "") if part)
    return f"{name} ({place})" if place else name
