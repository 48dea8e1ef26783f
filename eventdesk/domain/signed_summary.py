"""What the signed-agreement summary lists: the signed agreements in order, totals by kind, a fingerprint.

The fingerprint is the first 12 hex digits of SHA-256 over a canonical JSON of
exactly what the summary prints about each agreement (no ids, no labels in a
language), so a printed copy can be matched to the data of any desk, in any
language: `eventdesk fingerprint FILE` recomputes it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from eventdesk.domain.clock import to_iso
from eventdesk.domain.enums import AgreementKind, AgreementStatus
from eventdesk.domain.models import Agreement

FINGERPRINT_LENGTH = 12


@dataclass(frozen=True)
class KindTotal:
    """Signed agreements of one kind: how many, how many carry a value, and the sum of those values."""

    kind: AgreementKind
    count: int
    with_value: int
    value_idr: int


@dataclass
class SignedSummary:
    agreements: list[Agreement]
    by_kind: list[KindTotal]
    total_value_idr: int
    fingerprint: str

    @property
    def count(self) -> int:
        return len(self.agreements)

    @property
    def with_value(self) -> int:
        return sum(total.with_value for total in self.by_kind)


def signed_in_order(agreements: Iterable[Agreement]) -> list[Agreement]:
    """Only the signed agreements, in the order they were signed (then by number and title)."""
    signed = [agreement for agreement in agreements if agreement.status is AgreementStatus.SIGNED]
    return sorted(signed, key=lambda a: (a.signed_at.isoformat() if a.signed_at else "", a.number, a.title, a.id))


def canonical_text(agreements: Iterable[Agreement]) -> str:
    """The listed agreements as one canonical JSON text: sorted keys, no spaces, UTF-8 as typed."""
    listed = []
    for agreement in agreements:
        listed.append(
            {
                "kind": agreement.kind.value,
                "number": agreement.number,
                "title": agreement.title,
                "scope": agreement.scope,
                "sector": agreement.sector_name or "",
                "value_idr": agreement.value_idr,
                "signed_at": to_iso(agreement.signed_at) if agreement.signed_at else None,
                "witnesses": agreement.witnesses,
                "parties": [
                    {
                        "position": party.position,
                        "organisation": party.organisation_name,
                        "region": party.region_name or "",
                        "signer": party.signer_name or "",
                        "title": party.signer_title,
                        "substitute_for": (party.signatory_name or "") if party.is_substitute else "",
                        "substitute_note": party.substitute_note if party.is_substitute else "",
                    }
                    for party in sorted(agreement.parties, key=lambda p: p.position)
                ],
            }
        )
    return json.dumps(listed, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(agreements: Iterable[Agreement]) -> str:
    """`3f9a1c2b7d4e`: a short fingerprint of the listed agreements' content."""
    return hashlib.sha256(canonical_text(agreements).encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def build_signed_summary(agreements: Iterable[Agreement]) -> SignedSummary:
    """The summary of the signed agreements among `agreements` (any others are left out)."""
    signed = signed_in_order(agreements)
    by_kind = []
    for kind in AgreementKind:
        of_kind = [agreement for agreement in signed if agreement.kind is kind]
        valued = [agreement.value_idr for agreement in of_kind if agreement.value_idr is not None]
        by_kind.append(KindTotal(kind, len(of_kind), len(valued), sum(valued)))
    return SignedSummary(
        agreements=signed,
        by_kind=by_kind,
        total_value_idr=sum(total.value_idr for total in by_kind),
        fingerprint=fingerprint(signed),
    )
