"""What an attendee list shows: the search typed, the filters chosen and the sort, as one value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from eventdesk.domain.enums import AttendeeCategory, OrganisationKind

MAX_TERMS = 8
_PHONE_LIKE = re.compile(r"^\+?[\d][\d\s().-]{3,}$")
_WORD = re.compile(r"\w+")


class AttendeeSort(StrEnum):
    CODE = "code"
    NAME = "name"
    TITLE = "title"
    ORGANISATION = "organisation"
    REGION = "region"
    CATEGORY = "category"
    PHONE = "phone"
    EMAIL = "email"
    CHECKED_IN = "checked_in"
    BADGE_PRINTED = "badge_printed"
    REGISTERED = "registered"


NO_REGION = ""  # region filter value for attendees without a region


@dataclass(frozen=True)
class AttendeeQuery:
    """Search text (prefix match on name, organisation, code, phone, email), filters and sort."""

    text: str = ""
    region_id: str | None = None  # None: any; NO_REGION: those without a region
    category: AttendeeCategory | None = None
    organisation_kind: OrganisationKind | None = None
    organisation_id: str | None = None
    checked_in: bool | None = None
    badge_printed: bool | None = None
    sort: AttendeeSort = AttendeeSort.NAME
    descending: bool = False


def search_terms(text: str) -> list[str]:
    """The words to match as prefixes: `Budi sant` → [budi, sant]; a phone as typed → its digits as one word."""
    stripped = (text or "").strip()
    if _PHONE_LIKE.match(stripped):
        return [re.sub(r"\D", "", stripped)]
    return [word.casefold() for word in _WORD.findall(stripped)][:MAX_TERMS]
