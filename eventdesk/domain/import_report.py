"""The fate of each row of an imported registration list, before writing (the preview) and after (the report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.i18n import tr, tr_noop
from eventdesk.domain.registration_list import ColumnMapping


class RowFate(StrEnum):
    IMPORT = "import"  # a new attendee (with warnings, perhaps)
    DUPLICATE = "duplicate"  # already registered, or earlier in the same list
    REJECTED = "rejected"  # cannot be registered; the reason says why

    @property
    def label(self) -> str:
        return tr(
            {"import": tr_noop("Diimpor"), "duplicate": tr_noop("Duplikat"), "rejected": tr_noop("Ditolak")}[self.value]
        )


@dataclass
class ImportLine:
    """One row of the list: what it holds, what happens to it, and why."""

    row_number: int  # as the spreadsheet shows it
    fate: RowFate
    full_name: str = ""
    organisation: str = ""
    region: str = ""
    phone: str | None = None
    email: str | None = None
    category: AttendeeCategory | None = None
    reason: str = ""  # why rejected, or why a duplicate
    warnings: list[str] = field(default_factory=list)
    duplicate_of: str = ""  # "Lilis Suryani (K7-0002)" or "baris 6"
    probable: bool = False  # a duplicate by a near-identical name only: may be imported anyway
    in_list: bool = False  # a duplicate of an earlier row of the same list
    why: str = ""  # what made it a duplicate: the same phone, the same email, a near-identical name
    code: str = ""  # the code given, once written
    values: dict[str, Any] = field(default_factory=dict, repr=False)  # attendee columns to write

    @property
    def shown_with(self) -> str:
        """The reason and the warnings in one line, for a table cell or a line of output."""
        parts = [self.reason] if self.reason else []
        return "; ".join(parts + self.warnings)


@dataclass
class ImportReport:
    source: Path
    sheet_name: str
    header_row: int
    headers: list[str]
    mapping: ColumnMapping
    lines: list[ImportLine] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    new_organisations: list[str] = field(default_factory=list)
    written: bool = False
    encoding: str = ""
    delimiter: str = ""

    def with_fate(self, fate: RowFate) -> list[ImportLine]:
        return [line for line in self.lines if line.fate is fate]

    @property
    def imported(self) -> int:
        return len(self.with_fate(RowFate.IMPORT))

    @property
    def duplicates(self) -> int:
        return len(self.with_fate(RowFate.DUPLICATE))

    @property
    def rejected(self) -> int:
        return len(self.with_fate(RowFate.REJECTED))

    @property
    def warned(self) -> list[ImportLine]:
        return [line for line in self.lines if line.warnings]
