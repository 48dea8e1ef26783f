"""The figures announced and printed: totals of booked transactions and counts of the event.

Every screen, report and command takes its figures from one service query
that fills these; nothing adds up rupiah anywhere else. The store hands over
grouped sums (`TotalsRow`), and `fold_totals` here turns them into every
breakdown, so the headline, the sector chart, the direction table and the
recap's lines are additions of the very same rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from eventdesk.domain.enums import DirectionKind, HostSide, TransactionKind, TransactionStage, TransactionStatus
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Region, Sector, Transaction


@dataclass(frozen=True)
class Direction:
    """The way money goes in a deal: from the buyer's or investor's region to the seller's or recipient's.

    BETWEEN names both regions; WITHIN is any deal inside one region; OTHER is a deal
    where one side has no region (a guest from abroad, an organisation not placed).
    """

    kind: DirectionKind
    from_region_id: str | None = None
    to_region_id: str | None = None

    @classmethod
    def of(cls, buyer_region_id: str | None, seller_region_id: str | None) -> Direction:
        if not buyer_region_id or not seller_region_id:
            return cls(DirectionKind.OTHER)
        if buyer_region_id == seller_region_id:
            return cls(DirectionKind.WITHIN)
        return cls(DirectionKind.BETWEEN, buyer_region_id, seller_region_id)

    def label(self, region_names: dict[str, str]) -> str:
        if self.kind is DirectionKind.BETWEEN:
            source = region_names.get(self.from_region_id or "", "?")
            target = region_names.get(self.to_region_id or "", "?")
            return f"{source} → {target}"
        return self.kind.label


@dataclass(frozen=True)
class Share:
    """One line of a breakdown: a label, the rupiah booked under it and how many transactions.

    `key` says what the line stands for (a kind, a stage, a sector id, a Direction), so
    a screen can filter on it; None for the line of deals without a sector.
    """

    label: str
    value_idr: int
    count: int
    key: object = None


class TotalsRow(NamedTuple):
    """Booked or voided transactions of one combination, summed: what the store hands to `fold_totals`."""

    status: str
    kind: str
    stage: str
    sector_id: str | None
    buyer_region_id: str | None
    seller_region_id: str | None
    seller_district: str | None  # the seller's kabupaten/kota
    umkm: bool  # the buyer or the seller is an UMKM
    verified: bool
    value_idr: int
    deals: int  # how many transactions (not `count`: that is a tuple method)


@dataclass
class TransactionTotals:
    """Every figure of the booked deals: the total and count (voided ones only counted apart), and each
    breakdown the dashboard, the reports and `eventdesk totals` show."""

    total_idr: int = 0
    count: int = 0
    void_count: int = 0
    by_kind: dict[TransactionKind, Share] = field(default_factory=dict)
    by_sector: list[Share] = field(default_factory=list)
    by_direction: list[Share] = field(default_factory=list)
    by_stage: dict[TransactionStage, Share] = field(default_factory=dict)
    umkm: Share = field(default_factory=lambda: Share("UMKM", 0, 0))
    verified: Share = field(default_factory=lambda: Share("", 0, 0, True))
    unverified: Share = field(default_factory=lambda: Share("", 0, 0, False))
    by_host: dict[HostSide, Share] = field(default_factory=dict)  # empty when no host region is known
    by_district: list[Share] = field(default_factory=list)  # the seller's kabupaten/kota, largest first

    def host(self, side: HostSide) -> Share:
        return self.by_host.get(side, Share(side.label, 0, 0, side))

    def kind(self, kind: TransactionKind) -> Share:
        return self.by_kind.get(kind, Share(kind.label, 0, 0, kind))

    def stage(self, stage: TransactionStage) -> Share:
        return self.by_stage.get(stage, Share(stage.label, 0, 0, stage))

    def direction(self, direction: Direction) -> Share:
        for share in self.by_direction:
            if share.key == direction:
                return share
        return Share("", 0, 0, direction)


@dataclass(frozen=True)
class CommodityShare:
    """One commodity in one unit: its booked value, the volume where quantities were given, how many deals."""

    commodity: str  # "" for deals booked without one
    unit: str
    value_idr: int
    quantity: float | None
    count: int


@dataclass
class EventFigures:
    """What the executive summary and the dashboard headline show."""

    attendees_registered: int
    attendees_checked_in: int
    agreements_signed: int
    transactions: TransactionTotals


def host_region_of(chosen: str | None, regions: Sequence[Region]) -> str | None:
    """The host delegation's region: the one the settings name, else the first (the organiser's, Jawa Timur)."""
    ordered = sorted(regions, key=lambda r: (r.sort_order, r.name))
    if chosen is not None and any(region.id == chosen for region in ordered):
        return chosen
    return ordered[0].id if ordered else None


def host_side(kind: str, buyer_region_id: str | None, seller_region_id: str | None, host_region_id: str) -> HostSide:
    """Penjualan when the host region sells to another, pembelian when it buys from another, investasi for every
    investment; other deals (inside one region, with no region) are neither."""
    if kind == TransactionKind.INVESTMENT.value:
        return HostSide.INVESTMENT
    if seller_region_id == host_region_id and buyer_region_id != host_region_id:
        return HostSide.SALES
    if buyer_region_id == host_region_id and seller_region_id != host_region_id:
        return HostSide.PURCHASES
    return HostSide.OTHER


def fold_totals(
    rows: Iterable[TotalsRow],
    regions: Sequence[Region],
    sectors: Sequence[Sector],
    host_region_id: str | None = None,
) -> TransactionTotals:
    """Every breakdown of the booked transactions from one set of grouped sums.

    Voided rows only add to `void_count`. Kinds and stages are listed in their fixed
    order, sectors by value (largest first), directions with both ways between the first
    two regions always present, then other pairs, then within one region and other.
    """
    total = count = void_count = 0
    kinds: dict[str, list[int]] = {}
    stages: dict[str, list[int]] = {}
    by_sector: dict[str | None, list[int]] = {}
    districts: dict[str | None, list[int]] = {}
    directions: dict[Direction, list[int]] = {}
    umkm = [0, 0]
    verified = [0, 0]
    hosts: dict[HostSide, list[int]] = {}
    # A few region pairs and kinds over a thousand rows: each one's direction and host side worked out once.
    direction_of: dict[tuple[str | None, str | None], Direction] = {}
    side_of: dict[tuple[str, str | None, str | None], HostSide] = {}
    booked = TransactionStatus.BOOKED.value
    for row in rows:
        status, kind, stage, sector_id, buyer_region, seller_region, district, is_umkm, is_verified, value, n = row
        if n == 0:
            continue
        if status != booked:
            void_count += n
            continue
        total += value
        count += n
        pair = (buyer_region, seller_region)
        direction = direction_of.get(pair)
        if direction is None:
            direction = direction_of[pair] = Direction.of(*pair)
        for bucket, key in (
            (kinds, kind),
            (stages, stage),
            (by_sector, sector_id or None),
            (districts, district or None),
            (directions, direction),
        ):
            sums = bucket.setdefault(key, [0, 0])  # type: ignore[arg-type] # each bucket is keyed by its own kind of key
            sums[0] += value
            sums[1] += n
        if is_umkm:
            umkm[0] += value
            umkm[1] += n
        if is_verified:
            verified[0] += value
            verified[1] += n
        if host_region_id is not None:
            side_key = (kind, buyer_region, seller_region)
            found = side_of.get(side_key)
            if found is None:
                found = side_of[side_key] = host_side(kind, buyer_region, seller_region, host_region_id)
            side = hosts.setdefault(found, [0, 0])
            side[0] += value
            side[1] += n

    sector_names = {sector.id: sector.name for sector in sectors}
    sector_order = {sector.id: sector.sort_order for sector in sectors}
    sector_shares = [
        Share(sector_names.get(sector_id, tr("Tanpa sektor")) if sector_id else tr("Tanpa sektor"), value, n, sector_id)
        for sector_id, (value, n) in by_sector.items()
    ]
    sector_shares.sort(key=lambda s: (-s.value_idr, s.key is None, sector_order.get(str(s.key), 0), s.label))

    return TransactionTotals(
        total_idr=total,
        count=count,
        void_count=void_count,
        by_kind={kind: _share(kind.label, kinds[kind.value], kind) for kind in TransactionKind if kind.value in kinds},
        by_sector=sector_shares,
        by_direction=_direction_shares(directions, regions),
        by_stage={
            stage: _share(stage.label, stages[stage.value], stage)
            for stage in TransactionStage
            if stage.value in stages
        },
        umkm=Share(tr("Melibatkan UMKM"), umkm[0], umkm[1], "umkm"),
        verified=Share(tr("Terverifikasi"), verified[0], verified[1], True),
        unverified=Share(tr("Belum diverifikasi"), total - verified[0], count - verified[1], False),
        by_host=(
            {side: _share(side.label, hosts.get(side, [0, 0]), side) for side in HostSide}
            if host_region_id is not None
            else {}
        ),
        by_district=sorted(
            (
                _share(district or tr("Kabupaten/kota tidak diisi"), sums, district)
                for district, sums in districts.items()
            ),
            key=lambda s: (-s.value_idr, s.key is None, s.label),
        ),
    )


def main_directions(regions: Sequence[Region]) -> list[Direction]:
    """The lines every direction table shows, even at zero: both ways between the first two regions, within, other."""
    ordered = sorted(regions, key=lambda r: (r.sort_order, r.name))
    lines = []
    if len(ordered) >= 2:
        first, second = ordered[0].id, ordered[1].id
        lines += [Direction(DirectionKind.BETWEEN, first, second), Direction(DirectionKind.BETWEEN, second, first)]
    return [*lines, Direction(DirectionKind.WITHIN), Direction(DirectionKind.OTHER)]


def _direction_shares(sums: dict[Direction, list[int]], regions: Sequence[Region]) -> list[Share]:
    names = {region.id: region.name for region in regions}
    order = {region.id: (region.sort_order, region.name) for region in regions}
    fixed = main_directions(regions)
    others = sorted(
        (d for d in sums if d.kind is DirectionKind.BETWEEN and d not in fixed),
        key=lambda d: (order.get(d.from_region_id or "", (99, "")), order.get(d.to_region_id or "", (99, ""))),
    )
    lines = fixed[:-2] + others + fixed[-2:]
    return [_share(direction.label(names), sums.get(direction, [0, 0]), direction) for direction in lines]


def _share(label: str, sums: list[int], key: object) -> Share:
    value, count = sums
    return Share(label, value, count, key)


class RecapLine(NamedTuple):
    """One booked transaction as the recap's ledger prints it: only what the line shows, read as a plain row
    (a recap reads 100,000 of them; a whole `Transaction` each cost a third of the report's time)."""

    id: str
    created_at: datetime
    buyer_name: str
    buyer_region: str | None
    seller_name: str
    seller_region: str | None
    sector_name: str | None
    commodity: str
    quantity: float | None
    unit: str
    kind: TransactionKind
    stage: TransactionStage
    value_idr: int
    verified: bool


@dataclass
class TransactionRecap:
    """What the transaction recap prints: the figures, the booked transactions in booking order, the voided ones."""

    figures: EventFigures
    booked: Iterable[RecapLine]  # may be read once only, as the report is written
    voided: list[Transaction]
    replaced_by: dict[str, str]  # voided id -> id of the booked transaction that replaced it
    region_names: dict[str, str]
    commodities: list[CommodityShare] = field(default_factory=list)  # largest value first
