"""Badges (`report badges`): A6 cards one per page, four on A4 with cut marks, or one per label or card.

Each badge: the event, the name (shrunk to fit, titles and degrees kept as
typed), title, organisation and region, a QR code of the attendee code with
the code in text, and a colour band with the category's label. The QR code
is drawn as rectangles from segno's module matrix: reportlab's own QR widget
costs ~24 ms a page, this a fraction of a millisecond.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from eventdesk.domain.badge_papers import LAYOUT_A6, LAYOUTS, PAPERS
from eventdesk.domain.documents import DocumentInfo, event_dates
from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee
from eventdesk.domain.progress import ProgressCallback
from eventdesk.reports.frame import FONT, FONT_BOLD, INK, MUTED, draw_text, is_plain, register_fonts, text_width

CARD_4UP = (95 * mm, 138 * mm)  # four fit on A4 with room between them for the cut marks
GUTTER = 8 * mm
BLEED = 2.5 * mm  # colour bands run this far past a card's edges (the gutter holds two, and the cut marks)
QR_SMALLEST = 26 * mm  # at A6 scale: the smallest QR code a hand scanner reads at arm's length
LEADING = 1.15  # line height of the badge's text, as a multiple of its size
READABLE = 7.5  # points at A6 scale: no line of a badge's text is set smaller...
SMALLEST_PRINTED = 5.0  # ...nor smaller than this on the paper itself (an 86 x 54 mm card)
QUIET_ZONE = 4  # modules of white around the QR code, as the standard asks

# (band colour, label colour) per category: strong colours that photocopy to different greys.
CATEGORY_COLOURS: dict[AttendeeCategory, tuple[str, str]] = {
    AttendeeCategory.BUYER: ("#1565c0", "#ffffff"),
    AttendeeCategory.SELLER: ("#2e7d32", "#ffffff"),
    AttendeeCategory.INVESTOR: ("#6a1b9a", "#ffffff"),
    AttendeeCategory.GOVERNMENT: ("#00695c", "#ffffff"),
    AttendeeCategory.VIP: ("#d4a017", "#1d2733"),
    AttendeeCategory.SPEAKER: ("#ef6c00", "#ffffff"),
    AttendeeCategory.MEDIA: ("#37474f", "#ffffff"),
    AttendeeCategory.COMMITTEE: ("#c62828", "#ffffff"),
}


@lru_cache(maxsize=4096)
def qr_matrix(code: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's modules (True = dark), as segno encodes `code`: a full QR code, never a Micro QR."""
    return tuple(tuple(bool(module) for module in row) for row in segno.make_qr(code, error="m").matrix)


def qr_runs(code: str) -> list[tuple[int, int, int]]:
    """The dark modules as horizontal runs (row, first column, length): one rectangle each, few PDF operators."""
    runs = []
    for row_index, row in enumerate(qr_matrix(code)):
        start = None
        for column, dark in enumerate((*row, False)):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                runs.append((row_index, start, column - start))
                start = None
    return runs


def draw_qr(pdf: canvas.Canvas, code: str, x: float, y: float, size: float) -> None:
    """The QR code of `code` in a square of `size` points at (x, y) (lower left), quiet zone included."""
    modules = len(qr_matrix(code))
    module = size / (modules + 2 * QUIET_ZONE)
    left, top = x + QUIET_ZONE * module, y + size - QUIET_ZONE * module
    pdf.setFillColor(colors.white)
    pdf.rect(x, y, size, size, stroke=0, fill=1)
    path = pdf.beginPath()
    for row, column, length in qr_runs(code):
        path.rect(left + column * module, top - (row + 1) * module, length * module, module)
    pdf.setFillColor(colors.black)
    pdf.drawPath(path, stroke=0, fill=1)


@dataclass(frozen=True)
class FittedText:
    size: float
    lines: list[str]


def fit_text(
    text: str, font: str, width: float, sizes: Sequence[float], max_lines: Callable[[float], int]
) -> FittedText:
    """The largest size at which `text` wraps into at most `max_lines(size)` lines of `width`; the last resort cuts."""
    for size in sizes:
        lines = _wrap(text, font, size, width)
        if len(lines) <= max_lines(size):
            return FittedText(size, lines)
    size = sizes[-1]
    lines = _wrap(text, font, size, width)[: max_lines(size)]
    if lines:
        lines[-1] = _ellipsis(lines[-1], font, size, width)
    return FittedText(size, lines)


def _width(text: str, font: str, size: float) -> float:
    """Width as drawn: Latin text in the main font, other scripts in their fallback fonts."""
    if is_plain(text):
        return float(stringWidth(text, font, size))
    return text_width(text, size, bold=font == FONT_BOLD)


def _centred(pdf: canvas.Canvas, centre: float, y: float, line: str, font: str, size: float) -> None:
    """One line centred on `centre`; names in Arabic or Chinese drawn run by run in fonts that have them."""
    if is_plain(line):
        pdf.setFont(font, size)
        pdf.drawCentredString(centre, y, line)
    else:
        draw_text(pdf, centre - _width(line, font, size) / 2, y, line, size, bold=font == FONT_BOLD)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if _width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        # A word wider than the line (a long e-mail-like name, Chinese without spaces) is broken where it must be.
        while _width(word, font, size) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and _width(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def _ellipsis(line: str, font: str, size: float, width: float) -> str:
    while line and _width(line + "…", font, size) > width:
        line = line[:-1]
    return line + "…"


def _sizes(start: float, stop: float, step: float = 1.0) -> list[float]:
    sizes = []
    size = start
    while size >= stop - 1e-9:
        sizes.append(round(size, 2))
        size -= step
    return sizes


def draw_badge(
    pdf: canvas.Canvas, attendee: Attendee, info: DocumentInfo, x: float, y: float, width: float, height: float
) -> None:
    """One badge in the box (x, y, width, height), laid out in proportion to the box."""
    scale = min(width / A6[0], height / A6[1])
    pad = 6 * mm * scale
    inner = width - 2 * pad
    top = y + height - pad - 1.5 * mm * scale

    # The event, small, at the top.
    pdf.setFillColor(MUTED)
    event = fit_text(info.event.name, FONT_BOLD, inner, _sizes(9 * scale, 6.5 * scale, 0.5 * scale), lambda s: 2)
    line_y = top - event.size
    for line in event.lines:
        _centred(pdf, x + width / 2, line_y, line, FONT_BOLD, event.size)
        line_y -= event.size * 1.2
    place = " · ".join(part for part in (info.event.city, event_dates(info.event)) if part)
    if place:
        _centred(
            pdf, x + width / 2, line_y - 1 * scale, _ellipsis_if_needed(place, FONT, 7 * scale, inner), FONT, 7 * scale
        )
    pdf.setStrokeColor(colors.HexColor("#c9d2dc"))
    pdf.setLineWidth(0.6)
    rule_y = top - 17 * mm * scale
    pdf.line(x + pad, rule_y, x + width - pad, rule_y)

    # The band with the category, at the bottom (and a strip of its colour at the top, seen when
    # the bottom is in a holder), both running BLEED past the card's edges so a cut a little off the
    # line leaves no white edge; the QR code and the code just above the band.
    band_height = 15 * mm * scale
    band, ink = CATEGORY_COLOURS[attendee.category]
    pdf.setFillColor(colors.HexColor(band))
    pdf.rect(x - BLEED, y - BLEED, width + 2 * BLEED, band_height + BLEED, stroke=0, fill=1)
    strip = 2.5 * mm * scale
    pdf.rect(x - BLEED, y + height - strip, width + 2 * BLEED, strip + BLEED, stroke=0, fill=1)
    code_size = 12 * scale
    code_y = y + band_height + 3 * mm * scale
    qr_y = code_y + code_size + 0.5 * mm * scale

    # Name, title, organisation and region: the name first and largest; everything shrinks to fit the
    # room above the smallest QR code a hand scanner reads well, nothing is cut and nothing overlaps.
    cursor = rule_y - 4 * mm * scale
    room = cursor - (qr_y + QR_SMALLEST * scale + 1.5 * mm * scale)
    for part in _fit_block(attendee, inner, room, scale):
        pdf.setFillColor(part.colour)
        for line in part.text.lines:
            cursor -= part.text.size  # the baseline: a line's height is its size and its leading below
            _centred(pdf, x + width / 2, cursor, line, part.font, part.text.size)
            cursor -= part.text.size * (LEADING - 1)
        cursor -= part.gap * scale
    label = attendee.category.label.upper()
    label_size = fit_text(label, FONT_BOLD, inner, _sizes(20 * scale, 10 * scale, 1 * scale), lambda s: 1).size
    pdf.setFillColor(colors.HexColor(ink))
    pdf.setFont(FONT_BOLD, label_size)
    pdf.drawCentredString(x + width / 2, y + (band_height - label_size * 0.7) / 2, label)

    pdf.setFillColor(INK)
    pdf.setFont(FONT_BOLD, code_size)
    pdf.drawCentredString(x + width / 2, code_y, attendee.code)
    # As large as the room under the text allows, within what a hand scanner reads well.
    qr_size = max(QR_SMALLEST * scale, min(40 * mm * scale, cursor - qr_y - 1 * mm * scale))
    draw_qr(pdf, attendee.code, x + (width - qr_size) / 2, qr_y, qr_size)


@dataclass(frozen=True)
class _Part:
    text: FittedText
    font: str
    colour: Any
    gap: float  # after it, at A6 scale


def _fit_block(attendee: Attendee, width: float, room: float, scale: float) -> list[_Part]:
    """The badge's lines of text at the largest sizes that fit `room`: the name's size is tried from the
    largest down, and for each the other lines from their own largest down, never above a share of the
    name's (a job title is never set larger than the name). Long words break, nothing is cut."""
    # (text, font, colour, largest size at A6, share of the name's size it may reach, gap after it)
    wanted = [
        (attendee.full_name, FONT_BOLD, INK, 24.0, 1.0, 1.5 * mm),
        (attendee.title, FONT, MUTED, 10.0, 0.7, 1.0 * mm),
        (attendee.organisation_name or "", FONT_BOLD, INK, 11.0, 0.8, 1.5 * mm),
        (attendee.region_name or "", FONT, MUTED, 9.0, 0.7, 0.0),
    ]
    wanted = [part for part in wanted if part[0].strip()]
    best: list[_Part] = []
    readable = max(READABLE, SMALLEST_PRINTED / scale)  # on a small card the floor is the printed size
    for name_size in _sizes(24.0, readable, 0.5):
        for share in (1.0, 0.9, 0.8):
            parts = []
            for text, font, colour, largest, of_name, gap in wanted:
                size = name_size if of_name == 1.0 else max(readable, min(largest * share, name_size * of_name))
                lines = _wrap(text, font, size * scale, width)
                parts.append(_Part(FittedText(size * scale, lines), font, colour, gap))
            best = parts
            if _height(parts, scale) <= room:
                return parts
    return best  # the smallest sizes: a badge with a very long text crowds its QR code, never loses a word


def _height(parts: list[_Part], scale: float) -> float:
    return sum(len(part.text.lines) * part.text.size * LEADING + part.gap * scale for part in parts)


def _ellipsis_if_needed(text: str, font: str, size: float, width: float) -> str:
    return text if _width(text, font, size) <= width else _ellipsis(text, font, size, width)


def _cut_marks(pdf: canvas.Canvas, x: float, y: float, width: float, height: float) -> None:
    """Short lines outside each corner of a card, along its edges, to guide the cutter."""
    gap, length = BLEED + 0.5 * mm, 2.5 * mm  # beyond the bleed, within the gutter
    pdf.setStrokeColor(colors.black)
    pdf.setLineWidth(0.3)
    for corner_x, dx in ((x, -1), (x + width, 1)):
        for corner_y, dy in ((y, -1), (y + height, 1)):
            pdf.line(corner_x + dx * gap, corner_y, corner_x + dx * (gap + length), corner_y)
            pdf.line(corner_x, corner_y + dy * gap, corner_x, corner_y + dy * (gap + length))


def render(
    info: DocumentInfo,
    attendees: Sequence[Attendee],
    output: str | os.PathLike[str],
    *,
    layout: str = LAYOUT_A6,
    progress: ProgressCallback | None = None,
) -> int:
    """Write the badges of `attendees` (in that order) to `output`; returns the number of pages."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown badge layout {layout!r}")
    register_fonts()
    paper = PAPERS[layout]
    pagesize = paper.pagesize
    # Starting in the embedded font: a canvas names Helvetica on every page otherwise (not embedded: a
    # print shop's preflight flags it).
    pdf = canvas.Canvas(str(output), pagesize=pagesize, pageCompression=1, initialFontName=FONT)
    pdf.setTitle(f"{info.title} — {info.event.name}")
    pdf.setAuthor(info.author())
    pdf.setCreator("EventDesk")
    pdf.setSubject(info.generated_text())
    tick = progress or (lambda done, total: None)
    total = len(attendees)
    pages = 0
    if not attendees:
        pdf.setFont(FONT, 10)
        pdf.drawCentredString(pagesize[0] / 2, pagesize[1] / 2, tr("Tidak ada tanda pengenal untuk dicetak."))
        pdf.showPage()
        pdf.save()
        return 1
    if not paper.four_up:
        for index, attendee in enumerate(attendees, start=1):
            draw_badge(pdf, attendee, info, 0, 0, *pagesize)
            pdf.showPage()
            pages += 1
            tick(index, total)
    else:
        width, height = CARD_4UP
        left = (pagesize[0] - 2 * width - GUTTER) / 2
        bottom = (pagesize[1] - 2 * height - GUTTER) / 2
        slots = [
            (left, bottom + height + GUTTER),
            (left + width + GUTTER, bottom + height + GUTTER),
            (left, bottom),
            (left + width + GUTTER, bottom),
        ]
        for start in range(0, total, 4):
            for (slot_x, slot_y), attendee in zip(
                slots, attendees[start : start + 4], strict=False
            ):  # the last page may hold fewer
                draw_badge(pdf, attendee, info, slot_x, slot_y, width, height)
                _cut_marks(pdf, slot_x, slot_y, width, height)
            pdf.showPage()
            pages += 1
            tick(min(start + 4, total), total)
    pdf.save()
    return pages
