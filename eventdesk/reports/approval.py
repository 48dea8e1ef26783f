"""The "Mengetahui" block: place and date, then a signature cell per certifying official of the settings.

Each cell: the region the official signs for, the title, room for the signature
and the office stamp over it, the name underlined and the NIP below — as an
Indonesian office signs a document off. Shared by every document that is
signed: the signed-agreement summary, the recap, the attendance sheet, the
official record.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from eventdesk.domain.clock import format_long_date
from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Official
from eventdesk.reports.frame import para, styles, text


def approval(info: DocumentInfo, width: float, *, heading: str = "", signed_on: date | None = None) -> list[Flowable]:
    """Place and date (the event's first day, or `signed_on` for a document made later), "Mengetahui,"
    (or `heading`), and the officials' signature cells, two to a row."""
    officials = list(info.event.officials)
    story: list[Flowable] = [Spacer(1, 6 * mm)]
    place = info.event.city or info.event.venue
    day = signed_on or info.event.start_date
    when = format_long_date(day) if day else ""
    if place or when:
        story.append(para(", ".join(part for part in (place, when) if part), "body"))
    story.append(para(heading or tr("Mengetahui,"), "body", bold=True))
    if not officials:
        story.append(para(tr("(Pejabat pengesah belum diisi di Pengaturan acara.)"), "small"))
        officials = [Official("", "", ""), Official("", "", "")]
    columns = 2
    cells = [signature_cell(official) for official in officials]
    rows: list[list[Any]] = [cells[start : start + columns] for start in range(0, len(cells), columns)]
    if len(rows[-1]) < columns:
        rows[-1] += [""] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[width / columns] * columns)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4 * mm)]))
    story.append(table)
    return story


def centred(value: str, style: str) -> Paragraph:
    return Paragraph(text(value), ParagraphStyle(f"{style}_centred", parent=styles()[style], alignment=TA_CENTER))


def signature_cell(official: Official) -> list[Flowable]:
    blank = "." * 50
    return [
        centred(official.region or " ", "small"),
        centred(official.title or blank, "cell"),
        Spacer(1, 3 * mm),
        centred(tr("(tanda tangan dan cap dinas)"), "small"),
        Spacer(1, 24 * mm),  # room for the signature and the office stamp over it
        Paragraph(
            f"<u>{text(official.name or blank)}</u>",
            ParagraphStyle("signer_name", parent=styles()["cell_bold"], alignment=TA_CENTER),
        ),
        centred(tr("NIP. {nip}").format(nip=official.nip or "." * 30), "cell"),
    ]
