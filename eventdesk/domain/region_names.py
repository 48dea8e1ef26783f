"""Region names as lists spell them: `Jatim`, `JAWA TIMUR`, `Kal-Tim`, `Prov. Kaltim` → the event's region.

Indonesian provinces are shortened by joining the start of each word
(`Jawa Timur` → `Jatim`, `Kalimantan Timur` → `Kaltim`, `Sulawesi Selatan`
→ `Sulsel`); those short forms are derived from each region's name rather
than listed, so a region added in the settings is recognised the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import product

from rapidfuzz import fuzz

from eventdesk.domain.models import Region

_PROVINCE_WORDS = re.compile(r"\b(provinsi|propinsi|prov|province|delegasi|daerah)\b")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_WELL_KNOWN = {
    "dki": "dki jakarta",
    "diy": "daerah istimewa yogyakarta",
    "ntb": "nusa tenggara barat",
    "ntt": "nusa tenggara timur",
}
CLOSE_AT = 88  # rapidfuzz score from which a misspelt full name (`Jawa Timor`) is taken as the region


def _compact(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    plain = _PROVINCE_WORDS.sub(" ", plain.replace(".", " "))
    return _NOT_ALNUM.sub("", plain)


def short_forms(name: str) -> set[str]:
    """`Jawa Timur` → {jawatimur, jatim, jawtim, jatimur, …}: the full name and prefix joins of its words."""
    words = [
        w for w in _NOT_ALNUM.split(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()) if w
    ]
    words = [w for w in words if w not in ("provinsi", "propinsi", "prov")]
    forms = {"".join(words)}
    if 2 <= len(words) <= 3:
        choices = [{w[:n] for n in range(2, len(w) + 1)} for w in words]
        forms |= {"".join(parts) for parts in product(*choices)}
    if len(words) >= 2:
        forms.add("".join(w[0] for w in words))  # NTB, NTT, DIY
    return forms


def match_region(text: str | None, regions: Sequence[Region]) -> Region | None:
    """The region `text` names, or None when it names none of `regions` (or is empty)."""
    wanted = _compact(text or "")
    if not wanted:
        return None
    wanted_long = _compact(_WELL_KNOWN.get(wanted, ""))
    for region in regions:
        if wanted in (_compact(region.code), _compact(region.name)) or (
            wanted_long and wanted_long == _compact(region.name)
        ):
            return region
    for region in regions:
        if wanted in short_forms(region.name):
            return region
    best: Region | None = None
    best_score: float = CLOSE_AT
    for region in regions:
        score = fuzz.ratio(wanted, _compact(region.name))
        if score >= best_score:
            best, best_score = region, score
    return best
