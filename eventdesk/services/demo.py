"""The Balikpapan demo mission (8 May 2025), written through the same services as a user's work.

Deterministic: the same names, codes, agreements and figures every time. The
booked transactions add up to exactly Rp666.000.000.000, the figure the
governor announced; one mistyped entry is voided and replaced, as at a real desk.
All organisations and people are invented.
"""

from __future__ import annotations

import os
import random
from datetime import date, datetime, time, timedelta

from eventdesk.domain.clock import SetClock, local_moment, set_clock
from eventdesk.domain.entries import PartyInput
from eventdesk.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AttendeeCategory,
    OrganisationKind,
    SpotKind,
    TransactionKind,
    TransactionStage,
)
from eventdesk.domain.models import Actor, Attendee, EventSettings, Official, Organisation, Spot
from eventdesk.domain.progress import ProgressCallback
from eventdesk.services.session import EventSession, create_event

DEMO_ACTOR = Actor(desk_id="d3e0d3e0-0000-4000-8000-000000000001", desk_label="Meja Demo", operator="Panitia Demo")
DEMO_TOTAL_IDR = 666_000_000_000
EVENT_DAY = date(2025, 5, 8)
TIMEZONE = "Asia/Makassar"

JATIM, KALTIM = "Jawa Timur", "Kalimantan Timur"

PREPARED_AT = local_moment(date(2025, 5, 7), 14, 0, TIMEZONE)  # the office registers and schedules the day before
FIRST_DEAL_AT = local_moment(EVENT_DAY, 9, 0, TIMEZONE)
LAST_DEAL_AT = local_moment(EVENT_DAY, 16, 30, TIMEZONE)

SETTINGS = EventSettings(
    name="Misi Dagang dan Investasi Jawa Timur – Kalimantan Timur 2025",
    theme="Meningkatkan Jejaring Konektivitas antara Provinsi Jawa Timur dan Provinsi Kalimantan Timur",
    venue="Ballroom Hotel Pesisir Balikpapan",
    city="Balikpapan",
    start_date=EVENT_DAY,
    end_date=EVENT_DAY,
    timezone=TIMEZONE,
    day_start=time(8, 0),
    day_end=time(17, 0),
    spots=[
        Spot("Panggung Utama", SpotKind.STAGE),
        Spot("Meja Penandatanganan 1", SpotKind.TABLE),
        Spot("Meja Penandatanganan 2", SpotKind.TABLE),
    ],
    officials=[
        Official(
            "Dr. H. Ahmad Fauzi Rachman, M.Si.",
            "Kepala Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur",
            JATIM,
            "19700512 199603 1 004",
        ),
        Official(
            "Ir. Hj. Rahmawati Syarifuddin, M.M.",
            "Kepala Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Timur",
            KALTIM,
            "19720825 199803 2 007",
        ),
    ],
    organiser="Pemerintah Provinsi Jawa Timur\nDinas Perindustrian dan Perdagangan",
    organiser_address="Jl. Siwalankerto No. 137–139, Surabaya 60236",
    target_idr=650_000_000_000,  # the target announced for the 2025 mission
)

# (name, kind, region)
ORGANISATIONS: list[tuple[str, OrganisationKind, str | None]] = [
    ("Dinas Kelautan dan Perikanan Provinsi Jawa Timur", OrganisationKind.GOVERNMENT, JATIM),
    ("Dinas Kelautan dan Perikanan Provinsi Kalimantan Timur", OrganisationKind.GOVERNMENT, KALTIM),
    ("Dinas Kebudayaan dan Pariwisata Provinsi Jawa Timur", OrganisationKind.GOVERNMENT, JATIM),
    ("Dinas Pariwisata Provinsi Kalimantan Timur", OrganisationKind.GOVERNMENT, KALTIM),
    ("Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur", OrganisationKind.GOVERNMENT, JATIM),
    ("Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Timur", OrganisationKind.GOVERNMENT, KALTIM),
    ("DPMPTSP Provinsi Jawa Timur", OrganisationKind.GOVERNMENT, JATIM),
    ("DPMPTSP Provinsi Kalimantan Timur", OrganisationKind.GOVERNMENT, KALTIM),
    ("Dinas Koperasi dan UKM Provinsi Jawa Timur", OrganisationKind.GOVERNMENT, JATIM),
    ("Dinas Pangan, Tanaman Pangan dan Hortikultura Kalimantan Timur", OrganisationKind.GOVERNMENT, KALTIM),
    ("PT Jatim Agro Nusantara (Perseroda)", OrganisationKind.ENTERPRISE, JATIM),
    ("PT Graha Niaga Jatim (Perseroda)", OrganisationKind.ENTERPRISE, JATIM),
    ("PT Kaltim Mitra Bahari (Perseroda)", OrganisationKind.ENTERPRISE, KALTIM),
    ("PT Pelabuhan Benua Etam (Perseroda)", OrganisationKind.ENTERPRISE, KALTIM),
    ("PT Samudra Biru Mandiri", OrganisationKind.COMPANY, JATIM),
    ("PT Surya Pangan Nusantara", OrganisationKind.COMPANY, JATIM),
    ("PT Madura Garam Makmur", OrganisationKind.COMPANY, JATIM),
    ("PT Bromo Agro Industri", OrganisationKind.COMPANY, JATIM),
    ("PT Brantas Logistik Prima", OrganisationKind.COMPANY, JATIM),
    ("PT Tulungagung Marmer Indah", OrganisationKind.COMPANY, JATIM),
    ("PT Borneo Segar Lestari", OrganisationKind.COMPANY, KALTIM),
    ("PT Mahakam Bahari Sejahtera", OrganisationKind.COMPANY, KALTIM),
    ("CV Teluk Balikpapan Jaya", OrganisationKind.COMPANY, KALTIM),
    ("PT Etam Wisata Pesisir", OrganisationKind.COMPANY, KALTIM),
    ("PT Kutai Sawit Lestari", OrganisationKind.COMPANY, KALTIM),
    ("PT Manggar Resort Internasional", OrganisationKind.COMPANY, KALTIM),
    ("UD Kerupuk Ikan Bu Sri", OrganisationKind.UMKM, JATIM),
    ("Batik Tulis Sekar Jagad", OrganisationKind.UMKM, JATIM),
    ("Keripik Tempe Sanan Malang", OrganisationKind.UMKM, JATIM),
    ("Kopi Lereng Arjuno", OrganisationKind.UMKM, JATIM),
    ("Abon Ikan Pesisir Kenjeran", OrganisationKind.UMKM, JATIM),
    ("Bandeng Presto Gresik Asri", OrganisationKind.UMKM, JATIM),
    ("Amplang Karya Etam", OrganisationKind.UMKM, KALTIM),
    ("Sambal Roa Mama Lina", OrganisationKind.UMKM, KALTIM),
    ("Madu Hutan Long Bagun", OrganisationKind.UMKM, KALTIM),
    ("Tenun Ulap Doyo Tanjung Isuy", OrganisationKind.UMKM, KALTIM),
    ("Olahan Rumput Laut Bontang Lestari", OrganisationKind.UMKM, KALTIM),
    ("Kerajinan Manik Dayak Samarinda", OrganisationKind.UMKM, KALTIM),
    ("Koperasi Nelayan Mina Bahari Puger", OrganisationKind.COOPERATIVE, JATIM),
    ("KUD Sumber Rejeki Lamongan", OrganisationKind.COOPERATIVE, JATIM),
    ("Koperasi Produsen Tani Makmur Paser", OrganisationKind.COOPERATIVE, KALTIM),
    ("Koperasi Wisata Pantai Manggar", OrganisationKind.COOPERATIVE, KALTIM),
    ("Kadin Provinsi Jawa Timur", OrganisationKind.ASSOCIATION, JATIM),
    ("Kadin Provinsi Kalimantan Timur", OrganisationKind.ASSOCIATION, KALTIM),
    ("HIPMI Kalimantan Timur", OrganisationKind.ASSOCIATION, KALTIM),
    ("Asosiasi Pengusaha Perikanan Jawa Timur", OrganisationKind.ASSOCIATION, JATIM),
    ("Lembaga Riset Pesisir Nusantara", OrganisationKind.OTHER, JATIM),
    ("Yayasan Ekowisata Delta Mahakam", OrganisationKind.OTHER, KALTIM),
    ("Saigon Seafood Trading JSC", OrganisationKind.COMPANY, None),
    ("Harian Etam Pos", OrganisationKind.OTHER, KALTIM),
    ("Surabaya Kini Media", OrganisationKind.OTHER, JATIM),
    ("Panitia Misi Dagang 2025", OrganisationKind.GOVERNMENT, KALTIM),
]

# The kabupaten/kota of each organisation; provincial offices sit in the provincial capital.
_SURABAYA, _SAMARINDA, _BALIKPAPAN = "Kota Surabaya", "Kota Samarinda", "Kota Balikpapan"
DISTRICTS: dict[str, str] = {
    "PT Surya Pangan Nusantara": "Kabupaten Sidoarjo",
    "PT Madura Garam Makmur": "Kabupaten Sumenep",
    "PT Bromo Agro Industri": "Kabupaten Probolinggo",
    "PT Tulungagung Marmer Indah": "Kabupaten Tulungagung",
    "UD Kerupuk Ikan Bu Sri": "Kabupaten Sidoarjo",
    "Batik Tulis Sekar Jagad": "Kabupaten Pamekasan",
    "Keripik Tempe Sanan Malang": "Kota Malang",
    "Kopi Lereng Arjuno": "Kabupaten Malang",
    "Bandeng Presto Gresik Asri": "Kabupaten Gresik",
    "Koperasi Nelayan Mina Bahari Puger": "Kabupaten Jember",
    "KUD Sumber Rejeki Lamongan": "Kabupaten Lamongan",
    "PT Pelabuhan Benua Etam (Perseroda)": _BALIKPAPAN,
    "PT Borneo Segar Lestari": _BALIKPAPAN,
    "CV Teluk Balikpapan Jaya": _BALIKPAPAN,
    "PT Etam Wisata Pesisir": _BALIKPAPAN,
    "PT Kutai Sawit Lestari": "Kabupaten Kutai Kartanegara",
    "PT Manggar Resort Internasional": _BALIKPAPAN,
    "Sambal Roa Mama Lina": _BALIKPAPAN,
    "Madu Hutan Long Bagun": "Kabupaten Mahakam Hulu",
    "Tenun Ulap Doyo Tanjung Isuy": "Kabupaten Kutai Barat",
    "Olahan Rumput Laut Bontang Lestari": "Kota Bontang",
    "Koperasi Produsen Tani Makmur Paser": "Kabupaten Paser",
    "Koperasi Wisata Pantai Manggar": _BALIKPAPAN,
    "Yayasan Ekowisata Delta Mahakam": "Kabupaten Kutai Kartanegara",
    "Harian Etam Pos": _BALIKPAPAN,
    "Panitia Misi Dagang 2025": _BALIKPAPAN,
}


def _district_of(name: str, region: str | None) -> str:
    """The organisation's kabupaten/kota; the others of a region sit in its capital, a guest from abroad in none."""
    if region is None:
        return ""
    return DISTRICTS.get(name, _SURABAYA if region == JATIM else _SAMARINDA)


FIRST_NAMES_JATIM = [
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
]
LAST_NAMES_JATIM = [
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
]
FIRST_NAMES_KALTIM = [
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
LAST_NAMES_KALTIM = [
    "Syahrani",
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

TITLES = {
    OrganisationKind.GOVERNMENT: ["Kepala Dinas", "Sekretaris Dinas", "Kepala Bidang", "Analis Kebijakan"],
    OrganisationKind.ENTERPRISE: ["Direktur Utama", "Direktur Usaha", "Manajer Pengembangan Bisnis"],
    OrganisationKind.COMPANY: ["Direktur Utama", "Direktur", "Manajer Pemasaran", "Manajer Pengadaan"],
    OrganisationKind.UMKM: ["Pemilik", "Pengelola", "Bagian Pemasaran"],
    OrganisationKind.COOPERATIVE: ["Ketua", "Bendahara", "Manajer"],
    OrganisationKind.ASSOCIATION: ["Ketua Umum", "Wakil Ketua", "Sekretaris Jenderal"],
    OrganisationKind.OTHER: ["Direktur", "Peneliti", "Koordinator Program"],
}
CATEGORY_BY_KIND = {
    OrganisationKind.GOVERNMENT: [AttendeeCategory.GOVERNMENT],
    OrganisationKind.ENTERPRISE: [AttendeeCategory.INVESTOR, AttendeeCategory.BUYER],
    OrganisationKind.COMPANY: [AttendeeCategory.BUYER, AttendeeCategory.SELLER, AttendeeCategory.INVESTOR],
    OrganisationKind.UMKM: [AttendeeCategory.SELLER],
    OrganisationKind.COOPERATIVE: [AttendeeCategory.SELLER, AttendeeCategory.BUYER],
    OrganisationKind.ASSOCIATION: [AttendeeCategory.BUYER, AttendeeCategory.SPEAKER],
    OrganisationKind.OTHER: [AttendeeCategory.SPEAKER],
}

# (kind, number, title, sector, value, first party, second party, status, slot start, spot, minutes)
AGREEMENTS = [
    (
        AgreementKind.MOU,
        "001/MoU/DKP/V/2025",
        "Kerja Sama Pengembangan Perikanan Tangkap dan Budidaya",
        "Perikanan",
        None,
        "Dinas Kelautan dan Perikanan Provinsi Jawa Timur",
        "Dinas Kelautan dan Perikanan Provinsi Kalimantan Timur",
        AgreementStatus.SIGNED,
        time(10, 0),
        "Panggung Utama",
        15,
    ),
    (
        AgreementKind.MOU,
        "002/MoU/PAR/V/2025",
        "Promosi Bersama Pariwisata Pesisir Jawa Timur – Kalimantan Timur",
        "Pariwisata Pesisir",
        None,
        "Dinas Kebudayaan dan Pariwisata Provinsi Jawa Timur",
        "Dinas Pariwisata Provinsi Kalimantan Timur",
        AgreementStatus.SIGNED,
        time(10, 15),
        "Panggung Utama",
        15,
    ),
    (
        AgreementKind.MOU,
        "003/MoU/PM/V/2025",
        "Fasilitasi Penanaman Modal Antardaerah",
        "Jasa dan Lainnya",
        None,
        "DPMPTSP Provinsi Jawa Timur",
        "DPMPTSP Provinsi Kalimantan Timur",
        AgreementStatus.SIGNED,
        time(10, 30),
        "Panggung Utama",
        15,
    ),
    (
        AgreementKind.PKS,
        "004/PKS/KADIN/V/2025",
        "Jejaring Konektivitas Usaha Anggota Kadin",
        "Perdagangan dan Logistik",
        None,
        "Kadin Provinsi Jawa Timur",
        "Kadin Provinsi Kalimantan Timur",
        AgreementStatus.SIGNED,
        time(10, 45),
        "Panggung Utama",
        15,
    ),
    (
        AgreementKind.CONTRACT,
        "005/KTR/SBM-MBS/V/2025",
        "Pasokan Udang Windu Beku",
        "Perikanan",
        48_000_000_000,
        "PT Samudra Biru Mandiri",
        "PT Mahakam Bahari Sejahtera",
        AgreementStatus.SIGNED,
        time(11, 0),
        "Meja Penandatanganan 1",
        20,
    ),
    (
        AgreementKind.CONTRACT,
        "006/KTR/SPN-KPTM/V/2025",
        "Pasokan Jagung Pipil Kering untuk Pakan",
        "Pengolahan Hasil Bumi",
        22_500_000_000,
        "PT Surya Pangan Nusantara",
        "Koperasi Produsen Tani Makmur Paser",
        AgreementStatus.SIGNED,
        time(11, 0),
        "Meja Penandatanganan 2",
        20,
    ),
    (
        AgreementKind.PKS,
        "007/PKS/EWP-GNJ/V/2025",
        "Paket Wisata Pesisir Balikpapan – Banyuwangi",
        "Pariwisata Pesisir",
        12_000_000_000,
        "PT Graha Niaga Jatim (Perseroda)",
        "PT Etam Wisata Pesisir",
        AgreementStatus.SIGNED,
        time(11, 30),
        "Meja Penandatanganan 1",
        20,
    ),
    (
        AgreementKind.LOI,
        "008/LoI/JAN-KSL/V/2025",
        "Rencana Investasi Pabrik Pengolahan Minyak Sawit Mini",
        "Pengolahan Hasil Bumi",
        150_000_000_000,
        "PT Jatim Agro Nusantara (Perseroda)",
        "PT Kutai Sawit Lestari",
        AgreementStatus.SIGNED,
        time(11, 30),
        "Meja Penandatanganan 2",
        20,
    ),
    (
        AgreementKind.PKS,
        "009/PKS/KUKM-HIPMI/V/2025",
        "Pendampingan Ekspor dan Pemasaran Digital UMKM",
        "Ekonomi Kreatif",
        None,
        "Dinas Koperasi dan UKM Provinsi Jawa Timur",
        "HIPMI Kalimantan Timur",
        AgreementStatus.SIGNED,
        time(13, 30),
        "Panggung Utama",
        15,
    ),
    (
        AgreementKind.CONTRACT,
        "010/KTR/BSL-MGM/V/2025",
        "Pasokan Garam Industri",
        "Pengolahan Hasil Bumi",
        9_000_000_000,
        "PT Borneo Segar Lestari",
        "PT Madura Garam Makmur",
        AgreementStatus.SCHEDULED,
        time(14, 0),
        "Meja Penandatanganan 1",
        20,
    ),
    (
        AgreementKind.MOU,
        "011/MoU/PBE-BLP/V/2025",
        "Konektivitas Logistik Laut Surabaya – Balikpapan",
        "Perdagangan dan Logistik",
        None,
        "PT Pelabuhan Benua Etam (Perseroda)",
        "PT Brantas Logistik Prima",
        AgreementStatus.SCHEDULED,
        time(14, 0),
        "Panggung Utama",
        15,
    ),
    (
        AgreementKind.LOI,
        "012/LoI/MRI-BAI/V/2025",
        "Pasokan Sayur dan Buah Dataran Tinggi untuk Resort",
        "Pariwisata Pesisir",
        None,
        "PT Manggar Resort Internasional",
        "PT Bromo Agro Industri",
        AgreementStatus.POSTPONED,
        time(14, 30),
        "Meja Penandatanganan 2",
        20,
    ),
    (
        AgreementKind.PKS,
        "013/PKS/KNMB-KWPM/V/2025",
        "Wisata Bahari Berbasis Kampung Nelayan",
        "Pariwisata Pesisir",
        None,
        "Koperasi Nelayan Mina Bahari Puger",
        "Koperasi Wisata Pantai Manggar",
        AgreementStatus.DRAFT,
        None,
        None,
        0,
    ),
    (
        AgreementKind.CONTRACT,
        "014/KTR/KIBS-AKE/V/2025",
        "Pertukaran Produk Olahan Ikan",
        "Perikanan",
        350_000_000,
        "UD Kerupuk Ikan Bu Sri",
        "Amplang Karya Etam",
        AgreementStatus.CANCELLED,
        time(15, 0),
        "Meja Penandatanganan 1",
        15,
    ),
]

SECTOR_COMMODITIES = {
    "Perikanan": [
        ("Udang windu beku", "ton"),
        ("Ikan tuna loin", "ton"),
        ("Bandeng presto", "karton"),
        ("Rumput laut kering", "ton"),
    ],
    "Pariwisata Pesisir": [
        ("Paket wisata bahari", "paket"),
        ("Pengembangan homestay pesisir", "unit"),
        ("Kapal wisata", "unit"),
    ],
    "Pengolahan Hasil Bumi": [
        ("Jagung pipil kering", "ton"),
        ("Tepung tapioka", "ton"),
        ("Minyak kelapa", "ton"),
        ("Kopi sangrai", "kg"),
    ],
    "Perdagangan dan Logistik": [("Jasa angkutan kontainer", "TEU"), ("Gudang berpendingin", "unit")],
    "Ekonomi Kreatif": [("Batik tulis", "lembar"), ("Tenun ulap doyo", "lembar"), ("Kerajinan manik", "paket")],
    "Energi dan Pertambangan": [("Panel surya atap", "unit")],
    "Industri Pengolahan": [("Marmer olahan", "m²"), ("Kemasan makanan", "rim")],
}


def write_demo(path: str | os.PathLike[str], progress: ProgressCallback | None = None) -> EventSession:
    """Create the demo event file at `path` (which must not exist yet) and return it open."""
    session = create_event(path, DEMO_ACTOR, SETTINGS)
    try:
        _fill(session, progress or (lambda done, total: None))
    except BaseException:
        session.close()
        raise
    return session


def _fill(session: EventSession, progress: ProgressCallback) -> None:
    # Written as the mission day happened: registrations the day before, then check-ins, signings and
    # deals at their own times of 8 May 2025 in WITA (so `totals --at` and the curve of the day mean something).
    with set_clock(SetClock(PREPARED_AT)) as clock:
        rng = random.Random(20250508)
        regions = {region.name: region.id for region in session.settings.regions()}
        sectors = {sector.name: sector.id for sector in session.settings.sectors()}
        progress(1, 5)
        organisations = {
            name: session.organisations.add(
                name, kind, regions.get(region) if region else None, district=_district_of(name, region)
            )
            for name, kind, region in ORGANISATIONS
        }
        progress(2, 5)
        people = _register_people(session, rng, organisations)
        progress(3, 5)
        # In the order of the day, so the desk's last entry is the day's last deal: arrivals from 07.30,
        # signings from 10.00, deals from 09.00 to 16.30 (each row's own entries are in time order).
        _check_in(session, random.Random(20250508 + 1), people, clock)
        _sign_agreements(session, organisations, people, sectors, clock)
        progress(4, 5)
        _book_transactions(session, rng, organisations, sectors, clock)
        progress(5, 5)


def _person_name(rng: random.Random, region: str | None, used: set[str]) -> str:
    firsts, lasts = (
        (FIRST_NAMES_KALTIM, LAST_NAMES_KALTIM) if region == KALTIM else (FIRST_NAMES_JATIM, LAST_NAMES_JATIM)
    )
    while True:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name not in used:
            used.add(name)
            return name


def _register_people(
    session: EventSession, rng: random.Random, organisations: dict[str, Organisation]
) -> dict[str, list[Attendee]]:
    """Two to four people per organisation, plus the guests of honour; returns people by organisation."""
    used: set[str] = set()
    people: dict[str, list[Attendee]] = {}
    phone_numbers = rng.sample(range(10_000_000, 99_999_999), 400)
    special = {
        "Saigon Seafood Trading JSC": [
            ("Đặng Thị Ngọc Ánh", "Giám đốc Phát triển Kinh doanh", AttendeeCategory.INVESTOR)
        ],
        "Harian Etam Pos": [
            ("Yohana Lahang", "Wartawan Ekonomi", AttendeeCategory.MEDIA),
            ("Fikri Ardiansyah", "Fotografer", AttendeeCategory.MEDIA),
        ],
        "Surabaya Kini Media": [
            ("Wulan Maharani", "Redaktur", AttendeeCategory.MEDIA),
            ("José Müller Santoso", "Koresponden", AttendeeCategory.MEDIA),
        ],
        "Panitia Misi Dagang 2025": [
            (f"{name}", "Panitia", AttendeeCategory.COMMITTEE)
            for name in (
                "Rusdi Effendi",
                "Nurul Aminah",
                "Irwan Saputra",
                "Lusiana Kesuma",
                "Dimas Nugroho",
                "Hairani Rahman",
            )
        ],
        "Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur": [
            ("Dr. H. Ahmad Fauzi Rachman, M.Si.", "Kepala Dinas", AttendeeCategory.VIP),
            (
                "Drs. H. Sutrisno Wicaksono, M.M.",
                "Gubernur Jawa Timur (diwakili Sekretaris Daerah)",
                AttendeeCategory.VIP,
            ),
        ],
        "Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Timur": [
            ("Ir. Hj. Rahmawati Syarifuddin, M.M.", "Kepala Dinas", AttendeeCategory.VIP),
            ("Dr. H. Akhmad Yusran Hasanuddin, S.H., M.H.", "Gubernur Kalimantan Timur", AttendeeCategory.VIP),
        ],
    }
    for name in (
        "Yohana Lahang",
        "Fikri Ardiansyah",
        "Wulan Maharani",
        "Rusdi Effendi",
        "Nurul Aminah",
        "Irwan Saputra",
        "Lusiana Kesuma",
        "Dimas Nugroho",
        "Hairani Rahman",
    ):
        used.add(name)
    for organisation_name, kind, region in ORGANISATIONS:
        organisation = organisations[organisation_name]
        entries = list(special.get(organisation_name, []))
        if organisation_name not in (
            "Harian Etam Pos",
            "Surabaya Kini Media",
            "Panitia Misi Dagang 2025",
            "Saigon Seafood Trading JSC",
        ):
            titles = TITLES[kind]
            for index in range(rng.randint(2, 4)):
                category = rng.choice(CATEGORY_BY_KIND[kind])
                entries.append((_person_name(rng, region, used), titles[index % len(titles)], category))
        registered = []
        for full_name, title, category in entries:
            number = phone_numbers.pop()
            email = None
            if rng.random() < 0.6:
                local = full_name.split(",")[0].replace(".", "").split()
                email = f"{local[0].lower()}.{local[-1].lower()}{number % 100}@contoh.co.id"
                if email in used:
                    email = None
                else:
                    used.add(email)
            registered.append(
                session.attendees.register(
                    full_name,
                    category,
                    organisation_id=organisation.id,
                    title=title,
                    phone=f"+62812{number}",
                    email=email,
                )
            )
        people[organisation_name] = registered
    return people


def _signatory(people: list[Attendee]) -> Attendee:
    """The most senior person of an organisation: a VIP if there is one, else the first registered."""
    return next((p for p in people if p.category is AttendeeCategory.VIP), people[0])


def _sign_agreements(
    session: EventSession,
    organisations: dict[str, Organisation],
    people: dict[str, list[Attendee]],
    sectors: dict[str, str],
    clock: SetClock,
) -> None:
    for kind, number, title, sector, value, first, second, status, start, spot, minutes in AGREEMENTS:
        clock.now = PREPARED_AT
        parties = []
        for organisation_name in (first, second):
            signatory = _signatory(people[organisation_name])
            parties.append(
                PartyInput(
                    organisations[organisation_name].id,
                    signatory.id,
                    f"{signatory.title}, {organisation_name}",
                )
            )
        agreement = session.agreements.create(
            kind,
            title,
            parties,
            number=number,
            sector_id=sectors[sector],
            value_idr=value,
            mc_notes="Penandatanganan disaksikan kedua gubernur." if spot == "Panggung Utama" else "",
            witnesses="Gubernur Jawa Timur\nGubernur Kalimantan Timur" if spot == "Panggung Utama" else "",
        )
        if start is None or spot is None:
            continue
        starts_at = local_moment(EVENT_DAY, start.hour, start.minute, TIMEZONE)
        session.agreements.schedule(agreement.id, starts_at, starts_at + timedelta(minutes=minutes), spot)
        if status is AgreementStatus.SIGNED:
            clock.now = starts_at + timedelta(minutes=minutes // 2)
            session.agreements.mark_signed(agreement.id, clock.now)
        elif status in (AgreementStatus.POSTPONED, AgreementStatus.CANCELLED):
            clock.now = starts_at
            reason = (
                "Penanda tangan berhalangan hadir; dijadwalkan ulang di Surabaya."
                if status is AgreementStatus.POSTPONED
                else "Para pihak sepakat menggabungkan ke kontrak lain."
            )
            session.agreements.set_status(agreement.id, status, reason)


def _book_transactions(
    session: EventSession,
    rng: random.Random,
    organisations: dict[str, Organisation],
    sectors: dict[str, str],
    clock: SetClock,
) -> None:
    """64 booked deals adding up to exactly DEMO_TOTAL_IDR, plus one voided and replaced."""
    agreements_by_title = {a.title: a for a in session.agreements.list()}
    booked = 0
    # The signed contracts and the investment LoI are booked against their agreements first.
    for kind, _number, title, sector, value, first, second, status, *_ in AGREEMENTS:
        if value is None or status is not AgreementStatus.SIGNED:
            continue
        investment = kind is AgreementKind.LOI
        signed_at = agreements_by_title[title].signed_at
        clock.now = (signed_at or FIRST_DEAL_AT) + timedelta(minutes=3)  # booked at the desk after the signing
        session.transactions.book(
            buyer_id=organisations[first].id,
            seller_id=organisations[second].id,
            value=value,
            kind=TransactionKind.INVESTMENT if investment else TransactionKind.TRADE,
            stage=TransactionStage.INTEREST if investment else TransactionStage.CONTRACT,
            sector_id=sectors[sector],
            commodity=title,
            agreement_id=agreements_by_title[title].id,
        )
        booked += value
    jatim = [
        name
        for name, _kind, region in ORGANISATIONS
        if region == JATIM and "Dinas" not in name and "DPMPTSP" not in name
    ]
    kaltim = [
        name
        for name, _kind, region in ORGANISATIONS
        if region == KALTIM and "Dinas" not in name and "DPMPTSP" not in name
    ]
    deals = 60
    remaining = DEMO_TOTAL_IDR - booked
    # Shares of the remainder, in whole millions of rupiah, so the figures read like real deals.
    weights = [rng.uniform(0.2, 3.0) for _ in range(deals)]
    values = [int(remaining * w / sum(weights) // 5_000_000 * 5_000_000) for w in weights]
    values[-1] += remaining - sum(values)
    for index, value in enumerate(values):
        clock.now = FIRST_DEAL_AT + (LAST_DEAL_AT - FIRST_DEAL_AT) * index / (deals - 1)
        forwards = index % 3 != 0
        buyer = rng.choice(jatim if forwards else kaltim)
        seller = rng.choice(kaltim if forwards else jatim)
        if buyer == seller:  # pragma: no cover - the lists never overlap
            continue
        sector = rng.choice(list(SECTOR_COMMODITIES))
        commodity, unit = rng.choice(SECTOR_COMMODITIES[sector])
        investment = value > 12_000_000_000 and index % 2 == 0
        if index == 7:
            # A slipped key at the desk: booked with three zeros too many, voided, booked again.
            wrong = session.transactions.book(
                buyer_id=organisations[buyer].id,
                seller_id=organisations[seller].id,
                value=value * 1000,
                kind=TransactionKind.TRADE,
                stage=TransactionStage.COMMITMENT,
                sector_id=sectors[sector],
                commodity=commodity,
                quantity=float(rng.randint(5, 500)),
                unit=unit,
            )
            clock.now += timedelta(minutes=2)
            session.transactions.void(wrong.id, "Salah ketik nilai (kelebihan tiga angka nol); dicatat ulang.")
            clock.now += timedelta(minutes=1)
            replaces = wrong.id
        else:
            replaces = None
        session.transactions.book(
            buyer_id=organisations[buyer].id,
            seller_id=organisations[seller].id,
            value=value,
            kind=TransactionKind.INVESTMENT if investment else TransactionKind.TRADE,
            stage=rng.choice(list(TransactionStage)),
            sector_id=sectors[sector],
            commodity=commodity,
            quantity=None if investment else float(rng.randint(5, 500)),
            unit="" if investment else unit,
            replaces_id=replaces,
        )


def _check_in(session: EventSession, rng: random.Random, people: dict[str, list[Attendee]], clock: SetClock) -> None:
    """Most attendees arrived between 07:30 and 10:30; every VIP did."""
    opening = local_moment(EVENT_DAY, 7, 30, TIMEZONE)
    for organisation_people in people.values():
        for person in organisation_people:
            if person.category is AttendeeCategory.VIP or rng.random() < 0.8:
                at: datetime = opening + timedelta(seconds=rng.randint(0, 3 * 3600))
                clock.now = at
                session.attendees.check_in(person.code, at=at)
    # Whoever signs was there: a signatory is checked in before the ceremony, as the desk asks.
    for _kind, _number, _title, _sector, _value, first, second, status, *_ in AGREEMENTS:
        if status is not AgreementStatus.SIGNED:
            continue
        for organisation_name in (first, second):
            signer = session.attendees.get(_signatory(people[organisation_name]).id)
            if not signer.checked_in:
                clock.now = opening + timedelta(minutes=20)
                session.attendees.check_in(signer.code, at=clock.now)
