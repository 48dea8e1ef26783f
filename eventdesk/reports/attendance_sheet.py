"""The sign-in sheet (`report attendance`, *Daftar Hadir*) that the expense file (SPJ) and the auditors require.

One section per event day: the organiser's letterhead, the numbered list of
every registered attendee as delegations sit (No., Nama, Jabatan, Instansi,
Daerah, No. HP masked unless asked) and a *Tanda Tangan* column in two halves,
odd numbers signing on the left and even on the right as Indonesian sheets do,
with the committee's *Mengetahui* at the end. Blank (names printed, signatures
empty) for the table at the door, or `filled`: the record, with the check-in
time in the signature cell of whoever checked in that day.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from eventdesk.domain.attendance import by_delegation
from eventdesk.domain.clock import format_long_date, in_zone, written_time
from eventdesk.domain.contact import local_phone, mask_phone
from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee
from eventdesk.domain.progress import ProgressCallback
from eventdesk.reports.approval import approval
from eventdesk.reports.frame import INK, RULE, build_pdf, para
from eventdesk.reports.letterhead import letterhead

WIDTH = 174 * mm
# No. | Nama | Jabatan | Instansi | Daerah | No. HP | Tanda tangan (two halves)
WIDTHS = [10 * mm, 33 * mm, 24 * mm, 29 * mm, 19 * mm, 25 * mm, 17 * mm, 17 * mm]
CHUNK = 60  # rows per table piece
ROW_HEIGHT = 8 * mm  # the least a row is high, beside its padding and number: room for a signature


def render(
    info: DocumentInfo,
    attendees: Sequence[Attendee],
    days: Sequence[date],
    output: str | os.PathLike[str],
    *,
    region_order: Sequence[str] = (),
    unmasked: bool = False,
    filled: bool = False,
    progress: ProgressCallback | None = None,
) -> None:
    zone = info.event.timezone
    ordered = by_delegation(attendees, region_order)
    story: list[Flowable] = []
    for index, day in enumerate(days or [None]):
        if index:
            story.append(PageBreak())
        story += letterhead(info.event, WIDTH)
        story.append(para(tr("Daftar Hadir"), "title"))
        story.append(para(info.event.name, "subtitle"))
        when = format_long_date(day, weekday=True) if day else tr("(tanggal acara belum diisi)")
        place = ", ".join(part for part in (info.event.venue, info.event.city) if part)
        story.append(para(f"{when}" + (f" · {place}" if place else ""), "body", bold=True))
        if filled:
            story.append(para(tr("Catatan kehadiran: jam check-in tercantum bagi yang hadir hari itu."), "small"))
        story.append(Spacer(1, 3 * mm))
        # In pieces of CHUNK rows: one table of 20,000 rows is re-split on every page (minutes, gigabytes).
        for start in range(0, max(len(ordered), 1), CHUNK):
            story.append(_sheet(ordered[start : start + CHUNK], start, day, zone, unmasked=unmasked, filled=filled))
        story.append(KeepTogether(approval(info, WIDTH)))
    build_pdf(output, info, story, progress=progress)


def _sheet(
    people: Sequence[Attendee], first: int, day: date | None, zone: str, *, unmasked: bool, filled: bool
) -> Table:
    """Rows `first + 1`… of the sheet, with the header (repeated on each page the piece runs over)."""
    header: list[Any] = [
        tr("No."),
        tr("Nama"),
        tr("Jabatan"),
        tr("Instansi"),
        tr("Daerah"),
        tr("No. HP"),
        tr("Tanda Tangan"),
        "",
    ]
    rows: list[list[Any]] = [[para(cell, "small_cell_bold") if cell else "" for cell in header]]
    for number, person in enumerate(people, start=first + 1):
        phone = local_phone(person.phone) if unmasked else mask_phone(person.phone)
        mark = f"{number}."
        present = (
            filled
            and person.checked_in_at is not None
            and (day is None or in_zone(person.checked_in_at, zone).date() == day)
        )
        signed = (
            tr("hadir {time}").format(time=written_time(in_zone(person.checked_in_at, zone)))
            if present and person.checked_in_at is not None
            else ""
        )
        left, right = (f"{mark} {signed}".strip(), "") if number % 2 else ("", f"{mark} {signed}".strip())
        rows.append(
            [
                [para(str(number), "small_cell_right"), Spacer(1, ROW_HEIGHT)],  # room to sign, however short
                para(person.full_name, "small_cell"),
                para(person.title, "small_cell"),
                para(person.organisation_name or "", "small_cell"),
                para(person.region_name or "", "small_cell"),
                para(phone, "small_cell"),
                para(left, "small_cell"),
                para(right, "small_cell"),
            ]
        )
    if len(rows) == 1:
        rows.append(["", para(tr("Belum ada peserta terdaftar."), "small_cell"), "", "", "", "", "", ""])
    table = Table(rows, colWidths=WIDTHS, repeatRows=1)
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (6, 0), (7, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
