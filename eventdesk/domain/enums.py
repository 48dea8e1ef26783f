"""The fixed vocabularies of DESIGN.md; stored values are the lower-case English words."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from eventdesk.domain.i18n import tr, tr_noop


class Vocabulary(StrEnum):
    """A StrEnum whose members have a translated label for screens and reports.

    Each member is written once with its stored value and its Indonesian label:
    `UMKM = "umkm", tr_noop("UMKM")`.
    """

    _source_label: str

    def __new__(cls, value: str, source_label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._source_label = source_label or value
        return member

    @property
    def label(self) -> str:
        return tr(self._source_label)

    @classmethod
    def parse(cls, text: str) -> Self:
        """A member from its value or its label in any language (case-insensitive)."""
        from eventdesk.domain.errors import InvalidValue

        wanted = (text or "").strip().casefold()
        for member in cls:
            if wanted in (member.value, member.label.casefold(), member._source_label.casefold()):
                return member
        choices = ", ".join(member.value for member in cls)
        raise InvalidValue(tr("Nilai '{text}' tidak dikenal; pilihan: {choices}.").format(text=text, choices=choices))


class OrganisationKind(Vocabulary):
    UMKM = "umkm", tr_noop("UMKM")
    COMPANY = "company", tr_noop("Perusahaan")
    ENTERPRISE = "enterprise", tr_noop("BUMN/BUMD")
    GOVERNMENT = "government", tr_noop("Perangkat daerah")
    ASSOCIATION = "association", tr_noop("Asosiasi")
    COOPERATIVE = "cooperative", tr_noop("Koperasi")
    OTHER = "other", tr_noop("Lainnya")


class AttendeeCategory(Vocabulary):
    BUYER = "buyer", tr_noop("Pembeli")
    SELLER = "seller", tr_noop("Penjual")
    INVESTOR = "investor", tr_noop("Investor")
    GOVERNMENT = "government", tr_noop("Pemerintah")
    VIP = "vip", tr_noop("VIP")
    SPEAKER = "speaker", tr_noop("Narasumber")
    MEDIA = "media", tr_noop("Media")
    COMMITTEE = "committee", tr_noop("Panitia")


class AgreementKind(Vocabulary):
    MOU = "mou", tr_noop("Nota Kesepahaman (MoU)")
    PKS = "pks", tr_noop("Perjanjian Kerja Sama (PKS)")
    CONTRACT = "contract", tr_noop("Kontrak dagang")
    LOI = "loi", tr_noop("Letter of Intent (LoI)")


class AgreementStatus(Vocabulary):
    DRAFT = "draft", tr_noop("Draf")
    SCHEDULED = "scheduled", tr_noop("Terjadwal")
    SIGNED = "signed", tr_noop("Ditandatangani")
    POSTPONED = "postponed", tr_noop("Ditunda")
    CANCELLED = "cancelled", tr_noop("Dibatalkan")


class TransactionKind(Vocabulary):
    TRADE = "trade", tr_noop("Perdagangan")
    INVESTMENT = "investment", tr_noop("Investasi")


class TransactionStage(Vocabulary):
    INTEREST = "interest", tr_noop("Minat / LoI")
    COMMITMENT = "commitment", tr_noop("Komitmen")
    CONTRACT = "contract", tr_noop("Kontrak")
    REALISED = "realised", tr_noop("Terealisasi")


class FollowUpStatus(Vocabulary):
    """What became of a booked deal when the parties were called in the months after the mission."""

    NO_CONTACT = "no_contact", tr_noop("Belum bisa dihubungi")
    IN_NEGOTIATION = "in_negotiation", tr_noop("Masih negosiasi")
    CONTRACT_SIGNED = "contract_signed", tr_noop("Kontrak ditandatangani")
    PARTLY_REALISED = "partly_realised", tr_noop("Terealisasi sebagian")
    REALISED = "realised", tr_noop("Terealisasi")
    CANCELLED = "cancelled", tr_noop("Batal")


class TransactionStatus(Vocabulary):
    BOOKED = "booked", tr_noop("Tercatat")
    VOID = "void", tr_noop("Batal")


class HostSide(Vocabulary):
    """A deal seen from the host delegation, as the province announces it."""

    SALES = "sales", tr_noop("Penjualan")  # the host region sells
    PURCHASES = "purchases", tr_noop("Pembelian")  # the host region buys
    INVESTMENT = "investment", tr_noop("Investasi")  # into either region
    OTHER = "other", tr_noop("Lainnya")  # neither side is the host's, or both are


class DirectionKind(Vocabulary):
    """How a deal runs between the delegations: from the buyer's (investor's) region to the seller's."""

    BETWEEN = "between", tr_noop("Antardaerah")
    WITHIN = "within", tr_noop("Dalam satu daerah")
    OTHER = "other", tr_noop("Lainnya (daerah tidak diketahui)")


class SpotKind(Vocabulary):
    STAGE = "stage", tr_noop("Panggung")
    TABLE = "table", tr_noop("Meja penandatanganan")
