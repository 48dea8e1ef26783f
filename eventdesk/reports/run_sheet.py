"""The signing run-sheet (`report schedule`) for the MC and protocol staff, in type readable at arm's length.

By default one running order per day for the MC: every slot in time order
with its spot, agreement, parties, signatories with their titles, witnesses,
status, MC notes, and any conflict or signatory not checked in at the time of
printing. `per_spot` gives a section per day and spot instead, each from a new
page, for the protocol officer at one table.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from eventdesk.domain.clock import format_long_date, in_zone, written_time, zone_abbreviation
from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.enums import AgreementStatus, SpotKind
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Agreement, Slot
from eventdesk.domain.run_sheet import RunSheet, RunSheetEntry, RunSheetSection
from eventdesk.domain.schedule import clock_text
from eventdesk.domain.wording import organisation_text, party_role
from eventdesk.reports.frame import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    ZEBRA,
    ProgressCallback,
    build_pdf,
    styles,
    text,
)

WIDTH = 174 * mm
TIME_COLUMN = 34 * mm
SPOT_COLUMN = 42 * mm  # the running order's spot column: "Penandatanganan" whole at 12 pt, with padding
RUNNING_ORDER_TYPE = 0.85  # the running order's type against a spot's page: body 12 pt, times 20 pt
WARNING = HexColor("#b00020")
SKIPPED = HexColor("#8a5a00")
DONE = HexColor("#1d5f2d")


def _style(
    name: str, size: float, *, bold: bool = False, color: Any = INK, leading: float | None = None
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        parent=styles()["body"],
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=leading or size * 1.25,
        textColor=color,
    )


def _styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    # Body type 14 pt, times 24 pt on a spot's page, read from a table edge; the running order, with a
    # spot column beside, a little smaller (RUNNING_ORDER_TYPE): still read at arm's length from a lectern.
    sizes = {
        "spot": (26, True, ACCENT),
        "day": (15, False, MUTED),
        "time": (24, True, INK),
        "until": (14, False, MUTED),
        "status": (13, True, INK),
        "kind": (13, False, MUTED),
        "title": (18, True, INK),
        "role": (14, True, INK),
        "body": (14, False, INK),
        "note": (14, True, INK),
        "warning": (13, True, WARNING),
        "small": (11, False, MUTED),
    }
    return {
        name: _style(f"rs_{name}_{scale}", round(size * scale * 2) / 2, bold=bold, color=color)
        for name, (size, bold, color) in sizes.items()
    }


def _p(value: object, style: ParagraphStyle, *, color: Any = None) -> Paragraph:
    markup = text(value)
    if color is not None:
        markup = f'<font color="#{color.hexval()[2:]}">{markup}</font>'
    return Paragraph(markup, style)


def render(
    info: DocumentInfo,
    sheet: RunSheet,
    output: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    *,
    per_spot: bool = False,
) -> None:
    found = _styles()
    story: list[Flowable] = []
    if not sheet.sections:
        story.append(_p(tr("Susunan Acara Penandatanganan"), found["spot"]))
        story.append(Spacer(1, 6 * mm))
        story.append(_p(tr("Belum ada penandatanganan yang dijadwalkan."), found["body"]))
    if per_spot:
        for index, section in enumerate(sheet.sections):
            if index:
                story.append(PageBreak())
            story += _section(section, sheet.timezone, found)
    else:
        compact = _styles(RUNNING_ORDER_TYPE)
        for index, (day, entries) in enumerate(sheet.running_order()):
            if index:
                story.append(PageBreak())
            story += _running_order(day, entries, sheet.timezone, compact)
    if sheet.unscheduled:
        story.append(Spacer(1, 8 * mm))
        story.append(
            _p(
                tr(
                    "{count} perjanjian berstatus draf belum dijadwalkan dan tidak tercantum di susunan acara ini."
                ).format(count=len(sheet.unscheduled)),
                found["small"],
            )
        )
    build_pdf(output, info, story, progress=progress)


def _section(section: RunSheetSection, zone_name: str, found: dict[str, ParagraphStyle]) -> list[Flowable]:
    kinds = {SpotKind.STAGE: tr("Panggung"), SpotKind.TABLE: tr("Meja penandatanganan")}
    kind = kinds[section.spot_kind] if section.spot_kind is not None else tr("Tempat tidak ada di pengaturan")
    day = format_long_date(section.day, weekday=True)
    waiting = sum(1 for entry in section.entries if entry.agreement.status is AgreementStatus.SCHEDULED)
    story: list[Flowable] = [
        _p(section.spot, found["spot"]),
        _p(
            f"{day} · {kind} · "
            + tr("{count} slot, {waiting} menunggu").format(count=len(section.entries), waiting=waiting),
            found["day"],
        ),
        Spacer(1, 4 * mm),
    ]
    for entry in section.entries:
        story.append(KeepTogether([_entry(entry, zone_name, found)]))
    return story


def _running_order(
    day: date, entries: list[RunSheetEntry], zone_name: str, found: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """One day's slots in one table, time first, the spot beside it, the header repeated on every page."""
    waiting = sum(1 for entry in entries if entry.agreement.status is AgreementStatus.SCHEDULED)
    story: list[Flowable] = [
        _p(tr("Susunan Acara Penandatanganan"), found["spot"]),
        _p(
            f"{format_long_date(day, weekday=True)} · "
            + tr("{count} slot, {waiting} menunggu").format(count=len(entries), waiting=waiting),
            found["day"],
        ),
        Spacer(1, 3 * mm),
    ]
    header = [_p(label, found["small"]) for label in (tr("Waktu"), tr("Tempat"), tr("Perjanjian dan para pihak"))]
    rows: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]
    for row, entry in enumerate(entries, start=1):
        agreement = entry.agreement
        assert agreement.slot is not None
        times = _times(agreement.slot, zone_name, found)
        rows.append([times, _p(agreement.slot.spot, found["body"]), _body(entry, zone_name, found, SPOT_COLUMN)])
        commands.append(("LINEABOVE", (0, row), (-1, row), 0.8, RULE))
        if entry.skipped:
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    time_column = TIME_COLUMN - 10 * mm  # times at 20 pt need less than a spot's page gives them
    table = Table(rows, colWidths=[time_column, SPOT_COLUMN, WIDTH - time_column - SPOT_COLUMN])
    table.repeatRows = 1
    table.setStyle(TableStyle(commands))
    return [*story, table]


def _status(entry: RunSheetEntry, zone_name: str, found: dict[str, ParagraphStyle]) -> Paragraph:
    agreement = entry.agreement
    if agreement.status is AgreementStatus.SIGNED and agreement.signed_at is not None:
        label = tr("SUDAH DITANDATANGANI pukul {time}").format(time=clock_text(agreement.signed_at, zone_name))
        return _p(label, found["status"], color=DONE)
    if entry.skipped:
        label = tr("{status} — LEWATI").format(status=agreement.status.label.upper())
        if agreement.status_note:
            label += f" ({agreement.status_note})"
        return _p(label, found["status"], color=SKIPPED)
    return _p(agreement.status.label.upper(), found["status"], color=ACCENT)


def _times(slot: Slot, zone_name: str, found: dict[str, ParagraphStyle]) -> list[Flowable]:
    """`10.00` large, `s.d. 10.15 WITA` below it: a slot's time as the MC reads it."""
    zone = zone_abbreviation(zone_name, slot.starts_at)
    until = tr("s.d. {time} {zone}").format(time=clock_text(slot.ends_at, zone_name), zone=zone)
    return [_p(clock_text(slot.starts_at, zone_name), found["time"]), _p(until, found["until"])]


def _entry(entry: RunSheetEntry, zone_name: str, found: dict[str, ParagraphStyle]) -> Table:
    agreement = entry.agreement
    assert agreement.slot is not None
    times = _times(agreement.slot, zone_name, found)
    table = Table([[times, _body(entry, zone_name, found)]], colWidths=[TIME_COLUMN, WIDTH - TIME_COLUMN])
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, INK if not entry.skipped else RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
    ]
    if entry.skipped:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), ZEBRA))
    table.setStyle(TableStyle(commands))
    return table


def _body(entry: RunSheetEntry, zone_name: str, found: dict[str, ParagraphStyle], beside: float = 0) -> list[Flowable]:
    """What the MC reads of one slot: status, agreement, parties and signatories, witnesses, notes, warnings."""
    agreement = entry.agreement
    body: list[Flowable] = [_status(entry, zone_name, found)]
    kind_line = agreement.kind.label + (f" · {agreement.number}" if agreement.number else "")
    body += [_p(kind_line, found["kind"]), _p(agreement.title, found["title"]), Spacer(1, 2 * mm)]
    body += _parties(agreement, zone_name, found)
    if agreement.witnesses:
        names = "; ".join(line.strip() for line in agreement.witnesses.splitlines() if line.strip())
        body.append(_p(tr("Saksi: {witnesses}").format(witnesses=names), found["body"]))
    if agreement.mc_notes:
        note = Table(
            [[_p(tr("Catatan MC: {note}").format(note=agreement.mc_notes), found["note"])]],
            colWidths=[WIDTH - TIME_COLUMN - 8 * mm - beside],
        )
        note.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1, INK),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        body += [Spacer(1, 2 * mm), note]
    for conflict in entry.conflicts:
        body.append(_p(tr("PERHATIAN: {message}").format(message=conflict.message), found["warning"]))
    return body


def _parties(agreement: Agreement, zone_name: str, found: dict[str, ParagraphStyle]) -> list[Flowable]:
    lines: list[Flowable] = []
    waiting = agreement.status is AgreementStatus.SCHEDULED
    for party in sorted(agreement.parties, key=lambda p: p.position):
        lines.append(_p(f"{party_role(party.position)}: {organisation_text(party)}", found["role"]))
        name = party.signer_name
        if name is None:
            lines.append(_p(tr("Penanda tangan belum ditentukan"), found["warning"]))
        else:
            title = f", {party.signer_title}" if party.signer_title else ""
            lines.append(_p(tr("Penanda tangan: {name}{title}").format(name=name, title=title), found["body"]))
            if party.is_substitute:
                lines.append(
                    _p(
                        tr("menggantikan {planned}: {note}").format(
                            planned=party.signatory_name or "–", note=party.substitute_note
                        ),
                        found["small"],
                    )
                )
            elif waiting and party.signatory_checked_in_at is None:
                lines.append(_p(tr("BELUM CHECK-IN saat dicetak"), found["warning"]))
            elif waiting and party.signatory_checked_in_at is not None:
                lines.append(
                    _p(
                        tr("hadir sejak {time}").format(
                            time=written_time(in_zone(party.signatory_checked_in_at, zone_name))
                        ),
                        found["small"],
                    )
                )
        lines.append(Spacer(1, 1 * mm))
    return lines
