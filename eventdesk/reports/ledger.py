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

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from eventdesk.domain.progress import ProgressCallback
from eventdesk.reports.frame import FONT, FONT_BOLD, INK, RULE, ZEBRA, draw_text, is_plain, register_fonts, text_width

PADDING = 2.2


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
    layout: dict[int, tuple[float, list[list[str]]]] = field(default_factory=dict)
    fitted: dict[tuple[str, int, bool], list[str]] = field(default_factory=dict)
    # The PDF operators reportlab wrote for a line of a column that repeats (names, sectors,
    # kinds), by (text, font, subset in use before): encoding a string for a font subset goes
    # character by character in Python, and a recap prints the same names thousands of times.
    # Valid for one document (its subsets), which is what one ledger is drawn into.
    operators: dict[tuple[str, str, float, int], tuple[str, int]] = field(default_factory=dict)
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

    def _fit(self, text: str, column: int, bold: bool = False) -> list[str]:
        shared = self._shared
        key = (text, column, bold)
        lines = shared.fitted.get(key)
        if lines is None:
            spec = shared.columns[column]
            if spec.fixed and column >= 0 and not bold:
                return text.split("\n")
            font = FONT_BOLD if bold else FONT
            room = spec.width - 2 * PADDING
            size = shared.font_size
            if not is_plain(text):
                # Names in other scripts are drawn run by run in fallback fonts, and measured the same way.
                lines = _wrap(text, room, lambda part: text_width(part, size, bold=bold))
            else:
                lines = simpleSplit(text, font, size, room) if text else [""]
                lines = [piece for line in lines for piece in _break(line, room, lambda p: stringWidth(p, font, size))]
            shared.fitted[key] = lines = lines or [""]
        return lines

    def _row(self, index: int, bold: bool = False) -> tuple[float, list[list[str]]]:
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
        shared = self._shared
        canvas = self.canv
        y = self.height
        y = self._draw_row(canvas, y, -2, bold=True, background=None)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(0, y, self.width, y)
        for index in range(self._start, self._end):
            y = self._draw_row(canvas, y, index, bold=False, background=ZEBRA if (index - self._start) % 2 else None)
            shared.layout.pop(index, None)
        if self._has_total:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.8)
            canvas.line(0, y, self.width, y)
            self._draw_row(canvas, y, -1, bold=True, background=None)
        shared.drawn += self._end - self._start
        if shared.progress is not None:
            shared.progress(shared.drawn, len(shared.rows))

    def _draw_row(self, canvas: Any, top: float, index: int, *, bold: bool, background: Any) -> float:
        shared = self._shared
        height, cells = self._row(index, bold)
        bottom = top - height
        if background is not None:
            canvas.setFillColor(background)
            canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
        else:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.25)
            canvas.line(0, bottom, self.width, bottom)
        font = FONT_BOLD if bold else FONT
        text = canvas.beginText()
        text.setFont(font, shared.font_size)
        text.setFillColor(INK)
        x = 0.0
        others: list[tuple[float, float, str, bool]] = []
        for column, lines in zip(shared.columns, cells, strict=True):
            baseline = top - PADDING - shared.font_size
            for line in lines:
                if line and not is_plain(line):
                    right = column.align == "right"
                    others.append((x + column.width - PADDING if right else x + PADDING, baseline, line, right))
                elif line:
                    if column.align == "right":
                        left = x + column.width - PADDING - stringWidth(line, font, shared.font_size)
                    else:
                        left = x + PADDING
                    text.setTextOrigin(left, baseline)
                    if column.fixed:
                        text._textOut(line)  # numbers, times, ids: mostly different on every line
                    else:
                        _text_out(text, line, shared.operators)
                baseline -= shared.leading
            x += column.width
        canvas.drawText(text)
        for left, baseline, line, right in others:
            canvas.setFillColor(INK)
            draw_text(canvas, left, baseline, line, shared.font_size, bold=bold, align_right=right)
        return bottom


MAX_OPERATORS_KEPT = 20_000


def _text_out(text: Any, line: str, operators: dict[tuple[str, str, float, int], tuple[str, int]]) -> None:
    """`text._textOut(line)`, reusing what it wrote the last time this line was drawn in this font.

    (`_textOut` is textOut without measuring the string again to move a cursor the ledger never uses.)
    """
    key = (line, text._fontname, text._fontsize, text._curSubset)
    found = operators.get(key)
    if found is None:
        text._textOut(line)
        if len(operators) >= MAX_OPERATORS_KEPT:
            operators.clear()  # the lines that repeat come back at once
        operators[key] = (text._code[-1], text._curSubset)
    else:
        text._code.append(found[0])
        text._curSubset = found[1]


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
