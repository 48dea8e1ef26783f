"""Reading a delegation's registration list: where the header is, which column is what, which rows are people.

Real lists have title rows above the header, blank rows, a numbering row
under it, section labels such as "DELEGASI JAWA TIMUR", a footer such as
"Jumlah peserta: 25 orang" and signature blocks below. This module turns
the cells of such a sheet (as read from CSV or XLSX) into candidate rows,
each with the row number the spreadsheet itself shows. It checks nothing
against the event file; the import service does that.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.domain.errors import InvalidValue, UnreadableFile
from eventdesk.domain.i18n import tr, tr_noop
from eventdesk.domain.models import Region
from eventdesk.domain.region_names import match_region

HEADER_SEARCH_ROWS = 30
SAMPLE_ROWS = 50  # rows looked at for the example values shown beside each column
SheetRow = tuple[int, Sequence[object]]  # (row number as the spreadsheet shows it, cell values)
# What a cell shows when its formula failed; openpyxl gives the text. In a name column it is no name.
EXCEL_ERRORS = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
    }
)


class ListField(StrEnum):
    """What a column of a registration list holds."""

    FULL_NAME = "full_name"
    TITLE = "title"
    ORGANISATION = "organisation"
    REGION = "region"
    DISTRICT = "district"
    PHONE = "phone"
    EMAIL = "email"
    CATEGORY = "category"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return tr(
            {
                "full_name": tr_noop("Nama lengkap"),
                "title": tr_noop("Jabatan"),
                "organisation": tr_noop("Instansi"),
                "region": tr_noop("Daerah"),
                "district": tr_noop("Kabupaten/kota"),
                "phone": tr_noop("Telepon"),
                "email": tr_noop("Email"),
                "category": tr_noop("Kategori"),
                "notes": tr_noop("Catatan"),
            }[self.value]
        )


ColumnMapping = dict[int, ListField]  # column index (0-based) → field; unmapped columns are ignored

# Checked in this order: "Nama Perusahaan" is an organisation, "Asal Daerah" a region, "No. HP" a phone.
_HEADER_WORDS: list[tuple[ListField, frozenset[str]]] = [
    (ListField.EMAIL, frozenset({"email", "surel", "mail", "emailaddress"})),
    (
        ListField.PHONE,
        frozenset(
            {
                "hp",
                "wa",
                "whatsapp",
                "telepon",
                "telpon",
                "telp",
                "tlp",
                "phone",
                "telephone",
                "mobile",
                "handphone",
                "ponsel",
                "kontak",
                "contact",
                "nohp",
                "nowa",
                "notelp",
                "hpwa",
            }
        ),
    ),
    (
        ListField.ORGANISATION,
        frozenset(
            {
                "instansi",
                "perusahaan",
                "organisasi",
                "organisation",
                "organization",
                "company",
                "lembaga",
                "institusi",
                "institution",
                "opd",
                "unit",
                "usaha",
                "koperasi",
            }
        ),
    ),
    # "Asal Kab/Kota", "Kabupaten/Kota", "City": the organisation's kabupaten/kota, not its province.
    (ListField.DISTRICT, frozenset({"kabupaten", "kab", "kota", "kabkota", "kabupatenkota", "regency", "city"})),
    (ListField.REGION, frozenset({"provinsi", "propinsi", "daerah", "region", "province", "delegasi", "wilayah"})),
    (
        ListField.TITLE,
        frozenset({"jabatan", "posisi", "position", "title", "job", "jobtitle", "pekerjaan", "designation"}),
    ),
    (ListField.CATEGORY, frozenset({"kategori", "category", "peran", "role"})),
    (ListField.NOTES, frozenset({"keterangan", "catatan", "notes", "note", "remarks", "ket"})),
    (ListField.FULL_NAME, frozenset({"nama", "name", "peserta", "fullname"})),
]

_CATEGORY_WORDS = {
    AttendeeCategory.BUYER: ("pembeli", "buyer", "importir", "importer", "pembeli/buyer"),
    AttendeeCategory.SELLER: (
        "penjual",
        "seller",
        "eksportir",
        "exporter",
        "pelaku usaha",
        "umkm",
        "peserta pameran",
        "exhibitor",
        "supplier",
        "pemasok",
        "produsen",
    ),
    AttendeeCategory.INVESTOR: ("investor", "penanam modal", "calon investor"),
    AttendeeCategory.GOVERNMENT: (
        "pemerintah",
        "government",
        "pemda",
        "opd",
        "perangkat daerah",
        "instansi pemerintah",
        "asn",
        "dinas",
    ),
    AttendeeCategory.VIP: ("vip", "vvip", "tamu kehormatan", "tamu vip", "undangan khusus", "tamu undangan vip"),
    AttendeeCategory.SPEAKER: ("narasumber", "nara sumber", "pembicara", "speaker", "moderator", "pemateri"),
    AttendeeCategory.MEDIA: ("media", "pers", "wartawan", "jurnalis", "journalist", "press"),
    AttendeeCategory.COMMITTEE: ("panitia", "committee", "staf", "staff", "crew", "petugas", "kru"),
}
_FOOTER = re.compile(
    r"^\s*(jumlah|total|jml|grand total|sub ?total|count)\b|\b\d+\s+(orang|peserta|people|persons?)\b", re.I
)
_SECTION_PREFIX = re.compile(r"^\s*(?:[a-z]|[ivx]+|\d+)[.)]\s+", re.I)
_SECTION_WORDS = re.compile(r"\b(delegasi|peserta|rombongan|kontingen|dari|asal)\b", re.I)
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?$")


def header_text(value: object) -> str:
    """A header cell in comparable form: `No. HP / WA` → `no hp wa`, `E-mail` → `email`."""
    text = unicodedata.normalize("NFKD", cell_text(value)).encode("ascii", "ignore").decode().casefold()
    text = re.sub(r"[-._]", "", text)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def header_field(value: object) -> ListField | None:
    """The field a header cell names, or None (`No.`, `Tanda tangan`, empty)."""
    text = header_text(value)
    words = set(text.split())
    if not words or text in ("no", "no urut", "nomor", "urut"):
        return None
    if "jenis" in words and "peserta" in words:
        return ListField.CATEGORY
    for field_, keys in _HEADER_WORDS:
        if words & keys or text.replace(" ", "") in keys:
            return field_
    return None


def cell_text(value: object) -> str:
    """A cell as text: Excel numbers without `.0` (a phone stored as a number keeps its digits)."""
    if value.__class__ is str:
        return " ".join(value.split())  # split() takes the non-breaking spaces of Excel cells too
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
        )  # a date cell is midnight
    if isinstance(value, (date, time)):
        return value.isoformat()
    return " ".join(str(value).split())


def parse_category(text: str) -> AttendeeCategory | None:
    """A category as lists write it (`Penjual`, `Buyer`, `Narasumber`, `VIP`); None when not recognised."""
    wanted = " ".join((text or "").casefold().split())
    if not wanted:
        return None
    for category, words in _CATEGORY_WORDS.items():
        if wanted in words:
            return category
    try:
        return AttendeeCategory.parse(wanted)
    except InvalidValue:
        return None


def _filled(cells: Sequence[object]) -> list[tuple[int, str]]:  # (column, text) of the cells not empty
    return [(index, text) for index, value in enumerate(cells) if (text := cell_text(value))]


def detect_mapping(cells: Sequence[object]) -> ColumnMapping:
    return {index: found for index, value in enumerate(cells) if (found := header_field(value)) is not None}


def find_header(rows: Sequence[SheetRow]) -> tuple[int, ColumnMapping] | None:
    """(position in `rows`, mapping) of the header: the early row naming the most fields, a name among them."""
    best: tuple[int, ColumnMapping] | None = None
    seen = 0
    for position, (_number, cells) in enumerate(rows):
        if not _filled(cells):
            continue
        seen += 1
        if seen > HEADER_SEARCH_ROWS:
            break
        mapping = detect_mapping(cells)
        fields = set(mapping.values())
        if (
            ListField.FULL_NAME in fields
            and len(fields) >= 2
            and (best is None or len(fields) > len(set(best[1].values())))
        ):
            best = (position, mapping)
    return best


@dataclass
class ListRow:
    """One person as the list gives them, before any check: text per field and the spreadsheet row number."""

    row_number: int
    values: dict[ListField, str]
    section_region: str = ""  # the region of a section label above the row ("DELEGASI JAWA TIMUR")
    dates: frozenset[ListField] = frozenset()  # fields whose cell is an Excel date or time, not text

    def get(self, field_: ListField) -> str:
        return self.values.get(field_, "")


@dataclass
class RegistrationList:
    """A sheet read as a registration list: header row, mapping, the rows of people, what was set aside."""

    header_row: int  # spreadsheet row number of the header
    headers: list[str]  # header cell texts, by column
    mapping: ColumnMapping
    rows: list[ListRow] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # footer, numbering, section and signature rows
    samples: dict[int, list[str]] = field(default_factory=dict)  # a few values per column, for the mapping screen


def read_list(
    rows: Sequence[SheetRow],
    regions: Sequence[Region],
    *,
    header_row: int | None = None,
    mapping: ColumnMapping | None = None,
) -> RegistrationList:
    """The people of a sheet. `header_row` (a spreadsheet row number) and `mapping` override the detection."""
    if header_row is not None:
        position = next((i for i, (number, _) in enumerate(rows) if number == header_row), None)
        if position is None:
            raise UnreadableFile(tr("Baris {row} tidak ada di berkas.").format(row=header_row))
        detected = detect_mapping(rows[position][1])
    else:
        found = find_header(rows)
        if found is None:
            raise UnreadableFile(
                tr(
                    "Baris judul kolom tidak ditemukan: daftar perlu kolom Nama dan paling tidak satu kolom lain "
                    "(Instansi, Jabatan, Provinsi, No. HP, Email, Kategori)."
                )
            )
        position, detected = found
    mapping = dict(detected if mapping is None else mapping)
    header_cells = rows[position][1]
    result = RegistrationList(
        header_row=rows[position][0],
        headers=[cell_text(value) for value in header_cells],
        mapping=mapping,
    )
    body = list(rows[position + 1 :])
    # A second header line below the first (`Kontak` over `HP` and `Email`) completes the mapping.
    if body and _is_header_continuation(body[0][1]) and header_row is None:
        for index, found_field in detect_mapping(body[0][1]).items():
            mapping[index] = found_field  # "HP" under "Kontak" says more than "Kontak"
            while len(result.headers) <= index:
                result.headers.append("")
            result.headers[index] = cell_text(body[0][1][index])
        result.skipped.append(body[0][0])
        body = body[1:]
    section_region = ""
    after_footer = False
    columns = sorted(mapping.items())
    for number, cells in body:
        texts = [cell_text(value) for value in cells]
        filled = [text for text in texts if text]
        if not filled:
            continue
        if len(filled) <= 2 and any(_FOOTER.search(text) for text in filled):
            result.skipped.append(number)
            after_footer = True
            continue
        if len(filled) >= 3 and all(_NUMBERING.match(text) for text in filled):
            result.skipped.append(number)  # the (1) (2) (3) row under a government form's header
            continue
        if len(filled) == 1 and (region := _section_region(filled[0], regions)) is not None:
            section_region = region
            result.skipped.append(number)
            continue
        if after_footer and len(filled) <= 2:
            result.skipped.append(number)  # signature block: "Mengetahui,", a place and date, a name
            continue
        if len(result.rows) < SAMPLE_ROWS:
            for index, text in enumerate(texts):
                if text and len(samples := result.samples.setdefault(index, [])) < 3:
                    samples.append(text)  # shown beside every column, mapped or not
        values: dict[ListField, str] = {}
        dates: set[ListField] = set()
        for index, mapped in columns:
            if index < len(texts) and not values.get(mapped):
                values[mapped] = texts[index]
                value = cells[index]
                if value.__class__ is not str and isinstance(value, (date, time)):
                    dates.add(mapped)  # a date where a name or phone belongs says the column is not what it seems
        result.rows.append(ListRow(number, values, section_region, frozenset(dates)))
    return result


def _is_header_continuation(cells: Sequence[object]) -> bool:
    """A row under the header whose every cell is itself a header word (`HP`, `Email` under `Kontak`)."""
    filled = _filled(cells)
    found = detect_mapping(cells)
    return bool(filled) and len(found) == len(filled)


def _section_region(text: str, regions: Sequence[Region]) -> str | None:
    """The region a lone label names ("A. DELEGASI JAWA TIMUR", "Peserta dari Kaltim"), else None."""
    bare = _SECTION_WORDS.sub(" ", _SECTION_PREFIX.sub("", text))
    region = match_region(bare, regions)
    return region.name if region is not None else None


_KIND_WORDS: list[tuple[OrganisationKind, re.Pattern[str]]] = [
    (OrganisationKind.ENTERPRISE, re.compile(r"\b(persero|perseroda|bumn|bumd|perum|perumda)\b|\(persero", re.I)),
    (
        OrganisationKind.GOVERNMENT,
        re.compile(
            r"\b(dinas|badan|bappeda|bapenda|dpmptsp|pemerintah|pemprov|pemkab|pemkot|sekretariat|kementerian|"
            r"kantor|biro|disperindag|diskominfo|dkp|setda|upt|uptd|bpbd|bpjs)\b",
            re.I,
        ),
    ),
    (OrganisationKind.COOPERATIVE, re.compile(r"\b(koperasi|kud|kopwan|ksp)\b", re.I)),
    (
        OrganisationKind.ASSOCIATION,
        re.compile(r"\b(kadin|hipmi|asosiasi|himpunan|ikatan|gabungan|apindo|iwapi|perhimpunan|forum)\b", re.I),
    ),
    (OrganisationKind.UMKM, re.compile(r"\b(umkm|ukm|ikm|ud|home ?industry|usaha mikro)\b", re.I)),
    (OrganisationKind.COMPANY, re.compile(r"\b(pt|cv|tbk|firma|fa|ltd|inc|corp|co|jsc|llc|gmbh)\b\.?", re.I)),
]


def guess_organisation_kind(name: str) -> OrganisationKind:
    """The kind an organisation's name suggests (`PT …` a company, `Dinas …` an agency); `other` when unsure."""
    for kind, pattern in _KIND_WORDS:
        if pattern.search(name or ""):
            return kind
    return OrganisationKind.OTHER
