"""The page template every EventDesk PDF shares: fonts, header, footer, escaped text.

Fonts are the Noto Sans files shipped in resources/fonts/ and embedded in the
PDF, so "Đặng Thị Ngọc Ánh" and "José Müller" print on any printer. Every
piece of user text goes through `text()` (escaped), because reportlab's
paragraph markup would silently drop `<Maju>` from `PT <Maju> & Sons`.

Names outside Noto Sans's scripts are printed with shipped fallback fonts:
Arabic with Noto Sans Arabic, Chinese, Japanese and Korean with Droid Sans
Fallback. `text()` and the header/footer split a text into runs by the font
that has its glyphs. reportlab neither joins Arabic letters nor orders
right-to-left text, so Arabic is shaped (arabic-reshaper, contextual letter
forms) and put in visual order (python-bidi) before it is laid out. A name
that wraps onto a second line is ordered per whole text, not per line: names
and organisations are short enough for that.
"""

from __future__ import annotations

import io
import os
import re
import weakref
import zlib
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from eventdesk.domain.documents import DocumentInfo, event_dates
from eventdesk.domain.i18n import tr
from eventdesk.domain.progress import ProgressCallback
from eventdesk.domain.resources import FONTS_DIR

FONT = "EventDeskSans"
FONT_BOLD = "EventDeskSans-Bold"
FONT_ARABIC = "EventDeskArabic"
FONT_ARABIC_BOLD = "EventDeskArabic-Bold"
FONT_CJK = "EventDeskCJK"
FONT_SYMBOLS = "EventDeskSymbols"  # glyphs Noto Sans lacks, such as the arrow of "Jawa Timur → Kalimantan Timur"
FALLBACK_FILES = {
    FONT_ARABIC: "NotoSansArabic-Regular.ttf",
    FONT_ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    FONT_SYMBOLS: "NotoSansSymbols-Regular.ttf",
    FONT_CJK: "DroidSansFallback.ttf",
}
BOLD_OF = {FONT: FONT_BOLD, FONT_ARABIC: FONT_ARABIC_BOLD, FONT_CJK: FONT_CJK, FONT_SYMBOLS: FONT_SYMBOLS}
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6675")
ACCENT = colors.HexColor("#0b5f8a")
RULE = colors.HexColor("#c9d2dc")
ZEBRA = colors.HexColor("#f1f4f7")

MARGIN = 18 * mm
HEADER_HEIGHT = 18 * mm
FOOTER_HEIGHT = 12 * mm
INITIALS_HEIGHT = 15 * mm  # the paraf boxes of the certifying officials, above the footer


class _CachedTTFont(TTFont):
    """A TrueType font that remembers how it encoded each string in a document.

    Encoding a string for a font subset goes character by character in Python; a long
    document (an attendee list of 20,000, a badge sheet) prints the same organisations,
    regions and labels over and over. Once a string's characters have their places in the
    document's subsets those places never change, so the encoding of a string can be reused
    for the rest of that document. (The recap's ledger writes its own operators and keeps
    them per cell: reports/text_operators.py.)
    """

    MAX_REMEMBERED = 20_000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._encoded: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> Any:
        remembered = self._encoded.get(doc)
        if remembered is None:
            remembered = self._encoded[doc] = {}
        found = remembered.get(text)
        if found is None:
            found = super().splitString(text, doc, encoding)
            if len(remembered) >= self.MAX_REMEMBERED:
                remembered.clear()  # the strings that repeat come back at once
            remembered[text] = found
        return found


@cache
def register_fonts() -> None:
    """Embed the shipped Unicode font (once per process)."""
    pdfmetrics.registerFont(_CachedTTFont(FONT, str(FONTS_DIR / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(_CachedTTFont(FONT_BOLD, str(FONTS_DIR / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    rl_config.shapeChecking = 0  # reportlab's argument checks cost time on large reports; our inputs are typed
    # A Table sets its cells' font before drawing them, Helvetica unless told: every table would name a font
    # that is not embedded (a print shop's preflight flags it). Ours is the default for every table.
    CellStyle.fontname = FONT
    STATE_DEFAULTS["fontName"] = FONT  # and a chart (a Drawing) starts in it too


@cache
def _fallback(name: str) -> str:
    """Register a fallback font the first time a text needs it (the CJK font is large to parse)."""
    register_fonts()
    pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / FALLBACK_FILES[name])))
    if name == FONT_ARABIC:
        _fallback(FONT_ARABIC_BOLD)
        pdfmetrics.registerFontFamily(
            FONT_ARABIC, normal=FONT_ARABIC, bold=FONT_ARABIC_BOLD, italic=FONT_ARABIC, boldItalic=FONT_ARABIC_BOLD
        )
    elif name in (FONT_CJK, FONT_SYMBOLS):
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return name


@cache
def _coverage(name: str) -> frozenset[int]:
    path = FONTS_DIR / ("NotoSans-Regular.ttf" if name == FONT else FALLBACK_FILES[name])
    return frozenset(TTFont(f"_coverage_{name}", str(path)).face.charToGlyph)


def _is_rtl(character: str) -> bool:
    return "\u0590" <= character <= "\u08ff" or "\ufb1d" <= character <= "\ufdff" or "\ufe70" <= character <= "\ufeff"


def _font_for(character: str) -> str | None:
    """The font that has `character`, or None when none of the shipped fonts does."""
    code = ord(character)
    if code < 0x0250 or code in _coverage(FONT) or character.isspace():
        return FONT
    for name in (FONT_ARABIC, FONT_SYMBOLS, FONT_CJK):
        if code in _coverage(name):
            return name
    return None


NOT_PRINTABLE = "\ufffd"  # �, in the main font: what stands for a character no shipped font has (an emoji)
# Parts of a character sequence that print nothing of their own (joiners, variation selectors, skin tones,
# emoji tags): left out with it rather than each becoming a mark of its own.
_SILENT = re.compile("[\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


def visual(value: str) -> str:
    """Arabic letters joined and right-to-left text in the order it is drawn; other text unchanged."""
    if not value or max(value) < "\u0590" or not any(_is_rtl(character) for character in value):
        return value
    # Our pages run left to right: a line that starts in Arabic keeps its Latin parts and brackets in their
    # order ("مؤسسة النور (Kalimantan Timur)"), only the Arabic run is reversed for drawing.
    return "\n".join(get_display(arabic_reshaper.reshape(line), base_dir="L") for line in value.split("\n"))


def runs(value: str) -> list[tuple[str, str]]:
    """(font, piece) runs of `value` in drawing order, each piece in a font that has its glyphs."""
    value = visual(value)
    if is_plain(value):
        return [(FONT, value)] if value else []
    pieces: list[tuple[str, str]] = []
    for character in value:
        found = _font_for(character)
        if found is None:
            if _SILENT.match(character):
                continue
            # Printed visibly, not as nothing: a name with an emoji must not look like a double space.
            found, character = FONT, NOT_PRINTABLE
        font = found
        if pieces and (pieces[-1][0] == font or character.isspace()):
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + character)
        else:
            pieces.append((font, character))
    return pieces


def text(value: object) -> str:
    """User text made safe for a reportlab Paragraph: printed exactly as typed, in fonts that have its letters."""
    if value is None:
        return ""
    parts = []
    for font, piece in runs(str(value)):
        markup = escape(piece).replace("\n", "<br/>")
        parts.append(markup if font == FONT else f'<font name="{_fallback(font)}">{markup}</font>')
    return "".join(parts)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    found = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=4 * mm
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11.5),
        # Right-aligned cells hold amounts and counts: never broken between digits (splitLongWords off).
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=9, leading=11.5, alignment=TA_RIGHT, splitLongWords=0
        ),
        "cell_right_bold": ParagraphStyle(
            "cell_right_bold",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=11.5,
            alignment=TA_RIGHT,
            splitLongWords=0,
        ),
        "figure": ParagraphStyle(
            "figure", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27, alignment=TA_CENTER, textColor=ACCENT
        ),
        "figure_label": ParagraphStyle(
            "figure_label", parent=base, fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=MUTED
        ),
        "words": ParagraphStyle("words", parent=base, fontSize=10, leading=13, textColor=MUTED),
        "subheading": ParagraphStyle(
            "subheading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
        ),
        "headline": ParagraphStyle("headline", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18),
    }
    for name in ("cell", "cell_bold", "cell_right", "cell_right_bold"):
        found[f"small_{name}"] = ParagraphStyle(f"small_{name}", parent=found[name], fontSize=8, leading=10)
    return found


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
    compact: bool = False,
) -> Table:
    """A ruled table with a repeated header row, zebra stripes and bold totals at the bottom.

    `compact`: smaller type and tighter rows, for a page that must hold many small tables.
    """
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
            line.append(para(value, f"small_{style}" if compact else style))
        cells.append(line)
    table = Table(cells, colWidths=list(widths), repeatRows=header_rows)
    table.hAlign = "LEFT"  # flush with the text above it, also on a page shrunk to fit
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
    ]
    for index in range(header_rows, len(rows) - total_rows):
        if (index - header_rows) % 2 == 1:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    if total_rows:
        commands.append(("LINEABOVE", (0, len(rows) - total_rows), (-1, len(rows) - total_rows), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table


class _NumberedCanvas(canvas.Canvas):
    """Pages with the shared header and footer and "Halaman x dari y", written as they are finished.

    The header and footer are the same on every page: one form XObject, drawn on each.
    The page number is a small form per page, `page-number-x`, written once the last page
    is done and the count known, so no page waits in memory for it: each is compressed as
    soon as its body is laid out. (A recap of 4,000 pages used to be held back as 80 MB of
    drawing operators, copied again while the file was written, and its header and footer
    drawn 4,000 times.)
    """

    def __init__(
        self, *args: Any, frame: Callable[[canvas.Canvas], None], number_at: tuple[float, float, float], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._number_at = number_at  # right end x, baseline y, font size

    def showPage(self) -> None:
        x, y, _size = self._number_at
        self.doForm(_FRAME_FORM)
        self.saveState()
        self.translate(x, y)
        self.doForm(_page_number_form(self.getPageNumber()))
        self.restoreState()
        super().showPage()
        self._compress_finished_page()

    def _compress_finished_page(self) -> None:
        """Deflate the page just added now, as reportlab would when writing the file at the end."""
        if not self._pageCompression:
            return
        page = self._doc.Pages.pages[-1]
        if not isinstance(page.stream, str) or page.Contents:
            return
        contents = pdfdoc.PDFStream(content=zlib.compress(page.stream.encode("utf-8")))
        contents.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        contents.__Comment__ = "page stream"
        page.Contents, page.stream = contents, None

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self.beginForm(_FRAME_FORM)
        self._frame(self)
        self.endForm()
        size = self._number_at[2]
        for number in range(1, total + 1):
            self.beginForm(_page_number_form(number), -60 * mm, -size, 0, 2 * size)
            self.setFillColor(MUTED)
            self.setFont(FONT, size)
            self.drawRightString(0, 0, tr("Halaman {page} dari {pages}").format(page=number, pages=total))
            self.endForm()
        super().save()


_FRAME_FORM = "page-frame"


def _page_number_form(number: int) -> str:
    return f"page-number-{number}"


def build_pdf(
    output: str | os.PathLike[str] | io.BytesIO,
    info: DocumentInfo,
    story: list[Flowable],
    *,
    pagesize: tuple[float, float] = A4,
    progress: ProgressCallback | None = None,
    initials: Sequence[str] = (),
) -> None:
    """Lay out `story` on EventDesk pages and write the PDF to `output`; with `initials`, every page has a
    paraf box for each of those officials above the footer, so no page can be swapped unnoticed."""
    register_fonts()
    width, height = pagesize
    reserved = INITIALS_HEIGHT if initials else 0
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_HEIGHT + reserved,
        width - 2 * MARGIN,
        height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT - reserved,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    target = str(output) if isinstance(output, (str, Path, os.PathLike)) else output
    document = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{info.title} — {info.event.name}",
        subject=info.event.name,
        author=info.author(),
        creator="EventDesk",
        # Pages start in the embedded font: a canvas names Helvetica on every page otherwise (not embedded:
        # a print shop's preflight flags it).
        initialFontName=FONT,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
    )
    if progress is not None:
        document.setProgressCallBack(lambda kind, value: progress(value, len(story)) if kind == "PROGRESS" else None)

    def draw_frame(pdf: canvas.Canvas) -> None:
        _header(pdf, info, width, height)
        _footer(pdf, info, width)
        if initials:
            _initial_boxes(pdf, initials, width)

    number_at = (width - MARGIN, MARGIN + 4.5 * mm, 7.5)
    document.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, frame=draw_frame, number_at=number_at, **k))


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
        except Exception:
            pass
    pdf.setFillColor(INK)
    draw_text(pdf, left, top - 4 * mm, info.event.name, 9.5, bold=True, room=width - MARGIN - left - 45 * mm)
    pdf.setFillColor(MUTED)
    place = " · ".join(part for part in (info.event.venue, info.event.city, event_dates(info.event)) if part)
    draw_text(pdf, left, top - 8.5 * mm, place, 8, room=width - MARGIN - left - 45 * mm)
    pdf.setFillColor(ACCENT)
    draw_text(pdf, width - MARGIN, top - 4 * mm, info.title, 9, bold=True, align_right=True)
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.6)
    pdf.line(MARGIN, top - HEADER_HEIGHT + 4 * mm, width - MARGIN, top - HEADER_HEIGHT + 4 * mm)


def _initial_boxes(pdf: canvas.Canvas, initials: Sequence[str], width: float) -> None:
    """A box per official, right-aligned above the footer rule, for the paraf on every page."""
    box_width, box_height, gap = 26 * mm, 9 * mm, 2 * mm
    bottom = MARGIN + FOOTER_HEIGHT + 1.5 * mm
    right = width - MARGIN
    pdf.setStrokeColor(MUTED)
    pdf.setLineWidth(0.5)
    for index, label in enumerate(reversed(list(initials))):
        left = right - (index + 1) * box_width - index * gap
        pdf.rect(left, bottom, box_width, box_height)
        pdf.setFillColor(MUTED)
        draw_text(
            pdf,
            left + 1 * mm,
            bottom + box_height + 1 * mm,
            tr("Paraf {who}").format(who=label),
            6,
            room=box_width - 1 * mm,
        )


def _footer(pdf: canvas.Canvas, info: DocumentInfo, width: float) -> None:
    """The footer without the page number (drawn beside it at `number_at`)."""
    y = MARGIN
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.6)
    pdf.line(MARGIN, y + 8 * mm, width - MARGIN, y + 8 * mm)
    pdf.setFillColor(MUTED)
    footer = info.generated_text()
    if info.fingerprint:
        footer = tr("Sidik isi {fingerprint}").format(fingerprint=info.fingerprint) + " · " + footer
    draw_text(pdf, MARGIN, y + 4.5 * mm, footer, 7.5, room=width - 2 * MARGIN - 40 * mm)
    # Which desks' data the figures include, on every page, so no total is read out missing a desk.
    coverage = info.coverage_text()
    if coverage:
        lines = simpleSplit(coverage, FONT, 7, width - 2 * MARGIN)
        if len(lines) > 2:
            lines = [lines[0], " ".join(lines[1:])]  # the second line ends in "…" if it is still too long
        for index, line in enumerate(lines):
            draw_text(pdf, MARGIN, y + 1 * mm - index * 3 * mm, line, 7, room=width - 2 * MARGIN)


# Punctuation outside Latin's block that the main font has: a name cut with "…" is still plain.
_PLAIN_PUNCTUATION = frozenset("…–—‘’‚“”„•€™")


def is_plain(value: str) -> bool:
    """True when every letter of `value` is in the main font (Latin script): no runs needed."""
    # Asked for every line of a 100,000-line recap: C-level checks first, the loop only for the rest.
    if not value or value.isascii() or max(value) < "\u0250":
        return True
    return all(character < "\u0250" or character in _PLAIN_PUNCTUATION for character in value)


def text_width(value: str, size: float, *, bold: bool = False) -> float:
    """Width of one line of (user) text as draw_text() draws it, fallback fonts included."""
    return float(sum(stringWidth(piece, font, size) for font, piece in _drawn_runs(value, bold)))


def _drawn_runs(value: str, bold: bool) -> list[tuple[str, str]]:
    """runs() with each font registered and made bold where asked."""
    pieces = [(_fallback(font) if font != FONT else font, piece) for font, piece in runs(value)]
    return [(BOLD_OF[font] if bold else font, piece) for font, piece in pieces]


def draw_text(
    pdf: canvas.Canvas,
    x: float,
    y: float,
    value: str,
    size: float,
    *,
    bold: bool = False,
    room: float | None = None,
    align_right: bool = False,
) -> None:
    """One line of (user) text on the canvas, run by run in fonts that have its letters, cut to `room` with "…"."""
    pieces = _drawn_runs(value, bold)

    def width_of(parts: list[tuple[str, str]]) -> float:
        return float(sum(pdf.stringWidth(piece, font, size) for font, piece in parts))

    if room is not None and width_of(pieces) > room:
        ellipsis = (BOLD_OF[FONT] if bold else FONT, "…")
        while pieces and width_of([*pieces, ellipsis]) > room:
            font, piece = pieces[-1]
            pieces[-1:] = [(font, piece[:-1])] if len(piece) > 1 else []
        pieces.append(ellipsis)
    if align_right:
        x -= width_of(pieces)
    for font, piece in pieces:
        pdf.setFont(font, size)
        pdf.drawString(x, y, piece)
        x += pdf.stringWidth(piece, font, size)
