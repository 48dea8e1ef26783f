"""Registering attendees, editing and deleting them, checking them in (and undoing it), finding them."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventdesk.domain import codes
from eventdesk.domain.attendance import Attendance, AttendanceLine
from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.domain.clock import now_iso, to_iso
from eventdesk.domain.contact import normalise_email, normalise_phone
from eventdesk.domain.entries import NewOrganisation, OrganisationChoice
from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.errors import DuplicateAttendee, InvalidValue, NotAllowed, NotFound
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee
from eventdesk.domain.names import similar_names
from eventdesk.domain.text import clean_line, clean_note, is_storable, shown
from eventdesk.services.latest_read import LatestRead
from eventdesk.services.organisations import OrganisationService
from eventdesk.store import attendee_search, attendees, audit, desks, duplicates, organisations, regions
from eventdesk.store.db import EventFile

SEARCH_LIMIT = 50
BADGE_PRINTED = "badge_printed"  # the audit action of one print of a badge


@dataclass(frozen=True)
class CheckInResult:
    """The attendee and whether this scan checked them in or found them already in."""

    attendee: Attendee
    already: bool


class AttendeeService:
    def __init__(self, event_file: EventFile, organisations: OrganisationService) -> None:
        self._file = event_file
        self._organisations = organisations
        self._attendance = LatestRead(event_file, self._read_attendance)

    # --- reading -------------------------------------------------------------------------------

    def list(self) -> builtins.list[Attendee]:
        return attendees.list_attendees(self._file)

    def get(self, attendee_id: str) -> Attendee:
        found = attendees.get_attendee(self._file, attendee_id) if is_storable(str(attendee_id)) else None
        if found is None:
            raise NotFound(tr("Peserta tidak ditemukan."))
        return found

    def get_many(self, attendee_ids: builtins.list[str]) -> builtins.list[Attendee]:
        return attendees.get_many(self._file, attendee_ids)

    def by_code(self, code: str) -> Attendee | None:
        """The attendee (not deleted) with this code as typed or scanned, or None."""
        if not is_storable(str(code)):
            return None
        return attendees.get_by_code(self._file, codes.normalise_code(code))

    def counts(self) -> tuple[int, int]:
        """(registered, checked in)."""
        return attendees.count_attendees(self._file)

    def count(self, query: AttendeeQuery) -> int:
        """How many attendees the list with this search and these filters holds."""
        return attendee_search.count_matching(self._file, query)

    def page(self, query: AttendeeQuery, offset: int, limit: int) -> builtins.list[Attendee]:
        """One page of the list, sorted as the query says."""
        return attendee_search.page_matching(self._file, query, offset, limit)

    def matching(self, query: AttendeeQuery) -> builtins.list[Attendee]:
        """The whole list (exports, reports, badges)."""
        return attendee_search.all_matching(self._file, query)

    def ids_matching(self, query: AttendeeQuery) -> builtins.list[str]:
        return attendee_search.ids_matching(self._file, query)

    def keys(self, query: AttendeeQuery) -> builtins.list[int]:
        """Row keys of the whole list in order (a long list shows pages of them: `by_keys`)."""
        return attendee_search.keys_matching(self._file, query)

    def by_keys(self, keys: builtins.list[int]) -> builtins.list[Attendee | None]:
        """The attendees of `keys` in that order (None where one is gone)."""
        return attendee_search.by_keys(self._file, keys)

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> builtins.list[Attendee]:
        """Up to `limit` attendees whose name, organisation, code, phone or email words start as typed, by name."""
        return attendee_search.search_first(self._file, text, limit)

    def attendance(self) -> Attendance:
        """Checked in / registered in total, by category and by region (read again only when the file has changed)."""
        return self._attendance()

    def _read_attendance(self) -> Attendance:
        by_category: dict[str, list[int]] = {}
        by_region: dict[str | None, tuple[str, list[int]]] = {}  # in the regions' order, none last
        for category, region_id, name, total, arrived in attendees.attendance_counts(self._file):
            label = name if name is not None else tr("Tanpa daerah")
            for counted in (
                by_category.setdefault(category, [0, 0]),
                by_region.setdefault(region_id, (label, [0, 0]))[1],
            ):
                counted[0] += total
                counted[1] += arrived
        return Attendance(
            registered=sum(total for total, _arrived in by_category.values()),
            checked_in=sum(arrived for _total, arrived in by_category.values()),
            by_category=[
                AttendanceLine(category.label, *by_category.get(category.value, (0, 0)))
                for category in AttendeeCategory
            ],
            by_region=[AttendanceLine(label, total, arrived) for label, (total, arrived) in by_region.values()],
        )

    # --- registering and editing ---------------------------------------------------------------

    def register(
        self,
        full_name: str,
        category: AttendeeCategory | str,
        *,
        organisation_id: str | None = None,
        organisation: OrganisationChoice = None,
        title: str = "",
        phone: str | None = None,
        email: str | None = None,
        notes: str = "",
        region_id: str | None = None,
        different_person: bool = False,
    ) -> Attendee:
        """A new attendee with a fresh code.

        The same phone or email is refused as a duplicate. A near-identical name in the same
        organisation is refused as a probable duplicate unless the operator confirmed it is a
        different person (`different_person`). `organisation` is what a form chose (an
        existing id or a new organisation, created in the same transaction).
        """
        if organisation_id is not None and organisation is not None:
            raise ValueError("give organisation_id or organisation, not both")
        with self._file.transaction():
            values = self._validated(
                full_name,
                category,
                self._organisation_id(organisation if organisation is not None else organisation_id),
                title,
                phone,
                email,
                notes,
                region_id,
            )
            self._refuse_duplicate(values, different_person=different_person)
            values["code"] = self.next_codes(1)[0]
            [attendee_id] = attendees.add_attendees(self._file, [values])
        return self.get(attendee_id)

    def update(
        self,
        attendee_id: str,
        *,
        full_name: str,
        category: AttendeeCategory | str,
        organisation: OrganisationChoice = None,
        title: str = "",
        phone: str | None = None,
        email: str | None = None,
        notes: str = "",
        region_id: str | None = None,
        different_person: bool = False,
    ) -> Attendee:
        """Change what was registered (not the code or the check-in); audited, duplicates refused as at registration."""
        current = self.get(attendee_id)
        if current.deleted_at is not None:
            raise NotAllowed(tr("Peserta ini sudah dihapus."))
        with self._file.transaction():
            values = self._validated(
                full_name, category, self._organisation_id(organisation), title, phone, email, notes, region_id
            )
            name_or_organisation_changed = (values["full_name"], values["organisation_id"]) != (
                current.full_name,
                current.organisation_id,
            )
            self._refuse_duplicate(
                values, different_person=different_person or not name_or_organisation_changed, exclude_id=attendee_id
            )
            attendees.update_attendee(self._file, attendee_id, values)
        return self.get(attendee_id)

    def delete(self, attendee_id: str, reason: str) -> None:
        """Take a registration off the list (kept in the file, audited); only before check-in and with a reason."""
        attendee = self.get(attendee_id)
        reason = clean_line(reason, field="reason", label=tr("Alasan"), required=True)
        if attendee.deleted_at is not None:
            raise NotAllowed(tr("Peserta ini sudah dihapus."))
        if attendee.checked_in:
            raise NotAllowed(
                tr("{name} sudah check-in; peserta yang sudah hadir tidak bisa dihapus.").format(
                    name=attendee.full_name
                )
            )
        attendees.update_attendee(
            self._file, attendee_id, {"deleted_at": now_iso(), "deleted_reason": reason}, action="delete", reason=reason
        )

    def next_codes(self, count: int) -> builtins.list[str]:
        """The next `count` codes of this desk (call inside the write transaction that uses them)."""
        tag = desks.code_tag(self._file, self._file.actor.desk_id)  # clash-proof across desks (store/desks.py)
        first = attendees.highest_code_number(self._file, tag) + 1
        return [codes.format_code(tag, number) for number in range(first, first + count)]

    def _organisation_id(self, choice: OrganisationChoice) -> str | None:
        """The id a form's choice stands for; a new organisation is created now (inside the caller's transaction)."""
        if isinstance(choice, NewOrganisation):
            organisation = self._organisations.resolve(choice)
            return organisation.id if organisation is not None else None
        return choice  # an id (checked with the other values) or None

    def _validated(
        self,
        full_name: str,
        category: AttendeeCategory | str,
        organisation_id: str | None,
        title: str,
        phone: str | None,
        email: str | None,
        notes: str,
        region_id: str | None,
    ) -> dict[str, Any]:
        try:
            category = AttendeeCategory(category)
        except ValueError:
            raise InvalidValue(
                tr("Kategori '{value}' tidak dikenal.").format(value=category), field="category"
            ) from None
        if organisation_id is not None and organisations.get_organisation(self._file, organisation_id) is None:
            raise InvalidValue(tr("Organisasi yang dipilih tidak ada."), field="organisation")
        if region_id is not None and region_id not in {r.id for r in regions.list_regions(self._file)}:
            raise InvalidValue(tr("Daerah yang dipilih tidak ada."), field="region")
        return {
            "full_name": clean_line(full_name, field="full_name", label=tr("Nama lengkap"), required=True),
            "category": category.value,
            "organisation_id": organisation_id,
            "region_id": region_id,
            "title": clean_line(title, field="title", label=tr("Jabatan")),
            "phone": normalise_phone(phone),
            "email": normalise_email(email),
            "notes": clean_note(notes, field="notes", label=tr("Catatan")),
        }

    def _refuse_duplicate(
        self, values: dict[str, Any], *, different_person: bool, exclude_id: str | None = None
    ) -> None:
        for attendee in attendees.find_by_contact(self._file, values["phone"], values["email"]):
            if attendee.id == exclude_id:
                continue
            if values["phone"] and attendee.phone == values["phone"]:
                raise DuplicateAttendee(
                    tr("Nomor {phone} sudah dipakai {name} ({code}).").format(
                        phone=values["phone"], name=attendee.full_name, code=attendee.code
                    ),
                    existing_id=attendee.id,
                    field="phone",
                )
            if values["email"] and attendee.email and attendee.email.casefold() == values["email"].casefold():
                raise DuplicateAttendee(
                    tr("Email {email} sudah dipakai {name} ({code}).").format(
                        email=values["email"], name=attendee.full_name, code=attendee.code
                    ),
                    existing_id=attendee.id,
                    field="email",
                )
        if different_person or values["organisation_id"] is None:
            return  # a near-identical name is a probable duplicate only within one organisation
        for other_id, other_name in attendees.names_in_organisation(self._file, values["organisation_id"]):
            if other_id != exclude_id and similar_names(values["full_name"], other_name):
                other = self.get(other_id)
                raise DuplicateAttendee(
                    (
                        tr("Mungkin orang yang sama dengan {name} ({code}) dari {organisation}.").format(
                            name=other.full_name, code=other.code, organisation=other.organisation_name
                        )
                        if other.organisation_name
                        else tr("Mungkin orang yang sama dengan {name} ({code}).").format(
                            name=other.full_name, code=other.code
                        )
                    ),
                    existing_id=other_id,
                    probable=True,
                    field="full_name",
                )

    # --- at the door ---------------------------------------------------------------------------

    def check_in(self, code: str, *, at: datetime | None = None) -> CheckInResult:
        """Check in the attendee with `code` (as a scanner types it); a second scan changes nothing."""
        wanted = codes.normalise_code(code) if is_storable(str(code)) else None
        with self._file.transaction():
            attendee = attendees.get_by_code(self._file, wanted) if wanted else None
            if attendee is None and wanted and (merged := duplicates.merged_code(self._file, wanted)):
                kept = duplicates.merged_into(self._file, "attendees", merged)  # an old badge of a merged duplicate
                attendee = attendees.get_attendee(self._file, kept) if kept else None
            if attendee is None:
                raise NotFound(tr("Kode '{code}' tidak terdaftar.").format(code=shown(code.strip())))
            if attendee.checked_in:
                return CheckInResult(attendee, already=True)
            actor = self._file.actor
            attendees.update_attendee(
                self._file,
                attendee.id,
                {
                    "checked_in_at": to_iso(at) if at else now_iso(),
                    "checked_in_desk_id": actor.desk_id,
                    "checked_in_by": actor.operator,
                },
                action="check_in",
            )
        return CheckInResult(self.get(attendee.id), already=False)

    def undo_check_in(self, attendee_id: str, reason: str = "") -> Attendee:
        """Take back a check-in made by mistake: a correction in the audit trail, the history kept."""
        attendee = self.get(attendee_id)
        if not attendee.checked_in:
            raise NotAllowed(tr("{name} belum check-in.").format(name=attendee.full_name))
        attendees.update_attendee(
            self._file,
            attendee_id,
            {"checked_in_at": None, "checked_in_desk_id": None, "checked_in_by": None},
            action="undo_check_in",
            reason=clean_line(reason, field="reason", label=tr("Alasan")) or tr("Check-in dibatalkan operator"),
        )
        return self.get(attendee_id)

    def mark_badges_printed(self, attendee_ids: builtins.list[str], *, at: datetime | None = None) -> None:
        """Record that these badges came out of a printer (audited: each print is one entry of the print log),
        so "not printed yet" leaves them out. Called once the printer took them, never when the PDF is made."""
        moment = to_iso(at) if at else now_iso()
        with self._file.transaction():
            for attendee_id in attendee_ids:
                attendees.update_attendee(self._file, attendee_id, {"badge_printed_at": moment}, action=BADGE_PRINTED)

    def badge_prints(self, attendee_ids: builtins.list[str]) -> dict[str, int]:
        """How many times each badge was printed, on every desk merged in (the audit is the print log)."""
        return audit.action_counts(self._file, "attendees", BADGE_PRINTED, attendee_ids)
