"""The signing run-sheet (`report schedule`) for the MC and protocol staff, in type readable at arm's length.

One section per day and spot (each from a new page), slots in time order:
time, agreement, parties, signatories with their titles, status, MC notes,
and any conflict or signatory not checked in at the time of printing.
"""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from eventdesk.domain.clock import in_zone, written_time, zone_abbreviation
from eventdesk.domain.documents import DocumentInfo, format_long_date
from eventdesk.domain.enums import AgreementStatus, SpotKind
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Agreement
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


def _styles() -> dict[str, ParagraphStyle]:
    # Body type 14 pt, times 22 pt: read from a lectern or a table edge, not from the hand.
    return {
        "spot": _style("rs_spot", 26, bold=True, color=ACCENT),
        "day": _style("rs_day", 15, color=MUTED),
        "time": _style("rs_time", 24, bold=True),
        "until": _style("rs_until", 14, color=MUTED),
        "status": _style("rs_status", 13, bold=True),
        "kind": _style("rs_kind", 13, color=MUTED),
        "title": _style("rs_title", 18, bold=True),
        "role": _style("rs_role", 14, bold=True),
        "body": _style("rs_body", 14),
        "note": _style("rs_note", 14, bold=True),
        "warning": _style("rs_warning", 13, bold=True, color=WARNING),
        "small": _style("rs_small", 11, color=MUTED),
    }


def _p(value: object, style: ParagraphStyle, *, color: Any = None) -> Paragraph:
    markup = text(value)
    if color is not None:
        markup = f'<font color="#{color.hexval()[2:]}">{markup}</font>'
    return Paragraph(markup, style)


def render(
    info: DocumentInfo, sheet: RunSheet, output: str | os.PathLike[str], progress: ProgressCallback | None = None
) -> None:
    found = _styles()
    story: list[Flowable] = []
    if not sheet.sections:
        story.append(_p(tr("Susunan Acara Penandatanganan"), found["spot"]))
        story.append(Spacer(1, 6 * mm))
        story.append(_p(tr("Belum ada penandatanganan yang dijadwalkan."), found["body"]))
    for index, section in enumerate(sheet.sections):
        if index:
            story.append(PageBreak())
        story += _section(section, sheet.timezone, found)
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


def _entry(entry: RunSheetEntry, zone_name: str, found: dict[str, ParagraphStyle]) -> Table:
    agreement = entry.agreement
    assert agreement.slot is not None
    zone = zone_abbreviation(zone_name, agreement.slot.starts_at)
    times = [
        _p(clock_text(agreement.slot.starts_at, zone_name), found["time"]),
        _p(
            tr("s.d. {time} {zone}").format(time=clock_text(agreement.slot.ends_at, zone_name), zone=zone),
            found["until"],
        ),
    ]
    body: list[Flowable] = [_status(entry, zone_name, found)]
    kind_line = agreement.kind.label + (f" · {agreement.number}" if agreement.number else "")
    body += [_p(kind_line, found["kind"]), _p(agreement.title, found["title"]), Spacer(1, 2 * mm)]
    body += _parties(agreement, zone_name, found)
    if agreement.witnesses:
        body.append(_p(tr("Saksi: {witnesses}").format(witnesses=agreement.witnesses), found["body"]))
    if agreement.mc_notes:
        note = Table(
            [[_p(tr("Catatan MC: {note}").format(note=agreement.mc_notes), found["note"])]],
            colWidths=[WIDTH - TIME_COLUMN - 8 * mm],
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
    table = Table([[times, body]], colWidths=[TIME_COLUMN, WIDTH - TIME_COLUMN])
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
        lines.append(Spacer(1, 1.5 * mm))
    return lines
