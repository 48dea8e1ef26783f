"""The attendee list and check-in report (`report attendees`): by region and organisation, with totals.

Names, titles and organisations print exactly as typed (escaped); phone numbers
are masked (`0812****7890`) unless the operator asks for them in full.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from itertools import groupby

from babel.numbers import format_percent
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

from eventdesk.domain.attendance import Attendance, AttendanceLine, by_delegation
from eventdesk.domain.clock import in_zone, written_time
from eventdesk.domain.contact import local_phone, mask_phone
from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.i18n import language, tr
from eventdesk.domain.models import Attendee
from eventdesk.domain.progress import ProgressCallback
from eventdesk.domain.quantity import format_count
from eventdesk.reports.frame import build_pdf, data_table, para

WIDTHS = [10 * mm, 44 * mm, 29 * mm, 26 * mm, 27 * mm, 21 * mm, 17 * mm]  # 174 mm: the A4 body


def _share(part: int, whole: int) -> str:
    if whole == 0:
        return "–"
    return format_percent(part / whole, format="#,##0%", locale="en" if language() == "en" else "id")


def _totals_table(title: str, lines: Sequence[AttendanceLine], registered: int, checked_in: int) -> Table:
    rows = [[title, tr("Terdaftar"), tr("Hadir"), tr("Persentase")]]
    rows += [
        [
            line.label,
            format_count(line.registered),
            format_count(line.checked_in),
            _share(line.checked_in, line.registered),
        ]
        for line in lines
    ]
    rows.append([tr("Jumlah"), format_count(registered), format_count(checked_in), _share(checked_in, registered)])
    return data_table(rows, [70 * mm, 30 * mm, 30 * mm, 30 * mm], total_rows=1, align_right=(1, 2, 3))


def render(
    info: DocumentInfo,
    attendees: Sequence[Attendee],
    attendance: Attendance,
    output: str | os.PathLike[str],
    *,
    region_order: Sequence[str] = (),
    unmasked: bool = False,
    summary_only: bool = False,
    progress: ProgressCallback | None = None,
) -> None:
    """`attendees` (not deleted) grouped by region (in `region_order`) then organisation, and the totals;
    `summary_only`: the totals by category and region alone."""
    zone = info.event.timezone
    story = [para(tr("Daftar Hadir Peserta"), "title"), para(info.event.name, "subtitle")]
    note = tr("Nomor telepon ditampilkan lengkap.") if unmasked else tr("Nomor telepon disamarkan.")
    story.append(para(note, "small"))
    story.append(para(tr("Jumlah per kategori"), "heading"))
    story.append(_totals_table(tr("Kategori"), attendance.by_category, attendance.registered, attendance.checked_in))
    story.append(para(tr("Jumlah per daerah"), "heading"))
    story.append(_totals_table(tr("Daerah"), attendance.by_region, attendance.registered, attendance.checked_in))

    if summary_only:
        build_pdf(output, info, story, progress=progress)
        return
    no_region = tr("Tanpa daerah")
    no_organisation = tr("(tanpa organisasi)")
    order = {name: index for index, name in enumerate(region_order)}

    def region_key(attendee: Attendee) -> tuple[int, str]:
        name = attendee.region_name or no_region
        return (order.get(name, len(order) + (1 if attendee.region_name is None else 0)), name.casefold())

    def organisation_key(attendee: Attendee) -> tuple[int, str, str]:
        name = attendee.organisation_name or ""
        return (0 if name else 1, name.casefold(), attendee.organisation_id or "")

    ordered = by_delegation(attendees, region_order)
    header = [tr("No."), tr("Nama"), tr("Jabatan"), tr("Kategori"), tr("Telepon"), tr("Kode"), tr("Hadir")]
    for _, in_region in groupby(ordered, key=region_key):
        people = list(in_region)
        region_name = people[0].region_name or no_region
        arrived = sum(1 for person in people if person.checked_in)
        story.append(CondPageBreak(40 * mm))
        story.append(
            para(
                tr("{region} — {registered} terdaftar, {arrived} hadir").format(
                    region=region_name, registered=format_count(len(people)), arrived=format_count(arrived)
                ),
                "heading",
            )
        )
        for _, in_organisation in groupby(people, key=organisation_key):
            members = list(in_organisation)
            first = members[0]
            caption = first.organisation_name or no_organisation
            if first.organisation_kind is not None:
                caption = f"{caption} · {first.organisation_kind.label}"
            rows: list[list[object]] = [list(header)]
            for number, person in enumerate(members, start=1):
                when = written_time(in_zone(person.checked_in_at, zone)) if person.checked_in_at else "–"
                phone = local_phone(person.phone) if unmasked else mask_phone(person.phone)
                rows.append(
                    [str(number), person.full_name, person.title, person.category.label, phone, person.code, when]
                )
            table = data_table(rows, WIDTHS, align_right=(0,))
            story.append(
                KeepTogether([Spacer(1, 2 * mm), para(caption, "cell_bold"), table]) if len(members) <= 12 else table
            )
            if len(members) > 12:
                story.insert(len(story) - 1, para(caption, "cell_bold"))
    if not ordered:
        story.append(para(tr("Belum ada peserta terdaftar."), "body"))
    build_pdf(output, info, story, progress=progress)
