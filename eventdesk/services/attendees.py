"""Registering attendees and checking them in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventdesk.domain import codes
from eventdesk.domain.clock import now_iso, to_iso
from eventdesk.domain.contact import normalise_email, normalise_phone
from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.errors import DuplicateAttendee, InvalidValue, NotFound
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee
from eventdesk.domain.text import clean_line, clean_note, is_storable, shown
from eventdesk.store import attendees, desks, organisations, regions
from eventdesk.store.db import EventFile


@dataclass(frozen=True)
class CheckInResult:
    """The attendee and whether this scan checked them in or found them already in."""

    attendee: Attendee
    already: bool


class AttendeeService:
    def __init__(self, event_file: EventFile) -> None:
        self._file = event_file

    def list(self) -> list[Attendee]:
        return attendees.list_attendees(self._file)

    def get(self, attendee_id: str) -> Attendee:
        found = attendees.get_attendee(self._file, attendee_id) if is_storable(str(attendee_id)) else None
        if found is None:
            raise NotFound(tr("Peserta tidak ditemukan."))
        return found

    def counts(self) -> tuple[int, int]:
        """(registered, checked in)."""
        return attendees.count_attendees(self._file)

    def register(
        self,
        full_name: str,
        category: AttendeeCategory | str,
        *,
        organisation_id: str | None = None,
        title: str = "",
        phone: str | None = None,
        email: str | None = None,
        notes: str = "",
        region_id: str | None = None,
    ) -> Attendee:
        """A new attendee with a fresh code; the same phone or email is refused as a duplicate."""
        values = self._validated(full_name, category, organisation_id, title, phone, email, notes, region_id)
        with self._file.transaction():
            self._refuse_duplicate(values)
            tag = desks.code_tag(self._file, self._file.actor.desk_id)
            number = codes.next_number(attendees.codes_with_prefix(self._file, tag + "-"), tag)
            values["code"] = codes.format_code(tag, number)
            [attendee_id] = attendees.add_attendees(self._file, [values])
        return self.get(attendee_id)

    def _validated(
        self, full_name, category, organisation_id, title, phone, email, notes, region_id
    ) -> dict[str, Any]:
        try:
            category = AttendeeCategory(category)
        except ValueError:
            raise InvalidValue(tr("Kategori '{value}' tidak dikenal.").format(value=category), field="category") from None
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

    def _refuse_duplicate(self, values: dict[str, Any]) -> None:
        for attendee in attendees.find_by_contact(self._file, values["phone"], values["email"]):
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

    def check_in(self, code: str, *, at: datetime | None = None) -> CheckInResult:
        """Check in the attendee with `code` (as a scanner types it); a second scan changes nothing."""
        wanted = codes.normalise_code(code) if is_storable(str(code)) else None
        with self._file.transaction():
            attendee = attendees.get_by_code(self._file, wanted) if wanted else None
            if attendee is None:
                raise NotFound(tr("Kode '{code}' tidak terdaftar.").format(code=shown(code.strip())))
            if attendee.checked_in:
                return CheckInResult(attendee, already=True)
            actor = self._file.actor
            attendees.update_attendee(
                self._file,
                attendee.id,
                {"checked_in_at": to_iso(at) if at else now_iso(), "checked_in_desk_id": actor.desk_id, "checked_in_by": actor.operator},
                action="check_in",
            )
        return CheckInResult(self.get(attendee.id), already=False)
