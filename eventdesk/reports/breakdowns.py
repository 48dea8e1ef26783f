"""The breakdowns of the transaction totals as printed tables and a bar chart, shared by the recap and the summary.

Every figure comes from one `TransactionTotals`; nothing here adds rupiah
except the shares (percentages) of lines against that same total.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from eventdesk.domain.day_curve import CurvePoints
from eventdesk.domain.enums import TransactionKind, TransactionStage
from eventdesk.domain.figures import Share, TransactionTotals
from eventdesk.domain.i18n import tr
from eventdesk.domain.money import format_compact, format_full, percent
from eventdesk.domain.quantity import format_count
from eventdesk.reports.frame import ACCENT, FONT, INK, MUTED, RULE, data_table, register_fonts

LABEL_LEADING = 9.5  # points between the lines of a sector's wrapped label in the chart


def share_table(
    title: str,
    shares: Sequence[Share],
    totals: TransactionTotals,
    widths: Sequence[float],
    *,
    counts: bool = True,
    compact: bool = False,
) -> Table:
    """Label | value | count | share, with a total row that equals the headline (every breakdown covers all).

    Without `counts` (narrow tables side by side) the count column is left out.
    """

    def line(label: str, value: int, count: int) -> list[str]:
        cells = [label, format_full(value), format_count(count), percent(value, totals.total_idr)]
        return cells if counts else [cells[0], cells[1], cells[3]]

    header = [title, tr("Nilai"), tr("Transaksi"), tr("Porsi")]
    rows = [header if counts else [header[0], header[1], header[3]]]
    rows += [line(share.label, share.value_idr, share.count) for share in shares]
    rows.append(line(tr("Jumlah"), totals.total_idr, totals.count))
    return data_table(rows, widths, total_rows=1, align_right=(1, 2, 3) if counts else (1, 2), compact=compact)


def kind_table(
    totals: TransactionTotals, widths: Sequence[float], *, counts: bool = True, compact: bool = False
) -> Table:
    return share_table(
        tr("Jenis"), [totals.kind(kind) for kind in TransactionKind], totals, widths, counts=counts, compact=compact
    )


def sector_table(
    totals: TransactionTotals, widths: Sequence[float], *, counts: bool = True, compact: bool = False
) -> Table:
    return share_table(tr("Sektor"), totals.by_sector, totals, widths, counts=counts, compact=compact)


def direction_table(
    totals: TransactionTotals, widths: Sequence[float], *, counts: bool = True, compact: bool = False
) -> Table:
    return share_table(tr("Arah"), totals.by_direction, totals, widths, counts=counts, compact=compact)


def stage_table(
    totals: TransactionTotals, widths: Sequence[float], *, counts: bool = True, compact: bool = False
) -> Table:
    return share_table(
        tr("Tahap"), [totals.stage(stage) for stage in TransactionStage], totals, widths, counts=counts, compact=compact
    )


def host_table(
    totals: TransactionTotals, widths: Sequence[float], *, counts: bool = True, compact: bool = False
) -> Table:
    """Penjualan, pembelian, investasi, lainnya: the deals from the host delegation's side."""
    return share_table(
        tr("Dari sisi tuan rumah"), list(totals.by_host.values()), totals, widths, counts=counts, compact=compact
    )


def district_table(
    totals: TransactionTotals, widths: Sequence[float], *, counts: bool = True, compact: bool = False
) -> Table:
    """By the seller's kabupaten/kota, largest first: where the region's sales come from."""
    return share_table(tr("Kabupaten/kota penjual"), totals.by_district, totals, widths, counts=counts, compact=compact)


def verification_table(
    totals: TransactionTotals, widths: Sequence[float], *, counts: bool = True, compact: bool = False
) -> Table:
    return share_table(
        tr("Verifikasi"), [totals.verified, totals.unverified], totals, widths, counts=counts, compact=compact
    )


def umkm_share_table(totals: TransactionTotals, widths: Sequence[float], *, compact: bool = False) -> Table:
    """The UMKM share in three columns (for the summary): what it is, by value, by count."""
    umkm = totals.umkm
    rows = [
        [tr("UMKM"), tr("Nilai"), tr("Porsi")],
        [tr("Melibatkan UMKM (nilai)"), format_full(umkm.value_idr), percent(umkm.value_idr, totals.total_idr)],
        [
            tr("Melibatkan UMKM (jumlah)"),
            tr("{count} dari {total} transaksi").format(
                count=format_count(umkm.count), total=format_count(totals.count)
            ),
            percent(umkm.count, totals.count),
        ],
    ]
    return data_table(rows, widths, align_right=(1, 2), compact=compact)


def side_by_side(left: Sequence[Flowable], right: Sequence[Flowable], width: float) -> Table:
    """Two columns of flowables next to each other (narrow tables on a one-page summary)."""
    table = Table([[list(left), list(right)]], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
                ("LEFTPADDING", (1, 0), (1, -1), 3 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    return table


def umkm_table(totals: TransactionTotals, widths: Sequence[float]) -> Table:
    """The UMKM share by value and by count (a deal involves UMKM when its buyer or seller is one)."""
    umkm = totals.umkm
    rest_value, rest_count = totals.total_idr - umkm.value_idr, totals.count - umkm.count
    rows = [
        ["", tr("Nilai"), tr("Porsi nilai"), tr("Transaksi"), tr("Porsi jumlah")],
        [
            tr("Melibatkan UMKM"),
            format_full(umkm.value_idr),
            percent(umkm.value_idr, totals.total_idr),
            format_count(umkm.count),
            percent(umkm.count, totals.count),
        ],
        [
            tr("Tanpa UMKM"),
            format_full(rest_value),
            percent(rest_value, totals.total_idr),
            format_count(rest_count),
            percent(rest_count, totals.count),
        ],
        [
            tr("Jumlah"),
            format_full(totals.total_idr),
            percent(totals.total_idr, totals.total_idr),
            format_count(totals.count),
            percent(totals.count, totals.count),
        ],
    ]
    return data_table(rows, widths, total_rows=1, align_right=(1, 2, 3, 4))


def sector_chart(totals: TransactionTotals, width: float, *, bar_height: float = 5 * mm) -> Drawing:
    """Horizontal bars, one per sector, largest first, each labelled in full (wrapped) with its compact value."""
    register_fonts()
    shares = [share for share in totals.by_sector if share.value_idr > 0]
    label_width = min(62 * mm, max([stringWidth(s.label, FONT, 8) for s in shares] + [20 * mm]) + 3 * mm)
    value_room = 26 * mm
    gap = 2 * mm
    labels = [simpleSplit(share.label, FONT, 8, label_width - 4 * mm) or [""] for share in shares]
    rows = [max(bar_height, len(lines) * LABEL_LEADING) for lines in labels]
    height = sum(row + gap for row in rows) + gap if shares else bar_height + 2 * gap
    drawing = Drawing(width, height)
    biggest = max((share.value_idr for share in shares), default=0)
    room = width - label_width - value_room
    top = height - gap
    for share, lines, row in zip(shares, labels, rows, strict=True):
        y = top - row / 2 - bar_height / 2  # the bar in the middle of its row
        first = top - row / 2 + (len(lines) - 1) * LABEL_LEADING / 2 - 3
        for number, line in enumerate(lines):
            drawing.add(
                String(
                    label_width - 3 * mm,
                    first - number * LABEL_LEADING,
                    line,
                    fontName=FONT,
                    fontSize=8,
                    fillColor=INK,
                    textAnchor="end",
                )
            )
        top -= row + gap
        length = room * share.value_idr / biggest if biggest else 0
        drawing.add(Rect(label_width, y, max(length, 0.5), bar_height, fillColor=ACCENT, strokeColor=None))
        drawing.add(
            String(
                label_width + length + 2 * mm,
                y + bar_height / 2 - 3,
                format_compact(share.value_idr),
                fontName=FONT,
                fontSize=8,
                fillColor=MUTED,
            )
        )
    drawing.add(Line(label_width, 0, label_width, height, strokeColor=RULE, strokeWidth=0.6))
    if not shares:
        drawing.add(
            String(
                label_width + 2 * mm,
                height / 2 - 3,
                tr("Belum ada transaksi."),
                fontName=FONT,
                fontSize=8,
                fillColor=MUTED,
            )
        )
    return drawing


def curve_drawing(curve: CurvePoints, width: float, height: float = 26 * mm) -> Drawing:
    """The booked total through the mission day, small: the rising line, the target dashed, hours below."""
    register_fonts()
    drawing = Drawing(width, height)
    bottom, top = 4.5 * mm, height - 4 * mm
    highest = max([value for _, value in curve.points] + [curve.target or 0, 1])

    def at(fraction: float, value: int) -> tuple[float, float]:
        return fraction * width, bottom + (top - bottom) * value / highest

    drawing.add(Line(0, bottom, width, bottom, strokeColor=RULE, strokeWidth=0.6))
    for fraction, text in curve.ticks:
        anchor = "start" if fraction < 0.02 else "end" if fraction > 0.98 else "middle"
        drawing.add(
            String(fraction * width, 1 * mm, text, fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor=anchor)
        )
    if curve.target:
        _, y = at(0, curve.target)
        drawing.add(Line(0, y, width, y, strokeColor=MUTED, strokeWidth=0.5, strokeDashArray=[2, 2]))
        drawing.add(String(0, y + 1.2 * mm, curve.target_text, fontName=FONT, fontSize=7, fillColor=MUTED))
    points = [coordinate for fraction, value in curve.points for coordinate in at(fraction, value)]
    drawing.add(PolyLine(points, strokeColor=ACCENT, strokeWidth=1.6))
    x, y = at(*curve.points[-1])
    drawing.add(Circle(x, y, 1.2 * mm, fillColor=ACCENT, strokeColor=None))
    drawing.add(
        String(
            x - 2 * mm if x > width * 0.7 else x + 2 * mm,
            y - 4 * mm if curve.target else y + 1.5 * mm,
            curve.last_text,
            fontName=FONT,
            fontSize=7.5,
            fillColor=INK,
            textAnchor="end" if x > width * 0.7 else "start",
        )
    )
    return drawing
