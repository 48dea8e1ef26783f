"""The merge rules on plain audit entries: one desk's history is its latest entry; two desks' meet by the rules."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.domain.merge_results import Coverage, DeskCoverage, MergeOutcome, change_label
from eventdesk.domain.merge_rules import FindingKind, resolve_all, resolve_row
from eventdesk.domain.models import AuditEntry

START = datetime(2025, 5, 8, 1, 0, tzinfo=UTC)


class Desk:
    """Writes audit entries for one row the way records.py does: full before and after, numbered."""

    def __init__(self, desk_id: str, operator: str = "op") -> None:
        self.desk_id, self.operator, self.seq = desk_id, operator, 0

    def entry(self, minute: float, action: str, before, after, row_id="r1") -> AuditEntry:
        self.seq += 1
        at = START + timedelta(minutes=minute)
        stamp = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if after is not None:
            after = {**after, "updated_at": stamp, "desk_id": self.desk_id}
        return AuditEntry(
            id=f"{self.desk_id}-{self.seq}",
            seq=self.seq,
            desk_id=self.desk_id,
            operator=self.operator,
            created_at=at,
            table_name="x",
            row_id=row_id,
            action=action,
            before=before,
            after=after,
            reason="",
            prev_hash="",
            hash="",
        )


def _row(**values):
    return {"id": "r1", "created_at": "2025-05-08T01:00:00.000000Z", **values}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["notes", "title", "status", "checked_in_at"]),
            st.sampled_from([None, "a", "b", "void", "signed"]),
        ),
        max_size=12,
    )
)
def test_one_desks_history_resolves_to_its_latest_entry_whatever_it_did(changes):
    for table in ("organisations", "transactions", "agreements", "attendees"):
        desk = Desk("A")
        state = _row(notes="", title="t", status="booked", checked_in_at=None)
        entries = [desk.entry(0, "insert", None, state)]
        state = entries[0].after
        for minute, (column, value) in enumerate(changes, start=1):
            if state.get(column) == value:
                continue
            entry = desk.entry(minute, "update", state, {**state, column: value})
            entries.append(entry)
            state = entry.after
        resolved, findings = resolve_row(table, entries)
        assert resolved == state
        assert findings == []


def test_two_desks_editing_one_column_keep_the_later_and_list_the_pair_whatever_the_order_given():
    a, b = Desk("A", "Ani"), Desk("B", "Budi")
    base = a.entry(0, "insert", None, _row(notes=""))
    from_a = a.entry(5, "update", base.after, {**base.after, "notes": "dari A"})
    from_b = b.entry(7, "update", base.after, {**base.after, "notes": "dari B"})

    for entries in ([base, from_a, from_b], [from_b, base, from_a]):
        state, [finding] = resolve_row("organisations", entries)
        assert state["notes"] == "dari B" and state["desk_id"] == "B"
        assert (finding.kind, finding.kept.desk_id, finding.other.desk_id) == (FindingKind.CONFLICT, "B", "A")
        assert (finding.kept_values, finding.other_values, finding.needs_review) == (
            {"notes": "dari B"},
            {"notes": "dari A"},
            True,
        )


def test_edits_of_different_columns_on_two_desks_both_stay_without_a_conflict():
    a, b = Desk("A"), Desk("B")
    base = a.entry(0, "insert", None, _row(notes="", title=""))
    state, findings = resolve_row(
        "organisations",
        [
            base,
            a.entry(5, "update", base.after, {**base.after, "notes": "n"}),
            b.entry(7, "update", base.after, {**base.after, "title": "t"}),
        ],
    )
    assert (state["notes"], state["title"], findings) == ("n", "t", [])


def test_the_same_value_chosen_on_two_desks_is_no_conflict():
    a, b = Desk("A"), Desk("B")
    base = a.entry(0, "insert", None, _row(notes=""))
    _, findings = resolve_row(
        "organisations",
        [
            base,
            a.entry(5, "update", base.after, {**base.after, "notes": "x"}),
            b.entry(7, "update", base.after, {**base.after, "notes": "x"}),
        ],
    )
    assert findings == []


def test_a_later_entry_that_changes_the_column_again_settles_the_pair():
    a, b = Desk("A"), Desk("B")
    base = a.entry(0, "insert", None, _row(notes=""))
    from_a = a.entry(5, "update", base.after, {**base.after, "notes": "dari A"})
    from_b = b.entry(7, "update", base.after, {**base.after, "notes": "dari B"})
    seen = {**from_b.after}
    again = a.entry(9, "conflict_choose", seen, {**seen, "notes": "dari A"})
    resolution = resolve_all({("organisations", "r1"): [base, from_a, from_b, again]})
    assert resolution.states[("organisations", "r1")]["notes"] == "dari A"
    assert [f.needs_review for f in resolution.findings] == [False]


def test_an_unsigned_status_from_a_desk_that_never_saw_the_signing_is_dropped_but_its_other_edits_stay():
    a, b = Desk("A"), Desk("B")
    base = a.entry(0, "insert", None, _row(status="scheduled", signed_at=None, status_note="", mc_notes=""))
    signed = a.entry(5, "sign", base.after, {**base.after, "status": "signed", "signed_at": "s"})
    postponed = b.entry(
        8, "postponed", base.after, {**base.after, "status": "postponed", "status_note": "hujan", "mc_notes": "m"}
    )
    state, [finding] = resolve_row("agreements", [base, signed, postponed])
    assert (state["status"], state["signed_at"], state["status_note"], state["mc_notes"]) == ("signed", "s", "", "m")
    assert finding.kind is FindingKind.SIGNED_STAYS


def test_a_deleted_row_is_gone_whatever_else_happened_to_it():
    a, b = Desk("A"), Desk("B")
    base = a.entry(0, "insert", None, _row(notes=""))
    state, _ = resolve_row(
        "agreement_parties",
        [base, a.entry(3, "delete", base.after, None), b.entry(5, "update", base.after, {**base.after, "notes": "n"})],
    )
    assert state is None


def test_a_change_label_names_the_kind_of_change_and_falls_back_to_table_and_action():
    assert change_label("attendees", "check_in") == "Check-in"
    assert change_label("attendees", "badge") == "Perubahan data peserta"
    assert change_label("kiosks", "insert") == "kiosks: insert"
    outcome = MergeOutcome(source="b.eventdesk")
    outcome.changes.update({("attendees", "insert"): 2, ("transactions", "insert"): 3, ("attendees", "update"): 1})
    assert outcome.change_lines() == [("Transaksi baru", 3), ("Peserta baru", 2), ("Perubahan data peserta", 1)]


def test_coverage_names_each_desk_and_which_have_not_been_merged_lately():
    now = START + timedelta(hours=3)
    desks = (
        DeskCoverage("a", "Meja A", 10, now, None, True),
        DeskCoverage("b", "Meja B", 5, now - timedelta(minutes=40), now - timedelta(minutes=5), False),
        DeskCoverage("c", "Meja C", 5, now - timedelta(minutes=50), now - timedelta(minutes=30), False),
        DeskCoverage("o", "Kantor", 80, START - timedelta(days=1), None, False),
    )
    coverage = Coverage(desks, "Asia/Makassar")
    assert [desk.desk_id for desk in coverage.stale(now, 15)] == ["c", "o"]
    assert coverage.text().startswith("Data dari 4 meja: Meja A (meja ini) · Meja B digabung ")
    assert "Kantor data s.d. 7 Mei 09.00" in coverage.text()
    assert Coverage(desks[:1], "Asia/Makassar").text() == "Data dari 1 meja (belum ada penggabungan dari meja lain)"
