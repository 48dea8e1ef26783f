"""Every colour and style of the window, named once: what a status, an error or a warning looks like.

The status colours mean the same on every screen: green done (signed, welcome, read back right),
blue planned (scheduled, the headline figure), gold a VIP, amber wait or look again (postponed, already
checked in, a desk not merged lately), red wrong (an error, a clash, an unknown code), grey out of play.
"""

from __future__ import annotations

from eventdesk.domain.enums import AgreementStatus

# --- ink -------------------------------------------------------------------------------------------------
INK = "#1d2733"  # ordinary text drawn by hand (timeline, headings on tinted panels)
MUTED = "#5b6675"  # secondary lines: counts, notes, a draft
GREEN = "#1d5f2d"  # done, right
BLUE = "#0b5f8a"  # planned; the headline figures and bars
AMBER = "#8a5a00"  # wait, look again
RED = "#b00020"  # wrong: an error, a clash
GREY = "#7a7a7a"  # out of play: cancelled, skipped
VOID_GREY = "#8a8f98"  # a voided deal, struck through
STALE = "#9a5b00"  # a desk whose data is old

# --- backgrounds -----------------------------------------------------------------------------------------
WHITE = "#ffffff"
VIP_BACKGROUND = "#fff4cc"
CONFLICT_BACKGROUND = "#fde2e2"
PANEL = "#f1f4f7"  # a header band
OFF_HOURS = "#f3f3f3"  # outside the event's hours on the timeline
GRID = "#c9d2dc"
GRID_MINOR = "#e6eaef"

# --- agreement statuses: text (lists) and block fill (timeline) ------------------------------------------
STATUS_TEXT = {
    AgreementStatus.DRAFT: MUTED,
    AgreementStatus.SCHEDULED: BLUE,
    AgreementStatus.SIGNED: GREEN,
    AgreementStatus.POSTPONED: AMBER,
    AgreementStatus.CANCELLED: GREY,
}
STATUS_FILL = {
    AgreementStatus.DRAFT: "#eef1f4",
    AgreementStatus.SCHEDULED: "#dcecf7",
    AgreementStatus.SIGNED: "#dcefdc",
    AgreementStatus.POSTPONED: "#fbf0d4",
    AgreementStatus.CANCELLED: "#ececec",
}

# --- import preview rows ---------------------------------------------------------------------------------
ROW_IMPORTED = "#e3f4e4"
ROW_IMPORTED_WITH_WARNING = "#fff8e1"
ROW_DUPLICATE = "#fff1cc"
ROW_REJECTED = "#fbe0e0"

# --- the live board (a dark screen for the hall) ---------------------------------------------------------
BOARD_BACKGROUND = "#0b1f2e"
BOARD_ACCENT = "#ffd166"
BOARD_MUTED = "#9fb3c8"
BOARD_STALE = "#ff9f43"  # a desk not merged lately, readable on the dark board

# --- styles ----------------------------------------------------------------------------------------------
ERROR_STYLE = f"color: {RED};"
OK_STYLE = f"color: {GREEN};"
WARNING_STYLE = f"color: {AMBER}; font-weight: bold;"
MUTED_STYLE = f"color: {MUTED};"
ERROR_BOLD_STYLE = f"color: {RED}; font-weight: bold;"
WARNING_BANNER_STYLE = "background: #fff4e5; border: 1px solid #e0a64a; padding: 6px; color: #5a3a00;"
REPLACING_BANNER_STYLE = "background: #fff4d6; color: #5c4200; padding: 6px; border-radius: 3px;"


def headline_style(size_pt: int) -> str:
    """A big figure (the dashboard's total, the check-in counter)."""
    return f"font-size: {size_pt}pt; font-weight: 700; color: {BLUE};"


# The check-in result panel, by what the scan found: calm, welcome, VIP, already in, unknown, undone, choose.
CHECKIN_STYLES = {
    "": f"background: #f4f6f8; color: {MUTED}; border: 2px solid #dde3e9;",
    "ok": "background: #e6f4ea; color: #14532d; border: 3px solid #2e7d32;",
    "vip": f"background: {VIP_BACKGROUND}; color: #4a3800; border: 4px solid #d4a017;",
    "already": "background: #fff3e0; color: #7a4100; border: 3px solid #ef8f00;",
    "unknown": "background: #fdecea; color: #8b1a1a; border: 3px solid #c62828;",
    "undone": f"background: #eef1f5; color: {INK}; border: 2px solid #7a8a9c;",
    "choose": f"background: #f4f6f8; color: {INK}; border: 2px solid {BLUE};",
}
