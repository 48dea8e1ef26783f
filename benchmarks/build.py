"""A large event built deterministically through the services, cached between runs.

The same seed gives the same organisations, people, agreements and deals every
time (ids and timestamps differ). Everything is written through the services a
desk uses, in batches wrapped in one outer transaction each (the services' own
transactions become savepoints), so 100,000 deals take a minute rather than
100,000 fsyncs. The built file is kept in a cache folder keyed by the scale and
a hash of the code that writes it; runs measure fresh copies of it.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from eventdesk.domain.clock import local_moment
from eventdesk.domain.entries import PartyInput
from eventdesk.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AttendeeCategory,
    OrganisationKind,
    TransactionKind,
    TransactionStage,
)
from eventdesk.domain.models import Actor, Attendee, Organisation
from eventdesk.services.demo import SECTOR_COMMODITIES, SETTINGS
from eventdesk.services.session import EventSession, create_event

ROOT = Path(__file__).resolve().parents[1]
BUILD_ACTOR = Actor(desk_id="b3ec0000-0000-4000-8000-00000000b001", desk_label="Meja Bench", operator="Panitia Bench")
EVENT_DAY = date(2025, 5, 8)
BATCH = 2_000  # rows per outer transaction while building


@dataclass(frozen=True)
class Scale:
    name: str
    attendees: int
    agreements: int
    transactions: int

    @property
    def organisations(self) -> int:
        return max(20, self.attendees // 10)


SCALES = {
    "full": Scale("full", 20_000, 2_000, 100_000),
    "quick": Scale("quick", 5_000, 500, 25_000),
    "tiny": Scale("tiny", 300, 30, 1_500),
}

FIRST = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Eko",
    "Sri",
    "Bambang",
    "Rina",
    "Joko",
    "Wulan",
    "Hadi",
    "Endang",
    "Teguh",
    "Yuliana",
    "Slamet",
    "Ratna",
    "Wahyu",
    "Nur",
    "Dimas",
    "Puspita",
    "Hendra",
    "Lestari",
    "Muhammad",
    "Noor",
    "Rusdi",
    "Aisyah",
    "Syahrani",
    "Fitri",
    "Akhmad",
    "Yusran",
    "Nurul",
    "Arif",
    "Rahmat",
    "Hairani",
    "Baharuddin",
    "Jumiati",
    "Irwan",
    "Yohana",
    "Samuel",
    "Lusiana",
    "Dayang",
    "Fikri",
]
MIDDLE = [
    "Adi",
    "Bayu",
    "Cahya",
    "Dwi",
    "Eka",
    "Fajar",
    "Galih",
    "Hari",
    "Indra",
    "Jaya",
    "Kusuma",
    "Laksmi",
    "Mega",
    "Nanda",
    "Okta",
    "Putri",
    "Rizki",
    "Sari",
    "Tri",
    "Yudha",
]
LAST = [
    "Santoso",
    "Rahayu",
    "Wibowo",
    "Susanti",
    "Prasetyo",
    "Handayani",
    "Kurniawan",
    "Setyowati",
    "Hidayat",
    "Purnomo",
    "Wijaya",
    "Utomo",
    "Sulistyo",
    "Maharani",
    "Nugroho",
    "Fitriani",
    "Hasanuddin",
    "Rahman",
    "Effendi",
    "Aminah",
    "Saputra",
    "Ismail",
    "Ramadhani",
    "Lahang",
    "Ngau",
    "Jalung",
    "Sulaiman",
    "Anwar",
    "Mahdiannur",
    "Kesuma",
    "Ardiansyah",
]
ORG_WORDS = [
    "Maju",
    "Jaya",
    "Sentosa",
    "Abadi",
    "Makmur",
    "Sejahtera",
    "Bahari",
    "Nusantara",
    "Mandiri",
    "Lestari",
    "Prima",
    "Agung",
    "Borneo",
    "Mahakam",
    "Brantas",
    "Etam",
    "Samudra",
    "Pesisir",
    "Mitra",
    "Karya",
    "Sumber",
    "Rejeki",
    "Cahaya",
    "Harapan",
]
ORG_FORMS = {
    OrganisationKind.COMPANY: ("PT", "CV"),
    OrganisationKind.UMKM: ("UD", "Usaha", "Olahan"),
    OrganisationKind.ENTERPRISE: ("PT", "Perumda"),
    OrganisationKind.GOVERNMENT: ("Dinas", "Badan"),
    OrganisationKind.ASSOCIATION: ("Asosiasi", "Himpunan"),
    OrganisationKind.COOPERATIVE: ("Koperasi", "KUD"),
    OrganisationKind.OTHER: ("Yayasan", "Lembaga"),
}
KIND_WEIGHTS = {
    OrganisationKind.COMPANY: 40,
    OrganisationKind.UMKM: 35,
    OrganisationKind.ENTERPRISE: 5,
    OrganisationKind.GOVERNMENT: 8,
    OrganisationKind.ASSOCIATION: 4,
    OrganisationKind.COOPERATIVE: 6,
    OrganisationKind.OTHER: 2,
}
CATEGORIES = {
    OrganisationKind.GOVERNMENT: [AttendeeCategory.GOVERNMENT, AttendeeCategory.VIP],
    OrganisationKind.ENTERPRISE: [AttendeeCategory.INVESTOR, AttendeeCategory.BUYER],
    OrganisationKind.COMPANY: [AttendeeCategory.BUYER, AttendeeCategory.SELLER, AttendeeCategory.INVESTOR],
    OrganisationKind.UMKM: [AttendeeCategory.SELLER],
    OrganisationKind.COOPERATIVE: [AttendeeCategory.SELLER, AttendeeCategory.BUYER],
    OrganisationKind.ASSOCIATION: [AttendeeCategory.BUYER, AttendeeCategory.SPEAKER],
    OrganisationKind.OTHER: [AttendeeCategory.SPEAKER, AttendeeCategory.MEDIA],
}
TITLES = ("Direktur Utama", "Direktur", "Manajer Pemasaran", "Manajer Pengadaan", "Pemilik", "Kepala Bidang", "Staf")

Progress = Callable[[str], None]


def code_version() -> str:
    """A hash of the code that writes an event (domain, store, services) and of this builder."""
    digest = hashlib.sha256()
    files = [Path(__file__)]
    for package in ("domain", "store", "services"):
        files += sorted((ROOT / "eventdesk" / package).rglob("*.py"))
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_dir() -> Path:
    base = os.environ.get("EVENTDESK_BENCH_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventdesk-bench"


def cached_event(scale: Scale, progress: Progress, *, rebuild: bool = False) -> Path:
    """The built event file of `scale` for the current code, built now when it is not cached yet."""
    folder = cache_dir()
    path = folder / f"{scale.name}-{code_version()}.eventdesk"
    if path.exists() and not rebuild:
        progress(f"using the cached event {path}")
        return path
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{scale.name}-*.eventdesk*"):
        old.unlink()  # builds of older code
    building = folder / f".{path.name}.building"
    for leftover in folder.glob(building.name + "*"):
        leftover.unlink()
    build_event(building, scale, progress)
    os.replace(building, path)
    return path


def fresh_copy(source: Path, folder: Path, name: str = "bench.eventdesk") -> Path:
    """A copy to measure on (the cached file stays untouched), on disk before any case times a commit.

    Without the fsync the copy's dirty pages are written back during the first timed
    commits (ext4 flushes them with the journal), and a check-in seems to take 7 ms.
    """
    target = folder / name
    for leftover in folder.glob(name + "*"):
        leftover.unlink()
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    return target


def build_event(path: Path, scale: Scale, progress: Progress) -> None:
    """Write the event of `scale` at `path` through the services; closed when done (WAL folded in)."""
    started = time.perf_counter()
    rng = random.Random(20250508)
    session = create_event(path, BUILD_ACTOR, replace(SETTINGS, name=f"Misi Bench ({scale.name})"))
    try:
        organisations = _organisations(session, rng, scale)
        progress(f"  {len(organisations)} organisations ({time.perf_counter() - started:.0f} s)")
        people = _attendees(session, rng, scale, organisations)
        progress(f"  {len(people)} attendees ({time.perf_counter() - started:.0f} s)")
        agreement_ids = _agreements(session, rng, scale, organisations, people)
        progress(f"  {len(agreement_ids)} agreements ({time.perf_counter() - started:.0f} s)")
        _transactions(session, rng, scale, organisations, agreement_ids, progress)
        progress(f"  {scale.transactions} transactions ({time.perf_counter() - started:.0f} s)")
        _check_ins(session, rng, people)
        progress(f"  check-ins ({time.perf_counter() - started:.0f} s)")
    finally:
        session.close()
    progress(f"built {path.name} in {time.perf_counter() - started:.0f} s")


def _batches(items: list, size: int = BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _organisations(session: EventSession, rng: random.Random, scale: Scale) -> list[Organisation]:
    regions = [region.id for region in session.settings.regions()]
    kinds, weights = zip(*KIND_WEIGHTS.items(), strict=True)
    plan = []
    for number in range(scale.organisations):
        kind = rng.choices(kinds, weights)[0]
        name = f"{rng.choice(ORG_FORMS[kind])} {rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {number + 1}"
        region = regions[number % len(regions)] if number % 50 else None  # a few from outside both regions
        plan.append((name, kind, region))
    added = []
    for batch in _batches(plan):
        with session.file.transaction():
            added += [session.organisations.add(name, kind, region) for name, kind, region in batch]
    return added


def registration_rows(scale: Scale, organisations: list[tuple[str, str]], *, first_number: int = 0) -> list[tuple]:
    """Rows of a delegation's registration list: (no, name, title, organisation, province, phone, email, category).

    `organisations` are (name, province) pairs; each gets every len(organisations)-th person.
    Within one organisation no two people share a first or a last name, so none is taken for
    a probable duplicate of another; phones and emails are unique (numbered from `first_number`).
    """
    rng = random.Random(first_number + scale.attendees)
    categories = ["Pembeli", "Penjual", "Investor", "Pemerintah", "Pembicara", "VIP", "Media"]
    rows = []
    for index in range(scale.attendees):
        number = first_number + index
        slot, column = divmod(index, len(organisations))
        organisation, province = organisations[column]
        name = f"{FIRST[(slot + column) % len(FIRST)]} {rng.choice(MIDDLE)} {LAST[(3 * slot + column) % len(LAST)]}"
        email = f"peserta{number}@contoh.co.id" if rng.random() < 0.6 else ""
        rows.append(
            (
                index + 1,
                name,
                rng.choice(TITLES),
                organisation,
                province,
                f"0812{number:08d}",
                email,
                rng.choice(categories),
            )
        )
    return rows


def write_registration_list(path: Path, rows: list[tuple]) -> None:
    """An XLSX as delegations send them: a title row, a blank row, the header, the people, a footer."""
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Peserta")
    sheet.append(["REKAP PENDAFTARAN PESERTA MISI DAGANG"])
    sheet.append([])
    sheet.append(["No.", "Nama Lengkap", "Jabatan", "Instansi", "Provinsi", "No. HP", "Email", "Kategori"])
    for row in rows:
        sheet.append(list(row))
    sheet.append([None, f"Jumlah peserta: {len(rows)} orang"])
    workbook.save(path)


def _attendees(
    session: EventSession, rng: random.Random, scale: Scale, organisations: list[Organisation]
) -> list[Attendee]:
    """Everyone registered at once from one registration list, as a delegation's spreadsheet is imported."""
    region_names = {region.id: region.name for region in session.settings.regions()}
    rows = registration_rows(scale, [(o.name, region_names.get(o.region_id, "")) for o in organisations])
    source = session.path.with_name(session.path.stem + "-peserta.xlsx")
    write_registration_list(source, rows)
    try:
        report = session.imports.run(source)
    finally:
        source.unlink()
    if report.imported != scale.attendees:
        raise RuntimeError(
            f"the registration list imported {report.imported} of {scale.attendees} people "
            f"({report.duplicates} duplicates, {report.rejected} rejected)"
        )
    people = session.attendees.list()
    people.sort(key=lambda person: person.code)
    return people


def _agreements(
    session: EventSession,
    rng: random.Random,
    scale: Scale,
    organisations: list[Organisation],
    people: list[Attendee],
) -> list[str]:
    """Agreements between two organisations of the two regions; about a hundred scheduled, most of those signed."""
    by_organisation: dict[str, Attendee] = {}
    for person in people:
        by_organisation.setdefault(person.organisation_id, person)
    sectors = [sector.id for sector in session.settings.sectors()]
    spots = [spot.name for spot in session.settings.get().spots]
    kinds = list(AgreementKind)
    ids = []
    with_signatory = [o for o in organisations if o.id in by_organisation]
    for batch in _batches(list(range(scale.agreements)), 500):
        with session.file.transaction():
            for number in batch:
                first, second = rng.sample(with_signatory, 2)
                kind = kinds[number % len(kinds)]
                parties = [
                    PartyInput(o.id, by_organisation[o.id].id, f"{by_organisation[o.id].title}, {o.name}")
                    for o in (first, second)
                ]
                value = (
                    rng.randrange(1, 500) * 100_000_000 if kind in (AgreementKind.CONTRACT, AgreementKind.LOI) else None
                )
                agreement = session.agreements.create(
                    kind,
                    f"Kerja sama {first.name} – {second.name}",
                    parties,
                    number=f"{number + 1:04d}/BENCH/V/2025",
                    sector_id=rng.choice(sectors),
                    value_idr=value,
                )
                ids.append(agreement.id)
    # One agreement every five minutes from 08:00, none overlapping: no conflict whatever the rules.
    scheduled = ids[: min(len(ids), 100)]
    with session.file.transaction():
        for slot, agreement_id in enumerate(scheduled):
            starts_at = local_moment(EVENT_DAY, 8, 0, SETTINGS.timezone) + timedelta(minutes=5 * slot)
            session.agreements.schedule(
                agreement_id, starts_at, starts_at + timedelta(minutes=5), spots[slot % len(spots)]
            )
            if slot % 10 == 9:
                session.agreements.set_status(agreement_id, AgreementStatus.POSTPONED, "Penanda tangan berhalangan.")
            elif slot < 70:
                session.agreements.mark_signed(agreement_id, starts_at + timedelta(minutes=2))
    return ids


def _transactions(
    session: EventSession,
    rng: random.Random,
    scale: Scale,
    organisations: list[Organisation],
    agreement_ids: list[str],
    progress: Progress,
) -> None:
    """Deals between the regions (some within one), about 1% voided and replaced, a tenth verified."""
    by_region: dict[str | None, list[Organisation]] = {}
    for organisation in organisations:
        by_region.setdefault(organisation.region_id, []).append(organisation)
    regions = [region.id for region in session.settings.regions()]
    sectors = {sector.name: sector.id for sector in session.settings.sectors()}
    sector_names = [name for name in SECTOR_COMMODITIES if name in sectors]
    stages = list(TransactionStage)
    started = time.perf_counter()
    booked = 0
    while booked < scale.transactions:
        count = min(BATCH, scale.transactions - booked)
        with session.file.transaction():
            batch_ids = []
            for _ in range(count):
                roll = rng.random()
                if roll < 0.6:
                    buyer = rng.choice(by_region[regions[0]])
                    seller = rng.choice(by_region[regions[1]])
                elif roll < 0.9:
                    buyer = rng.choice(by_region[regions[1]])
                    seller = rng.choice(by_region[regions[0]])
                else:
                    buyer, seller = rng.sample(organisations, 2)
                sector = rng.choice(sector_names)
                commodity, unit = rng.choice(SECTOR_COMMODITIES[sector])
                investment = rng.random() < 0.15
                transaction = session.transactions.book(
                    buyer_id=buyer.id,
                    seller_id=seller.id,
                    value=rng.randrange(1, 2_000) * 5_000_000,
                    kind=TransactionKind.INVESTMENT if investment else TransactionKind.TRADE,
                    stage=rng.choice(stages),
                    sector_id=sectors[sector],
                    commodity=commodity,
                    quantity=None if investment else float(rng.randint(1, 500)),
                    unit="" if investment else unit,
                    agreement_id=rng.choice(agreement_ids) if agreement_ids and rng.random() < 0.05 else None,
                )
                batch_ids.append(transaction.id)
            for transaction_id in batch_ids[::100]:
                session.transactions.void(transaction_id, "Salah ketik nilai; dicatat ulang.")
            session.transactions.verify(batch_ids[1::10])
        booked += count
        rate = booked / (time.perf_counter() - started)
        progress(f"  … {booked} transactions ({rate:.0f}/s)")


def _check_ins(session: EventSession, rng: random.Random, people: list[Attendee]) -> None:
    """Half of the attendees are in; the other half is left for the check-in case."""
    opening = local_moment(EVENT_DAY, 7, 30, SETTINGS.timezone)
    arrived = [person for index, person in enumerate(people) if index % 2 == 0]
    for batch in _batches(arrived):
        with session.file.transaction():
            for person in batch:
                session.attendees.check_in(person.code, at=opening + timedelta(seconds=rng.randint(0, 3 * 3600)))


if __name__ == "__main__":  # pragma: no cover - a way to build one by hand
    sys.path.insert(0, str(ROOT))
    build_event(Path(sys.argv[2]), SCALES[sys.argv[1]], print)
