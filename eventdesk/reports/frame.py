"""The page template every EventDesk PDF shares: fonts, header, footer, escaped text.

Fonts are the Noto Sans files shipped in resources/fonts/ and embedded in the
PDF, so "Đặng Thị Ngọc Ánh" and "José Müller" print on any printer. Every
piece of user text goes through `text()` (escaped), because reportlab's
paragraph markup would silently drop `<Maju>` from `PT <Maju> & Sons`.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from eventdesk.domain.documents import DocumentInfo, event_dates
from eventdesk.domain.i18n import tr
from eventdesk.domain.resources import FONTS_DIR

FONT = "EventDeskSans"
FONT_BOLD = "EventDeskSans-Bold"
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6675")
ACCENT = colors.HexColor("#0b5f8a")
RULE = colors.HexColor("#c9d2dc")
ZEBRA = colors.HexColor("#f1f4f7")

MARGIN = 18 * mm
HEADER_HEIGHT = 18 * mm
FOOTER_HEIGHT = 12 * mm

ProgressCallback = Callable[[int, int], None]


@cache
def register_fonts() -> None:
    """Embed the shipped Unicode font (once per process)."""
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS_DIR / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    rl_config.shapeChecking = 0  # reportlab's argument checks cost time on large reports; our inputs are typed


def text(value: object) -> str:
    """User text made safe for a reportlab Paragraph: printed exactly as typed."""
    if value is None:
        return ""
    return escape(str(value)).replace("\n", "<br/>")


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=4 * mm),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, textColor=ACCENT,
            spaceBefore=5 * mm, spaceAfter=2 * mm,
        ),  # fmt: skip
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11.5),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=9, leading=11.5, alignment=TA_RIGHT),
        "cell_right_bold": ParagraphStyle(
            "cell_right_bold", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11.5, alignment=TA_RIGHT
        ),
        "figure": ParagraphStyle(
            "figure", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27, alignment=TA_CENTER, textColor=ACCENT
        ),
        "figure_label": ParagraphStyle("figure_label", parent=base, fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=MUTED),
        "words": ParagraphStyle("words", parent=base, fontSize=10, leading=13, textColor=MUTED),
    }


def para(value: object, style: str = "body", *, bold: bool = False) -> Paragraph:
    """A paragraph of user (or any) text, escaped."""
    markup = text(value)
    return Paragraph(f"<b>{markup}</b>" if bold else markup, styles()[style])


def data_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    total_rows: int = 0,
    align_right: Sequence[int] = (),
) -> Table:
    """A ruled table with a repeated header row, zebra stripes and bold totals at the bottom."""
    cells = []
    for index, row in enumerate(rows):
        is_header = index < header_rows
        is_total = total_rows and index >= len(rows) - total_rows
        line = []
        for column, value in enumerate(row):
            if isinstance(value, Flowable):
                line.append(value)
                continue
            right = column in align_right
            style = ("cell_right" if right else "cell") + ("_bold" if is_header or is_total else "")
            line.append(para(value, style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in range(header_rows, len(rows) - total_rows):
        if (index - header_rows) % 2 == 1:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    if total_rows:
        commands.append(("LINEABOVE", (0, len(rows) - total_rows), (-1, len(rows) - total_rows), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table


class _NumberedCanvas(canvas.Canvas):
    """Holds every page until the end, so the footer can say "Halaman x dari y"."""

    def __init__(self, *args, decorate: Callable[[canvas.Canvas, int, int], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._decorate = decorate

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def build_pdf(
    output: str | os.PathLike | io.BytesIO,
    info: DocumentInfo,
    story: list[Flowable],
    *,
    pagesize: tuple[float, float] = A4,
    progress: ProgressCallback | None = None,
) -> None:
    """Lay out `story` on EventDesk pages and write the PDF to `output`."""
    register_fonts()
    width, height = pagesize
    frame = Frame(
        MARGIN, MARGIN + FOOTER_HEIGHT, width - 2 * MARGIN, height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
        id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    target = str(output) if isinstance(output, (str, Path, os.PathLike)) else output
    document = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{info.title} — {info.event.name}",
        author="EventDesk",
        creator="EventDesk",
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
    )
    if progress is not None:
        document.setProgressCallBack(lambda kind, value: progress(value, len(story)) if kind == "PROGRESS" else None)

    def decorate(pdf: canvas.Canvas, number: int, total: int) -> None:
        _header(pdf, info, width, height)
        _footer(pdf, info, width, number, total)

    document.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, decorate=decorate, **k))


def _header(pdf: canvas.Canvas, info: DocumentInfo, width: float, height: float) -> None:
    top = height - MARGIN
    left = MARGIN
    if info.event.logo:
        try:
            logo = ImageReader(io.BytesIO(info.event.logo))
            logo_width, logo_height = logo.getSize()
            scale = min(12 * mm / logo_height, 30 * mm / logo_width)
            pdf.drawImage(logo, left, top - 12 * mm, logo_width * scale, logo_height * scale, mask="auto")
            left += logo_width * scale + 4 * mm
        except Exception:  # noqa: BLE001 - a broken logo must not stop a report; the header prints without it
            pass
    pdf.setFillColor(INK)
    pdf.setFont(FONT_BOLD, 9.5)
    pdf.drawString(left, top - 4 * mm, _fit(pdf, info.event.name, FONT_BOLD, 9.5, width - MARGIN - left - 45 * mm))
    pdf.setFont(FONT, 8)
    pdf.setFillColor(MUTED)
    place = " · ".join(part for part in (info.event.venue, info.event.city, event_dates(info.event)) if part)
    pdf.drawString(left, top - 8.5 * mm, _fit(pdf, place, FONT, 8, width - MARGIN - left - 45 * mm))
    pdf.setFont(FONT_BOLD, 9)
    pdf.setFillColor(ACCENT)
    pdf.drawRightString(width - MARGIN, top - 4 * mm, info.title)
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.6)
    pdf.line(MARGIN, top - HEADER_HEIGHT + 4 * mm, width - MARGIN, top - HEADER_HEIGHT + 4 * mm)


def _footer(pdf: canvas.Canvas, info: DocumentInfo, width: float, number: int, total: int) -> None:
    y = MARGIN
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.6)
    pdf.line(MARGIN, y + 5 * mm, width - MARGIN, y + 5 * mm)
    pdf.setFont(FONT, 7.5)
    pdf.setFillColor(MUTED)
    footer = info.generated_text()
    if info.fingerprint:
        footer = tr("Sidik isi {fingerprint}").format(fingerprint=info.fingerprint) + " · " + footer
    pdf.drawString(MARGIN, y + 1 * mm, _fit(pdf, footer, FONT, 7.5, width - 2 * MARGIN - 40 * mm))
    pdf.drawRightString(width - MARGIN, y + 1 * mm, tr("Halaman {page} dari {pages}").format(page=number, pages=total))


def _fit(pdf: canvas.Canvas, value: str, font: str, size: float, room: float) -> str:
    """`value` cut with an ellipsis so it fits in `room` points."""
    if pdf.stringWidth(value, font, size) <= room:
        return value
    while value and pdf.stringWidth(value + "…", font, size) > room:
        value = value[:-1]
    return value + "…"
