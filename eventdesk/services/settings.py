"""Event settings, regions and sectors: read, check and save."""

from __future__ import annotations

from dataclasses import replace

from eventdesk.domain.clock import zone
from eventdesk.domain.enums import SpotKind
from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import EventSettings, Official, Region, Sector, Spot
from eventdesk.domain.money import amount_of
from eventdesk.domain.text import clean_line, clean_note
from eventdesk.store import event, regions, sectors
from eventdesk.store.db import EventFile

DEFAULT_REGIONS = (("Jawa Timur", "JATIM"), ("Kalimantan Timur", "KALTIM"))
DEFAULT_SECTORS = (
    "Perikanan",
    "Pariwisata Pesisir",
    "Pengolahan Hasil Bumi",
    "Pertanian dan Perkebunan",
    "Industri Pengolahan",
    "Perdagangan dan Logistik",
    "Energi dan Pertambangan",
    "Infrastruktur",
    "Ekonomi Kreatif",
    "Jasa dan Lainnya",
)
DEFAULT_SPOTS = (Spot("Panggung Utama", SpotKind.STAGE), Spot("Meja 1", SpotKind.TABLE), Spot("Meja 2", SpotKind.TABLE))
MAX_LOGO_BYTES = 2 * 1024 * 1024


def default_settings() -> EventSettings:
    return EventSettings(name=tr("Misi Dagang dan Investasi"), spots=list(DEFAULT_SPOTS))


class SettingsService:
    """The event's own settings and its lists of regions and sectors."""

    def __init__(self, event_file: EventFile) -> None:
        self._file = event_file
        # Read once and kept: every screen and every booking asks; dropped when a commit of this file changes
        # them, and by `forget` when another connection may have (a merge, see EventSession.forget_cached).
        self._kept: EventSettings | None = None
        event_file.add_commit_listener(self._committed)

    def get(self) -> EventSettings:
        """The saved settings, or the defaults for a file not set up yet."""
        if self._kept is None:
            saved = event.get_settings(self._file)
            if saved is None:
                return default_settings()
            self._kept = saved
        return self._kept

    def forget(self) -> None:
        self._kept = None

    def _committed(self, tables: frozenset[str]) -> None:
        if "event" in tables:
            self._kept = None

    def save(self, settings: EventSettings) -> EventSettings:
        self._kept = None
        checked = validate_settings(settings)
        self._refuse_unknown_host(checked)
        return event.save_settings(self._file, checked)

    def _refuse_unknown_host(self, settings: EventSettings) -> None:
        if settings.host_region_id is not None and settings.host_region_id not in {
            region.id for region in regions.list_regions(self._file)
        }:
            raise InvalidValue(tr("Daerah tuan rumah yang dipilih tidak ada."), field="host_region")

    def host_region(self) -> Region | None:
        """The organiser's delegation: the one the settings name, else the first region (Jawa Timur)."""
        known = regions.list_regions(self._file)
        chosen = self.get().host_region_id
        return next((r for r in known if r.id == chosen), known[0] if known else None)

    def initialise(self, settings: EventSettings | None = None) -> EventSettings:
        """The first write to a new file: settings plus the default regions and sectors."""
        with self._file.transaction():
            saved = self.save(settings or default_settings())
            if not regions.list_regions(self._file):
                for order, (name, code) in enumerate(DEFAULT_REGIONS):
                    regions.add_region(self._file, name, code, order)
            if not sectors.list_sectors(self._file):
                for order, name in enumerate(DEFAULT_SECTORS):
                    sectors.add_sector(self._file, name, order)
        return saved

    def save_all(
        self,
        settings: EventSettings,
        region_rows: list[tuple[str | None, str, str]],
        sector_rows: list[tuple[str | None, str]],
    ) -> EventSettings:
        """The settings dialog's save: settings, regions (id or None for new, name, code) and sectors, at once."""
        checked = validate_settings(settings)
        self._refuse_unknown_host(checked)
        cleaned_regions = [
            (
                region_id,
                clean_line(name, field="regions", label=tr("Nama daerah"), required=True),
                clean_line(code, field="regions", label=tr("Kode daerah")).upper(),
            )
            for region_id, name, code in region_rows
        ]
        cleaned_sectors = [
            (sector_id, clean_line(name, field="sectors", label=tr("Nama sektor"), required=True))
            for sector_id, name in sector_rows
        ]
        _refuse_repeats([name for _, name, _ in cleaned_regions], "regions", tr("Daerah '{name}' tercantum dua kali."))
        _refuse_repeats([name for _, name in cleaned_sectors], "sectors", tr("Sektor '{name}' tercantum dua kali."))
        with self._file.transaction():
            saved = event.save_settings(self._file, checked)
            for order, (region_id, name, code) in enumerate(cleaned_regions):
                if region_id is None:
                    regions.add_region(self._file, name, code, order)
                else:
                    regions.update_region(self._file, region_id, name=name, code=code, sort_order=order)
            for order, (sector_id, name) in enumerate(cleaned_sectors):
                if sector_id is None:
                    sectors.add_sector(self._file, name, order)
                else:
                    sectors.update_sector(self._file, sector_id, name=name, sort_order=order)
        return saved

    def is_initialised(self) -> bool:
        return event.get_settings(self._file) is not None

    def regions(self) -> list[Region]:
        return regions.list_regions(self._file)

    def add_region(self, name: str, code: str = "") -> Region:
        name = clean_line(name, field="name", label=tr("Nama daerah"), required=True)
        if any(r.name.casefold() == name.casefold() for r in self.regions()):
            raise InvalidValue(tr("Daerah '{name}' sudah ada.").format(name=name), field="name")
        return regions.add_region(
            self._file, name, clean_line(code, field="code", label=tr("Kode")).upper(), len(self.regions())
        )

    def sectors(self) -> list[Sector]:
        return sectors.list_sectors(self._file)

    def add_sector(self, name: str) -> Sector:
        name = clean_line(name, field="name", label=tr("Nama sektor"), required=True)
        if any(s.name.casefold() == name.casefold() for s in self.sectors()):
            raise InvalidValue(tr("Sektor '{name}' sudah ada.").format(name=name), field="name")
        return sectors.add_sector(self._file, name, len(self.sectors()))

    def sector_named(self, name: str) -> Sector:
        wanted = " ".join(name.split()).casefold()
        for sector in self.sectors():
            if sector.name.casefold() == wanted:
                return sector
        choices = ", ".join(s.name for s in self.sectors())
        raise InvalidValue(
            tr("Sektor '{name}' tidak ada; pilihan: {choices}.").format(name=name, choices=choices), field="sector"
        )


def _refuse_repeats(names: list[str], field: str, message: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise InvalidValue(message.format(name=name), field=field)
        seen.add(name.casefold())


def validate_settings(settings: EventSettings) -> EventSettings:
    """The settings cleaned, or InvalidValue naming the first field that is wrong."""
    name = clean_line(settings.name, field="name", label=tr("Nama acara"), required=True)
    theme = clean_note(settings.theme, field="theme", label=tr("Tema"), max_length=500)
    venue = clean_line(settings.venue, field="venue", label=tr("Tempat"))
    city = clean_line(settings.city, field="city", label=tr("Kota"))
    if settings.start_date and settings.end_date and settings.end_date < settings.start_date:
        raise InvalidValue(tr("Tanggal selesai tidak boleh sebelum tanggal mulai."), field="end_date")
    if settings.end_date and not settings.start_date:
        raise InvalidValue(tr("Tanggal mulai belum diisi."), field="start_date")
    zone(settings.timezone)
    if settings.day_end <= settings.day_start:
        raise InvalidValue(tr("Jam selesai harus setelah jam mulai."), field="day_end")
    spots: list[Spot] = []
    for spot in settings.spots:
        spot_name = clean_line(spot.name, field="spots", label=tr("Nama tempat penandatanganan"), required=True)
        if any(s.name.casefold() == spot_name.casefold() for s in spots):
            raise InvalidValue(
                tr("Tempat penandatanganan '{name}' tercantum dua kali.").format(name=spot_name), field="spots"
            )
        spots.append(Spot(spot_name, spot.kind))
    officials = []
    for official in settings.officials:
        officials.append(
            Official(
                clean_line(official.name, field="officials", label=tr("Nama pejabat"), required=True),
                clean_line(official.title, field="officials", label=tr("Jabatan pejabat"), required=True),
                clean_line(official.region, field="officials", label=tr("Daerah pejabat")),
                _nip(official.nip),
            )
        )
    organiser = clean_note(settings.organiser, field="organiser", label=tr("Instansi penyelenggara"), max_length=200)
    organiser_address = clean_note(
        settings.organiser_address, field="organiser_address", label=tr("Alamat instansi"), max_length=300
    )
    if settings.logo is not None and len(settings.logo) > MAX_LOGO_BYTES:
        raise InvalidValue(tr("Logo terlalu besar (paling besar 2 MB)."), field="logo")
    return replace(
        settings,
        name=name,
        theme=theme,
        venue=venue,
        city=city,
        spots=spots,
        officials=officials,
        organiser=organiser,
        organiser_address=organiser_address,
        target_idr=read_target(settings.target_idr),
    )


def read_target(value: object) -> int | None:
    """The target as typed (`650 M`, `Rp650.000.000.000`) or given; empty means none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return amount_of(value if isinstance(value, int) else str(value), field="target")


NIP_DIGITS = 18  # Nomor Induk Pegawai: birth date (8), appointment (6), sex (1), number (3)


def _nip(typed: str) -> str:
    """An official's NIP as printed, `19700101 199503 1 001`; empty stays empty."""
    digits = "".join((typed or "").split())
    if not digits:
        return ""
    if not digits.isdigit() or len(digits) != NIP_DIGITS:
        raise InvalidValue(
            tr("NIP '{nip}' harus {count} angka (boleh dengan spasi).").format(nip=typed.strip(), count=NIP_DIGITS),
            field="officials",
        )
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
