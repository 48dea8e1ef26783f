"""A long table drawn line by line: thousands of rows in seconds, the header repeated on every page.

reportlab's Table lays every cell out as a Paragraph, which is right for a
page of figures and far too slow for the 100,000 lines of a recap. A ledger
takes rows of plain strings (already formatted), wraps every cell in full
(a word wider than its column is broken between letters; nothing is ever cut:
the ledger is the evidence), and splits itself at row boundaries as pages fill
up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from eventdesk.domain.progress import ProgressCallback
from eventdesk.reports.frame import FONT, FONT_BOLD, INK, RULE, ZEBRA, draw_text, is_plain, register_fonts, text_width
from eventdesk.reports.text_operators import TextOperators, number

PADDING = 2.2
_Other = tuple[float, float, str, bool, bool]  # a line in another script: x, baseline, text, right-aligned, bold


@dataclass(frozen=True)
class LedgerColumn:
    title: str
    width: float
    align: str = "left"  # or "right"
    fixed: bool = False  # short texts known to fit (numbers, times): split at newlines only, never measured


@dataclass
class _Shared:
    """What all the pieces of one ledger share as it is split across pages."""

    columns: Sequence[LedgerColumn]
    rows: Sequence[Sequence[str]]
    total: Sequence[str] | None
    font_size: float
    leading: float
    progress: ProgressCallback | None
    layout: dict[int, tuple[float, list[tuple[str, ...]]]] = field(default_factory=dict)
    fitted: dict[tuple[str, int, bool], tuple[str, ...]] = field(default_factory=dict)
    ink: _Ink | None = None  # how its rows are written on the document being drawn
    drawn: int = 0


class Ledger(Flowable):
    def __init__(
        self,
        columns: Sequence[LedgerColumn],
        rows: Sequence[Sequence[str]],
        *,
        total: Sequence[str] | None = None,
        font_size: float = 7.5,
        progress: ProgressCallback | None = None,
        _shared: _Shared | None = None,
        _start: int = 0,
        _end: int | None = None,
    ) -> None:
        super().__init__()
        register_fonts()
        self._shared = _shared or _Shared(columns, rows, total, font_size, font_size * 1.22, progress)
        self._start = _start
        self._end = len(self._shared.rows) if _end is None else _end
        self.width = sum(column.width for column in self._shared.columns)
        self.height = 0.0

    # --- layout -------------------------------------------------------------------------------

    @property
    def _has_total(self) -> bool:
        return self._shared.total is not None and self._end == len(self._shared.rows)

    def _fit(self, text: str, column: int, bold: bool = False) -> tuple[str, ...]:
        shared = self._shared
        spec = shared.columns[column]
        if spec.fixed and not bold:
            return tuple(text.split("\n"))
        key = (text, column, bold)
        lines = shared.fitted.get(key)
        if lines is None:
            font = FONT_BOLD if bold else FONT
            room = spec.width - 2 * PADDING
            size = shared.font_size
            if not is_plain(text):
                # Names in other scripts are drawn run by run in fallback fonts, and measured the same way.
                wrapped = _wrap(text, room, lambda part: text_width(part, size, bold=bold))
            else:
                split = simpleSplit(text, font, size, room) if text else [""]
                wrapped = [
                    piece for line in split for piece in _break(line, room, lambda p: stringWidth(p, font, size))
                ]
            shared.fitted[key] = lines = tuple(wrapped) or ("",)
        return lines

    def _row(self, index: int, bold: bool = False) -> tuple[float, list[tuple[str, ...]]]:
        shared = self._shared
        found = shared.layout.get(index)
        if found is None:
            cells = (
                shared.rows[index]
                if index >= 0
                else (shared.total if index == -1 else [c.title for c in shared.columns])
            )
            fitted = [self._fit(str(cell), column, bold) for column, cell in enumerate(cells or ())]
            height = max(len(lines) for lines in fitted) * shared.leading + 2 * PADDING
            found = (height, fitted)
            shared.layout[index] = found
        return found

    def _header_height(self) -> float:
        return self._row(-2, bold=True)[0]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Stops as soon as the rows overflow: a ledger of 100,000 rows must not be measured whole on every page.
        height = self._header_height()
        for index in range(self._start, self._end):
            height += self._row(index)[0]
            if height > available_height:
                self.height = height
                return self.width, height
        if self._has_total:
            height += self._row(-1, bold=True)[0]
        self.height = height
        return self.width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        height = self._header_height()
        end = self._start
        while end < self._end and height + self._row(end)[0] <= available_height:
            height += self._row(end)[0]
            end += 1
        if end == self._start:
            return []
        if end == self._end and self._has_total:
            end -= 1  # the total row goes on the next page with at least the last row above it
            if end == self._start:
                return []
        return [self._piece(self._start, end), self._piece(end, self._end)]

    def _piece(self, start: int, end: int) -> Ledger:
        return Ledger(self._shared.columns, self._shared.rows, _shared=self._shared, _start=start, _end=end)

    # --- drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        # The rows are written as PDF operators (text_operators), inside a saved graphics state so that
        # what the canvas believes of its colours and line width stays true after them.
        shared = self._shared
        canvas = self.canv
        ink = _Ink.of(canvas, shared)
        out = ["q", ink.rule]
        others: list[_Other] = []  # lines in other scripts, drawn after the block with the fonts that have them
        y = self._draw_row(out, others, ink, self.height, -2, bold=True, zebra=False)
        out.append(f"{ink.heavy} 0 {number(y)} m {ink.width} {number(y)} l S {ink.rule}")
        for index in range(self._start, self._end):
            y = self._draw_row(out, others, ink, y, index, bold=False, zebra=bool((index - self._start) % 2))
            shared.layout.pop(index, None)
        if self._has_total:
            out.append(f"{ink.heavy} 0 {number(y)} m {ink.width} {number(y)} l S {ink.rule}")
            self._draw_row(out, others, ink, y, -1, bold=True, zebra=False)
        out.append("Q")
        canvas._code.append(" ".join(out))
        for left, baseline, line, right, bold in others:
            canvas.setFillColor(INK)
            draw_text(canvas, left, baseline, line, shared.font_size, bold=bold, align_right=right)
        shared.drawn += self._end - self._start
        if shared.progress is not None:
            shared.progress(shared.drawn, len(shared.rows))

    def _draw_row(
        self, out: list[str], others: list[_Other], ink: _Ink, top: float, index: int, *, bold: bool, zebra: bool
    ) -> float:
        shared = self._shared
        height, cells = self._row(index, bold)
        bottom = top - height
        if zebra:
            out.append(f"{ink.zebra} 0 {number(bottom)} {ink.width} {number(height)} re f")
        else:
            out.append(f"0 {number(bottom)} m {ink.width} {number(bottom)} l S")
        text = ink.bold if bold else ink.regular
        text.subset = -1  # a new text object: its font is chosen again
        out.append(f"BT {ink.text}")
        first = top - PADDING - shared.font_size
        y = ink.written(first)
        for column, (spec, lines) in enumerate(zip(shared.columns, cells, strict=True)):
            repeats = not spec.fixed
            if spec.align != "right" and text.cell(out, ink.left_texts[column], y, lines, repeats=repeats):
                continue
            # Line by line: right-aligned, or a cell with a line in another script.
            right = spec.align == "right"
            for line_number, line in enumerate(lines):
                if not line:
                    continue
                baseline = first - line_number * shared.leading
                x = ink.rights[column] - text.width(line) if right else ink.lefts[column]
                if not text.cell(out, number(x), ink.written(baseline), (line,), repeats=repeats):
                    others.append((ink.rights[column] if right else x, baseline, line, right, bold))
        out.append("ET")
        return bottom


class _Ink:
    """What drawing a ledger's rows on one document needs ready: fonts, colours and coordinates as PDF text."""

    def __init__(self, canvas: Any, shared: _Shared) -> None:
        size, leading = shared.font_size, shared.leading
        self.regular = TextOperators(canvas, FONT, size, leading)
        self.bold = TextOperators(canvas, FONT_BOLD, size, leading)
        self.width = number(sum(column.width for column in shared.columns))
        self.rule = f"{_colour(RULE)} RG 0.25 w"
        self.heavy = f"{_colour(INK)} RG 0.8 w"
        self.zebra = f"{_colour(ZEBRA)} rg"
        self.text = f"{_colour(INK)} rg"
        edges = [0.0]
        for column in shared.columns:
            edges.append(edges[-1] + column.width)
        self.lefts = [edge + PADDING for edge in edges[:-1]]
        self.left_texts = [number(left) for left in self.lefts]
        self.rights = [edge - PADDING for edge in edges[1:]]
        self._written: dict[float, str] = {}

    @classmethod
    def of(cls, canvas: Any, shared: _Shared) -> _Ink:
        """The ink of this document (made at its first page: fonts' subsets belong to one document)."""
        ink = shared.ink
        if ink is None or ink.document is not canvas._doc:
            ink = shared.ink = cls(canvas, shared)
        return ink

    @property
    def document(self) -> Any:
        return self.regular.document

    def written(self, y: float) -> str:
        """`y` as the PDF writes it (rows fall at the same heights page after page: each is written once)."""
        found = self._written.get(y)
        if found is None:
            if len(self._written) >= MAX_HEIGHTS_KEPT:
                self._written.clear()
            found = self._written[y] = number(y)
        return found


MAX_HEIGHTS_KEPT = 5_000


def _colour(colour: Any) -> str:
    return str(fp_str(*colour.rgb()))


Measure = Callable[[str], float]


def _wrap(text: str, room: float, measure: Measure) -> list[str]:
    """`text` in lines no wider than `room`: at spaces, and inside a word that is wider on its own."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= room:
                current = candidate
                continue
            if current:
                lines.append(current)
            *whole, current = _break(word, room, measure)
            lines += whole
        lines.append(current)
    return lines


def _break(line: str, room: float, measure: Measure) -> list[str]:
    """`line` as it is when it fits, else in pieces that fit, broken between letters (at least one each)."""
    if measure(line) <= room:
        return [line]
    pieces = []
    while line:
        end = len(line)
        while end > 1 and measure(line[:end]) > room:
            end -= 1
        pieces.append(line[:end])
        line = line[end:]
    return pieces
