"""What badges are printed on: A6 sheets, A4 cut four-up, ID cards, label rolls; one table, used by the
badge PDF, the desk's badge printer setting and the command line."""

from __future__ import annotations

from dataclasses import dataclass

from eventdesk.domain.i18n import tr_noop

POINTS_PER_MM = 72 / 25.4

LAYOUT_A6 = "a6"  # one badge per A6 page
LAYOUT_A4 = "a4"  # four badges per A4 page, with cut marks
LAYOUT_CARD = "card"  # one per ID card (CR80, 54 x 86 mm upright), for card printers
LAYOUT_ROLL = "roll62"  # one per 100 mm of a 62 mm continuous label roll (Brother QL and the like)


@dataclass(frozen=True)
class Paper:
    """What a badge is printed on: the page's size, and how many badges one page holds."""

    label: str  # tr_noop: shown through tr()
    width_mm: float
    height_mm: float
    four_up: bool = False

    @property
    def pagesize(self) -> tuple[float, float]:
        """In PDF points."""
        return (self.width_mm * POINTS_PER_MM, self.height_mm * POINTS_PER_MM)


PAPERS: dict[str, Paper] = {
    LAYOUT_A6: Paper(tr_noop("A6, satu per lembar"), 105, 148),
    LAYOUT_A4: Paper(tr_noop("A4, empat per lembar (garis potong)"), 210, 297, four_up=True),
    LAYOUT_CARD: Paper(tr_noop("Kartu 86 × 54 mm (printer kartu)"), 54, 86),
    LAYOUT_ROLL: Paper(tr_noop("Label gulung 62 mm (dipotong 100 mm)"), 62, 100),
}
LAYOUTS = tuple(PAPERS)
