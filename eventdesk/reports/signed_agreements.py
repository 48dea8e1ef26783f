"""The signed-agreement summary (`report agreements`): the document the officials sign off and the press quotes.

Signed agreements only, numbered in signing order; totals by kind and in
value; the "Mengetahui" block for the certifying officials (name, NIP, room
for the signature and the office stamp), never alone on its page: the last
agreement, the totals and the signatures are kept together, so a signature
page cannot be stapled to another list. Every page has a paraf box for each
official and the content's fingerprint; the organiser's letterhead opens the
first page. Optionally one page per agreement after the list.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from eventdesk.domain.clock import format_long_date, in_zone, written_time, zone_abbreviation
from eventdesk.domain.documents import DocumentInfo, event_dates
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Agreement, Official
from eventdesk.domain.money import format_full, format_words
from eventdesk.domain.signed_summary import SignedSummary
from eventdesk.domain.wording import absent_mark, moment_text, organisation_text, party_role, signer_text
from eventdesk.reports.approval import approval, centred
from eventdesk.reports.frame import (
    ACCENT,
    INK,
    RULE,
    ZEBRA,
    ProgressCallback,
    build_pdf,
    data_table,
    para,
)
from eventdesk.reports.letterhead import letterhead

WIDTH = 174 * mm  # A4 less the margins of frame.py


def render(
    info: DocumentInfo,
    summary: SignedSummary,
    output: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    *,
    detail_pages: bool = False,
) -> None:
    info = replace(info, fingerprint=summary.fingerprint)
    zone_name = info.event.timezone
    story: list[Flowable] = [*letterhead(info.event, WIDTH), *_opening(info, summary)]
    story.append(para(tr("Daftar perjanjian"), "heading"))
    blocks = [
        [_agreement_block(number, agreement, zone_name), Spacer(1, 3 * mm)]
        for number, agreement in enumerate(summary.agreements, start=1)
    ]
    if not blocks:
        blocks = [[para(tr("Belum ada perjanjian yang ditandatangani."), "body")]]
    story += [KeepTogether(block) for block in blocks[:-1]]
    closing = [*_totals(summary), *approval(info, WIDTH), Spacer(1, 5 * mm), _fingerprint_box(info, summary)]
    story.append(KeepTogether([*blocks[-1], *closing]))  # the signatures share a page with the list's end
    if detail_pages:
        for number, agreement in enumerate(summary.agreements, start=1):
            story.append(PageBreak())
            story += _detail_page(number, summary.count, agreement, zone_name)
    build_pdf(output, info, story, progress=progress, initials=initials_of(info.event.officials))


def initials_of(officials: list[Official]) -> list[str]:
    """The label over each official's paraf box: the region they sign for, else their place in the list."""
    return [
        official.region or tr("Pejabat {number}").format(number=number)
        for number, official in enumerate(officials, start=1)
    ]


def _opening(info: DocumentInfo, summary: SignedSummary) -> list[Flowable]:
    event = info.event
    story: list[Flowable] = [
        para(tr("Ringkasan Perjanjian yang Ditandatangani"), "title"),
        para(event.name, "subtitle"),
    ]
    if event.theme:
        story.append(para(tr("Tema: {theme}").format(theme=event.theme), "body"))
    facts = [
        (tr("Tanggal"), event_dates(event) or "–"),
        (tr("Tempat"), ", ".join(part for part in (event.venue, event.city) if part) or "–"),
        (tr("Perjanjian ditandatangani"), str(summary.count)),
        (tr("Nilai perjanjian"), format_full(summary.total_value_idr)),
    ]
    table = Table(
        [[para(label, "small"), para(value, "body", bold=True)] for label, value in facts],
        colWidths=[45 * mm, WIDTH - 45 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [Spacer(1, 2 * mm), table]
    return story


def _facts(agreement: Agreement, zone_name: str) -> list[tuple[str, list[Flowable]]]:
    """(label, paragraphs) of one agreement, as both the list and the detail page print them."""
    parties: list[Flowable] = []
    for party in sorted(agreement.parties, key=lambda p: p.position):
        parties.append(para(f"{party_role(party.position)}: {organisation_text(party)}", "cell_bold"))
        signer = signer_text(party, mark_absent=True)
        parties.append(para(tr("Penanda tangan: {signer}").format(signer=signer), "cell"))
    signed = moment_text(agreement.signed_at, zone_name) if agreement.signed_at else "–"
    if agreement.value_idr is None:
        value = [para(tr("Tidak dicantumkan"), "cell")]
    else:
        value = [para(format_full(agreement.value_idr), "cell_bold"), para(format_words(agreement.value_idr), "cell")]
    facts = [
        (tr("Para pihak"), parties),
        (tr("Waktu penandatanganan"), [para(signed, "cell")]),
        (tr("Sektor"), [para(agreement.sector_name or "–", "cell")]),
        (tr("Nilai"), value),
    ]
    if agreement.scope:
        facts.append((tr("Ruang lingkup"), [para(agreement.scope, "cell")]))
    if agreement.witnesses:
        facts.append((tr("Saksi"), [para(agreement.witnesses, "cell")]))
    return facts


def _heading_lines(agreement: Agreement) -> list[Flowable]:
    kind_line = agreement.kind.label + (f" · {agreement.number}" if agreement.number else "")
    return [para(kind_line, "small"), para(agreement.title, "cell_bold")]


def _agreement_block(number: int, agreement: Agreement, zone_name: str) -> Table:
    rows = [[para(f"{number}.", "cell_bold"), _heading_lines(agreement), ""]]
    for label, value in _facts(agreement, zone_name):
        rows.append(["", para(label, "small"), value])
    table = Table(rows, colWidths=[10 * mm, 38 * mm, WIDTH - 48 * mm])
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (1, 0), (2, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), ZEBRA),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _totals(summary: SignedSummary) -> list[Flowable]:
    rows = [[tr("Jenis perjanjian"), tr("Jumlah"), tr("Dengan nilai"), tr("Nilai")]]
    for total in summary.by_kind:
        rows.append([total.kind.label, str(total.count), str(total.with_value), format_full(total.value_idr)])
    rows.append([tr("Jumlah"), str(summary.count), str(summary.with_value), format_full(summary.total_value_idr)])
    return [
        para(tr("Rekapitulasi"), "heading"),
        data_table(rows, [70 * mm, 22 * mm, 27 * mm, 55 * mm], total_rows=1, align_right=(1, 2, 3)),
        Spacer(1, 2 * mm),
        para(
            tr("Nilai seluruh perjanjian yang ditandatangani: {value}").format(
                value=format_full(summary.total_value_idr)
            ),
            "body",
            bold=True,
        ),
        para(tr("Terbilang: {words}").format(words=format_words(summary.total_value_idr)), "words"),
        para(tr("Perjanjian tanpa nilai (misalnya nota kesepahaman) dihitung jumlahnya saja."), "small"),
        *_absent_note(summary),
    ]


def _absent_note(summary: SignedSummary) -> list[Flowable]:
    """A sentence when some signer has no check-in: the summary must not vouch for a presence unrecorded."""
    absent = sum(
        1
        for agreement in summary.agreements
        for party in agreement.parties
        if party.signer_id and not party.signer_checked_in
    )
    if not absent:
        return []
    return [
        Spacer(1, 1.5 * mm),
        para(
            tr("{count} penanda tangan tidak tercatat check-in di daftar hadir; ditandai {mark}.").format(
                count=absent, mark=absent_mark()
            ),
            "body",
            bold=True,
        ),
    ]


def _fingerprint_box(info: DocumentInfo, summary: SignedSummary) -> Table:
    local = in_zone(info.generated_at, info.event.timezone)
    generated = tr("{date} pukul {time} {zone}").format(
        date=format_long_date(local.date()),
        time=written_time(local),
        zone=zone_abbreviation(info.event.timezone, info.generated_at),
    )
    lines = [
        para(tr("Sidik isi: {fingerprint}").format(fingerprint=summary.fingerprint), "body", bold=True),
        para(
            tr(
                "Pemeriksaan isi, bukan tanda tangan. Dibuat {generated} dari data {count} perjanjian yang "
                "ditandatangani. Sidik isi yang sama di layar Jadwal Penandatanganan EventDesk berarti isi dokumen "
                "ini belum berubah sejak dicetak."
            ).format(generated=generated, count=summary.count),
            "small",
        ),
    ]
    box = Table([[lines]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def _detail_page(number: int, count: int, agreement: Agreement, zone_name: str) -> list[Flowable]:
    story: list[Flowable] = [
        para(tr("Perjanjian {number} dari {count}").format(number=number, count=count), "small"),
        para(agreement.title, "title"),
        para(agreement.kind.label + (f" · {agreement.number}" if agreement.number else ""), "subtitle"),
    ]
    rows = [[para(label, "small"), value] for label, value in _facts(agreement, zone_name)]
    table = Table(rows, colWidths=[45 * mm, WIDTH - 45 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]))
    story += [table, Spacer(1, 8 * mm), para(tr("Tanda tangan para pihak"), "heading")]
    cells = []
    for party in sorted(agreement.parties, key=lambda p: p.position):
        cells.append(
            [
                centred(party_role(party.position), "small"),
                centred(organisation_text(party), "cell"),
                Spacer(1, 22 * mm),
                centred(party.signer_name or "." * 50, "cell_bold"),
                centred(party.signer_title, "cell"),
            ]
        )
    grid: list[list[Any]] = [cells[start : start + 2] for start in range(0, len(cells), 2)]
    if grid and len(grid[-1]) < 2:
        grid[-1].append("")
    if grid:
        signatures = Table(grid, colWidths=[WIDTH / 2] * 2)
        signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4 * mm)]))
        story.append(signatures)
    return story
