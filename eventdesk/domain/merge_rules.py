"""The merge rules: the state of every row, resolved from the audit entries of every desk.

Several desks write to their own copies of one event file. Merging copies
other desks' audit entries in unchanged (each desk's hash chain still holds),
and then every row is set to what these rules make of *all* the entries known
for it. The rules read only the entries, never the order in which files were
merged, so two desks holding the same entries hold the same rows (convergence),
merging a file twice adds nothing the second time (idempotence) and the order
of merges does not matter. `check` applies the same rules to verify the rows.

Entries are taken in one total order: time written, then desk id, then the
desk's own sequence number. Each entry changes only the columns its `after`
differs from its `before` (what the operator actually changed, as that desk saw
the row). Then:

- A new row never conflicts (ids are UUIDs); a row removed on any desk is gone.
- Other columns: the later change wins. When the winner's desk had not seen the
  value it replaced (its `before` differs), the two desks edited the row
  independently since they last met: the pair is listed for review.
- A check-in keeps the earliest time when two desks checked the same person in
  without seeing each other; the other desk's check-in is listed.
- A void beats an edit: once a transaction is void, a change written by a desk
  that had not seen the void is dropped whole (listed).
- A signed agreement stays signed: a status change written by a desk that had
  not seen the signing is dropped (listed); its other edits still apply.
- Two attendees who got the same badge code on desks that had not met: the one
  registered first keeps it, the other gets the code with a letter after it and
  is listed (the badge must be reprinted).
- Two regions, sectors or organisations of the same name created on two desks
  stay two rows (nothing refers to them by name); they are listed for review.
- Two attendees with the same phone or email registered on two desks (each desk
  refuses the duplicate only among what it can see) stay two rows and are
  listed for review.

For a file written by one desk alone every entry saw the one before it, so the
rules give exactly each row's latest entry, as `check` always required.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from eventdesk.domain.codes import clash_code
from eventdesk.domain.enums import Vocabulary
from eventdesk.domain.i18n import tr_noop
from eventdesk.domain.models import AuditEntry

META = frozenset({"id", "created_at", "updated_at", "desk_id"})
CHECK_IN = ("checked_in_at", "checked_in_desk_id", "checked_in_by")
SIGNING = ("status", "signed_at", "status_note")
GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {"attendees": (CHECK_IN,), "agreements": (SIGNING,)}
SAME_NAME_TABLES = ("regions", "sectors", "organisations")

# Actions written when the operator settles a listed conflict.
KEEP_ACTION = "conflict_keep"
CHOOSE_ACTION = "conflict_choose"
SETTLING_ACTIONS = frozenset({KEEP_ACTION, CHOOSE_ACTION})

RowKey = tuple[str, str]  # (table, row id)


class FindingKind(Vocabulary):
    """What a merge found when two desks' entries met on the same row."""

    CONFLICT = "conflict", tr_noop("Diubah di dua meja")
    CHECKIN_TWICE = "checkin_twice", tr_noop("Check-in di dua meja")
    VOID_BEATS_EDIT = "void_beats_edit", tr_noop("Pembatalan mengalahkan perubahan")
    SIGNED_STAYS = "signed_stays", tr_noop("Tetap ditandatangani")
    CODE_CLASH = "code_clash", tr_noop("Kode peserta ganda")
    SAME_NAME = "same_name", tr_noop("Nama sama dibuat di dua meja")
    SAME_PERSON = "same_person", tr_noop("Mungkin orang yang sama, didaftarkan di dua meja")

    @property
    def choosable(self) -> bool:
        """Whether the operator may put the other value back (the automatic rules are final)."""
        return self is FindingKind.CONFLICT


def order_key(entry: AuditEntry) -> tuple[datetime, str, int]:
    return (entry.created_at, entry.desk_id, entry.seq)


@dataclass
class Finding:
    """Two entries of two desks that met on one row: which values the row kept and which it did not."""

    kind: FindingKind
    table: str
    row_id: str
    columns: tuple[str, ...]
    kept: AuditEntry
    other: AuditEntry
    kept_values: dict[str, Any]
    other_values: dict[str, Any]
    settled: bool = False

    @property
    def key(self) -> str:
        """Stable across desks: the same finding has the same key in every merged copy."""
        return f"{self.kind.value}:{self.other.id}:{self.kept.id}"

    @property
    def needs_review(self) -> bool:
        return not self.settled

    def involves(self, entry_ids: frozenset[str] | set[str]) -> bool:
        return self.kept.id in entry_ids or self.other.id in entry_ids


@dataclass
class Resolution:
    """Every row's resolved state (None: the row is gone) and what was found on the way."""

    states: dict[RowKey, dict[str, Any] | None] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def resolve_all(histories: Mapping[RowKey, Sequence[AuditEntry]]) -> Resolution:
    """The state of every row from its entries, then the rules that look across rows."""
    resolution = Resolution()
    applied: dict[RowKey, list[tuple[AuditEntry, frozenset[str]]]] = {}
    for key, entries in histories.items():
        state, findings, row_applied = _resolve_row(key[0], entries)
        resolution.states[key] = state
        resolution.findings += findings
        applied[key] = row_applied
    inserted = {key: _base(entries) for key, entries in histories.items() if entries}
    resolution.findings += _settle_codes(resolution.states, inserted)
    resolution.findings += _same_names(resolution.states, inserted)
    resolution.findings += _same_people(resolution.states, inserted)
    for finding in resolution.findings:
        if not finding.settled:
            finding.settled = _settled_later(finding, applied.get((finding.table, finding.row_id), []))
    resolution.findings.sort(key=lambda f: (max(order_key(f.kept), order_key(f.other)), f.key))
    return resolution


def resolve_row(table: str, entries: Sequence[AuditEntry]) -> tuple[dict[str, Any] | None, list[Finding]]:
    """One row on its own (no cross-row rules): its state and findings."""
    state, findings, _ = _resolve_row(table, entries)
    return state, findings


def _base(entries: Sequence[AuditEntry]) -> AuditEntry:
    """The entry that created the row (an insert), or the oldest if the insert is missing."""
    ordered = sorted(entries, key=order_key)
    return next((e for e in ordered if e.before is None and e.after is not None), ordered[0])


def _groups(table: str, columns: Iterable[str]) -> list[tuple[str, ...]]:
    """Columns that change together under one rule; any other column is a group of its own."""
    wanted = list(columns)
    groups: list[tuple[str, ...]] = []
    in_group: set[str] = set()
    for group in GROUPS.get(table, ()):
        if any(column in group for column in wanted):
            groups.append(group)
            in_group.update(group)
    groups += [(column,) for column in wanted if column not in in_group]
    return groups


def _changed(entry: AuditEntry) -> list[str]:
    before = entry.before or {}
    after = entry.after or {}
    return sorted(column for column in after if column not in META and after.get(column) != before.get(column))


def _resolve_row(
    table: str, entries: Sequence[AuditEntry]
) -> tuple[dict[str, Any] | None, list[Finding], list[tuple[AuditEntry, frozenset[str]]]]:
    if not entries:
        return None, [], []
    ordered = sorted(entries, key=order_key)
    if any(entry.after is None for entry in ordered):
        return None, [], []  # removed on some desk: removed everywhere
    base = _base(ordered)
    state: dict[str, Any] = dict(base.after or {})
    setter: dict[tuple[str, ...], AuditEntry] = {}
    findings: list[Finding] = []
    applied: list[tuple[AuditEntry, frozenset[str]]] = []
    for entry in ordered:
        if entry is base:
            continue
        before, after = entry.before or {}, entry.after or {}
        changed = _changed(entry)
        if table == "transactions" and state.get("status") == "void" and before.get("status") != "void":
            if changed:
                findings.append(
                    _finding(
                        FindingKind.VOID_BEATS_EDIT,
                        table,
                        state,
                        changed,
                        setter.get(("status",), base),
                        entry,
                        settled=True,
                    )
                )
            continue
        counted = not changed
        columns_applied: set[str] = set()
        for group in _groups(table, changed):
            group = tuple(column for column in group if column in after)  # a row of an older schema may lack some
            prior = setter.get(group, base)
            current = {column: state.get(column) for column in group}
            proposed = {column: after.get(column) for column in group}
            seen = {column: before.get(column) for column in group}
            if _unsigns_unseen(table, group, state, before):
                findings.append(_pair(FindingKind.SIGNED_STAYS, table, state, group, prior, entry, current, proposed))
                continue
            if _second_check_in(table, group, state, before, after):
                # Two desks checked the same person in without seeing each other: the earliest time stands.
                if after["checked_in_at"] < state["checked_in_at"]:
                    findings.append(
                        _pair(FindingKind.CHECKIN_TWICE, table, state, group, entry, prior, proposed, current)
                    )
                    state.update(proposed)
                    setter[group] = entry
                    counted = True
                    columns_applied.update(group)
                else:
                    findings.append(
                        _pair(FindingKind.CHECKIN_TWICE, table, state, group, prior, entry, current, proposed)
                    )
                continue
            if prior.desk_id != entry.desk_id and seen != current and proposed != current:
                findings.append(
                    _pair(FindingKind.CONFLICT, table, state, group, entry, prior, proposed, current, settled=False)
                )
            state.update(proposed)
            setter[group] = entry
            counted = True
            columns_applied.update(group)
        if counted:
            state["updated_at"] = after.get("updated_at", state.get("updated_at"))
            state["desk_id"] = after.get("desk_id", state.get("desk_id"))
            applied.append((entry, frozenset(columns_applied)))
    return state, _merged_pairs(findings), applied


def _unsigns_unseen(table: str, group: tuple[str, ...], state: dict[str, Any], before: dict[str, Any]) -> bool:
    """A status change of a signed agreement by a desk that had not seen it signed."""
    return (
        table == "agreements"
        and "status" in group
        and set(group) <= set(SIGNING)
        and state.get("status") == "signed"
        and before.get("status") != "signed"
    )


def _second_check_in(
    table: str, group: tuple[str, ...], state: dict[str, Any], before: dict[str, Any], after: dict[str, Any]
) -> bool:
    """A check-in of a person already checked in, by a desk that had not seen the first one."""
    return (
        table == "attendees"
        and "checked_in_at" in group
        and set(group) <= set(CHECK_IN)
        and bool(state.get("checked_in_at"))
        and bool(after.get("checked_in_at"))
        and not before.get("checked_in_at")
    )


def _pair(
    kind: FindingKind,
    table: str,
    state: dict[str, Any],
    group: tuple[str, ...],
    kept: AuditEntry,
    other: AuditEntry,
    kept_values: dict[str, Any],
    other_values: dict[str, Any],
    *,
    settled: bool = True,
) -> Finding:
    return Finding(kind, table, state["id"], tuple(group), kept, other, dict(kept_values), dict(other_values), settled)


def _finding(
    kind: FindingKind,
    table: str,
    state: dict[str, Any],
    columns: list[str],
    kept: AuditEntry,
    other: AuditEntry,
    *,
    settled: bool,
) -> Finding:
    after = other.after or {}
    return Finding(
        kind,
        table,
        state["id"],
        tuple(columns),
        kept,
        other,
        {column: state.get(column) for column in columns},
        {column: after.get(column) for column in columns},
        settled,
    )


def _merged_pairs(findings: list[Finding]) -> list[Finding]:
    """One finding per pair of entries, however many column groups they met on."""
    merged: dict[str, Finding] = {}
    for finding in findings:
        existing = merged.get(finding.key)
        if existing is None:
            merged[finding.key] = finding
            continue
        existing.columns = existing.columns + tuple(c for c in finding.columns if c not in existing.columns)
        existing.kept_values.update(finding.kept_values)
        existing.other_values.update(finding.other_values)
        existing.settled = existing.settled and finding.settled
    return list(merged.values())


def _settled_later(finding: Finding, applied: list[tuple[AuditEntry, frozenset[str]]]) -> bool:
    """A listed pair is settled once a later entry keeps, chooses or changes again what the pair was about."""
    since = max(order_key(finding.kept), order_key(finding.other))
    for entry, columns in applied:
        if order_key(entry) <= since:
            continue
        if entry.action in SETTLING_ACTIONS or columns & set(finding.columns):
            return True
    return False


def _settle_codes(states: dict[RowKey, dict[str, Any] | None], inserted: Mapping[RowKey, AuditEntry]) -> list[Finding]:
    """Badge codes stay unique: of two attendees with one code, the later registered gets a new one."""
    by_code: dict[str, list[RowKey]] = defaultdict(list)
    for key, state in states.items():
        if key[0] == "attendees" and state is not None and state.get("code") is not None:
            by_code[state["code"]].append(key)
    taken = set(by_code)
    findings = []
    for code in sorted(code for code, keys in by_code.items() if len(keys) > 1):
        keys = sorted(by_code[code], key=lambda key: (order_key(inserted[key]), key[1]))
        keeper = keys[0]
        for key in keys[1:]:
            new_code = clash_code(code, taken)
            taken.add(new_code)
            state = states[key]
            assert state is not None, "by_code holds rows that exist"
            state["code"] = new_code
            findings.append(
                Finding(
                    FindingKind.CODE_CLASH,
                    "attendees",
                    key[1],
                    ("code",),
                    inserted[keeper],
                    inserted[key],
                    {"code": code},
                    {"code": new_code},
                )
            )
    return findings


def _same_names(states: dict[RowKey, dict[str, Any] | None], inserted: Mapping[RowKey, AuditEntry]) -> list[Finding]:
    """Regions, sectors and organisations of one name made on two desks: both stay, listed once each."""
    groups: dict[tuple[str, str, str | None], list[RowKey]] = defaultdict(list)
    for key, state in states.items():
        if key[0] in SAME_NAME_TABLES and state is not None and not state.get("deleted_at"):
            name = name_key(state.get("name"))
            scope = state.get("region_id") if key[0] == "organisations" else None
            groups[(key[0], name, scope)].append(key)
    findings = []
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keys = sorted(keys, key=lambda key: (order_key(inserted[key]), key[1]))
        first = keys[0]
        for key in keys[1:]:
            if inserted[key].desk_id == inserted[first].desk_id:
                continue  # one desk made both on purpose
            name = str((states[key] or {}).get("name") or "")
            findings.append(
                Finding(
                    FindingKind.SAME_NAME,
                    key[0],
                    key[1],
                    ("name",),
                    inserted[first],
                    inserted[key],
                    {"name": (states[first] or {}).get("name")},
                    {"name": name},
                    settled=True,
                )
            )
    return findings


def name_key(name: object) -> str:
    """A name as the same-name rule compares it: spaces collapsed, case ignored."""
    return " ".join(str(name or "").split()).casefold()


def _same_people(states: dict[RowKey, dict[str, Any] | None], inserted: Mapping[RowKey, AuditEntry]) -> list[Finding]:
    """Attendees with one phone or email, registered on two desks that had not met: listed, never joined."""
    by_contact: dict[tuple[str, str], list[RowKey]] = defaultdict(list)
    for key, state in states.items():
        if key[0] != "attendees" or state is None or state.get("deleted_at"):
            continue
        if state.get("phone"):
            by_contact[("phone", str(state["phone"]))].append(key)
        if state.get("email"):
            by_contact[("email", str(state["email"]).casefold())].append(key)
    findings: dict[str, Finding] = {}
    for (column, _), keys in sorted(by_contact.items()):
        keys = sorted(keys, key=lambda key: (order_key(inserted[key]), key[1]))
        first = keys[0]
        for key in keys[1:]:
            if inserted[key].desk_id == inserted[first].desk_id:
                continue
            finding = Finding(
                FindingKind.SAME_PERSON,
                "attendees",
                key[1],
                (column,),
                inserted[first],
                inserted[key],
                {column: (states[first] or {}).get(column)},
                {column: (states[key] or {}).get(column)},
            )
            findings.setdefault(finding.key, finding)
    return list(findings.values())
