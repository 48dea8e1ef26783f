"""The organiser's letterhead (kop surat) at the top of a document officials sign: logo, office, address.

As Indonesian offices print it: the logo on the left, the office's lines in
capitals and centred (the last, the office itself, largest), the address
below, and a thick rule over a thin one across the page. Nothing when the
event's settings name no organiser.
"""

from __future__ import annotations

import io

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer, Table, TableStyle

from eventdesk.domain.models import EventSettings
from eventdesk.reports.frame import FONT, FONT_BOLD, INK, styles, text

LOGO_SIZE = 22 * mm


def letterhead(event: EventSettings, width: float) -> list[Flowable]:
    """The kop as flowables for the top of the first page; [] without an organiser."""
    lines = [line.strip() for line in event.organiser.splitlines() if line.strip()]
    if not lines:
        return []
    base = styles()["body"]
    upper = ParagraphStyle("kop_upper", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=14, alignment=TA_CENTER)
    office = ParagraphStyle("kop_office", parent=upper, fontSize=14, leading=17)
    address = ParagraphStyle("kop_address", parent=base, fontName=FONT, fontSize=8.5, leading=11, alignment=TA_CENTER)
    cells: list[Flowable] = [Paragraph(text(line.upper()), upper) for line in lines[:-1]]
    cells.append(Paragraph(text(lines[-1].upper()), office))
    cells += [Paragraph(text(line), address) for line in event.organiser_address.splitlines() if line.strip()]
    logo = _logo(event.logo)
    table = Table(
        [[logo or "", cells, ""]], colWidths=[LOGO_SIZE + 2 * mm, width - 2 * (LOGO_SIZE + 2 * mm), LOGO_SIZE + 2 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        table,
        Spacer(1, 1.5 * mm),
        HRFlowable(width="100%", thickness=1.6, color=INK, spaceAfter=0.6 * mm),
        HRFlowable(width="100%", thickness=0.5, color=INK, spaceAfter=4 * mm),
    ]


def _logo(data: bytes | None) -> Image | None:
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:
        return None  # a logo that cannot be read leaves the kop without it, as the page header does
    scale = min(LOGO_SIZE / width, LOGO_SIZE / height)
    return Image(io.BytesIO(data), width * scale, height * scale)
