"""Kabupaten and kota: the districts of Indonesia's provinces, as BPS lists them (`resources/regions/`).

An organisation's kabupaten/kota is written the way people write it
("Kabupaten Malang", "Kota Surabaya") and checked against the districts of its
region when that region is an Indonesian province; "Kab. Malang" and
"Surabaya" are read as those names, "Malang" alone is both a kabupaten and a
kota and has to say which. A region that is not a province (a guest country)
keeps what was typed.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr
from eventdesk.domain.resources import REGIONS_DIR

_KABUPATEN, _KOTA = "kabupaten", "kota"
# How a district's kind is written before its name; "Kab. Malang", "Pemkot Surabaya".
_KIND_WORDS = {
    "kabupaten": _KABUPATEN,
    "kab": _KABUPATEN,
    "pemkab": _KABUPATEN,
    "regency": _KABUPATEN,
    "kota": _KOTA,
    "kot": _KOTA,
    "pemkot": _KOTA,
    "city": _KOTA,
}
_SMALL_WORDS = {"dan"}  # "Kabupaten Pangkajene dan Kepulauan"


def _written(upper: str) -> str:
    """`KABUPATEN TOLI-TOLI` → `Kabupaten Toli-Toli`."""
    return " ".join(word.lower() if word.lower() in _SMALL_WORDS else word.title() for word in upper.split())


def _bare(text: str) -> str:
    """Lower case letters and digits only: `Kab. Banyu Asin` and `kab banyuasin` meet."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


@dataclass(frozen=True)
class District:
    code: str  # BPS code, `3578`
    name: str  # `Kota Surabaya`
    kind: str  # kabupaten or kota
    base: str  # `surabaya`, without spaces


@cache
def _provinces() -> dict[str, str]:
    """Bare province name → its code."""
    with (REGIONS_DIR / "provinces.csv").open(encoding="utf-8", newline="") as handle:
        return {_bare(name).replace(" ", ""): code for code, name in csv.reader(handle)}


@cache
def _districts() -> dict[str, tuple[District, ...]]:
    """Province code → its districts, in BPS order (kabupaten first, then kota)."""
    found: dict[str, list[District]] = {}
    with (REGIONS_DIR / "regencies.csv").open(encoding="utf-8", newline="") as handle:
        for code, province, upper in csv.reader(handle):
            kind, _, base = upper.partition(" ")
            found.setdefault(province, []).append(
                District(code, _written(upper), kind.lower(), _bare(base).replace(" ", ""))
            )
    return {province: tuple(districts) for province, districts in found.items()}


def province_code(region_name: str) -> str | None:
    """The BPS code of the province a region is named after (`Jawa Timur`, `Provinsi Jawa Timur`), else None."""
    bare = _bare(region_name)
    bare = re.sub(r"^(provinsi|prov|propinsi)\s+", "", bare).replace(" ", "")
    return _provinces().get(bare)


def districts_of(region_name: str | None) -> list[str]:
    """The kabupaten and kota of the province `region_name`, as written; empty when it is not a province."""
    code = province_code(region_name) if region_name else None
    return [district.name for district in _districts().get(code or "", ())]


def districts_of_regions(region_names: Sequence[str]) -> list[str]:
    """The kabupaten and kota of every province among the event's regions (for completion without a region)."""
    return [name for region in region_names for name in districts_of(region)]


def match_district(text: str, region_name: str | None) -> str | None:
    """The district of province `region_name` that `text` names, written in full; None when none or two match."""
    code = province_code(region_name) if region_name else None
    districts = _districts().get(code or "", ())
    words = _bare(text).split()
    kind = _KIND_WORDS.get(words[0]) if words else None
    base = "".join(words[1:] if kind else words)
    if not base:
        return None
    matches = [d for d in districts if d.base == base and (kind is None or d.kind == kind)]
    return matches[0].name if len(matches) == 1 else None


def clean_district(text: str, region_name: str | None) -> str:
    """The kabupaten/kota to store for an organisation of `region_name`: written in full when the region is a
    province (refused when it names none of its districts), as typed otherwise; empty stays empty."""
    text = " ".join(text.split())
    if not text or not districts_of(region_name):
        return text
    found = match_district(text, region_name)
    if found is not None:
        return found
    words = _bare(text).split()
    both = bool(words) and words[0] not in _KIND_WORDS and len(_candidates(text, region_name)) > 1
    message = (
        tr("'{text}' ada sebagai kabupaten dan kota di {region}; tulis 'Kabupaten {text}' atau 'Kota {text}'.")
        if both
        else tr("'{text}' bukan kabupaten/kota di {region}.")
    )
    raise InvalidValue(message.format(text=text, region=region_name), field="district")


def _candidates(text: str, region_name: str | None) -> list[str]:
    code = province_code(region_name) if region_name else None
    base = _bare(text).replace(" ", "")
    return [d.name for d in _districts().get(code or "", ()) if d.base == base]
