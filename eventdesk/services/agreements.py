"""Agreements: register them with their parties, schedule a slot, mark them signed, postpone or cancel."""

from __future__ import annotations

from datetime import datetime

from eventdesk.domain.clock import to_iso, utc_now
from eventdesk.domain.enums import AgreementKind, AgreementStatus
from eventdesk.domain.errors import InvalidValue, NotAllowed, NotFound
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Agreement, PartyInput
from eventdesk.domain.text import clean_line, clean_note
from eventdesk.store import agreements, attendees, event, organisations, sectors
from eventdesk.store.db import EventFile


class AgreementService:
    def __init__(self, event_file: EventFile) -> None:
        self._file = event_file

    def list(self, status: AgreementStatus | None = None) -> list[Agreement]:
        return agreements.list_agreements(self._file, status=status)

    def get(self, agreement_id: str) -> Agreement:
        found = agreements.get_agreement(self._file, agreement_id)
        if found is None:
            raise NotFound(tr("Perjanjian tidak ditemukan."))
        return found

    def signed_count(self) -> int:
        return agreements.count_signed(self._file)

    def create(
        self,
        kind: AgreementKind | str,
        title: str,
        parties: list[PartyInput],
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
        try:
            kind = AgreementKind(kind)
        except ValueError:
            raise InvalidValue(tr("Jenis perjanjian '{value}' tidak dikenal.").format(value=kind), field="kind") from None
        values = {
            "kind": kind.value,
            "title": clean_line(title, field="title", label=tr("Judul perjanjian"), required=True, max_length=500),
            "number": clean_line(number, field="number", label=tr("Nomor dokumen")),
            "scope": clean_note(scope, field="scope", label=tr("Ruang lingkup")),
            "sector_id": sector_id,
            "value_idr": value_idr,
            "status": AgreementStatus.DRAFT.value,
            "witnesses": clean_note(witnesses, field="witnesses", label=tr("Saksi")),
            "notes": clean_note(notes, field="notes", label=tr("Catatan")),
            "mc_notes": clean_note(mc_notes, field="mc_notes", label=tr("Catatan MC")),
        }
        if sector_id is not None and sector_id not in {s.id for s in sectors.list_sectors(self._file)}:
            raise InvalidValue(tr("Sektor yang dipilih tidak ada."), field="sector")
        if value_idr is not None and (not isinstance(value_idr, int) or value_idr < 0):
            raise InvalidValue(tr("Nilai perjanjian harus rupiah bulat, tidak negatif."), field="value")
        checked_parties = [self._checked_party(party) for party in parties]
        with self._file.transaction():
            agreement_id = agreements.add_agreement(self._file, values)
            for position, party in enumerate(checked_parties, start=1):
                agreements.add_party(self._file, {"agreement_id": agreement_id, "position": position, **party})
        return self.get(agreement_id)

    def _checked_party(self, party: PartyInput) -> dict:
        if organisations.get_organisation(self._file, party.organisation_id) is None:
            raise InvalidValue(tr("Organisasi pihak perjanjian tidak ada."), field="parties")
        if party.signatory_id is not None and attendees.get_attendee(self._file, party.signatory_id) is None:
            raise InvalidValue(tr("Penanda tangan yang dipilih tidak terdaftar sebagai peserta."), field="parties")
        return {
            "organisation_id": party.organisation_id,
            "signatory_id": party.signatory_id,
            "signatory_title": clean_line(party.signatory_title, field="parties", label=tr("Jabatan penanda tangan")),
        }

    def schedule(self, agreement_id: str, starts_at: datetime, ends_at: datetime, spot: str) -> Agreement:
        """Give the agreement a slot (or move it); a draft becomes scheduled."""
        agreement = self.get(agreement_id)
        if agreement.status is AgreementStatus.SIGNED:
            raise NotAllowed(tr("Perjanjian yang sudah ditandatangani tidak bisa dijadwalkan ulang."))
        if agreement.status is AgreementStatus.CANCELLED:
            raise NotAllowed(tr("Perjanjian yang dibatalkan tidak bisa dijadwalkan."))
        if ends_at <= starts_at:
            raise InvalidValue(tr("Waktu selesai harus setelah waktu mulai."), field="ends_at")
        settings = event.get_settings(self._file)
        spot_names = [s.name for s in settings.spots] if settings else []
        if spot not in spot_names:
            raise InvalidValue(tr("Tempat '{spot}' tidak ada di pengaturan acara.").format(spot=spot), field="spot")
        with self._file.transaction():
            agreements.set_slot(self._file, agreement_id, {"starts_at": to_iso(starts_at), "ends_at": to_iso(ends_at), "spot": spot})
            if agreement.status in (AgreementStatus.DRAFT, AgreementStatus.POSTPONED):
                agreements.update_agreement(self._file, agreement_id, {"status": AgreementStatus.SCHEDULED.value}, action="schedule")
        return self.get(agreement_id)

    def mark_signed(self, agreement_id: str, signed_at: datetime | None = None) -> Agreement:
        """Record the signing at `signed_at` (default now) by the planned signatories."""
        agreement = self.get(agreement_id)
        if agreement.status is AgreementStatus.SIGNED:
            raise NotAllowed(tr("Perjanjian ini sudah ditandatangani."))
        if agreement.status is AgreementStatus.CANCELLED:
            raise NotAllowed(tr("Perjanjian yang dibatalkan tidak bisa ditandatangani."))
        if len(agreement.parties) < 2:
            raise NotAllowed(tr("Perjanjian perlu paling sedikit dua pihak."))
        with self._file.transaction():
            for party in agreement.parties:
                if party.signed_by_id is None and party.signatory_id is not None:
                    agreements.update_party(self._file, party.id, {"signed_by_id": party.signatory_id})
            agreements.update_agreement(
                self._file,
                agreement_id,
                {"status": AgreementStatus.SIGNED.value, "signed_at": to_iso(signed_at or utc_now())},
                action="sign",
            )
        return self.get(agreement_id)

    def set_status(self, agreement_id: str, status: AgreementStatus, reason: str) -> Agreement:
        """Postpone or cancel (with a reason)."""
        if status not in (AgreementStatus.POSTPONED, AgreementStatus.CANCELLED):
            raise NotAllowed(tr("Status ini diatur lewat penjadwalan atau penandatanganan."))
        reason = clean_note(reason, field="reason", label=tr("Alasan"))
        if not reason:
            raise InvalidValue(tr("Alasan wajib diisi."), field="reason")
        agreement = self.get(agreement_id)
        if agreement.status is AgreementStatus.SIGNED:
            raise NotAllowed(tr("Perjanjian yang sudah ditandatangani tidak bisa ditunda atau dibatalkan."))
        agreements.update_agreement(
            self._file, agreement_id, {"status": status.value, "status_note": reason}, action=status.value, reason=reason
        )
        return self.get(agreement_id)
