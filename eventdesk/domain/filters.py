"""Which transactions a list or a total covers, and in which order: the same filter for both."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from eventdesk.domain.enums import TransactionKind, TransactionStage, TransactionStatus

if TYPE_CHECKING:
    from eventdesk.domain.figures import Direction  # (the figures' module: not loaded by a booking)

NO_SECTOR = ""  # a sector filter for deals booked without a sector


class TransactionOrder(StrEnum):
    """Columns a transaction list can be sorted on (in SQL, so a list of 100,000 sorts at once)."""

    CREATED = "created"
    BUYER = "buyer"
    SELLER = "seller"
    DIRECTION = "direction"
    SECTOR = "sector"
    COMMODITY = "commodity"
    QUANTITY = "quantity"
    VALUE = "value"
    KIND = "kind"
    STAGE = "stage"
    STATUS = "status"
    DESK = "desk"
    OPERATOR = "operator"


@dataclass(frozen=True)
class TransactionFilter:
    """Every condition is optional; an empty filter covers every transaction, booked and void."""

    sector_id: str | None = None  # NO_SECTOR: deals without a sector
    kind: TransactionKind | None = None
    stage: TransactionStage | None = None
    direction: Direction | None = None
    organisation_id: str | None = None  # as buyer or as seller
    desk_id: str | None = None
    status: TransactionStatus | None = None
    verified: bool | None = None
    search: str = ""  # words, each found in a name, the commodity, the note, the sector or the id

    @property
    def is_empty(self) -> bool:
        return replace(self, search="") == TransactionFilter() and not self.words

    @property
    def words(self) -> list[str]:
        return self.search.split()
