"""The signed-agreement summary's content: only signed agreements, in signing order, totals and fingerprint."""

from dataclasses import replace
from datetime import date, timedelta

from eventdesk.domain.clock import local_moment
from eventdesk.domain.enums import AgreementKind, AgreementStatus
from eventdesk.domain.models import Agreement, AgreementParty
from eventdesk.domain.signed_summary import build_signed_summary, canonical_text, fingerprint

TEN = local_moment(date(2025, 5, 8), 10, 0, "Asia/Makassar")


def agreement(id_, kind, status=AgreementStatus.SIGNED, value=None, minutes=0, number=""):
    parties = [
        AgreementParty(
            f"{id_}1",
            id_,
            "o1",
            1,
            "Dinas A",
            region_name="Jawa Timur",
            signatory_id="s1",
            signatory_name="Budi",
            signatory_title="Kepala Dinas",
            signed_by_id="s1",
            signed_by_name="Budi",
        ),
        AgreementParty(
            f"{id_}2",
            id_,
            "o2",
            2,
            "PT B",
            region_name="Kalimantan Timur",
            signatory_id="s2",
            signatory_name="Rahmat",
            signatory_title="Direktur",
            signed_by_id="s2",
            signed_by_name="Rahmat",
        ),
    ]
    signed_at = TEN + timedelta(minutes=minutes) if status is AgreementStatus.SIGNED else None
    return Agreement(
        id_, kind, f"Perjanjian {id_}", status, number=number, value_idr=value, signed_at=signed_at, parties=parties
    )


MIX = [
    agreement("late", AgreementKind.CONTRACT, value=48_000_000_000, minutes=30),
    agreement("draft", AgreementKind.CONTRACT, AgreementStatus.DRAFT, value=1_000_000_000),
    agreement("early", AgreementKind.MOU, minutes=0),
    agreement("cancelled", AgreementKind.LOI, AgreementStatus.CANCELLED, value=5),
    agreement("loi", AgreementKind.LOI, value=150_000_000_000, minutes=10),
    agreement("postponed", AgreementKind.PKS, AgreementStatus.POSTPONED),
    agreement("scheduled", AgreementKind.PKS, AgreementStatus.SCHEDULED),
    agreement("contract", AgreementKind.CONTRACT, value=22_500_000_000, minutes=20),
]


def test_only_signed_agreements_are_listed_in_the_order_they_were_signed():
    summary = build_signed_summary(MIX)
    assert [a.id for a in summary.agreements] == ["early", "loi", "contract", "late"]


def test_totals_by_kind_count_every_signed_agreement_and_add_only_the_values_given():
    summary = build_signed_summary(MIX)
    assert [(t.kind.value, t.count, t.with_value, t.value_idr) for t in summary.by_kind] == [
        ("mou", 1, 0, 0),
        ("pks", 0, 0, 0),
        ("contract", 2, 2, 70_500_000_000),
        ("loi", 1, 1, 150_000_000_000),
    ]
    assert (summary.count, summary.with_value, summary.total_value_idr) == (4, 3, 220_500_000_000)


def test_the_fingerprint_is_twelve_hex_digits_that_follow_the_content_not_the_input_order():
    summary = build_signed_summary(MIX)
    assert len(summary.fingerprint) == 12 and int(summary.fingerprint, 16) >= 0
    assert build_signed_summary(list(reversed(MIX))).fingerprint == summary.fingerprint
    assert fingerprint(summary.agreements) == summary.fingerprint


def test_the_fingerprint_changes_with_any_printed_detail_and_ignores_unsigned_agreements():
    base = build_signed_summary(MIX).fingerprint
    renamed = [replace(a, title="Perjanjian Lain") if a.id == "loi" else a for a in MIX]
    assert build_signed_summary(renamed).fingerprint != base
    retimed = [replace(a, signed_at=a.signed_at + timedelta(minutes=1)) if a.id == "early" else a for a in MIX]
    assert build_signed_summary(retimed).fingerprint != base
    draft_changed = [replace(a, title="Apa saja") if a.id == "draft" else a for a in MIX]
    assert build_signed_summary(draft_changed).fingerprint == base


def test_the_canonical_text_holds_no_ids_and_keeps_names_as_typed():
    named = [replace(agreement("x", AgreementKind.MOU), title="PT <Maju> & Sons — Đặng Thị Ngọc Ánh")]
    text = canonical_text(named)
    assert "PT <Maju> & Sons — Đặng Thị Ngọc Ánh" in text
    assert '"x1"' not in text and '"o1"' not in text
    assert '"signed_at":"2025-05-08T02:00:00.000000Z"' in text


def test_an_event_with_nothing_signed_has_an_empty_summary():
    summary = build_signed_summary([a for a in MIX if a.status is not AgreementStatus.SIGNED])
    assert (summary.count, summary.total_value_idr) == (0, 0)
    assert summary.fingerprint == fingerprint([])
