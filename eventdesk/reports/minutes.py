"""The official record (`report minutes`, *Berita Acara*) of the signing ceremony and the recorded transactions.

The letterhead, the title and a number line for the office to fill in, the
opening sentence with the date in words (domain/minutes.py), the agreements
signed with their parties, signatories and values, the transactions recorded
(the total in figures and words, by kind and by stage, how firm and how
verified), the closing sentence, and the officials' signatures with their NIP
on the same page as that sentence.
"""

from __future__ import annotations

import os

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.i18n import tr
from eventdesk.domain.minutes import closing, opening
from eventdesk.domain.money import format_full, format_words
from eventdesk.domain.press import PressFacts, firmness_sentence, verification_sentence
from eventdesk.domain.progress import ProgressCallback
from eventdesk.domain.quantity import format_count
from eventdesk.domain.wording import organisation_text, signer_text
from eventdesk.reports.approval import approval
from eventdesk.reports.breakdowns import kind_table, stage_table
from eventdesk.reports.frame import FONT_BOLD, build_pdf, data_table, para, styles, text
from eventdesk.reports.letterhead import letterhead

WIDTH = 174 * mm


def render(
    info: DocumentInfo, facts: PressFacts, output: str | os.PathLike[str], progress: ProgressCallback | None = None
) -> None:
    event = info.event
    totals = facts.figures.transactions
    signed = facts.signed
    heading = ParagraphStyle("minutes_title", parent=styles()["body"], fontName=FONT_BOLD, fontSize=13, leading=17)
    centred = ParagraphStyle("minutes_centred", parent=heading, alignment=TA_CENTER)
    story: list[Flowable] = [*letterhead(event, WIDTH)]
    story += [
        Paragraph(text(tr("BERITA ACARA")), centred),
        Paragraph(text(event.name.upper()), ParagraphStyle("minutes_event", parent=centred, fontSize=11)),
        para(tr("Nomor: {blank}").format(blank="." * 40), "body"),
        Spacer(1, 4 * mm),
        para(opening(event), "body"),
        Spacer(1, 3 * mm),
        para(tr("I. Perjanjian yang ditandatangani"), "subheading"),
    ]
    if signed.agreements:
        rows: list[list[object]] = [[tr("No."), tr("Perjanjian"), tr("Para pihak dan penanda tangan"), tr("Nilai")]]
        for index, agreement in enumerate(signed.agreements, start=1):
            parties = [
                f"{organisation_text(party)} — {signer_text(party, mark_absent=True)}"
                for party in sorted(agreement.parties, key=lambda p: p.position)
            ]
            value = format_full(agreement.value_idr) if agreement.value_idr is not None else "–"
            kind = agreement.kind.label + (f" {agreement.number}" if agreement.number else "")
            rows.append([str(index), f"{kind}: {agreement.title}", "\n".join(parties), value])
        story.append(data_table(rows, [9 * mm, 52 * mm, 80 * mm, 33 * mm], align_right=(0, 3), compact=True))
        story.append(
            para(
                tr("Jumlah {count} perjanjian, dengan nilai yang dicantumkan {value} ({words}).").format(
                    count=signed.count,
                    value=format_full(signed.total_value_idr),
                    words=format_words(signed.total_value_idr),
                ),
                "body",
            )
        )
    else:
        story.append(para(tr("Tidak ada perjanjian yang ditandatangani."), "body"))
    half = [60 * mm, 36 * mm, 22 * mm, 22 * mm]
    story += [
        para(tr("II. Transaksi perdagangan dan investasi yang tercatat"), "subheading"),
        para(
            tr("Tercatat {count} transaksi dengan nilai {value} ({words}).").format(
                count=format_count(totals.count),
                value=format_full(totals.total_idr),
                words=format_words(totals.total_idr),
            ),
            "body",
        ),
        Spacer(1, 2 * mm),
        kind_table(totals, half, compact=True),
        Spacer(1, 2 * mm),
        stage_table(totals, half, compact=True),
        Spacer(1, 2 * mm),
        para(f"{firmness_sentence(totals)} {verification_sentence(totals)}", "body"),
    ]
    if totals.void_count:
        story.append(
            para(
                tr("{count} transaksi yang dibatalkan tidak termasuk dalam angka di atas.").format(
                    count=format_count(totals.void_count)
                ),
                "small",
            )
        )
    # The closing sentence and the signatures together: never a signature page on its own.
    story.append(KeepTogether([Spacer(1, 4 * mm), para(closing(), "body"), *approval(info, WIDTH)]))
    build_pdf(output, info, story, progress=progress)
