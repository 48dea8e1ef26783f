"""Importing a delegation's registration list: preview each row's fate, then write the accepted rows at once.

Every row is checked as a registration at the desk would be: a name is
required; phone numbers are normalised and e-mail addresses checked (a bad
one is left out with a warning, the person still imported); the same phone
or e-mail as someone registered, or a near-identical name in the same
organisation, is a duplicate and adds nobody. Organisations are matched by
name within the row's region, or created. All accepted rows, their new
organisations and one audit row each are written in one transaction, so
importing the same list twice adds nobody and a failure adds nothing. (Rows
that name no organisation, phone or e-mail are compared by name with the
attendees that have no organisation either: otherwise a second import of a
bare list of names would register everyone again.)
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from eventdesk.domain.contact import normalise_email, normalise_phone
from eventdesk.domain.districts import clean_district
from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr
from eventdesk.domain.import_report import ImportLine, ImportReport, RowFate
from eventdesk.domain.models import Region
from eventdesk.domain.names import NameIndex
from eventdesk.domain.organisation_names import OrganisationNames
from eventdesk.domain.progress import ProgressCallback
from eventdesk.domain.region_names import match_region
from eventdesk.domain.registration_list import (
    EXCEL_ERRORS,
    ColumnMapping,
    ListField,
    ListRow,
    RegistrationList,
    guess_organisation_kind,
    parse_category,
    read_list,
)
from eventdesk.domain.text import clean_line, clean_note, shown
from eventdesk.files.spreadsheets import Sheet, read_sheet
from eventdesk.services.attendees import AttendeeService
from eventdesk.services.bulk_work import collector_paused
from eventdesk.store import attendees, organisations, regions
from eventdesk.store.db import EventFile

DEFAULT_CATEGORY = AttendeeCategory.SELLER
PROGRESS_STEPS = 100
LOSSY_ENCODINGS = ("Windows-1252", "ISO-8859-1")


@dataclass
class _Known:
    """What the rows are checked against: the registered attendees, organisations and regions."""

    regions: list[Region]
    organisations: dict[str, list[tuple[str, str | None]]]  # lower-case name → [(id, region id)]
    organisation_regions: dict[str, str | None]  # organisation id → its region id
    organisation_names: OrganisationNames  # registered names, for "looks like" warnings on a new one
    phones: dict[str, str] = field(default_factory=dict)  # phone → "Name (code)" or "baris N"
    emails: dict[str, str] = field(default_factory=dict)  # lower-case email → the same
    names: NameIndex = field(default_factory=NameIndex)
    rows: set[str] = field(default_factory=set)  # "baris N" of the rows accepted so far
    # lower-case name → key of the first new organisation of that name this list creates: a row
    # without a region joins it (looked up, not searched for, in a list of 20,000 rows)
    new_by_name: dict[str, str] = field(default_factory=dict)


@dataclass
class _NewOrganisation:
    key: str
    name: str
    kind: OrganisationKind
    region_id: str | None
    district: str = ""  # kabupaten/kota, from the list's column when it has one


class RegistrationImportService:
    """Reads a list, says what would happen to each row, and writes the accepted rows in one transaction."""

    def __init__(self, event_file: EventFile, attendees: AttendeeService) -> None:
        self._file = event_file
        self._attendees = attendees

    @collector_paused()
    def read(
        self, source: str | os.PathLike[str], *, header_row: int | None = None, mapping: ColumnMapping | None = None
    ) -> tuple[Sheet, RegistrationList]:
        """The sheet and its rows of people (UnreadableFile when it cannot be read)."""
        sheet = read_sheet(source)
        listing = read_list(sheet.rows, regions.list_regions(self._file), header_row=header_row, mapping=mapping)
        return sheet, listing

    @collector_paused()
    def preview(
        self,
        sheet: Sheet,
        listing: RegistrationList,
        *,
        default_category: AttendeeCategory = DEFAULT_CATEGORY,
        import_anyway: Collection[int] = (),
    ) -> ImportReport:
        """Each row's fate if the list were imported now; nothing is written."""
        report, _ = self._classify(sheet, listing, default_category, import_anyway)
        return report

    @collector_paused()
    def run(
        self,
        source: str | os.PathLike[str],
        *,
        header_row: int | None = None,
        mapping: ColumnMapping | None = None,
        default_category: AttendeeCategory = DEFAULT_CATEGORY,
        import_anyway: Collection[int] = (),
        progress: ProgressCallback | None = None,
    ) -> ImportReport:
        """Read `source` and write every accepted row; the report says what happened to each row."""
        tick = progress or (lambda done, total: None)
        tick(0, PROGRESS_STEPS)
        sheet = read_sheet(source)
        tick(50, PROGRESS_STEPS)
        return self.run_sheet(
            sheet,
            header_row=header_row,
            mapping=mapping,
            default_category=default_category,
            import_anyway=import_anyway,
            progress=progress,
        )

    @collector_paused()
    def run_sheet(
        self,
        sheet: Sheet,
        *,
        header_row: int | None = None,
        mapping: ColumnMapping | None = None,
        default_category: AttendeeCategory = DEFAULT_CATEGORY,
        import_anyway: Collection[int] = (),
        progress: ProgressCallback | None = None,
    ) -> ImportReport:
        """Find the people of a sheet already read and write the accepted ones."""
        listing = read_list(sheet.rows, regions.list_regions(self._file), header_row=header_row, mapping=mapping)
        return self.write(
            sheet, listing, default_category=default_category, import_anyway=import_anyway, progress=progress
        )

    @collector_paused()
    def write(
        self,
        sheet: Sheet,
        listing: RegistrationList,
        *,
        default_category: AttendeeCategory = DEFAULT_CATEGORY,
        import_anyway: Collection[int] = (),
        progress: ProgressCallback | None = None,
    ) -> ImportReport:
        """Write every accepted row of a list already read (the preview's), in one transaction."""
        tick = progress or (lambda done, total: None)
        with self._file.transaction():
            # Checked again inside the write transaction: another desk may have registered someone since the preview.
            report, new_organisations = self._classify(sheet, listing, default_category, import_anyway)
            tick(70, PROGRESS_STEPS)
            self._write(report, new_organisations, sheet.path.name)
        tick(PROGRESS_STEPS, PROGRESS_STEPS)
        return report

    # --- checking ------------------------------------------------------------------------------

    def _known(self) -> _Known:
        by_name: dict[str, list[tuple[str, str | None]]] = {}
        organisation_regions: dict[str, str | None] = {}
        registered_organisations = organisations.list_organisations(self._file)
        for organisation in registered_organisations:
            by_name.setdefault(_organisation_key(organisation.name), []).append(
                (organisation.id, organisation.region_id)
            )
            organisation_regions[organisation.id] = organisation.region_id
        regions_known = regions.list_regions(self._file)
        registered = [organisation.name for organisation in registered_organisations]
        known = _Known(regions_known, by_name, organisation_regions, OrganisationNames(registered, regions_known))
        for _attendee_id, code, full_name, phone, email, organisation_id in attendees.identities(self._file):
            who = f"{full_name} ({code})"
            if phone:
                known.phones.setdefault(phone, who)
            if email:
                known.emails.setdefault(email.casefold(), who)
            known.names.add(organisation_id or "", full_name, who)
        return known

    def _classify(
        self,
        sheet: Sheet,
        listing: RegistrationList,
        default_category: AttendeeCategory,
        import_anyway: Collection[int],
    ) -> tuple[ImportReport, dict[str, _NewOrganisation]]:
        # The dialog's combo box hands back the category's value (a str), the command line the enum.
        default_category = AttendeeCategory(default_category)
        known = self._known()
        report = ImportReport(
            source=sheet.path,
            sheet_name=sheet.sheet_name,
            header_row=listing.header_row,
            headers=listing.headers,
            mapping=dict(listing.mapping),
            skipped_rows=list(listing.skipped),
            encoding=sheet.encoding,
            delimiter=sheet.delimiter,
        )
        new_organisations: dict[str, _NewOrganisation] = {}
        region_cache: dict[str, Region | None] = {}
        force = set(import_anyway)
        # Text saved in an 8-bit encoding has a '?' where a letter it lacks was (Excel's "CSV" on Windows).
        lossy = sheet.encoding if sheet.encoding in LOSSY_ENCODINGS else ""
        for row in listing.rows:
            line = self._line(row, known, new_organisations, region_cache, default_category, force, lossy)
            report.lines.append(line)
        used = {line.values.get("organisation_key") for line in report.lines if line.fate is RowFate.IMPORT}
        report.new_organisations = [new.name for key, new in new_organisations.items() if key in used]
        _warn_of_look_alikes(report, new_organisations, known.organisation_names)
        return report, new_organisations

    def _line(
        self,
        row: ListRow,
        known: _Known,
        new_organisations: dict[str, _NewOrganisation],
        region_cache: dict[str, Region | None],
        default_category: AttendeeCategory,
        force: set[int],
        lossy: str = "",
    ) -> ImportLine:
        line = ImportLine(
            row.row_number,
            RowFate.IMPORT,
            full_name=row.get(ListField.FULL_NAME),
            organisation=row.get(ListField.ORGANISATION),
            region=row.get(ListField.REGION),
        )
        if ListField.FULL_NAME in row.dates:
            return _rejected(
                line, tr("Nama lengkap berisi tanggal ({text}), bukan nama orang.").format(text=shown(line.full_name))
            )
        if line.full_name in EXCEL_ERRORS:
            return _rejected(
                line,
                tr("Nama lengkap berisi nilai galat Excel ({text}), bukan nama orang.").format(text=line.full_name),
            )
        try:
            line.full_name = clean_line(
                row.get(ListField.FULL_NAME), field="full_name", label=tr("Nama lengkap"), required=True
            )
            title = clean_line(row.get(ListField.TITLE), field="title", label=tr("Jabatan"))
            organisation_name = clean_line(row.get(ListField.ORGANISATION), field="organisation", label=tr("Instansi"))
            notes = clean_note(row.get(ListField.NOTES), field="notes", label=tr("Catatan"))
        except InvalidValue as error:
            return _rejected(line, error.message)
        line.organisation = organisation_name

        if lossy:
            for text in (line.full_name, organisation_name, title):
                if "?" in text:
                    line.warnings.append(
                        tr(
                            "'{text}' berisi '?': huruf yang tidak ada di {encoding} (seperti Đ atau ặ) "
                            "mungkin hilang; "
                            "periksa ejaannya, atau simpan daftar sebagai CSV UTF-8"
                        ).format(text=shown(text), encoding=lossy)
                    )
        phone_text = row.get(ListField.PHONE)
        if ListField.PHONE in row.dates:
            line.warnings.append(
                tr("kolom telepon berisi tanggal ({text}); diimpor tanpa nomor").format(text=shown(phone_text))
            )
        else:
            try:
                line.phone = normalise_phone(phone_text)
            except InvalidValue:
                line.warnings.append(
                    tr("nomor telepon '{text}' tidak valid; diimpor tanpa nomor").format(text=shown(phone_text))
                )
        email_text = row.get(ListField.EMAIL)
        try:
            line.email = normalise_email(email_text)
        except InvalidValue:
            line.warnings.append(tr("email '{text}' tidak valid; diimpor tanpa email").format(text=shown(email_text)))

        category_text = row.get(ListField.CATEGORY)
        category = parse_category(category_text)
        line.category = category or default_category
        if category_text and category is None:
            line.warnings.append(
                tr("kategori '{text}' tidak dikenal; dicatat sebagai {category}").format(
                    text=shown(category_text), category=default_category.label
                )
            )

        region_text = row.get(ListField.REGION) or row.section_region
        region = None
        if region_text:
            if region_text not in region_cache:
                region_cache[region_text] = match_region(region_text, known.regions)
            region = region_cache[region_text]
            if region is None:
                line.warnings.append(
                    tr("daerah '{text}' tidak dikenal; dicatat tanpa daerah").format(text=shown(region_text))
                )
        line.region = region.name if region else ""
        region_id = region.id if region else None

        organisation_id, organisation_key = None, ""
        if organisation_name:
            organisation_id, organisation_key = _organisation_for(
                organisation_name, region_id, known, new_organisations
            )
        identity = organisation_id or organisation_key
        district_text = row.get(ListField.DISTRICT)
        if district_text and organisation_key and not new_organisations[organisation_key].district:
            try:
                new_organisations[organisation_key].district = clean_district(
                    clean_line(district_text, field="district", label=tr("Kabupaten/kota")),
                    region.name if region else None,
                )
            except InvalidValue as error:
                line.warnings.append(
                    tr("{problem} Organisasi dicatat tanpa kabupaten/kota.").format(problem=error.message)
                )

        duplicate: tuple[str, str] | None = None
        if line.phone and line.phone in known.phones:
            duplicate = (known.phones[line.phone], tr("nomor telepon sama"))
        elif line.email and line.email.casefold() in known.emails:
            duplicate = (known.emails[line.email.casefold()], tr("email sama"))
        elif (similar := known.names.find(identity, line.full_name)) is not None and row.row_number not in force:
            duplicate = (similar, tr("nama hampir sama dalam organisasi yang sama"))
            line.probable = True
        if duplicate is not None:
            line.fate = RowFate.DUPLICATE
            line.duplicate_of, line.why = duplicate
            line.in_list = line.duplicate_of in known.rows
            line.warnings = []  # nothing of a duplicate is imported
            line.reason = _duplicate_reason(line)
            return line

        here = tr("baris {row}").format(row=row.row_number)
        known.rows.add(here)
        if line.phone:
            known.phones[line.phone] = here
        if line.email:
            known.emails[line.email.casefold()] = here
        known.names.add(identity, line.full_name, here)
        organisation_region = (
            known.organisation_regions.get(organisation_id)
            if organisation_id
            else (new_organisations[organisation_key].region_id if organisation_key else None)
        )
        line.values = {
            "full_name": line.full_name,
            "title": title,
            "organisation_id": organisation_id,
            "organisation_key": organisation_key,
            "region_id": region_id if region_id != organisation_region else None,
            "category": line.category.value,
            "phone": line.phone,
            "email": line.email,
            "notes": notes,
            # Every column given: the bulk insert then need not read the rows back for the audit.
            "checked_in_at": None,
            "checked_in_desk_id": None,
            "checked_in_by": None,
            "badge_printed_at": None,
            "deleted_at": None,
            "deleted_reason": "",
            "merged_into": None,
        }
        return line

    # --- writing -------------------------------------------------------------------------------

    def _write(self, report: ImportReport, new_organisations: dict[str, _NewOrganisation], source_name: str) -> None:
        accepted = report.with_fate(RowFate.IMPORT)
        reason = tr("Impor dari {file}").format(file=source_name)
        wanted = {line.values["organisation_key"] for line in accepted if line.values["organisation_key"]}
        to_create = [new for key, new in new_organisations.items() if key in wanted]
        created = organisations.add_organisations(
            self._file,
            [
                {
                    "name": new.name,
                    "kind": new.kind.value,
                    "region_id": new.region_id,
                    "district": new.district,
                    "notes": "",
                    "deleted_at": None,
                    "merged_into": None,
                }
                for new in to_create
            ],
            reason=reason,
        )
        organisation_ids = {new.key: organisation_id for new, organisation_id in zip(to_create, created, strict=True)}
        codes = self._attendees.next_codes(len(accepted))
        rows: list[dict[str, Any]] = []
        for line, code in zip(accepted, codes, strict=True):
            values = dict(line.values)
            key = values.pop("organisation_key")
            if key:
                values["organisation_id"] = organisation_ids[key]
            values["code"] = line.code = code
            rows.append(values)
        attendees.add_attendees_bulk(self._file, rows, reason=reason)
        by_row = {tr("baris {row}").format(row=line.row_number): f"{line.full_name} ({line.code})" for line in accepted}
        for line in report.lines:
            if line.fate is RowFate.DUPLICATE and line.duplicate_of in by_row:
                line.duplicate_of = f"{line.duplicate_of}, {by_row[line.duplicate_of]}"
                line.reason = _duplicate_reason(line)
        report.written = True


def _warn_of_look_alikes(
    report: ImportReport, new_organisations: dict[str, _NewOrganisation], registered: OrganisationNames
) -> None:
    """The first row that creates an organisation much like a registered one (`Prov. Kaltim`) says so."""
    warned: set[str] = set()
    for line in report.with_fate(RowFate.IMPORT):
        key = line.values.get("organisation_key")
        if not key or key in warned:
            continue
        warned.add(key)
        name = new_organisations[key].name
        if like := registered.like(name):
            line.warnings.append(
                tr("organisasi baru '{name}' mirip dengan yang sudah terdaftar: {like}; bila sama, gabungkan").format(
                    name=name, like="; ".join(like)
                )
            )


def _organisation_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _organisation_for(
    name: str, region_id: str | None, known: _Known, new_organisations: dict[str, _NewOrganisation]
) -> tuple[str | None, str]:
    """(existing organisation id, "") or (None, key of a new one to create): by name, within the region when given."""
    key = _organisation_key(name)
    candidates = known.organisations.get(key, [])
    for organisation_id, organisation_region in candidates:
        if region_id is None or organisation_region == region_id:
            return organisation_id, ""
    if region_id is None and key in known.new_by_name:
        return None, known.new_by_name[key]
    new_key = f"new:{key}:{region_id or ''}"
    if new_key not in new_organisations:
        new_organisations[new_key] = _NewOrganisation(
            new_key, " ".join(name.split()), guess_organisation_kind(name), region_id
        )
        known.new_by_name.setdefault(key, new_key)
    return None, new_key


def _duplicate_reason(line: ImportLine) -> str:
    if line.in_list:
        return tr("sama dengan {who} — {why}").format(who=line.duplicate_of, why=line.why)
    return tr("sudah terdaftar sebagai {who} — {why}").format(who=line.duplicate_of, why=line.why)


def _rejected(line: ImportLine, reason: str) -> ImportLine:
    line.fate = RowFate.REJECTED
    line.reason = reason
    return line
