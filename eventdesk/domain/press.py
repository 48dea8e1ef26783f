"""What a press release needs besides the figures: the signed agreements, the largest deals, and the
sentences that say how firm and how checked the total is — written once, for the executive summary.

A journalist quotes sentences, not footnotes: how much of the total is only an
interest or a letter of intent, how much is committed, contracted or realised,
how much a supervisor has verified, and whether the signed agreements' values
are inside the total or beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventdesk.domain.day_curve import DayCurve
from eventdesk.domain.enums import HostSide, TransactionStage
from eventdesk.domain.figures import EventFigures, TransactionTotals
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Agreement, Transaction
from eventdesk.domain.money import format_compact, format_full, percent
from eventdesk.domain.signed_summary import SignedSummary

LARGEST_SHOWN = 10  # the "10 besar" the press prints
AGREEMENTS_SHOWN = 10  # signed agreements named on the one-page summary; all of them are in their own report
FIRM_STAGES = (TransactionStage.COMMITMENT, TransactionStage.CONTRACT, TransactionStage.REALISED)


@dataclass(frozen=True)
class PressFacts:
    figures: EventFigures
    signed: SignedSummary
    largest: list[Transaction] = field(default_factory=list)  # booked, largest first
    linked_count: int = 0  # booked deals recorded against a signed or planned agreement
    linked_value_idr: int = 0
    host_name: str = ""  # the host delegation's region, for the sentence from its side
    curve: DayCurve | None = None  # the booked total through the mission day


def firmness_sentence(totals: TransactionTotals) -> str:
    """How much of the total is only an interest or LoI, and how much is committed, contracted or realised."""
    interest = totals.stage(TransactionStage.INTEREST).value_idr
    firm = sum(totals.stage(stage).value_idr for stage in FIRM_STAGES)
    return tr(
        "Dari total itu, {interest} ({interest_share}) baru berupa minat atau LoI, dan {firm} ({firm_share}) "
        "sudah berupa komitmen, kontrak atau terealisasi."
    ).format(
        interest=format_full(interest),
        interest_share=percent(interest, totals.total_idr),
        firm=format_full(firm),
        firm_share=percent(firm, totals.total_idr),
    )


def target_sentence(total_idr: int, target_idr: int | None) -> str:
    """`Target Rp650.000.000.000 tercapai 102,5%.`; nothing when the event has no target."""
    if not target_idr:
        return ""
    return tr("Target {target} tercapai {share}.").format(
        target=format_full(target_idr), share=percent(total_idr, target_idr)
    )


def host_sentence(totals: TransactionTotals, host_name: str) -> str:
    """From the host delegation's side, as the province announces it: sales, purchases, investment."""
    if not totals.by_host or not host_name:
        return ""
    return tr("Dari sisi {host}: penjualan {sales}, pembelian {purchases}, investasi {investment}.").format(
        host=host_name,
        sales=format_full(totals.host(HostSide.SALES).value_idr),
        purchases=format_full(totals.host(HostSide.PURCHASES).value_idr),
        investment=format_full(totals.host(HostSide.INVESTMENT).value_idr),
    )


def verification_sentence(totals: TransactionTotals) -> str:
    return tr("{verified} ({share}) telah diverifikasi penyelia; {unverified} belum.").format(
        verified=format_full(totals.verified.value_idr),
        share=percent(totals.verified.value_idr, totals.total_idr),
        unverified=format_full(totals.unverified.value_idr),
    )


def agreements_sentence(facts: PressFacts) -> str:
    """Whether the signed agreements' values are inside the total (through the deals booked for them) or beside it."""
    value = facts.signed.total_value_idr
    if facts.linked_count:
        return tr(
            "{count} transaksi senilai {linked} tercatat untuk perjanjian dan sudah termasuk dalam total; nilai "
            "perjanjian yang ditandatangani ({value}) tidak dijumlahkan lagi."
        ).format(count=facts.linked_count, linked=format_full(facts.linked_value_idr), value=format_full(value))
    if value:
        return tr(
            "Nilai perjanjian yang ditandatangani ({value}) dicatat terpisah, tidak termasuk dalam total."
        ).format(value=format_full(value))
    return ""


def sectors_sentence(totals: TransactionTotals) -> str:
    """`Pengolahan Hasil Bumi Rp197,82 miliar (29,7%); Perikanan …`: every sector, largest first, in one paragraph."""
    parts = [
        f"{share.label} {format_compact(share.value_idr)} ({percent(share.value_idr, totals.total_idr)})"
        for share in totals.by_sector
        if share.value_idr
    ]
    return "; ".join(parts) + "." if parts else tr("Belum ada transaksi.")


def agreements_shown(signed: SignedSummary) -> list[Agreement]:
    """The signed agreements a one-page summary names: every one while they are AGREEMENTS_SHOWN or fewer, in
    signing order; else the AGREEMENTS_SHOWN of the largest value, largest first (the rest are counted in the
    total and listed in the report of signed agreements). Sixty-three named in full made the page's type 3 pt."""
    if len(signed.agreements) <= AGREEMENTS_SHOWN:
        return list(signed.agreements)
    ranked = sorted(signed.agreements, key=lambda agreement: -(agreement.value_idr or 0))  # stable: ties by signing
    return ranked[:AGREEMENTS_SHOWN]


def witnesses(signed: SignedSummary) -> list[str]:
    """Everyone named as a witness of a signed agreement, each once, in signing order."""
    seen: dict[str, None] = {}
    for agreement in signed.agreements:
        for line in agreement.witnesses.splitlines():
            if line.strip():
                seen.setdefault(" ".join(line.split()), None)
    return list(seen)
