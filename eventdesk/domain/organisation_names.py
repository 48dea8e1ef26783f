"""Organisation names compared as lists write them: `Disperindag Prov. Kaltim` is `Dinas … Provinsi Kalimantan Timur`.

Delegation lists shorten administrative words (`Prov.`, `Kab.`, `Pemkot`) and
provinces (`Kaltim`, `Jatim`); an import that took each spelling for a new
organisation would split one agency's attendees and deals in two. Names are
compared with those words written out, the province short forms taken from
the event's own regions (`domain/region_names.py`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz, process

from eventdesk.domain.models import Region
from eventdesk.domain.region_names import short_forms

# Administrative short forms as delegation lists write them (compared without dots, case folded).
ABBREVIATIONS = {
    "prov": "provinsi",
    "propinsi": "provinsi",
    "kab": "kabupaten",
    "pemprov": "pemerintah provinsi",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "pemda": "pemerintah daerah",
    "disperindag": "dinas perindustrian dan perdagangan",
    "diskominfo": "dinas komunikasi dan informatika",
    "dpmptsp": "dinas penanaman modal dan pelayanan terpadu satu pintu",
    "kop": "koperasi",
    "&": "dan",
}
SAME_AT = 90  # rapidfuzz score (0–100) from which two written-out names are taken for one organisation
_SHORTEST_PROVINCE_FORM = 5  # `jatim`, `kaltim`, `sulsel`; shorter ones (`jati`, `kati`) are ordinary words
_WORD = re.compile(r"[&\w]+")
_DIGITS = re.compile(r"\d+")


def province_words(regions: Sequence[Region]) -> dict[str, str]:
    """Short form → region name written out: `kaltim` → `kalimantan timur` (forms shared by two regions left out)."""
    words: dict[str, str] = {}
    shared: set[str] = set()
    for region in regions:
        name = region.name.casefold()
        for form in short_forms(region.name):
            if len(form) < _SHORTEST_PROVINCE_FORM or form == name.replace(" ", ""):
                continue
            if words.get(form, name) != name:
                shared.add(form)
            words[form] = name
    return {form: name for form, name in words.items() if form not in shared}


def written_out(name: str, provinces: Mapping[str, str] | None = None) -> str:
    """`Dinas Perindustrian Prov. Kaltim` → `dinas perindustrian provinsi kalimantan timur`."""
    provinces = provinces or {}
    plain = unicodedata.normalize("NFKD", name or "")
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold().replace(".", " ")
    words = [ABBREVIATIONS.get(word, word) for word in _WORD.findall(plain)]
    return " ".join(provinces.get(word, word) for word in words)


class OrganisationNames:
    """Registered names written out once, for finding near-identical ones among thousands (an import)."""

    def __init__(self, registered: Sequence[str], regions: Sequence[Region] = ()) -> None:
        self._provinces = province_words(regions)
        self._region_names = sorted({region.name.casefold() for region in regions}, key=len, reverse=True)
        self._written: dict[str, str] = {}
        for name in registered:
            self.add(name)

    def add(self, name: str) -> None:
        self._written.setdefault(name, written_out(name, self._provinces))

    def like(self, name: str, limit: int = 3) -> list[str]:
        """Registered names near-identical to `name` once written out (never `name` itself in another case)."""
        wanted = written_out(name, self._provinces)
        if not wanted:
            return []
        found = process.extract(
            wanted, self._written, scorer=fuzz.token_sort_ratio, score_cutoff=SAME_AT, limit=limit + 5
        )
        numbers = _DIGITS.findall(wanted)  # "Koperasi Unit 3" and "Koperasi Unit 4" are two, however alike the rest
        places = self._places(wanted)  # the same agency of two provinces is two organisations
        return [
            other
            for text, _score, other in found
            if other.casefold() != name.casefold()
            and _DIGITS.findall(text) == numbers
            and (not places or not self._places(text) or self._places(text) == places)
        ][:limit]

    def _places(self, written: str) -> frozenset[str]:
        """The event's regions a written-out name mentions."""
        return frozenset(region for region in self._region_names if region in written)

    def ranked(self, name: str, names: Sequence[str]) -> list[int]:
        """Indexes of `names`, the most alike `name` first (ties in the order given)."""
        wanted = written_out(name, self._provinces)
        scores = [fuzz.token_set_ratio(wanted, written_out(other, self._provinces)) for other in names]
        return sorted(range(len(names)), key=lambda index: -scores[index])

    def written(self, name: str) -> str:
        """`name` as compared (for a looser search over the same forms)."""
        return written_out(name, self._provinces)
