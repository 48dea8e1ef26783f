"""Organisations: add, rename, find."""

from __future__ import annotations

import builtins

from eventdesk.domain.districts import clean_district, districts_of, districts_of_regions
from eventdesk.domain.entries import NewOrganisation, OrganisationChoice
from eventdesk.domain.enums import OrganisationKind
from eventdesk.domain.errors import InvalidValue, NotFound
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Organisation
from eventdesk.domain.text import clean_line, clean_note, is_storable
from eventdesk.store import organisations, regions
from eventdesk.store.db import EventFile


class OrganisationService:
    def __init__(self, event_file: EventFile) -> None:
        self._file = event_file

    def list(self) -> builtins.list[Organisation]:
        return organisations.list_organisations(self._file)

    def get(self, organisation_id: str) -> Organisation:
        found = (
            organisations.get_organisation(self._file, organisation_id) if is_storable(str(organisation_id)) else None
        )
        if found is None:
            raise NotFound(tr("Organisasi tidak ditemukan."))
        return found

    def find_by_name(self, name: str) -> builtins.list[Organisation]:
        if not is_storable(str(name)):
            return []  # a name with undecodable bytes (a command-line argument) matches nothing
        return organisations.find_by_name(self._file, name)

    def resolve(self, choice: OrganisationChoice) -> Organisation | None:
        """The organisation a form chose: an existing id, or a new one created now (join the caller's transaction)."""
        if choice is None:
            return None
        if isinstance(choice, NewOrganisation):
            for existing in self.find_by_name(choice.name):
                if existing.region_id == choice.region_id:
                    return existing
            return self.add(choice.name, choice.kind, choice.region_id)
        return self.get(choice)

    def add(
        self,
        name: str,
        kind: OrganisationKind,
        region_id: str | None = None,
        notes: str = "",
        district: str = "",
    ) -> Organisation:
        """A new organisation; the same name in the same region is refused as a duplicate."""
        name = clean_line(name, field="name", label=tr("Nama organisasi"), required=True)
        kind = OrganisationKind(kind)
        district = self._district(district, region_id)
        with self._file.transaction():
            for existing in organisations.find_by_name(self._file, name):
                if existing.region_id == region_id:
                    raise InvalidValue(
                        tr("Organisasi '{name}' sudah terdaftar.").format(name=existing.name), field="name"
                    )
            return organisations.add_organisation(
                self._file, name, kind, region_id, clean_note(notes, field="notes", label=tr("Catatan")), district
            )

    def update(
        self,
        organisation_id: str,
        *,
        name: str,
        kind: OrganisationKind,
        region_id: str | None,
        notes: str = "",
        district: str | None = None,
    ) -> Organisation:
        """Rename or reclassify an organisation (audited); its attendees' search follows the new name.
        `district` None keeps the kabupaten/kota it has."""
        current = self.get(organisation_id)
        name = clean_line(name, field="name", label=tr("Nama organisasi"), required=True)
        kind = OrganisationKind(kind)
        district = self._district(current.district if district is None else district, region_id)
        with self._file.transaction():
            for existing in organisations.find_by_name(self._file, name):
                if existing.id != current.id and existing.region_id == region_id:
                    raise InvalidValue(
                        tr("Organisasi '{name}' sudah terdaftar.").format(name=existing.name), field="name"
                    )
            return organisations.update_organisation(
                self._file,
                organisation_id,
                name=name,
                kind=kind,
                region_id=region_id,
                notes=clean_note(notes, field="notes", label=tr("Catatan")),
                district=district,
            )

    def _district(self, district: str, region_id: str | None) -> str:
        """The kabupaten/kota to store, checked against the region's province; an unknown region is refused."""
        known = {region.id: region.name for region in regions.list_regions(self._file)}
        if region_id is not None and region_id not in known:
            raise InvalidValue(tr("Daerah yang dipilih tidak ada."), field="region")
        district = clean_line(district, field="district", label=tr("Kabupaten/kota"))
        return clean_district(district, known.get(region_id or ""))

    def districts(self, region_id: str | None) -> builtins.list[str]:
        """The kabupaten and kota to complete from: of the region's province, else of every region of the event."""
        known = {region.id: region.name for region in regions.list_regions(self._file)}
        if region_id in known:
            return districts_of(known[region_id])
        return districts_of_regions(list(known.values()))

    def attendee_counts(self) -> dict[str, tuple[int, int]]:
        """Organisation id → (attendees registered, checked in)."""
        return organisations.attendee_counts(self._file)

    def closest(self, name: str, limit: int = 3) -> builtins.list[Organisation]:
        """Registered organisations whose names come nearest to `name` (for "did you mean …?")."""
        # Loaded when a name was not found (rapidfuzz takes 9 ms to import), not by every command.
        from rapidfuzz import fuzz, process, utils

        from eventdesk.domain.organisation_names import OrganisationNames

        candidates = self.list()
        names = OrganisationNames([], regions.list_regions(self._file))  # `Prov. Kaltim` finds `Provinsi Kalimantan …`
        matches = process.extract(
            names.written(name),
            [names.written(o.name) for o in candidates],
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            limit=limit,
            score_cutoff=60,
        )
        best = matches[0][1] if matches else 0
        # A clear best match hides the merely similar ones ("PT …" alone makes names look alike).
        return [candidates[index] for _name, score, index in matches if score >= best - 20]
