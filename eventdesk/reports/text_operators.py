"""Cells of text in one embedded font written as PDF operators, for pages drawn a hundred thousand lines at a time.

reportlab's text object does, for every line, a font lookup, a subset split
character by character, two float formattings and a string join: right for a
letter, most of the time of a 4,000-page recap. `TextOperators` writes the same
operators (`Tm` to place a cell's first line, `T*` to go down one line, `Tf`
when the font subset changes, `Tj` to show a line) and remembers, for the
document, how each repeating cell is shown. Printable ASCII needs no subset
split at all: reportlab keeps it as itself in the first subset of every
embedded font. The text must be in the main font's script (the caller draws
other scripts with `frame.draw_text`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from eventdesk.reports.frame import is_plain

# How a cell is shown: the subset its first line needs, its operators (subset changes inside
# included), and the subset selected after it.
Shown = tuple[int, str, int]

MAX_REMEMBERED = 20_000  # cells; the ones that repeat come back at once after a clear
PRINTABLE_ASCII = range(32, 127)


class TextOperators:
    """The operators that show cells in `font_name` at `size` (lines `leading` apart) in `canvas`'s document."""

    def __init__(self, canvas: Any, font_name: str, size: float, leading: float) -> None:
        if not canvas.bottomup:
            raise ValueError("TextOperators writes bottom-up coordinates, as platypus pages have")
        self._font: TTFont = pdfmetrics.getFont(font_name)
        self._doc = canvas._doc
        self._escape = canvas._escape
        self._select = f"{fp_str(size)} Tf {fp_str(leading)} TL"
        self._size = size
        self._shown: dict[tuple[str, ...], Shown] = {}
        self._subset_names: dict[int, str] = {}
        assignments = self._font._assignState(self._doc).assignments
        self._ascii_as_is = all(assignments.get(code) == code for code in PRINTABLE_ASCII)
        self.subset = -1  # the subset last selected in the content written so far; -1: none yet

    @property
    def document(self) -> Any:
        return self._doc

    def width(self, text: str) -> float:
        return float(self._font.stringWidth(text, self._size))

    def cell(self, out: list[str], x: str, y: str, lines: tuple[str, ...], *, repeats: bool = True) -> bool:
        """Append the operators that show `lines` one under the other from (`x`, `y`) (written with `number`);
        False, and nothing appended, when a line is in another script.

        `repeats`: the cell is likely to come back (names, labels) and is remembered;
        numbers and ids that are new on every line are not.
        """
        shown = self._shown.get(lines)
        if shown is None:
            shown = self._ascii(lines)
            if shown is None:
                if not all(is_plain(line) for line in lines):
                    return False
                shown = self._encode(lines)
            if repeats:
                if len(self._shown) >= MAX_REMEMBERED:
                    self._shown.clear()
                self._shown[lines] = shown
        first, operators, last = shown
        if not operators:
            return True
        if first != self.subset and first >= 0:
            out.append(f"1 0 0 1 {x} {y} Tm {self._subset_name(first)} {self._select} {operators}")
        else:
            out.append(f"1 0 0 1 {x} {y} Tm {operators}")
        if last >= 0:
            self.subset = last
        return True

    def _ascii(self, lines: Sequence[str]) -> Shown | None:
        """How a cell of printable ASCII is shown (as itself, in the first subset); None for any other cell."""
        if not self._ascii_as_is:
            return None
        shown = []
        for line in lines:
            if not (line.isascii() and line.isprintable()):
                return None
            shown.append(f"({self._escape(line.encode())}) Tj" if line else "")
        if not any(lines):
            return -1, "", -1
        return 0, " T* ".join(shown), 0

    def _encode(self, lines: Sequence[str]) -> Shown:
        parts: list[str] = []
        first = -1
        current = self.subset
        for number_, line in enumerate(lines):
            if number_:
                parts.append("T*")
            for subset, encoded in self._runs(line):
                if first < 0:
                    first = subset
                    current = subset
                elif subset != current:
                    parts.append(f"{self._subset_name(subset)} {self._select}")
                    current = subset
                parts.append(f"({self._escape(encoded)}) Tj")
        return first, " ".join(parts), current if first >= 0 else -1

    def _runs(self, line: str) -> list[tuple[int, bytes]]:
        # TTFont's own split: a remembering font's memo is for texts that repeat, these may not.
        return list(TTFont.splitString(self._font, line, self._doc)) if line else []

    def _subset_name(self, subset: int) -> str:
        name = self._subset_names.get(subset)
        if name is None:
            name = self._subset_names[subset] = self._font.getSubsetInternalName(subset, self._doc)
        return name


def number(value: float) -> str:
    """A coordinate as reportlab writes it (at most two decimals, no trailing zeros)."""
    return str(fp_str(value))
