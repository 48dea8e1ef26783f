"""Finding agreements in the register: words typed in the search box plus the filters beside it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from eventdesk.domain.enums import AgreementKind, AgreementStatus
from eventdesk.domain.models import Agreement


def folded(text: str) -> str:
    """Lower case without accents, so `dang thi` finds "Đặng Thị" and `jose` finds "José"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_text(agreement: Agreement) -> str:
    """Everything a user may type to find an agreement, folded."""
    parts = [agreement.title, agreement.number, agreement.scope, agreement.sector_name or "", agreement.witnesses]
    if agreement.slot is not None:
        parts.append(agreement.slot.spot)
    for party in agreement.parties:
        parts += [
            party.organisation_name,
            party.region_name or "",
            party.signatory_name or "",
            party.signed_by_name or "",
            party.signatory_title,
        ]
    return folded(" ".join(parts))


@dataclass(frozen=True)
class AgreementFilter:
    """Every word of `text` must appear; each filter left None lets everything through."""

    text: str = ""
    status: AgreementStatus | None = None
    kind: AgreementKind | None = None
    sector_id: str | None = None
    region_name: str | None = None
    organisation_id: str | None = None

    def matches(self, agreement: Agreement) -> bool:
        if self.status is not None and agreement.status is not self.status:
            return False
        if self.kind is not None and agreement.kind is not self.kind:
            return False
        if self.sector_id is not None and agreement.sector_id != self.sector_id:
            return False
        if self.region_name is not None and all(p.region_name != self.region_name for p in agreement.parties):
            return False
        if self.organisation_id is not None and all(
            p.organisation_id != self.organisation_id for p in agreement.parties
        ):
            return False
        words = folded(self.text).split()
        if words:
            haystack = search_text(agreement)
            return all(word in haystack for word in words)
        return True
