"""People's names compared as the same person: honorifics, degrees, case, accents and word order ignored.

"Ir. Bambang Sutrisno, M.T." and "bambang sutrisno" are one name; "Budi
Santoso" and "Budi Santosa" are near-identical (a typo), and so are "Agoes
Hidajat" and "Agus Hidayat": names keep the spelling of before 1972 (oe for u,
dj for j, tj for c, j for y, ch for kh), so both spellings are compared as
one (`spelling_key`). Degrees follow the
first comma in Indonesian usage; without a comma, tokens such as `S.E.` or a
known degree at the end are dropped too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Compared with dots removed and case folded.
HONORIFICS = frozenset(
    [
        "dr",
        "drs",
        "dra",
        "drg",
        "drh",
        "ir",
        "h",
        "hj",
        "haji",
        "hajjah",
        "hajah",
        "prof",
        "kh",
        "ust",
        "ustadz",
        "bapak",
        "bpk",
        "pak",
        "ibu",
        "bu",
        "sdr",
        "sdri",
        "mr",
        "mrs",
        "ms",
        "miss",
        "tn",
        "ny",
        "nn",
    ]
)
# Degrees written without dots at the end of a name ("Budi Santoso SE"); dotted ones are caught by shape.
DEGREES = frozenset(
    [
        "se",
        "mm",
        "mt",
        "sh",
        "mh",
        "msi",
        "ssos",
        "skom",
        "spd",
        "mpd",
        "sag",
        "mag",
        "phd",
        "mba",
        "msc",
        "bsc",
        "sip",
        "amd",
        "ked",
        "spsi",
        "skm",
        "mkes",
        "sfarm",
        "apt",
        "skep",
        "mkom",
        "shut",
        "spi",
        "sikom",
        "ssi",
        "mph",
    ]
)
# S.E., M.Si., Ph.D., S.I.Kom.: two or more dotted letter groups.
_DOTTED_DEGREE = re.compile(r"^[A-Za-z]{1,4}\.(?:[A-Za-z]{1,4}\.?)+$")
_NOT_LETTER = re.compile(r"[^\w\s]|_")

SIMILAR_AT = 90  # rapidfuzz score (0–100) from which two names are a probable duplicate


def _plain(token: str) -> str:
    return token.replace(".", "").casefold()


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)  # an import looks each name up, then adds it
def comparable_name(full_name: str) -> str:
    """The bare name for comparing: `Dr. H. Ahmad Fauzi, M.Si.` → `ahmad fauzi`."""
    name = (full_name or "").split(",", 1)[0]
    tokens = name.split()
    while tokens and _plain(tokens[0]) in HONORIFICS:
        tokens.pop(0)
    while len(tokens) > 1 and (_plain(tokens[-1]) in DEGREES or _DOTTED_DEGREE.match(tokens[-1])):
        tokens.pop()
    tokens = [token for token in tokens if not _DOTTED_DEGREE.match(token)]
    text = _strip_accents(" ".join(tokens)).casefold()
    text = _NOT_LETTER.sub(lambda m: "" if m.group(0) in "'’`" else " ", text)
    return " ".join(text.split())


# Pre-1972 (Van Ophuijsen and Soewandi) spellings → today's, in this order: `dj` becomes `j`
# before every `j` becomes `y`, so Djoko, Joko and (old-style) Yoko all meet as "yoko".
OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("j", "y"))


def spelling_key(comparable: str) -> str:
    """A comparable name with the old spellings made one: `agoes hidajat` and `agus hidayat` → `agus hidayat`."""
    for old, new in OLD_SPELLINGS:
        comparable = comparable.replace(old, new)
    return comparable


_DIGITS = re.compile(r"\d+")


def name_similarity(first: str, second: str) -> float:
    """0–100: how alike two comparable names are, word order and old spellings ignored; numbered differently differ."""
    if not first or not second:
        return 0.0
    if _DIGITS.findall(first) != _DIGITS.findall(second):
        return 0.0  # "Peserta 12" and "Peserta 13" are two people, however alike the rest
    from rapidfuzz import fuzz  # 9 ms to import: loaded by the first comparison, not by a check-in

    return fuzz.token_sort_ratio(spelling_key(first), spelling_key(second))


def similar_names(first: str, second: str) -> bool:
    """Whether two full names (as typed) are near-identical once titles are set aside."""
    return name_similarity(comparable_name(first), comparable_name(second)) >= SIMILAR_AT


def signatory_rank(typed: str, full_name: str, same_organisation: bool) -> int:
    """Where a name stands among the completions of a party's signatory (0 first): the exact name at the
    party's organisation, then the exact name elsewhere, then the party's people, then everyone else; so
    "Yusran Hasanuddin" of the party comes before the Governor "Dr. H. Akhmad Yusran Hasanuddin"."""
    exact = bool(comparable_name(typed)) and comparable_name(typed) == comparable_name(full_name)
    return (0 if same_organisation else 1) if exact else (2 if same_organisation else 3)


class NameIndex:
    """Names by organisation, for finding a probable duplicate among many quickly (imports).

    Within one organisation names are grouped by the first letter of their
    sorted words, so a list of thousands is not compared pairwise.
    """

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], list[tuple[str, str]]] = {}

    @staticmethod
    def _key(organisation_id: str, comparable: str) -> tuple[str, str]:
        words = sorted(spelling_key(comparable).split())
        return organisation_id, (words[0][:1] if words else "")

    def add(self, organisation_id: str | None, full_name: str, ref: str) -> None:
        comparable = comparable_name(full_name)
        if organisation_id is None or not comparable:
            return
        self._groups.setdefault(self._key(organisation_id, comparable), []).append((comparable, ref))

    def find(self, organisation_id: str | None, full_name: str) -> str | None:
        """The ref of the most alike name in the same organisation, or None when none is near-identical."""
        comparable = comparable_name(full_name)
        if organisation_id is None or not comparable:
            return None
        best: str | None = None
        best_score = SIMILAR_AT - 0.001
        for other, ref in self._groups.get(self._key(organisation_id, comparable), ()):
            score = name_similarity(comparable, other)
            if score > best_score:
                best, best_score = ref, score
        return best
