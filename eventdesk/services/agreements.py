"""Agreements: register them with their parties, schedule a slot, sign, undo a signing, postpone or cancel.

Scheduling runs the conflict rules of domain/schedule.py first; a slot with
conflicts is refused with ScheduleConflict unless the caller accepts them
(the form asks the operator), and then the accepted conflicts are written in
the audit row's reason.
"""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from eventdesk.domain.clock import to_iso, utc_now
from eventdesk.domain.entries import AgreementDetails, PartyChoice, PartyInput, Signer, SlotInput
from eventdesk.domain.enums import AgreementKind, AgreementStatus
from eventdesk.domain.errors import InvalidValue, NotAllowed, NotFound, ScheduleConflict
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Agreement, AgreementParty, Attendee, Slot
from eventdesk.domain.run_sheet import RunSheet, build_run_sheet
from eventdesk.domain.schedule import Conflict, check_in_warnings, schedule_conflicts, signing_conflicts
from eventdesk.domain.signed_summary import SignedSummary, build_signed_summary
from eventdesk.domain.text import clean_line, clean_note, required_reason
from eventdesk.services.organisations import OrganisationService
from eventdesk.store import agreements, attendees, event, organisations, sectors
from eventdesk.store.db import EventFile

SIGNED_IN_THE_FUTURE = timedelta(minutes=10)  # a clock a little ahead at another desk is no mistake


class _KeepSlot:
    def __repr__(self) -> str:
        return "KEEP_SLOT"


KEEP_SLOT = _KeepSlot()  # save(): leave the schedule as it is


class AgreementService:
    def __init__(self, event_file: EventFile, organisations: OrganisationService) -> None:
        self._file = event_file
        self._organisations = organisations

    # --- reading ------------------------------------------------------------------------------------

    def list(self, status: AgreementStatus | None = None) -> builtins.list[Agreement]:
        return agreements.list_agreements(self._file, status=status)

    def get(self, agreement_id: str) -> Agreement:
        found = agreements.get_agreement(self._file, agreement_id)
        if found is None:
            raise NotFound(tr("Perjanjian tidak ditemukan."))
        return found

    def signed_count(self) -> int:
        return agreements.count_signed(self._file)

    def conflicts(self) -> dict[str, builtins.list[Conflict]]:
        """The conflicts of the whole schedule as it is saved, by agreement id."""
        settings = event.get_settings(self._file)
        return schedule_conflicts(self.list(), settings) if settings else {}

    def check(self, candidate: Agreement) -> builtins.list[Conflict]:
        """The conflicts `candidate` (a proposal: its slot and parties as a form shows them) would have."""
        settings = event.get_settings(self._file)
        if settings is None or candidate.slot is None:
            return []
        window = (to_iso(candidate.slot.starts_at), to_iso(candidate.slot.ends_at))
        return signing_conflicts(candidate, agreements.list_agreements(self._file, overlapping=window), settings)

    def check_in_warnings(self, now: datetime | None = None) -> builtins.list[Conflict]:
        """On the day: signatories of each spot's next slot who have not checked in."""
        settings = event.get_settings(self._file)
        if settings is None:
            return []
        return check_in_warnings(self.list(), now or utc_now(), settings.timezone)

    def signed_summary(self) -> SignedSummary:
        """What the signed-agreement summary prints, with its fingerprint."""
        return build_signed_summary(self.list(AgreementStatus.SIGNED))

    def run_sheet(self) -> RunSheet:
        settings = event.get_settings(self._file)
        if settings is None:
            return RunSheet("Asia/Makassar", [], [])
        everything = self.list()
        return build_run_sheet(everything, settings, schedule_conflicts(everything, settings))

    # --- writing the register -----------------------------------------------------------------------

    def create(
        self,
        kind: AgreementKind | str,
        title: str,
        parties: builtins.list[PartyInput],
        *,
        number: str = "",
        scope: str = "",
        sector_id: str | None = None,
        value_idr: int | None = None,
        witnesses: str = "",
        notes: str = "",
        mc_notes: str = "",
    ) -> Agreement:
        """A draft agreement with its parties, first party first."""
        details = AgreementDetails(kind, title, number, scope, sector_id, value_idr, witnesses, notes, mc_notes)
        choices = [PartyChoice(p.organisation_id, p.signatory_id, p.signatory_title) for p in parties]
        return self.save(None, details, choices)

    def save(
        self,
        agreement_id: str | None,
        details: AgreementDetails,
        parties: builtins.list[PartyChoice],
        slot: SlotInput | None | _KeepSlot = KEEP_SLOT,
        *,
        accept_conflicts: bool = False,
    ) -> Agreement:
        """The agreement form's save: details, parties (new organisations created) and slot, at once.

        `agreement_id` None creates a draft. A SlotInput schedules (or moves) the agreement, its
        conflicts refused unless accepted; None takes a scheduled or postponed agreement off the
        schedule (back to draft); KEEP_SLOT leaves the schedule alone.
        """
        values = self._checked_details(details, agreement_id)
        existing = self.get(agreement_id) if agreement_id else None
        if existing is not None and existing.status is AgreementStatus.CANCELLED:
            raise NotAllowed(tr("Perjanjian yang dibatalkan tidak bisa diubah; pulihkan dulu."))
        # Conflicts the operator already accepted for this slot are not asked about again on every edit.
        accepted = {c.message for c in self._stored_conflicts(existing)} if existing is not None else set()
        with self._file.transaction():
            rows = self._resolved_parties(parties)
            if existing is None:
                agreement_id = agreements.add_agreement(self._file, {**values, "status": AgreementStatus.DRAFT.value})
                for position, row in enumerate(rows, start=1):
                    agreements.add_party(self._file, {"agreement_id": agreement_id, "position": position, **row})
            else:
                agreements.update_agreement(self._file, existing.id, values)
                self._sync_parties(existing, rows)
            assert agreement_id is not None
            if isinstance(slot, SlotInput):
                self._schedule(self.get(agreement_id), slot, accept_conflicts, accepted)
            elif (
                slot is None
                and existing is not None
                and existing.slot is not None
                and existing.status
                in (
                    AgreementStatus.SCHEDULED,
                    AgreementStatus.POSTPONED,
                )
            ):
                self._unschedule(existing)
        return self.get(agreement_id)

    def _checked_details(self, details: AgreementDetails, agreement_id: str | None) -> dict[str, Any]:
        try:
            kind = AgreementKind(details.kind)
        except ValueError:
            raise InvalidValue(
                tr("Jenis perjanjian '{value}' tidak dikenal.").format(value=details.kind), field="kind"
            ) from None
        values: dict[str, Any] = {
            "kind": kind.value,
            "title": clean_line(
                details.title, field="title", label=tr("Judul perjanjian"), required=True, max_length=500
            ),
            "number": clean_line(details.number, field="number", label=tr("Nomor dokumen")),
            "scope": clean_note(details.scope, field="scope", label=tr("Ruang lingkup")),
            "sector_id": details.sector_id,
            "value_idr": details.value_idr,
            "witnesses": clean_note(details.witnesses, field="witnesses", label=tr("Saksi")),
            "notes": clean_note(details.notes, field="notes", label=tr("Catatan")),
            "mc_notes": clean_note(details.mc_notes, field="mc_notes", label=tr("Catatan MC")),
        }
        if details.sector_id is not None and details.sector_id not in {s.id for s in sectors.list_sectors(self._file)}:
            raise InvalidValue(tr("Sektor yang dipilih tidak ada."), field="sector")
        value = details.value_idr
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise InvalidValue(tr("Nilai perjanjian harus rupiah bulat, tidak negatif."), field="value")
        if values["number"]:
            for other_id, other_title in agreements.agreements_numbered(self._file, values["number"]):
                if other_id != agreement_id:
                    raise InvalidValue(
                        tr("Nomor {number} sudah dipakai perjanjian '{title}'.").format(
                            number=values["number"], title=other_title
                        ),
                        field="number",
                    )
        return values

    def _resolved_parties(self, parties: builtins.list[PartyChoice]) -> builtins.list[dict[str, Any]]:
        """Party rows in order; a new organisation is created here (inside the caller's transaction)."""
        resolver = self._organisations
        rows, seen_organisations, seen_signatories = [], set(), set()
        for party in parties:
            if party.organisation is None:
                raise InvalidValue(tr("Setiap pihak perlu organisasi."), field="parties")
            if (
                isinstance(party.organisation, str)
                and organisations.get_organisation(self._file, party.organisation) is None
            ):
                raise InvalidValue(tr("Organisasi pihak perjanjian tidak ada."), field="parties")
            organisation = resolver.resolve(party.organisation)
            assert organisation is not None
            if organisation.id in seen_organisations:
                raise InvalidValue(
                    tr("{organisation} tercantum dua kali sebagai pihak.").format(organisation=organisation.name),
                    field="parties",
                )
            seen_organisations.add(organisation.id)
            if party.signatory_id is not None:
                signatory = attendees.get_attendee(self._file, party.signatory_id)
                if signatory is None:
                    raise InvalidValue(
                        tr("Penanda tangan yang dipilih tidak terdaftar sebagai peserta."), field="parties"
                    )
                if party.signatory_id in seen_signatories:
                    raise InvalidValue(
                        tr("{name} tidak bisa menandatangani untuk dua pihak.").format(name=signatory.full_name),
                        field="parties",
                    )
                seen_signatories.add(party.signatory_id)
            rows.append(
                {
                    "organisation_id": organisation.id,
                    "signatory_id": party.signatory_id,
                    "signatory_title": clean_line(
                        party.signatory_title, field="parties", label=tr("Jabatan penanda tangan")
                    ),
                }
            )
        return rows

    def _sync_parties(self, existing: Agreement, rows: builtins.list[dict[str, Any]]) -> None:
        """Parties matched by position: changed ones updated, new ones added, missing ones removed (all audited)."""
        current = sorted(existing.parties, key=lambda p: p.position)
        if existing.status is AgreementStatus.SIGNED:
            planned = [(p.organisation_id, p.signatory_id) for p in current]
            if planned != [(row["organisation_id"], row["signatory_id"]) for row in rows]:
                raise NotAllowed(
                    tr(
                        "Pihak dan penanda tangan perjanjian yang sudah ditandatangani tidak bisa diubah; "
                        "batalkan penandatanganannya dulu."
                    )
                )
        for position, row in enumerate(rows, start=1):
            if position <= len(current):
                party = current[position - 1]
                changes = dict(row, position=position)
                if row["organisation_id"] != party.organisation_id or row["signatory_id"] != party.signatory_id:
                    changes.update(signed_by_id=None, substitute_note="")
                agreements.update_party(self._file, party.id, changes)
            else:
                agreements.add_party(self._file, {"agreement_id": existing.id, "position": position, **row})
        for party in current[len(rows) :]:
            agreements.remove_party(self._file, party.id, reason=tr("Pihak dihapus dari perjanjian."))

    # --- the schedule -------------------------------------------------------------------------------

    def schedule(
        self, agreement_id: str, starts_at: datetime, ends_at: datetime, spot: str, *, accept_conflicts: bool = False
    ) -> Agreement:
        """Give the agreement a slot (or move it); a draft or postponed one becomes scheduled."""
        with self._file.transaction():
            self._schedule(self.get(agreement_id), SlotInput(starts_at, ends_at, spot), accept_conflicts)
        return self.get(agreement_id)

    def _stored_conflicts(self, agreement: Agreement) -> builtins.list[Conflict]:
        """The conflicts a scheduled agreement has as saved (accepted when it was scheduled)."""
        settings = event.get_settings(self._file)
        if settings is None or agreement.slot is None or agreement.status is not AgreementStatus.SCHEDULED:
            return []
        window = (to_iso(agreement.slot.starts_at), to_iso(agreement.slot.ends_at))
        return signing_conflicts(agreement, agreements.list_agreements(self._file, overlapping=window), settings)

    def _schedule(
        self, agreement: Agreement, slot: SlotInput, accept_conflicts: bool, accepted: set[str] | None = None
    ) -> None:
        unchanged = agreement.slot is not None and (
            agreement.slot.starts_at,
            agreement.slot.ends_at,
            agreement.slot.spot,
        ) == (slot.starts_at, slot.ends_at, slot.spot)
        if agreement.status is AgreementStatus.SIGNED:
            if unchanged:
                return
            raise NotAllowed(tr("Perjanjian yang sudah ditandatangani tidak bisa dijadwalkan ulang."))
        if agreement.status is AgreementStatus.CANCELLED:
            raise NotAllowed(tr("Perjanjian yang dibatalkan tidak bisa dijadwalkan."))
        if slot.starts_at.tzinfo is None or slot.ends_at.tzinfo is None:
            raise ValueError("slot times must carry their zone")
        if slot.ends_at <= slot.starts_at:
            raise InvalidValue(tr("Waktu selesai harus setelah waktu mulai."), field="ends_at")
        settings = event.get_settings(self._file)
        spot_names = [s.name for s in settings.spots] if settings else []
        if slot.spot not in spot_names:
            raise InvalidValue(
                tr("Tempat '{spot}' tidak ada di pengaturan acara.").format(spot=slot.spot), field="spot"
            )
        proposal = replace(
            agreement,
            slot=Slot(
                agreement.slot.id if agreement.slot else "", agreement.id, slot.starts_at, slot.ends_at, slot.spot
            ),
            status=AgreementStatus.SCHEDULED,
        )
        window = (to_iso(slot.starts_at), to_iso(slot.ends_at))
        nearby = agreements.list_agreements(self._file, overlapping=window)
        found = signing_conflicts(proposal, nearby, settings) if settings else []
        new = [c for c in found if not unchanged or c.message not in (accepted or set())]
        if new and not accept_conflicts:
            raise ScheduleConflict(
                tr("Jadwal bentrok: {first}").format(first=found[0].message)
                + (tr(" (dan {count} lainnya)").format(count=len(found) - 1) if len(found) > 1 else ""),
                conflicts=found,
            )
        reason = (
            tr("Disimpan meski bentrok: {conflicts}").format(conflicts=" · ".join(c.message for c in found))
            if found
            else ""
        )
        if not unchanged:
            values = {"starts_at": to_iso(slot.starts_at), "ends_at": to_iso(slot.ends_at), "spot": slot.spot}
            agreements.set_slot(self._file, agreement.id, values, reason=reason)
        if agreement.status in (AgreementStatus.DRAFT, AgreementStatus.POSTPONED):
            agreements.update_agreement(
                self._file, agreement.id, {"status": AgreementStatus.SCHEDULED.value}, action="schedule", reason=reason
            )

    def _unschedule(self, agreement: Agreement) -> None:
        agreements.remove_slot(self._file, agreement.id, reason=tr("Dikeluarkan dari jadwal."))
        agreements.update_agreement(
            self._file, agreement.id, {"status": AgreementStatus.DRAFT.value}, action="unschedule"
        )

    # --- the ceremony -------------------------------------------------------------------------------

    def mark_signed(
        self, agreement_id: str, signed_at: datetime | None = None, signers: builtins.list[Signer] | None = None
    ) -> Agreement:
        """Record the signing at `signed_at` (default now) by `signers` (default: the planned signatories).

        A substitute (someone other than the planned signatory) needs a note saying why.
        """
        agreement = self.get(agreement_id)
        if agreement.status is AgreementStatus.SIGNED:
            raise NotAllowed(tr("Perjanjian ini sudah ditandatangani."))
        if agreement.status is AgreementStatus.CANCELLED:
            raise NotAllowed(tr("Perjanjian yang dibatalkan tidak bisa ditandatangani."))
        if len(agreement.parties) < 2:
            raise NotAllowed(tr("Perjanjian perlu paling sedikit dua pihak."))
        moment = signed_at or utc_now()
        if moment.tzinfo is None:
            raise ValueError("signing time must carry its zone")
        if moment > utc_now() + SIGNED_IN_THE_FUTURE:
            raise InvalidValue(tr("Waktu penandatanganan tidak boleh di masa depan."), field="signed_at")
        changes = self._signer_changes(agreement.parties, signers or [])
        with self._file.transaction():
            for party_id, party_changes in changes.items():
                agreements.update_party(self._file, party_id, party_changes)
            agreements.update_agreement(
                self._file,
                agreement_id,
                {"status": AgreementStatus.SIGNED.value, "signed_at": to_iso(moment), "status_note": ""},
                action="sign",
            )
        return self.get(agreement_id)

    def signers_not_checked_in(
        self, agreement_id: str, signers: builtins.list[Signer] | None = None
    ) -> builtins.list[Attendee]:
        """Who would sign (`signers`, else the planned signatories) without a check-in: the desk asks first.
        Refuses, as `mark_signed` would, signers that cannot sign (a substitute without a note, one person twice)."""
        agreement = self.get(agreement_id)
        self._signer_changes(agreement.parties, signers or [])
        by_party = {signer.party_id: signer.attendee_id for signer in signers or []}
        absent = []
        for party in sorted(agreement.parties, key=lambda p: p.position):
            attendee_id = by_party.get(party.id, party.signatory_id)
            attendee = attendees.get_attendee(self._file, attendee_id) if attendee_id else None
            if attendee is not None and not attendee.checked_in:
                absent.append(attendee)
        return absent

    def _signer_changes(
        self, parties: builtins.list[AgreementParty], signers: builtins.list[Signer]
    ) -> dict[str, dict[str, Any]]:
        by_party = {signer.party_id: signer for signer in signers}
        unknown = set(by_party) - {party.id for party in parties}
        if unknown:
            raise InvalidValue(
                tr("Penanda tangan diberikan untuk pihak yang bukan bagian perjanjian ini."), field="signers"
            )
        changes, seen = {}, set()
        for party in parties:
            signer = by_party.get(party.id)
            attendee_id = signer.attendee_id if signer else party.signatory_id
            if attendee_id is None:
                raise NotAllowed(
                    tr("Pihak {organisation} belum punya penanda tangan.").format(organisation=party.organisation_name)
                )
            attendee = attendees.get_attendee(self._file, attendee_id)
            if attendee is None:
                raise InvalidValue(tr("Penanda tangan yang dipilih tidak terdaftar sebagai peserta."), field="signers")
            if attendee_id in seen:
                raise InvalidValue(
                    tr("{name} tidak bisa menandatangani untuk dua pihak.").format(name=attendee.full_name),
                    field="signers",
                )
            seen.add(attendee_id)
            note = clean_note(
                signer.substitute_note if signer else "", field="substitute_note", label=tr("Catatan pengganti")
            )
            substitute = party.signatory_id is not None and attendee_id != party.signatory_id
            if substitute and not note:
                raise InvalidValue(
                    tr("{name} menggantikan {planned}: tulis catatan penggantiannya.").format(
                        name=attendee.full_name, planned=party.signatory_name
                    ),
                    field="substitute_note",
                )
            changes[party.id] = {"signed_by_id": attendee_id, "substitute_note": note if substitute else ""}
        return changes

    def unsign(self, agreement_id: str, reason: str) -> Agreement:
        """Undo a signing recorded by mistake; the reason is kept with the agreement and in the audit."""
        reason = self._reason(reason)
        agreement = self.get(agreement_id)
        if agreement.status is not AgreementStatus.SIGNED:
            raise NotAllowed(tr("Perjanjian ini belum ditandatangani."))
        status = AgreementStatus.SCHEDULED if agreement.slot is not None else AgreementStatus.DRAFT
        with self._file.transaction():
            for party in agreement.parties:
                if party.signed_by_id is not None or party.substitute_note:
                    agreements.update_party(
                        self._file, party.id, {"signed_by_id": None, "substitute_note": ""}, reason=reason
                    )
            agreements.update_agreement(
                self._file,
                agreement_id,
                {"status": status.value, "signed_at": None, "status_note": reason},
                action="unsign",
                reason=reason,
            )
        return self.get(agreement_id)

    def set_status(self, agreement_id: str, status: AgreementStatus, reason: str) -> Agreement:
        """Postpone or cancel (with a reason)."""
        if status not in (AgreementStatus.POSTPONED, AgreementStatus.CANCELLED):
            raise NotAllowed(tr("Status ini diatur lewat penjadwalan atau penandatanganan."))
        reason = self._reason(reason)
        agreement = self.get(agreement_id)
        if agreement.status is AgreementStatus.SIGNED:
            raise NotAllowed(tr("Perjanjian yang sudah ditandatangani tidak bisa ditunda atau dibatalkan."))
        if agreement.status is status:
            raise NotAllowed(tr("Perjanjian ini sudah berstatus {status}.").format(status=status.label))
        agreements.update_agreement(
            self._file,
            agreement_id,
            {"status": status.value, "status_note": reason},
            action=status.value,
            reason=reason,
        )
        return self.get(agreement_id)

    def reopen(self, agreement_id: str, reason: str) -> Agreement:
        """Bring back an agreement cancelled by mistake, as a draft without a slot (schedule it again)."""
        reason = self._reason(reason)
        agreement = self.get(agreement_id)
        if agreement.status is not AgreementStatus.CANCELLED:
            raise NotAllowed(tr("Hanya perjanjian yang dibatalkan yang bisa dipulihkan."))
        with self._file.transaction():
            agreements.remove_slot(self._file, agreement_id, reason=reason)
            agreements.update_agreement(
                self._file,
                agreement_id,
                {"status": AgreementStatus.DRAFT.value, "status_note": reason},
                action="reopen",
                reason=reason,
            )
        return self.get(agreement_id)

    @staticmethod
    def _reason(reason: str) -> str:
        return required_reason(reason, label=tr("Alasan"))
