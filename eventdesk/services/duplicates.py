"""Merging an organisation or an attendee registered twice into the one kept, at a desk and across desks.

What refers to the duplicate (attendees and deals of an organisation, the
agreements a person signs) moves to the one kept, each move audited; the
duplicate is deleted and points at the one kept, so its badge still checks in
and a desk that wrote about it before hearing of the merge is set right when
its entries arrive (`follow_merges`, run by every desk merge).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventdesk.domain.errors import InvalidValue, NotAllowed
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee, Organisation
from eventdesk.domain.names import comparable_name, name_similarity
from eventdesk.domain.organisation_names import OrganisationNames
from eventdesk.services.attendees import AttendeeService
from eventdesk.services.organisations import OrganisationService
from eventdesk.store import attendees, duplicates, regions
from eventdesk.store.db import EventFile

CHECK_IN_COLUMNS = ("checked_in_at", "checked_in_desk_id", "checked_in_by")
CANDIDATES_SHOWN = 200  # attendees of the duplicate's organisation offered before anything is typed
FILLED_FROM_DUPLICATE = ("title", "phone", "email")  # a blank of the attendee kept takes the duplicate's value


@dataclass(frozen=True)
class Moves:
    """What a merge would move from the duplicate to the one kept, for the question asked before it."""

    attendees: int = 0
    deals: int = 0
    agreement_parties: int = 0
    signings: int = 0


class DuplicateService:
    def __init__(self, event_file: EventFile, organisations: OrganisationService, attendees: AttendeeService) -> None:
        self._file = event_file
        self._organisations = organisations
        self._attendees = attendees

    # --- organisations --------------------------------------------------------------------------

    def organisation_moves(self, duplicate_id: str) -> Moves:
        found = duplicates.references(self._file, "organisations", duplicate_id)
        return Moves(
            attendees=len(found.get(("attendees", "organisation_id"), [])),
            deals=len(set(found.get(("transactions", "buyer_id"), []) + found.get(("transactions", "seller_id"), []))),
            agreement_parties=len(found.get(("agreement_parties", "organisation_id"), [])),
        )

    def organisation_candidates(self, duplicate_id: str, text: str = "") -> list[Organisation]:
        """The organisations `duplicate_id` may be merged into, the most alike first; `text` narrows them."""
        duplicate = self._organisations.get(duplicate_id)
        wanted = text.strip().casefold()
        others = [
            o
            for o in self._organisations.list()
            if o.id != duplicate_id and (not wanted or wanted in o.name.casefold())
        ]
        names = OrganisationNames([], regions.list_regions(self._file))
        return [others[index] for index in names.ranked(duplicate.name, [o.name for o in others])]

    def merge_organisations(self, duplicate_id: str, kept_id: str) -> Organisation:
        """`duplicate_id`'s attendees, deals and agreement parties move to `kept_id`; the duplicate is gone."""
        duplicate, kept = self._two_live("organisations", duplicate_id, kept_id)
        duplicate_organisation = self._organisations.get(duplicate)
        kept_organisation = self._organisations.get(kept)
        reason = tr("Organisasi '{duplicate}' digabung ke '{kept}'").format(
            duplicate=duplicate_organisation.name, kept=kept_organisation.name
        )
        with self._file.transaction():
            duplicates.move_references(self._file, "organisations", duplicate, kept, reason=reason)
            duplicates.mark_merged(self._file, "organisations", duplicate, kept, reason=reason, extra={})
        return self._organisations.get(kept)

    # --- attendees ------------------------------------------------------------------------------

    def attendee_moves(self, duplicate_id: str) -> Moves:
        found = duplicates.references(self._file, "attendees", duplicate_id)
        return Moves(
            agreement_parties=len(found.get(("agreement_parties", "signatory_id"), [])),
            signings=len(found.get(("agreement_parties", "signed_by_id"), [])),
        )

    def attendee_candidates(self, duplicate_id: str, text: str = "") -> list[Attendee]:
        """The attendees `duplicate_id` may be merged with: those of its organisation, or those `text` finds;
        the most alike name first."""
        duplicate = self._attendees.get(duplicate_id)
        if text.strip():
            found = self._attendees.search(text)
        else:
            ids = [row_id for row_id, _name in attendees.names_in_organisation(self._file, duplicate.organisation_id)]
            found = self._attendees.get_many(ids[:CANDIDATES_SHOWN])
        wanted = comparable_name(duplicate.full_name)
        others = [a for a in found if a.id != duplicate_id]
        return sorted(others, key=lambda a: -name_similarity(wanted, comparable_name(a.full_name)))

    def merge_attendees(self, duplicate_id: str, kept_id: str) -> Attendee:
        """One person registered twice: the one kept takes the duplicate's check-in (when it has none), its
        agreements, and its title, phone and e-mail where its own are blank; the duplicate's badge still works."""
        duplicate, kept = self._two_live("attendees", duplicate_id, kept_id)
        duplicate_person = self._attendees.get(duplicate)
        kept_person = self._attendees.get(kept)
        reason = tr("{duplicate} ({duplicate_code}) digabung dengan {kept} ({kept_code})").format(
            duplicate=duplicate_person.full_name,
            duplicate_code=duplicate_person.code,
            kept=kept_person.full_name,
            kept_code=kept_person.code,
        )
        with self._file.transaction():
            duplicates.move_references(self._file, "attendees", duplicate, kept, reason=reason)
            taken = _taken_over(
                duplicates.row(self._file, "attendees", duplicate), duplicates.row(self._file, "attendees", kept)
            )
            if taken:
                duplicates.write_change(self._file, "attendees", kept, taken, reason=reason)
            duplicates.mark_merged(
                self._file, "attendees", duplicate, kept, reason=reason, extra={"deleted_reason": reason}
            )
        return self._attendees.get(kept)

    # --- checks ---------------------------------------------------------------------------------

    def _two_live(self, table: str, duplicate_id: str, kept_id: str) -> tuple[str, str]:
        if duplicate_id == kept_id:
            raise InvalidValue(tr("Pilih dua data yang berbeda untuk digabung."))
        for row_id in (duplicate_id, kept_id):
            if not duplicates.is_live(self._file, table, row_id):
                raise NotAllowed(tr("Data yang akan digabung sudah dihapus atau digabung di meja lain."))
        return duplicate_id, kept_id


def _taken_over(duplicate: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
    """The columns the attendee kept takes from the duplicate: its check-in if the one kept has none, and
    title, phone and e-mail where the one kept has none."""
    taken: dict[str, Any] = {}
    if duplicate.get("checked_in_at") and not kept.get("checked_in_at"):
        taken.update({column: duplicate.get(column) for column in CHECK_IN_COLUMNS})
    for column in FILLED_FROM_DUPLICATE:
        if duplicate.get(column) and not kept.get(column):
            taken[column] = duplicate[column]
    return taken


def follow_merges(event_file: EventFile) -> int:
    """After a desk merge: rows that desk wrote about a duplicate before it heard of the merge move to the one
    kept, and a check-in of the duplicate's old badge passes to the one kept. Writes only when there is such a
    row, so merging the same file again writes nothing; how many rows were written."""
    written = 0
    reason = tr("Mengikuti penggabungan data ganda dari meja lain")
    with event_file.transaction():
        for table, referring, column, row_id, duplicate_id in duplicates.stray_references(event_file):
            kept = duplicates.merged_into(event_file, table, duplicate_id)
            if kept is not None:
                duplicates.write_change(event_file, referring, row_id, {column: kept}, reason=reason)
                written += 1
        for duplicate_id, _kept in duplicates.merged_check_ins(event_file):
            kept = duplicates.merged_into(event_file, "attendees", duplicate_id)
            duplicate_row = duplicates.row(event_file, "attendees", duplicate_id)
            kept_row = duplicates.row(event_file, "attendees", kept) if kept else {}
            if kept and kept_row and not kept_row.get("checked_in_at"):
                check_in = {column: duplicate_row.get(column) for column in CHECK_IN_COLUMNS}
                duplicates.write_change(event_file, "attendees", kept, check_in, reason=reason)
                written += 1
    return written
