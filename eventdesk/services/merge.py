"""Merging other desks' copies of the event into this one, the Conflicts list, and which desks a total covers."""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from eventdesk.domain.clock import from_iso, in_zone, to_iso
from eventdesk.domain.errors import EventDeskError, EventFileError, MergeRefused, NotAllowed, NotFound
from eventdesk.domain.figures import EventFigures
from eventdesk.domain.i18n import tr
from eventdesk.domain.merge_results import (
    ConflictRow,
    Coverage,
    DeskChanges,
    MergeAttempt,
    MergeOutcome,
    column_label,
)
from eventdesk.domain.merge_rules import CHECK_IN, CHOOSE_ACTION, KEEP_ACTION, Finding
from eventdesk.domain.models import Actor
from eventdesk.domain.money import format_full
from eventdesk.domain.progress import ProgressCallback
from eventdesk.services.figures import FiguresService
from eventdesk.store import (
    agreements,
    attendees,
    audit,
    desks,
    event,
    merge_entries,
    merge_log,
    merge_rows,
    organisations,
    records,
    transactions,
)
from eventdesk.store.db import EventFile, open_event_file, open_for_check
from eventdesk.store.records import AUDITED_TABLES

_READER = Actor(desk_id="merge-reader", desk_label="merge", operator="merge")
# What a merge may change: the UI refreshes every screen watching any of these afterwards.
CHANGED_BY_MERGE = frozenset(AUDITED_TABLES) | {"audit_log", "merge_log"}
MANIFEST_VIA = "manifest.json"  # the merge log's "via" when a desk's heartbeat said this file holds all it wrote


class _Preview(Exception):
    """Carries a preview's outcome out of the transaction it rolls back."""

    def __init__(self, outcome: MergeOutcome) -> None:
        super().__init__("preview")
        self.outcome = outcome


class MergeService:
    def __init__(self, event_file: EventFile, figures: FiguresService | None = None) -> None:
        self._file = event_file
        self._figures = figures or FiguresService(event_file)  # a merge on a connection of its own makes its own

    # --- merging --------------------------------------------------------------------------------

    def merge(
        self,
        other_path: str | os.PathLike[str],
        *,
        preview: bool = False,
        source: str | None = None,
        figures: bool = True,
        heard: bool = True,
    ) -> MergeOutcome:
        """Bring in what the other desk's file has and this one lacks; with `preview`, only say what it would bring.

        `figures` adds the event's figures before and after (for the merge dialog and `merge`); without
        `heard` the merge log is left as it is (a Syncthing conflict copy is not news of a desk)."""
        path = Path(other_path)
        label = source or str(path)
        if not path.exists():
            raise EventFileError(tr("Berkas acara '{path}' tidak ditemukan.").format(path=label))
        if path.resolve() == self._file.path.resolve():
            raise MergeRefused(tr("Berkas tidak bisa digabungkan dengan dirinya sendiri."))
        try:
            other = open_for_check(path, _READER)
        except EventDeskError as error:
            # Name the file the user knows (the one in the sync folder), not the local copy read.
            error.message = error.message.replace(str(path), label)
            raise
        try:
            from eventdesk.services.duplicates import follow_merges  # (name matching: loaded by a merge, not a read)

            before = self._figures.event_figures() if figures else None
            try:
                with self._file.transaction():
                    outcome = merge_entries.merge_from(self._file, other, source=label, heard=heard)
                    follow_merges(self._file)  # what the other desk wrote about a duplicate merged here
                    outcome.before, outcome.preview = before, preview
                    outcome.after = self._figures.event_figures() if figures else None
                    if preview:
                        raise _Preview(outcome)
            except _Preview as done:
                return done.outcome
            return outcome
        finally:
            other.close()

    def merge_changes(self, changes: DeskChanges, *, source: str, heard: bool = True) -> MergeOutcome:
        """Bring in one desk's entries read from a change segment of the sync folder; one short transaction."""
        from eventdesk.services.duplicates import follow_merges

        with self._file.transaction():
            outcome = merge_entries.merge_changes(self._file, changes, source=source, heard=heard)
            if outcome.changes:
                follow_merges(self._file)
        return outcome

    def changes_since(self, after: int, upto: int) -> DeskChanges:
        """This desk's own entries numbered after `after` up to `upto`: the next change segment it writes."""
        desk_id = self._file.actor.desk_id
        return DeskChanges(
            event_id=self.event_id() or "",
            desk_id=desk_id,
            desk_label=self.desk_label(desk_id),
            first=after + 1,
            last=upto,
            rows=audit.raw_between(self._file, desk_id, after, upto),
        )

    def note_heard(self, desk_id: str, label: str, *, at: datetime) -> None:
        """Note that this file holds everything `desk_id` had written by `at` (its heartbeat in the sync folder)."""
        if desk_id == self._file.actor.desk_id:
            return
        with self._file.transaction():
            merge_log.record(self._file, desk_id, label, at=to_iso(at), entries=0, via=MANIFEST_VIA)

    def holds_entry(self, desk_id: str, seq: int, entry_hash: str) -> bool:
        """Whether this file holds entry `seq` of `desk_id` exactly as `entry_hash` says."""
        return audit.holds_entry(self._file, desk_id, seq, entry_hash)

    def own_desk_id(self) -> str:
        return self._file.actor.desk_id

    def head_of(self, desk_id: str) -> int:
        """The number of `desk_id`'s newest entry this file holds (0: none), read through its unique index."""
        return audit.chain_head(self._file, desk_id)[0]

    def heads(self) -> dict[str, int]:
        """Desk id → the number of its newest entry this file holds."""
        return {desk_id: seq for desk_id, (seq, _) in audit.heads(self._file).items()}

    def figures(self) -> EventFigures:
        return self._figures.event_figures()

    def change_mark(self) -> tuple[int, int]:
        """Changes whenever anything is written to the file (every write adds audit rows): for the sync folder."""
        return merge_entries.change_mark(self._file)

    def event_id(self) -> str | None:
        return event.event_id(self._file)

    # --- which desks a total covers -------------------------------------------------------------

    def coverage(self) -> Coverage:
        settings = event.get_settings(self._file)
        zone = settings.timezone if settings else "Asia/Makassar"
        return Coverage(tuple(desks.coverage(self._file, self._file.actor.desk_id)), zone)

    def desk_label(self, desk_id: str) -> str:
        if label := desks.desk_labels(self._file).get(desk_id):
            return label
        return self._file.actor.desk_label if desk_id == self._file.actor.desk_id else desk_id[:8]

    # --- the Conflicts list ---------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        """Everything the merge rules found in this file, oldest first."""
        return merge_rows.resolve(self._file).findings

    def conflicts(self, *, only_to_review: bool = False) -> list[ConflictRow]:
        findings = self.findings()
        if only_to_review:
            findings = [finding for finding in findings if finding.needs_review]
        return self.describe(findings)

    def describe(self, findings: list[Finding]) -> list[ConflictRow]:
        labels = desks.desk_labels(self._file)
        zone = self.coverage().zone
        return [self._row(finding, labels, zone) for finding in findings]

    def choose_other(self, key: str) -> None:
        """Put back the value the later edit replaced (a new, audited change by this desk)."""
        finding = self._finding(key)
        if not finding.kind.choosable:
            raise NotAllowed(tr("Aturan penggabungan ini sudah pasti; nilai lain tidak bisa dipilih."))
        if not finding.needs_review:
            raise NotAllowed(tr("Konflik ini sudah ditinjau."))
        records.update_row(
            self._file,
            finding.table,
            finding.row_id,
            finding.other_values,
            action=CHOOSE_ACTION,
            reason=tr("Nilai dari meja lain dipilih saat meninjau konflik."),
        )

    def keep(self, key: str) -> None:
        """Mark a listed pair as reviewed, keeping what the rules chose."""
        finding = self._finding(key)
        if not finding.needs_review:
            raise NotAllowed(tr("Konflik ini sudah ditinjau."))
        records.update_row(
            self._file,
            finding.table,
            finding.row_id,
            {},
            action=KEEP_ACTION,
            reason=tr("Konflik ditinjau; nilai dipertahankan."),
        )

    def _finding(self, key: str) -> Finding:
        """The finding `key` names, resolved from its row and the rows that row may be paired with only."""
        entry_id = key.split(":")[1] if key.count(":") == 2 else ""
        row = audit.row_of_entry(self._file, entry_id)
        findings = merge_rows.resolve_touched(self._file, {row}).findings if row else []
        for finding in findings:
            if finding.key == key:
                return finding
        raise NotFound(tr("Konflik tidak ditemukan (mungkin sudah ditinjau di meja lain)."))

    def _row(self, finding: Finding, labels: dict[str, str], zone: str) -> ConflictRow:
        # A check-in's desk and operator are the "who" of each side already; its time is the value.
        shown = ("checked_in_at",) if finding.columns == CHECK_IN else finding.columns
        kept_values = {column: finding.kept_values.get(column) for column in shown}
        other_values = {column: finding.other_values.get(column) for column in shown}
        return ConflictRow(
            key=finding.key,
            kind_label=finding.kind.label,
            subject=self._subject(finding.table, finding.row_id),
            fields=", ".join(column_label(column) for column in shown),
            kept_desk=labels.get(finding.kept.desk_id) or finding.kept.desk_id[:8],
            kept_operator=finding.kept.operator,
            kept_at=finding.kept.created_at,
            kept_value=self._values(kept_values, labels, zone),
            other_desk=labels.get(finding.other.desk_id) or finding.other.desk_id[:8],
            other_operator=finding.other.operator,
            other_at=finding.other.created_at,
            other_value=self._values(other_values, labels, zone),
            needs_review=finding.needs_review,
            choosable=finding.kind.choosable and finding.needs_review,
        )

    def _subject(self, table: str, row_id: str) -> str:
        """The row in words: `Peserta Budi Santoso (K7M-0001)`, `Transaksi Rp1.500.000.000 PT A → PT B`, …"""
        if table == "attendees" and (attendee := attendees.get_attendee(self._file, row_id)):
            return tr("Peserta {name} ({code})").format(name=attendee.full_name, code=attendee.code)
        if table == "transactions" and (deal := transactions.get_transaction(self._file, row_id)):
            return tr("Transaksi {value} {buyer} → {seller}").format(
                value=format_full(deal.value_idr), buyer=deal.buyer_name, seller=deal.seller_name
            )
        if table == "agreements" and (agreement := agreements.get_agreement(self._file, row_id)):
            return tr("Perjanjian {title}").format(title=agreement.title)
        if table == "organisations" and (organisation := organisations.get_organisation(self._file, row_id)):
            return tr("Organisasi {name}").format(name=organisation.name)
        row = records.fetch_row(self._file, table, row_id)
        if row and row.get("name"):
            return f"{table}: {row['name']}"
        return f"{table} {row_id[:8]}"

    def _values(self, values: dict[str, Any], labels: dict[str, str], zone: str) -> str:
        return "; ".join(self._value(column, value, labels, zone) for column, value in values.items())

    def _value(self, column: str, value: Any, labels: dict[str, str], zone: str) -> str:
        if value is None or value == "":
            return "–"
        if column.endswith("_at") and isinstance(value, str) and (moment := from_iso(value)):
            return in_zone(moment, zone).strftime("%H.%M.%S")
        if column == "value_idr" and isinstance(value, int):
            return format_full(value)
        if column.endswith("desk_id"):
            return labels.get(value) or str(value)[:8]
        if column in ("organisation_id", "buyer_id", "seller_id") and (
            organisation := organisations.get_organisation(self._file, value)
        ):
            return organisation.name
        if column in ("signatory_id", "signed_by_id") and (attendee := attendees.get_attendee(self._file, value)):
            return attendee.full_name
        named_in = {"sector_id": "sectors", "region_id": "regions"}.get(column)
        if named_in and (row := records.fetch_row(self._file, named_in, value)):
            return str(row["name"])
        return str(value)


def conflict_list(
    event_path: str | os.PathLike[str], actor: Actor, *, only_to_review: bool
) -> tuple[list[ConflictRow], str]:
    """The Conflicts list and the event's time zone, read on a read-only connection of its own: for a worker,
    since every desk's entries are resolved (seconds on a big event after a large merge)."""
    event_file = open_event_file(event_path, actor, read_only=True)
    try:
        service = MergeService(event_file)
        return service.conflicts(only_to_review=only_to_review), service.coverage().zone
    finally:
        event_file.close()


def merge_files(
    event_path: str | os.PathLike[str],
    others: list[Path],
    actor: Actor,
    *,
    preview: bool = False,
    progress: ProgressCallback | None = None,
) -> list[MergeAttempt]:
    """Merge (or preview) each of `others` into the event file, on a connection of its own (for a worker thread).

    A preview merges them all, one after the other as the real merge would, inside one
    transaction that is then rolled back: the second file's "before" includes the first.
    """
    attempts: list[MergeAttempt] = []
    event_file = open_event_file(event_path, actor)
    try:
        service = MergeService(event_file)
        # A real merge commits file by file (the write lock is held no longer than one file takes).
        together = event_file.transaction() if preview else contextlib.nullcontext()
        try:
            with together:
                for done, other in enumerate(others):
                    if progress is not None:
                        progress(done, len(others))
                    try:
                        outcome = service.merge(other)
                    except EventDeskError as error:
                        attempts.append(MergeAttempt(str(other), error=error.message))
                        continue
                    outcome.preview = preview
                    attempts.append(MergeAttempt(str(other), outcome))
                if preview:
                    raise _Preview(MergeOutcome(source=""))
        except _Preview:
            pass
    finally:
        event_file.close()
    return attempts
